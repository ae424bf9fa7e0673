"""Stories of focal points registering: with an invitation link (valid, used up, expired,
made up), in each of the six languages, with mistakes at every step, correcting one field from
the summary, pausing with /cancel, and across a restart of the bot.

Telegram's per-chat flood limit is relaxed on the bench (a test types far faster than a
person); the restart story keeps the real limits.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from prompts import LANGUAGE_NAMES, LANGUAGES, countries
from storage import audit, invitations, participants
from storage.models import ParticipantStatus
from tests.support.harness import BotBench, relax_flood_limits, texts
from tests.support.registration import (
    Answers,
    admin,
    buttons,
    draft_of,
    invite,
    register,
    stored,
    t,
)


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """RetryAfter.retry_after as an int is deprecated; opt in so a 429 is retried quietly."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


# -- with an invitation link ---------------------------------------------------------------------


async def test_a_kenyan_focal_point_registers_with_a_link_in_french(fast: BotBench) -> None:
    bench = fast
    invited = await invite(bench, await admin(bench), "Kenya 1 30")
    user = bench.user(5001, language_code="fr")

    first = await bench.send(user, f"/start {invited.token}")
    assert first[-1].text == t(bench, "fr", "start-choose-language")
    assert "✓ Français" in buttons(first[-1])

    chosen = await bench.press(user, "Français")
    assert "Votre langue est désormais le français." in texts(chosen)
    assert "correspondant(e) national(e) pour le Kenya." in texts(chosen)
    assert t(bench, "fr", "reg-ask-name") in texts(chosen)

    await bench.send(user, "Wanjiku Kamau")
    await bench.send(user, "Directrice de la gestion des produits chimiques")
    await bench.send(user, "Ministère de l'Environnement et des Forêts")
    notice = await bench.send(user, "W.Kamau@Environment.GO.KE")
    assert notice[-1].text.startswith("Avis de confidentialité")
    assert buttons(notice[-1]) == ["J'accepte", "Je n'accepte pas"]

    summary = await bench.press(user, "J'accepte")
    shown = summary[-1]
    assert "Pays\u00a0: Kenya" in shown.text and "Nom\u00a0: Wanjiku Kamau" in shown.text
    assert "W.Kamau@environment.go.ke" in shown.text  # the domain is normalised, the local part kept
    assert "prendra effet dès votre confirmation" in shown.text
    assert "Modifier le pays" not in buttons(shown)  # the link fixes the country

    done = await bench.press(user, "✓ Confirmer")
    assert "Vous êtes inscrit(e) en qualité de correspondant(e) national(e) pour le Kenya." in texts(done)
    assert "Soumettre une observation" in buttons(done[-1])  # the focal point's main menu

    participant = await stored(bench, user)
    assert participant.status == ParticipantStatus.APPROVED and participant.country_code == "KE"
    assert participant.full_name == "Wanjiku Kamau" and participant.language == "fr"
    assert participant.consent_at == bench.clock()
    link = await invitations.get_by_token(bench.db, invited.token)
    assert link is not None and link.uses == 1 and participant.invitation_id == link.id
    assert await draft_of(bench, user) is None  # the draft became the registration
    (entry,) = await audit.entries(bench.db, "registration")
    assert entry.actor_id == 5001 and entry.details["status"] == "approved" and entry.details["country"] == "KE"

    again = await bench.send(user, "/start")  # no second registration: the profile and the menu
    assert "Votre profil" in texts(again) and "Statut\u00a0: correspondant(e) national(e) inscrit(e)." in texts(again)
    assert "Soumettre une observation" in buttons(again[-1])
    assert len(await audit.entries(bench.db, "registration")) == 1


