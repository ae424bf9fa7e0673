"""Where consultations as data, the workspace, the review screen, communications and deadlines
meet, as a user of both sides would meet them: two consultations open at once (the second
inviting only some States), a focal point deactivated in the directory, extensions per State,
the history of sends, imported submissions and the review.

The bench starts on Thursday 10 January 2013, 09:00 UTC: Nairobi, Paris and Beijing are at work.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from pathlib import Path

import httpx

from services import deadlines as notices
from storage import deadlines, directory, drafts, participants, review
from tests.support.broadcasts import (
    FocalPoint,
    add_focal_point,
    add_officer,
    add_submission,
    reminder_service,
    sender,
)
from tests.support.comments import t
from tests.support.harness import BotBench, texts
from tests.support.registration import admin, buttons
from tests.support.webapp import init_data, webapp_bench
from tests.test_consultations_scoped import cli, open_second, second_title, write_from_topic
from tests.test_erasure import every_row

OFFICER_ID = 900_031


def received(person: FocalPoint, needle: str) -> int:
    assert person.user is not None
    return sum(1 for m in person.user.transcript if needle in (m.text or ""))


async def deactivate(bench: BotBench, person: FocalPoint) -> None:
    """As the directory's Deactivate does (its own tests drive the buttons)."""
    officer = await participants.get_by_telegram_id(bench.db, OFFICER_ID)
    assert officer is not None
    done = await directory.deactivate(
        bench.db,
        person.participant_id,
        reason=directory.Reason(text="The Permanent Mission named a successor."),
        actor=officer,
        now=bench.deps.now(),
    )
    assert done is not None and done.is_deactivated


async def cast(bench: BotBench) -> dict[str, FocalPoint]:
    """Kenya, France and China invited to the second consultation, Germany not; every State to
    the first. China's focal point is then deactivated."""
    found = {}
    for index, (country, language) in enumerate([("KE", "en"), ("FR", "fr"), ("CN", "zh"), ("DE", "en")]):
        found[country] = await add_focal_point(bench.db, bench.emu, 63_000 + index, country, language)
    await add_officer(bench.db, OFFICER_ID, "en")
    await open_second(bench, invited=["KE", "FR", "CN"])
    await deactivate(bench, found["CN"])
    return found


# -- deadline notices x invited States x the directory ------------------------------------------------


async def test_closing_the_second_consultation_tells_only_its_invited_active_states(bench: BotBench) -> None:
    """An early closing of consultation 2 is announced to Kenya and France: not to Germany,
    which it never invited, nor to China's deactivated focal point."""
    people = await cast(bench)
    officer = bench.user(OFFICER_ID)
    await bench.send(officer, "/consultations")
    preview = texts(await bench.press(officer, "Close no. 2"))
    assert "Close consultation no. 2" in preview and "to 2 people" in preview
    await bench.press(officer, "Close now")
    await sender(bench.deps).wait_idle(20)
    assert await bench.db.fetchval("SELECT state FROM consultations WHERE id = 2") == "closed"
    assert await bench.db.fetchval("SELECT state FROM consultations WHERE id = 1") == "open"
    assert received(people["KE"], "was closed on 10 January 2013") == 1
    assert received(people["FR"], "a été close le 10 janvier 2013") == 1
    assert received(people["CN"], "磋商已于2013年1月10日") == 0
    assert received(people["DE"], "was closed") == 0


