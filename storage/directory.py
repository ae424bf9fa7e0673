"""The focal-point directory (issue 15): who the focal points are, how they came in, and the
admins' acts on one (deactivate, reactivate, move to another State).

Listing order is the caller's: States are sorted by their UN names in the officer's language
and collation (prompts/), which SQL cannot do, so the caller passes the country codes in that
order (`country_order`) and paging follows it. Text search (name, title, organisation,
e-mail) folds case in Python, which SQLite's LIKE does only for ASCII.

Every act is one transaction with its audit entry and, when the person is to be told, their
message queued in the outbox (storage/broadcasts.py: create_personal_tx), already in their
language: a crash either loses the act and the message together or keeps both.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

import aiosqlite
from pydantic import BaseModel

from storage import audit, broadcasts
from storage.db import Database, Transaction
from storage.models import Model, Participant, ParticipantStatus, Role, from_db, to_db
from storage.participants import get, participant_from_row

# The longest reason an officer may type (deactivation, rejection).
MAX_REASON = 500


class DirectoryStatus(StrEnum):
    ACTIVE = "active"  # approved and not deactivated: may submit
    DEACTIVATED = "deactivated"
    PENDING = "pending"  # registered without a link, waiting for the secretariat
    REJECTED = "rejected"


class RegisteredVia(StrEnum):
    LINK = "link"  # an invitation link: approved at once
    APPROVAL = "approval"  # without a link: approved by an officer
    UNDECIDED = "undecided"  # without a link, still pending (or rejected: see status)


class DirectoryEntry(Model):
    """One focal point as the directory shows them."""

    participant_id: int
    telegram_id: int
    country_code: str
    full_name: str | None = None
    title: str | None = None
    organisation: str | None = None
    email: str | None = None
    language: str
    status: DirectoryStatus
    registered_via: RegisteredVia
    registered_at: datetime | None = None  # consent given at registration
    invitation_id: int | None = None
    # Who made the link used, or who decided the registration (participant id, name, Telegram id).
    registered_by: int | None = None
    registered_by_name: str | None = None
    registered_by_telegram_id: int | None = None
    decided_at: datetime | None = None
    last_activity_at: datetime | None = None
    submissions: int = 0
    deactivated_at: datetime | None = None
    deactivated_by_name: str | None = None
    deactivation_reason_code: str | None = None
    deactivation_reason: str | None = None
    rejection_reason_code: str | None = None
    rejection_reason: str | None = None


class DirectoryPage(BaseModel):
    entries: list[DirectoryEntry]
    total: int  # how many match, over every page
    offset: int
    limit: int

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.entries) < self.total

    @property
    def has_previous(self) -> bool:
        return self.offset > 0


class Reason(BaseModel):
    """Why: one of the standard reasons (a code the catalogs name in six languages), or the
    officer's own words (`text`), or both absent (no reason given)."""

    code: str | None = None
    text: str | None = None


class Notice(BaseModel):
    """A message for the person an act is about, already in their language."""

    text: str
    chat_id: int
    language: str


# Everything the directory shows, in one read: the person, who made their link or decided
# their registration, their last act (the audit log) and last submission version.
_SELECT = """
SELECT p.*,
       CASE WHEN p.invitation_id IS NOT NULL THEN maker.id ELSE decider.id END AS by_id,
       CASE WHEN p.invitation_id IS NOT NULL THEN maker.full_name ELSE decider.full_name END AS by_name,
       CASE WHEN p.invitation_id IS NOT NULL THEN i.created_by ELSE decider.telegram_id END AS by_telegram_id,
       deactivator.full_name AS deactivated_by_name,
       (SELECT MAX(a.at) FROM audit_log a WHERE a.actor_participant_id = p.id) AS last_act,
       (SELECT MAX(v.submitted_at) FROM submission_versions v WHERE v.participant_id = p.id) AS last_version,
       (SELECT COUNT(*) FROM submissions s WHERE s.participant_id = p.id) AS submission_count
  FROM participants p
  LEFT JOIN invitations i ON i.id = p.invitation_id
  LEFT JOIN participants maker ON maker.telegram_id = i.created_by
  LEFT JOIN participants decider ON decider.id = p.decided_by
  LEFT JOIN participants deactivator ON deactivator.id = p.deactivated_by
 WHERE p.role = 'focal_point' AND p.country_code IS NOT NULL
   AND p.status IN ('approved', 'pending', 'rejected')
"""


