"""Stories of focal points submitting comments: in each language, long, with documents, across
a restart, revised, withdrawn, after the deadline, verified, and every kind of bad input.

Registration is another flow: approved focal points are created here directly in storage.
Telegram's per-chat flood limit (about one message a second, short bursts tolerated) is
relaxed on the bench: a test types far faster than a person, and the runtime's rate limiter
(which retries a 429) is tested elsewhere. The kill -9 story in test_comments_crash.py keeps
the real limits.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest

from prompts import DEFAULT_CONSULTATION_FILE, LANGUAGES, ConsultationFileError, dated, load_consultation
from storage import Database, attachments, drafts, schedule, submissions
from storage.models import ParticipantStatus
from tests.support.comments import (
    COMMENTS_BY_LANGUAGE,
    COUNTRY_BY_LANGUAGE,
    DOCX_MIME,
    ODT_MIME,
    PDF_MIME,
    client_split,
    docx_bytes,
    draft_of,
    focal_point,
    odt_bytes,
    participant_id,
    pdf_bytes,
    stored_files,
    submit_comment,
    t,
    write_until_preview,
)
from tests.support.harness import ADMIN_ID, BotBench, texts

# -- stories --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_focal_point_submits_a_comment_in_their_language(fast: BotBench, language: str) -> None:
    """Every step, the preview and the receipt are in the focal point's language; the stored
    detection says the comment is in that language."""
    bench = fast
    user = await focal_point(
        bench, 3000 + LANGUAGES.index(language), country=COUNTRY_BY_LANGUAGE[language], language=language
    )
    preview = await write_until_preview(bench, user, language=language, proposed=None)
    assert t(bench, language, "comment-preview-title") in texts(preview)
    assert COMMENTS_BY_LANGUAGE[language] in texts(preview)
    paragraph_five = bench.deps.consultation.document.paragraph(5).text.get(language)  # type: ignore[union-attr]
    assert any(paragraph_five in (m.text or "") for m in user.transcript), "the paragraph is shown back"

    receipt = texts(await bench.press(user, t(bench, language, "comment-btn-submit")))

    stored = await submissions.for_country(bench.db, COUNTRY_BY_LANGUAGE[language])
    assert len(stored) == 1
    submission, version = stored[0]
    assert submission.reference == "CW-2013-0001"
    assert (version.topic_id, version.comment_type_id, version.paragraph) == ("basel", "specific", 5)
    assert version.comment == COMMENTS_BY_LANGUAGE[language]
    assert version.language == language
    assert version.language_probability is not None and version.language_probability > 0.8
    # The time in Nairobi's and, where it differs, in the focal point's country's; then the facts.
    country = COUNTRY_BY_LANGUAGE[language]
    consultation = bench.deps.consultation
    when = dated.moment(consultation, language, version.submitted_at, country)
    recorded = t(
        bench,
        language,
        "comment-receipt",
        reference=submission.reference,
        version=1,
        time=when,
        fingerprint=version.fingerprint,
    )
    assert receipt == recorded + "\n\n" + dated.facts(bench.deps.catalog, consultation, language, country)
    assert len(version.fingerprint) == 64
    assert await draft_of(bench, user) is None


async def test_a_long_paste_arrives_in_four_messages_and_is_joined_in_order(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 3100)
    sentence = "The secretariat should publish an annual synthesis of national experiences. "
    long_comment = (sentence * 200)[:15_000].strip()
    pieces = client_split(long_comment)
    assert len(pieces) == 4 and all(len(p) <= 4096 for p in pieces)

    await bench.send(user, "/comment")
    await bench.press(user, "General remarks")
    await bench.press(user, "Strategic and policy consideration")
    await bench.press(user, "No specific paragraph")
    seen = []
    for piece in pieces:
        seen.append(texts(await bench.send(user, piece)))
    for count, reply in enumerate(seen, start=1):
        length = f"{len(' '.join(pieces[:count])):,}"
        assert f"now has {length} characters (maximum 20,000); number of messages: {count}" in reply
    assert "now has 15,000 characters" in seen[-1]
    draft = await draft_of(bench, user)
    assert draft is not None and draft.data.comment == long_comment

    # A fifth message still fits; a sixth would pass the maximum: refused, nothing is lost.
    addendum = ("Annex: list of national institutions consulted. " * 90)[:3900].strip()
    assert "18,901 characters" in texts(await bench.send(user, addendum))
    refused = texts(await bench.send(user, addendum))
    assert "22,802 characters, above the maximum of 20,000" in refused
    assert "The text received before is kept (18,901 characters)" in refused
    long_comment = long_comment + "\n\n" + addendum
    draft = await draft_of(bench, user)
    assert draft is not None and draft.data.comment == long_comment

    await bench.press(user, "My comment is complete")
    await bench.press(user, "No proposed text")
    preview = texts(await bench.press(user, "No attachment"))
    assert "Comment (18,901 characters): (shortened here" in preview
    full = texts(await bench.press(user, "Show the full text"))
    assert "".join(long_comment.split()) in "".join(full.split())
    await bench.press(user, "Submit")
    _submission, version = (await submissions.for_country(bench.db, "KE"))[0]
    assert version.comment == long_comment
    assert version.language == "en"


async def test_documents_are_checked_kept_and_checksummed(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 3200, language="es", country="CL")
    await bench.send(user, "/comment")
    await bench.press(user, "Opciones de financiación")
    await bench.press(user, "Opción de cooperación y coordinación")
    await bench.press(user, "Ningún párrafo en particular")
    await bench.send(user, COMMENTS_BY_LANGUAGE["es"])
    await bench.press(user, "Mi observación está completa")
    await bench.press(user, "Sin texto propuesto")

    report, annex, note = pdf_bytes(250_000), docx_bytes(), odt_bytes()
    received = texts(await bench.do(user, lambda: user.send_document(report, "Observaciones Chile.pdf", PDF_MIME)))
    assert "Documento recibido: Observaciones Chile.pdf" in received
    assert hashlib.sha256(report).hexdigest() in received
    await bench.do(user, lambda: user.send_document(annex, "Anexo.docx", DOCX_MIME))
    await bench.do(user, lambda: user.send_document(note, "Nota.odt", ODT_MIME))

    refusals = {
        "type": lambda: user.send_document(b"MZ\x90\x00binary", "setup.exe", "application/x-msdownload"),
        "image": lambda: user.send_document(b"\x89PNG\r\n\x1a\nxx", "scan.png", "image/png"),
        "content": lambda: user.send_document(b"<html>not a pdf</html>", "informe.pdf", PDF_MIME),
        "mime": lambda: user.send_document(pdf_bytes(), "informe.pdf", "text/plain"),
        "fake-docx": lambda: user.send_document(b"PK\x03\x04not really a zip", "anexo2.docx", DOCX_MIME),
        "too-big": lambda: user.send_document(b"%PDF-" + bytes(21 * 1024 * 1024), "enorme.pdf", PDF_MIME),
        "photo": lambda: user.send_photo(),
        "text": lambda: user.send_text("Adjunto el informe"),
        "sticker": lambda: user.send_sticker(),
    }
    answers = {name: texts(await bench.do(user, action)) for name, action in refusals.items()}
    assert "solo se aceptan documentos PDF, DOC, DOCX y ODT" in answers["type"]
    assert "solo se aceptan documentos PDF, DOC, DOCX y ODT" in answers["image"]
    assert "solo se aceptan documentos PDF, DOC, DOCX y ODT" in answers["mime"]
    assert "su contenido no es un documento" in answers["content"]
    assert "su contenido no es un documento" in answers["fake-docx"]
    assert "más de 20 MB" in answers["too-big"]
    assert "No se pueden adjuntar fotografías" in answers["photo"]
    for name in ("text", "sticker"):
        assert "envíe los documentos como archivos" in answers[name]
    assert all("Documentos adjuntos: 3" in answer for answer in answers.values()), "nothing lost"

    # A document sent twice is kept once; one can be removed again.
    await bench.do(user, lambda: user.send_document(b"%PDF-1.7 temporary", "borrador.pdf", PDF_MIME))
    await bench.press(user, "Quitar borrador.pdf")
    preview = texts(await bench.press(user, "Continuar"))
    assert "Archivos adjuntos (3):" in preview and "borrador.pdf" not in preview
    await bench.press(user, "Enviar")

    _submission, version = (await submissions.for_country(bench.db, "CL"))[0]
    assert [a.file_name for a in version.attachments] == ["Observaciones Chile.pdf", "Anexo.docx", "Nota.odt"]
    for attachment, sent in zip(version.attachments, (report, annex, note), strict=True):
        assert attachment.sha256 == hashlib.sha256(sent).hexdigest()
        assert attachment.size == len(sent)
    stored = stored_files(bench.deps.attachments_dir)
    assert sorted(stored.values()) == sorted(hashlib.sha256(sent).hexdigest() for sent in (report, annex, note))
    assert stored[version.attachments[0].storage_path] == version.attachments[0].sha256
    # (the removed draft document was deleted: only the three submitted files are kept)


async def test_a_restart_in_the_middle_of_a_draft_loses_nothing(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 3300, language="fr", country="SN")
    await bench.send(user, "/comment")
    await bench.press(user, "Convention de Rotterdam")
    await bench.press(user, "Considération stratégique et politique")
    await bench.send(user, "§ 7")
    await bench.send(user, "Première partie de notre observation sur le calendrier des réunions.")

    await bench.restart()
    bench.emu.limits.per_chat_burst = 1000

    reply = texts(await bench.send(user, "Seconde partie : nous proposons une réunion en ligne préalable."))
    assert "nombre de messages\u00a0: 2" in reply
    await bench.press(user, "Mon observation est complète")

    await bench.restart()
    bench.emu.limits.per_chat_burst = 1000

    # After a restart, /comment offers the open draft instead of losing it.
    offer = texts(await bench.send(user, "/comment"))
    assert "observation inachevée" in offer
    resumed = texts(await bench.press(user, "Poursuivre mon brouillon"))
    assert "Étape 5 sur 6" in resumed
    await bench.press(user, "Aucun texte proposé")
    await bench.press(user, "Aucune pièce jointe")
    await bench.press(user, "Soumettre")
    _submission, version = (await submissions.for_country(bench.db, "SN"))[0]
    assert version.paragraph == 7
    assert version.comment == (
        "Première partie de notre observation sur le calendrier des réunions.\n\n"
        "Seconde partie : nous proposons une réunion en ligne préalable."
    )
    assert version.language == "fr"


async def test_a_conversation_state_behind_the_draft_still_keeps_what_is_typed(fast: BotBench) -> None:
    """A crash between writing the draft and flushing the conversation state leaves the state
    one step behind: the next message still goes where the draft is."""
    bench = fast
    user = await focal_point(bench, 3350)
    await bench.send(user, "/comment")
    await bench.press(user, "SAICM")
    await bench.press(user, "Specific comment on the report")
    await bench.send(user, "4")
    await bench.send(user, "First part of our comment.")
    await bench.stop_bot()
    db = await Database.open(bench.database_path)
    try:
        await db.execute("UPDATE ptb_conversations SET state = ? WHERE name = 'comments'", ('"paragraph"',))
        assert await db.fetchval("SELECT state FROM ptb_conversations WHERE name = 'comments'") == '"paragraph"'
    finally:
        await db.close()
    await bench.start_bot()
    bench.emu.limits.per_chat_burst = 1000

    reply = texts(await bench.send(user, "Second part: this is not a paragraph number."))
    assert "number of messages: 2" in reply
    await bench.press(user, "My comment is complete")
    draft = await draft_of(bench, user)
    assert draft is not None and draft.step == "proposed" and draft.data.paragraph == 4
    assert draft.data.comment == "First part of our comment.\n\nSecond part: this is not a paragraph number."


async def test_every_part_can_be_edited_from_the_preview(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 3400)
    await write_until_preview(bench, user, proposed="Replace paragraph 5 with our text.")
    await bench.press(user, "Edit")
    await bench.press(user, "Topic")
    await bench.press(user, "Mercury instrument negotiations")
    await bench.press(user, "Edit")
    await bench.press(user, "Paragraph")
    await bench.press(user, "No specific paragraph")
    await bench.press(user, "Edit")
    await bench.press(user, "Comment")
    await bench.send(user, "We support the mercury negotiations and ask for a clear timetable.")
    await bench.press(user, "My comment is complete")
    await bench.press(user, "Edit")
    await bench.press(user, "Proposed text")
    preview = texts(await bench.press(user, "Remove the proposed text"))
    assert "Topic: Mercury instrument negotiations" in preview
    assert "Paragraph of the report: none" in preview
    assert "Proposed text: none" in preview
    assert "We support the mercury negotiations" in preview
    await bench.press(user, "Submit")
    _submission, version = (await submissions.for_country(bench.db, "KE"))[0]
    assert (version.topic_id, version.paragraph, version.proposed_text) == ("mercury", None, None)
    assert version.comment == "We support the mercury negotiations and ask for a clear timetable."


async def test_a_country_revises_then_withdraws_its_submission(fast: BotBench) -> None:
    """Any focal point of the country sees it; a revision is a new version; withdrawing keeps it."""
    bench = fast
    first = await focal_point(bench, 3500, country="KZ", language="ru", name="Айгуль Серикова")
    colleague = await focal_point(bench, 3501, country="KZ", language="en", name="Daniyar Abenov")
    outsider = await focal_point(bench, 3502, country="KE")
    reference = await submit_comment(bench, first, language="ru")

    listing = await bench.send(colleague, "/mycomments")
    assert "Kazakhstan" in texts(listing) and reference in listing[-1].buttons[0][0]
    assert "No comment has been submitted for Kenya" in texts(await bench.send(outsider, "/mycomments"))

    detail = texts(await bench.press(colleague, reference))
    assert "version 1 of 1" in detail and "Айгуль Серикова" in detail and "Language detected: Russian" in detail
    await bench.press(colleague, "Revise")
    await bench.press(colleague, "Edit")
    await bench.press(colleague, "Comment")
    await bench.send(colleague, "Kazakhstan supports the synergies process and asks for regional centres to be funded.")
    await bench.press(colleague, "My comment is complete")
    receipt = texts(await bench.press(colleague, "Submit"))
    assert "new version of your country's comment" in receipt and "Version: 2" in receipt

    submission = await submissions.get_by_reference(bench.db, reference)
    assert submission is not None and submission.current_version == 2
    versions = await submissions.versions(bench.db, submission.id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].comment == COMMENTS_BY_LANGUAGE["ru"] and versions[0].language == "ru"
    assert versions[1].language == "en"
    assert versions[0].fingerprint != versions[1].fingerprint
    assert versions[1].participant_id == await participant_id(bench, colleague)

    # The outsider cannot open, revise or withdraw it even with a forged button.
    forged = texts(await bench.do(outsider, lambda: outsider.press_data(f"mc:open:{submission.id}")))
    assert "no longer valid" in forged
    await bench.do(outsider, lambda: outsider.press_data(f"mc:wdyes:{submission.id}"))
    await bench.do(outsider, lambda: outsider.press_data(f"cm:revise:{submission.id}"))
    assert (await submissions.get(bench.db, submission.id)).status == "submitted"  # type: ignore[union-attr]

    await bench.send(first, "/mycomments")
    await bench.press(first, reference)
    await bench.press(first, "Отозвать")
    done = texts(await bench.press(first, "Да, отозвать"))
    assert f"{reference} отозвано" in done
    withdrawn = await submissions.get(bench.db, submission.id)
    assert withdrawn is not None and withdrawn.status == "withdrawn" and withdrawn.withdrawn_at is not None
    assert len(await submissions.versions(bench.db, submission.id)) == 2, "kept in the record"
    listing = await bench.send(colleague, "/mycomments")
    assert "withdrawn" in listing[-1].buttons[0][0]
    verified = texts(await bench.send(colleague, f"/verify {reference}"))
    assert "still matches" in verified and "withdrawn on" in verified


async def test_two_focal_points_revising_at_once_both_versions_are_kept(fast: BotBench) -> None:
    bench = fast
    alice = await focal_point(bench, 3600, country="FR", language="fr", name="Alice Martin")
    bruno = await focal_point(bench, 3601, country="FR", language="fr", name="Bruno Petit")
    reference = await submit_comment(bench, alice, language="fr")
    submission = await submissions.get_by_reference(bench.db, reference)
    assert submission is not None

    for user, text in (
        (alice, "Version d'Alice : nous insistons sur le financement."),
        (bruno, "Version de Bruno : nous insistons sur les questions nouvelles."),
    ):
        await bench.send(user, "/mycomments")
        await bench.press(user, reference)
        await bench.press(user, "Réviser")
        await bench.press(user, "Modifier")
        await bench.press(user, "Observation")
        await bench.send(user, text)
        await bench.press(user, "Mon observation est complète")

    await bench.press(alice, "Soumettre")
    second = texts(await bench.press(bruno, "Soumettre"))
    assert "a également révisé" in second and "version 3" in second
    versions = await submissions.versions(bench.db, submission.id)
    assert [v.comment for v in versions] == [
        COMMENTS_BY_LANGUAGE["fr"],
        "Version d'Alice : nous insistons sur le financement.",
        "Version de Bruno : nous insistons sur les questions nouvelles.",
    ]


async def test_a_revision_of_a_submission_withdrawn_meanwhile_can_become_a_new_comment(fast: BotBench) -> None:
    bench = fast
    alice = await focal_point(bench, 3650)
    bob = await focal_point(bench, 3651, name="Bob Kamau")
    reference = await submit_comment(bench, alice)
    await bench.send(bob, "/mycomments")
    await bench.press(bob, reference)
    await bench.press(bob, "Revise")
    await bench.send(alice, "/mycomments")
    await bench.press(alice, reference)
    await bench.press(alice, "Withdraw")
    await bench.press(alice, "Yes, withdraw it")
    refused = texts(await bench.press(bob, "Submit"))
    assert "was withdrawn by a focal point of your country" in refused
    await bench.press(bob, "Submit as a new comment")
    receipt = texts(await bench.press(bob, "Submit"))
    assert "CW-2013-0002" in receipt


async def test_revise_while_another_comment_is_being_written_offers_the_choice(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 3660)
    reference = await submit_comment(bench, user)
    await bench.send(user, "/comment")
    await bench.press(user, "Rio+20 outcome")
    await bench.send(user, "/mycomments")
    await bench.press(user, reference)
    offer = texts(await bench.press(user, "Revise"))
    assert "unfinished comment (topic: Rio+20 outcome" in offer
    revision = texts(await bench.press(user, "Discard it and start again"))
    assert f"You are revising {reference}" in revision and "version 2" in revision
    draft = await draft_of(bench, user)
    assert draft is not None and draft.submission_id is not None and draft.step == "preview"
    receipt = texts(await bench.press(user, "Submit"))
    assert "Version: 2" in receipt


async def test_after_the_deadline_the_consultation_is_closed_politely(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 3700)
    reference = await submit_comment(bench, user)
    await write_until_preview(bench, user, comment="A second comment, written just before the deadline.")

    deadline = bench.deps.consultation.dates.deadline
    bench.clock.set(deadline + timedelta(minutes=1))
    closed = "The consultation closed on 25 January 2013, 18:00 (Nairobi time)"
    assert closed in texts(await bench.press(user, "Submit"))
    assert closed in texts(await bench.send(user, "/comment"))
    await bench.send(user, "/mycomments")
    await bench.press(user, reference)
    assert "closed on 25 January 2013, 18:00" in texts(await bench.press(user, "Withdraw"))
    assert "closed on 25 January 2013" in texts(await bench.do(user, lambda: user.press_data("cm:revise:1")))
    assert await submissions.count(bench.db) == 1
    assert await draft_of(bench, user) is not None, "the unsent draft is kept"

    # The secretariat extends the deadline: the kept draft can be submitted.
    await schedule.save(bench.db, schedule.ScheduleOverrides(deadline=deadline + timedelta(days=3)), actor_id=None)
    offer = texts(await bench.send(user, "/comment"))
    assert "unfinished comment" in offer
    await bench.press(user, "Continue my draft")
    receipt = texts(await bench.press(user, "Submit"))
    assert "CW-2013-0002" in receipt
    assert await submissions.count(bench.db) == 2


async def test_verify_detects_a_record_altered_behind_the_bots_back(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 3800, country="CN", language="zh")
    outsider = await focal_point(bench, 3801, country="KE")
    staff = bench.user(ADMIN_ID)
    await bench.send(user, "/comment")
    await bench.press(user, "《巴塞尔公约》")
    await bench.press(user, "对报告的具体意见")
    await bench.press(user, "无具体段落")
    await bench.send(user, COMMENTS_BY_LANGUAGE["zh"])
    await bench.press(user, "我的意见已写完")
    await bench.press(user, "无拟议案文")
    await bench.do(user, lambda: user.send_document(pdf_bytes(), "意见.pdf", PDF_MIME))
    await bench.press(user, "继续")
    await bench.press(user, "提交")
    submission, version = (await submissions.for_country(bench.db, "CN"))[0]
    reference = submission.reference

    intact = texts(await bench.send(user, f"/verify {reference.lower()}"))
    assert version.fingerprint in intact and "✓" in intact
    assert "still matches" in texts(await bench.send(staff, f"/verify {reference}"))
    assert "No submission with the reference" in texts(await bench.send(outsider, f"/verify {reference}"))
    assert "/verify CW-2013-0042" in texts(await bench.send(user, "/verify"))

    await bench.db.execute(
        "UPDATE submission_versions SET comment = ? WHERE id = ?", ("我们反对任何合作。", version.id)
    )
    altered = texts(await bench.send(user, f"/verify {reference}"))
    assert "✗" in altered and version.fingerprint in altered
    assert "ALTERED" in texts(await bench.send(staff, f"/verify {reference}"))

    await bench.db.execute("UPDATE submission_versions SET comment = ? WHERE id = ?", (version.comment, version.id))
    assert "✓" in texts(await bench.send(user, f"/verify {reference}"))
    stored_file = attachments.resolve(bench.deps.attachments_dir, version.attachments[0])
    stored_file.write_bytes(b"%PDF-1.4 a different document")
    assert "an attached document has changed" in texts(await bench.send(staff, f"/verify {reference}"))


async def test_submit_pressed_twice_records_one_submission(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 3900)
    preview = await write_until_preview(bench, user)
    submit_data = next(d for row in preview[-1].button_data for d in row if d.startswith("cm:submit:"))
    await bench.press(user, "Submit")
    again = texts(await bench.do(user, lambda: user.press_data(submit_data, message_id=preview[-1].message_id)))
    assert "already been submitted" in again and "CW-2013-0001" in again
    assert await submissions.count(bench.db) == 1


async def test_cancel_asks_before_discarding(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 4000, language="ar", country="EG")
    await bench.send(user, "/comment")
    await bench.press(user, "اتفاقية بازل")
    asked = await bench.send(user, "/cancel")
    assert t(bench, "ar", "comment-cancel-confirm") in texts(asked)
    kept = texts(await bench.press(user, t(bench, "ar", "comment-btn-keep-draft")))
    assert t(bench, "ar", "comment-draft-kept-continue") in kept
    draft = await draft_of(bench, user)
    assert draft is not None and draft.data.topic_id == "basel"
    await bench.send(user, "/cancel")
    await bench.press(user, t(bench, "ar", "comment-btn-discard"))
    assert await draft_of(bench, user) is None


async def test_bad_input_is_answered_kindly_and_loses_nothing(fast: BotBench) -> None:
    bench = fast
    user = await focal_point(bench, 4100, language="fr", country="BE")
    await bench.send(user, "/comment")
    at_topic = {
        "sticker": user.send_sticker,
        "photo": user.send_photo,
        "voice": user.send_voice,
        "location": lambda: user.send_location(50.85, 4.35),
        "contact": lambda: user.send_contact("+32 2 000 00 00", "Claire"),
        "text": lambda: user.send_text("Bâle"),
    }
    for action in at_topic.values():
        answer = texts(await bench.do(user, action))
        assert "Veuillez répondre à l'aide des boutons" in answer and "Étape 1 sur 6" in answer
    await bench.press(user, "Convention de Bâle")
    # An old button (the topic message lost its buttons, so press its data) and forged data.
    stale = texts(await bench.do(user, lambda: user.press_data("cm:topic:saicm")))
    assert "Ce bouton correspond à une étape précédente" in stale and "Étape 2 sur 6" in stale
    forged = texts(await bench.do(user, lambda: user.press_data("cm:type:../../etc")))
    assert "Étape 2 sur 6" in forged
    await bench.do(user, lambda: user.press_data("cm:nonsense"))
    await bench.press(user, "Observation précise sur le rapport")
    assert "n'a pas de paragraphe «\u00a012\u00a0»" in texts(await bench.send(user, "12"))
    assert "n'a pas de paragraphe «\u00a0deux\u00a0»" in texts(await bench.send(user, "deux"))
    await bench.send(user, "2")
    assert "Ce message est vide" in texts(await bench.send(user, "   "))
    assert "je ne peux lire que du texte" in texts(await bench.do(user, user.send_sticker))
    assert "je ne peux lire que du texte" in texts(await bench.do(user, lambda: user.send_document(pdf_bytes())))
    await bench.send(user, "Notre observation sur le paragraphe 2.")
    too_long = texts(await bench.send(user, "x" * 4096 * 5))
    assert "dépasserait le maximum" in too_long or "au-delà du maximum" in too_long

    # /comment while this draft is open: offered to continue it.
    offer = texts(await bench.send(user, "/comment"))
    assert "observation inachevée" in offer
    assert "Veuillez répondre à l'aide des boutons" in texts(await bench.send(user, "oui"))
    resumed = texts(await bench.press(user, "Poursuivre mon brouillon"))
    assert "nombre de messages\u00a0: 1" in resumed

    draft = await draft_of(bench, user)
    assert draft is not None
    assert (draft.data.topic_id, draft.data.comment_type_id, draft.data.paragraph) == ("basel", "specific", 2)
    assert draft.data.comment == "Notre observation sur le paragraphe 2."


@pytest.mark.parametrize(
    ("status", "key"),
    [(None, "access-not-registered"), (ParticipantStatus.PENDING, "access-pending")],
)
async def test_only_approved_focal_points_may_comment(
    fast: BotBench, status: ParticipantStatus | None, key: str
) -> None:
    bench = fast
    user = bench.user(4200, language_code="ru")
    if status is not None:
        user = await focal_point(bench, 4200, language="ru", country="RU", status=status)
    expected = t(bench, "ru", key)
    assert expected in texts(await bench.send(user, "/comment"))
    assert expected in texts(await bench.send(user, "/mycomments"))
    assert expected in texts(await bench.do(user, lambda: user.press_data("menu:comment")))
    assert await submissions.count(bench.db) == 0
    assert await bench.db.fetchval("SELECT COUNT(*) FROM comment_drafts") == 0


async def test_the_language_profiles_start_loading_at_start_up(fast: BotBench) -> None:
    assert fast.deps.detector._loading is not None


# -- the pieces behind the stories ----------------------------------------------------------


def test_message_parts_are_joined_as_the_user_meant_them() -> None:
    long_latin, long_chinese = "a" * 4050 + " end.", "合作" * 2030
    assert drafts.join_parts([]) == ""
    assert drafts.join_parts(["First point.", "Second point."]) == "First point.\n\nSecond point."
    assert drafts.join_parts([long_latin, "Next sentence."]) == long_latin + " Next sentence."
    assert drafts.join_parts([long_chinese, "协调。"]) == long_chinese + "协调。"


@pytest.mark.parametrize(
    ("typed", "reference"),
    [
        ("CW-2013-0042", "CW-2013-0042"),
        ("cw-2013-42", "CW-2013-0042"),
        (" CW 2013 0042 ", "CW-2013-0042"),
        ("CW–2013–7", "CW-2013-0007"),
        ("42", None),
        ("CW-13-42", None),
        ("'; DROP TABLE submissions; --", None),
    ],
)
def test_references_are_read_leniently(typed: str, reference: str | None) -> None:
    assert submissions.normalize_reference(typed) == reference


def test_documents_must_agree_by_name_type_and_content() -> None:
    assert attachments.check_declared("a.PDF", "application/pdf", 10) is None
    assert attachments.check_declared("a.pdf", "application/msword", 10) == attachments.Refusal.TYPE
    assert attachments.check_declared("a", "application/pdf", 10) == attachments.Refusal.TYPE
    assert attachments.check_declared("a.odt", ODT_MIME, 21 * 1024 * 1024) == attachments.Refusal.TOO_BIG
    assert attachments.check_content("a.pdf", pdf_bytes()) is None
    assert attachments.check_content("a.docx", docx_bytes()) is None
    assert attachments.check_content("a.odt", odt_bytes()) is None
    assert attachments.check_content("a.doc", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(100)) is None
    assert attachments.check_content("a.odt", docx_bytes()) == attachments.Refusal.CONTENT
    assert attachments.check_content("a.docx", odt_bytes()) == attachments.Refusal.CONTENT
    assert attachments.check_content("a.doc", pdf_bytes()) == attachments.Refusal.CONTENT
    assert attachments.check_content("a.pdf", b"") == attachments.Refusal.EMPTY


def test_a_misspelt_placeholder_in_the_invitation_is_refused_at_start_up(tmp_path: Path) -> None:
    broken = tmp_path / "consultation.toml"
    broken.write_text(
        DEFAULT_CONSULTATION_FILE.read_text(encoding="utf-8").replace("meeting on {meeting}", "meeting on {meetng}", 1),
        encoding="utf-8",
    )
    with pytest.raises(ConsultationFileError, match=r"renewed_invitation: .*\{deadline\} and \{meeting\}"):
        load_consultation(broken)


async def test_a_paragraph_typed_with_other_digits_is_understood_or_refused_politely(fast: BotBench) -> None:
    """Found by the hostile-input run: '6³' crashed the paragraph step ('³' is a digit to
    str.isdigit but not to int). Arabic-Indic digits are numbers; superscripts are not."""
    user = await focal_point(fast, 47_001, country="EG", language="ar")
    await fast.send(user, "/comment")
    await fast.press(user, fast.deps.consultation.topics[0].name.get("ar"))
    await fast.press(user, fast.deps.consultation.comment_types[0].name.get("ar"))
    await fast.send(user, "6³")
    draft = await draft_of(fast, user)
    assert draft is not None and draft.step == "comment" and draft.data.paragraph == 6
