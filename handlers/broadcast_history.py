"""/broadcasts: the history of every broadcast and reminder (issue 17).

/broadcasts -> a page of broadcasts, newest first, each with its counts (sent, in doubt,
               failed, blocked, skipped); a button per broadcast, and the pages
  -> one broadcast: its counts, when it is or was sent, who it did not reach and why;
     "Send again to those not reached" (a new broadcast of the same message and
     documents, by file_id, to exactly those), the report as XLSX or CSV, "Cancel the
     scheduled send" while deliveries have not started.

Deadline notices, replies to a submission and the directory's notices to one person ride the
outbox too: they are listed, each named for what it is, and sent again as what it was. An
officer's own alerts and digests are not listed (storage/communications.py: history_page).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram import InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from exports import delivery_report
from handlers import keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import stale_button
from handlers.context import Context
from handlers.replies import acknowledge, participant_of, replace_message, say, send_text
from prompts import Catalog, countries
from services.delivery.outcomes import reason_key
from storage import broadcasts, communications
from storage.broadcasts import Broadcast, MessageKind, SendMode
from storage.communications import ReportRow, Tally

PREFIX = "bh"
SHOWN_NOT_REACHED = 30  # lines in chat; the report file has everyone
FORMATS = ("xlsx", "csv")


@dataclass(frozen=True)
class Page(CallbackData, prefix=PREFIX, action="page"):
    page: int


@dataclass(frozen=True)
class Open(CallbackData, prefix=PREFIX, action="open"):
    broadcast: int


@dataclass(frozen=True)
class Resend(CallbackData, prefix=PREFIX, action="resend"):
    broadcast: int


@dataclass(frozen=True)
class CancelScheduled(CallbackData, prefix=PREFIX, action="cancel"):
    broadcast: int


@dataclass(frozen=True)
class Export(CallbackData, prefix=PREFIX, action="export"):
    broadcast: int
    format: str


def _kind(context: Context, broadcast: Broadcast) -> str:
    if broadcast.reminder_id is not None:
        return context.t("broadcasts-kind-scheduled-reminder")
    if broadcast.purpose is not None:  # the directory's notice to one person (alerts are not listed)
        return context.t(f"broadcasts-kind-personal-{broadcast.purpose}")
    if broadcast.reply_id is not None:
        return context.t("broadcasts-kind-reply")
    if broadcast.notice is not None:
        return context.t("broadcasts-kind-deadline-notice")
    key = {
        MessageKind.INVITATION: "broadcast-kind-invitation",
        MessageKind.REMINDER: "broadcast-kind-reminder",
        MessageKind.CUSTOM: "broadcasts-kind-note",
    }[broadcast.kind]
    return context.t(key)


async def _of(context: Context, broadcast: Broadcast) -> tuple[Any, str | None]:
    """The broadcast's own consultation: its time zone, and with several, the line naming it."""
    consultation = await context.deps.effective_consultation(broadcast.consultation_id)
    if len(await context.deps.consultations()) < 2:
        return consultation.zone, None
    title = consultation.title.get(context.language)
    return consultation.zone, context.t("consultations-of", id=broadcast.consultation_id, title=title)


def _counts(context: Context, tally: Tally) -> str:
    n = lambda value: Catalog.number(context.language, value)  # noqa: E731
    text = context.t(
        "broadcasts-counts",
        total=n(tally.total),
        sent=n(tally.sent),
        doubt=n(tally.in_doubt),
        failed=n(tally.failed),
        blocked=n(tally.blocked),
        skipped=n(tally.skipped),
    )
    if tally.waiting:
        text += context.t("broadcasts-counts-waiting", waiting=n(tally.waiting))
    return text


def _when(context: Context, broadcast: Broadcast, zone: Any) -> str:
    language = context.language
    created = Catalog.datetime(language, broadcast.created_at, zone)
    if broadcast.send_mode is SendMode.AT and broadcast.send_at is not None:
        return context.t("broadcasts-when-at", created=created, at=Catalog.datetime(language, broadcast.send_at, zone))
    if broadcast.send_mode is SendMode.OFFICE_HOURS:
        return context.t("broadcasts-when-office-hours", created=created)
    return context.t("broadcasts-when-now", created=created)


