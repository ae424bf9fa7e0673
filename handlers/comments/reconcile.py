"""Input the open step cannot use, and reconciliation after a crash: the draft, written before
the bot answers, says where the person is when the conversation state lags behind it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from telegram import Update

from handlers import callbacks
from handlers.access import guarded
from handlers.comments.screens import ask, confirm_discard_keyboard, mark_pressed, offer_resume, tr
from handlers.comments.states import (
    ATTACHMENTS,
    COMMENT,
    CONFIRM_CANCEL,
    END,
    PARAGRAPH,
    PREFIX,
    PROPOSED,
    RESUME,
    STEPS,
)
from handlers.context import Context
from handlers.replies import acknowledge, participant_of, say, send_text, user_language
from storage import drafts
from storage.drafts import Draft
from storage.models import Participant


async def draft_of(update: Update, context: Context) -> tuple[Participant, Draft | None]:
    participant = await participant_of(update, context)
    assert participant is not None  # guarded("comment") lets only approved focal points in
    return participant, await drafts.get(context.db, participant.id)


async def no_draft(update: Update, context: Context) -> int:
    await acknowledge(update)
    await say(update, context, "comment-no-draft")
    return END


async def pressed_at(
    update: Update,
    context: Context,
    language: str,
    step: str,
    *,
    choice: str | None = None,
    also: Callable[[Draft], bool] = lambda _draft: True,
) -> Draft | str | int:
    """`draft_at` for a button: once the draft is found at its step, the press is answered and
    the pressed message shows the choice and loses its buttons."""
    draft = await draft_at(update, context, language, step, also=also)
    if isinstance(draft, Draft):
        await acknowledge(update)
        await mark_pressed(update, choice)
    return draft


async def draft_at(
    update: Update,
    context: Context,
    language: str,
    step: str,
    *,
    typed: bool = False,
    also: Callable[[Draft], bool] = lambda _draft: True,
) -> Draft | str | int:
    """The person's draft if it is at `step` (and `also` holds for it). Otherwise the answer is
    given here and the state to return comes back instead of a draft: no draft any more, a
    button of another step (stale), or a typed message meant for another step (misrouted)."""
    _participant, draft = await draft_of(update, context)
    if draft is None:
        return await no_draft(update, context)
    if draft.step == step and also(draft):
        return draft
    if typed:
        return await misrouted(update, context, draft, language, step)
    return await stale(update, context, draft, language)


async def stale(update: Update, context: Context, draft: Draft, language: str) -> str:
    """A button from an older message (or forged): said plainly, the open question again."""
    await acknowledge(update, tr(context, language, "button-stale"))
    return await ask(update, context, draft, language, before=tr(context, language, "comment-button-stale"))


def _bad_input_key(update: Update, state: str) -> str:
    message = update.effective_message
    if message is not None and state == ATTACHMENTS and (message.photo or message.document):
        return "comment-file-photo" if message.photo else "comment-file-type"
    if state in (COMMENT, PROPOSED):
        return "comment-text-only"
    if state == ATTACHMENTS:
        return "comment-files-expected"
    if state == PARAGRAPH:
        return "comment-paragraph-expected"
    return "comment-use-buttons"


def bad_input(state: str) -> Any:
    @guarded("comment")
    async def handler(update: Update, context: Context) -> str | int:
        """Anything a step cannot use: said kindly, nothing lost, the question again."""
        language = await user_language(update, context)
        _participant, draft = await draft_of(update, context)
        if draft is None:
            return await no_draft(update, context)
        routed = _route_by_draft(update, draft, state)
        if routed is not None:
            return await routed(update, context)
        if update.callback_query is not None and state not in (RESUME, CONFIRM_CANCEL):
            return await stale(update, context, draft, language)
        await acknowledge(update)
        notice = tr(context, language, _bad_input_key(update, state))
        if state == RESUME:
            return await offer_resume(update, context, draft, language, fresh_args=(), before=notice)
        if state == CONFIRM_CANCEL:
            text = f"{notice}\n\n{tr(context, language, 'comment-cancel-confirm')}"
            await send_text(update, context, text, confirm_discard_keyboard(context, language))
            return CONFIRM_CANCEL
        return await ask(update, context, draft, language, before=notice)

    handler.__name__ = f"bad_input_{state}"
    return handler


async def misrouted(update: Update, context: Context, draft: Draft, language: str, state: str) -> str | int:
    """Input for a step the draft has already left (see `_route_by_draft`)."""
    routed = _route_by_draft(update, draft, state)
    if routed is not None:
        return await routed(update, context)
    return await ask(update, context, draft, language, before=tr(context, language, "comment-resumed"))


def _route_by_draft(update: Update, draft: Draft, state: str) -> Any:
    """The handler the DRAFT's step calls for, when the conversation state disagrees with it.

    The draft is written before the bot answers and the conversation state after: a crash in
    between leaves the state one step behind. The user's next input then goes where the draft
    says, so that nothing they type is turned away. Buttons are routed by their action (each
    step handler checks the draft's step itself); discarding is never routed this way. While
    a question about the whole draft is open (continue it? discard it?), nothing is routed."""
    # The tables are built from the steps, which use this module: looked up when needed.
    from handlers.comments.steps import document_received
    from handlers.comments.wiring import STEP_BUTTONS, STEP_TEXT

    if state in (RESUME, CONFIRM_CANCEL):
        return None
    if update.callback_query is not None:
        data = callbacks.parse(update.callback_query.data, PREFIX)
        return STEP_BUTTONS.get(data.action) if data is not None else None
    message = update.message
    if draft.step == state or draft.step not in STEPS or message is None:
        return None
    if draft.step == ATTACHMENTS and message.document is not None:
        return document_received
    if message.text is not None:
        return STEP_TEXT.get(draft.step)
    return None
