"""/forget erases: after it, nothing the person gave is left in any table, in the database's
files (the write-ahead log included) or in the attachments folder, except what the README says
is kept: the comment they submitted, as their Government's input, which no longer names them.

The person does what people do: registers with an invitation link, writes a comment with a
document attached (its file name carries their surname) and submits it, starts a second comment
with another document and leaves it unsent; then, made a secretariat officer, begins a broadcast
of a text of their own and an export, and erases their data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from emulator import EmulatedUser
from storage import audit, participants, submissions
from storage.models import ParticipantStatus
from tests.support.harness import BotBench, relax_flood_limits, texts
from tests.support.registration import Answers, admin, invite, register, t

TELEGRAM_ID = 7_340_912_856  # over 2**32, stored by SQLite in six bytes: searched as text and as bytes
USERNAME = "ngozi_okonkwo_b"
PERSON = Answers(
    name="Ngozi Adaeze Okonkwo-Baptiste",
    title="Deputy Director, Pollution Control",
    organisation="Federal Ministry of Environment",
    email="ngozi.okonkwo-baptiste@environment.example.gov",
)
SUBMITTED = "Kept-submission wording: Kenya asks that paragraph 7 mention the Minamata preparatory work."
SUBMITTED_FILE = "Okonkwo-Baptiste observations.pdf"
SUBMITTED_BYTES = b"%PDF-1.4\nthe annex of the submitted comment, kept with it\n%%EOF\n"
DRAFT = "Unsent-draft musing: a marmalade clause for the regional centres."
DRAFT_PROPOSED = "Proposed-draft wording about a quixotic lantern fund."
DRAFT_FILE = "Okonkwo annex draft.pdf"
DRAFT_BYTES = b"%PDF-1.4\nzephyr-unsent-attachment-bytes of the draft only\n%%EOF\n"
BROADCAST_TEXT = "Vermilion-heron notice typed by the officer and never sent."
PDF_MIME = "application/pdf"

# Everything the person gave, none of which may remain (the submitted comment may: it is kept).
GIVEN = (
    PERSON.name,
    "Ngozi",
    "Adaeze",
    "Okonkwo",
    "Baptiste",
    PERSON.title,
    PERSON.organisation,
    PERSON.email,
    "environment.example.gov",
    USERNAME,
    str(TELEGRAM_ID),
    DRAFT,
    "marmalade",
    DRAFT_PROPOSED,
    "quixotic",
    SUBMITTED_FILE,
    DRAFT_FILE,
    "zephyr-unsent",
    BROADCAST_TEXT,
    "Vermilion",
)


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


async def comment_until_attachments(bench: BotBench, user: EmulatedUser, comment: str, proposed: str | None) -> None:
    consultation = bench.deps.consultation
    await bench.send(user, "/comment")
    await bench.press(user, consultation.topic("basel").name.get("en"))  # type: ignore[union-attr]
    await bench.press(user, consultation.comment_types[0].name.get("en"))
    await bench.send(user, "7")
    await bench.send(user, comment)
    await bench.press(user, t(bench, "en", "comment-btn-comment-done"))
    if proposed is None:
        await bench.press(user, t(bench, "en", "comment-btn-skip-proposed"))
    else:
        await bench.send(user, proposed)


def found_in_tables(rows: dict[str, list[dict[str, object]]]) -> list[str]:
    """Where a value the person gave is in a row: 'table.column: value'."""
    found = []
    for table, table_rows in rows.items():
        for row in table_rows:
            for column, value in row.items():
                if value == TELEGRAM_ID:
                    found.append(f"{table}.{column}: {value}")
                elif isinstance(value, str | bytes):
                    text = value if isinstance(value, str) else value.decode("utf-8", "replace")
                    if table == "submission_versions" and column == "comment" and text == SUBMITTED:
                        continue  # the submitted comment is kept, as the README says
                    found += [f"{table}.{column}: {given!r}" for given in GIVEN if given.lower() in text.lower()]
    return found


def found_in_bytes(name: str, data: bytes) -> list[str]:
    lowered = data.lower()
    found = [f"{name}: {given!r}" for given in GIVEN if given.lower().encode() in lowered]
    if TELEGRAM_ID.to_bytes(6, "big") in data:
        found.append(f"{name}: the Telegram id as a stored integer")
    return found


def on_disk(database: Path, attachments_dir: Path) -> tuple[list[str], list[bytes]]:
    """What the database's files (the write-ahead log too, as it is: /forget empties it) and the
    attachments folder (names and contents) still hold of the person; and the kept files."""
    found = []
    for path in (database, database.with_name(database.name + "-wal")):
        if path.exists():
            found += found_in_bytes(path.name, path.read_bytes())
    files = sorted(path for path in Path(attachments_dir).rglob("*") if path.is_file())
    for path in files:
        found += found_in_bytes(f"file name {path.name}", path.name.encode())
        found += found_in_bytes(f"file {path.name}", path.read_bytes())
    return found, [path.read_bytes() for path in files]


async def every_row(bench: BotBench) -> dict[str, list[dict[str, object]]]:
    tables = await bench.db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")
    rows: dict[str, list[dict[str, object]]] = {}
    for table in tables:
        name = str(table["name"])
        # `name` comes from sqlite_master, not from a user.
        rows[name] = [dict(r) for r in await bench.db.fetchall(f'SELECT * FROM "{name}"')]  # noqa: S608
    return rows


async def test_forget_leaves_nothing_the_person_gave(bench: BotBench) -> None:
    relax_flood_limits(bench)
    officer = await admin(bench)
    link = await invite(bench, officer, "Kenya 1 30")
    user = bench.emu.user(TELEGRAM_ID, first_name="Ngozi", last_name="Okonkwo-Baptiste", username=USERNAME)
    await register(bench, user, "en", token=link.token, answers=PERSON)
    person = await participants.get_by_telegram_id(bench.db, TELEGRAM_ID)
    assert person is not None and person.status == ParticipantStatus.APPROVED

    await comment_until_attachments(bench, user, SUBMITTED, None)
    await bench.do(user, lambda: user.send_document(SUBMITTED_BYTES, SUBMITTED_FILE, PDF_MIME))
    await bench.press(user, t(bench, "en", "comment-btn-files-done"))
    receipt = texts(await bench.press(user, t(bench, "en", "comment-btn-submit")))
    ((submission, version),) = await submissions.for_country(bench.db, "KE")
    assert submission.reference in receipt and [a.file_name for a in version.attachments] == [SUBMITTED_FILE]

    await comment_until_attachments(bench, user, DRAFT, DRAFT_PROPOSED)
    received = texts(await bench.do(user, lambda: user.send_document(DRAFT_BYTES, DRAFT_FILE, PDF_MIME)))
    assert DRAFT_FILE in received
    assert await bench.db.fetchval("SELECT COUNT(*) FROM attachments") == 2

    granted = await bench.send(officer, f"/grant {TELEGRAM_ID}")
    assert t(bench, "en", "role-granted", telegram_id=str(TELEGRAM_ID)) in texts(granted)
    await bench.send(user, "/broadcast")
    await bench.press(user, t(bench, "en", "broadcast-kind-custom"))
    await bench.send(user, BROADCAST_TEXT)
    await bench.send(user, "/export")
    await bench.press(user, t(bench, "en", "export-format-csv"))
    before = await every_row(bench)
    assert before["staff_drafts"] and before["export_drafts"] and before["comment_drafts"]
    assert any(str(TELEGRAM_ID) in str(row["key"]) for row in before["ptb_conversations"])
    assert found_in_tables(before), "the search finds what is there"

    asked = await bench.send(user, "/forget")
    assert t(bench, "en", "prof-forget-confirm-staff") in texts(asked)
    done = await bench.press(user, t(bench, "en", "prof-forget-yes"))
    assert texts(done) == t(bench, "en", "prof-forget-done")
    await bench.settle()

    rows = await every_row(bench)
    assert found_in_tables(rows) == []
    for table in ("comment_drafts", "registration_drafts", "staff_drafts", "export_drafts", "ptb_conversations"):
        assert rows[table] == [], table
    erased = await participants.get(bench.db, person.id)
    assert erased is not None and erased.status == ParticipantStatus.ERASED
    assert (erased.telegram_id, erased.chat_id, erased.role.value) == (-person.id, None, "focal_point")

    found, kept_files = on_disk(bench.database_path, bench.attachments_dir)
    assert found == []
    assert kept_files == [SUBMITTED_BYTES], "the submitted annex is kept, the draft's is not"

    # What stays: the submission, which no longer names the person, and still verifies.
    ((kept, kept_version),) = await submissions.for_country(bench.db, "KE")
    assert kept_version.comment == SUBMITTED and kept_version.participant_id == person.id
    assert [a.file_name for a in kept_version.attachments] == [f"{kept.reference}.pdf"]
    assert kept_version.fingerprint != version.fingerprint  # the file name is part of what it covers
    for entry in await audit.entries(bench.db):
        if entry.action.startswith("comment.") or entry.action in ("registration", "erasure"):
            assert entry.actor_id is None and entry.details.get("actor_erased") is True, entry
    (erasure,) = await audit.entries(bench.db, "erasure")
    assert erasure.details["refingerprinted"] == [f"{kept.reference} v1"]
    verified = texts(await bench.send(officer, f"/verify {kept.reference}"))  # the secretariat checks it
    assert kept_version.fingerprint in verified and "still matches" in verified


async def test_an_erasure_made_by_an_earlier_version_is_completed_at_start(bench: BotBench) -> None:
    """Before, /forget kept the Telegram id and chat id, and the audit's actor ids: the next
    start finishes such an erasure."""
    relax_flood_limits(bench)
    row = await participants.ensure(bench.db, TELEGRAM_ID, TELEGRAM_ID, "fr")
    await audit.record(bench.db, "profile_updated", actor_id=TELEGRAM_ID, subject=f"participant:{row.id}")
    await bench.db.execute(
        "UPDATE participants SET status = 'erased', country_code = 'KE', erased_at = updated_at WHERE id = ?",
        (row.id,),
    )
    await bench.restart()
    erased = await participants.get(bench.db, row.id)
    assert erased is not None and (erased.telegram_id, erased.chat_id) == (-row.id, None)
    assert erased.status == ParticipantStatus.ERASED and erased.country_code == "KE"
    (entry,) = await audit.entries(bench.db, "profile_updated")
    assert entry.actor_id is None
    assert found_in_tables(await every_row(bench)) == []
