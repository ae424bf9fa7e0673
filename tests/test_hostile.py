"""Hostile input, property-based: random sequences of every kind of update, from people of every
role, in every conversation state, through the real bot and the Bot API emulator.

How it runs. Hypothesis generates batches of actions; each batch has at most one action per
person (plus updates from no person: channel posts, unknown update types), so that within a
batch every person acts on what the bot last showed them. The batch is queued, the bot answers
(`settle`), and the invariants are checked. One bench (emulator + bot + database) lives for the
whole run: a plain synchronous test keeps one `asyncio.Runner` and calls a `@given` function
once, which runs every example on that runner's loop. State is therefore carried from example
to example, which is the point (flows go deep, drafts grow, roles change), and which is why
shrinking is switched off: a failing batch is reported as it was played, with the person's
recent transcript. `derandomize=True` and no example database make every run play the same
actions (what the bot does at the same time for other chats, such as a broadcast being sent,
may still interleave differently). HOSTILE_BATCHES=N in the environment plays longer locally.

Invariants, after every batch:
  * no ERROR log record (the central error handler, handlers.common.error_handler, logs every
    unhandled exception at ERROR; the broadcast sender and PTB's loops log theirs too);
  * every private message and button press got at least one answer (a message, an edit of the
    pressed message, or the callback's answer), one of them in the person's language, and every
    button press its callback answer (no spinner left turning); an edit of an earlier message
    too (it changes nothing recorded, and the person is told how to correct an answer);
  * the database is consistent (PRAGMA integrity_check, foreign_key_check);
  * nothing entered is lost: a comment draft's text only grows, its topic, type, proposed text
    and documents do not vanish, a registration draft's answers do not vanish, and recorded
    submission versions stay as they were, unless the person's own action in that batch was
    one that discards, submits or replaces them.
Before the random play, a scripted walk (WALK) takes one person of the right role into every
state of every flow, with a sticker sent in each: every state is reached in every run, whatever
the timing, and the invariants are checked there too. At the end, the states reached are checked
against every state of every flow.

The Application's rate limiter (30 calls a second) is left out and the emulator's flood limits
are off (UnthrottledBench): 10,000 updates in CI time. Limits and 429s have their own tests.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from emulator import EmulatedChat, EmulatedUser
from storage import drafts, invitations, participants, registration
from storage.models import ParticipantStatus, Role
from tests.support.broadcasts import add_submission
from tests.support.harness import ADMIN_ID, BotBench, relax_flood_limits
from tests.support.stress import (
    AnswerLog,
    LanguageCheck,
    UnthrottledBench,
    person,
    stored,
    t,
    texts,
)

BATCHES = int(os.environ.get("HOSTILE_BATCHES", "700"))  # about 15 updates each: over 10,000 updates
RESTART_EVERY = 140  # the bot is restarted on the same database now and then
RESET_ROLES_EVERY = 40  # people drift (/forget, /grant, registrations): give them their roles back

Json = dict[str, Any]


# -- the people -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Persona:
    telegram_id: int
    language_code: str  # what their Telegram client says
    role: str  # unregistered, new, pending, rejected, focal_point, secretariat, admin
    country: str | None = None
    language: str = "en"  # their chosen language once they have a participant row


PEOPLE = [
    Persona(61_001, "ar", "unregistered"),
    Persona(61_002, "zh-hans", "unregistered"),
    Persona(61_003, "", "unregistered"),
    Persona(61_004, "de", "unregistered"),
    Persona(61_005, "fr", "new", language="fr"),
    Persona(61_006, "ru", "pending", "KZ", "ru"),
    Persona(61_007, "es", "rejected", "CL", "es"),
    Persona(61_008, "en", "focal_point", "KE", "en"),
    Persona(61_009, "fr", "focal_point", "KE", "fr"),
    Persona(61_010, "zh", "focal_point", "CN", "zh"),
    Persona(61_011, "ar", "focal_point", "EG", "ar"),
    Persona(61_012, "ru", "focal_point", "RU", "ru"),
    Persona(61_013, "es", "focal_point", "MX", "es"),
    Persona(61_014, "ar", "secretariat", None, "ar"),
    Persona(61_015, "zh", "secretariat", None, "zh"),
    Persona(ADMIN_ID, "en", "admin", None, "en"),
    Persona(61_017, "fr", "admin", None, "fr"),
]
GROUPS = (-1_001_234_567_890, -4242)
CHANNEL = -1_009_999_999_999

REAL_COMMANDS = (
    "/start", "/help", "/language", "/profile", "/forget", "/cancel", "/verify", "/comment", "/mycomments",
    "/invite", "/invites", "/letters", "/pending", "/grant", "/revoke", "/broadcast", "/schedule", "/status",
    "/export", "/stats",
)  # fmt: skip
PREFIXES = ("cm", "mc", "bc", "exp", "inv", "prof", "reg", "role", "sch", "lang", "menu")
ACTIONS = (
    "topic", "type", "para", "done", "keepcomment", "skip", "rmfile", "filesdone", "fulltext", "edit", "editpart",
    "back", "submit", "asnew", "cancel", "revise", "continue", "fresh", "discard", "keep", "list", "open", "full",
    "versions", "withdraw", "wdyes", "msg", "aud", "add", "clear", "send", "fmt", "format", "tog", "clearall", "go",
    "clearthis", "new", "page", "revoke", "revoke_ok", "forget", "forget_yes", "forget_no", "lang", "country",
    "consent", "confirm", "approve", "reject", "deadline", "meeting", "drop", "close", "apply", "rm", "comment",
    "mycomments", "profile", "broadcast", "status", "schedule", "export", "pending", "invites", "help", "language",
)  # fmt: skip

# Pieces that make text hard: right-to-left marks and overrides, zero-width characters,
# combining marks, emoji with modifiers and flags, scripts of the six languages, markup.
PIECES = (
    "\u200f", "\u202e", "\u202d", "\u200b", "\u2060", "\ufeff", "e\u0301", "\u0627\u064e", "a\u0308\u0308\u0308",
    "👍🏽", "🇰🇪", "👨‍👩‍👧", "🏳️‍🌈", "‮fdp.exe", "<b>x</b>", "*_`[x](y)`_*", "{ $x }", "%s%n", "' OR 1=1 --",
    "../../etc/passwd", "\t", "\n", " ", "مرحبا", "您好", "Привет", "Kenya", "§ 5", "para. 7", "CW-2013-0001",
    "\u0000", "\x7f", "Ⅻ", "٣", "𝟓", "ＫＥ",
)  # fmt: skip
# Answers a question might be waiting for, so that random play goes deep into every flow.
PLAUSIBLE = (
    "5", "3", "10", "11", "0", "Kenya", "France", "中国", "Россия", "مصر", "México", "KE", "Sénégal", "UK",
    "Kenya, France, CN", "Amina Otieno", "Director, Chemicals Management", "Ministry of Environment",
    "a.otieno@environment.go.ke", "not an e-mail", "2013-02-01", "2013-02-20 18:00", "2013-02-06 2013-02-07",
    "7", "1.2.2013", "2013-01-01 - 2013-12-31", "We support stronger cooperation between the conventions.",
    "Nous appuyons le renforcement de la coopération.", "Proposed replacement text for the paragraph.",
)  # fmt: skip
# What a person in each typed state would answer (the "answer" action), valid or nearly so.
ANSWERS = {
    ("registration", "ask_country"): ("Kenya", "Sénégal", "中国", "Россия", "مصر", "México", "UK", "Atlantis"),
    ("registration", "ask_name"): ("Amina Otieno", "Jean-Pierre N'Diaye", "李明", "12345"),
    ("registration", "ask_title"): ("Director, Chemicals Management", "Conseiller", "—"),
    ("registration", "ask_organisation"): ("Ministry of Environment", "Ministère de l'Environnement"),
    ("registration", "ask_email"): ("a.otieno@environment.go.ke", "jp@env.gouv.sn", "not an e-mail"),
    ("profile", "edit_value"): ("Amina Otieno", "a.otieno@environment.go.ke", "Ministry of Environment"),
    ("comments", "paragraph"): ("5", "§ 7", "para. 10", "11", "0"),
    ("comments", "comment"): ("We support stronger cooperation between the conventions.",
                              "Nous appuyons le renforcement de la coopération.", "支持加强合作。"),
    ("comments", "proposed"): ("Proposed replacement text for the paragraph.",),
    ("broadcast", "type_text"): ("The meeting will take place in Nairobi.", "Réunion à Nairobi."),
    ("broadcast", "choose_countries"): ("Kenya, France, CN", "Egypt", "Congo", "Xanadu"),
    ("schedule", "ask_deadline"): ("2013-02-01 18:00", "2013-02-20 18:00", "2013-01-01", "tomorrow"),
    ("schedule", "ask_meeting"): ("2013-02-06 2013-02-07", "2013-02-08 2013-02-06"),
    ("schedule", "ask_offset"): ("3", "7", "0", "400"),
    ("export", "export_countries"): ("Kenya, France", "CN", "Atlantis"),
    ("export", "export_dates"): ("2013-01-01 - 2013-12-31", "2013-01-10", "31.12.2013 - 1.1.2013"),
}  # fmt: skip
COMMAND_ARGUMENTS = (
    "CW-2013-0001", "cw 2013 2", "CW-2013-9999", "61008", "61014", "900001", "1", "-5", "99999999999999999999",
    "Kenya 2 5", "France", "KE FR", "all", "Kenya 0 0", "Kenya 99999 99999", "x" * 80,
)  # fmt: skip
NAMES = (
    "report.pdf",
    "comments.docx",
    "notes.odt",
    "photo.jpg",
    "setup.exe",
    "archive.zip",
    "",
    ".pdf",
    "a" * 300 + ".pdf",
    "‮fdp.exe",
    "../../x.pdf",
    "CON.pdf",
    "résumé.pdf",
    "报告.pdf",
    "x.pdf.exe",
)
MIMES = ("application/pdf", "application/msword", "application/x-msdownload", "image/png", "text/plain",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "", "application/zip",
         "application/vnd.oasis.opendocument.text", "../../x")  # fmt: skip
PDF = b"%PDF-1.4\n" + b"0123456789abcdef" * 64 + b"\n%%EOF\n"


# -- what may be generated -----------------------------------------------------------------------


# Kinds of action, repeated by weight: mostly what moves a flow on (a real button, an answer,
# a command), and every other kind of update often enough.
KINDS = (
    *["press"] * 6, *["text"] * 3, *["answer"] * 2, *["command"] * 3, "old_press", "forged", "document",
    "sticker", "photo", "voice", "location", "contact", "edit", "group_text", "group_command", "group_press", "block",
)  # fmt: skip
# Commands that open a flow, drawn more often so that random play reaches every state.
ENTRIES = ("/start", "/comment", "/broadcast", "/schedule", "/export", "/profile", "/mycomments", "/pending",
           "/invites", "/language")  # fmt: skip


@dataclass(frozen=True)
class Action:
    who: int  # index into PEOPLE
    kind: str
    text: str = ""
    number: int = 0
    data: bytes = b""
    name: str = ""
    mime: str = ""


def _bytes_limited(text: str, limit: int = 64) -> str:
    encoded = text.encode("utf-8")[:limit]
    return encoded.decode("utf-8", errors="ignore")


unicode_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
pieced_text = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join)
long_text = st.builds(lambda piece, size: (piece * size)[:size], st.sampled_from((*PIECES, "word ", "字")),
                      st.sampled_from((4096, 4000, 4097 - 1)))  # fmt: skip
any_text = st.one_of(
    unicode_text, pieced_text, st.sampled_from(PLAUSIBLE), st.sampled_from(PLAUSIBLE), long_text,
    st.tuples(st.sampled_from(PLAUSIBLE), pieced_text).map("".join),
)  # fmt: skip
command_name = st.one_of(
    st.sampled_from(ENTRIES), st.sampled_from(ENTRIES), st.sampled_from(REAL_COMMANDS),
    st.from_regex(r"\A/[a-z_]{1,20}\Z"),
    st.sampled_from(("/start@consultbot_test_bot", "/help@other_bot", "/START", "/comment@consultbot_test_bot")),
)  # fmt: skip
command_text = st.tuples(
    command_name, st.one_of(st.just(""), st.sampled_from(COMMAND_ARGUMENTS), unicode_text, pieced_text)
).map(lambda pair: f"{pair[0]} {pair[1]}".strip() if pair[1] else pair[0])
forged_data = st.one_of(
    st.text(min_size=1, max_size=64).map(_bytes_limited).filter(bool),
    st.tuples(st.sampled_from(PREFIXES), st.sampled_from(ACTIONS), st.lists(
        st.one_of(st.sampled_from(("../../x", "xx", "-1", "0", "1", "2", "999999999", "KE", "FR", "none", "n", "l",
                                   "all", "countries", "invitation", "custom", "csv", "xlsx", "ar", "zz", "topics")),
                  unicode_text), max_size=3),
    ).map(lambda t: _bytes_limited(":".join([t[0], t[1], *t[2]]))).filter(bool),
)  # fmt: skip


@st.composite
def actions(draw: st.DrawFn, who: int) -> Action:
    kind = draw(st.sampled_from(KINDS))
    if kind == "answer":
        return Action(who, kind, text=draw(any_text), number=draw(st.integers(0, 50)))
    if kind in ("text", "edit", "group_text"):
        return Action(who, kind, text=draw(any_text), number=draw(st.integers(0, 50)))
    if kind in ("command", "group_command"):
        return Action(who, kind, text=draw(command_text))
    if kind in ("press", "old_press"):
        return Action(who, kind, number=draw(st.integers(0, 1000)))
    if kind in ("forged", "group_press"):
        return Action(who, kind, text=draw(forged_data), number=draw(st.integers(0, 50)))
    if kind == "document":
        data = draw(st.one_of(st.binary(max_size=2048), st.just(PDF), st.just(b"PK\x03\x04" + bytes(64))))
        return Action(
            who,
            kind,
            data=data,
            name=draw(st.one_of(st.sampled_from(NAMES), unicode_text)),
            mime=draw(st.one_of(st.sampled_from(MIMES), unicode_text)),
            text=draw(st.one_of(st.just(""), unicode_text)),
        )
    if kind == "location":
        return Action(who, kind, number=draw(st.integers(-90, 90)))
    return Action(who, kind, text=draw(unicode_text))


@st.composite
def batches(draw: st.DrawFn) -> list[Action]:
    people = draw(st.lists(st.integers(0, len(PEOPLE) - 1), min_size=12, max_size=len(PEOPLE), unique=True))
    batch = [draw(actions(who)) for who in people]
    for _ in range(draw(st.integers(0, 2))):
        batch.append(
            Action(-1, draw(st.sampled_from(("channel_post", "unknown_update", "reaction"))), text=draw(unicode_text))
        )
    return batch


# -- the run ------------------------------------------------------------------------------------

# Callback actions after which a person's own draft may lawfully lose or replace what it held.
REPLACING = ("cm:discard", "cm:fresh", "cm:submit", "cm:done", "cm:keepcomment", "cm:skip", "cm:rmfile",
             "cm:editpart", "cm:asnew", "cm:revise", "reg:discard", "reg:confirm", "prof:forget_yes")  # fmt: skip
REGISTRATION_FIELDS = ("language", "country_code", "full_name", "title", "organisation", "email", "consent_at")
EVERY_STATE = {
    "registration": {"choose_language", "ask_country", "ask_name", "ask_title", "ask_organisation", "ask_email",
                     "ask_consent", "confirm"},
    "profile": {"edit_value"},
    "comments": {"topic", "type", "paragraph", "comment", "proposed", "attachments", "preview", "confirm_cancel",
                 "resume"},
    "broadcast": {"choose_message", "type_text", "choose_audience", "choose_countries", "confirm"},
    "schedule": {"menu", "ask_deadline", "ask_meeting", "ask_offset", "confirm_change", "pick_reminder"},
    "export": {"export_format", "export_filters", "export_pick", "export_countries", "export_dates"},
}  # fmt: skip


def _walk(who: int, *steps: tuple[str, str]) -> list[Action]:
    """A person's scripted steps: ("command", "/x"), ("tap", "callback data"), ("answer", "")."""
    return [Action(who, kind, text=text) for kind, text in steps]