async def test_the_same_link_used_up_offers_the_approval_path(fast: BotBench) -> None:
    bench = fast
    invited = await invite(bench, await admin(bench), "Kenya 1 30")
    await register(bench, bench.user(5011, language_code="en"), "en", token=invited.token)

    late = bench.user(5012, language_code="en")
    seen = await register(
        bench, late, "en", token=invited.token, answers=Answers(name="Otieno Odhiambo", country="Kenya")
    )
    assert t(bench, "en", "reg-link-used_up") in texts(seen)
    assert "Country: Kenya." in texts(seen)
    assert t(bench, "en", "reg-done-pending", country="Kenya") in texts(seen)
    participant = await stored(bench, late)
    assert participant.status == ParticipantStatus.PENDING and participant.invitation_id is None


async def test_a_link_used_up_between_start_and_confirm_still_registers_for_review(fast: BotBench) -> None:
    bench = fast
    invited = await invite(bench, await admin(bench), "Kenya 1 30")
    first, second = bench.user(5021), bench.user(5022)
    await register(bench, first, "en", token=invited.token, confirm=False)
    await register(bench, second, "en", token=invited.token, confirm=False)
    await bench.press(first, "✓ Confirm")
    done = await bench.press(second, "✓ Confirm")
    assert t(bench, "en", "reg-link-used_up") in texts(done)
    assert (await stored(bench, first)).status == ParticipantStatus.APPROVED
    assert (await stored(bench, second)).status == ParticipantStatus.PENDING
    assert (await stored(bench, second)).country_code == "KE"


async def test_an_expired_link_is_told_plainly(fast: BotBench) -> None:
    bench = fast
    invited = await invite(bench, await admin(bench), "Kenya 1 1")
    bench.clock.advance(timedelta(days=1, minutes=1))
    user = bench.user(5031, language_code="es")
    await bench.send(user, f"/start {invited.token}")
    seen = await bench.press(user, "Español")
    assert t(bench, "es", "reg-link-expired") in texts(seen)
    assert t(bench, "es", "reg-ask-country") in texts(seen)


async def test_a_made_up_token_is_told_plainly_and_offered_the_approval_path(fast: BotBench) -> None:
    bench = fast
    for number, token in enumerate(["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not-a-real-token", "x" * 64, "%3Cscript%3E"]):
        user = bench.user(5041 + number, language_code="ru")
        await bench.send(user, f"/start {token}")
        seen = await bench.press(user, "Русский")
        assert "недействительна" in texts(seen) and t(bench, "ru", "reg-ask-country") in texts(seen)
        seen = await bench.send(user, "Казахстан")
        assert "Страна: Казахстан." in texts(seen)


async def test_two_focal_points_of_one_country(fast: BotBench) -> None:
    bench = fast
    invited = await invite(bench, await admin(bench), "Kenya 2 30")
    await register(bench, bench.user(5051, language_code="en"), "en", token=invited.token)
    await register(
        bench,
        bench.user(5052, language_code="fr"),
        "fr",
        token=invited.token,
        answers=Answers(name="Jean Mwangi", email="j.mwangi@environment.go.ke"),
    )
    kenyans = await participants.list_approved_focal_points(bench.db, ["KE"])
    assert sorted(p.telegram_id for p in kenyans) == [5051, 5052]
    link = await invitations.get_by_token(bench.db, invited.token)
    assert link is not None and link.uses == 2


# -- in every language -------------------------------------------------------------------------

COUNTRY_TYPED = {
    "ar": ("مصر", "EG"),
    "zh": ("中国", "CN"),
    "en": ("UK", "GB"),
    "fr": ("Sénégal", "SN"),
    "ru": ("Россия", "RU"),
    "es": ("Chile", "CL"),
}