def _status(row: aiosqlite.Row) -> DirectoryStatus:
    if row["status"] == ParticipantStatus.PENDING.value:
        return DirectoryStatus.PENDING
    if row["status"] == ParticipantStatus.REJECTED.value:
        return DirectoryStatus.REJECTED
    return DirectoryStatus.DEACTIVATED if row["deactivated_at"] else DirectoryStatus.ACTIVE


def _entry(row: aiosqlite.Row) -> DirectoryEntry:
    if row["invitation_id"] is not None:
        via = RegisteredVia.LINK
    elif row["status"] == ParticipantStatus.APPROVED.value:
        via = RegisteredVia.APPROVAL
    else:
        via = RegisteredVia.UNDECIDED
    moments = [m for m in (row["last_act"], row["last_version"], row["consent_at"]) if m]
    return DirectoryEntry(
        participant_id=row["id"],
        telegram_id=row["telegram_id"],
        country_code=row["country_code"],
        full_name=row["full_name"],
        title=row["title"],
        organisation=row["organisation"],
        email=row["email"],
        language=row["language"],
        status=_status(row),
        registered_via=via,
        registered_at=from_db(row["consent_at"]),
        invitation_id=row["invitation_id"],
        registered_by=row["by_id"],
        registered_by_name=row["by_name"],
        registered_by_telegram_id=row["by_telegram_id"],
        decided_at=from_db(row["decided_at"]),
        last_activity_at=max(from_db(m) for m in moments) if moments else None,  # type: ignore[type-var]
        submissions=int(row["submission_count"] or 0),
        deactivated_at=from_db(row["deactivated_at"]),
        deactivated_by_name=row["deactivated_by_name"],
        deactivation_reason_code=row["deactivation_reason_code"],
        deactivation_reason=row["deactivation_reason"],
        rejection_reason_code=row["rejection_reason_code"],
        rejection_reason=row["rejection_reason"],
    )


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search ("Müller" finds "muller")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _matches(entry: DirectoryEntry, words: list[str]) -> bool:
    haystack = fold(" ".join(x for x in (entry.full_name, entry.title, entry.organisation, entry.email) if x))
    return all(word in haystack for word in words)


async def _rows(db: Database | Transaction, extra: str = "", params: Sequence[object] = ()) -> list[aiosqlite.Row]:
    return await db.fetchall(_SELECT + extra, params)


async def entries(
    db: Database,
    *,
    country_order: Sequence[str],
    search: str | None = None,
    search_countries: Sequence[str] = (),
    countries: Sequence[str] | None = None,
    statuses: Sequence[DirectoryStatus] | None = None,
) -> list[DirectoryEntry]:
    """Every matching focal point, in `country_order` (codes not in it come last, by code),
    then by name. `search`: words that must all be in the name, title, organisation or e-mail,
    or else the person's State is one of `search_countries` (the States the caller found that
    text to name). `countries`: only these States. `statuses`: only these."""
    rank = {code: i for i, code in enumerate(country_order)}
    found = [_entry(r) for r in await _rows(db)]
    if countries is not None:
        wanted = set(countries)
        found = [e for e in found if e.country_code in wanted]
    if statuses is not None:
        allowed = set(statuses)
        found = [e for e in found if e.status in allowed]
    if search and search.strip():
        words = fold(search).split()
        by_state = set(search_countries)
        found = [e for e in found if e.country_code in by_state or _matches(e, words)]
    found.sort(
        key=lambda e: (rank.get(e.country_code, len(rank)), e.country_code, fold(e.full_name or ""), e.participant_id)
    )
    return found


