"""/extensions: a State's own deadline, granted, listed and withdrawn by the secretariat; and
the answers to the focal points' requests for one.

    /extensions [N] -> MENU: the extensions in force and the open requests, with buttons
      Grant an extension    -> ASK_STATE (typed name) -> ASK_DATE (typed) -> CONFIRM -> MENU
      Withdraw an extension -> PICK -> CONFIRM -> MENU
      Close
    A request's notice (to the staff, through the outbox):
      Grant   -> ASK_DATE for that State -> CONFIRM -> MENU
      Decline -> ASK_REASON (typed) -> the focal point is told, in their language -> MENU

Before Confirm, the officer sees the notice as its recipients will read it and how many they
are (focal points of the State that have not submitted, and anyone of it with a draft open).
Confirm is one transaction (storage/deadlines.py: grant, revoke, decline) with that notice in
the outbox and the officer's draft claimed: a repeated Confirm changes and announces nothing
twice. The State's reminders follow its new deadline at once (services/reminders.py).

A focal point asks for an extension from the closed draft's message (`AskExtension`): the
request and the staff's notice are one transaction too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler

from exports.unsent import unsent_drafts_csv
from handlers import consultations, flow, keyboards
from handlers.access import guarded
from handlers.common import stale_button
from handlers.context import Context
from handlers.deadline_buttons import (
    PREFIX,
    ApplyExtension,
    AskExtension,
    BackExtensions,
    CloseExtensions,
    DeclineRequest,
    GrantExtension,
    GrantRequest,
    PickExtension,
    UnsentDrafts,
    WithdrawExtension,
)
from handlers.messages import render_notice
from handlers.replies import acknowledge, mark_pressed, participant_of, say, send_text
from prompts import Catalog, countries, dated, typed
from services import deadlines as notices
from storage import deadlines, drafts, participants, staff_drafts, submissions
from storage.consultations import FIRST_ID
from storage.deadlines import Notice, NoticeType

MENU = "menu"
ASK_STATE = "ask_state"
ASK_DATE = "ask_date"
CONFIRM = "confirm"
PICK = "pick"
ASK_REASON = "ask_reason"

FLOW = "extensions"
MAX_REASON = 1000


async def _officer(update: Update, context: Context) -> int:
    participant = await participant_of(update, context)
    assert participant is not None  # guarded("extensions") let only staff through
    return participant.id


async def _draft(update: Update, context: Context) -> dict[str, Any]:
    return await staff_drafts.load(context.db, await _officer(update, context), FLOW)


async def _consultation_id(update: Update, context: Context) -> int:
    return await staff_drafts.consultation_of(context.db, await _officer(update, context), FLOW)


async def _begin(update: Update, context: Context, consultation_id: int, data: dict[str, Any]) -> None:
    officer = await _officer(update, context)
    await staff_drafts.save(context.db, officer, FLOW, data)
    await staff_drafts.set_consultation(context.db, officer, FLOW, consultation_id)


def _state_name(context: Context, code: str) -> str:
    return countries.name(code, context.language)


async def overview_text(context: Context, consultation_id: int) -> str:
    t = context.t
    consultation = await context.deps.effective_consultation(consultation_id)
    lines = [
        t("deadlines-title", title=consultation.title.get(context.language)),
        t("schedule-deadline", deadline=dated.moment(consultation, context.language, consultation.dates.deadline)),
        "",
    ]
    granted = await deadlines.granted(context.db, consultation_id)
    if granted:
        for extension in granted:
            lines.append(
                t(
                    "deadlines-line",
                    country=_state_name(context, extension.country_code),
                    deadline=dated.moment(consultation, context.language, extension.deadline),
                    granted=Catalog.date(context.language, extension.granted_at.astimezone(consultation.zone).date()),
                )
            )
    else:
        lines.append(t("deadlines-none"))
    requests = await deadlines.open_requests(context.db, consultation_id)
    if requests:
        lines += ["", t("deadlines-requests-title")]
        for request in requests:
            lines.append(
                t(
                    "deadlines-request-line",
                    country=_state_name(context, request.country_code),
                    when=dated.moment(consultation, context.language, request.requested_at),
                )
            )
    return "\n".join(lines)


async def _show_menu(update: Update, context: Context, note: str | None = None, **args: Any) -> str:
    consultation_id = await _consultation_id(update, context)
    text = await overview_text(context, consultation_id)
    if note is not None:
        text = context.t(note, **args) + "\n\n" + text
    buttons = [keyboards.press(context.t("deadlines-grant-button"), GrantExtension())]
    if await deadlines.granted(context.db, consultation_id):
        buttons.append(keyboards.press(context.t("deadlines-withdraw-button"), WithdrawExtension()))
    buttons.append(keyboards.press(context.t("deadlines-unsent-button"), UnsentDrafts()))
    buttons.append(keyboards.press(context.t("deadlines-close-button"), CloseExtensions()))
    await send_text(update, context, text, keyboards.rows(buttons, per_row=1))
    return MENU


@guarded("extensions")
async def unsent_pressed(update: Update, context: Context) -> str:
    """The drafts never submitted, as a CSV file, each row marked as an unsent draft."""
    await acknowledge(update)
    await mark_pressed(update, context.t("deadlines-unsent-button"))
    consultation_id = await _consultation_id(update, context)
    items = await deadlines.unsent_drafts(context.db, consultation_id)
    if not items:
        return await _show_menu(update, context, "deadlines-unsent-none")
    consultation = await context.deps.effective_consultation(consultation_id)
    references = {}
    for item in items:
        if item.draft.submission_id is not None:
            revised = await submissions.get(context.db, item.draft.submission_id)
            references[item.draft.submission_id] = revised.reference if revised else ""
    data = unsent_drafts_csv(context.catalog, consultation, items, context.language, references)
    assert update.effective_chat is not None
    await context.bot.send_document(
        update.effective_chat.id,
        document=data,
        filename=f"unsent-drafts-{consultation_id}.csv",
        caption=context.t("deadlines-unsent-caption", count=len(items)),
    )
    return await _show_menu(update, context)


def _back(context: Context) -> Any:
    return keyboards.rows([keyboards.press(context.t("deadlines-back-button"), BackExtensions())])


def _confirm_keyboard(context: Context) -> Any:
    return keyboards.rows(
        [
            keyboards.press(context.t("deadlines-confirm-button"), ApplyExtension()),
            keyboards.press(context.t("deadlines-back-button"), BackExtensions()),
        ],
        per_row=2,
    )


# -- the overview ---------------------------------------------------------------------------------


@guarded("extensions")
async def start(update: Update, context: Context) -> str | int:
    """/extensions, or /extensions N for consultation no. N."""
    consultation_id = FIRST_ID
    if context.args:
        record = await consultations.named(context, context.args[0])
        if record is None:
            await say(update, context, "schedule-unknown-consultation", number=context.args[0][:20])
            return ConversationHandler.END
        consultation_id = record.id
    await _begin(update, context, consultation_id, {})
    return await _show_menu(update, context)


@guarded("extensions")
async def grant_pressed(update: Update, context: Context) -> str:
    await acknowledge(update)
    await mark_pressed(update, context.t("deadlines-grant-button"))
    await send_text(update, context, context.t("deadlines-ask-state"), _back(context))
    return ASK_STATE


@guarded("extensions")
async def state_typed(update: Update, context: Context) -> str:
    """The State to extend the deadline for, by any name the bot recognises."""
    assert update.message is not None
    found = countries.match(update.message.text or "")
    if found.country is None:
        names = [c.name(context.language) for c in found.candidates[:5]]
        key = "deadlines-state-candidates" if names else "deadlines-unknown-state"
        await say(update, context, key, names=Catalog.list_of(context.language, names))
        return ASK_STATE
    code = found.country.code
    consultation_id = await _consultation_id(update, context)
    if consultation_id != FIRST_ID:  # the first invites every State, as its reminders do
        invited = (await context.deps.effective_consultation(consultation_id)).invited_countries
        if invited and code not in invited:
            await say(update, context, "deadlines-state-not-invited", country=countries.name(code, context.language))
            return ASK_STATE
    await staff_drafts.update(context.db, await _officer(update, context), FLOW, country=code)
    return await _ask_date(update, context, code)


async def _ask_date(update: Update, context: Context, code: str) -> str:
    consultation_id = await _consultation_id(update, context)
    consultation = await context.deps.effective_consultation(consultation_id)
    own = await deadlines.deadline_of(context.db, consultation_id, code, consultation.dates.deadline)
    example = own.astimezone(consultation.zone).strftime("%Y-%m-%d %H:%M")
    await send_text(
        update,
        context,
        context.t(
            "deadlines-ask-date",
            country=countries.name(code, context.language, "running"),
            deadline=dated.moment(consultation, context.language, own),
            zone=Catalog.zone_city(context.language, consultation.zone),
            example=example,
        ),
        _back(context),
    )
    return ASK_DATE


@guarded("extensions")
async def date_typed(update: Update, context: Context) -> str:
    """The State's new deadline: later than the consultation's, before the meeting."""
    assert update.message is not None
    draft = await _draft(update, context)
    code = draft.get("country")
    if not code:
        await stale_button(update, context)
        return await _show_menu(update, context)
    consultation_id = await _consultation_id(update, context)
    consultation = await context.deps.effective_consultation(consultation_id)
    zone, general = consultation.zone, consultation.dates.deadline
    new = typed.deadline(update.message.text or "", zone, general.astimezone(zone).time())
    if new is None:
        await say(update, context, "schedule-bad-date", example=general.astimezone(zone).strftime("%Y-%m-%d %H:%M"))
        return ASK_DATE
    if new <= max(general, context.deps.now()):
        shown = dated.moment(consultation, context.language, max(general, context.deps.now()))
        await say(update, context, "deadlines-date-not-later", deadline=shown)
        return ASK_DATE
    if new.astimezone(zone).date() >= consultation.dates.meeting_start:
        await say(
            update,
            context,
            "schedule-deadline-after-meeting",
            meeting=Catalog.date(context.language, consultation.dates.meeting_start),
        )
        return ASK_DATE
    await staff_drafts.update(
        context.db, await _officer(update, context), FLOW, deadline=new.isoformat(), action="grant"
    )
    notice = Notice(type=NoticeType.STATE_EXTENDED, deadline=new, country_code=code)
    audience = await notices.audience(context.deps, consultation_id, countries={code})
    question = context.t(
        "deadlines-confirm-grant",
        country=countries.name(code, context.language, "running"),
        deadline=dated.moment(consultation, context.language, new),
    )
    await _confirm(update, context, question, notice, len(audience), consultation_id, new)
    return CONFIRM


async def _confirm(
    update: Update,
    context: Context,
    question: str,
    notice: Notice,
    count: int,
    consultation_id: int,
    deadline: datetime,
) -> None:
    """The question, the notice as its recipients will read it, how many they are, Confirm."""
    consultation = (await context.deps.effective_consultation(consultation_id)).rescheduled(deadline=deadline)
    text, _buttons = render_notice(context.catalog, consultation, notice, context.language, None)
    preview = context.t("deadlines-notice-preview", count=count)
    await send_text(update, context, f"{question}\n\n{preview}\n\n{text}", _confirm_keyboard(context))


@guarded("extensions")
async def withdraw_pressed(update: Update, context: Context) -> str:
    await acknowledge(update)
    consultation_id = await _consultation_id(update, context)
    consultation = await context.deps.effective_consultation(consultation_id)
    buttons = []
    for extension in await deadlines.granted(context.db, consultation_id):
        day = Catalog.date(context.language, extension.deadline.astimezone(consultation.zone).date())
        label = context.t("deadlines-pick-line", country=_state_name(context, extension.country_code), date=day)
        buttons.append(keyboards.press(label, PickExtension(extension.id)))
    buttons.append(keyboards.press(context.t("deadlines-back-button"), BackExtensions()))
    await mark_pressed(update, context.t("deadlines-withdraw-button"))
    await send_text(update, context, context.t("deadlines-pick-withdraw"), keyboards.rows(buttons, per_row=1))
    return PICK


@guarded("extensions")
async def extension_picked(update: Update, context: Context) -> str:
    await acknowledge(update)
    pressed = PickExtension.of(update)
    extension = await deadlines.get(context.db, pressed.extension) if pressed else None
    consultation_id = await _consultation_id(update, context)
    if extension is None or extension.status != "granted" or extension.consultation_id != consultation_id:
        await stale_button(update, context)
        return await _show_menu(update, context)
    await mark_pressed(update)
    await staff_drafts.update(
        context.db, await _officer(update, context), FLOW, extension_id=extension.id, action="withdraw"
    )
    consultation = await context.deps.effective_consultation(consultation_id)
    general = consultation.dates.deadline
    notice = Notice(type=NoticeType.STATE_REVOKED, deadline=general, country_code=extension.country_code)
    audience = await notices.audience(context.deps, consultation_id, countries={extension.country_code})
    question = context.t(
        "deadlines-confirm-withdraw",
        country=countries.name(extension.country_code, context.language, "running"),
        deadline=dated.moment(consultation, context.language, general),
    )
    await _confirm(update, context, question, notice, len(audience), consultation_id, general)
    return CONFIRM


@guarded("extensions")
async def confirmed(update: Update, context: Context) -> str:
    """Confirm: the extension granted or withdrawn with its notice, in one transaction."""
    await acknowledge(update)
    assert update.effective_user is not None
    officer = await _officer(update, context)
    draft = await _draft(update, context)
    consultation_id = await _consultation_id(update, context)
    consultation = await context.deps.effective_consultation(consultation_id)
    now = context.deps.now()
    done: tuple[str, dict[str, Any]] | None = None
    if draft.get("action") == "grant" and draft.get("country") and draft.get("deadline"):
        code, new = draft["country"], datetime.fromisoformat(draft["deadline"])
        members = await notices.audience(context.deps, consultation_id, countries={code})
        granted = await deadlines.grant(
            context.db,
            consultation_id,
            code,
            new,
            Notice(type=NoticeType.STATE_EXTENDED, deadline=new, country_code=code),
            notices.notice_recipients(context.deps, members, new),
            officer_id=officer,
            actor_id=update.effective_user.id,
            flow=FLOW,
            now=now,
            request_id=draft.get("request_id"),
        )
        if granted is not None:
            done = (
                "deadlines-granted",
                {
                    "country": countries.name(code, context.language, "running"),
                    "deadline": dated.moment(consultation, context.language, new),
                },
            )
    elif draft.get("action") == "withdraw" and draft.get("extension_id"):
        extension = await deadlines.get(context.db, int(draft["extension_id"]))
        if extension is not None:
            general = consultation.dates.deadline
            members = await notices.audience(context.deps, consultation_id, countries={extension.country_code})
            revoked = await deadlines.revoke(
                context.db,
                extension.id,
                Notice(type=NoticeType.STATE_REVOKED, deadline=general, country_code=extension.country_code),
                notices.notice_recipients(context.deps, members, general),
                officer_id=officer,
                actor_id=update.effective_user.id,
                flow=FLOW,
                now=now,
            )
            if revoked is not None:
                done = (
                    "deadlines-withdrawn",
                    {"country": countries.name(extension.country_code, context.language, "running")},
                )
    await _begin(update, context, consultation_id, {})
    if done is None:
        await stale_button(update, context)
        return await _show_menu(update, context)
    await mark_pressed(update, context.t("deadlines-confirm-button"))
    service = context.deps.reminders
    if service is not None:
        await service.sync()
    return await _show_menu(update, context, done[0], **done[1])


# -- a request's answer -------------------------------------------------------------------------------


async def _open_request(update: Update, context: Context, request_id: int | None) -> deadlines.ExtensionRequest | None:
    found = await deadlines.get_request(context.db, request_id) if request_id is not None else None
    if found is None or found.status is not deadlines.RequestStatus.OPEN:
        await acknowledge(update)
        await say(update, context, "deadlines-request-answered")
        return None
    return found


@guarded("extensions")
async def request_grant(update: Update, context: Context) -> str | int:
    """Grant on a request's notice: the State's new deadline is asked for."""
    pressed = GrantRequest.of(update)
    request = await _open_request(update, context, pressed.request if pressed else None)
    if request is None:
        return ConversationHandler.END
    await acknowledge(update)
    await mark_pressed(update, context.t("deadlines-request-grant"))
    await _begin(update, context, request.consultation_id, {"country": request.country_code, "request_id": request.id})
    return await _ask_date(update, context, request.country_code)


@guarded("extensions")
async def request_decline(update: Update, context: Context) -> str | int:
    """Decline on a request's notice: the reason is asked for (the focal point will read it)."""
    pressed = DeclineRequest.of(update)
    request = await _open_request(update, context, pressed.request if pressed else None)
    if request is None:
        return ConversationHandler.END
    await acknowledge(update)
    await mark_pressed(update, context.t("deadlines-request-decline"))
    await _begin(update, context, request.consultation_id, {"request_id": request.id, "action": "decline"})
    country = countries.name(request.country_code, context.language, "running")
    await send_text(update, context, context.t("deadlines-ask-reason", country=country, max=MAX_REASON), _back(context))
    return ASK_REASON


