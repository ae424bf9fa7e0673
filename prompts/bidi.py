"""Right-to-left text that survives copy and paste, and input cleaned of invisible characters.

Output. In Arabic, Fluent wraps every placeable in bidi isolates (FSI…PDI) so that a
left-to-right value keeps its order inside a right-to-left sentence. Inside something a person
copies, a command (`/verify CW-2013-0004`), a reference, an e-mail address or a link, those
invisible characters travel with the copy and break it when pasted back. `copy_safe()` takes
them out of such tokens and puts a LEFT-TO-RIGHT MARK on each side instead, outside the token:
the display stays right (the marks are strong left-to-right characters, so the slash of a
command and the hyphens of a reference stay where they belong), and a selection of the token
itself contains nothing invisible. Values that are not tokens (names, dates in words) keep
their isolates.

Input. `strip_invisible()` removes every format character (Unicode category Cf: bidi marks,
embeddings and isolates, zero-width space, zero-width joiners, word joiner, BOM, soft hyphen,
Arabic letter mark...) from what is parsed: commands and their arguments, references, e-mail
addresses, codes and names of States. Free text that is stored as written (a comment, a
proposed text) keeps them, except at its ends.
"""

from __future__ import annotations

import re
import unicodedata

LRM = "\u200e"
FSI, PDI = "\u2068", "\u2069"
# Every bidi control character: marks, embeddings, overrides and isolates.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NO_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))

# A token is printable ASCII without spaces: references, e-mail addresses, links, codes,
# numbers, times. A command is a slash and a name where a command can start, with its
# argument when the argument is a placeable ("/verify { $reference }").
_COPYABLE_RUN = r"[!-~]+"
_COPYABLE = re.compile(
    rf"(?<![\w/.:@{FSI}{PDI}])(/[A-Za-z][A-Za-z0-9_]*(?: {FSI}{_COPYABLE_RUN}{PDI})?)(?![\w/])"
    rf"|{FSI}({_COPYABLE_RUN}){PDI}"
)


def _marked(found: re.Match[str]) -> str:
    token = (found.group(1) or found.group(2)).replace(FSI, "").replace(PDI, "")
    return f"{LRM}{token}{LRM}"


def copy_safe(text: str) -> str:
    """Right-to-left text whose commands, references, e-mail addresses and links hold no
    invisible character: isolates around them replaced by marks beside them."""
    return _COPYABLE.sub(_marked, text)


def without_bidi_controls(text: str) -> str:
    """For files (XLSX, DOCX, CSV): they take their direction from their own markup, and some
    fonts in Word and LibreOffice draw isolates and marks as boxes."""
    return text.translate(_NO_BIDI)


def strip_invisible(text: str) -> str:
    """`text` without format characters (Unicode category Cf)."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")
