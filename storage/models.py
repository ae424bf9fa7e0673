"""Pydantic models that repository functions take and return. No telegram imports here."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_db(value: datetime | None) -> str | None:
    """Timezone-aware datetimes are stored as ISO 8601 in UTC; naive ones are a bug."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to storage")
    return value.astimezone(UTC).isoformat()


def from_db(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).astimezone(UTC) if value else None


class Role(StrEnum):
    FOCAL_POINT = "focal_point"
    SECRETARIAT = "secretariat"
    ADMIN = "admin"


class ParticipantStatus(StrEnum):
    NEW = "new"  # has chosen a language, has not finished registration
    PENDING = "pending"  # registered without an invitation, awaiting the secretariat
    APPROVED = "approved"
    REJECTED = "rejected"
    ERASED = "erased"  # personal data removed at the person's request


class Model(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class Participant(Model):
    id: int
    telegram_id: int
    chat_id: int | None = None
    country_code: str | None = None
    full_name: str | None = None
    title: str | None = None
    organisation: str | None = None
    email: str | None = None
    language: str = "en"
    role: Role = Role.FOCAL_POINT
    status: ParticipantStatus = ParticipantStatus.NEW
    invitation_id: int | None = None
    consent_at: datetime | None = None
    unreachable_at: datetime | None = None
    unreachable_reason: str | None = None
    created_at: datetime
    updated_at: datetime
    erased_at: datetime | None = None
    # Deactivated by an admin (migration 0009): still 'approved', but may no longer submit.
    deactivated_at: datetime | None = None
    deactivated_by: int | None = None
    deactivation_reason_code: str | None = None
    deactivation_reason: str | None = None
    rejection_reason_code: str | None = None
    rejection_reason: str | None = None
    decided_by: int | None = None
    decided_at: datetime | None = None
    # The consultation a `/start cN` link named before registering (migration 0012): offered
    # with the approval, then cleared.
    named_consultation_id: int | None = None

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.SECRETARIAT, Role.ADMIN)

    @property
    def is_deactivated(self) -> bool:
        return self.deactivated_at is not None

    @property
    def is_approved_focal_point(self) -> bool:
        return self.role == Role.FOCAL_POINT and self.status == ParticipantStatus.APPROVED and not self.is_deactivated


class AuditEntry(Model):
    id: int
    at: datetime
    actor_id: int | None
    action: str
    subject: str | None
    details: dict[str, object]
    consultation_id: int | None = None
    # The actor, named the same way for every action (migration 0009); both None: the bot.
    actor_participant_id: int | None = None
    actor_telegram_id: int | None = None
