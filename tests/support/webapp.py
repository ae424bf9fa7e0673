"""Helpers for the review screen's tests: initData made the way Telegram makes it, a free
port for the web server, and a bench with the screen on."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlencode

from tests.support.harness import TOKEN, BotBench


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def webapp_bench(tmp_path: Path, *, url: str | None = None) -> BotBench:
    """A bench whose bot serves the review screen on a free local port (or names `url`, an
    https address nothing listens on, for what the chat answers)."""
    bench = BotBench(tmp_path)
    port = free_port()
    bench.webapp_url = url or f"http://127.0.0.1:{port}"
    bench.web_server = ("127.0.0.1", port)
    return bench


def init_data(
    telegram_id: int,
    *,
    first_name: str = "Officer",
    language_code: str = "en",
    auth_date: int | None = None,
    token: str = TOKEN,
) -> str:
    """initData as a Telegram client passes it to a Mini App: query_id, user (JSON), auth_date,
    signature, then hash = hex(HMAC_SHA256(HMAC_SHA256("WebAppData", token), check string)),
    the check string being every other field as key=value, sorted by key, joined by newlines."""
    user = {
        "id": telegram_id,
        "first_name": first_name,
        "language_code": language_code,
        "allows_write_to_pm": True,
        "photo_url": "https://t.me/i/userpic/320/example.svg",
    }
    fields = {
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "user": json.dumps(user, separators=(",", ":")).replace("/", "\\/"),
        "auth_date": str(auth_date if auth_date is not None else int(time.time())),
        "signature": "Xf3PmF3pYpZsc3tM_3hWd4Y6oQdB0NukJ_tJUVRSWnUs1vXvVtZOuYN9HHYdVd_zNPv4fjFuxqY8hJB4hN-DBg",
    }
    check = "\n".join(f"{key}={value}" for key, value in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode(fields, quote_via=quote)


def launch_url(bench: BotBench, data: str, *, theme: dict[str, str] | None = None) -> str:
    """The URL a Telegram client opens: the app's address with the launch parameters in the fragment."""
    assert bench.webapp_url is not None
    params = {
        "tgWebAppData": data,
        "tgWebAppVersion": "8.0",
        "tgWebAppPlatform": "tdesktop",
        "tgWebAppThemeParams": json.dumps(theme or {"bg_color": "#ffffff", "text_color": "#000000"}),
    }
    return f"{bench.webapp_url}/app#" + urlencode(params, quote_via=quote)


def sandbox_output(tmp_path: Path, script: str) -> str:
    """What `consultbot sandbox --script` prints for `script` (in English, its own database)."""
    path = tmp_path / "script.txt"
    path.write_text(script, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "ADMIN_", "DATABASE_", "WEBAPP_"))}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    command = [sys.executable, "-m", "bot.cli", "sandbox", "--language", "en"]
    result = subprocess.run(
        [*command, "--database", str(tmp_path / "s.sqlite3"), "--script", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