async def test_an_extension_of_the_second_consultation_leaves_the_first_alone(bench: BotBench) -> None:
    """Germany, which consultation 2 does not invite, is refused an extension there politely.
    Kenya's extension of consultation 2 is Kenya's deadline there only: consultation 1's
    deadline for Kenya, its /extensions and its notices are unchanged; China's deactivated
    focal point is not counted nor told of China's extension."""
    people = await cast(bench)
    officer = bench.user(OFFICER_ID)
    first = bench.deps.consultation.dates.deadline
    await bench.send(officer, "/extensions 2")
    await bench.press(officer, "Grant an extension")
    refused = texts(await bench.send(officer, "Germany"))  # not invited to consultation 2
    assert refused == t(bench, "en", "deadlines-state-not-invited", country="Germany")
    await bench.send(officer, "Kenya")
    asked = texts(await bench.send(officer, "2013-03-29 18:00"))
    assert "to 1 person" in asked
    await bench.press(officer, "Confirm")
    await bench.send(officer, "/extensions 2")
    await bench.press(officer, "Grant an extension")
    await bench.send(officer, "China")
    assert "to nobody" in texts(await bench.send(officer, "2013-03-29 18:00"))
    await bench.press(officer, "Confirm")
    await sender(bench.deps).wait_idle(20)

    second = await deadlines.deadline_of(bench.db, 2, "KE", first)
    assert second == datetime(2013, 3, 29, 15, 0, tzinfo=UTC)
    assert await deadlines.deadline_of(bench.db, 1, "KE", first) == first
    assert await deadlines.granted(bench.db, 1) == []
    shown = texts(await bench.send(officer, "/extensions"))
    assert "Kenya" not in shown and "China" not in shown
    assert received(people["KE"], "29 March 2013") == 1
    assert received(people["CN"], "2013年3月29日") == 0
    history = texts(await bench.send(officer, "/broadcasts"))
    assert "(page 1 of 1; 1 in all)" in history  # China's notice had nobody to go to
    assert "Notice concerning the deadline" in history and "Message from the secretariat" not in history


# -- alerts per consultation x the history of sends x replies ------------------------------------------


async def test_alerts_follow_their_consultation_and_a_reply_is_sent_again_as_a_reply(bench: BotBench) -> None:
    """An officer who chose alerts for consultation 2 is told of Kenya's submission to it, under
    its title; one who chose alerts for consultation 1 is not. /broadcasts leaves the officers'
    own alerts out, names a reply for what it is, and "Send again" repeats it as the reply,
    under its heading naming the submission, not as a note of the secretariat."""
    people = await cast(bench)
    second, first = bench.user(OFFICER_ID), bench.user(OFFICER_ID + 1)
    await add_officer(bench.db, OFFICER_ID + 1, "en")
    for officer, title in ((second, second_title(bench)), (first, bench.deps.consultation.title.en)):
        await bench.send(officer, "/alerts")
        await bench.press(officer, title[:60])
        await bench.press(officer, "At once")
    kenya = people["KE"].user
    assert kenya is not None
    await bench.send(kenya, "/comment")
    await bench.press(kenya, second_title(bench))
    await write_from_topic(bench, kenya, "Cooperation with the regional centres should be stated.")
    alerts = bench.deps.alerts
    assert alerts is not None
    await alerts.settled()
    await alerts.tick()
    await sender(bench.deps).wait_idle(20)
    reference = await bench.db.fetchval("SELECT reference FROM submissions WHERE consultation_id = 2")
    assert reference.startswith("CWB-")
    told = [m.text or "" for m in second.transcript if reference in (m.text or "")]
    assert len(told) == 1 and told[0].startswith(second_title(bench)) and "New submission" in told[0]
    assert not [m for m in first.transcript if "New submission" in (m.text or "")]

    # The reply reaches nobody the first time (Kenya's focal point has blocked the bot).
    kenya.block(notify=False)
    officer = await participants.get_by_telegram_id(bench.db, OFFICER_ID)
    submission_id = await bench.db.fetchval("SELECT id FROM submissions WHERE reference = ?", (reference,))
    assert officer is not None
    reply = await review.add_reply(bench.db, submission_id, "Thank you: noted for section 3.", actor=officer,
                                   now=bench.deps.now())  # fmt: skip
    assert reply is not None and reply.recipients == 1
    sender(bench.deps).wake()
    await sender(bench.deps).wait_idle(20)
    kenya.unblock(notify=False)

    history = (await bench.send(second, "/broadcasts"))[-1]
    assert "(page 1 of 1; 1 in all)" in (history.text or "")  # the two alerts are not listed
    assert "Reply of the secretariat to a submission" in (history.text or "")
    assert f"Consultation no. 2: {second_title(bench)}" in (history.text or "")  # which, of the two
    await bench.press(second, buttons(history)[0], message_id=history.message_id)
    await bench.press(second, "Send again to those not reached (1)")
    await sender(bench.deps).wait_idle(20)
    heading = t(bench, "en", "review-reply-message", reference=reference, consultation=second_title(bench),
                text="Thank you: noted for section 3.")  # fmt: skip
    assert [m.text for m in kenya.transcript if "noted for section 3" in (m.text or "")] == [heading]


