"""The story helpers of the registration, comment and broadcast tests in one place (re-exported,
not copied), and people who behave like people when Telegram misbehaves.

`PatientBench` wraps a `BotBench` so that the same helpers (`register`, `write_until_preview`,
`invite`...) play hundreds of users at once: each person waits for the bot to be done with
what *they* sent (not for the whole bot to fall quiet, which never happens with 200 people
typing), and, like a person looking at a phone that shows no answer, sends the same message
again or presses the same button again. Only when the bot has finished with their update and
their screen still shows nothing new do they try again: someone who gets a late answer does
not type their name twice. `PatientRemote` is the same for a bot in another process (killed and
restarted by the crash tests), where patience can only be counted in seconds.
"""

from __future__ import annotations

import asyncio
import random
import re
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from types import SimpleNamespace
from typing import Any

from telegram import Update
from telegram.ext import TypeHandler

from emulator import EmulatedUser, SentMessage
from prompts import Catalog, Consultation
from tests.support.broadcasts import (
    COUNTRY_LANGUAGES,
    INVITATION_MARK,
    add_focal_point,
    add_focal_points,
    add_officer,
    copies,
    delivery_rows,
    sender,
)
from tests.support.comments import COMMENTS_BY_LANGUAGE, focal_point, submit_comment, write_until_preview
from tests.support.harness import ADMIN_ID, TOKEN, BotBench, relax_flood_limits, texts
from tests.support.registration import Answers, admin, invite, register, t

__all__ = [
    "ADMIN_ID",
    "COMMENTS_BY_LANGUAGE",
    "COUNTRY_LANGUAGES",
    "INVITATION_MARK",
    "RECEIPT",
    "TOKEN",
    "Answers",
    "NoAnswer",
    "PatientBench",
    "PatientRemote",
    "add_focal_point",
    "add_focal_points",
    "add_officer",
    "admin",
    "copies",
    "delivery_rows",
    "focal_point",
    "invite",
    "is_invitation_copy",
    "receipt_of",
    "register",
    "relax_flood_limits",
    "sender",
    "submit_comment",
    "t",
    "texts",
    "write_until_preview",
]

Json = dict[str, Any]
# Handlers of these groups run after every flow has handled the update (group 0); each
# PatientBench has its own (within a group only the first handler that matches runs).
HANDLED_GROUP = 10_000
# What a receipt says, in any language: the reference and the SHA-256 fingerprint.
RECEIPT = re.compile(r"(?P<reference>[A-Z]+-\d{4}-\d{4}).*?(?P<fingerprint>[0-9a-f]{64})", re.DOTALL)


class NoAnswer(AssertionError):
    """A person tried again and again and the bot never answered."""


def typing(user: EmulatedUser, text: str) -> Callable[[int], Json]:
    """A person's `text` (a command if it starts with /), the same again on a retry."""

    def again(_attempt: int) -> Json:
        if text.startswith("/"):
            command, _, payload = text.partition(" ")
            return user.send_command(command, payload or None)
        return user.send_text(text)

    return again


def pressing(user: EmulatedUser, button: str) -> Callable[[int], Json]:
    """`button` pressed on the latest message that has it (a broadcast that arrived meanwhile
    is newer, but the person presses the question's button); a retry presses the same data on
    the same message."""
    message_id = message_with(user, button).message_id
    first: list[Json] = []

    def again(attempt: int) -> Json:
        if attempt == 0:
            first.append(user.press(button, message_id=message_id))
            return first[0]
        return user.press_data(first[0]["callback_query"]["data"], message_id=message_id)

    return again


