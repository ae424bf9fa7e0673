"""The workspace's buttons as typed callback data: `rv:<action>:<submission>[...]` for reading
and reviewing one submission, `tg:<action>:...` for the list of themes. Every press reads the
submission or the theme again and checks the presser's role (handlers/access.py)."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.callbacks import CallbackData

PREFIX = "rv"
TAGS_PREFIX = "tg"


# -- reading (policy action "read") --------------------------------------------------------------


@dataclass(frozen=True)
class CountryList(CallbackData, prefix=PREFIX, action="country"):
    """A State's submissions, each a button (from /status NAME)."""

    country: str


@dataclass(frozen=True)
class Open(CallbackData, prefix=PREFIX, action="open"):
    submission: int


@dataclass(frozen=True)
class Back(CallbackData, prefix=PREFIX, action="back"):
    """Back to the submission from one of its screens."""

    submission: int


@dataclass(frozen=True)
class Versions(CallbackData, prefix=PREFIX, action="versions"):
    submission: int


@dataclass(frozen=True)
class Files(CallbackData, prefix=PREFIX, action="files"):
    submission: int


@dataclass(frozen=True)
class NotesAndReplies(CallbackData, prefix=PREFIX, action="notes"):
    submission: int


# -- reviewing (policy action "review") ----------------------------------------------------------


@dataclass(frozen=True)
class SetStatus(CallbackData, prefix=PREFIX, action="set"):
    submission: int
    status: str  # a ReviewStatus


@dataclass(frozen=True)
class ShowTags(CallbackData, prefix=PREFIX, action="tags"):
    submission: int


@dataclass(frozen=True)
class ToggleTag(CallbackData, prefix=PREFIX, action="tog"):
    submission: int
    tag: int


@dataclass(frozen=True)
class WriteNote(CallbackData, prefix=PREFIX, action="note"):
    submission: int


@dataclass(frozen=True)
class WriteReply(CallbackData, prefix=PREFIX, action="reply"):
    submission: int


@dataclass(frozen=True)
class SendReply(CallbackData, prefix=PREFIX, action="send"):
    submission: int


@dataclass(frozen=True)
class Cancel(CallbackData, prefix=PREFIX, action="cancel"):
    pass


# -- the themes (policy action "tags") -----------------------------------------------------------


@dataclass(frozen=True)
class NewTag(CallbackData, prefix=TAGS_PREFIX, action="new"):
    consultation: int
    submission: int  # 0: from /tags; else the submission to tag with the new theme


@dataclass(frozen=True)
class RenameTag(CallbackData, prefix=TAGS_PREFIX, action="ren"):
    tag: int
