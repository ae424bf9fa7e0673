"""Settings from the environment and `.env` (pydantic-settings). Read once, in the CLI."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from prompts.consultation import DEFAULT_CONSULTATION_FILE

TELEGRAM_API = "https://api.telegram.org/bot"
TELEGRAM_FILES = "https://api.telegram.org/file/bot"
_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{10,}$")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False)

    bot_token: SecretStr | None = None
    bot_api_base_url: str = TELEGRAM_API
    bot_api_file_url: str = TELEGRAM_FILES
    database_path: Path = Path("data/consultbot.sqlite3")
    attachments_dir: Path | None = None
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    consultation_file: Path = DEFAULT_CONSULTATION_FILE
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    # The review screen (webapp/): its public address (https behind the reverse proxy; plain
    # http on 127.0.0.1 in the sandbox), and how old Telegram's initData may be, in seconds.
    webapp_url: str | None = None
    webapp_init_data_max_age: int = Field(default=3600, ge=10, le=86400)

    @field_validator("attachments_dir", "webhook_secret", "webapp_url", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("consultation_file", "database_path", mode="before")
    @classmethod
    def _empty_is_default(cls, value: object, info: object) -> object:
        if value == "":
            field = getattr(info, "field_name", "")
            return DEFAULT_CONSULTATION_FILE if field == "consultation_file" else Path("data/consultbot.sqlite3")
        return value

    @field_validator("bot_token", mode="before")
    @classmethod
    def _token_shape(cls, value: object) -> object:
        if value in (None, ""):
            return None
        text = str(value.get_secret_value() if isinstance(value, SecretStr) else value).strip()
        if not _TOKEN.match(text):
            # Never echo the value: it may be a real token pasted with a typo.
            raise ValueError("is not a bot token of the form 123456:ABC-DEF... as given by BotFather")
        return text

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            for part in parts:
                if not part.isdecimal():
                    raise ValueError(f"must be comma-separated Telegram user ids; {part!r} is not a number")
            return [int(p) for p in parts]
        return value

    @field_validator("bot_api_base_url", "bot_api_file_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http(s) URL such as http://127.0.0.1:8081/bot")
        return value

    @field_validator("webapp_url")
    @classmethod
    def _webapp_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(
            r"^(https://[^\s/]+|http://(127\.0\.0\.1|localhost)(:\d+)?)(/\S*)?$", value
        ):
            raise ValueError(
                "must be an https URL (or http://127.0.0.1:PORT for the sandbox), e.g. https://bot.example.org"
            )
        return value.rstrip("/") if value is not None else None

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @property
    def attachments_path(self) -> Path:
        return self.attachments_dir or self.database_path.parent / "attachments"


class SettingsError(Exception):
    """One line naming the variable and what is wrong (and never its secret value)."""


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        variable = str(error["loc"][0]).upper() if error["loc"] else "settings"
        message = str(error["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"{variable}: {message}") from None
