"""Duplicate and out-of-order updates: whatever Telegram delivers twice, and whatever button a
user presses twice or too late, is recorded once.

Three ways the same action reaches the bot again:
  * the same update, same update_id, while its id is recorded (the inbox drops it: storage/inbox.py);
  * the same update after a crash between handling and recording it (tests/stress_support.py:
    `crash_after_handling`), with the conversation state flushed or one step behind;
  * the same message or button press as a NEW update: a double tap, or an old button pressed
    again, before or after a restart.
Each time: one submission (handlers/comments.py), one registration (handlers/registration.py),
one broadcast and one copy per recipient (handlers/broadcast.py, services/delivery/sender.py).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from emulator import EmulatedUser
from handlers import broadcast as broadcast_flow
from prompts import dated
from storage import audit, drafts, invitations, registration
from storage.models import ParticipantStatus
from tests.support.broadcasts import INVITATION_MARK, FocalPoint, add_focal_points, copies, sender
from tests.support.harness import ADMIN_ID, BotBench
from tests.support.registration import Answers, register
from tests.support.stress import (
    act,
    alerts,
    callback_data,
    crash_after_handling,
    focal_point,
    officer,
    persisted_state,
    redeliver,
    same_action_again,
    stored,
    t,
    texts,
    write_until_preview,
)

COMMENT = "Kenya supports a single, country-led process for the chemicals and waste cluster."


async def submission_count(bench: BotBench) -> tuple[int, int]:
    """(submissions, versions) recorded."""
    return (
        int(await bench.db.fetchval("SELECT COUNT(*) FROM submissions")),
        int(await bench.db.fetchval("SELECT COUNT(*) FROM submission_versions")),
    )


async def broadcast_count(bench: BotBench) -> int:
    return int(await bench.db.fetchval("SELECT COUNT(*) FROM broadcasts"))


# -- comments -----------------------------------------------------------------------------------


async def test_an_update_delivered_twice_is_handled_once(fast: BotBench) -> None:
    """The processor recorded the update id: the second delivery is skipped without a word."""
    bench = fast
    user = await focal_point(bench, 5001)
    await write_until_preview(bench, user, COMMENT)
    pressed, receipt = await act(bench, user, lambda: user.press(t(bench, "en", "comment-btn-submit")))
    assert "Reference: CW-2013-0001" in texts(receipt)

    assert await redeliver(bench, user, pressed) == []
    assert await submission_count(bench) == (1, 1)

    part_user = await focal_point(bench, 5002, country="UG")
    await bench.send(part_user, "/comment")
    await bench.press(part_user, bench.deps.consultation.topics[0].name.get("en"))
    await bench.press(part_user, bench.deps.consultation.comment_types[0].name.get("en"))
    await bench.send(part_user, "5")
    typed, _ = await act(bench, part_user, lambda: part_user.send_text(COMMENT))
    assert await redeliver(bench, part_user, typed) == []
    draft = await drafts.get(bench.db, (await stored(bench, part_user)).id)
    assert draft is not None and draft.data.comment_parts == [COMMENT]


@pytest.mark.parametrize("state_flushed", [True, False], ids=["state-flushed", "state-one-step-behind"])
async def test_submit_redelivered_after_a_crash_is_recorded_once(fast: BotBench, state_flushed: bool) -> None:
    bench = fast
    user = await focal_point(bench, 5010)
    await write_until_preview(bench, user, COMMENT)
    before = await persisted_state(bench.db)
    pressed, receipt = await act(bench, user, lambda: user.press(t(bench, "en", "comment-btn-submit")))
    assert "Reference: CW-2013-0001" in texts(receipt)

    await crash_after_handling(bench, pressed["update_id"], None if state_flushed else before)
    again = await redeliver(bench, user, pressed)

    assert await submission_count(bench) == (1, 1)
    assert t(bench, "en", "comment-already-submitted") in texts(again)
    assert "Reference: CW-2013-0001" in texts(again), "the receipt of what was recorded, once more"
    facts = dated.facts(bench.deps.catalog, bench.deps.consultation, "en", "KE")
    assert texts(again).endswith(facts), "with the deadline, the meeting and the contact, as every receipt"
    assert await drafts.get(bench.db, (await stored(bench, user)).id) is None


async def test_a_comment_part_redelivered_after_a_crash_is_kept_once(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 5020)
    await bench.send(user, "/comment")
    await bench.press(user, bench.deps.consultation.topics[0].name.get("en"))
    await bench.press(user, bench.deps.consultation.comment_types[0].name.get("en"))
    await bench.send(user, "5")
    before = await persisted_state(bench.db)
    typed, _ = await act(bench, user, lambda: user.send_text(COMMENT))

    await crash_after_handling(bench, typed["update_id"], before)
    await redeliver(bench, user, typed)
    await act(bench, user, lambda: same_action_again(bench, typed))  # and once more under a new id

    draft = await drafts.get(bench.db, (await stored(bench, user)).id)
    assert draft is not None and draft.step == "comment"
    assert draft.data.comment_parts == [COMMENT]
    await bench.send(user, "A second, different part.")
    draft = await drafts.get(bench.db, (await stored(bench, user)).id)
    assert draft is not None and draft.data.comment_parts == [COMMENT, "A second, different part."]


async def test_submit_pressed_twice_and_again_after_a_restart_is_recorded_once(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 5030)
    await write_until_preview(bench, user, COMMENT)
    mark = user.mark()
    first = user.press(t(bench, "en", "comment-btn-submit"))
    user.press_data(first["callback_query"]["data"], first["callback_query"]["message"]["message_id"])  # double tap
    await bench.settle()
    seen = texts(user.since(mark))
    assert seen.count("Thank you. Your comment has been recorded.") == 1
    assert t(bench, "en", "comment-already-submitted") in seen
    assert user.unanswered_callbacks == []

    await bench.restart()
    _, later = await act(bench, user, lambda: same_action_again(bench, first))
    assert t(bench, "en", "comment-already-submitted") in texts(later)
    assert await submission_count(bench) == (1, 1)
    (entry,) = await audit.entries(bench.db, "comment.submit")
    assert entry.subject == "CW-2013-0001"


async def test_old_buttons_pressed_after_a_newer_step_change_nothing(fast: BotBench) -> None:
    """Out of order: the topic button at the comment step, the preview's Submit of a comment
    already recorded while a newer draft is open, and the old Edit button."""
    bench = fast
    consultation = bench.deps.consultation
    user = await focal_point(bench, 5040)
    asked = await bench.send(user, "/comment")
    topic_question = asked[-1]
    old_topic = next(d for d in callback_data(topic_question) if d.endswith(consultation.topics[1].id))
    await bench.press(user, consultation.topics[0].name.get("en"))
    await bench.press(user, consultation.comment_types[0].name.get("en"))
    await bench.send(user, "5")
    await bench.send(user, COMMENT)

    _, answer = await act(bench, user, lambda: user.press_data(old_topic, topic_question.message_id))
    assert t(bench, "en", "comment-button-stale") in texts(answer)
    assert t(bench, "en", "button-stale") in alerts(user)
    draft = await drafts.get(bench.db, (await stored(bench, user)).id)
    assert draft is not None and draft.step == "comment"
    assert draft.data.topic_id == consultation.topics[0].id and draft.data.comment_parts == [COMMENT]

    await bench.press(user, t(bench, "en", "comment-btn-comment-done"))
    await bench.press(user, t(bench, "en", "comment-btn-skip-proposed"))
    preview = (await bench.press(user, t(bench, "en", "comment-btn-no-attachment")))[-1]
    old_submit = next(d for d in callback_data(preview) if d.startswith("cm:submit:"))
    old_edit = next(d for d in callback_data(preview) if d == "cm:edit")
    await bench.press(user, t(bench, "en", "comment-btn-submit"))

    await write_until_preview(bench, user, "A second comment, still a draft.")
    newer = await drafts.get(bench.db, (await stored(bench, user)).id)
    _, answer = await act(bench, user, lambda: user.press_data(old_submit, preview.message_id))
    _, answer2 = await act(bench, user, lambda: user.press_data(old_edit, preview.message_id))
    assert await submission_count(bench) == (1, 1)
    still = await drafts.get(bench.db, (await stored(bench, user)).id)
    assert newer is not None and still is not None
    assert (still.id, still.data.comment_parts, still.data.token) == (
        newer.id,
        newer.data.comment_parts,
        newer.data.token,
    )
    assert t(bench, "en", "comment-button-stale") in texts(answer)
    assert answer2, "the old Edit button is answered too"


# -- registration (handlers/registration.py) ------------------------------------------------------


async def registrations(bench: BotBench) -> int:
    return len(await audit.entries(bench.db, "registration"))


def pending_notices(admin: EmulatedUser, bench: BotBench) -> int:
    notice = t(bench, "en", "role-pending-notice")
    return sum(1 for m in admin.transcript if (m.text or "").startswith(notice))


async def test_confirm_pressed_twice_and_after_a_restart_registers_once(fast: BotBench) -> None:
    bench = fast
    admin = bench.user(ADMIN_ID)
    user = bench.user(5100, language_code="fr")
    await register(bench, user, "fr", answers=Answers(country="Sénégal"), confirm=False)
    confirm = t(bench, "fr", "reg-confirm")
    first = user.press(confirm)
    user.press_data(first["callback_query"]["data"], first["callback_query"]["message"]["message_id"])
    await bench.settle()
    assert user.unanswered_callbacks == []
    await bench.restart()
    await act(bench, user, lambda: same_action_again(bench, first))

    assert await registrations(bench) == 1
    participant = await stored(bench, user)
    assert participant.status == ParticipantStatus.PENDING and participant.country_code == "SN"
    assert pending_notices(admin, bench) == 1, "the secretariat is told once"
    assert texts(user.transcript).count(t(bench, "fr", "reg-done-pending", country="le Sénégal")) == 1


@pytest.mark.parametrize("state_flushed", [True, False], ids=["state-flushed", "state-one-step-behind"])
async def test_confirm_redelivered_after_a_crash_registers_once(fast: BotBench, state_flushed: bool) -> None:
    """With an invitation link: the link's use is counted once, the registration made once."""
    bench = fast
    admin = bench.user(ADMIN_ID)
    await bench.send(admin, "/start")
    created = await invitations.create(
        bench.db,
        "KE",
        max_uses=2,
        expires_at=bench.clock() + timedelta(days=30),
        created_by=ADMIN_ID,
        now=bench.clock(),
    )
    user = bench.user(5110, language_code="en")
    await register(bench, user, "en", token=created.token, confirm=False)
    before = await persisted_state(bench.db)
    pressed, done = await act(bench, user, lambda: user.press(t(bench, "en", "reg-confirm")))
    assert texts(done)

    await crash_after_handling(bench, pressed["update_id"], None if state_flushed else before)
    again = await redeliver(bench, user, pressed)

    assert again, "the redelivered press is answered"
    assert await registrations(bench) == 1
    participant = await stored(bench, user)
    assert participant.status == ParticipantStatus.APPROVED and participant.invitation_id == created.id
    link = await invitations.get(bench.db, created.id)
    assert link is not None and link.uses == 1
    assert await registration.get_draft(bench.db, participant.id) is None