# -- erasure of an officer x extensions, review notes, replies and the audit ---------------------------


async def test_an_officers_erasure_leaves_their_telegram_id_nowhere(bench: BotBench) -> None:
    """An officer who granted an extension, declined a request, wrote a note and a reply, then
    asks /forget: no table keeps their Telegram id (the extension and the answered request
    stay, by nobody); the note and the reply stay with the submission."""
    people = await cast(bench)
    officer = bench.user(OFFICER_ID)
    await bench.send(officer, "/extensions 2")
    await bench.press(officer, "Grant an extension")
    await bench.send(officer, "Kenya")
    await bench.send(officer, "2013-03-29 18:00")
    await bench.press(officer, "Confirm")
    france = await participants.get(bench.db, people["FR"].participant_id)
    assert france is not None
    # France's request, as the closed draft's button makes it; the officer declines it in chat.
    await deadlines.request(bench.db, 2, france, await notices.staff_recipients(bench.deps), bench.deps.now())
    await sender(bench.deps).wait_idle(20)
    await bench.press(officer, "Decline")
    await bench.send(officer, "The meeting documents are due.")
    assert [r.status for r in await deadlines.open_requests(bench.db, 2)] == []
    kenya = people["KE"].user
    assert kenya is not None
    await bench.send(kenya, "/comment")
    await bench.press(kenya, bench.deps.consultation.title.en)
    await write_from_topic(bench, kenya, "The secretariat of the Basel Convention should be consulted.")
    submission_id, reference = await bench.db.fetchone("SELECT id, reference FROM submissions")
    me = await participants.get_by_telegram_id(bench.db, OFFICER_ID)
    assert me is not None
    await review.add_note(bench.db, submission_id, "Check against the 2012 report.", actor=me, now=bench.deps.now())
    await review.add_reply(bench.db, submission_id, "Thank you.", actor=me, now=bench.deps.now())
    rows = await every_row(bench)
    assert rows["deadline_extensions"][0]["granted_by"] == OFFICER_ID  # the search finds what is there

    await bench.send(officer, "/forget")
    await bench.press(officer, t(bench, "en", "prof-forget-yes"))
    await bench.settle()
    rows = await every_row(bench)
    kept = [f"{table}.{column}" for table, found in rows.items() for row in found for column, value in row.items()
            if value == OFFICER_ID]  # fmt: skip
    assert kept == []
    assert [r["status"] for r in rows["deadline_extensions"]] == ["granted"]
    assert [r["status"] for r in rows["extension_requests"]] == ["declined"]
    other = bench.user(OFFICER_ID + 5)
    await add_officer(bench.db, OFFICER_ID + 5, "en")
    card = texts(await bench.send(other, f"/read {reference}"))
    assert "Internal notes: 1; replies to the country: 1" in card
    assert [r["text"] for r in rows["review_notes"]] == ["Check against the 2012 report."]


# -- imported submissions x alerts x the review -------------------------------------------------------


async def test_imported_submissions_alert_nobody_and_are_reviewed_marked_as_imported(bench: BotBench) -> None:
    """The secretariat imports what it received by e-mail itself: no officer is alerted of it
    (README, alerts). /read says how it came in, in the exports' own words; it is reviewed like
    any other, from the status Received."""
    officer = bench.user(OFFICER_ID, language_code="fr")
    await add_officer(bench.db, OFFICER_ID, "fr")
    await bench.send(officer, "/alerts")
    await bench.press(officer, bench.deps.consultation.title.fr[:60])
    await bench.press(officer, "Dès réception")
    imported = cli(bench, "import-submissions", "--consultation", "1", "prompts/samples/first_round_submissions.csv")
    assert imported.returncode == 0, imported.stderr
    alerts = bench.deps.alerts
    assert alerts is not None
    assert await alerts.tick() == 0

    card = texts(await bench.send(officer, "/read CW-2013-0001"))
    assert "Importée\u00a0: reçue par e-mail le 15 octobre 2012" in card
    assert "État de l'examen\u00a0: Reçue" in card
    await bench.press(officer, "En cours d'examen")
    found = await bench.db.fetchval("SELECT status FROM submission_reviews")
    assert found == "under_review"