@guarded("broadcasts")
async def show_page(update: Update, context: Context) -> None:
    """/broadcasts or a page button."""
    await acknowledge(update)
    pressed = Page.of(update)
    page = max(0, pressed.page) if pressed is not None else 0
    total = await communications.history_count(context.db)
    if not total:
        await say(update, context, "broadcasts-none")
        return
    pages = (total + communications.PAGE_SIZE - 1) // communications.PAGE_SIZE
    page = min(page, pages - 1)
    lines = [context.t("broadcasts-title", page=page + 1, pages=pages, total=total)]
    buttons = []
    for line in await communications.history_page(context.db, page):
        item = line.broadcast
        zone, named = await _of(context, item)
        head = context.t(
            "broadcasts-line",
            id=item.id,
            kind=_kind(context, item),
            when=_when(context, item, zone),
            documents=line.documents,
        )
        lines.append("\n".join(part for part in (head, named, _counts(context, line.tally)) if part))
        buttons.append(keyboards.press(context.t("broadcasts-open", id=item.id), Open(item.id)))
    if page > 0:
        buttons.append(keyboards.press(context.t("broadcasts-newer"), Page(page - 1)))
    if page + 1 < pages:
        buttons.append(keyboards.press(context.t("broadcasts-older"), Page(page + 1)))
    text = "\n\n".join(lines)
    if pressed is not None:
        await replace_message(update, context, text, keyboards.rows(buttons, per_row=4))
    else:
        await send_text(update, context, text, keyboards.rows(buttons, per_row=4))


def _reason(context: Context, row: ReportRow) -> str:
    if row.status == "skipped":
        return context.t(
            {
                communications.CANCELLED: "broadcasts-reason-cancelled",
                broadcasts.ERASED: "broadcasts-reason-erased",
                "country has submitted": "broadcasts-reason-submitted",
                "deadline passed": "broadcasts-reason-deadline",
            }.get(row.reason or "", "broadcasts-reason-skipped")
        )
    if row.status in ("pending", "sending"):
        return context.t("broadcasts-reason-waiting")
    return context.t(reason_key(row.reason or ""))


def _who(context: Context, row: ReportRow) -> str:
    name = context.t("export-erased") if row.erased else (row.name or str(row.participant_id))
    return context.t(
        "broadcasts-not-reached-line",
        country=countries.name(row.country_code, context.language) if row.country_code else "—",
        name=name,
        reason=_reason(context, row),
    )


@guarded("broadcasts")
async def show_one(update: Update, context: Context) -> None:
    """One broadcast: counts, when, who it did not reach and why, and what can be done."""
    pressed = Open.of(update)
    found = await broadcasts.get(context.db, pressed.broadcast) if pressed is not None else None
    if found is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    await _show(update, context, found)


async def _show(update: Update, context: Context, found: Broadcast, before: str | None = None) -> None:
    zone, named = await _of(context, found)
    tally = await communications.tally(context.db, found.id)
    rows = await communications.report(context.db, found.id)
    missed = communications.not_reached(rows)
    lines = [before] if before else []
    lines.append(
        context.t("broadcasts-detail", id=found.id, kind=_kind(context, found), when=_when(context, found, zone))
    )
    if named:
        lines.append(named)
    lines.append(_counts(context, tally))
    if found.resend_of is not None:
        lines.append(context.t("broadcasts-resend-of", id=found.resend_of))
    documents = await communications.files(context.db, found.id)
    if documents:
        lines.append(context.t("broadcasts-documents", names=", ".join(f.file_name for f in documents)))
    if missed:
        lines.append(context.t("broadcasts-not-reached-title", count=len(missed)))
        lines += [_who(context, row) for row in missed[:SHOWN_NOT_REACHED]]
        if len(missed) > SHOWN_NOT_REACHED:
            lines.append(context.t("broadcasts-not-reached-more", count=len(missed) - SHOWN_NOT_REACHED))
    skipped = [r for r in rows if r.status == "skipped"]
    if skipped:
        lines.append(context.t("broadcasts-skipped-title", count=len(skipped)))
        lines += [_who(context, row) for row in skipped[:SHOWN_NOT_REACHED]]
    held = communications.first_not_before(rows)
    if held is not None:
        lines.append(context.t("broadcasts-next-at", at=Catalog.datetime(context.language, held, zone)))
    buttons = []
    if missed:
        buttons.append(keyboards.press(context.t("broadcasts-resend", count=len(missed)), Resend(found.id)))
    stoppable = await communications.cancellable(context.db, found.id)
    if stoppable:
        buttons.append(keyboards.press(context.t("broadcasts-cancel", count=stoppable), CancelScheduled(found.id)))
    buttons += [keyboards.press(context.t(f"broadcasts-export-{fmt}"), Export(found.id, fmt)) for fmt in FORMATS]
    buttons.append(keyboards.press(context.t("broadcasts-back"), Page(0)))
    await send_text(update, context, "\n".join(lines), keyboards.rows(buttons, per_row=1))