async def test_old_registration_buttons_pressed_later_change_nothing(fast: BotBench) -> None:
    bench = fast
    user = bench.user(5120, language_code="en")
    first = await bench.send(user, "/start")
    language_question = first[-1]
    await bench.press(user, "English")
    await bench.send(user, "Kenya")
    await bench.send(user, "Wanjiku Kamau")
    # At the title question: the old language button (French).
    _, answer = await act(bench, user, lambda: user.press_data("reg:lang:fr", language_question.message_id))
    assert t(bench, "en", "button-stale") in texts(answer)
    participant = await stored(bench, user)
    draft = await registration.get_draft(bench.db, participant.id)
    assert draft is not None
    assert (draft.data["language"], draft.data["country_code"], draft.data["full_name"]) == (
        "en",
        "KE",
        "Wanjiku Kamau",
    )
    assert participant.language == "en"

    for typed in ("Director", "Ministry of Environment", "w.kamau@environment.go.ke"):
        await bench.send(user, typed)
    consent = user.chat.latest_with_keyboard()
    assert consent is not None
    await bench.press(user, t(bench, "en", "reg-consent-yes"))
    summary = user.chat.latest_with_keyboard()
    assert summary is not None
    await bench.press(user, t(bench, "en", "reg-confirm"))
    # After confirming: the consent and edit buttons of older messages.
    for data, message in (("reg:consent:yes", consent), ("reg:edit:name", summary), ("reg:confirm", summary)):
        _, answer = await act(bench, user, lambda d=data, m=message: user.press_data(d, m.message_id))
        assert t(bench, "en", "button-stale") in texts(answer), data
    assert await registrations(bench) == 1
    participant = await stored(bench, user)
    assert participant.status == ParticipantStatus.PENDING and participant.full_name == "Wanjiku Kamau"


