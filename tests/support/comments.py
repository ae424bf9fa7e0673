"""Focal points made directly in storage, comment drafts written through the bot to the
preview, and the files a focal point attaches: the pieces behind the comment stories."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from emulator import EmulatedUser, SentMessage
from storage import drafts, participants, submissions
from storage.models import ParticipantStatus
from tests.support.harness import BotBench, texts

COMMENTS_BY_LANGUAGE = {
    "ar": "نؤيد تعزيز التعاون والتنسيق بين اتفاقيات بازل وروتردام واستكهولم، "
    "وندعو إلى توفير تمويل مستدام للبلدان النامية.",
    "zh": "我们支持加强巴塞尔、鹿特丹和斯德哥尔摩公约之间的合作与协调，并呼吁为发展中国家提供可持续的资金。",
    "en": "We support stronger cooperation and coordination between the Basel, Rotterdam and Stockholm conventions.",
    "fr": "Nous appuyons le renforcement de la coopération et de la coordination entre les conventions de Bâle, "
    "de Rotterdam et de Stockholm.",
    "ru": "Мы поддерживаем укрепление сотрудничества и координации между Базельской, Роттердамской и "
    "Стокгольмской конвенциями.",
    "es": "Apoyamos el fortalecimiento de la cooperación y la coordinación entre los convenios de Basilea, "
    "Rotterdam y Estocolmo.",
}
COUNTRY_BY_LANGUAGE = {"ar": "EG", "zh": "CN", "en": "KE", "fr": "SN", "ru": "KZ", "es": "CL"}


async def focal_point(
    bench: BotBench,
    user_id: int,
    *,
    country: str = "KE",
    language: str = "en",
    name: str = "Amina Otieno",
    status: ParticipantStatus = ParticipantStatus.APPROVED,
) -> EmulatedUser:
    """A focal point as registration leaves them (created directly in storage)."""
    user = bench.user(user_id, language_code=language)
    participant = await participants.ensure(bench.db, user_id, user_id, language)
    await participants.update_fields(
        bench.db, participant.id, country_code=country, full_name=name, status=status, language=language
    )
    return user


def t(bench: BotBench, language: str, key: str, **args: object) -> str:
    return bench.deps.catalog.t(language, key, **args)


async def participant_id(bench: BotBench, user: EmulatedUser) -> int:
    found = await participants.get_by_telegram_id(bench.db, user.id)
    assert found is not None
    return found.id


async def draft_of(bench: BotBench, user: EmulatedUser) -> drafts.Draft | None:
    return await drafts.get(bench.db, await participant_id(bench, user))


async def write_until_preview(
    bench: BotBench,
    user: EmulatedUser,
    *,
    language: str = "en",
    comment: str | None = None,
    topic: str = "basel",
    paragraph: str | None = "5",
    proposed: str | None = None,
) -> list[SentMessage]:
    """/comment through every step to the preview; returns the preview."""
    consultation = bench.deps.consultation
    await bench.send(user, "/comment")
    await bench.press(user, consultation.topic(topic).name.get(language))  # type: ignore[union-attr]
    await bench.press(user, consultation.comment_types[0].name.get(language))
    if paragraph is None:
        await bench.press(user, t(bench, language, "comment-btn-no-paragraph"))
    else:
        await bench.send(user, paragraph)
    await bench.send(user, comment or COMMENTS_BY_LANGUAGE[language])
    await bench.press(user, t(bench, language, "comment-btn-comment-done"))
    if proposed is None:
        await bench.press(user, t(bench, language, "comment-btn-skip-proposed"))
    else:
        await bench.send(user, proposed)
    return await bench.press(user, t(bench, language, "comment-btn-no-attachment"))


async def submit_comment(bench: BotBench, user: EmulatedUser, **kwargs: object) -> str:
    """A whole comment submitted; returns its reference."""
    language = str(kwargs.get("language", "en"))
    await write_until_preview(bench, user, **kwargs)  # type: ignore[arg-type]
    receipt = texts(await bench.press(user, t(bench, language, "comment-btn-submit")))
    found = await submissions.last_by_participant(bench.db, await participant_id(bench, user))
    assert found is not None and found[0].reference in receipt
    return found[0].reference


def stored_files(attachments_dir: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file kept in the attachments folder."""
    return {
        path.relative_to(attachments_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in Path(attachments_dir).rglob("*")
        if path.is_file()
    }


def client_split(text: str, limit: int = 4096) -> list[str]:
    """What a Telegram client sends for a long paste: pieces cut at the last space before the
    limit, each trimmed (Telegram strips the whitespace around a message)."""
    pieces = []
    while len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    return [*pieces, text]


def pdf_bytes(size: int = 3000) -> bytes:
    body = hashlib.sha256(str(size).encode()).hexdigest().encode() * (size // 64 + 1)
    return b"%PDF-1.4\n" + body[:size] + b"\n%%EOF\n"


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>Comentarios de Chile</w:document>")
    return buffer.getvalue()


def odt_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_MIME = "application/vnd.oasis.opendocument.text"
