"""/comment: an approved focal point writes a structured comment, step by step.

topic -> comment type -> paragraph of the report (optional) -> the comment (one or several
messages, joined in order) -> proposed replacement text (optional) -> attachments (optional)
-> preview with Submit, Edit (any single part) and Cancel -> receipt.

The draft row (storage/drafts.py) is written at every step and every message part BEFORE
the bot answers, and every step reads it back: the conversation state only says which
question is open. After a restart, a `kill -9` or a phone that went offline, the user
continues where they were (or sends /comment and is offered to continue). The same flow
revises a submission (`cm:revise:<id>`, offered by /mycomments): the draft then starts from
the latest version and submitting records a new version.

Each user action gets ONE new message from the bot (Telegram allows about one message a
second per chat); a pressed button's message is edited instead (it shows the choice and
loses its buttons, so old buttons are rarely pressed again).

Here: states.py (the states and the buttons' typed data), screens.py (a draft rendered as text
and buttons), steps.py, preview.py and entry.py (one handler per step, returning the next
state), reconcile.py (`at_step`, and what happens when the draft and the state disagree), and
wiring.py (the one declaration of which step answers what, and the ConversationHandler).
"""

from handlers.comments.entry import start_on
from handlers.comments.screens import closed_notice
from handlers.comments.states import PREFIX, ConsultationChosen, Revise
from handlers.comments.wiring import handlers

__all__ = ["PREFIX", "ConsultationChosen", "Revise", "closed_notice", "handlers", "start_on"]
