"""Invitation links for the secretariat: /invite <country> [uses] [days] (a deep link and its QR
code), /invites (the active links, each with Revoke) and /letters (the letter pack).

The letter pack is ONE ZIP file for mail merge: `letters.csv` (UTF-8 with BOM, one row per
country: code, names, language, link, expiry, uses, the QR image's file name and the invitation
text in the country's preferred language; with several consultations open to the country, a
link for each) and `qr/<CODE>.png`. A ZIP of data rather than a
finished DOCX because mail merge needs a data source: Word, LibreOffice or Outlook merge the
CSV into the secretariat's own letterhead or e-mail (INCLUDEPICTURE with the `qr_image`
column places the QR code), the links stay copyable text, and Arabic or Chinese letters are
not at the mercy of one generated document's fonts and text direction.
"""

from __future__ import annotations

import asyncio
import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import timedelta

import segno
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from handlers import callbacks, keyboards
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.context import Context
from handlers.replies import acknowledge, replace_message, say, send_text
from prompts import bidi, countries, dated
from prompts.invitation_countries import invited_countries
from services.core import definition_of
from storage import invitations
from storage.invitations import Invitation

PREFIX = "inv"
DEFAULT_USES = 1
DEFAULT_DAYS = 30
# A letter goes to a government, which may name several focal points.
LETTER_USES = 5
LETTER_DAYS = 30
MAX_USES = 1000
MAX_DAYS = 365
PAGE_SIZE = 8
CSV_COLUMNS = (
    "code",
    "country",
    "country_in_letter_language",
    "language",
    "link",
    "valid_until",
    "max_uses",
    "qr_image",
    "letter_text",
    # With several consultations open to the State: one line per consultation, its own link.
    "links_per_consultation",
)


# -- the buttons: `inv:<action>:<field>...` ------------------------------------------------------------


@dataclass(frozen=True)
class NewLink(CallbackData, prefix=PREFIX, action="new"):
    """A suggested country for /invite, with the uses and days typed."""

    country: str
    uses: int
    days: int


@dataclass(frozen=True)
class Page(CallbackData, prefix=PREFIX, action="page"):
    page: int


@dataclass(frozen=True)
class Revoke(CallbackData, prefix=PREFIX, action="revoke"):
    invitation: int


@dataclass(frozen=True)
class RevokeConfirmed(CallbackData, prefix=PREFIX, action="revoke_ok"):
    invitation: int


def deep_link(context: Context, token: str) -> str:
    return f"https://t.me/{context.bot.username}?start={token}"


def qr_png(link: str) -> bytes:
    """The link as a QR code PNG (error correction M: survives a printed, photocopied letter)."""
    buffer = io.BytesIO()
    segno.make(link, error="m", micro=False).save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def parse_invite_args(args: list[str]) -> tuple[str, int, int] | None:
    """`<country words> [uses] [days]` -> (country text, uses, days); None if unusable."""
    words = list(args)
    numbers: list[int] = []
    while words and words[-1].isdecimal() and len(numbers) < 2 and len(words[-1]) < 7:
        numbers.insert(0, int(words.pop()))
    if not words:
        return None
    uses = numbers[0] if numbers else DEFAULT_USES
    days = numbers[1] if len(numbers) > 1 else DEFAULT_DAYS
    if not (1 <= uses <= MAX_USES and 1 <= days <= MAX_DAYS):
        return None
    return " ".join(words), uses, days


def _expiry(context: Context, language: str, invitation: Invitation) -> str:
    return context.catalog.datetime(language, invitation.expires_at, context.deps.consultation.zone)


# -- /invite --------------------------------------------------------------------------------------


@guarded("invite")
async def invite_command(update: Update, context: Context) -> None:
    """/invite <country> [uses] [days]: a new link, its QR code, and a Revoke button."""
    language = context.language
    parsed = parse_invite_args(context.args or [])
    if parsed is None:
        await say(
            update,
            context,
            "inv-invite-usage",
            uses=DEFAULT_USES,
            days=DEFAULT_DAYS,
            max_uses=MAX_USES,
            max_days=MAX_DAYS,
        )
        return
    text, uses, days = parsed
    found = countries.match(text)
    if found.country is not None:
        await create_and_send(update, context, found.country.code, uses, days)
    elif found.candidates:
        keyboard = keyboards.candidate_states(found.candidates, language, lambda code: NewLink(code, uses, days))
        key = "inv-country-which" if found.ambiguous else "inv-country-suggest"
        await say(update, context, key, keyboard, text=text[:100])
    else:
        await say(update, context, "inv-country-unknown", text=text[:100])


