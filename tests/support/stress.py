"""What the stress stories share (test_redelivery, test_hostile, test_access_matrix): people of
every role made directly in storage, the crash window around one update, and a comment
written up to its preview.

The crash window. bot/processor.py handles an update, then records it as handled, with the
conversation state it changed, in one transaction that also takes it out of the durable inbox
(bot/inbox.py). A process killed after the handler's own database writes but before that
transaction therefore meets the same update again after its restart (from its inbox, or from
Telegram if it had not yet been stored), with the handler's effects already in the database
and the conversation state one step behind.
`crash_after_handling` produces exactly that state on the bench's database file, and
`redeliver` has the emulator hand out the same update (same update_id) once more.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any

from telegram import Update

from emulator import EmulatedUser, SentMessage
from prompts.catalog import LOCALES_DIR
from storage import Database, participants
from storage.models import Participant, ParticipantStatus, Role
from tests.support.harness import BotBench

Json = dict[str, Any]


def t(bench: BotBench, language: str, key: str, **args: object) -> str:
    return bench.deps.catalog.t(language, key, **args)


# -- people of every role ---------------------------------------------------------------------


async def person(
    db: Database,
    telegram_id: int,
    *,
    role: Role = Role.FOCAL_POINT,
    status: ParticipantStatus = ParticipantStatus.APPROVED,
    country: str | None = "KE",
    language: str = "en",
    name: str | None = "Test Person",
) -> Participant:
    """A participant as registration (or /grant) leaves them, written directly in storage."""
    participant = await participants.ensure(db, telegram_id, telegram_id, language)
    return await participants.update_fields(
        db, participant.id, role=role, status=status, country_code=country, language=language, full_name=name
    )


async def focal_point(bench: BotBench, user_id: int, *, country: str = "KE", language: str = "en") -> EmulatedUser:
    await person(bench.db, user_id, country=country, language=language, name=f"Focal point {user_id}")
    return bench.user(user_id, language_code=language)


async def officer(bench: BotBench, user_id: int, *, language: str = "en") -> EmulatedUser:
    """A secretariat officer (the role as /grant gives it)."""
    await person(bench.db, user_id, role=Role.SECRETARIAT, country=None, language=language, name=None)
    return bench.user(user_id, language_code=language)


async def stored(bench: BotBench, user: EmulatedUser) -> Participant:
    found = await participants.get_by_telegram_id(bench.db, user.id)
    assert found is not None
    return found


# -- acting and looking -------------------------------------------------------------------------


async def act(bench: BotBench, user: EmulatedUser, action: Any) -> tuple[Json, list[SentMessage]]:
    """Do one user action (returns the queued update), let the bot answer; the update and the answer."""
    mark = user.mark()
    update = action()
    await bench.settle()
    return update, user.since(mark)


def texts(messages: list[SentMessage]) -> str:
    return "\n".join(m.content for m in messages)


def callback_data(message: SentMessage) -> list[str]:
    return [data for row in message.button_data for data in row]


def alerts(user: EmulatedUser) -> list[str]:
    """The texts of the callback answers this user was shown (toasts and alerts)."""
    return [str(a.get("text") or "") for a in user.answered_callbacks]


async def write_until_preview(
    bench: BotBench, user: EmulatedUser, comment: str, *, language: str = "en"
) -> list[SentMessage]:
    """/comment through every step to the preview (first topic and type, paragraph 5, no
    proposed text, no attachment); returns what the last step showed."""
    consultation = bench.deps.consultation
    await bench.send(user, "/comment")
    await bench.press(user, consultation.topics[0].name.get(language))
    await bench.press(user, consultation.comment_types[0].name.get(language))
    await bench.send(user, "5")
    await bench.send(user, comment)
    await bench.press(user, t(bench, language, "comment-btn-comment-done"))
    await bench.press(user, t(bench, language, "comment-btn-skip-proposed"))
    return await bench.press(user, t(bench, language, "comment-btn-no-attachment"))


# -- the crash window -----------------------------------------------------------------------------


@dataclass
class PersistedState:
    """python-telegram-bot's persisted conversation states at one moment."""

    conversations: list[tuple[str, str, str]]


async def persisted_state(db: Database) -> PersistedState:
    conversations = await db.fetchall("SELECT name, key, state FROM ptb_conversations")
    return PersistedState([(r["name"], r["key"], r["state"]) for r in conversations])


async def crash_after_handling(bench: BotBench, update_id: int, before: PersistedState | None) -> None:
    """The bot stops as a `kill -9` after handling `update_id` would leave it: the handler's own
    writes are in the database, the update id is not recorded, and, if `before` is given, the
    conversation state is the one persisted before the update (the flush did not happen either).
    The bot is then started again on the same database."""
    await bench.stop_bot()
    db = await Database.open(bench.database_path)
    try:
        async with db.transaction() as tx:
            await tx.execute("DELETE FROM processed_updates WHERE update_id = ?", (update_id,))
            if before is not None:
                await tx.execute("DELETE FROM ptb_conversations")
                await tx.executemany(
                    "INSERT INTO ptb_conversations (name, key, state) VALUES (?, ?, ?)", before.conversations
                )
    finally:
        await db.close()
    await bench.start_bot()


async def redeliver(bench: BotBench, user: EmulatedUser, update: Json) -> list[SentMessage]:
    """Telegram hands out `update` again, same update_id; returns what the user saw in answer."""
    mark = user.mark()
    bench.emu.redeliver(update)
    await bench.settle()
    return user.since(mark)


