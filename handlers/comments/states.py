"""The comment conversation's states. The first seven are also the `step` stored with the draft."""

from __future__ import annotations

from telegram.ext import ConversationHandler

TOPIC = "topic"


TYPE = "type"


PARAGRAPH = "paragraph"


COMMENT = "comment"


PROPOSED = "proposed"


ATTACHMENTS = "attachments"


PREVIEW = "preview"


CONFIRM_CANCEL = "confirm_cancel"  # "discard this draft?"


RESUME = "resume"  # "/comment" while a draft is open: continue it or start again


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


END = ConversationHandler.END
