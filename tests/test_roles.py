"""Stories of roles and approvals: a registration without a link approved, another rejected
(each person told), /pending, the secretariat role granted and revoked, a button pressed after
the role was revoked, and a focal point trying every staff command and button."""

from __future__ import annotations

import pytest

from emulator import EmulatedUser
from storage import audit, invitations, participants, registration
from storage.models import ParticipantStatus, Role
from tests.support.broadcasts import sender
from tests.support.harness import ADMIN_ID, BotBench, texts
from tests.support.registration import Answers, admin, buttons, invite, register, stored, t


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


async def officer(bench: BotBench, boss: EmulatedUser, user_id: int = 7001, language: str = "es") -> EmulatedUser:
    """A secretariat officer: opened the bot, chose a language, was given the role by the admin."""
    user = bench.user(user_id, language_code=language)
    await bench.send(user, "/start")
    await bench.press(user, {"es": "Español", "en": "English"}[language])
    await bench.send(user, "/cancel")
    granted = await bench.send(boss, f"/grant {user_id}")
    assert f"{user_id} is now a secretariat officer and has been notified." in texts(granted)
    return user


async def test_a_registration_without_a_link_is_approved_and_the_person_told(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    clerk = await officer(bench, boss)
    applicant = bench.user(7101, language_code="fr")
    await register(bench, applicant, "fr", answers=Answers(name="Aminata Diop", country="Sénégal"))

    notice = boss.transcript[-1]
    assert notice.text.startswith(t(bench, "en", "role-pending-notice"))
    assert "Aminata Diop" in notice.text and "(Senegal)" in notice.text and "Telegram ID 7101" in notice.text
    assert buttons(notice) == ["✓ Approve", "✗ Reject"]
    clerks_notice = clerk.transcript[-1]
    assert buttons(clerks_notice) == ["✓ Aprobar", "✗ Rechazar"]  # each officer in their own language

    await bench.press(boss, "✓ Approve", message_id=notice.message_id)
    assert notice.text == "Approved: Aminata Diop (Senegal). The focal point has been notified."
    told = applicant.transcript[-1]
    assert "a été approuvée par le secrétariat" in told.text
    assert "Soumettre une observation" in buttons(told)
    participant = await stored(bench, applicant)
    assert participant.status == ParticipantStatus.APPROVED
    (entry,) = await audit.entries(bench.db, "registration_approved")
    assert entry.actor_id == ADMIN_ID and entry.subject == f"participant:{participant.id}"

    late = await bench.press(clerk, "✗ Rechazar", message_id=clerks_notice.message_id)
    assert late == [] and "ya ha sido tramitada (situación actual: aprobada)" in clerks_notice.text
    assert (await stored(bench, applicant)).status == ParticipantStatus.APPROVED
    assert await audit.entries(bench.db, "registration_rejected") == []


async def test_a_registration_is_rejected_from_the_pending_list_and_the_person_told(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    first, second = bench.user(7201, language_code="ru"), bench.user(7202, language_code="en")
    await register(bench, first, "ru", answers=Answers(name="Иван Петров", country="Россия"))
    await register(bench, second, "en", answers=Answers(name="John Smith", country="UK"))

    menu = await bench.send(boss, "/start")
    listed = await bench.press(boss, "Pending registrations", message_id=menu[-1].message_id)
    shown = listed[-1]
    assert "Registrations awaiting approval: 2" in shown.text
    assert "1. Иван Петров" in shown.text and "2. John Smith" in shown.text
    assert buttons(shown) == ["✓ Approve 1", "✗ Reject 1", "✓ Approve 2", "✗ Reject 2"]

    await bench.press(boss, "✗ Reject 1")  # the reason is asked first (issue 15)
    assert shown.text.startswith(t(bench, "en", "role-reject-why", name="Иван Петров", country="Russian Federation"))
    await bench.press(boss, t(bench, "en", "reason-unverified"))
    await sender(bench.deps).wait_idle()  # the person's message goes through the outbox
    assert shown.text.startswith("Rejected: Иван Петров (Russian Federation).")
    assert "Registrations awaiting approval: 1" in shown.text and buttons(shown) == ["✓ Approve 1", "✗ Reject 1"]
    assert "не утверждена секретариатом" in first.transcript[-1].text
    assert "Причина: Представленные сведения не удалось проверить." in first.transcript[-1].text
    rejected = await stored(bench, first)
    assert rejected.status == ParticipantStatus.REJECTED
    (entry,) = await audit.entries(bench.db, "registration_rejected")
    assert entry.actor_id == ADMIN_ID

    again = await bench.send(first, "/start")
    assert "Статус: регистрация не утверждена секретариатом." in texts(again)

    await bench.press(boss, "✓ Approve 1")
    assert shown.text.startswith("Approved: John Smith (United Kingdom of Great Britain and Northern Ireland).")
    assert t(bench, "en", "role-pending-none") in shown.text
    assert (await stored(bench, second)).status == ParticipantStatus.APPROVED


async def test_a_rejected_person_may_register_again_with_a_link(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    user = bench.user(7301)
    await register(bench, user, "en", answers=Answers(country="Kenya"))
    await bench.send(boss, "/pending")
    await bench.press(boss, "✗ Reject 1")
    await bench.press(boss, t(bench, "en", "role-reject-none"))
    invited = await invite(bench, boss, "Kenya 1 30")
    seen = await register(bench, user, "en", token=invited.token)
    assert t(bench, "en", "reg-done-approved", country="Kenya") in texts(seen)
    assert (await stored(bench, user)).status == ParticipantStatus.APPROVED


async def test_the_secretariat_role_is_granted_and_revoked(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    usage = await bench.send(boss, "/grant")
    assert f"Telegram ID {ADMIN_ID}: administrator" in texts(usage)

    clerk = await officer(bench, boss, 7401, "en")
    assert clerk.transcript[-1].text == t(bench, "en", "role-granted-you")
    assert "Invitation links" in buttons(clerk.transcript[-1])  # the staff menu
    assert t(bench, "en", "inv-list-empty") in texts(await bench.send(clerk, "/invites"))
    (granted,) = await audit.entries(bench.db, "role_granted")
    assert granted.actor_id == ADMIN_ID and granted.details["telegram_id"] == 7401

    unchanged = await bench.send(boss, f"/grant {ADMIN_ID}")
    assert "is already an administrator" in texts(unchanged)
    assert "is an administrator" in texts(await bench.send(boss, f"/revoke {ADMIN_ID}"))
    assert "not a secretariat officer" in texts(await bench.send(boss, "/revoke 123456"))

    # A registration arrives; the officer's notice is answered only after the role was revoked.
    applicant = bench.user(7402)
    await register(bench, applicant, "en", answers=Answers(country="Kenya"))
    notice = clerk.transcript[-1]
    assert buttons(notice) == ["✓ Approve", "✗ Reject"]
    revoked = await bench.send(boss, "/revoke 7401")
    assert "7401 is no longer a secretariat officer and has been notified." in texts(revoked)
    assert clerk.transcript[-1].text == t(bench, "en", "role-revoked-you")
    refused = await bench.press(clerk, "✓ Approve", message_id=notice.message_id)
    assert t(bench, "en", "access-denied") in texts(refused)
    assert (await stored(bench, applicant)).status == ParticipantStatus.PENDING
    assert t(bench, "en", "access-denied") in texts(await bench.send(clerk, "/invites"))
    member = await stored(bench, clerk)
    assert member.role == Role.FOCAL_POINT and member.status == ParticipantStatus.NEW
    (entry,) = await audit.entries(bench.db, "role_revoked")
    assert entry.actor_id == ADMIN_ID

    # Someone who never wrote to the bot can be granted the role; they cannot be told yet.
    distant = await bench.send(boss, "/grant 7499")
    assert "They could not be notified" in texts(distant)
    later = bench.user(7499)
    assert "Role: secretariat officer." in texts(await bench.send(later, "/start"))


async def test_secretariat_officers_cannot_grant_roles(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    clerk = await officer(bench, boss, 7501, "en")
    for command in ("/grant 7502", "/revoke 7501"):
        assert t(bench, "en", "access-denied") in texts(await bench.send(clerk, command))
    assert (await stored(bench, clerk)).role == Role.SECRETARIAT


async def test_a_focal_point_tries_every_staff_command_and_button(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    invited = await invite(bench, boss, "Kenya 2 30")
    link = await invitations.get_by_token(bench.db, invited.token)
    assert link is not None
    focal = bench.user(7601)
    await register(bench, focal, "en", token=invited.token)
    waiting = bench.user(7602)
    await register(bench, waiting, "en", answers=Answers(country="Kenya"))
    pending = await stored(bench, waiting)
    stranger = bench.user(7603)  # never opened the bot
    before = await participants.count(bench.db)

    denied = t(bench, "en", "access-denied")
    for user in (focal, waiting, stranger):
        for command in (
            "/invite Kenya 5 30",
            "/invites",
            "/letters KE",
            "/letters all",
            "/pending",
            f"/grant {user.id}",
            f"/revoke {ADMIN_ID}",
        ):
            replies = await bench.send(user, command)
            assert denied in texts(replies), (user.id, command)
            assert not any(m.photo or m.document for m in replies)
        for data in (
            f"role:approve:{pending.id}:n",
            f"role:reject:{pending.id}:l",
            f"inv:revoke:{link.id}",
            f"inv:revoke_ok:{link.id}",
            "inv:page:0",
            "inv:new:KE:5:30",
            "menu:pending",
            "menu:invites",
        ):
            replies = await bench.do(user, lambda data=data, user=user: user.press_data(data))
            assert denied in texts(replies), (user.id, data)
        assert user.unanswered_callbacks == []

    assert (await stored(bench, waiting)).status == ParticipantStatus.PENDING
    still = await invitations.get(bench.db, link.id)
    assert still is not None and still.revoked_at is None
    assert len(await invitations.list_active(bench.db, bench.clock())) == 1
    assert await audit.entries(bench.db, "role_granted") == []
    assert await participants.count(bench.db) == before  # the stranger got no row


async def _registered_in_the_database_only(bench: BotBench, user: EmulatedUser) -> None:
    """Everything typed and agreed; then the registration committed as Confirm would, but the
    process died before it answered or told anyone (a `kill -9` between the two)."""
    await register(bench, user, "en", answers=Answers(name="Aminata Diop", country="Senegal"), confirm=False)
    participant = await stored(bench, user)
    draft = await registration.get_draft(bench.db, participant.id)
    assert draft is not None
    await registration.complete(bench.db, participant, draft.data, bench.deps.now())


def notices(user: EmulatedUser) -> list[str]:
    return [m.text or "" for m in user.transcript if "Aminata Diop" in (m.text or "")]


async def test_confirm_redelivered_after_a_crash_answers_again_and_tells_the_staff_once(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    applicant = bench.user(7111, language_code="en")
    await _registered_in_the_database_only(bench, applicant)
    assert notices(boss) == []
    again = texts(await bench.press(applicant, t(bench, "en", "reg-confirm")))
    assert t(bench, "en", "reg-done-pending", country="Senegal") in again
    assert len(notices(boss)) == 1
    # pressed once more: the conversation has ended, the button is stale, no one is told twice
    again = texts(await bench.press(applicant, t(bench, "en", "reg-confirm")))
    assert t(bench, "en", "button-stale") in again
    await bench.restart()
    assert len(notices(boss)) == 1


async def test_a_notice_a_crash_kept_from_the_staff_is_sent_at_the_next_start(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    applicant = bench.user(7112, language_code="en")
    await _registered_in_the_database_only(bench, applicant)
    await bench.restart()
    (notice,) = notices(boss)
    assert notice.startswith(t(bench, "en", "role-pending-notice"))
    assert await registration.unsent_notices(bench.db) == []