@guarded("extensions")
async def reason_typed(update: Update, context: Context) -> str:
    assert update.message is not None and update.effective_user is not None
    reason = (update.message.text or "").strip()
    if not reason or len(reason) > MAX_REASON:
        await say(update, context, "deadlines-bad-reason", max=MAX_REASON)
        return ASK_REASON
    draft = await _draft(update, context)
    request = await deadlines.get_request(context.db, int(draft.get("request_id") or 0))
    if request is None:
        await stale_button(update, context)
        return await _show_menu(update, context)
    asker = await participants.get(context.db, request.participant_id) if request.participant_id else None
    consultation = await context.deps.effective_consultation(request.consultation_id)
    recipients = notices.notice_recipients(context.deps, [asker], consultation.dates.deadline) if asker else []
    declined = await deadlines.decline(
        context.db,
        request.id,
        reason,
        recipients,
        officer_id=await _officer(update, context),
        actor_id=update.effective_user.id,
        flow=FLOW,
        now=context.deps.now(),
    )
    await _begin(update, context, request.consultation_id, {})
    if declined is None:
        await say(update, context, "deadlines-request-answered")
        return await _show_menu(update, context)
    if context.deps.sender is not None:
        context.deps.sender.wake()
    country = countries.name(request.country_code, context.language, "running")
    return await _show_menu(update, context, "deadlines-declined", country=country)