@guarded("broadcasts")
async def resend(update: Update, context: Context) -> None:
    """Send again to those not reached: queued at once; a second press while it is queued does nothing."""
    pressed = Resend.of(update)
    officer = await participant_of(update, context)
    if pressed is None or officer is None or update.effective_chat is None or update.effective_user is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    created = await communications.resend(
        context.db,
        pressed.broadcast,
        now=context.deps.now(),
        created_by=officer.id,
        actor_telegram_id=update.effective_user.id,
        progress_chat_id=update.effective_chat.id,
        progress_message_id=None,
    )
    if created is None:
        await say(update, context, "broadcasts-resend-nobody")
        return
    count = (await communications.tally(context.db, created.id)).total
    await say(update, context, "broadcasts-resend-queued", id=created.id, original=pressed.broadcast, count=count)
    if context.deps.sender is not None:
        context.deps.sender.wake()


@guarded("broadcasts")
async def cancel_scheduled(update: Update, context: Context) -> None:
    pressed = CancelScheduled.of(update)
    if pressed is None or update.effective_user is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    stopped = await communications.cancel(context.db, pressed.broadcast, context.deps.now(), update.effective_user.id)
    found = await broadcasts.get(context.db, pressed.broadcast)
    if not stopped or found is None:
        await say(update, context, "broadcasts-cancel-too-late")
        return
    await _show(update, context, found, before=context.t("broadcasts-cancelled", id=found.id, count=stopped))


@guarded("broadcasts")
async def export(update: Update, context: Context) -> None:
    """The delivery report as a file, in the officer's language."""
    pressed = Export.of(update)
    found = await broadcasts.get(context.db, pressed.broadcast) if pressed is not None else None
    if pressed is None or found is None or pressed.format not in FORMATS or update.effective_chat is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    zone = (await context.deps.effective_consultation(found.consultation_id)).zone
    t, language = context.t, context.language
    headers = [t(f"broadcasts-column-{name}") for name in ("country", "name", "language", "status", "reason", "doubt",
                                                            "attempts", "sent-at")]  # fmt: skip
    statuses = {
        s: t(f"broadcasts-status-{s}") for s in ("pending", "sending", "sent", "failed", "unreachable", "skipped")
    }
    rows = [
        [
            countries.name(r.country_code, language) if r.country_code else "",
            t("export-erased") if r.erased else (r.name or ""),
            Catalog.language_name(language, r.language) or r.language,
            statuses.get(r.status, r.status),
            "" if r.status == "sent" else _reason(context, r),
            t("broadcasts-yes") if r.in_doubt else "",
            str(r.attempts),
            Catalog.datetime(language, r.sent_at, zone) if r.sent_at else "",
        ]
        for r in await communications.report(context.db, found.id)
    ]
    title = t("broadcasts-report-title", id=found.id)
    if pressed.format == "xlsx":
        data = delivery_report.as_xlsx(title, headers, rows, right_to_left=language == "ar")
    else:
        data = delivery_report.as_csv(headers, rows)
    await context.bot.send_document(
        update.effective_chat.id,
        document=InputFile(data, filename=f"broadcast-{found.id}-deliveries.{pressed.format}"),
        caption=t("broadcasts-report-caption", id=found.id, rows=len(rows)),
    )


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        CommandHandler("broadcasts", show_page),
        CallbackQueryHandler(show_page, pattern=Page.pattern()),
        CallbackQueryHandler(show_one, pattern=Open.pattern()),
        CallbackQueryHandler(resend, pattern=Resend.pattern()),
        CallbackQueryHandler(cancel_scheduled, pattern=CancelScheduled.pattern()),
        CallbackQueryHandler(export, pattern=Export.pattern()),
    ]