class PatientBench:
    """A `BotBench` whose `send`, `press` and `do` are a person's, for many people at once.

    `not_an_answer(message)` says which bot messages do not answer what the person did: a
    broadcast arriving meanwhile, or "something went wrong, please try again" (which a person
    answers by trying again). They do not count as an answer.
    """

    def __init__(
        self,
        bench: BotBench,
        *,
        tries: int = 5,
        wait: float = 90.0,
        not_an_answer: Callable[[SentMessage], bool] = lambda message: False,
    ) -> None:
        self.bench = bench
        self.tries = tries
        self.wait = wait
        self.not_an_answer = not_an_answer
        self.retries: Counter[int] = Counter()  # user id -> actions repeated for want of an answer
        self.actions = 0
        self._handled: set[int] = set()
        self._waiting: dict[int, asyncio.Event] = {}
        self.install()

    def install(self) -> None:
        """Watch the bot finish each update (again after a restart of the bot)."""
        assert self.bench.app is not None
        taken = [group for group in self.bench.app.handlers if group >= HANDLED_GROUP]
        group = max(taken, default=HANDLED_GROUP - 1) + 1
        self.bench.app.add_handler(TypeHandler(Update, self._mark_handled), group=group)

    async def _mark_handled(self, update: Update, _context: object) -> None:
        self._handled.add(update.update_id)
        event = self._waiting.pop(update.update_id, None)
        if event is not None:
            event.set()

    def __getattr__(self, name: str) -> Any:  # deps, db, user, emu, clock... as the bench has them
        return getattr(self.bench, name)

    # -- a person's actions ---------------------------------------------------------------------

    async def send(self, user: EmulatedUser, text: str) -> list[SentMessage]:
        return await self._patiently(user, typing(user, text))

    async def press(self, user: EmulatedUser, button: str, **_kwargs: Any) -> list[SentMessage]:
        """Press `button` on the latest message that has it (a broadcast that arrived meanwhile
        is newer, but the person presses the question's button); again on the same message."""
        return await self._patiently(user, pressing(user, button))

    async def do(self, user: EmulatedUser, action: Callable[[], object]) -> list[SentMessage]:
        return await self._patiently(user, lambda _attempt: action())  # type: ignore[arg-type,return-value]

    def message_with(self, user: EmulatedUser, button: str) -> SentMessage:
        return message_with(user, button)

    # -- waiting like a person --------------------------------------------------------------------

    def screen(self, user: EmulatedUser) -> tuple[int, int]:
        return screen(user, self.not_an_answer)

    async def handled(self, update_id: int) -> None:
        """Until the bot has finished handling this update (every flow, the error handler too)."""
        if update_id in self._handled:
            return
        event = self._waiting.setdefault(update_id, asyncio.Event())
        if update_id in self._handled:
            return
        async with asyncio.timeout(self.wait):
            await event.wait()

    async def _patiently(self, user: EmulatedUser, act: Callable[[int], Json]) -> list[SentMessage]:
        mark, before = user.mark(), self.screen(user)
        self.actions += 1
        for attempt in range(self.tries):
            update = act(attempt)
            await self.handled(int(update["update_id"]))
            if self.screen(user) != before:
                return user.since(mark)
            self.retries[user.id] += 1
        raise NoAnswer(f"{user} got no answer after {self.tries} tries; last bot message: {user.last}")


def screen(user: EmulatedUser, not_an_answer: Callable[[SentMessage], bool] = lambda m: False) -> tuple[int, int]:
    """What a person has been shown so far: messages, and edits to them."""
    own = [m for m in user.transcript if not not_an_answer(m)]
    return len(own), sum(len(m.history) for m in own)


def message_with(user: EmulatedUser, button: str) -> SentMessage:
    """The latest message that has this button (exactly, or as the one label containing it)."""
    for message in reversed(user.transcript):
        labels = [label for row in message.buttons for label in row]
        if message.deleted or not labels:
            continue
        if button in labels or sum(button in label for label in labels) == 1:
            return message
    shown = [m.content for m in user.transcript[-4:]]
    raise LookupError(f"{user}: no message with a button {button!r}; the last messages: {shown}")


