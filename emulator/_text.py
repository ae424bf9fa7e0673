"""Message text as Telegram sees it: UTF-16 lengths, parse modes, trimming, command entities.

Telegram measures text after the `parse_mode` markup is removed, counts UTF-16 code units and
rejects malformed markup with "can't parse entities"; a bot that escapes HTML badly or splits
long texts by Python `len` must fail here as it would in production.
"""

from __future__ import annotations

import html
import re
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ._models import ApiError, bad_request

Entity = dict[str, Any]

_COMMAND_RE = re.compile(r"(?<![\w/\\])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's limits and entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def command_entities(text: str) -> list[Entity]:
    """bot_command entities the Telegram client would attach to a user's text."""
    return [
        {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group())}
        for m in _COMMAND_RE.finditer(text)
    ]


def strip_text(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Trim surrounding whitespace as Telegram does, moving and clipping entities to match."""
    stripped = text.strip()
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    size = utf16_len(stripped)
    out: list[Entity] = []
    for ent in entities:
        start = max(0, int(ent.get("offset", 0)) - shift)
        end = min(size, int(ent.get("offset", 0)) + int(ent.get("length", 0)) - shift)
        if end > start:
            out.append({**ent, "offset": start, "length": end - start})
    return stripped, out


def parse_entities(text: str, parse_mode: str | None) -> tuple[str, list[Entity]]:
    """Render `text` under `parse_mode` into plain text plus entities, or raise a 400."""
    if not parse_mode:
        return text, []
    mode = parse_mode.lower()
    if mode == "html":
        return _HtmlParser(text).run()
    if mode == "markdownv2":
        return _MarkdownV2Parser(text).run()
    if mode == "markdown":
        return _MarkdownParser(text).run()
    raise bad_request(f"unsupported parse_mode {parse_mode}")


def _cant_parse(detail: str) -> ApiError:
    return bad_request(f"can't parse entities: {detail}")


@dataclass
class _Open:
    """An entity whose end has not been seen yet."""

    kind: str
    tag: str
    offset: int
    source_pos: int
    extra: dict[str, Any] = field(default_factory=dict)


class _Builder:
    """Accumulates rendered text and tracks the UTF-16 position for entity offsets."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.pos16 = 0
        self.entities: list[Entity] = []

    def add(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.pos16 += utf16_len(chunk)

    def close(self, opened: _Open) -> None:
        length = self.pos16 - opened.offset
        if length > 0:
            self.entities.append({"type": opened.kind, "offset": opened.offset, "length": length, **opened.extra})

    def byte_offset(self, index: int) -> int:
        """Telegram reports error positions in UTF-8 bytes of the source."""
        return len(self.source[:index].encode("utf-8"))

    def result(self) -> tuple[str, list[Entity]]:
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.parts), self.entities


_HTML_KINDS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_HTML_ENTITY_RE = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot));")
_HTML_ATTR_RE = re.compile(r"""\s*([A-Za-z_:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")


class _HtmlParser:
    """Telegram's HTML subset: a whitelist of tags, strict nesting, four named entities."""

    def __init__(self, source: str) -> None:
        self.src = source
        self.out = _Builder(source)
        self.stack: list[_Open] = []

    def run(self) -> tuple[str, list[Entity]]:
        i = 0
        while i < len(self.src):
            char = self.src[i]
            if char == "<":
                i = self._end_tag(i) if self.src.startswith("</", i) else self._start_tag(i)
            elif char == "&":
                i = self._entity(i)
            else:
                nxt = min((p for p in (self.src.find("<", i), self.src.find("&", i)) if p >= 0), default=len(self.src))
                self.out.add(self.src[i:nxt])
                i = nxt
        if self.stack:
            raise _cant_parse(f'Can\'t find end tag corresponding to start tag "{self.stack[-1].tag}"')
        return self.out.result()

    def _entity(self, i: int) -> int:
        match = _HTML_ENTITY_RE.match(self.src, i)
        if not match:
            self.out.add("&")
            return i + 1
        if match.group(3):
            self.out.add(html.unescape(match.group()))
        else:
            code = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
            self.out.add(chr(code) if 0 < code <= 0x10FFFF else "")
        return match.end()

    def _start_tag(self, i: int) -> int:
        j = i + 1
        while j < len(self.src) and not self.src[j].isspace() and self.src[j] not in ">":
            j += 1
        name = self.src[i + 1 : j].lower()
        if j >= len(self.src):
            raise _cant_parse(f"Unclosed start tag at byte offset {self.out.byte_offset(i)}")
        if name not in _HTML_KINDS:
            raise _cant_parse(f'Unsupported start tag "{name}" at byte offset {self.out.byte_offset(i)}')
        close = self.src.find(">", j)
        if close < 0:
            raise _cant_parse(f"Unclosed start tag at byte offset {self.out.byte_offset(i)}")
        attrs = self._attributes(self.src[j:close])
        self.stack.append(self._open(name, attrs, i))
        return close + 1

    @staticmethod
    def _attributes(raw: str) -> dict[str, str]:
        attrs: dict[str, str] = {}
        for match in _HTML_ATTR_RE.finditer(raw.rstrip("/")):
            value = match.group(2) or match.group(3) or match.group(4) or ""
            attrs[match.group(1).lower()] = html.unescape(value)
        return attrs

    def _open(self, name: str, attrs: dict[str, str], i: int) -> _Open:
        kind = _HTML_KINDS[name]
        extra: dict[str, Any] = {}
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise _cant_parse(f'Tag "span" must have class "tg-spoiler" at byte offset {self.out.byte_offset(i)}')
        if name == "a":
            extra["url"] = attrs.get("href", "")
        elif name == "tg-emoji":
            extra["custom_emoji_id"] = attrs.get("emoji-id", "")
        elif name == "blockquote" and "expandable" in attrs:
            kind = "expandable_blockquote"
        elif name == "code" and self.stack and self.stack[-1].tag == "pre":
            language = attrs.get("class", "")
            if language.startswith("language-"):
                self.stack[-1].extra["language"] = language.removeprefix("language-")
        return _Open(kind, name, self.out.pos16, i, extra)

    def _end_tag(self, i: int) -> int:
        close = self.src.find(">", i)
        if close < 0:
            raise _cant_parse(f"Unclosed end tag at byte offset {self.out.byte_offset(i)}")
        name = self.src[i + 2 : close].strip().lower()
        if not self.stack:
            raise _cant_parse(f"Unexpected end tag at byte offset {self.out.byte_offset(i)}")
        if name != self.stack[-1].tag:
            raise _cant_parse(
                f"Unmatched end tag at byte offset {self.out.byte_offset(i)}, "
                f'expected "</{self.stack[-1].tag}>", found "</{name}>"'
            )
        opened = self.stack.pop()
        if opened.kind == "text_link" and not opened.extra.get("url"):
            return close + 1
        if opened.kind == "code" and self.stack and self.stack[-1].tag == "pre":
            return close + 1  # <pre><code class=...> is one pre entity with a language
        self.out.close(opened)
        return close + 1


_MD2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MD2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "text_link": "TextUrl",
}


