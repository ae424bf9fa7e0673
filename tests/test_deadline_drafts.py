"""Drafts and the deadline (issue 17, item 6), through the emulator as the focal points and the
officer see it: a focal point with an open draft is warned a day and an hour before their
State's deadline (once each, at office hours where possible, kept across a restart); after the
close the draft's next step says so at once and shows the draft; the focal point asks for an
extension, the staff are told and answer (grant with a date, decline with a reason), and the
focal point is answered in their language.

Deadline: 25 January 2013, 18:00 in Nairobi (15:00 UTC), a Friday.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from emulator import EmulatedUser
from storage import audit, deadlines, drafts, submissions
from tests.support.broadcasts import add_officer, reminder_service, sender
from tests.support.comments import COMMENTS_BY_LANGUAGE, focal_point, participant_id, t, write_until_preview
from tests.support.harness import BotBench, texts

OFFICER_ID = 900_027
WARN_DAY = {
    "en": "is one day away",
    "fr": "soit dans un jour",
    "zh": "距今还有一天",
    "ar": "بعد يوم واحد",
}
WARN_HOUR = {
    "en": "is one hour away",
    "fr": "soit dans une heure",
    "zh": "距今还有一小时",
    "ar": "بعد ساعة واحدة",
}


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2013, 1, day, hour, minute, tzinfo=UTC)


async def advance(bench: BotBench, when: datetime) -> None:
    bench.clock.set(when)
    await reminder_service(bench.deps).tick()
    await sender(bench.deps).wait_idle(20)


def with_button(user: EmulatedUser, prefix: str) -> int:
    """The latest message with a button whose data starts with `prefix` (a warning's own
    button can bear the same label as the preview's Submit)."""
    for message in reversed(user.transcript):
        rows = (message.reply_markup or {}).get("inline_keyboard", [])
        if any(str(b.get("callback_data", "")).startswith(prefix) for row in rows for b in row):
            return message.message_id
    raise LookupError(prefix)


async def submit(bench: BotBench, user: EmulatedUser, language: str) -> str:
    label = t(bench, language, "comment-btn-submit")
    return texts(await bench.press(user, label, message_id=with_button(user, "cm:submit")))


def seen(user: EmulatedUser, needle: str) -> int:
    return sum(1 for m in user.transcript if needle in (m.text or ""))


async def test_open_drafts_are_warned_then_closed_kept_and_an_extension_requested_and_answered(fast: BotBench) -> None:
    bench = fast
    await add_officer(bench.db, OFFICER_ID, "en")
    officer = bench.user(OFFICER_ID)
    people = {
        "KE": (await focal_point(bench, 71_001, country="KE", language="en", name="Amina Otieno"), "en"),
        "FR": (await focal_point(bench, 71_002, country="FR", language="fr", name="Claire Martin"), "fr"),
        "CN": (await focal_point(bench, 71_003, country="CN", language="zh", name="王芳"), "zh"),
        "EG": (await focal_point(bench, 71_004, country="EG", language="ar", name="منى حسن"), "ar"),
    }
    consultation = bench.deps.consultation
    kenya, france, china, egypt = (people[c][0] for c in ("KE", "FR", "CN", "EG"))
    await write_until_preview(bench, kenya, language="en")
    await bench.send(france, "/comment")
    await bench.press(france, consultation.topics[0].name.get("fr"))  # at the comment type
    await bench.send(china, "/comment")
    await bench.press(china, consultation.topics[0].name.get("zh"))
    await bench.press(china, consultation.comment_types[0].name.get("zh"))
    await bench.send(china, "5")  # at the comment itself
    await write_until_preview(bench, egypt, language="ar")

    # A day before, Thursday 15:00 UTC: Paris and Cairo at work, at once; Nairobi (18:00) and
    # Beijing (23:00) at their next office hours, Friday morning.
    await advance(bench, at(24, 15))
    assert seen(france, WARN_DAY["fr"]) == 1 and seen(egypt, WARN_DAY["ar"]) == 1
    assert seen(kenya, WARN_DAY["en"]) == 0 and seen(china, WARN_DAY["zh"]) == 0
    await bench.restart()  # the warnings taken are kept: none is sent again, none skipped
    await advance(bench, at(25, 7))
    for user, language in people.values():
        assert seen(user, WARN_DAY[language]) == 1, language
    assert "25 January 2013, 18:00 (Nairobi time)" in next(
        m.text for m in kenya.transcript if WARN_DAY["en"] in (m.text or "")
    )

    # Egypt submits in the morning: no hour's warning for a draft that is gone.
    assert "لقد سُجِّل تعليقكم" in await submit(bench, egypt, "ar")
    await advance(bench, at(25, 14, 5))
    for user, language in (people["KE"], people["FR"], people["CN"]):
        assert seen(user, WARN_HOUR[language]) == 1, language
    assert seen(egypt, WARN_HOUR["ar"]) == 0
    await advance(bench, at(25, 14, 30))
    assert seen(kenya, WARN_HOUR["en"]) == 1
    assert len(await deadlines.warnings(bench.db)) == 7  # a day before for each, an hour before for the drafts left

    # After the close, the next step of each draft says so at once and shows the draft.
    bench.clock.set(at(25, 15, 30))
    closed = await submit(bench, kenya, "en")
    assert "The consultation closed on 25 January 2013, 18:00 (Nairobi time)" in closed
    assert COMMENTS_BY_LANGUAGE["en"][:40] in closed and "Your draft, not submitted:" in closed
    assert await submissions.count(bench.db) == 1  # Egypt's only
    type_button = consultation.comment_types[0].name.get("fr")
    closed_fr = texts(await bench.press(france, type_button, message_id=with_button(france, "cm:type")))
    assert "La consultation a été close le 25 janvier 2013" in closed_fr
    closed_zh = texts(await bench.send(china, "我们支持加强合作。"))
    assert "磋商已于2013年1月25日" in closed_zh and "您的草稿（未提交）：" in closed_zh
    for country in ("KE", "FR", "CN"):
        draft = await drafts.get(bench.db, await participant_id(bench, people[country][0]))
        assert draft is not None, country

    # The staff can export the drafts never submitted, each clearly marked as such.
    await bench.send(officer, "/extensions")
    exported = await bench.press(officer, "Unsent drafts (CSV)")
    (document,) = [m for m in exported if m.document is not None]
    assert document.document_name == "unsent-drafts-1.csv" and "never submitted" in (document.caption or "")
    table = list(csv.reader(io.StringIO(document.document.decode("utf-8-sig"))))
    assert table[0][:2] == ["Status", "State"]
    assert sorted(row[1] for row in table[1:]) == ["China", "France", "Kenya"]
    assert all(row[0] == "UNSENT DRAFT, not submitted" for row in table[1:])
    assert COMMENTS_BY_LANGUAGE["en"] in next(row[7] for row in table[1:] if row[1] == "Kenya")
    await bench.press(officer, "Close")

    # Kenya and France ask for an extension; the staff are told, with the answer's buttons.
    mark = officer.mark()
    await bench.press(kenya, t(bench, "en", "deadlines-ask-button"), message_id=with_button(kenya, "dl:ask"))
    assert "has been sent to the secretariat" in texts(kenya.since(len(kenya.transcript) - 1))
    ask = with_button(france, "dl:ask")
    await bench.press(france, t(bench, "fr", "deadlines-ask-button"), message_id=ask)
    again = texts(await bench.do(france, lambda: france.press_data("dl:ask:1", ask)))  # a double tap
    assert "déjà soumise au secrétariat" in again
    await sender(bench.deps).wait_idle(20)
    requests = [m for m in officer.since(mark) if "requests an extension" in (m.text or "")]
    assert len(requests) == 2
    assert "The focal point of Kenya requests an extension" in (requests[0].text or "")

    # Granted for Kenya until Tuesday: Kenya's focal point is told at office hours (Monday) and
    # can submit again; France stays closed.
    await bench.press(officer, "Grant an extension", message_id=requests[0].message_id)
    preview = texts(await bench.send(officer, "2013-01-29 18:00"))
    assert "to 1 person" in preview
    await bench.press(officer, "Confirm")
    await bench.press(officer, "Decline", message_id=requests[1].message_id)
    await bench.send(officer, "Les délais de la réunion ne permettent pas de prolongation.")
    await sender(bench.deps).wait_idle(20)
    declined = [m.text or "" for m in france.transcript if "regrette de ne pouvoir y donner suite" in (m.text or "")]
    assert declined and "Les délais de la réunion ne permettent pas de prolongation." in declined[0]
    await advance(bench, at(28, 7))
    assert seen(kenya, "an extension of the deadline has been granted to Kenya") == 1
    assert seen(kenya, "29 January 2013, 18:00 (Nairobi time)") >= 1
    resumed = texts(await bench.send(kenya, "/comment"))
    assert t(bench, "en", "comment-btn-continue") in str(kenya.transcript[-1].buttons) or "draft" in resumed
    await bench.press(kenya, t(bench, "en", "comment-btn-continue"))
    assert "Your comment has been recorded" in await submit(bench, kenya, "en")
    assert "La consultation a été close" in texts(await bench.send(france, "/comment"))
    granted = await audit.entries(bench.db, "deadline.extension.grant")
    assert granted[0].details["request_id"] is not None
    answered = await deadlines.get_request(bench.db, int(granted[0].details["request_id"]))
    assert answered is not None and answered.status == "granted"