async def test_registration_without_a_link_in_each_language(fast: BotBench) -> None:
    """Six newcomers, one per language, each typing their country in their own language."""
    bench = fast
    for language in LANGUAGES:
        user = bench.user(5100 + LANGUAGES.index(language), language_code=language)
        typed, code = COUNTRY_TYPED[language]
        country = countries.name(code, language)
        start = await bench.send(user, "/start")
        assert start[-1].text == t(bench, language, "start-choose-language")
        chosen = await bench.press(user, LANGUAGE_NAMES[language])
        assert t(bench, language, "language-set") in texts(chosen)
        assert t(bench, language, "reg-ask-country") in texts(chosen)
        seen = await bench.send(user, typed)
        assert t(bench, language, "reg-country-set", country=country) in texts(seen)
        assert t(bench, language, "reg-ask-name") in texts(seen)
        for answer in ("Nour Haddad", "Conseiller", "Ministère", "n.haddad@example.org"):
            await bench.send(user, answer)
        summary = await bench.press(user, t(bench, language, "reg-consent-yes"))
        assert t(bench, language, "reg-summary-review") in texts(summary)
        done = await bench.press(user, t(bench, language, "reg-confirm"))
        running = countries.name(code, language, "running")
        assert t(bench, language, "reg-done-pending", country=running) in texts(done)
        participant = await stored(bench, user)
        assert (participant.status, participant.country_code, participant.language) == (
            ParticipantStatus.PENDING,
            code,
            language,
        )


# -- correcting, pausing, resuming -----------------------------------------------------------------


async def test_one_field_is_corrected_from_the_summary(fast: BotBench) -> None:
    bench = fast
    user = bench.user(5201, language_code="en")
    await register(bench, user, "en", answers=Answers(country="Kenya", name="Wanjiku Kamua"), confirm=False)
    asked = await bench.press(user, "Edit name")
    assert t(bench, "en", "reg-ask-name") in texts(asked) and "Currently: Wanjiku Kamua" in texts(asked)
    summary = await bench.send(user, "Wanjiku Kamau")
    assert "Name: Wanjiku Kamau" in summary[-1].text
    assert "Title: Director, Chemicals Management" in summary[-1].text  # the rest kept
    assert "✓ Confirm" in buttons(summary[-1])

    asked = await bench.press(user, "Edit country")
    summary = await bench.send(user, "Uganda")
    assert "Country: Uganda" in summary[-1].text

    relanguaged = await bench.press(user, "Edit language")
    summary = await bench.press(user, "Español", message_id=relanguaged[-1].message_id)
    assert "Su idioma es ahora el español." in summary[-1].text and "País: Uganda" in summary[-1].text

    await bench.press(user, "✓ Confirmar")
    participant = await stored(bench, user)
    assert (participant.full_name, participant.country_code, participant.language) == ("Wanjiku Kamau", "UG", "es")


async def test_cancel_keeps_the_draft_and_start_resumes_where_the_user_was(fast: BotBench) -> None:
    bench = fast
    user = bench.user(5211, language_code="en")
    await bench.send(user, "/start")
    await bench.press(user, "English")
    await bench.send(user, "Kenya")
    await bench.send(user, "Amina Otieno")
    paused = await bench.send(user, "/cancel")
    assert t(bench, "en", "reg-cancelled") in texts(paused)
    assert await draft_of(bench, user) == {"language": "en", "country_code": "KE", "full_name": "Amina Otieno"}

    resumed = await bench.send(user, "/start")
    assert t(bench, "en", "reg-resumed") in texts(resumed) and t(bench, "en", "reg-ask-title") in texts(resumed)

    await bench.send(user, "/cancel")
    discarded = await bench.press(user, "Discard what I entered")
    assert t(bench, "en", "reg-discarded") in texts(discarded)
    assert await draft_of(bench, user) is None
    again = await bench.send(user, "/start")
    assert again[-1].text == t(bench, "en", "start-choose-language")


