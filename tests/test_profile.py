"""Stories of a focal point's profile: viewing it, correcting one field (with mistakes, a
/cancel and a restart on the way), and erasing their personal data with /forget while what
their country submitted stays."""

from __future__ import annotations

import pytest

from emulator import EmulatedUser
from storage import audit, participants, registration
from storage.models import ParticipantStatus, to_db
from tests.support.harness import BotBench, relax_flood_limits, texts
from tests.support.registration import admin, buttons, draft_of, invite, register, stored, t


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


async def registered(bench: BotBench, user_id: int, language: str = "en") -> EmulatedUser:
    invited = await invite(bench, await admin(bench), "Kenya 1 30")
    user = bench.user(user_id, language_code=language)
    await register(bench, user, language, token=invited.token)
    return user


async def test_profile_shows_the_details_and_corrects_one_field(fast: BotBench) -> None:
    bench = fast
    user = await registered(bench, 8001)
    shown = await bench.press(user, "My profile")  # the main menu's button, as /profile
    assert shown[-1].text == (await bench.send(user, "/profile"))[-1].text
    assert "Your profile" in shown[-1].text and "E-mail: w.kamau@environment.go.ke" in shown[-1].text
    assert "Your Telegram ID: 8001" in shown[-1].text
    assert buttons(shown[-1]) == [
        "Edit name",
        "Edit title",
        "Edit organization",
        "Edit e-mail",
        "Language",
        "Erase my data",
    ]

    asked = await bench.press(user, "Edit e-mail")
    assert "Currently: w.kamau@environment.go.ke" in texts(asked)
    assert t(bench, "en", "reg-bad-email") in texts(await bench.send(user, "kamau@"))
    assert t(bench, "en", "reg-not-text") in texts(await bench.do(user, user.send_sticker))
    updated = await bench.send(user, "wanjiku.kamau@environment.go.ke")
    assert t(bench, "en", "prof-updated") in texts(updated)
    assert "E-mail: wanjiku.kamau@environment.go.ke" in texts(updated)
    participant = await stored(bench, user)
    assert participant.email == "wanjiku.kamau@environment.go.ke" and participant.full_name == "Wanjiku Kamau"
    (entry,) = await audit.entries(bench.db, "profile_updated")
    assert entry.details == {"field": "email"}  # which field, not the value
    assert await draft_of(bench, user) is None

    await bench.press(user, "Edit name", message_id=updated[-1].message_id)
    cancelled = await bench.send(user, "/cancel")
    assert t(bench, "en", "prof-edit-cancelled") in texts(cancelled)
    assert (await stored(bench, user)).full_name == "Wanjiku Kamau"
    # After /cancel, text is no longer taken as a correction.
    assert "Wanjiku" not in texts(await bench.send(user, "Someone Else"))
    assert (await stored(bench, user)).full_name == "Wanjiku Kamau"


async def test_a_correction_resumes_after_a_restart(fast: BotBench) -> None:
    bench = fast
    user = await registered(bench, 8011, "ar")
    await bench.send(user, "/profile")
    await bench.press(user, t(bench, "ar", "prof-edit-title"))
    assert await draft_of(bench, user) == {"profile_edit": "title"}
    await bench.restart()
    relax_flood_limits(bench)
    updated = await bench.send(user, "مدير إدارة المواد الكيميائية")
    assert t(bench, "ar", "prof-updated") in texts(updated)
    assert (await stored(bench, user)).title == "مدير إدارة المواد الكيميائية"


async def test_profile_for_someone_not_registered(fast: BotBench) -> None:
    bench = fast
    user = bench.user(8021, language_code="zh")
    assert t(bench, "zh", "prof-not-registered") in texts(await bench.send(user, "/profile"))
    assert t(bench, "zh", "prof-forget-nothing") in texts(await bench.send(user, "/forget"))


async def test_forget_erases_the_person_and_keeps_the_countrys_submissions(fast: BotBench) -> None:
    bench = fast
    user = await registered(bench, 8031, "fr")
    participant = await stored(bench, user)
    now = to_db(bench.clock())
    submission_id = await bench.db.execute(
        "INSERT INTO submissions (seq, reference, country_code, participant_id, created_at, updated_at)"
        " VALUES (1, 'CW-2013-0001', 'KE', ?, ?, ?)",
        (participant.id, now, now),
    )

    asked = await bench.send(user, "/forget")
    assert "Vos nom, titre, organisation et adresse électronique seront effacés" in texts(asked)
    assert "demeureront la contribution de votre gouvernement" in texts(asked)
    kept = await bench.press(user, "Non, conserver mes données")
    assert t(bench, "fr", "prof-forget-kept") in texts(kept)
    assert (await stored(bench, user)).full_name == "Wanjiku Kamau"

    await bench.send(user, "/profile")
    await bench.press(user, "Effacer mes données")
    done = await bench.press(user, "Oui, effacer mes données")
    assert texts(done) == t(bench, "fr", "prof-forget-done")
    assert "demeurent la contribution de votre gouvernement, sans vos données personnelles" in texts(done)

    assert await participants.get_by_telegram_id(bench.db, user.id) is None  # the Telegram id is gone too
    erased = await participants.get(bench.db, participant.id)
    assert erased is not None and (erased.telegram_id, erased.chat_id) == (-participant.id, None)
    assert (erased.full_name, erased.title, erased.organisation, erased.email) == (None, None, None, None)
    assert erased.status == ParticipantStatus.ERASED and erased.erased_at == bench.clock()
    row = await bench.db.fetchone(
        "SELECT country_code, participant_id, status FROM submissions WHERE id = ?", (submission_id,)
    )
    assert row is not None and tuple(row) == ("KE", participant.id, "submitted")
    (entry,) = await audit.entries(bench.db, "erasure")
    assert entry.actor_id is None and entry.subject == f"participant:{participant.id}"
    assert entry.details["actor_erased"] is True and entry.details["previous_status"] == "approved"
    assert [e.actor_id for e in await audit.entries(bench.db, "registration")] == [None]  # was 8031

    assert t(bench, "fr", "prof-not-registered") in texts(await bench.send(user, "/profile"))
    assert t(bench, "fr", "access-not-registered") in texts(await bench.send(user, "/comment"))
    again = await bench.send(user, "/start")  # may register again
    assert again[-1].text == t(bench, "fr", "start-choose-language")


async def test_forget_in_the_middle_of_a_registration_erases_the_draft(fast: BotBench) -> None:
    bench = fast
    user = bench.user(8041)
    await bench.send(user, "/start")
    await bench.press(user, "English")
    await bench.send(user, "Kenya")
    await bench.send(user, "Amina Otieno")
    participant = await stored(bench, user)
    await bench.send(user, "/forget")
    await bench.press(user, "Yes, erase my data")
    assert await registration.get_draft(bench.db, participant.id) is None
    erased = await participants.get(bench.db, participant.id)
    assert erased is not None and erased.status == ParticipantStatus.ERASED
    # The conversation ended with the erasure: the next text is not taken as the next answer.
    after = await bench.send(user, "Director")
    assert t(bench, "en", "fallback-text") in texts(after)
    assert await registration.get_draft(bench.db, participant.id) is None
    assert await draft_of(bench, user) is None
    assert await bench.db.fetchval("SELECT COUNT(*) FROM ptb_conversations") == 0