# Before the random play, a scripted walk takes one person of the right role into every state
# of every flow (EVERY_STATE), and in each state sends a sticker (bad input there): which deep
# states random play reaches depends on timing, the walk does not.
WALK = [
    _walk(2, ("command", "/start"), ("tap", "reg:lang:en"), ("answer", ""), ("answer", ""), ("answer", ""),
          ("answer", ""), ("answer", ""), ("tap", "reg:consent:yes")),
    _walk(7, ("command", "/profile"), ("tap", "prof:edit:name")),
    _walk(8, ("command", "/comment"), ("press", ""), ("press", ""), ("tap", "cm:para:none"), ("answer", ""),
          ("tap", "cm:done"), ("tap", "cm:skip"), ("tap", "cm:filesdone"), ("command", "/cancel"),
          ("command", "/comment")),
    _walk(13, ("command", "/broadcast"), ("tap", "bc:msg:custom"), ("answer", ""), ("tap", "bc:aud:countries"),
          ("answer", ""), ("tap", "bc:done")),
    _walk(15, ("command", "/schedule"), ("tap", "sch:deadline"), ("tap", "sch:back"), ("tap", "sch:meeting"),
          ("answer", ""), ("tap", "sch:back"), ("tap", "sch:add"), ("tap", "sch:back"), ("tap", "sch:drop")),
    _walk(16, ("command", "/export"), ("tap", "exp:fmt:csv"), ("tap", "exp:open:topics"), ("tap", "exp:back"),
          ("tap", "exp:open:countries"), ("tap", "exp:back"), ("tap", "exp:open:dates")),
]  # fmt: skip