async def page(
    db: Database,
    *,
    country_order: Sequence[str],
    offset: int = 0,
    limit: int = 10,
    search: str | None = None,
    search_countries: Sequence[str] = (),
    countries: Sequence[str] | None = None,
    statuses: Sequence[DirectoryStatus] | None = None,
) -> DirectoryPage:
    """One page of `entries` (same arguments); an offset past the end gives the last page."""
    found = await entries(
        db,
        country_order=country_order,
        search=search,
        search_countries=search_countries,
        countries=countries,
        statuses=statuses,
    )
    limit = max(1, limit)
    offset = max(0, offset)
    if offset >= len(found) and found:
        offset = (len(found) - 1) // limit * limit
    return DirectoryPage(entries=found[offset : offset + limit], total=len(found), offset=offset, limit=limit)


async def get_entry(db: Database, participant_id: int) -> DirectoryEntry | None:
    rows = await _rows(db, " AND p.id = ?", (participant_id,))
    return _entry(rows[0]) if rows else None


# -- acts (admins only: handlers/access.py) ----------------------------------------------------


def _clean_reason(reason: Reason) -> Reason:
    text = " ".join(reason.text.split())[:MAX_REASON] if reason.text else None
    return Reason(code=reason.code, text=text or None)


async def _focal_point_tx(tx: Transaction, participant_id: int) -> Participant | None:
    row = await tx.fetchone(
        "SELECT * FROM participants WHERE id = ? AND role = ?", (participant_id, Role.FOCAL_POINT.value)
    )
    return participant_from_row(row) if row else None


async def deactivate(
    db: Database,
    participant_id: int,
    *,
    reason: Reason,
    actor: Participant,
    now: datetime,
    notice: Notice | None = None,
) -> Participant | None:
    """An active focal point may no longer submit nor receive broadcasts; what they submitted
    stays. `notice` (their message, in their language) is queued in the same transaction.
    None if they are not an active focal point (already deactivated, pending, erased)."""
    reason = _clean_reason(reason)
    async with db.transaction() as tx:
        person = await _focal_point_tx(tx, participant_id)
        if person is None or person.status is not ParticipantStatus.APPROVED or person.is_deactivated:
            return None
        await tx.execute(
            "UPDATE participants SET deactivated_at = ?, deactivated_by = ?, deactivation_reason_code = ?,"
            " deactivation_reason = ?, updated_at = ? WHERE id = ?",
            (to_db(now), actor.id, reason.code, reason.text, to_db(now), participant_id),
        )
        await _notice_with_recipient_tx(tx, notice, person, now)
        await audit.record_tx(
            tx,
            "focal_point.deactivated",
            actor_id=None,
            actor_participant_id=actor.id,
            actor_telegram_id=actor.telegram_id,
            subject=f"participant:{participant_id}",
            country=person.country_code,
            reason_code=reason.code,
            reason=reason.text,
        )
    return await get(db, participant_id)


async def _notice_with_recipient_tx(tx: Transaction, notice: Notice | None, person: Participant, now: datetime) -> None:
    if notice is None:
        return
    await broadcasts.create_personal_tx(
        tx,
        purpose=broadcasts.PersonalPurpose.NOTICE,
        text=notice.text,
        recipient=broadcasts.Recipient(participant_id=person.id, chat_id=notice.chat_id, language=notice.language),
        now=now,
    )


