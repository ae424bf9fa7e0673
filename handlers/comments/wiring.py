"""The ConversationHandler. `STATES` is the one declaration of which step answers what in each
state; the `states=` table and the routing tables of reconcile.py are both derived from it."""

from __future__ import annotations

from itertools import chain

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler, filters

from handlers import callbacks, flow, keyboards
from handlers.callbacks import CallbackData
from handlers.comments.entry import (
    cancel,
    discard,
    keep_draft,
    resume_any,
    resume_continue,
    resume_fresh,
    revise,
    start,
)
from handlers.comments.preview import back_to_preview, edit_menu, edit_part, full_text, submit, submit_as_new
from handlers.comments.reconcile import Step, bad_input
from handlers.comments.states import (
    ATTACHMENTS,
    COMMENT,
    CONFIRM_CANCEL,
    PARAGRAPH,
    PREFIX,
    PREVIEW,
    PROPOSED,
    RESUME,
    STEPS,
    TOPIC,
    TYPE,
    BackToPreview,
    Cancel,
    CommentDone,
    Continue,
    Discard,
    EditMenu,
    EditPart,
    FilesDone,
    FullText,
    KeepComment,
    KeepDraft,
    ParagraphChosen,
    RemoveFile,
    Revise,
    SkipProposed,
    StartAgain,
    Submit,
    SubmitAsNew,
    TopicChosen,
    TypeChosen,
)
from handlers.comments.steps import (
    comment_done,
    comment_part,
    document_received,
    files_done,
    keep_comment,
    paragraph_button,
    paragraph_typed,
    proposed_skip,
    proposed_text,
    remove_file,
    topic_chosen,
    type_chosen,
)
from handlers.context import Context

Trigger = type[CallbackData] | filters.BaseFilter  # a button's data, or a kind of message
DOCUMENT = filters.Document.ALL & flow.MESSAGE

# Buttons that work from outside the conversation too (the fallbacks and entry points).
ENTRY: tuple[tuple[Trigger, Step], ...] = ((Revise, revise), (Submit, submit))
STATES: dict[str, tuple[tuple[Trigger, Step], ...]] = {
    TOPIC: ((TopicChosen, topic_chosen),),
    TYPE: ((TypeChosen, type_chosen),),
    PARAGRAPH: ((ParagraphChosen, paragraph_button), (flow.TEXT, paragraph_typed)),
    COMMENT: ((flow.TEXT, comment_part), (CommentDone, comment_done), (KeepComment, keep_comment)),
    PROPOSED: ((flow.TEXT, proposed_text), (SkipProposed, proposed_skip), (BackToPreview, back_to_preview)),
    ATTACHMENTS: ((DOCUMENT, document_received), (RemoveFile, remove_file), (FilesDone, files_done)),
    PREVIEW: (
        (Submit, submit),
        (FullText, full_text),
        (EditMenu, edit_menu),
        (EditPart, edit_part),
        (BackToPreview, back_to_preview),
        (Cancel, cancel),
        (SubmitAsNew, submit_as_new),
    ),
    CONFIRM_CANCEL: ((Discard, discard), (KeepDraft, keep_draft)),
    RESUME: ((Continue, resume_continue), (StartAgain, resume_fresh)),
}
# What discards a draft, or answers "discard it?", is never routed to from another state.
NEVER_ROUTED = (Discard, KeepDraft, StartAgain)


def _handler(trigger: Trigger, step: Step) -> BaseHandler[Update, Context, object]:
    if isinstance(trigger, type):
        return CallbackQueryHandler(step, pattern=trigger.pattern())
    return MessageHandler(trigger, step)


def _step_buttons() -> dict[type[CallbackData], Step]:
    """A button -> its step, for a press in a state that is not the button's own."""
    table: dict[type[CallbackData], Step] = {}
    for trigger, step in chain(ENTRY, *STATES.values()):
        if isinstance(trigger, type) and trigger not in NEVER_ROUTED:
            assert table.setdefault(trigger, step) is step, f"two steps for {trigger.__name__}"
    return table


STEP_BUTTONS = _step_buttons()
# A draft's step -> the handlers of the messages it takes (a typed message meant for it).
STEP_MESSAGES = {
    state: tuple(MessageHandler(trigger, step) for trigger, step in declared if not isinstance(trigger, type))
    for state, declared in STATES.items()
    if state in STEPS
}


def handlers() -> list[BaseHandler[Update, Context, object]]:
    entry = [
        CommandHandler("comment", start),
        CallbackQueryHandler(start, pattern=keyboards.MenuComment.pattern()),
        *(_handler(trigger, step) for trigger, step in ENTRY),
    ]
    return [
        ConversationHandler(
            # Outside the conversation (its state lost, or an old message's button), any other
            # comment button resumes the open draft from the database.
            entry_points=[*entry, CallbackQueryHandler(resume_any, pattern=callbacks.prefix_pattern(PREFIX))],
            states={
                state: flow.state(PREFIX, *(_handler(t, s) for t, s in declared), otherwise=bad_input(state))
                for state, declared in STATES.items()
            },
            fallbacks=[*entry, CommandHandler("cancel", cancel)],
            name="comments",
            persistent=True,
        )
    ]