@dataclass
class Played:
    action: Action
    update: Json | None
    private: bool  # a private message or button press from a person: it must be answered
    data: str = ""  # the callback data actually pressed


@dataclass
class Run:
    bench: UnthrottledBench
    log: AnswerLog
    errors: list[logging.LogRecord]
    language: LanguageCheck = field(default_factory=LanguageCheck)
    users: list[EmulatedUser] = field(default_factory=list)
    groups: list[EmulatedChat] = field(default_factory=list)
    batches: int = 0
    updates: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    states: set[tuple[str, str]] = field(default_factory=set)
    versions: set[tuple[int, int, str]] = field(default_factory=set)
    token: str = ""
    checked: int = 0  # private updates whose answer was checked
    failure: Exception | None = None
    open_states: dict[tuple[str, str], str] = field(default_factory=dict)  # conversation states before the batch

    # -- setting up ---------------------------------------------------------------------------

    async def start(self) -> None:
        bench = self.bench
        await bench.__aenter__()
        self.log.attach()
        self.users = [bench.user(p.telegram_id, language_code=p.language_code) for p in PEOPLE]
        self.groups = [bench.emu.group(chat_id, title="Focal points") for chat_id in GROUPS]
        await self.reset_roles()
        for index, country in enumerate(("KE", "CN", "KE", "EG")):
            await add_submission(bench.db, country, topic=bench.deps.consultation.topics[index % 2].id)
        invitation = await invitations.create(
            bench.db,
            "SN",
            max_uses=3,
            expires_at=bench.clock() + timedelta(days=30),
            created_by=None,
            now=bench.clock(),
        )
        self.token = invitation.token

    async def reset_roles(self) -> None:
        """Each person back in their role (drafts and submissions stay)."""
        db = self.bench.db
        for persona in PEOPLE:
            if persona.role == "unregistered":
                found = await participants.get_by_telegram_id(db, persona.telegram_id)
                if found is not None:  # keep the row (drafts point at it); make it a newcomer again
                    await participants.update_fields(
                        db, found.id, status=ParticipantStatus.NEW, role=Role.FOCAL_POINT, language=persona.language
                    )
                continue
            role = {"secretariat": Role.SECRETARIAT, "admin": Role.ADMIN}.get(persona.role, Role.FOCAL_POINT)
            status = {
                "new": ParticipantStatus.NEW,
                "pending": ParticipantStatus.PENDING,
                "rejected": ParticipantStatus.REJECTED,
            }.get(persona.role, ParticipantStatus.APPROVED)
            made = await person(
                db,
                persona.telegram_id,
                role=role,
                status=status,
                country=persona.country,
                language=persona.language,
                name=f"Person {persona.telegram_id}",
            )
            if persona.role == "new" and await registration.get_draft(db, made.id) is None:
                await registration.save_draft(
                    db, made.id, self.bench.clock(), language="fr", country_code="SN", full_name="Aminata Diop"
                )

    # -- playing one batch -------------------------------------------------------------------------

    def play(self, action: Action) -> Played:
        if action.who < 0:
            return Played(action, self._no_person(action), private=False)
        user = self.users[action.who]
        group = self.groups[action.number % len(self.groups)]
        kind = action.kind
        if kind == "text":
            return Played(action, user.send_text(action.text), private=True)
        if kind == "answer":
            return Played(action, user.send_text(self.answer_for(user.id, action)), private=True)
        if kind == "command":
            command, _, payload = action.text.partition(" ")
            if command == "/start" and payload == "all":
                payload = self.token
            return Played(action, user.send_command(command, payload or None), private=True)
        if kind in ("press", "old_press", "forged"):
            return self._press(user, action)
        if kind == "tap":  # the walk: this button of the latest keyboard
            latest = user.chat.latest_with_keyboard()
            assert latest is not None, f"{user}: no keyboard to press {action.text!r} on"
            return Played(action, user.press_data(action.text, latest.message_id), private=True, data=action.text)
        if kind == "document":
            update = user.send_document(
                action.data, file_name=action.name, mime_type=action.mime, caption=action.text or None
            )
            return Played(action, update, private=True)
        if kind == "sticker":
            return Played(action, user.send_sticker(), private=True)
        if kind == "photo":
            return Played(action, user.send_photo(caption=action.text[:100] or None), private=True)
        if kind == "voice":
            return Played(action, user.send_voice(), private=True)
        if kind == "location":
            return Played(action, user.send_location(action.number, action.number * 1.5), private=True)
        if kind == "contact":
            return Played(action, user.send_contact("+254700000000", action.text[:30] or "X"), private=True)
        if kind == "edit":
            own = [
                m["message_id"]
                for m in user.chat.messages.values()
                if m.get("from", {}).get("id") == user.id and "text" in m
            ]
            if not own:
                return Played(action, user.send_text(action.text), private=True)
            return Played(action, user.edit_message(own[action.number % len(own)], action.text), private=True)
        if kind == "group_text":
            return Played(action, group.send_text(user, action.text), private=False)
        if kind == "group_command":
            command, _, payload = action.text.partition(" ")
            return Played(action, group.send_command(user, command, payload or None), private=False)
        if kind == "group_press":
            if not group.transcript:
                return Played(action, group.send_command(user, "/help"), private=False)
            return Played(action, group.press_data(user, action.text), private=False, data=action.text)
        if kind == "block":
            user.block()
            user.unblock()
            return Played(action, None, private=False)
        raise AssertionError(kind)

    def answer_for(self, user_id: int, action: Action) -> str:
        """What the open question of this person's conversation calls for (random text if none)."""
        for (flow, state), answers in ANSWERS.items():
            if self.open_states.get((flow, f"[{user_id}, {user_id}]")) == state:
                return answers[action.number % len(answers)]
        return action.text

    def _press(self, user: EmulatedUser, action: Action) -> Played:
        keyboards = [m for m in user.transcript if not m.deleted and m.button_data]
        if not keyboards:
            if not user.transcript:
                return Played(action, user.send_command("/start"), private=True)
            return Played(action, user.press_data(action.text or "menu:help"), private=True, data=action.text)
        if action.kind == "forged":
            target = keyboards[action.number % len(keyboards)]
            return Played(action, user.press_data(action.text, target.message_id), private=True, data=action.text)
        message = keyboards[-1] if action.kind == "press" else keyboards[action.number % len(keyboards)]
        choices = [d for row in message.button_data for d in row if d and "://" not in d]
        if not choices:
            return Played(action, user.send_command("/help"), private=True)
        data = choices[action.number % len(choices)]
        return Played(action, user.press_data(data, message.message_id), private=True, data=data)

    def _no_person(self, action: Action) -> Json:
        emu = self.bench.emu
        now = int(time.time())
        if action.kind == "channel_post":
            return emu.queue_raw_update({"channel_post": {
                "message_id": self.updates + 1, "date": now, "text": action.text or "news",
                "chat": {"id": CHANNEL, "type": "channel", "title": "UNEP news"},
            }})  # fmt: skip
        if action.kind == "reaction":
            user = self.users[0]
            return emu.queue_raw_update({"message_reaction": {
                "chat": {"id": user.id, "type": "private", "first_name": user.first_name},
                "message_id": 1, "user": user.as_user(), "date": now,
                "old_reaction": [], "new_reaction": [{"type": "emoji", "emoji": "👍"}],
            }})  # fmt: skip
        return emu.queue_raw_update({"some_future_update_type": {"text": action.text, "date": now}})

    async def batch(self, batch: list[Action]) -> None:
        before = await self.snapshot()
        self.open_states = before["states"]
        first_error = len(self.errors)
        played = [self.play(action) for action in batch]
        problems: list[str] = []
        try:
            await self.bench.settle(timeout=60)
        except TimeoutError:
            problems.append("the bot did not finish answering the batch within 60 s")
        self.batches += 1
        # (a block is two my_chat_member updates: blocked, then unblocked)
        self.updates += sum(2 if p.action.kind == "block" else int(p.update is not None) for p in played)
        self.kinds.update(p.action.kind for p in played)
        new_errors = self.errors[first_error:]
        if new_errors:
            problems += [f"ERROR logged by {r.name}: {logging.Formatter().format(r)}" for r in new_errors]
        problems += self.check_answers(played)
        problems += await self.check_database()
        after = await self.snapshot()
        problems += self.check_nothing_lost(before, after, played)
        await self.note_states()
        if problems:
            raise AssertionError(await self.report(problems, played, before))

    async def walk(self) -> None:
        """WALK, one step at a time, each followed by a sticker from the same person."""
        for steps in WALK:
            for step in steps:
                await self.batch([step])
                await self.batch([Action(step.who, "sticker")])

    # -- invariants ------------------------------------------------------------------------------

    def check_answers(self, played: list[Played]) -> list[str]:
        problems = []
        for item in played:
            if not item.private or item.update is None:
                continue
            answer = self.log.answers.get(item.update["update_id"])
            if answer is None:
                problems.append(f"never handled: {item.action}")
            elif not answer.answered:
                problems.append(f"no answer to {item.action} (pressed {item.data!r})")
            elif "callback_query" in item.update and answer.callback_answer is None:
                problems.append(f"button never answered (the phone keeps its spinner): {item.action} -> {item.data!r}")
            elif not self.language.any_matches(answer.texts, answer.language):
                problems.append(
                    f"no answer in {answer.language} to {item.action} (pressed {item.data!r}): {answer.texts!r}"
                )
            else:
                self.checked += 1
        return problems

    async def check_database(self) -> list[str]:
        db = self.bench.db
        problems = []
        integrity = [r[0] for r in await db.fetchall("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity}")
        foreign = await db.fetchall("PRAGMA foreign_key_check")
        if foreign:
            problems.append(f"foreign_key_check: {[tuple(r) for r in foreign]}")
        return problems

    async def snapshot(self) -> dict[str, Any]:
        db = self.bench.db
        comment = {}
        for row in await db.fetchall("SELECT participant_id FROM comment_drafts"):
            draft = await drafts.get(db, row["participant_id"])
            assert draft is not None
            files = int(await db.fetchval("SELECT COUNT(*) FROM attachments WHERE draft_id = ?", (draft.id,)))
            comment[draft.participant_id] = (draft, files)
        registering = {}
        for row in await db.fetchall("SELECT participant_id FROM registration_drafts"):
            found = await registration.get_draft(db, row["participant_id"])
            if found is not None:
                registering[found.participant_id] = found.data
        versions = {
            (r["submission_id"], r["version"], r["fingerprint"])
            for r in await db.fetchall("SELECT submission_id, version, fingerprint FROM submission_versions")
        }
        owners = {r["id"]: r["telegram_id"] for r in await db.fetchall("SELECT id, telegram_id FROM participants")}
        states = {
            (r["name"], r["key"]): str(r["state"]).strip('"')
            for r in await db.fetchall("SELECT name, key, state FROM ptb_conversations")
        }
        return {
            "comment": comment,
            "registration": registering,
            "versions": versions,
            "owners": owners,
            "states": states,
        }

    def check_nothing_lost(self, before: dict[str, Any], after: dict[str, Any], played: list[Played]) -> list[str]:
        problems = []
        replacing: set[int] = set()
        for item in played:
            if item.action.who >= 0 and (item.data.startswith(REPLACING) or item.action.text.startswith("/forget")):
                replacing.add(PEOPLE[item.action.who].telegram_id)
        lost_versions = before["versions"] - after["versions"]
        if lost_versions:
            problems.append(f"submission versions lost or changed: {sorted(lost_versions)}")
        for participant_id, (old, old_files) in before["comment"].items():
            if before["owners"].get(participant_id) in replacing:
                continue
            new_entry = after["comment"].get(participant_id)
            if new_entry is None:
                problems.append(f"comment draft of participant {participant_id} vanished: {old.data!r}")
                continue
            new, new_files = new_entry
            if new.id != old.id and (old.data.topic_id or old.data.comment_parts or old.submission_id):
                problems.append(f"comment draft of participant {participant_id} replaced: {old.data!r}")
                continue
            if new.id != old.id:
                continue
            kept = new.data.comment.startswith(old.data.comment) or (
                new.data.comment_backup is not None and drafts.join_parts(new.data.comment_backup) == old.data.comment
            )
            if not kept:
                problems.append(
                    f"comment text of participant {participant_id} shrank: {old.data.comment!r} -> {new.data.comment!r}"
                )
            for name in ("topic_id", "comment_type_id", "proposed_text"):
                if getattr(old.data, name) is not None and getattr(new.data, name) is None:
                    problems.append(f"{name} of participant {participant_id}'s comment draft vanished")
            if new_files < old_files:
                problems.append(f"documents of participant {participant_id}'s comment draft vanished")
        for participant_id, old_data in before["registration"].items():
            if before["owners"].get(participant_id) in replacing:
                continue
            new_data = after["registration"].get(participant_id)
            answered = [name for name in REGISTRATION_FIELDS if old_data.get(name)]
            if new_data is None:
                if answered:
                    problems.append(f"registration draft of participant {participant_id} vanished: {old_data!r}")
                continue
            missing = [name for name in answered if not new_data.get(name)]
            if missing:
                problems.append(f"registration answers {missing} of participant {participant_id} vanished")
        return problems

    async def note_states(self) -> None:
        for row in await self.bench.db.fetchall("SELECT name, state FROM ptb_conversations"):
            self.states.add((row["name"], str(row["state"]).strip('"')))

    async def report(self, problems: list[str], played: list[Played], before: dict[str, Any]) -> str:
        """The problems, the batch as played, and what each person concerned had in front of them."""
        lines = [f"batch {self.batches} (after {self.updates} updates):", *problems, "", "the batch:"]
        lines += [f"  {p.action} -> {p.data!r}" for p in played]
        states = await self.bench.db.fetchall("SELECT name, key, state FROM ptb_conversations")
        for who in sorted({p.action.who for p in played if p.action.who >= 0 and str(p.action) in "".join(problems)}):
            user = self.users[who]
            found = await participants.get_by_telegram_id(self.bench.db, user.id)
            lines += ["", f"{PEOPLE[who]} now {found.role if found else None}/{found.status if found else None}:"]
            lines += [f"  state {r['name']} = {r['state']}" for r in states if r["key"] == f"[{user.id}, {user.id}]"]
            lines += [f"  bot: {m.content[:300]!r} {m.button_data}" for m in user.transcript[-3:]]
        return "\n".join(lines)


@pytest.mark.slow
def test_random_updates_from_every_role_in_every_state_keep_the_invariants(tmp_path: Path) -> None:
    errors: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.name.startswith(("handlers", "telegram", "bot", "storage", "prompts")):
                errors.append(record)

    collector = Collect(level=logging.ERROR)
    logging.getLogger().addHandler(collector)
    bench = UnthrottledBench(tmp_path)
    run = Run(bench, AnswerLog(bench), errors)
    runner = asyncio.Runner()
    started = time.monotonic()
    try:
        runner.run(run.start())
        runner.run(run.walk())
        walked = set(run.states)

        @settings(
            max_examples=BATCHES,
            deadline=None,
            derandomize=True,
            database=None,
            phases=(Phase.generate,),
            suppress_health_check=list(HealthCheck),
        )
        @given(batch=batches())
        def play(batch: list[Action]) -> None:
            if run.failure is not None:  # the run stopped at its first failing batch
                return
            try:
                runner.run(run.batch(batch))
            except Exception as failure:  # reported below, as played (no replay, no shrinking)
                run.failure = failure
                return
            if run.batches % RESET_ROLES_EVERY == 0:
                runner.run(run.reset_roles())
            if run.batches % RESTART_EVERY == 0:
                runner.run(bench.restart())
                run.log.attach()

        play()
        if run.failure is not None:
            raise run.failure
    finally:
        runner.run(bench.__aexit__(None, None, None))
        runner.close()
        logging.getLogger().removeHandler(collector)

    elapsed = time.monotonic() - started
    print(
        f"\n{run.updates} updates in {run.batches} batches ({run.checked} private ones answered in their "
        f"language), {elapsed:.1f} s; kinds: {dict(run.kinds)}"
    )
    missing = sorted((flow, state) for flow, states in EVERY_STATE.items() for state in states
                     if (flow, state) not in run.states)  # fmt: skip
    print(f"conversation states reached: {len(run.states)}; never reached: {missing}")
    assert not missing, f"states never reached: {missing}"
    unwalked = sorted(state for flow, states in EVERY_STATE.items() for state in states if (flow, state) not in walked)
    assert not unwalked, f"the walk misses {unwalked}"
    if BATCHES >= 700:  # the CI run (a shorter local run proves less)
        assert run.updates >= 10_000


# -- what the random play found (handlers/profile.py, storage/registration.py; corrected since) -----


async def _rejected_with_a_registration_under_way(bench: BotBench, user_id: int) -> EmulatedUser:
    """A rejected focal point who received a new link, began registering again (language and
    name given), then paused with /cancel: "What you have entered is saved"."""
    relax_flood_limits(bench)
    await person(bench.db, user_id, status=ParticipantStatus.REJECTED, country="KE", name="Amina Otieno")
    link = await invitations.create(
        bench.db, "KE", max_uses=1, expires_at=bench.clock() + timedelta(days=9), created_by=ADMIN_ID, now=bench.clock()
    )
    user = bench.user(user_id)
    await bench.send(user, f"/start {link.token}")
    await bench.press(user, "English")
    await bench.send(user, "Amina W. Otieno")
    assert texts(await bench.send(user, "/cancel")).startswith(t(bench, "en", "reg-cancelled"))
    found = await registration.get_draft(bench.db, (await stored(bench, user)).id)
    assert found is not None and found.data.get("full_name") == "Amina W. Otieno"
    return user


async def test_a_profile_correction_keeps_a_registration_being_typed_again(bench: BotBench) -> None:
    """Found by the random play: a profile correction deleted the person's whole
    registration_drafts row, and with it the registration they had paused with "What you have
    entered is saved"."""
    user = await _rejected_with_a_registration_under_way(bench, 62_001)
    await bench.send(user, "/profile")
    await bench.press(user, t(bench, "en", "prof-edit-email"))
    assert t(bench, "en", "prof-updated") in texts(await bench.send(user, "a.otieno@environment.go.ke"))
    kept = await registration.get_draft(bench.db, (await stored(bench, user)).id)
    assert kept is not None and kept.data.get("full_name") == "Amina W. Otieno", "the paused registration is lost"


async def test_cancelling_a_profile_correction_keeps_a_registration_being_typed_again(
    bench: BotBench,
) -> None:
    """Found by the random play: /cancel during a profile correction said "Nothing has been
    changed" and deleted the paused registration."""
    user = await _rejected_with_a_registration_under_way(bench, 62_002)
    await bench.send(user, "/profile")
    await bench.press(user, t(bench, "en", "prof-edit-email"))
    assert texts(await bench.send(user, "/cancel")) == t(bench, "en", "prof-edit-cancelled")
    kept = await registration.get_draft(bench.db, (await stored(bench, user)).id)
    assert kept is not None and kept.data.get("full_name") == "Amina W. Otieno", "the paused registration is lost"


async def test_a_photo_during_a_profile_correction_after_forget_is_answered(bench: BotBench) -> None:
    """Found by the random play: a profile correction is open, the person erases their data
    with /forget, then sends a photo (or a sticker, a voice note...): the conversation ended
    without a word (a text got an answer)."""
    relax_flood_limits(bench)
    await person(bench.db, 62_003, country="KE", name="Amina Otieno")
    user = bench.user(62_003)
    participant_id = (await stored(bench, user)).id
    await bench.send(user, "/profile")
    await bench.press(user, t(bench, "en", "prof-edit-name"))
    await bench.send(user, "/forget")
    await bench.press(user, t(bench, "en", "prof-forget-yes"))
    erased = await participants.get(bench.db, participant_id)  # no longer found by the Telegram id
    assert erased is not None and erased.status == ParticipantStatus.ERASED
    assert await bench.do(user, lambda: user.send_photo()) != [], "the photo gets no answer at all"


async def test_an_edited_message_is_answered_in_the_persons_language_and_changes_nothing(bench: BotBench) -> None:
    """Editing an answer already sent does not change what was recorded: the person is told
    so, and how to correct it, instead of believing the edit reached the secretariat."""
    user = bench.user(62_010, language_code="fr")
    typed = user.send_text("Bonjour")["message"]["message_id"]
    await bench.settle()
    answer = await bench.do(user, lambda: user.edit_message(typed, "Bonjour, Madame"))
    assert texts(answer) == t(bench, "fr", "edit-not-taken")