async def test_the_conversation_resumes_after_a_restart_mid_registration(bench: BotBench) -> None:
    """Real flood limits up to the restart and just after it."""
    invited = await invite(bench, await admin(bench), "Kenya 1 30")
    user = bench.user(5221, language_code="fr")
    await bench.send(user, f"/start {invited.token}")
    await bench.press(user, "Français")
    await bench.send(user, "Wanjiku Kamau")
    await bench.send(user, "Directrice")
    assert await draft_of(bench, user) == {
        "language": "fr",
        "invitation_id": 1,
        "country_code": "KE",
        "full_name": "Wanjiku Kamau",
        "title": "Directrice",
    }

    await bench.restart()

    after = await bench.send(user, "Ministère de l'Environnement")
    assert t(bench, "fr", "reg-ask-email") in texts(after)
    relax_flood_limits(bench)  # the rest is the usual flow
    await bench.send(user, "w.kamau@environment.go.ke")
    await bench.press(user, "J'accepte")
    await bench.press(user, "✓ Confirmer")
    participant = await stored(bench, user)
    assert participant.status == ParticipantStatus.APPROVED and participant.title == "Directrice"


async def test_a_lost_conversation_state_resumes_from_the_draft(fast: BotBench) -> None:
    bench = fast
    user = bench.user(5231, language_code="en")
    await bench.send(user, "/start")
    await bench.press(user, "English")
    await bench.send(user, "Kenya")
    await bench.send(user, "Amina Otieno")
    await bench.stop_bot()
    # As after a kill -9 before PTB's persistence was written: only the draft remains.
    import aiosqlite

    async with aiosqlite.connect(bench.database_path) as raw:
        await raw.execute("DELETE FROM ptb_conversations WHERE name = 'registration'")
        await raw.commit()
    await bench.start_bot()
    relax_flood_limits(bench)
    resumed = await bench.send(user, "/start")
    assert t(bench, "en", "reg-ask-title") in texts(resumed)
    await bench.send(user, "Director")
    assert (await draft_of(bench, user) or {}).get("title") == "Director"


# -- bad input at every step -----------------------------------------------------------------------


