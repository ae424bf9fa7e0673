"""Links naming a consultation when several are open to a State: /invites and /letters give one
per consultation (as /invite does), and a `/start cN` opened by someone not yet registered is
kept through the registration, so that the approval leads to commenting on consultation N."""

from __future__ import annotations

import csv
import io
import zipfile

from storage import drafts, participants
from storage.models import ParticipantStatus
from tests.support.harness import BotBench, texts
from tests.support.registration import Answers, admin, buttons, invite, register, t
from tests.test_consultations_scoped import open_second, second_title


async def test_invites_and_letters_give_a_link_per_consultation_open_to_the_state(bench: BotBench) -> None:
    second = await open_second(bench, invited=["KE"])
    officer = await admin(bench)
    kenya = await invite(bench, officer, "Kenya 2 30")
    france = await invite(bench, officer, "France 1 30")

    listed = texts(await bench.send(officer, "/invites"))
    assert f"{kenya.link}-c1" in listed and f"{kenya.link}-c{second}" in listed
    assert t(bench, "en", "inv-link-for-consultation", id=second, title=second_title(bench), link="") in listed
    # France is invited to the first consultation only: its plain link, nothing more.
    assert france.link in listed and f"{france.link}-c" not in listed

    replies = await bench.send(officer, "/letters KE FR")
    (message,) = [m for m in replies if m.document is not None]
    archive = zipfile.ZipFile(io.BytesIO(message.document))
    rows = {row["code"]: row for row in csv.DictReader(io.StringIO(archive.read("letters.csv").decode("utf-8-sig")))}
    kenya_links = rows["KE"]["links_per_consultation"].splitlines()
    assert [line.rsplit(" ", 1)[1] for line in kenya_links] == [
        f"{rows['KE']['link']}-c1",
        f"{rows['KE']['link']}-c{second}",
    ]
    assert kenya_links[1].startswith(f"To go straight to consultation no. {second}, {second_title(bench)}")
    assert rows["FR"]["links_per_consultation"] == ""
    assert "links_per_consultation gives a link for each" in archive.read("README.txt").decode("utf-8-sig")


async def test_a_link_naming_a_consultation_is_kept_through_a_registration_the_staff_approve(bench: BotBench) -> None:
    second = await open_second(bench, invited=["KE"])
    officer = await admin(bench)
    applicant = bench.user(8601, language_code="fr")
    await register(bench, applicant, "fr", token=f"c{second}", answers=Answers(country="Kenya"))

    # Kept in the participant's row (not in memory) while the registration waits.
    waiting = await participants.get_by_telegram_id(bench.db, applicant.id)
    assert waiting is not None and waiting.status is ParticipantStatus.PENDING
    assert waiting.named_consultation_id == second

    notice = officer.transcript[-1]
    await bench.press(officer, "✓ Approve", message_id=notice.message_id)
    told = applicant.transcript[-1]
    title = second_title(bench, "fr")
    assert t(bench, "fr", "reg-named-consultation", id=second, title=title) in told.text
    assert buttons(told)[0] == t(bench, "fr", "reg-named-consultation-button")
    approved = await participants.get_by_telegram_id(bench.db, applicant.id)
    assert approved is not None and approved.named_consultation_id is None  # offered once

    opened = texts(await bench.press(applicant, t(bench, "fr", "reg-named-consultation-button")))
    assert t(bench, "fr", "comment-intro", title=title) in opened
    draft = await drafts.get(bench.db, approved.id)
    assert draft is not None and draft.consultation_id == second


async def test_without_a_named_consultation_the_approval_offers_none(bench: BotBench) -> None:
    await open_second(bench, invited=["KE"])
    officer = await admin(bench)
    applicant = bench.user(8602)
    await register(bench, applicant, "en", answers=Answers(country="Kenya"))
    await bench.press(officer, "✓ Approve", message_id=officer.transcript[-1].message_id)
    told = applicant.transcript[-1]
    assert t(bench, "en", "reg-named-consultation-button") not in buttons(told)
    assert "approved by the secretariat" in (told.text or "") and "Submit a comment" in buttons(told)


async def test_a_named_consultation_is_kept_when_the_registration_is_then_approved_by_a_link(bench: BotBench) -> None:
    second = await open_second(bench, invited=["KE"])
    officer = await admin(bench)
    invited = await invite(bench, officer, "Kenya 1 30")
    newcomer = bench.user(8603)
    await bench.send(newcomer, f"/start c{second}")
    await bench.press(newcomer, "English")
    # Later, the letter's plain link: the registration resumes, the consultation still named.
    await bench.send(newcomer, f"/start {invited.token}")
    answers = Answers()
    seen = []
    for typed in (answers.name, answers.title, answers.organisation, answers.email):
        seen += await bench.send(newcomer, typed)
    seen += await bench.press(newcomer, t(bench, "en", "reg-consent-yes"))
    seen += await bench.press(newcomer, t(bench, "en", "reg-confirm"))
    shown = texts(seen)
    assert t(bench, "en", "reg-done-approved", country="Kenya") in shown
    assert t(bench, "en", "comment-intro", title=second_title(bench)) in shown
    approved = await participants.get_by_telegram_id(bench.db, newcomer.id)
    assert approved is not None and approved.named_consultation_id is None
    draft = await drafts.get(bench.db, approved.id)
    assert draft is not None and draft.consultation_id == second