# -- the focal point's request ----------------------------------------------------------------------


@guarded("comment")
async def ask_extension(update: Update, context: Context) -> None:
    """“Ask the secretariat for an extension”, on a closed draft's message."""
    await acknowledge(update)
    pressed = AskExtension.of(update)
    participant = await participant_of(update, context)
    assert participant is not None
    draft = await drafts.get(context.db, participant.id)
    if pressed is None or draft is None or draft.consultation_id != pressed.consultation:
        await stale_button(update, context)
        return
    await mark_pressed(update, context.t("deadlines-ask-button"))
    staff = await notices.staff_recipients(context.deps)
    _request, new = await deadlines.request(context.db, pressed.consultation, participant, staff, context.deps.now())
    if context.deps.sender is not None:
        context.deps.sender.wake()
    await say(update, context, "deadlines-request-sent" if new else "deadlines-request-pending")


# -- leaving --------------------------------------------------------------------------------------------


@guarded("extensions")
async def back(update: Update, context: Context) -> str:
    await acknowledge(update)
    await _begin(update, context, await _consultation_id(update, context), {})
    await mark_pressed(update)
    return await _show_menu(update, context, "deadlines-cancelled")


@guarded("extensions")
async def close(update: Update, context: Context) -> int:
    await acknowledge(update)
    await staff_drafts.clear(context.db, await _officer(update, context), FLOW)
    await mark_pressed(update, context.t("deadlines-close-button"))
    await say(update, context, "deadlines-closed")
    return ConversationHandler.END


