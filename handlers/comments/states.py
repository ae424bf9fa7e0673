"""The comment conversation's states, and the buttons of the flow as typed callback data.

The first seven states are also the `step` stored with the draft (storage/drafts.py): the
conversation state only says which question is open, the draft says where the person is.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import ConversationHandler

from handlers.callbacks import CallbackData

TOPIC = "topic"
TYPE = "type"
PARAGRAPH = "paragraph"
COMMENT = "comment"
PROPOSED = "proposed"
ATTACHMENTS = "attachments"
PREVIEW = "preview"
CONFIRM_CANCEL = "confirm_cancel"  # "discard this draft?"
RESUME = "resume"  # "/comment" while a draft is open: continue it or start again
END = ConversationHandler.END

STEPS = (TOPIC, TYPE, PARAGRAPH, COMMENT, PROPOSED, ATTACHMENTS, PREVIEW)
NEXT_STEP = {
    TOPIC: TYPE,
    TYPE: PARAGRAPH,
    PARAGRAPH: COMMENT,
    COMMENT: PROPOSED,
    PROPOSED: ATTACHMENTS,
    ATTACHMENTS: PREVIEW,
}
EDITABLE = (TOPIC, TYPE, PARAGRAPH, COMMENT, PROPOSED, ATTACHMENTS)
PREFIX = "cm"


# -- the buttons: `cm:<action>[:<field>]` ------------------------------------------------------


@dataclass(frozen=True)
class TopicChosen(CallbackData, prefix=PREFIX, action="topic"):
    topic: str


@dataclass(frozen=True)
class TypeChosen(CallbackData, prefix=PREFIX, action="type"):
    kind: str


@dataclass(frozen=True)
class ParagraphChosen(CallbackData, prefix=PREFIX, action="para"):
    value: str  # a paragraph number, or NO_PARAGRAPH


NO_PARAGRAPH = "none"


@dataclass(frozen=True)
class CommentDone(CallbackData, prefix=PREFIX, action="done"):
    pass


@dataclass(frozen=True)
class KeepComment(CallbackData, prefix=PREFIX, action="keepcomment"):
    pass


@dataclass(frozen=True)
class SkipProposed(CallbackData, prefix=PREFIX, action="skip"):
    pass


@dataclass(frozen=True)
class RemoveFile(CallbackData, prefix=PREFIX, action="rmfile"):
    attachment: int


@dataclass(frozen=True)
class FilesDone(CallbackData, prefix=PREFIX, action="filesdone"):
    pass


@dataclass(frozen=True)
class Submit(CallbackData, prefix=PREFIX, action="submit"):
    token: str  # the draft's: a press for a draft already recorded is recognised


@dataclass(frozen=True)
class SubmitAsNew(CallbackData, prefix=PREFIX, action="asnew"):
    pass


@dataclass(frozen=True)
class FullText(CallbackData, prefix=PREFIX, action="fulltext"):
    pass


@dataclass(frozen=True)
class EditMenu(CallbackData, prefix=PREFIX, action="edit"):
    pass


@dataclass(frozen=True)
class EditPart(CallbackData, prefix=PREFIX, action="editpart"):
    part: str  # one of EDITABLE


@dataclass(frozen=True)
class BackToPreview(CallbackData, prefix=PREFIX, action="back"):
    pass


@dataclass(frozen=True)
class Cancel(CallbackData, prefix=PREFIX, action="cancel"):
    pass


@dataclass(frozen=True)
class Discard(CallbackData, prefix=PREFIX, action="discard"):
    pass


@dataclass(frozen=True)
class KeepDraft(CallbackData, prefix=PREFIX, action="keep"):
    pass


@dataclass(frozen=True)
class Continue(CallbackData, prefix=PREFIX, action="continue"):
    pass


@dataclass(frozen=True)
class StartAgain(CallbackData, prefix=PREFIX, action="fresh"):
    """“Start again”: a new comment."""


@dataclass(frozen=True)
class StartRevisionAgain(CallbackData, prefix=PREFIX, action="fresh"):
    """“Start again” offered by a Revise press: the revision of this submission."""

    submission: int


@dataclass(frozen=True)
class Revise(CallbackData, prefix=PREFIX, action="revise"):
    """Offered by /mycomments: a draft starting from the submission's latest version."""

    submission: int


@dataclass(frozen=True)
class ConsultationChosen(CallbackData, prefix=PREFIX, action="consult"):
    """/comment while several consultations are open to the person's State: which one."""

    consultation: int