# -- the review screen x imports x the directory ------------------------------------------------------


async def test_the_review_screen_marks_imports_and_counts_only_active_focal_points(tmp_path: Path) -> None:
    """The Overview counts a State's focal points as /status does (a deactivated one is not
    registered any more); an imported submission's page says how it came in."""
    async with webapp_bench(tmp_path) as bench:
        await add_officer(bench.db, OFFICER_ID, "en")
        kenya = await add_focal_point(bench.db, bench.emu, 63_100, "KE", "en")
        await add_focal_point(bench.db, bench.emu, 63_101, "FR", "fr")
        await deactivate(bench, kenya)
        imported = cli(
            bench, "import-submissions", "--consultation", "1", "prompts/samples/first_round_submissions.csv"
        )
        assert imported.returncode == 0, imported.stderr
        status = texts(await bench.send(bench.user(OFFICER_ID), "/status Kenya"))
        async with httpx.AsyncClient(base_url=bench.webapp_url or "", timeout=10) as client:
            page = await client.get("/app")
            token = re.search(r'name="_xsrf" value="([^"]+)"', page.text)
            assert token is not None
            form = {"init_data": init_data(OFFICER_ID), "_xsrf": token.group(1)}
            assert (await client.post("/app/session", data=form)).status_code == 303
            overview = html.unescape((await client.get("/app/overview")).text)
            submission_id = await bench.db.fetchval("SELECT id FROM submissions WHERE reference = 'CW-2013-0001'")
            one = html.unescape((await client.get(f"/app/submissions/{submission_id}")).text)
        assert t(bench, "en", "webapp-states-registered", count=1) in overview  # France only
        assert "Approved focal points: 0\nSubmissions: 1\n• CW-2013-0001" in status
    row = re.search(r"<tr><td><a [^>]*>Kenya</a></td><td>[^<]*</td><td class=\"num\">(\d+)</td>", overview)
    assert row is not None and row.group(1) == "0"
    assert '<dd id="source">Imported: received by e-mail on 15 October 2012</dd>' in one


async def test_a_revision_after_review_in_the_second_consultation_reopens_it_and_alerts_its_followers(
    bench: BotBench,
) -> None:
    """Kenya revises its submission to consultation 2 after the secretariat addressed it: the
    status goes back to Received and /read says so; the officer following consultation 2 is told
    "revised" under its title, the one following consultation 1 is not; /audit narrows to
    either consultation."""
    people = await cast(bench)
    second, first = bench.user(OFFICER_ID), bench.user(OFFICER_ID + 1)
    await add_officer(bench.db, OFFICER_ID + 1, "en")
    kenya = people["KE"].user
    assert kenya is not None
    await bench.send(kenya, "/comment")
    await bench.press(kenya, second_title(bench))
    await write_from_topic(bench, kenya, "Cooperation with the regional centres should be stated.")
    reference = await bench.db.fetchval("SELECT reference FROM submissions WHERE consultation_id = 2")
    for officer, title in ((second, second_title(bench)), (first, bench.deps.consultation.title.en)):
        await bench.send(officer, "/alerts")
        await bench.press(officer, title[:60])
        await bench.press(officer, "At once")
    await bench.send(second, f"/read {reference}")
    await bench.press(second, "Addressed")

    await bench.send(kenya, "/mycomments")
    await bench.press(kenya, kenya.chat.latest_with_keyboard().buttons[0][0])  # type: ignore[union-attr]
    await bench.press(kenya, "Revise")
    await bench.press(kenya, "Edit")
    await bench.press(kenya, "Comment")
    await bench.send(kenya, "Cooperation with the regional centres and their financing should be stated.")
    await bench.press(kenya, "My comment is complete")
    assert "Version: 2" in texts(await bench.press(kenya, "Submit"))
    alerts = bench.deps.alerts
    assert alerts is not None
    await alerts.settled()
    await alerts.tick()
    await sender(bench.deps).wait_idle(20)
    told = [m.text or "" for m in second.transcript if "has been revised" in (m.text or "")]
    assert len(told) == 1 and told[0].startswith(second_title(bench)) and reference in told[0]
    assert not [m for m in first.transcript if "has been revised" in (m.text or "")]
    card = texts(await bench.send(second, f"/read {reference}"))
    assert "Review status: Received" in card
    assert t(bench, "en", "review-card-reopened", version=2, previous="Addressed") in card

    # /audit narrowed to consultation 2: its review and its alert choice, not consultation 1's.
    boss = await admin(bench)
    logged = texts(await bench.send(boss, "/audit consultation 2 action review."))
    assert "Audit log: 2 entries" in logged and "review.status" in logged and "review.reopened" in logged
    assert "Audit log: 1 entry" in texts(await bench.send(boss, "/audit consultation 1 action alerts.set"))
    usage = texts(await bench.send(boss, "/audit consultation two"))
    assert t(bench, "en", "audit-usage-consultation") in usage and "“two” is not understood." in usage


