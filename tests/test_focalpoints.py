"""/focalpoints as the secretariat and the focal points see it (issue 15): the directory by
State in the officer's language, search and paging, a person's card, the export with title,
name, organisation and e-mail in columns of their own, deactivation (told in the person's
language, no more submitting, submissions kept), reactivation, moving to another State with
confirmation, inviting a successor, and a rejection with its reason, in English, French,
Arabic and Chinese."""

from __future__ import annotations

import csv
import io
import zipfile

from emulator import EmulatedUser
from prompts import countries
from storage import audit, directory, invitations, participants
from storage.models import ParticipantStatus
from tests.support.broadcasts import add_submission, sender
from tests.support.comments import focal_point, t
from tests.support.harness import ADMIN_ID, BotBench, texts
from tests.support.registration import admin, buttons
from tests.support.stress import officer


async def _pid(bench: BotBench, user: EmulatedUser) -> int:
    found = await participants.get_by_telegram_id(bench.db, user.id)
    assert found is not None
    return found.id


async def _people(bench: BotBench) -> dict[str, EmulatedUser]:
    made = {
        "en": await focal_point(bench, 8101, country="KE", language="en", name="Amina Wanjiru Odhiambo"),
        "fr": await focal_point(bench, 8102, country="SN", language="fr", name="Aminata Diop"),
        "ar": await focal_point(bench, 8103, country="EG", language="ar", name="أحمد حسن"),
        "zh": await focal_point(bench, 8104, country="CN", language="zh", name="王伟"),
    }
    await participants.update_fields(
        bench.db,
        await _pid(bench, made["en"]),
        title="Deputy Director, Chemicals and Waste",
        organisation="Ministry of Environment",
        email="amina@environment.go.ke",
    )
    return made