@guarded("invite")
async def suggestion_pressed(update: Update, context: Context) -> None:
    """A suggested country for /invite: the link is made with the uses and days typed."""
    data = NewLink.of(update)
    country = countries.get(data.country) if data else None
    if data is None or country is None or not (1 <= data.uses <= MAX_USES and 1 <= data.days <= MAX_DAYS):
        await stale(update, context)
        return
    await acknowledge(update)
    await create_and_send(update, context, country.code, data.uses, data.days)


async def create_and_send(update: Update, context: Context, code: str, uses: int, days: int) -> None:
    language = context.language
    now = context.deps.now()
    invitation = await invitations.create(
        context.db,
        code,
        max_uses=uses,
        expires_at=now + timedelta(days=days),
        created_by=update.effective_user.id,  # type: ignore[union-attr]
        now=now,
    )
    link = deep_link(context, invitation.token)
    country = countries.name(code, language, "running")
    keyboard = keyboards.rows([revoke_button(context, language, invitation, None)], per_row=1)
    await say(
        update,
        context,
        "inv-created",
        keyboard,
        country=country,
        link=link,
        uses=uses,
        expires=_expiry(context, language, invitation),
    )
    png = await asyncio.to_thread(qr_png, link)
    await context.bot.send_photo(
        update.effective_chat.id,  # type: ignore[union-attr]
        photo=InputFile(png, filename=f"invitation-{code}.png"),
        caption=context.catalog.t(language, "inv-qr-caption", country=countries.name(code, language), link=link),
    )
    lines = await links_per_consultation(context, language, invitation)
    if lines:
        await send_text(update, context, "\n\n".join(lines))


async def links_per_consultation(context: Context, language: str, invitation: Invitation) -> list[str]:
    """With several consultations open to the State: the same link once more for each, naming
    it (`TOKEN-cN`): once registered, the focal point goes straight to commenting on it. None
    with one consultation (or none) open to it: the plain link is all there is to give."""
    records = await context.deps.open_consultations(invitation.country_code)
    if len(records) < 2:
        return []
    return [
        context.catalog.t(
            language,
            "inv-link-for-consultation",
            id=record.id,
            title=definition_of(record).title.get(language),
            link=deep_link(context, f"{invitation.token}-c{record.id}"),
        )
        for record in records
    ]


def revoke_button(context: Context, language: str, invitation: Invitation, number: int | None) -> InlineKeyboardButton:
    t = context.catalog.t
    text = t(language, "inv-revoke") if number is None else t(language, "inv-revoke-number", number=number)
    return keyboards.press(text, Revoke(invitation.id))


# -- /invites and revocation --------------------------------------------------------------------------


