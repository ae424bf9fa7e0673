"""File storage behind getFile and the download URL, plus small media helpers."""

from __future__ import annotations

import mimetypes
import struct
import zlib
from dataclasses import dataclass, field

from ._models import StoredFile


def _tiny_png() -> bytes:
    """A valid 1x1 white PNG, the default picture a user sends."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


TINY_PNG: bytes = _tiny_png()
# An Ogg page header is enough for a client that only checks the magic number.
TINY_OGG: bytes = b"OggS" + bytes(60)

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"RIFF", b"BM")


def looks_like_image(data: bytes) -> bool:
    """Telegram refuses photos it cannot decode (IMAGE_PROCESS_FAILED)."""
    return data.startswith(_IMAGE_MAGIC)


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG or JPEG (a square guess otherwise)."""
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data) or (512, 512)
    return 512, 512


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker, length = data[i + 1], int.from_bytes(data[i + 2 : i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return int(width), int(height)
        i += 2 + length
    return None


def guess_mime(file_name: str | None, fallback: str = "application/octet-stream") -> str:
    if not file_name:
        return fallback
    return mimetypes.guess_type(file_name)[0] or fallback


@dataclass
class FileStore:
    """Files by file_id and by file_path; ids are sequential so runs are reproducible."""

    by_id: dict[str, StoredFile] = field(default_factory=dict)
    by_path: dict[str, StoredFile] = field(default_factory=dict)
    _counter: int = 0

    def add(
        self,
        data: bytes,
        kind: str,
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> StoredFile:
        self._counter += 1
        n = self._counter
        suffix = ""
        if file_name and "." in file_name:
            suffix = "." + file_name.rsplit(".", 1)[1]
        elif mime_type:
            suffix = mimetypes.guess_extension(mime_type) or ""
        stored = StoredFile(
            file_id=f"EMU{kind.upper()}{n:08d}AgADemulated",
            file_unique_id=f"AQAD{n:08d}",
            file_path=f"{kind}s/file_{n}{suffix}",
            data=data,
            file_name=file_name,
            mime_type=mime_type,
        )
        self.by_id[stored.file_id] = stored
        self.by_path[stored.file_path] = stored
        return stored

    def get(self, file_id: str) -> StoredFile | None:
        return self.by_id.get(file_id)
