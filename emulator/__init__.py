"""A local Telegram Bot API emulator that python-telegram-bot talks to over real HTTP.

async with BotApiEmulator() as emu:
    app = ApplicationBuilder().token(emu.token).base_url(emu.base_url)
          .base_file_url(emu.base_file_url).build()
    alice = emu.user(1001, first_name="Alice", language_code="fr")
    alice.send_command("/start")
    ...
"""

from ._chats import EmulatedChat, EmulatedUser
from ._emulator import BotApiEmulator
from ._models import ApiError, EmulatorStats, Fault, Limits, SentMessage, StoredFile
from ._text import utf16_len

__all__ = [
    "ApiError",
    "BotApiEmulator",
    "EmulatedChat",
    "EmulatedUser",
    "EmulatorStats",
    "Fault",
    "Limits",
    "SentMessage",
    "StoredFile",
    "utf16_len",
]
