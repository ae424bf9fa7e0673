"""What changed between two versions of a submission, field by field, for a reader.

Texts (the comment, the proposed text) are compared sentence by sentence: the sentences taken
out and those put in, in their order, so that a revision of one sentence in a long comment
reads as that sentence before and after. A sentence ends at . ! ? ؟ … followed by a space, at
。！？ (Chinese has no space after them), or at a line break.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from storage.submissions import Version

_SENTENCE_END = re.compile(r"(?<=[.!?؟…])\s+|(?<=[。！？])|\n+")


def sentences(text: str | None) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text or "") if part and part.strip()]


def text_changes(before: str | None, after: str | None) -> list[tuple[str, str]]:
    """[("-", sentence taken out) | ("+", sentence put in)], in reading order."""
    old, new = sentences(before), sentences(after)
    found: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        found += [("-", s) for s in old[i1:i2]]
        found += [("+", s) for s in new[j1:j2]]
    return found


@dataclass
class VersionChanges:
    """Fields whose value changed (before, after), and the sentence changes of the texts."""

    topic: tuple[str, str] | None = None
    comment_type: tuple[str, str] | None = None
    paragraph: tuple[int | None, int | None] | None = None
    attachments: tuple[list[str], list[str]] | None = None
    comment: list[tuple[str, str]] = field(default_factory=list)
    proposed_text: list[tuple[str, str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.topic or self.comment_type or self.paragraph or self.attachments or self.comment or self.proposed_text
        )


def between(before: Version, after: Version) -> VersionChanges:
    changes = VersionChanges()
    if before.topic_id != after.topic_id:
        changes.topic = (before.topic_id, after.topic_id)
    if before.comment_type_id != after.comment_type_id:
        changes.comment_type = (before.comment_type_id, after.comment_type_id)
    if before.paragraph != after.paragraph:
        changes.paragraph = (before.paragraph, after.paragraph)
    old_files = [a.file_name for a in before.attachments]
    new_files = [a.file_name for a in after.attachments]
    old_digests = sorted(a.sha256 for a in before.attachments)
    new_digests = sorted(a.sha256 for a in after.attachments)
    if old_files != new_files or old_digests != new_digests:
        changes.attachments = (old_files, new_files)
    if (before.comment or "").strip() != (after.comment or "").strip():
        changes.comment = text_changes(before.comment, after.comment)
    if (before.proposed_text or "").strip() != (after.proposed_text or "").strip():
        changes.proposed_text = text_changes(before.proposed_text, after.proposed_text)
    return changes
