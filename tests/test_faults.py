"""A day of the consultation while Telegram misbehaves: 5 % of the bot's Bot API calls fail at
random (seeded): 429 with retry_after, 500, 502, a call held 1.5 s and then answered 502
("timeout"), and dropped connections.

200 focal points, 50 at a time, register with their country's invitation link, write a comment,
submit it; half of them revise it through /mycomments; a fifth leave a second comment as a
draft. Meanwhile the secretariat sends two broadcasts (the renewed invitation, then a text of
its own). People behave like people: when their phone shows no answer, or "please try again",
they send the same message or press the same button again (tests/stories.py: PatientBench).

Which timeout: in the day, the emulator holds a "timeout" call 1.5 s and then answers 502, well
within the bot's read timeout (10 s): the bot meets a slow gateway error. The other case, a call
held longer than the bot waits (the bot's own read timeout fires, and the call may or may not
have been carried out), has its own story below. The emulator's faults never carry the call
out, so a retried call cannot double a message here: every broadcast copy arrives exactly once.

The day is compressed about a hundredfold (200 people in a minute or so), so Telegram's limits
are relaxed the way the other stories relax the per-chat one: per chat, and overall (the
emulator's 30 messages a second and the bot's rate limiter together). The broadcast sender
keeps its own pacing (29 a second, 1 a second per chat).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import bot.app
from emulator import EmulatedUser, Fault, SentMessage
from prompts import LANGUAGES, countries
from storage import broadcasts, drafts, participants, submissions
from storage.broadcasts import Audience, MessageKind
from storage.models import ParticipantStatus
from tests.support.harness import ADMIN_ID, BotBench
from tests.support.stories import (
    COMMENTS_BY_LANGUAGE,
    COUNTRY_LANGUAGES,
    INVITATION_MARK,
    Answers,
    PatientBench,
    add_focal_points,
    admin,
    copies,
    invite,
    is_invitation_copy,
    receipt_of,
    register,
    relax_flood_limits,
    sender,
    t,
    write_until_preview,
)

SEED = 20130206
PEOPLE = 200
AT_ONCE = 50
FAULT_RATE = 0.05
FAULT_KINDS = ("429", "500", "502", "timeout", "drop")
COMPRESSED_DAY_RATE = 1000.0  # messages a second, overall: see the module's docstring
OWN_TEXT = "Room change for the meeting of 6 and 7 February: Conference Room 2, Gigiri."


@dataclass
class Person:
    index: int
    user: EmulatedUser
    country: str
    language: str
    answers: Answers
    receipts: list[tuple[str, str]] = field(default_factory=list)  # (reference, fingerprint) seen
    draft: str | None = None


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def errors(self) -> list[str]:
        return [f"{r.name}: {r.getMessage()}" for r in self.records if r.levelno >= logging.ERROR]


@contextmanager
def warnings_and_errors() -> Iterator[Records]:
    """Every WARNING and above logged meanwhile, from any logger."""
    root = logging.getLogger()
    records, level = Records(), root.level
    root.addHandler(records)
    root.setLevel(logging.WARNING if level in (logging.NOTSET, logging.ERROR, logging.CRITICAL) else level)
    try:
        yield records
    finally:
        root.removeHandler(records)
        root.setLevel(level)


@pytest.fixture
async def compressed_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[BotBench]:
    monkeypatch.setattr(bot.app, "OVERALL_MESSAGES_PER_SECOND", COMPRESSED_DAY_RATE)
    async with BotBench(tmp_path) as bench:
        bench.emu.limits.global_per_second = COMPRESSED_DAY_RATE
        relax_flood_limits(bench)
        yield bench


def not_an_answer(bench: BotBench) -> Callable[[SentMessage], bool]:
    """A broadcast copy arriving meanwhile, or the error handler's "please try again"."""
    sorry = {t(bench, language, "error-internal") for language in LANGUAGES}

    def check(message: SentMessage) -> bool:
        text = message.text or ""
        return is_invitation_copy(message) or OWN_TEXT in text or text in sorry

    return check


def people_of(bench: BotBench) -> list[Person]:
    made = []
    for index in range(PEOPLE):
        country, language = COUNTRY_LANGUAGES[index % len(COUNTRY_LANGUAGES)]
        answers = Answers(
            name=f"Focal Point {index:03d} of {country}",
            organisation=f"Ministry of Environment, {country}",
            email=f"focal.point.{index:03d}@environment.example.org",
        )
        made.append(Person(index, bench.user(40_000 + index, language_code=language), country, language, answers))
    return made


