"""The delivery engine: one background task drains the broadcasts outbox within Telegram's limits.

Order. Broadcasts are drained one at a time, oldest first (FIFO by id): a second broadcast
queued while the first is being sent waits its turn and is never interleaved with it, so two
officers pressing Send together do not double the rate. A broadcast whose remaining deliveries
are held for office hours (reminders) lets the next one go meanwhile.

Pacing. Our own pacer, not PTB's AIORateLimiter: broadcast sends go through a dedicated
`telegram.Bot` built without a rate limiter, on its own small connection pool.
  * The Application's limiter has no per-chat limit (≤ 1 message a second per chat), so we
    need our own pacer anyway; stacking two limiters only adds jitter and double waits.
  * With `max_retries=3` it retries a 429 inside the call, holding *every* request (the
    users' interactive replies too) during the pause, and the retry is invisible to the
    delivery row (attempts, last error). Per-call `rate_limit_args={"max_retries": 0}` does
    not help: PTB 22.8 reads `rate_limit_args or self._max_retries`, so 0 means 3.
  * A thousand queued broadcast sends inside the shared limiter would queue in front of a
    focal point's button press; here at most `max_in_flight` sends wait at any moment.
The pacer hands out evenly spaced slots at `rate_per_second` (29 by default: Telegram's 30
minus one a second left for the progress edits; even spacing means no burst), takes each
message from the overall budget it shares with the Application's interactive replies, which
go first (`SendBudget`), keeps ≥ 1 s (plus a margin)
between two messages to the same chat, and pauses *all* sending for `retry_after` on a 429
and for an exponential, jittered backoff after network errors, timeouts and 5xx answers.

Outcomes. 403 (blocked, deactivated) or 400 "chat not found": the delivery is `unreachable`,
the participant is marked unreachable, never retried. Other 400s: `failed` (the message
itself is wrong; retrying cannot help). 429, 5xx, network errors and timeouts: retried, up to
`max_attempts`.

The crash window. A delivery is marked `sending` (committed) before the HTTP call and `sent`
(committed) right after Telegram's answer. A `kill -9` between the two leaves a row `sending`
whose message may or may not have reached the user: Telegram offers no idempotency key and no
way for a bot to list what it sent. At start-up such rows are sent again, flagged `in_doubt`
(storage/broadcasts.py: recover_in_flight): a possible duplicate of a formal note is a small
nuisance, while a focal point silently missing the renewed invitation or a reminder defeats
the purpose; the final report says how many were in doubt. The window is at most
`max_in_flight` messages (4), and in practice one: a send starts only at its slot (every
1/29 s) and a second overlaps it only when Telegram takes longer than that to answer. The
same reasoning applies to a read timeout or a dropped connection after the request was
written (also re-sent, also flagged). WAL with synchronous=NORMAL keeps a commit across a
process kill; only a power cut could lose the last commits.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from telegram import Bot, InlineKeyboardMarkup, InputFile, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from prompts import Catalog, Consultation, countries
from services.core import Core
from services.delivery.outcomes import maybe_delivered, reason_key, retry_after_seconds, unreachable_reason
from services.delivery.pacer import Pacer, SendBudget, wake_or_timeout
from services.delivery.pieces import chunks
from storage import broadcasts, communications, deadlines, participants, review
from storage.broadcasts import AudienceKind, Broadcast, Counts, Delivery, MessageKind
from storage.communications import BroadcastFile
from storage.deadlines import Notice, NoticeType

logger = logging.getLogger(__name__)

# What a recipient sees: (catalog, consultation, kind, the officer's own text, language, the
# recipient's country, whose time the deadline is also given in, the consultation's id when
# the bot has several, for the text to name it) -> (text, button).
Render = Callable[
    [Catalog, Consultation, MessageKind, str | None, str, str | None, int | None],
    tuple[str, InlineKeyboardMarkup | None],
]
# A notice (storage/deadlines.py: an extension, an early closing, a draft's warning...) as a
# recipient sees it: (catalog, consultation, notice, language, country) -> (text, buttons).
RenderNotice = Callable[[Catalog, Consultation, Notice, str, str | None], tuple[str, InlineKeyboardMarkup | None]]


@dataclass
class SenderConfig:
    rate_per_second: float = 29.0
    per_chat_interval: float = 1.05
    max_in_flight: int = 4
    max_attempts: int = 8
    progress_interval: float = 3.0
    backoff_base: float = 0.5
    backoff_max: float = 60.0
    idle_recheck: float = 60.0


@dataclass
class SenderStats:
    """What the sender met since start (the bench prints these)."""

    sent: int = 0
    retry_after: int = 0
    transient_errors: int = 0
    unreachable: int = 0
    failed: int = 0
    skipped: int = 0
    errors: dict[str, int] = field(default_factory=dict)


class Sender:
    def __init__(
        self,
        core: Core,
        bot: Bot,
        render: Render,
        config: SenderConfig | None = None,
        budget: SendBudget | None = None,
        render_notice: RenderNotice | None = None,
    ) -> None:
        self.core = core
        self.bot = bot
        self.render = render
        self.render_notice = render_notice
        self.config = config or SenderConfig()
        self.pacer = Pacer(self.config.rate_per_second, self.config.per_chat_interval, budget)
        self.stats = SenderStats()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._in_flight: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(self.config.max_in_flight)
        self._retry_at: dict[int, float] = {}  # delivery id -> loop time of its next try
        self._failures = 0  # consecutive transient failures, for the backoff
        self._progress_at: dict[int, float] = {}
        self._idle_passes = 0
        self._idle_changed = asyncio.Condition()
        # A document's Telegram file_id once uploaded (also in the database), and one lock per
        # document so that the deliveries in flight together upload it once, not four times.
        self._file_ids: dict[int, str] = {}
        self._upload_locks: dict[int, asyncio.Lock] = {}
        self.uploads = 0  # documents uploaded since start (the bench prints it)

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        """Resume what a crash interrupted, then start draining the outbox."""
        recovered = await broadcasts.recover_in_flight(self.core.db, self.core.now())
        if recovered:
            logger.warning("%d deliveries were in flight at the last stop; they are sent again", len(recovered))
        await self.bot.initialize()
        self._task = asyncio.create_task(self._run(), name="broadcast-sender")

    async def stop(self) -> None:
        """Start nothing new; let the sends in flight finish (so no row stays `sending`)."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), timeout=5)
            except TimeoutError:  # sleeping out a long 429 or backoff pause: nothing is in flight
                self._task.cancel()
                await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        if self._in_flight:
            await asyncio.wait(set(self._in_flight), timeout=30)
        await self.bot.shutdown()

    def wake(self) -> None:
        """New work (a broadcast queued, a reminder run, the clock moved): look again now."""
        self._wake.set()

    async def wait_idle(self, timeout: float = 30.0) -> None:
        """Until a full pass found nothing due (tests and the bench wait on this)."""
        async with self._idle_changed:
            target = self._idle_passes + 1
        self.wake()
        async with asyncio.timeout(timeout):
            async with self._idle_changed:
                await self._idle_changed.wait_for(lambda: self._idle_passes >= target and not self._in_flight)

    # -- the loop ------------------------------------------------------------------------------

    async def _run(self) -> None:
        while not self._stopping:
            try:
                broadcast = await broadcasts.next_due(self.core.db, self.core.now())
                if broadcast is not None:
                    await self._drain(broadcast)
                    continue
                await self._finish_all()
                async with self._idle_changed:
                    self._idle_passes += 1
                    self._idle_changed.notify_all()
                await self._sleep_until_work()
            except asyncio.CancelledError:
                raise
            except Exception:
                # A background service must outlive one bad row; the traceback goes to the log.
                logger.exception("broadcast sender pass failed; retrying in 1 s")
                await asyncio.sleep(1.0)

    async def _sleep_until_work(self) -> None:
        timeout = self.config.idle_recheck
        held = await broadcasts.earliest_not_before(self.core.db)
        if held is not None:
            timeout = min(timeout, max(0.05, (held - self.core.now()).total_seconds()))
        await wake_or_timeout(self._wake, timeout)
        self._wake.clear()

    async def _drain(self, broadcast: Broadcast) -> None:
        """Send every delivery of this broadcast that is due now, then finish it if complete."""
        db = self.core.db
        self._wake.clear()
        await broadcasts.mark_started(db, broadcast.id, self.core.now())
        broadcast = await self._ensure_progress_message(broadcast)
        consultation = await self.core.effective_consultation(broadcast.consultation_id)
        attached = await communications.files(db, broadcast.id)
        named = broadcast.consultation_id if len(await self.core.consultations()) > 1 else None
        rendered: dict[tuple[str, str | None], tuple[str, InlineKeyboardMarkup | None]] = {}
        while not self._stopping:
            batch = await broadcasts.due_deliveries(db, broadcast.id, self.core.now(), limit=100)
            if not batch:
                if self._in_flight:
                    await asyncio.wait(set(self._in_flight), return_when=asyncio.FIRST_COMPLETED)
                    continue
                break
            soonest: float | None = None
            started = 0
            for delivery in batch:
                if self._stopping:
                    break
                ready = max(self._retry_at.get(delivery.id, 0.0), self.pacer.chat_ready_at(delivery.chat_id))
                if ready > self.pacer.now():
                    soonest = ready if soonest is None else min(soonest, ready)
                    continue
                if delivery.parts_sent == 0 and await self._skip_if_moot(broadcast, delivery, consultation):
                    continue
                # A note's version: the recipient's language, or the one chosen for it.
                version = communications.text_language(broadcast, delivery.language)
                how = (version, delivery.country_code)
                if how not in rendered:
                    text = communications.note_text(broadcast, delivery.language)
                    rendered[how] = await self._render(broadcast, consultation, *how, text=text, named=named)
                # The text, then each document: one message each, each in its own slot.
                documents = communications.files_for(attached, delivery.language, version)
                part = delivery.parts_sent
                document = documents[part - 1] if 0 < part <= len(documents) else None
                await self._start_send(delivery, *rendered[how], part=part, parts=1 + len(documents), document=document)
                started += 1
                await self._progress(broadcast)
            if started or soonest is None:
                continue
            # Everything due is waiting for a retry time or a chat's gap: wait for the first.
            delay = max(0.0, min(soonest - self.pacer.now(), 1.0))
            if self._in_flight:
                await asyncio.wait(set(self._in_flight), timeout=delay)
            else:
                await self._nap(delay)
        if self._stopping:
            return
        await self._finish(broadcast)

    async def _nap(self, seconds: float) -> None:
        await wake_or_timeout(self._wake, seconds)
        self._wake.clear()

    async def _own_consultation(
        self, broadcast: Broadcast, consultation: Consultation, country: str | None
    ) -> Consultation:
        """The consultation with the recipient's State's own deadline (an extension), if any."""
        own = await deadlines.deadline_of(self.core.db, broadcast.consultation_id, country, consultation.dates.deadline)
        return consultation if own == consultation.dates.deadline else consultation.rescheduled(deadline=own)

    async def _render(
        self,
        broadcast: Broadcast,
        consultation: Consultation,
        language: str,
        country: str | None,
        *,
        text: str | None,
        named: int | None,
    ) -> tuple[str, InlineKeyboardMarkup | None]:
        """What one recipient sees: a one-person message (an alert, a digest, the directory's
        notices) as it was rendered for them; a reply to a country's submission (storage/review.py):
        the officer's text under a heading in the recipient's language naming the submission; a
        deadline notice rendered in their language; else the message of the broadcast's kind
        with `text` (a note's version for them), under the deadline of their State."""
        if broadcast.purpose is not None:
            return broadcast.custom_text or "", None
        if broadcast.reply_id is not None:
            reply = await review.reply_message(self.core.db, broadcast.reply_id)
            if reply is not None:
                text = self.core.catalog.t(
                    language,
                    "review-reply-message",
                    reference=reply.reference,
                    consultation=consultation.title.get(language),
                    text=reply.text,
                )
                return text, None
        own = await self._own_consultation(broadcast, consultation, country)
        if broadcast.notice is not None and self.render_notice is not None:
            notice = Notice.model_validate(broadcast.notice)
            return self.render_notice(self.core.catalog, own, notice, language, country)
        return self.render(self.core.catalog, own, broadcast.kind, text, language, country, named)

    async def _notice_moot(self, broadcast: Broadcast, delivery: Delivery) -> str | None:
        """A draft's warning is not sent once the draft is gone (submitted, discarded), nor
        after its deadline; the day's not once the hour's is due."""
        if broadcast.notice is None:
            return None
        notice = Notice.model_validate(broadcast.notice)
        if notice.type not in (NoticeType.WARNING_DAY, NoticeType.WARNING_HOUR) or notice.deadline is None:
            return None
        now = self.core.now()
        if not await deadlines.has_open_draft(self.core.db, delivery.participant_id, broadcast.consultation_id):
            return "draft closed"
        if now >= notice.deadline:
            return "deadline passed"
        if notice.type is NoticeType.WARNING_DAY and now >= notice.deadline - timedelta(hours=1):
            return "superseded by the last hour's warning"
        return None

    async def _skip_if_moot(self, broadcast: Broadcast, delivery: Delivery, consultation: Consultation) -> bool:
        """A reminder (or a message for countries without a submission) is not sent if the
        country answered since it was queued, nor a reminder once the deadline has passed."""
        reason = None
        for_non_responders = (
            broadcast.kind is MessageKind.REMINDER or broadcast.audience.kind is AudienceKind.NOT_SUBMITTED
        )
        if for_non_responders and await broadcasts.country_has_submitted(
            self.core.db, delivery.participant_id, broadcast.consultation_id
        ):
            reason = "country has submitted"
        elif (
            broadcast.kind is MessageKind.REMINDER
            and self.core.now()
            >= (await self._own_consultation(broadcast, consultation, delivery.country_code)).dates.deadline
        ):
            reason = "deadline passed"
        else:
            reason = await self._notice_moot(broadcast, delivery)
        if reason is None:
            return False
        await broadcasts.mark_skipped(self.core.db, delivery.id, reason, self.core.now())
        self.stats.skipped += 1
        return True

    async def _start_send(
        self,
        delivery: Delivery,
        text: str,
        keyboard: InlineKeyboardMarkup | None,
        *,
        part: int = 0,
        parts: int = 1,
        document: BroadcastFile | None = None,
    ) -> None:
        await self._slots.acquire()
        try:
            await self.pacer.slot()
            await self.pacer.wait_chat(delivery.chat_id)
            if not await broadcasts.mark_sending(self.core.db, delivery.id, self.core.now(), part):
                self._slots.release()
                return
        except BaseException:
            self._slots.release()
            raise
        self.pacer.note_chat(delivery.chat_id)
        task = asyncio.create_task(self._send(delivery, text, keyboard, part, parts, document))
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)

    async def _send(
        self,
        delivery: Delivery,
        text: str,
        keyboard: InlineKeyboardMarkup | None,
        part: int = 0,
        parts: int = 1,
        document: BroadcastFile | None = None,
    ) -> None:
        """One HTTP call (the text, or one document) and its outcome, recorded on the delivery row."""
        db, now = self.core.db, self.core.now
        attempts = delivery.attempts + 1
        uploaded: tuple[int, str] | None = None
        try:
            if document is None:
                message = await self.bot.send_message(delivery.chat_id, text, reply_markup=keyboard)
            else:
                message, uploaded = await self._send_document(delivery.chat_id, document)
        except RetryAfter as exc:
            seconds = retry_after_seconds(exc)
            self.stats.retry_after += 1
            self.pacer.pause(seconds)
            await self._retry(delivery, attempts, f"429: retry after {seconds:g} s", seconds, rate_limited=True)
        except (Forbidden, BadRequest) as exc:
            reason = unreachable_reason(exc)
            if reason is not None:
                self.stats.unreachable += 1
                await broadcasts.mark_unreachable(db, delivery, reason, exc.message, now())
            else:
                self.stats.failed += 1
                await broadcasts.mark_failed(db, delivery.id, exc.message, now())
        except NetworkError as exc:  # TimedOut, connection errors, 5xx answers
            self._count_error(exc)
            self._failures += 1
            delay = min(self.config.backoff_max, self.config.backoff_base * 2 ** (self._failures - 1))
            delay *= 1 + random.random() / 4
            self.pacer.pause(delay)
            await self._retry(
                delivery, attempts, f"{type(exc).__name__}: {exc.message}", delay, in_doubt=maybe_delivered(exc)
            )
        except TelegramError as exc:  # InvalidToken, Conflict...: not something a retry fixes
            self.stats.failed += 1
            await broadcasts.mark_failed(db, delivery.id, f"{type(exc).__name__}: {exc.message}", now())
        except Exception as exc:
            logger.exception("unexpected error sending delivery %s", delivery.id)
            await self._retry(delivery, attempts, f"{type(exc).__name__}: {exc}", 5.0)
        else:
            self._failures = 0
            self.stats.sent += 1
            self._retry_at.pop(delivery.id, None)
            await broadcasts.mark_part_sent(db, delivery.id, part, parts, message.message_id, now(), uploaded=uploaded)
        finally:
            self._slots.release()

    async def _send_document(self, chat_id: int, document: BroadcastFile) -> tuple[Message, tuple[int, str] | None]:
        """A document by its file_id if Telegram has it already; else uploaded, once: the
        deliveries that need it meanwhile wait for the upload, then send by the new file_id
        (returned with the message, for the delivery row's transaction to record)."""
        known = self._file_ids.get(document.id) or document.telegram_file_id
        if known:
            return await self.bot.send_document(chat_id, known), None
        async with self._upload_locks.setdefault(document.id, asyncio.Lock()):
            known = self._file_ids.get(document.id) or await communications.file_id_of(self.core.db, document.id)
            if known:
                return await self.bot.send_document(chat_id, known), None
            data = await communications.file_data(self.core.db, document.id)
            message = await self.bot.send_document(
                chat_id, InputFile(data, filename=document.file_name), read_timeout=120, write_timeout=120
            )
            self.uploads += 1
            if message.document is None:
                return message, None
            self._file_ids[document.id] = message.document.file_id
            return message, (document.id, message.document.file_id)

    def _count_error(self, exc: Exception) -> None:
        self.stats.transient_errors += 1
        name = type(exc).__name__
        self.stats.errors[name] = self.stats.errors.get(name, 0) + 1

    async def _retry(
        self,
        delivery: Delivery,
        attempts: int,
        error: str,
        delay: float,
        *,
        rate_limited: bool = False,
        in_doubt: bool = False,
    ) -> None:
        limit = self.config.max_attempts * (3 if rate_limited else 1)
        if attempts >= limit:
            self.stats.failed += 1
            self._retry_at.pop(delivery.id, None)
            await broadcasts.mark_failed(
                self.core.db, delivery.id, f"gave up after {attempts} attempts: {error}", self.core.now()
            )
            return
        self._retry_at[delivery.id] = self.pacer.now() + delay
        await broadcasts.mark_retry(self.core.db, delivery.id, error, self.core.now(), in_doubt=in_doubt)

    # -- progress and the final report ------------------------------------------------------------

    async def _officer_language(self, broadcast: Broadcast) -> str:
        if broadcast.created_by is not None:
            officer = await participants.get(self.core.db, broadcast.created_by)
            if officer is not None:
                return officer.language
        return "en"

    def progress_text(self, language: str, broadcast: Broadcast, counts: Counts) -> str:
        n = Catalog.number
        t = self.core.catalog.t
        lines = [
            t(
                language,
                "broadcast-progress",
                id=broadcast.id,
                sent=n(language, counts.sent),
                total=n(language, counts.total),
                unreachable=n(language, counts.unreachable),
            )
        ]
        if counts.failed:
            lines.append(t(language, "broadcast-progress-failed", count=counts.failed))
        if counts.skipped:
            lines.append(t(language, "broadcast-progress-skipped", count=counts.skipped))
        if counts.deferred:
            lines.append(t(language, "broadcast-progress-deferred", count=counts.deferred))
        return "\n".join(lines)

    async def _ensure_progress_message(self, broadcast: Broadcast) -> Broadcast:
        """The officer's progress message; sent here if the handler could not (crash, restart)."""
        if broadcast.progress_chat_id is None or broadcast.progress_message_id is not None:
            return broadcast
        language = await self._officer_language(broadcast)
        counts = await broadcasts.counts(self.core.db, broadcast.id, self.core.now())
        message = await self._send_to_officer(
            broadcast.progress_chat_id, self.progress_text(language, broadcast, counts)
        )
        if message is None:
            return broadcast
        await broadcasts.set_progress_message(
            self.core.db, broadcast.id, broadcast.progress_chat_id, message.message_id
        )
        self._progress_at[broadcast.id] = self.pacer.now()
        return broadcast.model_copy(update={"progress_message_id": message.message_id})

    async def _progress(self, broadcast: Broadcast, *, force: bool = False) -> None:
        """Edit the officer's progress message, at most every `progress_interval` seconds."""
        if broadcast.progress_chat_id is None or broadcast.progress_message_id is None:
            return
        now = self.pacer.now()
        if not force and now - self._progress_at.get(broadcast.id, 0.0) < self.config.progress_interval:
            return
        self._progress_at[broadcast.id] = now
        language = await self._officer_language(broadcast)
        counts = await broadcasts.counts(self.core.db, broadcast.id, self.core.now())
        text = self.progress_text(language, broadcast, counts)
        # An edit is not a new message: it neither takes one of the recipients' slots nor waits
        # for the officer's chat gap (either would hold the recipients' sends). One edit every
        # few seconds fits in the second a second left unused by `rate_per_second`.
        try:
            await self.bot.edit_message_text(
                text, chat_id=broadcast.progress_chat_id, message_id=broadcast.progress_message_id
            )
        except RetryAfter as exc:
            # The officer's chat is busy (the preview used its burst): skip this edit only;
            # the recipients' sends are not held for it.
            self.stats.retry_after += 1
            self._progress_at[broadcast.id] = now + retry_after_seconds(exc)
        except TelegramError as exc:  # not modified, message deleted by the officer...
            logger.debug("progress edit of broadcast %s refused: %s", broadcast.id, exc)

    async def _finish(self, broadcast: Broadcast) -> None:
        counts = await broadcasts.finish(self.core.db, broadcast.id, self.core.now())
        if counts is None:
            await self._progress(broadcast, force=True)  # some deliveries wait for office hours
            return
        self._progress_at.pop(broadcast.id, None)
        fresh = await broadcasts.get(self.core.db, broadcast.id)
        if fresh is None or fresh.progress_chat_id is None:
            return
        await self._progress(fresh, force=True)
        await self._report(fresh, counts)

    async def _finish_all(self) -> None:
        """Broadcasts whose last deliveries ended elsewhere (skipped, before a crash): close them."""
        for broadcast in await broadcasts.active(self.core.db):
            counts = await broadcasts.counts(self.core.db, broadcast.id, self.core.now())
            if counts.finished:
                await self._finish(broadcast)

    async def _report(self, broadcast: Broadcast, counts: Counts) -> None:
        """The final report to the officer: totals and everyone who could not be reached."""
        assert broadcast.progress_chat_id is not None
        language = await self._officer_language(broadcast)
        t = self.core.catalog.t
        n = Catalog.number
        lines = [
            t(
                language,
                "broadcast-report",
                id=broadcast.id,
                sent=n(language, counts.sent),
                total=n(language, counts.total),
                unreachable=counts.unreachable,
                failed=counts.failed,
                skipped=counts.skipped,
            )
        ]
        if counts.in_doubt:
            lines.append(t(language, "broadcast-report-in-doubt", count=counts.in_doubt))
        missing = await broadcasts.unreachable_recipients(self.core.db, broadcast.id)
        if missing:
            lines.append(t(language, "broadcast-report-unreachable-title"))
            for item in missing:
                person = item.participant
                lines.append(
                    t(
                        language,
                        "broadcast-report-unreachable-line",
                        country=countries.name(person.country_code, language),
                        name=person.full_name or str(person.telegram_id),
                        reason=t(language, reason_key(item.reason)),
                    )
                )
        for piece in chunks("\n".join(lines)):
            await self._send_to_officer(broadcast.progress_chat_id, piece)

    async def _send_to_officer(self, chat_id: int, text: str) -> Message | None:
        """The progress message and the report should arrive: a 429 or a network error in the
        officer's chat is waited out, three times, without holding the recipients' sends."""
        for attempt in range(3):
            await self.pacer.slot()
            await self.pacer.wait_chat(chat_id)
            self.pacer.note_chat(chat_id)
            try:
                return await self.bot.send_message(chat_id, text)
            except RetryAfter as exc:
                self.stats.retry_after += 1
                await asyncio.sleep(retry_after_seconds(exc))
            except NetworkError as exc:
                self._count_error(exc)
                await asyncio.sleep(self.config.backoff_base * 2**attempt)
            except TelegramError as exc:
                logger.warning("could not send to the officer's chat %s: %s", chat_id, exc)
                return None
        return None


def dedicated_bot(app_bot: Bot, config: SenderConfig) -> Bot:
    """A Bot for broadcasts: same token and server as the Application's, no rate limiter."""
    return Bot(
        app_bot.token,
        base_url=lambda _token: app_bot.base_url,
        base_file_url=lambda _token: app_bot.base_file_url,
        request=HTTPXRequest(
            connection_pool_size=config.max_in_flight + 2,
            connect_timeout=5,
            read_timeout=10,
            write_timeout=10,
            pool_timeout=5,
        ),
    )
