"""Where the sandbox's lines come from: a terminal, a pipe, or a script file.

On a terminal the sandbox edits the line itself (the terminal's own line mode cuts a line at
4,095 bytes: a pasted 5,000-character comment arrived shortened, silently). Bracketed paste
keeps a pasted text's line breaks inside one message; a message the bot sends while a line
is being typed is printed above it, and the line is drawn again below.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import os
import sys
import termios
import unicodedata
from pathlib import Path
from types import TracebackType
from typing import TextIO

_PASTE_START = "\x1b[200~"
_PASTE_END = "\x1b[201~"
_ENTER = ("\r", "\n")
_ERASE = ("\x7f", "\b")
_KILL_LINE = "\x15"
_INTERRUPT = "\x03"
_END_OF_FILE = "\x04"


def _width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


class Source:
    """Lines to act on; `read()` returns None at the end."""

    line_number = 0
    script = False

    async def read(self, prompt: str) -> str | None:
        raise NotImplementedError

    def write_above(self, text: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Give the terminal back as it was."""


class EchoedLines(Source):
    """A script file or a pipe: each line is printed after the prompt, as if typed."""

    def __init__(self, out: TextIO, lines: TextIO, *, script: bool) -> None:
        self.out = out
        self.lines = lines
        self.script = script

    async def read(self, prompt: str) -> str | None:
        if self.script:
            line = self.lines.readline()
        else:
            line = await asyncio.get_running_loop().run_in_executor(None, self.lines.readline)
        if not line:
            return None
        self.line_number += 1
        line = line.rstrip("\r\n")
        self.out.write(f"{prompt}{line}\n")
        self.out.flush()
        return line

    def write_above(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()

    def close(self) -> None:
        if self.script:
            self.lines.close()


class Terminal(Source):
    """A line editor on a terminal in non-canonical mode: no length limit, Backspace, Ctrl-U
    (erase the line), Ctrl-C or Ctrl-D on an empty line (leave), bracketed paste."""

    def __init__(self, out: TextIO, fd: int) -> None:
        self.out = out
        self.fd = fd
        self.buffer: list[str] = []
        self.prompt = ""
        self.active = False
        self.lines: asyncio.Queue[tuple[str | None, bool]] = asyncio.Queue()
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._escape: str | None = None
        self._pasting = False
        self._saved = termios.tcgetattr(fd)

    def __enter__(self) -> Terminal:
        mode = termios.tcgetattr(self.fd)
        mode[3] &= ~(termios.ICANON | termios.ECHO | termios.ISIG | termios.IEXTEN)
        mode[6][termios.VMIN] = 1
        mode[6][termios.VTIME] = 0
        termios.tcsetattr(self.fd, termios.TCSANOW, mode)
        self.out.write("\x1b[?2004h")  # bracketed paste on
        self.out.flush()
        asyncio.get_running_loop().add_reader(self.fd, self._readable)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            asyncio.get_running_loop().remove_reader(self.fd)
        self.out.write("\x1b[?2004l")
        self.out.flush()
        termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)

    async def read(self, prompt: str) -> str | None:
        self.prompt = prompt
        if not self.lines.empty():
            line, echoed = self.lines.get_nowait()
            if line is not None and not echoed:
                self.out.write(f"{prompt}{self._shown(line)}\n")
                self.out.flush()
            return line
        self.active = True
        self._draw()
        line, _ = await self.lines.get()
        return line

    def write_above(self, text: str) -> None:
        if self.active:
            self.out.write("\r\x1b[K" + text)
            self._draw()
        else:
            self.out.write(text)
        self.out.flush()

    def _shown(self, text: str) -> str:
        return text.replace("\n", "\r\n")

    def _draw(self) -> None:
        self.out.write(self.prompt + self._shown("".join(self.buffer)))
        self.out.flush()

    def _echo(self, text: str) -> None:
        if self.active:
            self.out.write(text)

    def _readable(self) -> None:
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:  # the terminal hung up
            asyncio.get_running_loop().remove_reader(self.fd)
            self._finish(None)
            return
        for char in self._decoder.decode(data):
            self._key(char)
        self.out.flush()

    def _finish(self, line: str | None) -> None:
        echoed = self.active
        if echoed:
            self.out.write("\n")
        self.active = False
        self.buffer = []
        self.lines.put_nowait((line, echoed))

    def _key(self, char: str) -> None:
        if self._escape is not None:
            self._escape += char
            if self._escape == _PASTE_START:
                self._pasting, self._escape = True, None
            elif self._escape == _PASTE_END:
                self._pasting, self._escape = False, None
            elif len(self._escape) > 1 and (self._escape[1] != "[" or (len(self._escape) > 2 and "@" <= char <= "~")):
                self._escape = None  # arrows and other keys: not used
            return
        if char == "\x1b":
            self._escape = char
        elif char in _ENTER:
            if self._pasting:
                self.buffer.append("\n")
                self._echo("\r\n")
            else:
                self._finish("".join(self.buffer))
        elif char in _ERASE:
            if self.buffer:
                erased = self.buffer.pop()
                if erased == "\n":
                    self._echo("\r\n")
                    self._draw()
                else:
                    self._echo("\b \b" * _width(erased))
        elif char == _KILL_LINE:
            self.buffer = []
            self._echo("\r\x1b[K")
            if self.active:
                self._draw()
        elif char in (_INTERRUPT, _END_OF_FILE):
            if char == _INTERRUPT or not self.buffer:
                self._finish(None)
        elif char == "\t" or char >= " ":
            self.buffer.append(char)
            self._echo(char)


def open_source(out: TextIO, script: Path | None) -> Source:
    if script is not None:
        return EchoedLines(out, script.open(encoding="utf-8"), script=True)
    if sys.stdin.isatty():
        return Terminal(out, sys.stdin.fileno()).__enter__()
    return EchoedLines(out, sys.stdin, script=False)