async def test_the_directory_by_state_with_search_card_and_export(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    people = await _people(bench)
    clerk = await officer(bench, 8201, language="fr")

    shown = (await bench.send(boss, "/focalpoints"))[-1]
    assert shown.text.startswith("Focal points: 4 (page 1 of 1)")
    # By State, in the English names' order: China, Egypt, Kenya, Senegal.
    order = [shown.text.index(name) for name in ("王伟", "أحمد حسن", "Amina Wanjiru Odhiambo", "Aminata Diop")]
    assert order == sorted(order)
    assert "1. China: 王伟" in shown.text
    assert "Deputy Director, Chemicals and Waste, Ministry of Environment" in shown.text
    assert "amina@environment.go.ke · English · active" in shown.text
    assert buttons(shown)[:4] == ["1", "2", "3", "4"]

    # The officer reads it in French, States in French order (Chine, Égypte, Kenya, Sénégal).
    in_french = (await bench.send(clerk, "/focalpoints"))[-1]
    assert in_french.text.startswith("Correspondants\u00a0: 4 (page 1 sur 1)")
    assert "2. Égypte\u00a0: أحمد حسن" in in_french.text

    found = (await bench.send(boss, "/focalpoints Kenya"))[-1]
    assert "Focal points matching “Kenya”: 1" in found.text and "Amina Wanjiru Odhiambo" in found.text
    by_email = (await bench.send(boss, "/focalpoints AMINA@environment"))[-1]
    assert "Amina Wanjiru Odhiambo" in by_email.text and "Aminata Diop" not in by_email.text
    nothing = (await bench.send(boss, "/focalpoints Nobody At All"))[-1]
    assert nothing.text == t(bench, "en", "fp-none-search", text="Nobody At All")

    await bench.press(boss, "1", message_id=found.message_id)
    assert "Title: Deputy Director, Chemicals and Waste" in found.text
    assert "E-mail: amina@environment.go.ke" in found.text and "Telegram ID: 8101" in found.text
    assert buttons(found) == ["Deactivate", "Move to another State", "Invite a successor", "‹ Back to the list"]
    # An officer sees the card without the admins' acts.
    await bench.send(clerk, "/focalpoints Kenya")
    await bench.press(clerk, "1")
    assert buttons(clerk.transcript[-1]) == ["Inviter un successeur", "‹ Retour à la liste"]

    # The export: title, name, organisation and e-mail in columns of their own.
    await bench.send(boss, "/focalpoints")
    replies = await bench.press(boss, "Export (CSV)")
    (document,) = [m for m in replies if m.document is not None]
    assert document.caption is not None and "4 entries" in document.caption
    rows = list(csv.reader(io.StringIO(document.document.decode("utf-8-sig"))))  # type: ignore[union-attr]
    header = rows[0]
    assert header[:6] == ["Code", "State", "Title", "Name", "Organization", "E-mail"]
    kenya = next(r for r in rows if r[0] == "KE")
    assert kenya[2:6] == [
        "Deputy Director, Chemicals and Waste",
        "Amina Wanjiru Odhiambo",
        "Ministry of Environment",
        "amina@environment.go.ke",
    ]
    assert [r[0] for r in rows[1:]] == ["CN", "EG", "KE", "SN"]
    replies = await bench.press(boss, "Export (XLSX)")
    (workbook,) = [m for m in replies if m.document is not None]
    assert workbook.document_name is not None and workbook.document_name.endswith(".xlsx")
    with zipfile.ZipFile(io.BytesIO(workbook.document or b"")) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
    assert "amina@environment.go.ke" in strings and "Deputy Director, Chemicals and Waste" in strings
    exports = await audit.entries(bench.db, "directory.export")
    assert [e.details["format"] for e in exports] == ["xlsx", "csv"]
    assert all(e.actor_telegram_id == ADMIN_ID for e in exports)
    assert people  # every one listed above


async def test_deactivation_is_told_in_each_language_and_stops_submitting(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    people = await _people(bench)
    kept = await add_submission(bench.db, "SN", await _pid(bench, people["fr"]))

    reasons = {"en": "left-post", "fr": "replaced", "ar": "forwarded-link", "zh": "not-designated"}
    for language in people:
        code = {"en": "KE", "fr": "SN", "ar": "EG", "zh": "CN"}[language]
        card = (await bench.send(boss, f"/focalpoints {countries.name(code, 'en')}"))[-1]
        await bench.press(boss, "1", message_id=card.message_id)
        await bench.press(boss, "Deactivate", message_id=card.message_id)
        assert card.text.startswith("Why is ")
        await bench.press(boss, t(bench, "en", f"reason-{reasons[language]}"), message_id=card.message_id)
        assert card.text.startswith("Deactivate ") and "They will be told, in their language." in card.text
        await bench.press(boss, "Yes, deactivate", message_id=card.message_id)
        assert "has been deactivated and will be told" in card.text
        assert "Status: deactivated" in card.text and buttons(card)[0] == "Reactivate"
    await sender(bench.deps).wait_idle()

    told_texts: dict[str, str] = {}
    for language, user in people.items():
        told = told_texts[language] = user.transcript[-1].text or ""
        code = {"en": "KE", "fr": "SN", "ar": "EG", "zh": "CN"}[language]
        expected = t(
            bench,
            language,
            "fp-you-are-deactivated",
            country=countries.name(code, language, "running"),
            reason=t(bench, language, f"reason-{reasons[language]}"),
        )
        assert told.startswith(expected), (language, told)
        refused = await bench.send(user, "/comment")
        assert t(bench, language, "access-deactivated") in texts(refused), language
        profile = await bench.send(user, "/profile")
        assert t(bench, language, "prof-status-deactivated") in texts(profile), language
    assert "Le Gouvernement a désigné un autre correspondant." in told_texts["fr"]
    assert "أُحيل رابط الدعوة" in told_texts["ar"]
    assert "此人并非有关国家政府指定的人员。" in told_texts["zh"]
    # What they submitted stays.
    assert await bench.db.fetchval("SELECT status FROM submissions WHERE id = ?", (kept,)) == "submitted"

    # Reactivated: told, and may submit again.
    card = (await bench.send(boss, "/focalpoints Senegal"))[-1]
    await bench.press(boss, "1", message_id=card.message_id)
    assert "Deactivated on 10 January 2013 by " in card.text
    await bench.press(boss, "Reactivate", message_id=card.message_id)
    await bench.press(boss, "Yes, reactivate", message_id=card.message_id)
    await sender(bench.deps).wait_idle()
    assert people["fr"].transcript[-1].text == t(
        bench, "fr", "fp-you-are-reactivated", country=countries.name("SN", "fr", "running")
    )
    assert t(bench, "fr", "access-deactivated") not in texts(await bench.send(people["fr"], "/comment"))
    actions = [e.action for e in await audit.search(bench.db, audit.AuditFilter(action="focal_point."), limit=20)]
    assert actions.count("focal_point.deactivated") == 4 and actions[0] == "focal_point.reactivated"


async def test_a_typed_reason_a_move_with_confirmation_and_a_successor(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    people = await _people(bench)
    clerk = await officer(bench, 8202, language="en")
    arabic = people["ar"]
    pid = await _pid(bench, arabic)

    card = (await bench.send(boss, "/focalpoints Egypt"))[-1]
    await bench.press(boss, "1", message_id=card.message_id)
    await bench.press(boss, "Deactivate", message_id=card.message_id)
    await bench.press(boss, "Type another reason", message_id=card.message_id)
    too_long = await bench.send(boss, "x" * 600)
    assert t(bench, "en", "fp-reason-too-long", length=600, max=500) in texts(too_long)
    confirm = (await bench.send(boss, "The Permanent Mission informed us of a change."))[-1]
    assert "Reason: The Permanent Mission informed us of a change." in (confirm.text or "")
    await bench.press(boss, "Yes, deactivate", message_id=confirm.message_id)
    await sender(bench.deps).wait_idle()
    told = arabic.transcript[-1].text or ""
    assert told.startswith(
        t(
            bench,
            "ar",
            "fp-you-are-deactivated",
            country=countries.name("EG", "ar", "running"),
            reason="The Permanent Mission informed us of a change.",
        )
    )
    stored = await participants.get(bench.db, pid)
    assert stored is not None and stored.deactivation_reason == "The Permanent Mission informed us of a change."

    # Move the Chinese focal point to another State: typed, confirmed, audited, told.
    chinese = people["zh"]
    card = (await bench.send(boss, "/focalpoints China"))[-1]
    await bench.press(boss, "1", message_id=card.message_id)
    await bench.press(boss, "Move to another State", message_id=card.message_id)
    unknown = await bench.send(boss, "Atlantis")
    assert "“Atlantis” is not a State or organization that we recognize." in texts(unknown)
    confirm = (await bench.send(boss, "Singapore"))[-1]
    assert (confirm.text or "").startswith("Move 王伟 from China to Singapore?")
    await bench.press(boss, "Yes, move", message_id=confirm.message_id)
    assert "王伟 now represents Singapore." in (confirm.text or "")
    await sender(bench.deps).wait_idle()
    assert chinese.transcript[-1].text == t(
        bench, "zh", "fp-you-are-moved", country=countries.name("SG", "zh", "running")
    )
    moved = await participants.get_by_telegram_id(bench.db, chinese.id)
    assert moved is not None and moved.country_code == "SG"
    (entry,) = await audit.entries(bench.db, "focal_point.moved")
    assert entry.details == {"from_country": "CN", "to_country": "SG"}
    assert (entry.actor_participant_id, entry.actor_telegram_id) == (await _pid(bench, boss), ADMIN_ID)

    # The officer invites a successor for Kenya: a new link for that State, as /invite makes.
    await bench.send(clerk, "/focalpoints Kenya")
    await bench.press(clerk, "1")
    replies = await bench.press(clerk, "Invite a successor")
    assert "https://t.me/" in texts(replies) and any(m.photo for m in replies)
    (link,) = await invitations.list_active(bench.db, bench.clock())
    assert link.country_code == "KE" and link.created_by == clerk.id
    # An officer may not deactivate, even with a forged button.
    kenyan = await _pid(bench, people["en"])
    denied = await bench.do(clerk, lambda: clerk.press_data(f"fp:dyes:{kenyan}:left_post"))
    assert t(bench, "en", "access-denied") in texts(denied)
    still = await participants.get(bench.db, kenyan)
    assert still is not None and still.is_approved_focal_point


async def test_a_rejection_asks_a_reason_sent_in_the_persons_language(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    waiting = {
        "fr": await focal_point(
            bench, 8301, country="SN", language="fr", name="Awa Ndiaye", status=ParticipantStatus.PENDING
        ),
        "ar": await focal_point(
            bench, 8302, country="EG", language="ar", name="منى علي", status=ParticipantStatus.PENDING
        ),
        "zh": await focal_point(
            bench, 8303, country="CN", language="zh", name="李娜", status=ParticipantStatus.PENDING
        ),
        "en": await focal_point(
            bench, 8304, country="KE", language="en", name="John Kamau", status=ParticipantStatus.PENDING
        ),
    }
    for language in waiting:
        listed = (await bench.send(boss, "/pending"))[-1]
        await bench.press(boss, "✗ Reject 1", message_id=listed.message_id)
        assert (listed.text or "").startswith("Why is the registration of ")
        if language == "en":
            await bench.press(boss, "Type another reason", message_id=listed.message_id)
            await bench.send(boss, "Please register with the link sent to your Ministry.")
        else:
            await bench.press(boss, t(bench, "en", "reason-not-government"), message_id=listed.message_id)
    await sender(bench.deps).wait_idle()
    for language, user in waiting.items():
        told = user.transcript[-1].text or ""
        assert (
            t(
                bench,
                language,
                "role-you-are-rejected",
                country=countries.name({"fr": "SN", "ar": "EG", "zh": "CN", "en": "KE"}[language], language, "running"),
            )
            in told
        )
        if language == "en":
            assert told.endswith("Reason: Please register with the link sent to your Ministry.")
        else:
            assert told.endswith(
                t(bench, language, "fp-rejected-reason", reason=t(bench, language, "reason-not-government"))
            )
        found = await participants.get_by_telegram_id(bench.db, user.id)
        assert found is not None and found.status is ParticipantStatus.REJECTED
    assert "Motif\u00a0: Les renseignements fournis ne font pas apparaître un organisme gouvernemental." in (
        waiting["fr"].transcript[-1].text or ""
    )
    assert "السبب: \u2068لا تدل البيانات المقدمة على جهة حكومية.\u2069" in (waiting["ar"].transcript[-1].text or "")
    assert "理由：所提供的信息显示其并非政府机构。" in (waiting["zh"].transcript[-1].text or "")
    rejected = await audit.entries(bench.db, "registration_rejected")
    assert len(rejected) == 4 and all(e.actor_id == ADMIN_ID for e in rejected)
    entry = await directory.get_entry(bench.db, await _pid(bench, waiting["en"]))
    assert entry is not None and entry.rejection_reason == "Please register with the link sent to your Ministry."