def same_action_again(bench: BotBench, update: Json) -> Json:
    """The same message or button press arriving as a NEW update (a new update_id): a double
    tap, a client resending, or an old button pressed again later."""
    return bench.emu.queue_raw_update({key: value for key, value in update.items() if key != "update_id"})


# -- a bench without the Application's rate limiter ----------------------------------------------


class UnthrottledBench(BotBench):
    """The bench with the Application's AIORateLimiter (30 calls a second overall) left out and
    the emulator's flood limits off: thousands of updates in CI time. Flood limits and 429s
    have their own tests (test_emulator, test_broadcast)."""

    rate_limiter = False

    async def start_bot(self) -> None:
        self.emu.limits.enabled = False
        await super().start_bot()


# -- what the bot answered to each update ---------------------------------------------------------


@dataclass
class Answer:
    """Everything the bot showed in the update's chat while it handled that update."""

    update: Update
    messages: list[SentMessage] = field(default_factory=list)
    pressed_edit: str | None = None  # the pressed message's text, if the handler changed it
    callback_answer: dict[str, Any] | None = None
    language: str = "en"  # the user's language once the update was handled

    @property
    def texts(self) -> list[str]:
        found = [m.content for m in self.messages if m.content]
        if self.pressed_edit:
            found.append(self.pressed_edit)
        if self.callback_answer and self.callback_answer.get("text"):
            found.append(str(self.callback_answer["text"]))
        return found

    @property
    def answered(self) -> bool:
        return bool(self.messages) or self.pressed_edit is not None or self.callback_answer is not None


class AnswerLog:
    """Attributes the bot's answers to the update being handled. The processor handles one
    chat's updates strictly in order, so whatever reaches that chat (and the answer to the
    update's callback query) between the start and the end of the handling is its answer."""

    def __init__(self, bench: BotBench) -> None:
        self.bench = bench
        self.answers: dict[int, Answer] = {}

    def attach(self) -> None:
        """Wrap the running Application's update processor (again after each restart)."""
        assert self.bench.app is not None
        processor: Any = self.bench.app.update_processor
        original = processor.do_process_update

        async def do_process_update(update: object, coroutine: Awaitable[Any]) -> None:
            await original(update, self._tracked(update, coroutine))

        processor.do_process_update = do_process_update

    async def _tracked(self, update: object, coroutine: Awaitable[Any]) -> None:
        if not isinstance(update, Update):
            await coroutine
            return
        emu = self.bench.emu
        chat = emu.chat(update.effective_chat.id) if update.effective_chat else None
        before = len(chat.transcript) if chat is not None else 0
        query = update.callback_query
        pressed = None
        if chat is not None and query is not None and query.message is not None:
            pressed = chat.sent(query.message.message_id)
        pressed_before = (pressed.text, len(pressed.history)) if pressed is not None else None
        user = update.effective_user
        # An erasure (/forget confirmed) is answered in the language the person had chosen; the
        # row it was kept in is no longer found by their Telegram id afterwards.
        chosen_before = await self._chosen_language(user.id) if user is not None else None
        try:
            await coroutine
        finally:
            answer = Answer(update)
            if chat is not None:
                answer.messages = list(chat.transcript[before:])
            if pressed is not None and pressed_before != (pressed.text, len(pressed.history)):
                answer.pressed_edit = pressed.text or ""
            if query is not None and update.effective_user is not None:
                owner = emu.users.get(update.effective_user.id)
                if owner is not None:
                    answer.callback_answer = next(
                        (a for a in owner.answered_callbacks if a["callback_query_id"] == query.id), None
                    )
            if user is not None:
                chosen = await self._chosen_language(user.id) or chosen_before
                answer.language = chosen or self.bench.deps.catalog.language(user.language_code)
            self.answers[update.update_id] = answer

    async def _chosen_language(self, telegram_id: int) -> str | None:
        found = await participants.get_by_telegram_id(self.bench.db, telegram_id)
        return found.language if found is not None and found.language else None


# -- "in the user's language", loosely --------------------------------------------------------------

_SCRIPTS = {
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
}
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_WORDS = re.compile(r"[^\W\d_]{4,}")
_PLACEABLE = re.compile(r"\{[^}]*\}")


def _catalog_words(language: str) -> set[str]:
    words: set[str] = set()
    for path in (LOCALES_DIR / language).glob("*.ftl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            value = line.split("=", 1)[1] if "=" in line and not line[0].isspace() else line
            words |= {w.lower() for w in _WORDS.findall(_PLACEABLE.sub(" ", value))}
    return words


class LanguageCheck:
    """Whether a text is in a given UN language, loosely: Arabic, Chinese and Russian by their
    script; English, French and Spanish by the words only that language's catalog uses (a text
    with none of any of them, such as a reference or a number, passes for all three)."""

    def __init__(self) -> None:
        latin = ("en", "fr", "es")
        words = {language: _catalog_words(language) for language in latin}
        self.distinctive = {
            language: words[language] - set().union(*(words[o] for o in latin if o != language)) for language in latin
        }

    def matches(self, text: str, language: str) -> bool:
        if language in _SCRIPTS:
            return bool(_SCRIPTS[language].search(text))
        tokens = {w.lower() for w in _WORDS.findall(text)}
        hits = {code: len(tokens & words) for code, words in self.distinctive.items()}
        if hits.get(language, 0) > 0:
            return True
        return max(hits.values()) == 0 and (bool(_LATIN.search(text)) or not any(c.isalpha() for c in text))

    def any_matches(self, texts: list[str], language: str) -> bool:
        return any(self.matches(text, language) for text in texts)
