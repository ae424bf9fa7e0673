"""Helpers for the broadcast, reminder, schedule and status stories: focal points made directly
in storage (registration is tested elsewhere), submissions as rows, and waiting for the sender."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from emulator import BotApiEmulator, EmulatedUser
from handlers.context import Deps
from services.delivery import Sender
from services.reminders import ReminderService
from storage import Database, participants
from storage.models import ParticipantStatus, Role, to_db

# Countries in each of the six languages (with their time zones' variety).
COUNTRY_LANGUAGES = [
    ("KE", "en"), ("FR", "fr"), ("CN", "zh"), ("RU", "ru"), ("EG", "ar"), ("MX", "es"),
    ("JP", "en"), ("SN", "fr"), ("KZ", "ru"), ("SA", "ar"), ("CL", "es"), ("US", "en"),
]  # fmt: skip
# The salutation of the renewed invitation in each language (prompts/consultation.toml): a
# message with it is one copy of the invitation.
INVITATION_MARK = {
    "en": "To the national focal points",
    "fr": "Aux correspondants nationaux",
    "es": "A los coordinadores nacionales",
    "ru": "Национальным координаторам",
    "zh": "致各国家联络人",
    "ar": "إلى جهات الاتصال الوطنية",
}


@dataclass
class FocalPoint:
    participant_id: int
    telegram_id: int
    country: str
    language: str
    user: EmulatedUser | None


async def add_focal_point(
    db: Database,
    emu: BotApiEmulator | None,
    telegram_id: int,
    country: str,
    language: str,
    *,
    name: str | None = None,
) -> FocalPoint:
    """An approved focal point, as registration would leave it, with an emulated Telegram user."""
    user = emu.user(telegram_id, first_name=name or f"FP{telegram_id}", language_code=language) if emu else None
    participant = await participants.ensure(db, telegram_id, telegram_id, language)
    await participants.update_fields(
        db,
        participant.id,
        country_code=country,
        status=ParticipantStatus.APPROVED,
        language=language,
        full_name=name or f"Focal point {telegram_id}",
    )
    return FocalPoint(participant.id, telegram_id, country, language, user)


async def add_focal_points(
    db: Database, emu: BotApiEmulator | None, count: int, first_id: int = 10_000
) -> list[FocalPoint]:
    made = []
    for index in range(count):
        country, language = COUNTRY_LANGUAGES[index % len(COUNTRY_LANGUAGES)]
        made.append(await add_focal_point(db, emu, first_id + index, country, language))
    return made


async def add_officer(db: Database, telegram_id: int, language: str = "en") -> None:
    """A secretariat officer (role granted as /grant would)."""
    participant = await participants.ensure(db, telegram_id, telegram_id, language)
    await participants.update_fields(
        db, participant.id, role=Role.SECRETARIAT, status=ParticipantStatus.APPROVED, language=language
    )


async def add_submission(
    db: Database, country: str, participant_id: int | None = None, *, topic: str = "saicm", status: str = "submitted"
) -> int:
    """A country's submission as the comments flow would record it (one version)."""
    seq = int(await db.fetchval("SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions"))
    now = to_db(datetime(2013, 1, 10, 8, 0, tzinfo=UTC))
    async with db.transaction() as tx:
        submission_id = await tx.execute(
            "INSERT INTO submissions (seq, reference, country_code, participant_id, status, current_version,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            (seq, f"CW-2013-{seq:04d}", country, participant_id, status, now, now),
        )
        await tx.execute(
            "INSERT INTO submission_versions (submission_id, version, participant_id, topic_id, comment_type_id,"
            " comment, fingerprint, submitted_at) VALUES (?, 1, ?, ?, 'specific', 'A comment.', 'x', ?)",
            (submission_id, participant_id, topic, now),
        )
    return submission_id


def sender(deps: Deps) -> Sender:
    found = deps.sender
    assert found is not None, "the broadcast sender did not start"
    return found


def reminder_service(deps: Deps) -> ReminderService:
    found = deps.reminders
    assert found is not None, "the reminder service did not start"
    return found


def copies(user: EmulatedUser, needle: str) -> int:
    """How many bot messages in this chat contain `needle`."""
    return sum(1 for m in user.transcript if needle in (m.text or ""))


async def delivery_rows(db: Database, broadcast_id: int | None = None) -> list[dict[str, object]]:
    if broadcast_id is None:
        rows = await db.fetchall("SELECT * FROM deliveries ORDER BY id")
    else:
        rows = await db.fetchall("SELECT * FROM deliveries WHERE broadcast_id = ? ORDER BY id", (broadcast_id,))
    return [dict(r) for r in rows]