async def reactivate(
    db: Database, participant_id: int, *, actor: Participant, now: datetime, notice: Notice | None = None
) -> Participant | None:
    """A deactivated focal point may submit again. None if they were not deactivated."""
    async with db.transaction() as tx:
        person = await _focal_point_tx(tx, participant_id)
        if person is None or person.status is not ParticipantStatus.APPROVED or not person.is_deactivated:
            return None
        await tx.execute(
            "UPDATE participants SET deactivated_at = NULL, deactivated_by = NULL, deactivation_reason_code = NULL,"
            " deactivation_reason = NULL, updated_at = ? WHERE id = ?",
            (to_db(now), participant_id),
        )
        await _notice_with_recipient_tx(tx, notice, person, now)
        await audit.record_tx(
            tx,
            "focal_point.reactivated",
            actor_id=None,
            actor_participant_id=actor.id,
            actor_telegram_id=actor.telegram_id,
            subject=f"participant:{participant_id}",
            country=person.country_code,
            deactivated_at=to_db(person.deactivated_at),
        )
    return await get(db, participant_id)


async def move(
    db: Database,
    participant_id: int,
    *,
    country_code: str,
    actor: Participant,
    now: datetime,
    notice: Notice | None = None,
) -> Participant | None:
    """The focal point now represents another State (their submissions stay with the State
    they were made for). None if they are not a focal point with a State, or it is the same."""
    async with db.transaction() as tx:
        person = await _focal_point_tx(tx, participant_id)
        if person is None or person.country_code is None or person.country_code == country_code:
            return None
        if person.status not in (ParticipantStatus.APPROVED, ParticipantStatus.PENDING):
            return None
        await tx.execute(
            "UPDATE participants SET country_code = ?, updated_at = ? WHERE id = ?",
            (country_code, to_db(now), participant_id),
        )
        await _notice_with_recipient_tx(tx, notice, person, now)
        await audit.record_tx(
            tx,
            "focal_point.moved",
            actor_id=None,
            actor_participant_id=actor.id,
            actor_telegram_id=actor.telegram_id,
            subject=f"participant:{participant_id}",
            from_country=person.country_code,
            to_country=country_code,
        )
    return await get(db, participant_id)


async def approve(
    db: Database, participant_id: int, *, actor: Participant, now: datetime, notice: Notice | None = None
) -> Participant | None:
    """Approve a pending registration (as storage/registration.decide, audited alike); the
    person's message (`notice`, in their language) is queued in the same transaction. None if
    no longer pending."""
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE participants SET status = 'approved', decided_by = ?, decided_at = ?, updated_at = ?"
            " WHERE id = ? AND status = 'pending' AND role = 'focal_point'",
            (actor.id, to_db(now), to_db(now), participant_id),
        )
        if not changed:
            return None
        person = await _focal_point_tx(tx, participant_id)
        assert person is not None
        await _notice_with_recipient_tx(tx, notice, person, now)
        await audit.record_tx(
            tx,
            "registration_approved",
            actor_id=actor.telegram_id,
            actor_participant_id=actor.id,
            subject=f"participant:{participant_id}",
            country=person.country_code,
        )
    return await get(db, participant_id)


async def reject(
    db: Database,
    participant_id: int,
    *,
    reason: Reason,
    actor: Participant,
    now: datetime,
    notice: Notice | None = None,
) -> Participant | None:
    """Reject a pending registration, saying why; the person's message (`notice`, in their
    language, with the reason) is queued in the same transaction. None if no longer pending."""
    reason = _clean_reason(reason)
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE participants SET status = 'rejected', rejection_reason_code = ?, rejection_reason = ?,"
            " decided_by = ?, decided_at = ?, updated_at = ?"
            " WHERE id = ? AND status = 'pending' AND role = 'focal_point'",
            (reason.code, reason.text, actor.id, to_db(now), to_db(now), participant_id),
        )
        if not changed:
            return None
        person = await _focal_point_tx(tx, participant_id)
        assert person is not None
        await _notice_with_recipient_tx(tx, notice, person, now)
        await audit.record_tx(
            tx,
            "registration_rejected",
            actor_id=None,
            actor_participant_id=actor.id,
            actor_telegram_id=actor.telegram_id,
            subject=f"participant:{participant_id}",
            country=person.country_code,
            reason_code=reason.code,
            reason=reason.text,
        )
    return await get(db, participant_id)