@guarded("cancel")
async def cancel(update: Update, context: Context) -> int:
    participant = await participant_of(update, context)
    if participant is not None:
        await staff_drafts.clear(context.db, participant.id, FLOW)
    await say(update, context, "deadlines-cancelled")
    return ConversationHandler.END


def _waiting(name: str, key: str, *specific: BaseHandler[Update, Context, object]) -> list[Any]:
    """A state that waits for its own answer (or Back); anything else gets `key`, the state kept."""
    back_button = CallbackQueryHandler(back, pattern=BackExtensions.pattern())
    reask = guarded("extensions")(flow.keep(name, flow.says(key)))
    stale = guarded("extensions")(flow.keep(name, stale_button))
    return flow.state(PREFIX, *specific, back_button, otherwise=reask, stale=stale)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    requests = [
        CallbackQueryHandler(request_grant, pattern=GrantRequest.pattern()),
        CallbackQueryHandler(request_decline, pattern=DeclineRequest.pattern()),
    ]
    return [
        ConversationHandler(
            entry_points=[CommandHandler("extensions", start), *requests],
            states={
                MENU: _waiting(
                    MENU,
                    "deadlines-use-buttons",
                    CallbackQueryHandler(grant_pressed, pattern=GrantExtension.pattern()),
                    CallbackQueryHandler(withdraw_pressed, pattern=WithdrawExtension.pattern()),
                    CallbackQueryHandler(unsent_pressed, pattern=UnsentDrafts.pattern()),
                    CallbackQueryHandler(close, pattern=CloseExtensions.pattern()),
                ),
                ASK_STATE: _waiting(ASK_STATE, "deadlines-text-only", MessageHandler(flow.TEXT, state_typed)),
                ASK_DATE: _waiting(ASK_DATE, "deadlines-text-only", MessageHandler(flow.TEXT, date_typed)),
                PICK: _waiting(
                    PICK,
                    "deadlines-use-buttons",
                    CallbackQueryHandler(extension_picked, pattern=PickExtension.pattern()),
                ),
                CONFIRM: _waiting(
                    CONFIRM, "deadlines-use-buttons", CallbackQueryHandler(confirmed, pattern=ApplyExtension.pattern())
                ),
                ASK_REASON: _waiting(ASK_REASON, "deadlines-text-only", MessageHandler(flow.TEXT, reason_typed)),
            },
            fallbacks=[CommandHandler("extensions", start), *requests, CommandHandler("cancel", cancel)],
            name="extensions",
            persistent=True,
            allow_reentry=True,
        ),
        CallbackQueryHandler(ask_extension, pattern=AskExtension.pattern()),
    ]
