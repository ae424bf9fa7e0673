"""One API call's parameters, decoded the way the Bot API decodes them.

PTB sends form fields where strings are raw and everything else (numbers, booleans, objects)
is JSON text; the accessors below accept both that and a JSON request body.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ._models import ApiError, Upload, bad_request

# Fields whose value is a JSON object or array inside the form.
JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "commands",
        "scope",
        "allowed_updates",
        "reply_parameters",
        "link_preview_options",
        "menu_button",
        "media",
    }
)


@dataclass
class Call:
    """Decoded parameters plus uploaded files of one request."""

    method: str
    args: dict[str, Any] = field(default_factory=dict)
    files: dict[str, Upload] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        return name in self.args or name in self.files

    def get_str(self, name: str) -> str | None:
        value = self.args.get(name)
        if value is None:
            return None
        return value if isinstance(value, str) else json.dumps(value)

    def get_int(self, name: str) -> int | None:
        value = self.args.get(name)
        if value is None or value == "":
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def get_float(self, name: str) -> float | None:
        value = self.args.get(name)
        if value is None or value == "":
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def get_bool(self, name: str) -> bool:
        value = self.args.get(name)
        if isinstance(value, str):
            return value.lower() in ("true", "1")
        return bool(value)

    def get_json(self, name: str) -> Any:
        value = self.args.get(name)
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {name} JSON object") from None

    def loggable(self) -> dict[str, Any]:
        """Parameters for `emu.calls`: JSON fields decoded, uploads summarised."""
        out: dict[str, Any] = {}
        for name, value in self.args.items():
            if name in JSON_FIELDS:
                try:
                    out[name] = self.get_json(name)
                except ApiError:
                    out[name] = value
            else:
                out[name] = value
        for name, upload in self.files.items():
            out[name] = {"file_name": upload.filename, "size": len(upload.body)}
        return out
