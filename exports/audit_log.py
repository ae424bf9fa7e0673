"""The audit log as a file (issue 15): CSV or JSON Lines, one entry a row, oldest first.
Telegram-free: `consultbot audit export` (bot/workspace_cli.py) writes it.

Every entry names its actor the same way (storage/audit.py): `actor_participant_id` and
`actor_telegram_id` (both empty: the bot itself, or a person since erased, which
`actor_erased` says). The legacy `actor_id` is not written: it mixed the two. Columns and
JSON fields: id, at (UTC, ISO 8601), action, actor_participant_id, actor_telegram_id,
actor_erased, subject, consultation_id, details (a JSON object).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from exports.safety import neutralise
from exports.tabular import iso_utc
from storage.models import AuditEntry

FIELDS = (
    "id",
    "at",
    "action",
    "actor_participant_id",
    "actor_telegram_id",
    "actor_erased",
    "subject",
    "consultation_id",
    "details",
)


class AuditFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"


def as_record(entry: AuditEntry) -> dict[str, Any]:
    details = {k: v for k, v in entry.details.items() if k != "actor_erased"}
    return {
        "id": entry.id,
        "at": iso_utc(entry.at),
        "action": entry.action,
        "actor_participant_id": entry.actor_participant_id,
        "actor_telegram_id": entry.actor_telegram_id,
        "actor_erased": bool(entry.details.get("actor_erased")),
        "subject": entry.subject,
        "consultation_id": entry.consultation_id,
        "details": details,
    }


def write_audit(entries: Sequence[AuditEntry], fmt: AuditFormat, path: Path) -> int:
    """Write the entries to `path`; returns how many. CPU and file only."""
    if fmt is AuditFormat.JSONL:
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            for entry in entries:
                handle.write(json.dumps(as_record(entry), ensure_ascii=False, default=str) + "\n")
        return len(entries)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, dialect="excel", lineterminator="\r\n")
        writer.writerow(FIELDS)
        for entry in entries:
            record = as_record(entry)
            record["details"] = json.dumps(record["details"], ensure_ascii=False, default=str)
            writer.writerow(
                [
                    neutralise(v) if isinstance(v, str) else ("true" if v is True else "false" if v is False else v)
                    for v in (record[f] for f in FIELDS)
                ]
            )
    return len(entries)
