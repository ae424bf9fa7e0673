"""Invitation links: a secret token per country, with an expiry, a use count and revocation.

A token is `secrets.token_urlsafe(24)`: 192 random bits in 32 characters of `A-Za-z0-9_-`,
within Telegram's 64-character start-parameter limit. A use is counted when a registration
made with the link is confirmed (not when the link is opened), inside the same transaction,
so two people racing for the last use cannot both get it.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime
from enum import StrEnum

import aiosqlite

from storage import audit
from storage.db import Database, Transaction
from storage.models import Model, from_db, to_db

TOKEN_BYTES = 24
TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class InvitationState(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    USED_UP = "used_up"
    REVOKED = "revoked"
    UNKNOWN = "unknown"  # no such token (mistyped, truncated or made up)


class Invitation(Model):
    id: int
    token: str
    country_code: str
    max_uses: int
    uses: int
    expires_at: datetime
    revoked_at: datetime | None = None
    created_by: int | None = None
    created_at: datetime

    def state(self, now: datetime) -> InvitationState:
        if self.revoked_at is not None:
            return InvitationState.REVOKED
        if now >= self.expires_at:
            return InvitationState.EXPIRED
        if self.uses >= self.max_uses:
            return InvitationState.USED_UP
        return InvitationState.ACTIVE


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def _from_row(row: aiosqlite.Row) -> Invitation:
    data = dict(row)
    for name in ("expires_at", "revoked_at", "created_at"):
        data[name] = from_db(data[name])
    return Invitation.model_validate(data)


async def _insert_tx(
    tx: Transaction, *, country_code: str, max_uses: int, expires_at: datetime, created_by: int | None, now: datetime
) -> int:
    token = new_token()
    invitation_id = await tx.execute(
        "INSERT INTO invitations (token, country_code, max_uses, expires_at, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (token, country_code, max_uses, to_db(expires_at), created_by, to_db(now)),
    )
    await audit.record_tx(
        tx,
        "invitation_created",
        actor_id=created_by,
        subject=f"invitation:{invitation_id}",
        country=country_code,
        max_uses=max_uses,
        expires_at=to_db(expires_at),
    )
    return invitation_id


async def create_many(
    db: Database,
    country_codes: list[str],
    *,
    max_uses: int,
    expires_at: datetime,
    created_by: int | None,
    now: datetime,
) -> list[Invitation]:
    """One new link per country, in one transaction, each creation audited."""
    ids = []
    async with db.transaction() as tx:
        for code in country_codes:
            ids.append(
                await _insert_tx(
                    tx, country_code=code, max_uses=max_uses, expires_at=expires_at, created_by=created_by, now=now
                )
            )
    found = [await get(db, invitation_id) for invitation_id in ids]
    return [i for i in found if i is not None]


async def create(
    db: Database, country_code: str, *, max_uses: int, expires_at: datetime, created_by: int | None, now: datetime
) -> Invitation:
    (created,) = await create_many(
        db, [country_code], max_uses=max_uses, expires_at=expires_at, created_by=created_by, now=now
    )
    return created


async def get(db: Database, invitation_id: int) -> Invitation | None:
    row = await db.fetchone("SELECT * FROM invitations WHERE id = ?", (invitation_id,))
    return _from_row(row) if row else None


async def get_by_token(db: Database, token: str) -> Invitation | None:
    if not TOKEN_SHAPE.match(token):
        return None
    row = await db.fetchone("SELECT * FROM invitations WHERE token = ?", (token,))
    return _from_row(row) if row else None


async def check(db: Database, token: str, now: datetime) -> tuple[Invitation | None, InvitationState]:
    """What a token opened with /start is worth right now (nothing is consumed)."""
    invitation = await get_by_token(db, token)
    if invitation is None:
        return None, InvitationState.UNKNOWN
    return invitation, invitation.state(now)


async def consume_tx(tx: Transaction, invitation_id: int, now: datetime) -> InvitationState:
    """Count one use if the link is still active; its state otherwise (nothing changes)."""
    row = await tx.fetchone("SELECT * FROM invitations WHERE id = ?", (invitation_id,))
    if row is None:
        return InvitationState.UNKNOWN
    state = _from_row(row).state(now)
    if state is InvitationState.ACTIVE:
        await tx.execute("UPDATE invitations SET uses = uses + 1 WHERE id = ?", (invitation_id,))
    return state


async def revoke(db: Database, invitation_id: int, *, actor_id: int | None, now: datetime) -> Invitation | None:
    """Revoke a link; None if there is no such link or it was revoked already."""
    async with db.transaction() as tx:
        changed = await tx.rowcount(
            "UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
            (to_db(now), invitation_id),
        )
        if not changed:
            return None
        row = await tx.fetchone("SELECT country_code FROM invitations WHERE id = ?", (invitation_id,))
        await audit.record_tx(
            tx,
            "invitation_revoked",
            actor_id=actor_id,
            subject=f"invitation:{invitation_id}",
            country=row["country_code"] if row else None,
        )
    return await get(db, invitation_id)


async def list_active(db: Database, now: datetime) -> list[Invitation]:
    """Links that can still be used, newest first."""
    rows = await db.fetchall("SELECT * FROM invitations WHERE revoked_at IS NULL AND uses < max_uses ORDER BY id DESC")
    return [i for i in (_from_row(r) for r in rows) if i.state(now) is InvitationState.ACTIVE]
