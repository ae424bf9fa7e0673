"""storage/review.py through a real database: statuses and their history, the country's revision
setting a reviewed submission back to received, tags per consultation, notes, replies queued for
the State's focal points in the outbox, and the filters the workspace and the exports use."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage import Database, broadcasts, drafts, participants, review, submissions
from storage.drafts import DraftData
from storage.models import Participant, Role
from storage.review import ChangeReason, ReviewError, ReviewStatus
from tests.support.exports import Consultations

NOW = datetime(2013, 1, 15, 9, 0, tzinfo=UTC)


async def officer(db: Database, telegram_id: int = 900) -> Participant:
    person = await participants.ensure(db, telegram_id, telegram_id, "fr")
    return await participants.update_fields(db, person.id, role=Role.SECRETARIAT, status="approved")


@pytest.fixture
async def db(tmp_path: Path) -> Database:
    database = await Database.open(tmp_path / "review.sqlite3")
    yield database  # type: ignore[misc]
    await database.close()


async def revise_through_submit(db: Database, participant_id: int, reference: str, comment: str) -> None:
    found = await submissions.get_by_reference(db, reference)
    assert found is not None
    latest = await submissions.latest_version(db, found.id)
    assert latest is not None
    data = DraftData(
        topic_id=latest.topic_id,
        comment_type_id=latest.comment_type_id,
        comment_parts=[comment],
        base_version=latest.version,
    )
    draft, _ = await drafts.start(db, participant_id, "preview", NOW, data=data, submission_id=found.id)
    result = await submissions.submit(
        db,
        participant_id=participant_id,
        country_code=found.country_code,
        token=draft.data.token,
        reference_prefix="CW",
        reference_year=2013,
        language="en",
        language_probability=0.99,
        now=NOW + timedelta(days=1),
    )
    assert result.outcome is submissions.Outcome.REVISED


async def test_status_history_and_reopening_by_a_revision(db: Database) -> None:
    data = Consultations(db)
    kenya = await data.focal_point("KE", "Amina Odhiambo")
    reference = await data.submission(kenya, "KE", "Kenya supports paragraph 4.")
    submission = await submissions.get_by_reference(db, reference)
    assert submission is not None
    staff = await officer(db)

    fresh = await review.review_of(db, submission.id)
    assert fresh is not None and fresh.status is ReviewStatus.RECEIVED and fresh.history == []
    assert await review.review_of(db, 999) is None
    assert await review.set_status(db, 999, ReviewStatus.ADDRESSED, actor=staff, now=NOW) is None

    under = await review.set_status(db, submission.id, ReviewStatus.UNDER_REVIEW, actor=staff, now=NOW)
    assert under is not None and under.status is ReviewStatus.UNDER_REVIEW and under.version == 1
    done = await review.set_status(db, submission.id, ReviewStatus.ADDRESSED, actor=staff, now=NOW)
    assert done is not None and done.status is ReviewStatus.ADDRESSED and not done.reopened
    # Setting the same status again changes nothing in the history.
    await review.set_status(db, submission.id, ReviewStatus.ADDRESSED, actor=staff, now=NOW)
    assert [(c.previous, c.status) for c in await review.status_history(db, submission.id)] == [
        (ReviewStatus.RECEIVED, ReviewStatus.UNDER_REVIEW),
        (ReviewStatus.UNDER_REVIEW, ReviewStatus.ADDRESSED),
    ]

    await revise_through_submit(db, kenya, reference, "Kenya supports paragraph 4 as amended.")
    after = await review.review_of(db, submission.id)
    assert after is not None
    assert after.status is ReviewStatus.RECEIVED and after.reopened and after.version == 2
    last = after.history[-1]
    assert (last.previous, last.status, last.reason, last.version, last.actor_id) == (
        ReviewStatus.ADDRESSED,
        ReviewStatus.RECEIVED,
        ChangeReason.REVISED,
        2,
        kenya,
    )
    # A revision of a submission nobody reviewed leaves no history.
    other = await data.submission(kenya, "KE", "A second comment.")
    await revise_through_submit(db, kenya, other, "A second comment, revised.")
    second = await submissions.get_by_reference(db, other)
    assert second is not None
    untouched = await review.review_of(db, second.id)
    assert untouched is not None and untouched.history == [] and not untouched.reopened

    again = await review.set_status(db, submission.id, ReviewStatus.NOTED, actor=staff, now=NOW)
    assert again is not None and again.status is ReviewStatus.NOTED and not again.reopened

    kenya_telegram_id = await db.fetchval("SELECT telegram_id FROM participants WHERE id = ?", (kenya,))
    actions = [(e.action, e.actor_id, e.details.get("participant_id")) for e in await _audit(db, "review.")]
    assert actions == [
        ("review.status", staff.telegram_id, staff.id),
        ("review.status", staff.telegram_id, staff.id),
        ("review.status", staff.telegram_id, staff.id),
        ("review.reopened", kenya_telegram_id, kenya),
        ("review.status", staff.telegram_id, staff.id),
    ]


async def _audit(db: Database, prefix: str) -> list:
    from storage import audit

    return [e for e in reversed(await audit.entries(db)) if e.action.startswith(prefix)]


async def test_tags_per_consultation_names_rename_and_filters(db: Database) -> None:
    data = Consultations(db)
    kenya = await data.focal_point("KE", "Amina Odhiambo")
    france = await data.focal_point("FR", "Marie Dupont", language="fr")
    first = await submissions.get_by_reference(db, await data.submission(kenya, "KE", "On financing."))
    second = await submissions.get_by_reference(db, await data.submission(france, "FR", "Sur le financement."))
    assert first is not None and second is not None
    staff = await officer(db)

    financing = await review.add_tag(db, 1, {"en": "  Financing ", "fr": "Financement"}, actor=staff, now=NOW)
    assert financing.names == {"en": "Financing", "fr": "Financement"}
    assert financing.name("fr") == "Financement" and financing.name("zh") == "Financing"
    with pytest.raises(ReviewError) as taken:
        await review.add_tag(db, 1, {"fr": "financement"}, actor=staff, now=NOW)
    assert taken.value.code == "tag-taken"
    with pytest.raises(ReviewError) as empty:
        await review.add_tag(db, 1, {"en": "   "}, actor=staff, now=NOW)
    assert empty.value.code == "tag-empty"
    with pytest.raises(ReviewError) as long:
        await review.add_tag(db, 1, {"en": "x" * 81}, actor=staff, now=NOW)
    assert long.value.code == "tag-too-long"

    waste = await review.add_tag(db, 1, {"en": "Waste"}, actor=staff, now=NOW)
    renamed = await review.rename_tag(db, waste.id, {"en": "Waste management", "zh": "废物管理"}, actor=staff, now=NOW)
    assert renamed is not None and renamed.names == {"en": "Waste management", "zh": "废物管理"}
    with pytest.raises(ReviewError):
        await review.rename_tag(db, waste.id, {"en": "FINANCING"}, actor=staff, now=NOW)
    assert await review.rename_tag(db, 999, {"en": "x"}, actor=staff, now=NOW) is None
    assert [t.id for t in await review.tags(db, 1)] == [financing.id, waste.id]
    assert (await review.find_tag(db, 1, "废物管理")) == renamed
    assert await review.find_tag(db, 1, "nothing") is None

    assert await review.tag(db, first.id, financing.id, actor=staff, now=NOW)
    assert not await review.tag(db, first.id, financing.id, actor=staff, now=NOW)
    assert await review.tag(db, first.id, waste.id, actor=staff, now=NOW)
    assert await review.tag(db, second.id, financing.id, actor=staff, now=NOW)
    assert [t.id for t in await review.tags_of(db, first.id)] == [financing.id, waste.id]
    assert await review.find(db, 1, tag_ids=[financing.id]) == [first.id, second.id]
    assert await review.find(db, 1, tag_ids=[financing.id, waste.id]) == [first.id]
    assert await review.find(db, 1, tag_ids=[financing.id], country_code="FR") == [second.id]
    assert await review.untag(db, first.id, waste.id, actor=staff, now=NOW)
    assert not await review.untag(db, first.id, waste.id, actor=staff, now=NOW)
    assert await review.find(db, 1, tag_ids=[waste.id]) == []

    # A tag of another consultation cannot be put on this one's submissions.
    await db.execute(
        "INSERT INTO consultations (id, code, state, created_at) VALUES (2, 'second', 'open', ?)", (NOW.isoformat(),)
    )
    elsewhere = await review.add_tag(db, 2, {"en": "Financing"}, actor=staff, now=NOW)
    assert not await review.tag(db, first.id, elsewhere.id, actor=staff, now=NOW)
    assert [t.id for t in await review.tags(db, 2)] == [elsewhere.id]

    await review.set_status(db, first.id, ReviewStatus.ADDRESSED, actor=staff, now=NOW)
    assert await review.find(db, 1, statuses=[ReviewStatus.RECEIVED]) == [second.id]
    assert await review.find(db, 1, statuses=[ReviewStatus.ADDRESSED, ReviewStatus.NOTED]) == [first.id]
    counts = await review.status_counts(db, 1)
    assert counts[ReviewStatus.ADDRESSED] == 1 and counts[ReviewStatus.RECEIVED] == 1
    assert (await review.status_counts(db, 1, "FR"))[ReviewStatus.ADDRESSED] == 0


async def test_notes_and_replies_queued_for_the_states_focal_points(db: Database) -> None:
    data = Consultations(db)
    amina = await data.focal_point("KE", "Amina Odhiambo", language="en")
    await data.focal_point("KE", "Joseph Kamau", language="fr")
    await data.focal_point("KE", "Not yet approved", status="pending")
    await data.focal_point("FR", "Marie Dupont", language="fr")
    submission = await submissions.get_by_reference(db, await data.submission(amina, "KE", "On financing."))
    assert submission is not None
    staff = await officer(db)

    with pytest.raises(ReviewError) as empty:
        await review.add_note(db, submission.id, "  ", actor=staff, now=NOW)
    assert empty.value.code == "note-empty"
    note = await review.add_note(db, submission.id, " Check against the 2012 report. ", actor=staff, now=NOW)
    assert note is not None and note.text == "Check against the 2012 report." and note.version == 1
    assert await review.add_note(db, 999, "x", actor=staff, now=NOW) is None

    with pytest.raises(ReviewError) as too_long:
        await review.add_reply(db, submission.id, "x" * (review.REPLY_MAX + 1), actor=staff, now=NOW)
    assert too_long.value.code == "reply-too-long"
    reply = await review.add_reply(db, submission.id, "Thank you; reflected in paragraph 4.", actor=staff, now=NOW)
    assert reply is not None and reply.recipients == 2 and reply.broadcast_id is not None
    queued = await broadcasts.get(db, reply.broadcast_id)
    assert queued is not None
    assert queued.reply_id == reply.id and queued.kind is broadcasts.MessageKind.CUSTOM
    assert queued.audience.countries == ["KE"] and queued.custom_text == reply.text
    rows = await db.fetchall("SELECT language FROM deliveries WHERE broadcast_id = ? ORDER BY id", (queued.id,))
    assert [r["language"] for r in rows] == ["en", "fr"]
    message = await review.reply_message(db, reply.id)
    assert message is not None and message.reference == submission.reference and message.text == reply.text

    full = await review.review_of(db, submission.id)
    assert full is not None
    assert [n.id for n in full.notes] == [note.id] and [r.id for r in full.replies] == [reply.id]
    assert await review.replies_to_country(db, "KE", 1) == [(submission.reference, reply)]
    assert await review.replies_to_country(db, "FR", 1) == []

    # A State without an approved focal point: the reply is kept, nothing is queued.
    lonely = await data.focal_point("CN", "王伟", status="rejected")
    china = await submissions.get_by_reference(db, await data.submission(lonely, "CN", "关于资金。"))
    assert china is not None
    kept = await review.add_reply(db, china.id, "感谢。", actor=staff, now=NOW)
    assert kept is not None and kept.recipients == 0 and kept.broadcast_id is None

    entries = await _audit(db, "review.")
    assert [e.action for e in entries] == ["review.note", "review.reply", "review.reply"]
    assert entries[1].details["recipients"] == 2 and entries[1].details["languages"] == ["en", "fr"]
    # The notes' text is not copied into the audit log.
    assert all("2012 report" not in json.dumps(e.details) for e in entries)

    many = await review.reviews_for(db, [submission.id, china.id, 12345])
    assert set(many) == {submission.id, china.id}
