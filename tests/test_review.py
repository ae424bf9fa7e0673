"""The secretariat's workspace through the emulator (issue 15, items 3 and 4): /read and the
State's list from /status show a submission as the country sent it, with its versions and what
changed, its attachments sent again; the review (status, themes, internal notes, a reply the
State's focal points receive in their language); a revision by the country sets a reviewed
submission back to received, and says so."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from emulator import EmulatedUser
from storage import audit, participants, review, submissions
from storage.models import Role
from storage.review import ReviewStatus
from tests.support.broadcasts import add_officer, sender
from tests.support.comments import focal_point, submit_comment
from tests.support.exports import Consultations
from tests.support.harness import BotBench, texts

FIRST = "Kenya supports paragraph 4. Financing should be predictable. Regional centres need support."
SECOND = "Kenya supports paragraph 4. Financing should be predictable and new. Regional centres need support."
PDF = b"%PDF-1.4 Kenya's annex\n" + b"0" * 500


def t(bench: BotBench, language: str, key: str, **args: object) -> str:
    return bench.deps.catalog.t(language, key, **args)


async def officer(bench: BotBench, telegram_id: int = 700_001, language: str = "en") -> EmulatedUser:
    await add_officer(bench.db, telegram_id, language)
    found = await participants.get_by_telegram_id(bench.db, telegram_id)
    assert found is not None
    await participants.update_fields(bench.db, found.id, full_name="Officer Lindqvist")
    return bench.user(telegram_id, language_code=language)


async def test_read_shows_a_submission_as_sent_with_every_version_and_its_attachments(fast: BotBench) -> None:
    bench = fast
    data = Consultations(bench.db, bench.attachments_dir)
    kenya = await data.focal_point("KE", "Amina Odhiambo", title="Ms.", telegram_id=600_101)
    reference = await data.submission(
        kenya,
        "KE",
        FIRST,
        topic="financing",
        paragraph=4,
        proposed_text="Financing shall be predictable.",
        attachments=[("annex.pdf", PDF)],
        at=datetime(2013, 1, 10, 9, 0, tzinfo=UTC),
    )
    clerk = await officer(bench)
    consultation = bench.deps.consultation
    # As first sent: the attachment comes as a document.
    shown = await bench.send(clerk, f"/read {reference.lower()}")
    files = [m for m in shown if m.document is not None]
    assert [m.document_name for m in files] == ["annex.pdf"]
    assert hashlib.sha256(files[0].document or b"").hexdigest() == hashlib.sha256(PDF).hexdigest()
    assert reference in files[0].content and "version 1" in files[0].content
    assert "Attachment: annex.pdf" in texts([m for m in shown if m.document is None])

    await data.revise(reference, SECOND, at=datetime(2013, 1, 12, 9, 0, tzinfo=UTC), paragraph=5)
    shown = await bench.send(clerk, f"/read {reference.lower()}")
    card = texts([m for m in shown if m.document is None])
    assert t(bench, "en", "review-card-title", reference=reference, country="Kenya") in card
    assert "Version 2 of 2" in card and "Amina Odhiambo" in card
    assert "Topic: " + consultation.topic("financing").name.en in card  # type: ignore[union-attr]
    assert "Paragraph 5 of the document:" in card and consultation.document.paragraph(5).text.en in card  # type: ignore[union-attr]
    assert SECOND in card and "Detected language: English (confidence: 99 per cent)" in card
    assert "Review status: Received" in card and "Themes: none" in card
    assert "Attachments: none" in card and not [m for m in shown if m.document is not None]

    changes = texts(await bench.press(clerk, "Versions and changes"))
    assert "As first submitted." in changes
    assert "Paragraph changed: 4 → 5" in changes and "Attachments changed: annex.pdf → none" in changes
    assert "− deleted: Financing should be predictable." in changes
    assert "+ added: Financing should be predictable and new." in changes
    assert "Regional centres need support." not in changes.split("Comment changed:")[1]

    # An unknown or malformed reference, and no reference at all, are answered plainly.
    assert texts(await bench.send(clerk, "/read CW-2013-9999")) == t(
        bench, "en", "review-read-not-found", reference="CW-2013-9999"
    )
    usage = texts(await bench.send(clerk, "/read"))
    assert usage.startswith("Please give the reference") and "CW-2013-0042" in usage


async def test_a_states_submissions_from_status_open_in_the_workspace(fast: BotBench) -> None:
    bench = fast
    data = Consultations(bench.db, bench.attachments_dir)
    kenya = await data.focal_point("KE", "Amina Odhiambo", telegram_id=600_201)
    first = await data.submission(kenya, "KE", "On financing.", topic="financing")
    second = await data.submission(kenya, "KE", "On Basel.", topic="basel")
    await data.submission(kenya, "FR", "Sur Bâle.", topic="basel")
    clerk = await officer(bench, language="fr")

    answer = await bench.send(clerk, "/status Kenya")
    labels = [row[0] for row in answer[-1].buttons]
    assert len(labels) == 2 and labels[0].startswith(first) and labels[1].startswith(second)
    assert all(label.endswith("Reçue") for label in labels)
    opened = texts(await bench.press(clerk, labels[1]))
    assert "On Basel." in opened and "État de l'examen\u00a0: Reçue" in opened


async def test_review_status_themes_notes_and_a_reply_the_state_receives_in_its_languages(fast: BotBench) -> None:
    bench = fast
    amina = await focal_point(bench, 600_301, country="KE", language="en", name="Amina Otieno")
    joseph = await focal_point(bench, 600_302, country="KE", language="fr", name="Joseph Kamau")
    egypt = await focal_point(bench, 600_303, country="EG", language="ar", name="Mona Hassan")
    reference = await submit_comment(bench, amina, language="en")
    clerk = await officer(bench, language="fr")
    await bench.send(clerk, f"/read {reference}")

    await bench.press(clerk, "En cours d'examen")
    found = await submissions.get_by_reference(bench.db, reference)
    assert found is not None
    state = await review.review_of(bench.db, found.id)
    assert state is not None and state.status is ReviewStatus.UNDER_REVIEW
    assert "✓ En cours d'examen" in clerk.chat.latest_with_keyboard().buttons[0][1]  # type: ignore[union-attr]

    # A theme, created from the submission with its names in two languages, and put on it.
    await bench.press(clerk, "Rubriques")
    asked = texts(await bench.press(clerk, "Nouvelle rubrique"))
    assert "langue\u00a0: français" in asked
    made = texts(await bench.send(clerk, "Financement durable\nen: Sustainable financing"))
    assert "La rubrique «\u00a0Financement durable\u00a0» a été créée." in made
    state = await review.review_of(bench.db, found.id)
    assert state is not None and [tag.names for tag in state.tags] == [
        {"fr": "Financement durable", "en": "Sustainable financing"}
    ]
    # The same name again is refused politely, and the step stays open.
    await bench.press(clerk, "Nouvelle rubrique")
    refused = texts(await bench.send(clerk, "financement durable"))
    assert refused == t(bench, "fr", "review-error-tag-taken")
    assert len(await review.tags(bench.db, 1)) == 1
    await bench.send(clerk, "/cancel")

    # An internal note.
    await bench.send(clerk, f"/read {reference}")
    await bench.press(clerk, "Ajouter une note interne")
    assert texts(await bench.send(clerk, "   ")) == t(bench, "fr", "review-error-note-empty")
    saved = texts(await bench.send(clerk, "À rapprocher du rapport de 2012."))
    assert saved == t(bench, "fr", "review-note-saved", reference=reference)

    # A reply: previewed, then sent to both Kenyan focal points, each in their language.
    await bench.press(clerk, "Retour à la contribution")
    asked = texts(await bench.press(clerk, "Répondre au pays"))
    assert "aux 2 correspondants approuvés de cet État" in asked and "anglais et français" in asked
    preview = texts(await bench.send(clerk, "Thank you; paragraph 4 will reflect this."))
    assert "Thank you; paragraph 4 will reflect this." in preview
    await bench.press(clerk, "Envoyer la réponse")
    queued = clerk.transcript[-1].content  # the preview, replaced by what became of it
    assert "en cours d'envoi aux 2 correspondants" in queued
    await sender(bench.deps).wait_idle()
    await bench.settle()
    for user, language in ((amina, "en"), (joseph, "fr")):
        got = [m for m in user.transcript if "Thank you; paragraph 4 will reflect this." in (m.text or "")]
        assert len(got) == 1, language
        heading = t(
            bench,
            language,
            "review-reply-message",
            reference=reference,
            consultation=bench.deps.consultation.title.get(language),
            text="Thank you; paragraph 4 will reflect this.",
        )
        assert got[0].text == heading
    assert not [m for m in egypt.transcript if reference in (m.text or "")]
    # Pressing Send again queues nothing more.
    again = await bench.do(clerk, lambda: clerk.press_data(f"rv:send:{found.id}"))
    assert t(bench, "fr", "button-stale") in texts(again)
    state = await review.review_of(bench.db, found.id)
    assert state is not None and len(state.replies) == 1 and state.replies[0].recipients == 2
    assert [n.text for n in state.notes] == ["À rapprocher du rapport de 2012."]

    # The focal points see neither the note nor the theme anywhere.
    for user in (amina, joseph):
        seen = "\n".join(m.content for m in user.transcript)
        assert "2012" not in seen and "Financement durable" not in seen and "Sustainable financing" not in seen

    # The country revises: the status goes back to received, and the workspace says so.
    await bench.send(amina, "/mycomments")
    detail = texts(await bench.press(amina, amina.chat.latest_with_keyboard().buttons[0][0]))  # type: ignore[union-attr]
    assert "Reply from the secretariat, " in detail and "Thank you; paragraph 4 will reflect this." in detail
    await bench.press(amina, "Revise")
    await bench.press(amina, "Edit")
    await bench.press(amina, "Comment")
    await bench.send(amina, "Kenya supports the cooperation and asks for predictable financing.")
    await bench.press(amina, "My comment is complete")
    await bench.press(amina, "Submit")
    state = await review.review_of(bench.db, found.id)
    assert state is not None and state.status is ReviewStatus.RECEIVED and state.reopened
    card = texts(await bench.send(clerk, f"/read {reference}"))
    assert "État de l'examen\u00a0: Reçue" in card
    assert t(bench, "fr", "review-card-reopened", version=2, previous="En cours d'examen") in card
    history = texts(await bench.press(clerk, "Versions et modifications"))
    assert "En cours d'examen → Reçue, le pays ayant révisé la contribution (version 2)" in history

    actions = [e.action for e in reversed(await audit.entries(bench.db)) if e.action.startswith("review.")]
    assert actions == [
        "review.status",
        "review.tag-create",
        "review.tag",
        "review.note",
        "review.reply",
        "review.reopened",
    ]


async def test_focal_points_and_others_are_refused_the_workspace(fast: BotBench) -> None:
    bench = fast
    data = Consultations(bench.db, bench.attachments_dir)
    kenya = await data.focal_point("KE", "Amina Odhiambo", telegram_id=600_401, language="zh")
    reference = await data.submission(kenya, "KE", "On financing.", topic="financing")
    found = await submissions.get_by_reference(bench.db, reference)
    assert found is not None
    user = bench.user(600_401, language_code="zh")
    refused = t(bench, "zh", "access-denied")
    assert refused in texts(await bench.send(user, f"/read {reference}"))
    assert refused in texts(await bench.send(user, "/tags"))
    for data_ in (f"rv:open:{found.id}", f"rv:set:{found.id}:addressed", f"rv:note:{found.id}", "tg:new:1:0"):
        answer = await bench.do(user, lambda d=data_: user.press_data(d))
        assert refused in texts(answer), data_
    state = await review.review_of(bench.db, found.id)
    assert state is not None and state.status is ReviewStatus.RECEIVED and not state.notes
    person = await participants.get_by_telegram_id(bench.db, 600_401)
    assert person is not None and person.role is Role.FOCAL_POINT


async def test_themes_are_renamed_in_other_languages_and_taken_off_and_a_chinese_officer_reads(
    fast: BotBench,
) -> None:
    bench = fast
    data = Consultations(bench.db, bench.attachments_dir)
    kenya = await data.focal_point("KE", "Amina Odhiambo", telegram_id=600_501)
    reference = await data.submission(kenya, "KE", "On financing.", topic="financing", paragraph=None)
    found = await submissions.get_by_reference(bench.db, reference)
    assert found is not None
    clerk = await officer(bench, 700_501, language="zh")

    await bench.send(clerk, "/tags")
    await bench.press(clerk, "新论题")
    await bench.send(clerk, "资金")
    listing = texts(await bench.send(clerk, "/tags"))
    assert "• 资金：0份提交意见" in listing
    await bench.press(clerk, "重新命名“资金”")
    renamed = texts(await bench.send(clerk, "en: Financing\nfr : Financement"))
    assert renamed.startswith(t(bench, "zh", "review-tag-renamed", name="资金"))
    (theme,) = await review.tags(bench.db, 1)
    assert theme.names == {"zh": "资金", "en": "Financing", "fr": "Financement"}
    # Two names without a language code cannot be told apart: asked again, nothing changed.
    await bench.press(clerk, "重新命名“资金”")
    assert texts(await bench.send(clerk, "资金一\n资金二")) == t(bench, "zh", "review-error-tag-lines")
    await bench.send(clerk, "/cancel")

    card = texts(await bench.send(clerk, f"/read {reference}"))
    assert "段落：无（一般性意见）" in card and "审议状态：已收到" in card and "论题：无" in card
    await bench.press(clerk, "论题")
    await bench.press(clerk, "资金")
    state = await review.review_of(bench.db, found.id)
    assert state is not None and [tag.id for tag in state.tags] == [theme.id]
    assert "✓ 资金" in clerk.chat.latest_with_keyboard().buttons[0][0]  # type: ignore[union-attr]
    await bench.press(clerk, "✓ 资金")
    state = await review.review_of(bench.db, found.id)
    assert state is not None and state.tags == []
    await bench.press(clerk, "返回该提交意见")
    await bench.press(clerk, "已注意到，不采取行动")
    state = await review.review_of(bench.db, found.id)
    assert state is not None and state.status is ReviewStatus.NOTED
    actions = [e.action for e in reversed(await audit.entries(bench.db)) if e.action.startswith("review.")]
    assert actions == ["review.tag-create", "review.tag-rename", "review.tag", "review.untag", "review.status"]