# -- a deactivated focal point x "send again" ----------------------------------------------------------


async def test_send_again_skips_a_deactivated_focal_point_but_not_their_own_notice(bench: BotBench) -> None:
    """A reply to Kenya and the notice of its focal point's deactivation both fail (the bot is
    blocked). Sent again: the reply finds nobody (they may no longer take part), the notice of
    the deactivation reaches them, as it is meant to."""
    people = await cast(bench)
    kenya = people["KE"]
    assert kenya.user is not None
    submission_id = await add_submission(bench.db, "KE", kenya.participant_id)
    officer = await participants.get_by_telegram_id(bench.db, OFFICER_ID)
    assert officer is not None
    kenya.user.block(notify=False)
    await review.add_reply(bench.db, submission_id, "Thank you.", actor=officer, now=bench.deps.now())
    told = "Your registration as a focal point has been deactivated."
    notice = directory.Notice(text=told, chat_id=kenya.telegram_id, language="en")
    reason = directory.Reason(text="A successor was named.")
    await directory.deactivate(bench.db, kenya.participant_id, reason=reason, actor=officer, now=bench.deps.now(),
                               notice=notice)  # fmt: skip
    sender(bench.deps).wake()
    await sender(bench.deps).wait_idle(20)
    kenya.user.unblock(notify=False)

    user = bench.user(OFFICER_ID)
    listed = texts(await bench.send(user, "/broadcasts"))
    assert "Notice to a focal point (directory)" in listed and "Reply of the secretariat" in listed
    await bench.press(user, "No. 1")
    nobody = texts(await bench.press(user, "Send again to those not reached (1)"))
    assert nobody == t(bench, "en", "broadcasts-resend-nobody")
    await bench.send(user, "/broadcasts")
    await bench.press(user, "No. 2")
    await bench.press(user, "Send again to those not reached (1)")
    await sender(bench.deps).wait_idle(20)
    assert [m.text for m in kenya.user.transcript if "Thank you." in (m.text or "")] == []
    assert [m.text for m in kenya.user.transcript if m.text == told] == [told]


async def test_a_deactivated_focal_points_open_draft_is_not_warned_of_the_deadline(bench: BotBench) -> None:
    """France and China each have a draft open for consultation 2 (due 15 March, 18:00 in
    Nairobi); China's focal point was deactivated. A day before, France is warned; China not."""
    people = await cast(bench)
    for country in ("FR", "CN"):
        data = drafts.DraftData(topic_id=bench.deps.consultation.topics[0].id)
        await drafts.start(bench.db, people[country].participant_id, "comment", bench.deps.now(), data=data,
                           consultation_id=2)  # fmt: skip
    bench.clock.set(datetime(2013, 3, 14, 16, 0, tzinfo=UTC))  # Thursday, 17:00 in Paris: office hours
    await reminder_service(bench.deps).tick()
    await sender(bench.deps).wait_idle(20)
    assert received(people["FR"], "soit dans un jour") == 1
    assert received(people["CN"], "尚未提交") == 0
    assert [w["participant_id"] for w in await deadlines.warnings(bench.db)] == [people["FR"].participant_id]
