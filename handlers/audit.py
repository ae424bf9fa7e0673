"""/audit: the audit log for admins (issue 15), newest first, a page at a time, narrowed by
person, State, action or submission reference:

    /audit                                the latest entries
    /audit person 12                      by participant 12, or about them
    /audit state Kenya                    about a State (its people, links, submissions)
    /audit action comment.submit          one action (or `comment.` for every comment action)
    /audit ref CW-2013-0001               about one submission
    /audit consultation 2                 about consultation no. 2 (its submissions, reviews, sends)
    (several at once: /audit state Kenya action comment.)

Every entry names its actor the same way: their name, participant number and Telegram id
(storage/audit.py). The filter is saved in `staff_drafts`, so "Older" pages after a restart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from handlers import callbacks, keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.common import stale_button
from handlers.context import Context
from handlers.replies import acknowledge, participant_of, replace_message, say, send_text
from prompts import Catalog, countries
from storage import audit, participants, staff_drafts
from storage.audit import AuditFilter
from storage.models import AuditEntry
from storage.submissions import normalize_reference

PREFIX = "au"
FLOW = "audit"
PAGE_SIZE = 10
MAX_DETAILS = 300
MAX_QUERY = 200
WORDS = ("person", "state", "action", "ref", "consultation")


@dataclass(frozen=True)
class Older(CallbackData, prefix=PREFIX, action="older"):
    before: int


@dataclass(frozen=True)
class Newest(CallbackData, prefix=PREFIX, action="newest"):
    pass


class FilterError(ValueError):
    def __init__(self, key: str, text: str) -> None:
        super().__init__(text)
        self.key, self.text = key, text


def parse_filter(args: list[str]) -> AuditFilter:
    """`person N`, `state NAME`, `action X`, `ref REF`, `consultation N`, in any order (a State's name may have
    several words: it runs to the next keyword)."""
    found: dict[str, str] = {}
    current: str | None = None
    words: list[str] = []
    for word in [*args, "person"]:  # a sentinel keyword closes the last one
        if word.lower() in WORDS:
            if current is not None:
                found[current] = " ".join(words)
            elif words:
                raise FilterError("audit-bad-filter", " ".join(words))
            current, words = word.lower(), []
        else:
            words.append(word)
    wanted = AuditFilter()
    for key, value in found.items():
        if not value:
            raise FilterError("audit-bad-filter", key)
        if key in ("person", "consultation"):
            if not value.isdecimal() or len(value) > 15:
                raise FilterError("audit-bad-filter", value)
            if key == "person":
                wanted.person = int(value)
            else:
                wanted.consultation_id = int(value)
        elif key == "state":
            match = countries.match(value)
            if match.country is None:
                raise FilterError("audit-unknown-state", value)
            wanted.country = match.country.code
        elif key == "action":
            if len(value) > 60 or " " in value:
                raise FilterError("audit-bad-filter", value)
            wanted.action = value
        else:
            wanted.subject = normalize_reference(value) or value
    return wanted


def audit_usage(context: Context) -> str:
    return context.t("audit-usage") + " " + context.t("audit-usage-consultation")


async def actor_text(context: Context, language: str, entry: AuditEntry) -> str:
    t = context.catalog.t
    if entry.actor_participant_id is None and entry.actor_telegram_id is None:
        return t(language, "audit-actor-erased" if entry.details.get("actor_erased") else "audit-actor-bot")
    person = await participants.get(context.db, entry.actor_participant_id) if entry.actor_participant_id else None
    ids = {
        "participant": str(entry.actor_participant_id or "—"),
        "telegram": str(entry.actor_telegram_id or "—"),
    }
    if person is not None and person.full_name:
        return t(language, "audit-actor", name=person.full_name, **ids)
    return t(language, "audit-actor-unnamed", **ids)


def details_text(entry: AuditEntry) -> str:
    shown = {k: v for k, v in entry.details.items() if k != "actor_erased" and v not in (None, "", [], {})}
    if not shown:
        return ""
    text = json.dumps(shown, ensure_ascii=False, default=str)
    return text if len(text) <= MAX_DETAILS else text[: MAX_DETAILS - 1] + "…"


async def page_view(
    context: Context, language: str, wanted: AuditFilter, described: str, before: int | None
) -> tuple[str, InlineKeyboardMarkup | None]:
    t = context.catalog.t
    total = await audit.count(context.db, wanted)
    found = await audit.search(context.db, wanted, before_id=before, limit=PAGE_SIZE)
    parts = [t(language, "audit-title", count=total)]
    if described:
        parts.append(t(language, "audit-filter", filter=described))
    if not found:
        parts.append(t(language, "audit-none"))
    zone = context.deps.consultation.zone
    for number, entry in enumerate(found, start=1):
        block = t(
            language,
            "audit-entry",
            number=number,
            when=Catalog.datetime(language, entry.at, zone),
            action=entry.action,
            actor=await actor_text(context, language, entry),
            subject=entry.subject or "—",
        )
        details = details_text(entry)
        if details:
            block += "\n" + t(language, "audit-details", details=details)
        parts.append(block)
    buttons = []
    if before is not None:
        buttons.append(keyboards.press(t(language, "audit-newest"), Newest()))
    if found and len(found) == PAGE_SIZE and await audit.search(context.db, wanted, before_id=found[-1].id, limit=1):
        buttons.append(keyboards.press(t(language, "audit-older"), Older(found[-1].id)))
    return "\n\n".join(parts), keyboards.rows(buttons, per_row=2) if buttons else None


async def _saved_filter(context: Context, officer_id: int) -> tuple[AuditFilter, str]:
    saved = await staff_drafts.load(context.db, officer_id, FLOW)
    return AuditFilter.model_validate(saved.get("filter") or {}), str(saved.get("described") or "")


@guarded("audit")
async def audit_command(update: Update, context: Context) -> None:
    """/audit [filters]: the newest entries that match."""
    officer = await participant_of(update, context)
    assert officer is not None
    args = context.args or []
    typed = " ".join(args)
    if len(typed) > MAX_QUERY:
        await say(update, context, "too-long-input", length=len(typed), max=MAX_QUERY)
        return
    try:
        wanted = parse_filter(args)
    except FilterError as problem:
        text = context.t(problem.key, text=problem.text[:100]) + "\n\n" + audit_usage(context)
        await send_text(update, context, text)
        return
    await staff_drafts.save(
        context.db, officer.id, FLOW, {"filter": wanted.model_dump(exclude_none=True), "described": typed}
    )
    text, keyboard = await page_view(context, context.language, wanted, typed, None)
    if not args:
        text += "\n\n" + audit_usage(context)
    await send_text(update, context, text, keyboard)


@guarded("audit")
async def page_pressed(update: Update, context: Context) -> None:
    data = Older.of(update) or Newest.of(update)
    if data is None:
        await stale_button(update, context)
        return
    await acknowledge(update)
    officer = await participant_of(update, context)
    assert officer is not None
    wanted, described = await _saved_filter(context, officer.id)
    before = data.before if isinstance(data, Older) else None
    text, keyboard = await page_view(context, context.language, wanted, described, before)
    await replace_message(update, context, text, keyboard)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        CommandHandler("audit", audit_command),
        CallbackQueryHandler(page_pressed, pattern=Older.pattern()),
        CallbackQueryHandler(page_pressed, pattern=Newest.pattern()),
        CallbackQueryHandler(stale_button, pattern=callbacks.prefix_pattern(PREFIX)),
    ]
