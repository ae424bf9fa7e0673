"""Telegram's `initData` checked exactly as the Bot API documentation specifies.

    secret_key = HMAC_SHA256(key="WebAppData", msg=bot_token)
    data_check_string = the fields except `hash`, sorted by key, as "key=value" joined by "\n"
                        (values url-decoded)
    valid when hex(HMAC_SHA256(key=secret_key, msg=data_check_string)) == hash

compared in constant time; then `auth_date` must be no older than the configured limit (the
signature itself never expires) and not in the future beyond a minute of clock skew.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

MAX_INIT_DATA = 4096  # Telegram's initData is well under 1 KB; a longer one is not Telegram's
CLOCK_SKEW = 60


class InitDataError(Exception):
    """Why an initData was refused (for the audit log; the page only says "refused")."""

    def __init__(self, reason: str, telegram_id: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.telegram_id = telegram_id


@dataclass(frozen=True)
class WebAppUser:
    telegram_id: int
    first_name: str
    language_code: str | None
    auth_date: int


def secret_key(bot_token: str) -> bytes:
    return hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()


def data_check_string(fields: dict[str, str]) -> str:
    return "\n".join(f"{key}={value}" for key, value in sorted(fields.items()) if key != "hash")


def sign(fields: dict[str, str], bot_token: str) -> str:
    """initData as Telegram makes it: the fields plus their `hash`, url-encoded (used by the
    tests and the benchmark to play Telegram's part)."""
    digest = hmac.new(secret_key(bot_token), data_check_string(fields).encode(), hashlib.sha256).hexdigest()
    return urlencode({**fields, "hash": digest})


def _user_id(fields: dict[str, str]) -> int | None:
    try:
        user = json.loads(fields.get("user", ""))
        return int(user["id"]) if isinstance(user, dict) else None
    except (ValueError, KeyError, TypeError):
        return None


def check(init_data: str, bot_token: str, *, max_age: int, now: float) -> WebAppUser:
    """The user an initData names, or InitDataError saying why not."""
    if not init_data:
        raise InitDataError("missing")
    if len(init_data) > MAX_INIT_DATA:
        raise InitDataError("too long")
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        raise InitDataError("malformed") from None
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise InitDataError("repeated field")
    claimed = _user_id(fields)
    given = fields.get("hash", "")
    expected = hmac.new(secret_key(bot_token), data_check_string(fields).encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise InitDataError("bad signature", claimed)
    try:
        auth_date = int(fields["auth_date"])
    except (KeyError, ValueError):
        raise InitDataError("no auth_date", claimed) from None
    if now - auth_date > max_age:
        raise InitDataError("expired", claimed)
    if auth_date - now > CLOCK_SKEW:
        raise InitDataError("auth_date in the future", claimed)
    try:
        user = json.loads(fields["user"])
        telegram_id = int(user["id"])
    except (KeyError, ValueError, TypeError):
        raise InitDataError("no user") from None
    return WebAppUser(
        telegram_id=telegram_id,
        first_name=str(user.get("first_name", "")),
        language_code=user.get("language_code"),
        auth_date=auth_date,
    )