# -- broadcasts (handlers/broadcast.py, services/delivery/sender.py) --------------------------------------


async def until_send(bench: BotBench, clerk: EmulatedUser) -> None:
    """/broadcast -> the renewed invitation -> every approved focal point -> the preview."""
    await bench.send(clerk, "/broadcast")
    await bench.press(clerk, t(bench, "en", "broadcast-kind-invitation"))
    members = int(
        await bench.db.fetchval("SELECT COUNT(*) FROM participants WHERE role = 'focal_point' AND status = 'approved'")
    )
    shown = await bench.press(clerk, t(bench, "en", "broadcast-audience-all", count=members))
    assert t(bench, "en", "broadcast-confirm", count=members) in texts(shown)


async def each_got_one_copy(bench: BotBench, points: list[FocalPoint]) -> None:
    await sender(bench.deps).wait_idle(30)
    await bench.settle()
    for point in points:
        assert point.user is not None
        assert copies(point.user, INVITATION_MARK[point.language]) == 1, point


async def test_send_pressed_twice_and_after_a_restart_broadcasts_once(fast: BotBench) -> None:
    bench = fast
    points = await add_focal_points(bench.db, bench.emu, 6)
    clerk = await officer(bench, 5200)
    await until_send(bench, clerk)
    mark = clerk.mark()
    first = clerk.press(t(bench, "en", "broadcast-send-button"))
    clerk.press_data(first["callback_query"]["data"], first["callback_query"]["message"]["message_id"])
    await bench.settle()
    assert clerk.unanswered_callbacks == []
    assert t(bench, "en", "button-stale") in texts(clerk.since(mark)), "the second tap is told it is stale"
    await each_got_one_copy(bench, points)

    await bench.restart()
    await act(bench, clerk, lambda: same_action_again(bench, first))
    await each_got_one_copy(bench, points)
    assert await broadcast_count(bench) == 1
    assert len(await audit.entries(bench.db, "broadcast.create")) == 1


