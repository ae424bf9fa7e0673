"""The person's draft for each step, and what to do when the step and the draft disagree.

The draft is written before the bot answers and the conversation state after: a crash in
between (or an old message's button, or a forged one) leaves them apart. `at_step` gives a
step the draft when it is at that step; otherwise the answer is given here: no draft any more,
a button of another step (stale: said plainly, the open question again), or a typed message
meant for the step the draft is at (misrouted: it goes there, nothing typed is turned away).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update

from handlers.access import guarded
from handlers.comments.screens import ask, closed_draft, closed_notice, confirm_discard_keyboard, offer_resume
from handlers.comments.states import (
    ATTACHMENTS,
    COMMENT,
    CONFIRM_CANCEL,
    END,
    PARAGRAPH,
    PROPOSED,
    RESUME,
    STEPS,
)
from handlers.context import Context
from handlers.replies import acknowledge, participant_of, send_text
from storage import drafts
from storage.drafts import Draft
from storage.models import Participant

State = str | int
Step = Callable[[Update, Context], Awaitable[State]]
DraftStep = Callable[[Update, Context, Draft], Awaitable[State]]


async def draft_of(update: Update, context: Context) -> tuple[Participant, Draft | None]:
    participant = await participant_of(update, context)
    assert participant is not None  # guarded("comment") lets only approved focal points in
    return participant, await drafts.get(context.db, participant.id)


async def no_draft(update: Update, context: Context) -> int:
    await acknowledge(update)
    await send_text(update, context, context.t("comment-no-draft"))
    return END


def at_step(*steps: str, when: Callable[[Draft], bool] = lambda _draft: True) -> Callable[[DraftStep], Step]:
    """The step runs with the person's draft if the draft is at one of `steps` (at any step if
    none are named) and `when` holds for it; otherwise it is answered here (see above) and the
    state to be in is returned. A button is stale, a typed message misrouted."""

    def decorate(step: DraftStep) -> Step:
        @functools.wraps(step)
        async def at(update: Update, context: Context) -> State:
            participant, draft = await draft_of(update, context)
            if draft is None:
                return await no_draft(update, context)
            if await stopped_by_close(update, context, participant, draft):
                return END
            if (not steps or draft.step in steps) and when(draft):
                return await step(update, context, draft)
            if update.callback_query is None:
                return await misrouted(update, context, draft, steps[0])
            return await stale(update, context, draft)

        return at

    return decorate


async def stopped_by_close(update: Update, context: Context, participant: Participant, draft: Draft) -> bool:
    """After the close (of the consultation, or of the person's State's extended deadline):
    said at once, the draft shown and kept, an extension offered (screens.closed_draft)."""
    notice = await closed_notice(context, draft.consultation_id, participant.country_code)
    if notice is None:
        return False
    await acknowledge(update)
    await closed_draft(update, context, draft, notice)
    return True


async def stale(update: Update, context: Context, draft: Draft) -> str:
    """A button from an older message (or forged): said plainly, the open question again."""
    await acknowledge(update, context.t("button-stale"))
    return await ask(update, context, draft, before=context.t("comment-button-stale"))


async def misrouted(update: Update, context: Context, draft: Draft, state: str) -> State:
    """Input for a step the draft has already left (see `route_by_draft`)."""
    routed = route_by_draft(update, draft, state)
    if routed is not None:
        return await routed(update, context)
    return await ask(update, context, draft, before=context.t("comment-resumed"))


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


def bad_input(state: str) -> Step:
    """The state's catch-all (`flow.state(..., otherwise=)`): it does not always keep the state,
    since input may belong where the draft is, and an old button leads back to the draft's step."""

    @guarded("comment")
    async def handler(update: Update, context: Context) -> State:
        """Anything a step cannot use: said kindly, nothing lost, the question again."""
        participant, draft = await draft_of(update, context)
        if draft is None:
            return await no_draft(update, context)
        if state not in (CONFIRM_CANCEL,) and await stopped_by_close(update, context, participant, draft):
            return END
        routed = route_by_draft(update, draft, state)
        if routed is not None:
            return await routed(update, context)
        if update.callback_query is not None and state not in (RESUME, CONFIRM_CANCEL):
            return await stale(update, context, draft)
        await acknowledge(update)
        notice = context.t(_bad_input_key(update, state))
        if state == RESUME:
            return await offer_resume(update, context, draft, before=notice)
        if state == CONFIRM_CANCEL:
            text = f"{notice}\n\n{context.t('comment-cancel-confirm')}"
            await send_text(update, context, text, confirm_discard_keyboard(context))
            return CONFIRM_CANCEL
        return await ask(update, context, draft, before=notice)

    handler.__name__ = f"bad_input_{state}"
    return handler


def route_by_draft(update: Update, draft: Draft, state: str) -> Any:
    """The handler the DRAFT's step calls for, when the conversation state disagrees with it.

    Buttons are routed by their action (each step checks the draft's step itself; discarding
    is never routed this way); a message goes to the handler of the draft's step that takes
    it. While a question about the whole draft is open (continue it? discard it?), nothing is
    routed."""
    # The tables are derived from the `states=` declaration, whose steps use this module.
    from handlers.comments.wiring import STEP_BUTTONS, STEP_MESSAGES

    if state in (RESUME, CONFIRM_CANCEL):
        return None
    if update.callback_query is not None:
        return next((step for pressed, step in STEP_BUTTONS.items() if pressed.of(update) is not None), None)
    if draft.step == state or draft.step not in STEPS or update.message is None:
        return None
    if state == PARAGRAPH and draft.step == COMMENT and not draft.data.comment_parts:
        # The paragraph answer handled again after a restart (bot/inbox.py keeps an update
        # until its handling is recorded): the same number again is not a comment part.
        digits = "".join(ch for ch in update.message.text or "" if ch.isdecimal())
        if digits and digits == str(draft.data.paragraph):
            return None
    return next((h.callback for h in STEP_MESSAGES.get(draft.step, ()) if h.check_update(update)), None)
