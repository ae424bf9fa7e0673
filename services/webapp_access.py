"""Who may open the review screen (webapp/): one-time sign-in links and short-lived sessions.

Kept in memory on one typed object that bot/ creates and hands to both the chat flow that
offers the screen (/review, which makes a sign-in link in the sandbox) and the web app itself
(which makes a session once Telegram's `initData` or such a link is checked). A session names
one Telegram user; the role is read again on every request (webapp/), so a session outliving a
revoked role opens nothing. A restart ends every session: the officer opens the app again.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

SESSION_SECONDS = 30 * 60  # a session ends half an hour after its last use
TICKET_SECONDS = 5 * 60  # a sandbox sign-in link works once, within five minutes
MAX_SESSIONS = 10_000


@dataclass(frozen=True)
class Session:
    token: str
    telegram_id: int
    expires_at: float


@dataclass
class WebAppAccess:
    """The web app's public address and the in-memory sign-in state (see the module's text)."""

    url: str
    init_data_max_age: int = 3600
    session_seconds: int = SESSION_SECONDS
    monotonic: Callable[[], float] = time.monotonic
    _key: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    _sessions: dict[str, Session] = field(default_factory=dict, repr=False)
    _tickets: dict[str, tuple[int, float]] = field(default_factory=dict, repr=False)

    @property
    def secure(self) -> bool:
        """Served over https (production behind the reverse proxy): cookies get `Secure`."""
        return self.url.lower().startswith("https://")

    def app_url(self, path: str = "") -> str:
        return self.url.rstrip("/") + "/app" + path

    # -- sandbox sign-in links ------------------------------------------------------------------

    def sign_in_link(self, telegram_id: int) -> str:
        """A link that opens the app once, as this user, within TICKET_SECONDS: a random
        token, signed with this process's key (a link from another run or a typed guess fails)."""
        self._forget_expired()
        nonce = secrets.token_urlsafe(18)
        signature = hmac.new(self._key, f"{nonce}:{telegram_id}".encode(), hashlib.sha256).hexdigest()[:32]
        ticket = f"{nonce}.{signature}"
        self._tickets[ticket] = (telegram_id, self.monotonic() + TICKET_SECONDS)
        return self.app_url(f"/ticket/{ticket}")

    def redeem(self, ticket: str) -> int | None:
        """The user a sign-in link was made for, once; None if unknown, used or expired."""
        found = self._tickets.pop(ticket, None)
        if found is None:
            return None
        telegram_id, expires_at = found
        nonce, _, signature = ticket.partition(".")
        expected = hmac.new(self._key, f"{nonce}:{telegram_id}".encode(), hashlib.sha256).hexdigest()[:32]
        if not hmac.compare_digest(signature, expected) or self.monotonic() > expires_at:
            return None
        return telegram_id

    # -- sessions -------------------------------------------------------------------------------

    def open_session(self, telegram_id: int) -> Session:
        self._forget_expired()
        if len(self._sessions) >= MAX_SESSIONS:
            oldest = min(self._sessions.values(), key=lambda s: s.expires_at)
            del self._sessions[oldest.token]
        session = Session(secrets.token_urlsafe(32), telegram_id, self.monotonic() + self.session_seconds)
        self._sessions[session.token] = session
        return session

    def session(self, token: str | None) -> Session | None:
        """The live session of a cookie's token, its lifetime extended; None if none."""
        if not token:
            return None
        found = self._sessions.get(token)
        if found is None:
            return None
        now = self.monotonic()
        if now > found.expires_at:
            del self._sessions[token]
            return None
        renewed = Session(found.token, found.telegram_id, now + self.session_seconds)
        self._sessions[token] = renewed
        return renewed

    def close_session(self, token: str | None) -> None:
        if token:
            self._sessions.pop(token, None)

    def close_sessions_of(self, telegram_id: int) -> None:
        for token in [t for t, s in self._sessions.items() if s.telegram_id == telegram_id]:
            del self._sessions[token]

    def _forget_expired(self) -> None:
        now = self.monotonic()
        for token in [t for t, s in self._sessions.items() if now > s.expires_at]:
            del self._sessions[token]
        for ticket in [t for t, (_, expires_at) in self._tickets.items() if now > expires_at]:
            del self._tickets[ticket]
