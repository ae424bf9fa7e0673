"""Handing an export over in the chat: the progress message edited as rows are written, the
files sent as documents, and the work folder the file is built in (handlers/export.py is the
conversation that leads there)."""

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

from telegram import Message, Update
from telegram.error import BadRequest
from telegram.ext import Application

from exports import ExportFormat, Labels
from handlers.context import DEPS_KEY, Context, Deps

logger = logging.getLogger(__name__)

PROGRESS_EVERY = 1.5  # seconds between two edits of the progress message


class ProgressMessage:
    """Edits one message as rows are written, at most every PROGRESS_EVERY seconds."""

    def __init__(self, message: Message | None, labels: Labels) -> None:
        self.message = message
        self.labels = labels
        self._last = -PROGRESS_EVERY
        self._loop = asyncio.get_running_loop()

    async def show(self, text: str) -> None:
        if self.message is None:
            return
        try:
            await self.message.edit_text(text)
        except BadRequest as exc:  # "message is not modified", or deleted by the user
            logger.debug("progress edit refused: %s", exc)

    async def __call__(self, done: int, total: int) -> None:
        now = self._loop.time()
        if now - self._last < PROGRESS_EVERY and done < total:
            return
        self._last = now
        percent = 100 if not total else done * 100 // total
        await self.show(self.labels.t("export-progress", done=done, total=total, percent=percent))


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


async def send_files(
    update: Update, context: Context, labels: Labels, fmt: ExportFormat, paths: list[Path], rows_written: int
) -> None:
    chat = update.effective_chat
    assert chat is not None
    for number, path in enumerate(paths, start=1):
        caption = labels.t(
            "export-caption-zip" if fmt is ExportFormat.ZIP else "export-caption",
            format=labels.t(f"export-format-{fmt.value}"),
            rows=rows_written,
        )
        if len(paths) > 1:
            caption = labels.t("export-caption-part", part=number, parts=len(paths)) + "\n" + caption
        data = await asyncio.to_thread(path.read_bytes)
        await context.bot.send_document(
            chat.id, document=data, filename=path.name, caption=caption, read_timeout=120, write_timeout=120
        )


def work_root(deps: Deps) -> Path:
    """Exports are built beside the database, not in the shared system temp folder: a file
    there holds names and comments, and a crash must not leave it where others can read it."""
    return deps.attachments_dir.parent / "exports-in-progress"


def new_work_folder(root: Path) -> str:
    root.mkdir(parents=True, exist_ok=True)
    return tempfile.mkdtemp(prefix="export-", dir=root)


async def clear_unfinished_exports(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """At start-up: what a crash left of an export being built is removed."""
    deps: Deps = application.bot_data[DEPS_KEY]
    await asyncio.to_thread(shutil.rmtree, work_root(deps), ignore_errors=True)
