"""A ZIP of the attachments of the exported submissions, each named by its reference.

Entries are `CW-2013-0042_report.pdf` (an earlier version's file: `CW-2013-0042_v1_report.pdf`),
plus `index.csv` listing every file with its checksum and whether it was found intact. Files
are copied in chunks (constant memory) and their SHA-256 is checked on the way. With
`max_bytes`, the archive is split into parts that each stay under that size (Telegram's
upload limit): `name-part1.zip`, `name-part2.zip`...
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from exports.safety import neutralise

CHUNK = 1024 * 1024
# Room kept in each part for the central directory and index.csv.
PART_RESERVE = 1024 * 1024
_UNSAFE = re.compile(r"[\x00-\x1f\x7f<>:\"|?*]")
# Already compressed: stored as they are (deflating them again only costs time).
_STORED_SUFFIXES = {".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".zip", ".jpg", ".jpeg", ".png", ".gz"}

ATTACHMENTS_SQL = """
SELECT s.reference, v.version, s.current_version, s.country_code, a.file_name, a.size, a.sha256,
       a.storage_path
  FROM submissions s
  JOIN submission_versions v ON v.submission_id = s.id
  JOIN attachments a ON a.version_id = v.id
"""
ATTACHMENTS_ORDER = "s.seq, v.version, a.id"
INDEX_FIELDS = ("reference", "version", "country_code", "file_name", "entry", "size", "sha256", "status")


def safe_file_name(name: str) -> str:
    """The last path component, without control or reserved characters, at most 120 long."""
    base = PurePosixPath(name.replace("\\", "/")).name
    base = _UNSAFE.sub("_", base).strip(" .")
    if len(base) > 120:
        stem, dot, suffix = base.rpartition(".")
        base = (stem[: 120 - len(suffix) - 1] + dot + suffix) if dot and len(suffix) < 10 else base[:120]
    return base or "attachment"


@dataclass
class _Part:
    path: Path
    archive: zipfile.ZipFile
    names: set[str] = field(default_factory=set)
    index: list[tuple[Any, ...]] = field(default_factory=list)


class AttachmentsZip:
    """Used from a worker thread: add batches of attachment rows, then close."""

    def __init__(self, path: Path, attachments_dir: Path, max_bytes: int | None = None) -> None:
        self.path = path
        self.attachments_dir = attachments_dir.resolve()
        self.max_bytes = max_bytes
        self.parts: list[Path] = []
        self.files = 0
        self.missing = 0
        self._part: _Part | None = None

    def open(self) -> None:
        self._new_part()

    def _new_part(self) -> None:
        if self._part is not None:
            self._close_part()
        number = len(self.parts) + 1
        path = self.path if number == 1 else self.path.with_name(f"{self.path.stem}-part{number}{self.path.suffix}")
        self.parts.append(path)
        self._part = _Part(path, zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED))

    def _close_part(self) -> None:
        assert self._part is not None
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(INDEX_FIELDS)
        writer.writerows(tuple(neutralise(v) if isinstance(v, str) else v for v in line) for line in self._part.index)
        self._part.archive.writestr("index.csv", ("\ufeff" + buffer.getvalue()).encode("utf-8"))
        self._part.archive.close()
        self._part = None

    def _resolve(self, storage_path: str) -> Path | None:
        path = Path(storage_path)
        path = (path if path.is_absolute() else self.attachments_dir / path).resolve()
        return path if path.is_relative_to(self.attachments_dir) and path.is_file() else None

    def add(self, rows: list[tuple[Any, ...]]) -> None:
        for reference, version, current, country, file_name, size, sha256, storage_path in rows:
            self._add_one(reference, version, current, country, file_name, size, sha256, storage_path)

    def _add_one(
        self,
        reference: str,
        version: int,
        current: int,
        country: str,
        file_name: str,
        size: int,
        sha256: str,
        storage_path: str,
    ) -> None:
        assert self._part is not None
        prefix = reference if version == current else f"{reference}_v{version}"
        source = self._resolve(storage_path)
        if source is None:
            self.missing += 1
            self._part.index.append((reference, version, country, file_name, "", size, sha256, "missing"))
            return
        if (
            self.max_bytes is not None
            and self._part.names
            and self._part.archive.fp is not None
            and self._part.archive.fp.tell() + size + PART_RESERVE > self.max_bytes
        ):
            self._new_part()
            assert self._part is not None
        entry = self._unique(f"{prefix}_{safe_file_name(file_name)}")
        digest = hashlib.sha256()
        method = zipfile.ZIP_STORED if source.suffix.lower() in _STORED_SUFFIXES else zipfile.ZIP_DEFLATED
        info = zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = method
        with source.open("rb") as reader, self._part.archive.open(info, "w", force_zip64=size > 2**31) as writer:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                writer.write(chunk)
        status = "ok" if digest.hexdigest() == sha256 else "sha256-mismatch"
        self._part.index.append((reference, version, country, file_name, entry, size, sha256, status))
        self.files += 1

    def _unique(self, entry: str) -> str:
        assert self._part is not None
        candidate, n = entry, 1
        stem, dot, suffix = entry.rpartition(".")
        while candidate in self._part.names or candidate == "index.csv":
            n += 1
            candidate = f"{stem} ({n}).{suffix}" if dot else f"{entry} ({n})"
        self._part.names.add(candidate)
        return candidate

    def close(self) -> list[Path]:
        self._close_part()
        if len(self.parts) > 1:
            first = self.parts[0].with_name(f"{self.path.stem}-part1{self.path.suffix}")
            self.parts[0] = self.parts[0].rename(first)
        return self.parts

    def abort(self) -> None:
        """After a failure: nothing half-written is left behind."""
        if self._part is not None:
            self._part.archive.close()
            self._part = None
        for path in self.parts:
            path.unlink(missing_ok=True)