async def invites_page(
    context: Context, language: str, page: int, lead: str | None = None
) -> tuple[str, InlineKeyboardMarkup | None]:
    t = context.catalog.t
    active = await invitations.list_active(context.db, context.deps.now())
    parts = [lead] if lead else []
    if not active:
        parts.append(t(language, "inv-list-empty"))
        return "\n\n".join(parts), None
    pages = (len(active) + PAGE_SIZE - 1) // PAGE_SIZE
    page = max(0, min(page, pages - 1))
    shown = active[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    parts.append(t(language, "inv-list-title", count=len(active), page=page + 1, pages=pages))
    buttons = []
    for number, invitation in enumerate(shown, start=page * PAGE_SIZE + 1):
        entry = f"{number}. " + t(
            language,
            "inv-list-entry",
            country=countries.name(invitation.country_code, language),
            uses=invitation.uses,
            max_uses=invitation.max_uses,
            expires=_expiry(context, language, invitation),
            link=deep_link(context, invitation.token),
        )
        parts.append("\n".join([entry, *await links_per_consultation(context, language, invitation)]))
        buttons.append(revoke_button(context, language, invitation, number))
    rows = keyboards.rows(buttons, per_row=4).inline_keyboard
    navigation = []
    if page > 0:
        navigation.append(keyboards.press(t(language, "inv-page-previous"), Page(page - 1)))
    if page < pages - 1:
        navigation.append(keyboards.press(t(language, "inv-page-next"), Page(page + 1)))
    return "\n\n".join(parts), InlineKeyboardMarkup([*rows, navigation] if navigation else rows)


@guarded("invites")
async def invites_command(update: Update, context: Context) -> None:
    """/invites (or the menu's button): the links that can still be used, with Revoke."""
    await acknowledge(update)
    language = context.language
    text, keyboard = await invites_page(context, language, 0)
    await send_text(update, context, text, keyboard)


@guarded("invites")
async def page_pressed(update: Update, context: Context) -> None:
    """‹ / › in the list (also "Back" from a revocation question)."""
    data = Page.of(update)
    if data is None:
        await stale(update, context)
        return
    await acknowledge(update)
    language = context.language
    text, keyboard = await invites_page(context, language, data.page)
    await replace_message(update, context, text, keyboard)


@guarded("invites")
async def revoke_pressed(update: Update, context: Context) -> None:
    """Revoke: asked once more, with the country and the link, before anything changes."""
    data = Revoke.of(update)
    invitation = await invitations.get(context.db, data.invitation) if data is not None else None
    if invitation is None:
        await stale(update, context)
        return
    await acknowledge(update)
    language = context.language
    t = context.catalog.t
    text = t(
        language,
        "inv-revoke-confirm",
        country=countries.name(invitation.country_code, language, "running"),
        link=deep_link(context, invitation.token),
    )
    keyboard = keyboards.rows(
        [
            keyboards.press(t(language, "inv-revoke-yes"), RevokeConfirmed(invitation.id)),
            keyboards.press(t(language, "inv-revoke-no"), Page(0)),
        ],
        per_row=1,
    )
    await replace_message(update, context, text, keyboard)


@guarded("invites")
async def revoke_confirmed(update: Update, context: Context) -> None:
    """Yes, revoke: the link stops working at once; the list is shown again."""
    data = RevokeConfirmed.of(update)
    if data is None:
        await stale(update, context)
        return
    invitation_id = data.invitation
    await acknowledge(update)
    language = context.language
    revoked = await invitations.revoke(
        context.db,
        invitation_id,
        actor_id=update.effective_user.id,
        now=context.deps.now(),  # type: ignore[union-attr]
    )
    t = context.catalog.t
    if revoked is None:
        lead = t(language, "inv-revoke-already")
    else:
        lead = t(language, "inv-revoked", country=countries.name(revoked.country_code, language, "running"))
    text, keyboard = await invites_page(context, language, 0, lead)
    await replace_message(update, context, text, keyboard)


# -- /letters ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Letter:
    """One row of the letter pack."""

    code: str
    country_en: str
    country_local: str
    language: str
    link: str
    valid_until: str
    max_uses: int
    text: str
    links: tuple[str, ...] = ()

    @property
    def qr_image(self) -> str:
        return f"qr/{self.code}.png"


def letter_pack(letters: list[Letter], readme: str) -> bytes:
    """The ZIP: letters.csv, qr/<CODE>.png for each country, README.txt. CPU only, no I/O."""
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for letter in letters:
        writer.writerow(
            [
                letter.code,
                letter.country_en,
                letter.country_local,
                letter.language,
                letter.link,
                letter.valid_until,
                letter.max_uses,
                letter.qr_image,
                letter.text,
                "\n".join(letter.links),
            ]
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", readme.encode("utf-8-sig"))
        archive.writestr("letters.csv", table.getvalue().encode("utf-8-sig"))
        for letter in letters:
            archive.writestr(letter.qr_image, qr_png(letter.link))
    return buffer.getvalue()


def letter_countries(args: list[str], everyone: list[str]) -> tuple[list[str], list[str]]:
    """(codes, what was not understood) for `/letters all|CODE CODE ...` (nothing: no codes);
    names of several words are separated by commas (`/letters Kenya, Republic of Korea`)."""
    if len(args) == 1 and args[0].lower() == "all":
        return everyone, []
    joined = " ".join(args)
    words = [part.strip() for part in joined.split(",") if part.strip()] if "," in joined else args
    codes: list[str] = []
    unknown: list[str] = []
    for word in words:
        found, _ = countries.search(word)
        if found is None:
            unknown.append(word[:40])
        elif found.code not in codes:
            codes.append(found.code)
    return codes, unknown


@guarded("letters")
async def letters_command(update: Update, context: Context) -> None:
    """/letters all|CODE CODE ...: a new link per country and ONE ZIP file for mail merge.
    Without an argument it only explains itself: "all" makes some 194 links, so it is asked for."""
    language = context.language
    consultation = await context.deps.effective_consultation()
    codes, unknown = letter_countries(context.args or [], invited_countries(consultation))
    if unknown or not codes:
        t = context.catalog.t
        parts = [t(language, "inv-letters-unknown", codes=", ".join(unknown))] if unknown else []
        parts.append(t(language, "inv-letters-usage", uses=LETTER_USES, days=LETTER_DAYS))
        await send_text(update, context, "\n\n".join(parts))
        return
    now = context.deps.now()
    created = await invitations.create_many(
        context.db,
        codes,
        max_uses=LETTER_USES,
        expires_at=now + timedelta(days=LETTER_DAYS),
        created_by=update.effective_user.id,  # type: ignore[union-attr]
        now=now,
    )
    t = context.catalog.t
    zone = consultation.zone
    letters = []
    for invitation in created:
        code = invitation.country_code
        letter_language = consultation.preferred_language(code)
        link = deep_link(context, invitation.token)
        local_name = countries.name(code, letter_language)
        letters.append(
            Letter(
                code=code,
                country_en=countries.name(code, "en"),
                country_local=local_name,
                language=letter_language,
                link=link,
                valid_until=invitation.expires_at.isoformat(),
                max_uses=invitation.max_uses,
                # A file for mail merge: no bidi controls (Word takes the direction from the
                # paragraph; some fonts draw the controls as boxes).
                text=bidi.without_bidi_controls(
                    t(
                        letter_language,
                        "inv-letter-text",
                        country=countries.name(code, letter_language, "title"),
                        title=consultation.title.get(letter_language),
                        link=link,
                        deadline=dated.moment(consultation, letter_language, consultation.dates.deadline, code),
                        expires=context.catalog.date(letter_language, invitation.expires_at.astimezone(zone).date()),
                    )
                ),
                links=tuple(
                    bidi.without_bidi_controls(line)
                    for line in await links_per_consultation(context, letter_language, invitation)
                ),
            )
        )
    readme = t(language, "inv-letters-readme", uses=LETTER_USES)
    pack = await asyncio.to_thread(letter_pack, letters, readme)
    expires = context.catalog.datetime(language, now + timedelta(days=LETTER_DAYS), zone)
    await context.bot.send_document(
        update.effective_chat.id,  # type: ignore[union-attr]
        document=InputFile(pack, filename=f"invitation-letters-{now:%Y-%m-%d}.zip"),
        caption=t(language, "inv-letters-done", count=len(letters), uses=LETTER_USES, expires=expires),
    )


async def stale(update: Update, context: Context) -> None:
    from handlers.common import stale_button

    await stale_button(update, context)


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        CommandHandler("invite", invite_command),
        CallbackQueryHandler(suggestion_pressed, pattern=NewLink.pattern()),
        CommandHandler("invites", invites_command),
        CallbackQueryHandler(invites_command, pattern=keyboards.MenuInvites.pattern()),
        CallbackQueryHandler(page_pressed, pattern=Page.pattern()),
        CallbackQueryHandler(revoke_pressed, pattern=Revoke.pattern()),
        CallbackQueryHandler(revoke_confirmed, pattern=RevokeConfirmed.pattern()),
        CommandHandler("letters", letters_command),
        CallbackQueryHandler(stale, pattern=callbacks.prefix_pattern(PREFIX)),
    ]
