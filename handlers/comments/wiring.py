"""The ConversationHandler: which step answers what, in each state."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler, filters

from handlers import callbacks
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
from handlers.comments.reconcile import bad_input
from handlers.comments.states import (
    ATTACHMENTS,
    COMMENT,
    CONFIRM_CANCEL,
    PARAGRAPH,
    PREFIX,
    PREVIEW,
    PROPOSED,
    RESUME,
    TOPIC,
    TYPE,
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


def _button(action: str, callback: Any) -> CallbackQueryHandler[Context, Any]:
    return CallbackQueryHandler(callback, pattern=callbacks.pattern(PREFIX, action))


MESSAGE = filters.UpdateType.MESSAGE


TEXT = filters.TEXT & ~filters.COMMAND & MESSAGE


ANYTHING_ELSE = ~filters.COMMAND & MESSAGE


def _state(state: str, *specific: BaseHandler[Update, Context, Any]) -> list[BaseHandler[Update, Context, Any]]:
    """A state's handlers, then its answers to bad input and to buttons of other steps."""
    return [
        *specific,
        CallbackQueryHandler(bad_input(state), pattern=callbacks.pattern(PREFIX)),
        MessageHandler(ANYTHING_ELSE, bad_input(state)),
    ]


STEP_TEXT = {PARAGRAPH: paragraph_typed, COMMENT: comment_part, PROPOSED: proposed_text}


STEP_BUTTONS = {
    "topic": topic_chosen,
    "type": type_chosen,
    "para": paragraph_button,
    "done": comment_done,
    "keepcomment": keep_comment,
    "skip": proposed_skip,
    "rmfile": remove_file,
    "filesdone": files_done,
    "fulltext": full_text,
    "edit": edit_menu,
    "editpart": edit_part,
    "back": back_to_preview,
    "submit": submit,
    "asnew": submit_as_new,
    "cancel": cancel,
    "revise": revise,
    "continue": resume_continue,
}


def handlers() -> list[BaseHandler[Update, Context, object]]:
    entry = [
        CommandHandler("comment", start),
        CallbackQueryHandler(start, pattern=callbacks.pattern("menu", "comment")),
        _button("revise", revise),
        _button("submit", submit),
    ]
    return [
        ConversationHandler(
            # Outside the conversation (its state lost, or an old message's button), any other
            # comment button resumes the open draft from the database.
            entry_points=[*entry, CallbackQueryHandler(resume_any, pattern=callbacks.pattern(PREFIX))],
            states={
                TOPIC: _state(TOPIC, _button("topic", topic_chosen)),
                TYPE: _state(TYPE, _button("type", type_chosen)),
                PARAGRAPH: _state(PARAGRAPH, _button("para", paragraph_button), MessageHandler(TEXT, paragraph_typed)),
                COMMENT: _state(
                    COMMENT,
                    MessageHandler(TEXT, comment_part),
                    _button("done", comment_done),
                    _button("keepcomment", keep_comment),
                ),
                PROPOSED: _state(
                    PROPOSED,
                    MessageHandler(TEXT, proposed_text),
                    _button("skip", proposed_skip),
                    _button("back", back_to_preview),
                ),
                ATTACHMENTS: _state(
                    ATTACHMENTS,
                    MessageHandler(filters.Document.ALL & MESSAGE, document_received),
                    _button("rmfile", remove_file),
                    _button("filesdone", files_done),
                ),
                PREVIEW: _state(
                    PREVIEW,
                    _button("submit", submit),
                    _button("fulltext", full_text),
                    _button("edit", edit_menu),
                    _button("editpart", edit_part),
                    _button("back", back_to_preview),
                    _button("cancel", cancel),
                    _button("asnew", submit_as_new),
                ),
                CONFIRM_CANCEL: _state(CONFIRM_CANCEL, _button("discard", discard), _button("keep", keep_draft)),
                RESUME: _state(RESUME, _button("continue", resume_continue), _button("fresh", resume_fresh)),
            },
            fallbacks=[*entry, CommandHandler("cancel", cancel)],
            name="comments",
            persistent=True,
        )
    ]