@pytest.mark.parametrize("state_flushed", [True, False], ids=["state-flushed", "state-one-step-behind"])
async def test_send_redelivered_after_a_crash_broadcasts_once(fast: BotBench, state_flushed: bool) -> None:
    bench = fast
    points = await add_focal_points(bench.db, bench.emu, 4)
    clerk = await officer(bench, 5210)
    await until_send(bench, clerk)
    before = await persisted_state(bench.db)
    pressed, _ = await act(bench, clerk, lambda: clerk.press(t(bench, "en", "broadcast-send-button")))
    await each_got_one_copy(bench, points)

    await crash_after_handling(bench, pressed["update_id"], None if state_flushed else before)
    again = await redeliver(bench, clerk, pressed)

    assert t(bench, "en", "button-stale") in texts(again), "the Send of a broadcast already queued is stale"
    await each_got_one_copy(bench, points)
    assert await broadcast_count(bench) == 1


async def test_send_interrupted_right_after_the_broadcast_is_recorded_broadcasts_once(
    fast: BotBench, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process dies inside the Send handler, just after the outbox was written (simulated by
    the next call in the handler failing): the redelivered Send must not queue it again."""
    bench = fast
    points = await add_focal_points(bench.db, bench.emu, 4)
    clerk = await officer(bench, 5220)
    await until_send(bench, clerk)
    before = await persisted_state(bench.db)

    async def killed(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("simulated kill -9 right after the broadcast was recorded")

    monkeypatch.setattr(broadcast_flow.broadcasts, "queue_position", killed)
    pressed, _ = await act(bench, clerk, lambda: clerk.press(t(bench, "en", "broadcast-send-button")))
    monkeypatch.undo()
    assert await broadcast_count(bench) == 1

    await crash_after_handling(bench, pressed["update_id"], before)
    await redeliver(bench, clerk, pressed)

    assert await broadcast_count(bench) == 1
    await each_got_one_copy(bench, points)


async def test_old_broadcast_buttons_pressed_later_change_nothing(fast: BotBench) -> None:
    """At the preview, the message-kind button of an earlier step; after Send, the preview's
    buttons again: nothing changes and nothing more is sent."""
    bench = fast
    points = await add_focal_points(bench.db, bench.emu, 3)
    clerk = await officer(bench, 5230)
    asked = await bench.send(clerk, "/broadcast")
    kind_question = asked[-1]
    await bench.press(clerk, t(bench, "en", "broadcast-kind-invitation"))
    await bench.press(clerk, t(bench, "en", "broadcast-audience-all", count=3))
    preview = clerk.chat.latest_with_keyboard()
    assert preview is not None

    _, answer = await act(bench, clerk, lambda: clerk.press_data("bc:msg:custom", kind_question.message_id))
    assert t(bench, "en", "button-stale") in texts(answer)
    await act(bench, clerk, lambda: clerk.press(t(bench, "en", "broadcast-send-button")))
    await each_got_one_copy(bench, points)
    created = await bench.db.fetchone("SELECT kind, audience FROM broadcasts")
    assert created is not None and created["kind"] == "invitation"

    for data in ("bc:back:aud", "bc:aud:countries", "bc:send", "bc:msg:reminder"):
        await act(bench, clerk, lambda d=data: clerk.press_data(d, preview.message_id))
    await each_got_one_copy(bench, points)
    assert await broadcast_count(bench) == 1
    assert clerk.unanswered_callbacks == []