# PatientBench plays a BotBench for the shared story helpers (it has the same send/press/do).


async def a_focal_points_day(people: PatientBench, person: Person, token: str, rng: random.Random) -> None:
    """Register with the link, comment and submit; revise it (half); leave a draft (a fifth)."""
    bench: BotBench = people  # type: ignore[assignment]
    user, language = person.user, person.language
    await register(bench, user, language, token=token, answers=person.answers)
    topic = rng.choice(people.deps.consultation.topics).id
    comment = f"{COMMENTS_BY_LANGUAGE[language]} [{person.index:03d}]"
    paragraph = rng.choice([None, "3", "5", "10"])
    await write_until_preview(bench, user, language=language, comment=comment, topic=topic, paragraph=paragraph)
    seen = receipt_of(await people.press(user, t(bench, language, "comment-btn-submit")))
    assert seen is not None, f"{user}: no receipt after Submit: {user.last}"
    person.receipts.append(seen)

    if person.index % 2 == 0:
        await people.send(user, "/mycomments")
        await people.press(user, seen[0])
        for key in ("mycomments-btn-revise", "comment-btn-edit", "comment-btn-edit-comment"):
            await people.press(user, t(bench, language, key))
        await people.send(user, f"{COMMENTS_BY_LANGUAGE[language]} [{person.index:03d}, revised]")
        await people.press(user, t(bench, language, "comment-btn-comment-done"))
        revised = receipt_of(await people.press(user, t(bench, language, "comment-btn-submit")))
        assert revised is not None and revised[0] == seen[0], f"{user}: {user.last}"
        person.receipts.append(revised)

    if person.index % 5 == 0:
        person.draft = f"{COMMENTS_BY_LANGUAGE[language]} [{person.index:03d}, second thoughts]"
        await write_until_preview(bench, user, language=language, comment=person.draft)


async def broadcast(people: PatientBench, officer: EmulatedUser, *, own_text: str | None = None) -> None:
    """/broadcast as the secretariat does it: the message, everyone, the preview, Send."""
    await people.send(officer, "/broadcast")
    if own_text is None:
        await people.press(officer, "Renewed invitation")
    else:
        await people.press(officer, "A text of my own")
        await people.send(officer, own_text)
    await people.press(officer, "All approved focal points")
    while own_text is not None:  # one version typed: the others' recipients get it, by choice
        shown = officer.chat.latest_with_keyboard()
        fallbacks = [b for row in (shown.buttons if shown else []) for b in row if b.endswith("the English version")]
        if not fallbacks:
            break
        await people.press(officer, fallbacks[0])
    confirm = people.message_with(officer, "Send")
    await people.press(officer, "Send")  # the confirmation becomes the progress message
    assert any("queued" in shown for shown in [*confirm.history, confirm.text or ""]), confirm