async def test_bad_input_at_every_step_is_re_asked_and_nothing_is_lost(fast: BotBench) -> None:
    bench = fast
    user = bench.user(5301, language_code="en")
    await bench.send(user, "/start")

    typed = await bench.send(user, "English please")  # text where a language button is expected
    assert t(bench, "en", "reg-use-buttons") in texts(typed) and len(buttons(typed[-1])) == 6
    forged = await bench.do(user, lambda: user.press_data("reg:lang:xx"))
    assert t(bench, "en", "button-stale") in texts(forged)
    await bench.press(user, "English")

    # The country: content that is not text, an unknown name, a near miss offered as buttons.
    contact = await bench.do(user, lambda: user.send_contact("+254700000000", "Wanjiku"))
    assert t(bench, "en", "reg-not-text") in texts(contact) and t(bench, "en", "reg-ask-country") in texts(contact)
    unknown = await bench.send(user, "Xyzzy")
    assert t(bench, "en", "reg-country-unknown", text="Xyzzy") in texts(unknown)
    near = await bench.send(user, "Keyna")
    assert "Kenya" in buttons(near[-1])
    chosen = await bench.press(user, "Kenya")
    assert "Country: Kenya." in texts(chosen)

    # The name: a sticker, whitespace, 5,000 characters, no letter at all.
    sticker = await bench.do(user, user.send_sticker)
    assert t(bench, "en", "reg-not-text") in texts(sticker) and t(bench, "en", "reg-ask-name") in texts(sticker)
    assert t(bench, "en", "reg-empty") in texts(await bench.send(user, "   "))
    long = await bench.send(user, "A" * 5000)
    assert t(bench, "en", "too-long-input", length=5000, max=200) in texts(long)
    assert t(bench, "en", "reg-no-letter") in texts(await bench.send(user, "12345"))
    stale = await bench.do(user, lambda: user.press_data("reg:confirm"))
    assert t(bench, "en", "button-stale") in texts(stale) and t(bench, "en", "reg-ask-name") in texts(stale)
    await bench.send(user, "Wanjiku   Kamau\n")

    # The title: a photo; the organisation: a voice note; the e-mail: a location and bad addresses.
    photo = await bench.do(user, user.send_photo)
    assert t(bench, "en", "reg-ask-title") in texts(photo)
    await bench.send(user, "Director")
    voice = await bench.do(user, user.send_voice)
    assert t(bench, "en", "reg-ask-organisation") in texts(voice)
    await bench.send(user, "Ministry of Environment")
    location = await bench.do(user, lambda: user.send_location(-1.28, 36.82))
    assert t(bench, "en", "reg-ask-email") in texts(location)
    for wrong in ("w.kamau@", "w kamau@environment.go.ke", "w.kamau at environment.go.ke"):
        assert t(bench, "en", "reg-bad-email") in texts(await bench.send(user, wrong))
    assert await draft_of(bench, user) == {
        "language": "en",
        "country_code": "KE",
        "full_name": "Wanjiku Kamau",
        "title": "Director",
        "organisation": "Ministry of Environment",
    }
    await bench.send(user, "w.kamau@environment.go.ke")

    # Consent: declined first (nothing lost, asked again), then a document instead of a button.
    declined = await bench.press(user, "I do not agree")
    assert t(bench, "en", "reg-consent-declined") in texts(declined)
    document = await bench.do(user, lambda: user.send_document(b"%PDF-1.4", "cv.pdf"))
    assert t(bench, "en", "reg-use-buttons") in texts(document)
    summary = await bench.press(user, "I agree")
    assert "Name: Wanjiku Kamau" in summary[-1].text

    # The summary: typed text, a stale button from an earlier message, a forged edit.
    assert t(bench, "en", "reg-use-buttons") in texts(await bench.send(user, "yes"))
    stale = await bench.press(user, "Kenya", message_id=near[-1].message_id)
    assert t(bench, "en", "button-stale") in texts(stale)
    forged = await bench.do(user, lambda: user.press_data("reg:edit:role"))
    assert t(bench, "en", "button-stale") in texts(forged)
    done = await bench.press(user, "✓ Confirm")
    assert t(bench, "en", "reg-done-pending", country="Kenya") in texts(done)
    assert user.unanswered_callbacks == []


async def test_staff_do_not_register_as_focal_points(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    seen = await bench.send(boss, "/start")
    assert "Role: administrator." in texts(seen)
    assert "Pending registrations" in buttons(seen[-1])
    assert await draft_of(bench, boss) is None


async def test_a_registered_user_opening_another_link_is_not_registered_twice(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    first = await invite(bench, boss, "Kenya 1 30")
    second = await invite(bench, boss, "Uganda 1 30")
    user = bench.user(5401)
    await register(bench, user, "en", token=first.token)
    seen = await bench.send(user, f"/start {second.token}")
    assert "Your profile" in texts(seen) and "Country: Kenya" in texts(seen)
    assert (await stored(bench, user)).country_code == "KE"
    link = await invitations.get_by_token(bench.db, second.token)
    assert link is not None and link.uses == 0


async def test_changing_the_language_mid_registration_carries_on_in_the_new_language(fast: BotBench) -> None:
    bench = fast
    user = bench.user(5501, language_code="en")
    await bench.send(user, "/start")
    await bench.press(user, "English")
    await bench.send(user, "Kazakhstan")
    await bench.send(user, "/language")
    await bench.press(user, "Русский")
    asked = await bench.send(user, "Айгерим Сапарова")
    assert t(bench, "ru", "reg-ask-title") in texts(asked)
    for answer in ("Советник", "Министерство экологии", "a.saparova@ecology.gov.kz"):
        await bench.send(user, answer)
    summary = await bench.press(user, t(bench, "ru", "reg-consent-yes"))
    assert "Язык: русский" in summary[-1].text and "Страна: Казахстан" in summary[-1].text
    await bench.press(user, t(bench, "ru", "reg-confirm"))
    assert (await stored(bench, user)).language == "ru"