class PatientRemote:
    """People talking to a bot that runs in another process, which the test kills (`kill -9`)
    and starts again. Same `send`/`press`/`do` as a `BotBench`, so the story helpers play them.

    A person takes a moment to type (`pause`), then waits for an answer. The bot's process is
    out of reach, so patience is time: `patience` seconds counted from when the bot was last
    (re)started and ready (`ready_at()`, None while it is down), since an update sent to a dead
    bot waits at Telegram and is answered after the restart. With no answer by then, the
    update was lost (fetched, confirmed, then the process died): the person sends it again.
    An answer may come in parts (the pressed message edited, then the next question): the
    person reads on until nothing new has come for `quiet` seconds. That is a guess, and a
    late part of the previous answer (the menu after a confirmation, on a busy machine) can be
    taken for the answer to the next step: when the bot's process says which updates it has
    finished (bench/bot_process.py), pass `handled(update_id)`, which waits for that, and
    each step then waits for the answer to that step, not for any message.
    `typed[user id]` lists what each person typed and saw answered, for "nothing is lost".
    """

    def __init__(
        self,
        ready_at: Callable[[], float | None],
        catalog: Catalog,
        consultation: Consultation,
        *,
        rng: random.Random,
        patience: float = 4.0,
        pause: tuple[float, float] = (0.05, 0.25),
        quiet: float = 0.15,
        tries: int = 4,
        handled: Callable[[int], Awaitable[None]] | None = None,
    ) -> None:
        self.ready_at = ready_at
        self.handled = handled
        self.deps = SimpleNamespace(catalog=catalog, consultation=consultation)
        self.rng = rng
        self.patience = patience
        self.pause = pause
        self.quiet = quiet
        self.tries = tries
        self.retries: Counter[int] = Counter()
        self.asked_again: Counter[int] = Counter()
        self.typed: defaultdict[int, list[str]] = defaultdict(list)

    async def send(self, user: EmulatedUser, text: str) -> list[SentMessage]:
        """Type `text`; asked the very same question again in answer, type it again (twice at most)."""

        question = user.last.content if user.last is not None else None
        again = typing(user, text)
        seen = await self._patiently(user, again)
        for _ in range(2):
            if not question or not seen or seen[-1].content != question or text.startswith("/"):
                break
            self.asked_again[user.id] += 1
            seen = await self._patiently(user, again)
        if not text.startswith("/"):
            self.typed[user.id].append(text)
        return seen

    async def press(self, user: EmulatedUser, button: str, **_kwargs: Any) -> list[SentMessage]:
        return await self._patiently(user, pressing(user, button))

    async def do(self, user: EmulatedUser, action: Callable[[], object]) -> list[SentMessage]:
        return await self._patiently(user, lambda _attempt: action())

    async def _patiently(self, user: EmulatedUser, act: Callable[[int], object]) -> list[SentMessage]:
        await asyncio.sleep(self.rng.uniform(*self.pause))
        if self.handled is not None:
            return await self._until_handled(user, act)
        loop = asyncio.get_running_loop()
        mark, before = user.mark(), screen(user)
        act(0)
        attempt, sent_at = 0, loop.time()
        while screen(user) == before:
            await asyncio.sleep(0.02)
            ready = self.ready_at()
            if ready is not None and loop.time() - max(sent_at, ready) > self.patience:
                attempt += 1
                if attempt == self.tries:
                    raise NoAnswer(f"{user} got no answer after {self.tries} tries; last: {user.last}")
                self.retries[user.id] += 1
                act(attempt)
                sent_at = loop.time()
        shown, still = screen(user), loop.time()
        while loop.time() - still < self.quiet:
            await asyncio.sleep(0.02)
            if screen(user) != shown:
                shown, still = screen(user), loop.time()
        return user.since(mark)

    async def _until_handled(self, user: EmulatedUser, act: Callable[[int], object]) -> list[SentMessage]:
        """Act, and wait until the bot says it has finished with that very update (everything it
        answered is then on the person's screen); again after `patience` seconds without."""
        assert self.handled is not None
        mark = user.mark()
        for attempt in range(self.tries):
            update: Any = act(attempt)
            try:
                async with asyncio.timeout(self.patience):
                    await self.handled(int(update["update_id"]))
            except TimeoutError:
                self.retries[user.id] += 1
                continue
            return user.since(mark)
        raise NoAnswer(f"{user} got no answer after {self.tries} tries; last: {user.last}")


def is_invitation_copy(message: SentMessage, marks: dict[str, str] = INVITATION_MARK) -> bool:
    """Whether a bot message is a copy of the renewed invitation (in any language)."""
    return any(mark in (message.text or "") for mark in marks.values())


def receipt_of(messages: list[SentMessage]) -> tuple[str, str] | None:
    """(reference, fingerprint) from the receipt among these messages, if one is there."""
    found = RECEIPT.search(texts(messages))
    return (found["reference"], found["fingerprint"]) if found else None