async def test_a_day_of_200_focal_points_with_5_percent_of_api_calls_failing(compressed_day: BotBench) -> None:
    bench = compressed_day
    people = PatientBench(bench, not_an_answer=not_an_answer(bench))
    rng = random.Random(SEED)
    everyone = people_of(bench)
    with warnings_and_errors() as log:
        bench.emu.timeout_seconds = 1.5
        bench.emu.fault_rate(FAULT_RATE, kinds=FAULT_KINDS, seed=SEED)

        officer = await admin(people)  # type: ignore[arg-type]
        links = {}
        for country, _language in COUNTRY_LANGUAGES:
            made = await invite(people, officer, f"{countries.name(country, 'en')} {PEOPLE} 30")  # type: ignore[arg-type]
            links[country] = made.token

        sending: list[asyncio.Task[None]] = []
        for start in range(0, PEOPLE, AT_ONCE):
            if start == AT_ONCE:
                sending.append(asyncio.create_task(broadcast(people, officer)))
            if start == 3 * AT_ONCE:
                await asyncio.gather(*sending)
                sending.append(asyncio.create_task(broadcast(people, officer, own_text=OWN_TEXT)))
            batch = everyone[start : start + AT_ONCE]
            await asyncio.gather(*(a_focal_points_day(people, p, links[p.country], rng) for p in batch))
        await asyncio.gather(*sending)
        await sender(bench.deps).wait_idle(120)
        await bench.settle(30)
        bench.emu.clear_faults()

    db = bench.db
    # Every receipt a person saw names a stored version with that very fingerprint, intact.
    for person in everyone:
        participant = await participants.get_by_telegram_id(db, person.user.id)
        assert participant is not None and participant.status == ParticipantStatus.APPROVED
        assert (participant.full_name, participant.country_code) == (person.answers.name, person.country)
        assert participant.email == person.answers.email
        for reference, fingerprint in person.receipts:
            submission = await submissions.get_by_reference(db, reference)
            assert submission is not None, reference
            assert fingerprint in {v.fingerprint for v in await submissions.versions(db, submission.id)}, reference
            assert all(check.intact for check in await submissions.verify(db, submission.id, bench.attachments_dir))
        draft = await drafts.get(db, participant.id)
        if person.draft is None:
            assert draft is None, person.user
        else:
            assert draft is not None and draft.data.comment == person.draft, person.user
    assert sum(len(p.receipts) for p in everyone) == PEOPLE + PEOPLE // 2
    assert await submissions.count(db) == PEOPLE

    # Both broadcasts are done; every recipient has exactly one copy (a failed call sent nothing).
    made = [await broadcasts.get(db, int(r["id"])) for r in await db.fetchall("SELECT id FROM broadcasts")]
    assert len(made) == 2 and all(b is not None and b.status == broadcasts.BroadcastStatus.DONE for b in made)
    by_chat = {p.user.id: p for p in everyone}
    for finished in made:
        assert finished is not None
        rows = await broadcasts.deliveries(db, finished.id)
        assert len(rows) >= AT_ONCE and all(r.status == broadcasts.DeliveryStatus.SENT for r in rows)
        for row in rows:
            user = by_chat[row.chat_id].user
            if finished.custom_text is None:
                assert sum(map(is_invitation_copy, user.transcript)) == 1, user
            else:
                assert copies(user, OWN_TEXT) == 1, user

    # Nobody was left without an answer (PatientBench raises NoAnswer otherwise), no button
    # is left spinning, and nothing was logged as an error.
    assert all(p.user.unanswered_callbacks == [] for p in everyone)
    assert log.errors() == []
    assert bench.emu.stats.faults_injected > 300, bench.emu.stats.faults_injected
    print(  # shown with -s: what the day met
        f"\n{people.actions} actions, {sum(people.retries.values())} repeated for want of an answer; "
        f"{bench.emu.stats.faults_injected} faults injected; {len(log.records)} warnings logged; "
        f"sender: {sender(bench.deps).stats}"
    )


async def test_calls_held_past_the_bots_read_timeout_are_tried_again(bench: BotBench) -> None:
    """Telegram holds a reply and a broadcast copy longer than the bot waits (read timeout 10 s,
    bot/app.py and services/delivery/sender.py): the bot gives up on each, tries again, and each person
    gets one answer; the broadcast copy is flagged in doubt (it might have gone out)."""
    relax_flood_limits(bench)
    points = await add_focal_points(bench.db, bench.emu, 6)
    asker = bench.user(41_000, language_code="fr")
    bench.emu.timeout_seconds = 10.5
    bench.emu.inject(Fault("timeout", method="sendMessage", count=2))
    with warnings_and_errors() as log:
        asker.send_command("/help")
        await bench.emu.wait_for(lambda: bench.emu.stats.faults_injected == 1, timeout=5)
        members = await broadcasts.audience_members(bench.db, Audience())
        queued = await broadcasts.create(
            bench.db,
            kind=MessageKind.INVITATION,
            audience=Audience(),
            now=bench.clock(),
            created_by=None,
            recipients=[broadcasts.recipient_for(m) for m in members],
            actor_telegram_id=ADMIN_ID,
        )
        sender(bench.deps).wake()
        await bench.emu.wait_for(lambda: bench.emu.stats.faults_injected == 2, timeout=5)
        await sender(bench.deps).wait_idle(60)
        await bench.settle(30)

    assert len(asker.transcript) == 1 and "/language" in (asker.transcript[0].text or "")
    assert asker.unanswered_callbacks == []
    rows = await broadcasts.deliveries(bench.db, queued.id)
    assert all(r.status == broadcasts.DeliveryStatus.SENT for r in rows)
    assert sum(r.in_doubt for r in rows) == 1, "the copy whose call timed out may have gone out"
    for point in points:
        assert point.user is not None and copies(point.user, INVITATION_MARK[point.language]) == 1
    assert log.errors() == []
