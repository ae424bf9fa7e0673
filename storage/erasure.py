"""Erasure at a person's request (/forget): what identifies them goes, in one transaction.

Deleted: every open draft (registration, profile correction, comment with its attachment
rows, the staff's broadcast, schedule and export drafts), a registration notice still to be
sent, and the conversation states keyed by their Telegram ids. Removed from what stays: the
person's name, title, organisation and e-mail, their Telegram user id and chat id (the row's
`telegram_id` becomes the negative of its own id, which no Telegram account has, so the
same person writing again is a newcomer), the chat and message ids of the broadcasts sent
to them, and their Telegram id as the actor (or subject) of audit entries, which keep what
happened. Kept, as their Government's input: what they submitted, its files named after the
submission's reference instead of the names they had (see `attachments.rename_kept_tx`).

Nothing needs to recognise an erased person who comes back: their country's submissions
belong to the country, not to an account, so no keyed hash of the Telegram id is kept.
The database runs with `secure_delete` (storage/db.py), so the old values are overwritten,
not left in free pages; the caller removes the files no row refers to any more and empties
the write-ahead log (`Database.checkpoint`).
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from storage import attachments, audit, broadcasts, drafts, inbox, ptb_state, submissions
from storage.db import Database
from storage.models import Participant, to_db
from storage.participants import get, participant_from_row

# The drafts and notices of one participant, in tables keyed by `participant_id`.
_PERSONAL_TABLES = ("registration_drafts", "staff_drafts", "export_drafts", "staff_notices")


class Erasure(BaseModel):
    participant: Participant  # the row as it is now: nobody's
    dropped_files: list[str]  # storage paths of the attachment rows deleted with the drafts
    refingerprinted: list[str]  # "REFERENCE vN" of the versions whose files were renamed


async def erase(db: Database, participant: Participant, now: datetime, *, update_id: int | None = None) -> Erasure:
    """Erase `participant` (see the module's docstring); the audit says so without naming them.
    `update_id` is the update that asked for it: it and the person's earlier ones still in the
    inbox leave it with their raw payloads."""
    telegram_id, chat_id = participant.telegram_id, participant.chat_id
    async with db.transaction() as tx:
        dropped = await drafts.discard_tx(tx, participant.id)
        for table in _PERSONAL_TABLES:
            # `table` is one of the names above, never user input.
            await tx.execute(f"DELETE FROM {table} WHERE participant_id = ?", (participant.id,))  # noqa: S608
        # The documents of a broadcast they were writing, and their name on saved templates.
        await tx.execute("DELETE FROM broadcast_files WHERE draft_of = ?", (participant.id,))
        await tx.execute("UPDATE broadcast_templates SET created_by = NULL WHERE created_by = ?", (participant.id,))
        await ptb_state.forget_tx(tx, telegram_id, chat_id)
        if update_id is not None:
            await inbox.forget_tx(tx, telegram_id, chat_id, update_id, now)
        renamed = await attachments.rename_kept_tx(tx, participant.id)
        refingerprinted = await submissions.refingerprint_tx(tx, renamed)
        await broadcasts.forget_recipient_tx(tx, participant.id, chat_id, now)
        for statement in (
            "UPDATE invitations SET created_by = NULL WHERE created_by = ?",
            "UPDATE consultations SET updated_by = NULL WHERE updated_by = ?",
            "UPDATE consultations SET created_by = NULL WHERE created_by = ?",
            # An officer's extensions granted or withdrawn, and requests answered (by Telegram id).
            "UPDATE deadline_extensions SET granted_by = NULL WHERE granted_by = ?",
            "UPDATE deadline_extensions SET revoked_by = NULL WHERE revoked_by = ?",
            "UPDATE extension_requests SET answered_by = NULL WHERE answered_by = ?",
        ):
            await tx.execute(statement, (telegram_id,))
        await audit.anonymise_tx(tx, telegram_id=telegram_id, participant_id=participant.id)
        await tx.execute(
            "UPDATE participants SET telegram_id = ?, chat_id = NULL, full_name = NULL, title = NULL,"
            " organisation = NULL, email = NULL, consent_at = NULL, invitation_id = NULL,"
            " unreachable_at = NULL, unreachable_reason = NULL, named_consultation_id = NULL,"
            " role = 'focal_point', status = 'erased',"
            " erased_at = ?, updated_at = ? WHERE id = ?",
            (-participant.id, to_db(now), to_db(now), participant.id),
        )
        await audit.record_tx(
            tx,
            "erasure",
            actor_id=None,
            subject=f"participant:{participant.id}",
            actor_erased=True,
            country=participant.country_code,
            previous_status=participant.status.value,
            previous_role=participant.role.value,
            refingerprinted=refingerprinted,
        )
    erased = await get(db, participant.id)
    assert erased is not None
    return Erasure(participant=erased, dropped_files=dropped, refingerprinted=refingerprinted)


async def left_unfinished(db: Database) -> list[Participant]:
    """Participants erased by an earlier version of /forget, which kept their Telegram ids (and
    their drafts, conversation states and audit actor ids): to be erased again, fully."""
    rows = await db.fetchall("SELECT * FROM participants WHERE status = 'erased' AND telegram_id > 0 ORDER BY id")
    return [participant_from_row(row) for row in rows]