class _MarkdownV2Parser:
    """MarkdownV2: every reserved character outside an entity must be escaped with a backslash."""

    def __init__(self, source: str) -> None:
        self.src = source
        self.out = _Builder(source)
        self.stack: list[_Open] = []

    def run(self) -> tuple[str, list[Entity]]:
        i = 0
        while i < len(self.src):
            i = self._step(i)
        if self.stack:
            top = self.stack[-1]
            raise _cant_parse(
                f"Can't find end of {_MD2_NAMES[top.kind]} entity at byte offset {self.out.byte_offset(top.source_pos)}"
            )
        return self.out.result()

    def _step(self, i: int) -> int:
        char = self.src[i]
        if char == "\\" and i + 1 < len(self.src) and 0 < ord(self.src[i + 1]) < 127:
            self.out.add(self.src[i + 1])
            return i + 2
        if char not in _MD2_RESERVED:
            self.out.add(char)
            return i + 1
        if char == "`":
            return self._code(i)
        if char == "]" and self.stack and self.stack[-1].kind == "text_link":
            return self._link_end(i)
        if char == ">" and (i == 0 or self.src[i - 1] == "\n"):
            return i + 1  # blockquote marker; the quote entity itself is not tracked
        kind, width = self._delimiter(i)
        if kind is None:
            raise _cant_parse(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")
        if self.stack and self.stack[-1].kind == kind and kind != "text_link":
            self.out.close(self.stack.pop())
        else:
            self.stack.append(_Open(kind, char * width, self.out.pos16, i))
        return i + width

    def _delimiter(self, i: int) -> tuple[str | None, int]:
        pair = self.src[i : i + 2]
        if pair == "__":
            return "underline", 2
        if pair == "||":
            return "spoiler", 2
        return {"*": "bold", "_": "italic", "~": "strikethrough", "[": "text_link"}.get(self.src[i]), 1

    def _code(self, i: int) -> int:
        fence = "```" if self.src.startswith("```", i) else "`"
        j = i + len(fence)
        chunk: list[str] = []
        while j < len(self.src) and not self.src.startswith(fence, j):
            if self.src[j] == "\\" and j + 1 < len(self.src):
                j += 1
            chunk.append(self.src[j])
            j += 1
        if j >= len(self.src):
            name = "Pre" if fence == "```" else "Code"
            raise _cant_parse(f"Can't find end of {name} entity at byte offset {self.out.byte_offset(i)}")
        body = "".join(chunk)
        extra: dict[str, Any] = {}
        if fence == "```" and "\n" in body:
            first, rest = body.split("\n", 1)
            if first and " " not in first:
                extra["language"], body = first, rest
        opened = _Open("pre" if fence == "```" else "code", fence, self.out.pos16, i, extra)
        self.out.add(body)
        self.out.close(opened)
        return j + len(fence)

    def _link_end(self, i: int) -> int:
        opened = self.stack.pop()
        if not self.src.startswith("(", i + 1):
            return i + 1
        j = i + 2
        url: list[str] = []
        while j < len(self.src) and self.src[j] != ")":
            if self.src[j] == "\\" and j + 1 < len(self.src):
                j += 1
            url.append(self.src[j])
            j += 1
        if j >= len(self.src):
            raise _cant_parse(f"Can't find end of a URL at byte offset {self.out.byte_offset(i + 1)}")
        opened.extra["url"] = "".join(url)
        self.out.close(opened)
        return j + 1


class _MarkdownParser:
    """Legacy Markdown: *bold*, _italic_, `code`, ```pre```, [text](url); no nesting."""

    _KINDS: ClassVar[Mapping[str, str]] = types.MappingProxyType({"*": "bold", "_": "italic", "`": "code"})

    def __init__(self, source: str) -> None:
        self.src = source
        self.out = _Builder(source)

    def run(self) -> tuple[str, list[Entity]]:
        i = 0
        while i < len(self.src):
            char = self.src[i]
            if char == "\\" and i + 1 < len(self.src) and self.src[i + 1] in "_*`[":
                self.out.add(self.src[i + 1])
                i += 2
            elif char == "[":
                i = self._link(i)
            elif char in self._KINDS:
                i = self._span(i)
            else:
                self.out.add(char)
                i += 1
        return self.out.result()

    def _missing_end(self, i: int) -> ApiError:
        return _cant_parse(f"Can't find end of the entity starting at byte offset {self.out.byte_offset(i)}")

    def _span(self, i: int) -> int:
        fence = "```" if self.src.startswith("```", i) else self.src[i]
        end = self.src.find(fence, i + len(fence))
        if end < 0:
            raise self._missing_end(i)
        kind = "pre" if fence == "```" else self._KINDS[fence]
        opened = _Open(kind, fence, self.out.pos16, i)
        self.out.add(self.src[i + len(fence) : end])
        self.out.close(opened)
        return end + len(fence)

    def _link(self, i: int) -> int:
        end = self.src.find("]", i + 1)
        if end < 0:
            raise self._missing_end(i)
        opened = _Open("text_link", "[", self.out.pos16, i)
        self.out.add(self.src[i + 1 : end])
        if self.src.startswith("(", end + 1):
            close = self.src.find(")", end + 2)
            if close < 0:
                raise self._missing_end(i)
            opened.extra["url"] = self.src[end + 2 : close]
            self.out.close(opened)
            return close + 1
        return end + 1
