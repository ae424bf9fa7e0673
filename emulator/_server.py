"""Tornado request handlers: routing, token check, body decoding, faults, JSON answers."""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Any

import tornado.web

from ._call import Call
from ._methods import METHODS, invoke
from ._models import ApiError, Upload, bad_request, dumps, too_many_requests

if TYPE_CHECKING:
    from ._emulator import BotApiEmulator

NOT_FOUND = ApiError(404, "Not Found")
METHOD_NOT_FOUND = ApiError(404, "Not Found: method not found")


def parse_call(method: str, request: Any) -> Call:
    """Merge query, form or multipart fields (and a JSON body, for non-PTB clients)."""
    args: dict[str, Any] = {}
    for source in (request.query_arguments, request.body_arguments):
        for name, values in source.items():
            if values:
                args[name] = values[-1].decode("utf-8", "replace")
    content_type = request.headers.get("Content-Type", "")
    if content_type.startswith("application/json") and request.body:
        try:
            body = json.loads(request.body)
        except ValueError:
            raise bad_request("can't parse JSON request body") from None
        if not isinstance(body, dict):
            raise bad_request("JSON request body must be an object")
        args.update(body)
    files = {
        name: Upload(parts[0].filename, parts[0].body, parts[0].content_type)
        for name, parts in request.files.items()
        if parts
    }
    return Call(method, args, files)


class _Base(tornado.web.RequestHandler):
    """Shared answer helpers; every answer is Telegram-shaped JSON."""

    def initialize(self, emu: BotApiEmulator) -> None:
        self.emu = emu

    def _connection_open(self) -> bool:
        connection = self.request.connection
        stream = getattr(connection, "stream", None)
        return stream is None or not stream.closed()

    def reply(self, status: int, body: dict[str, Any]) -> None:
        if self._finished or not self._connection_open():
            return
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(dumps(body))

    def reply_error(self, error: ApiError) -> None:
        self.emu.count_error(error)
        self.reply(error.code, error.body())

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """Unexpected exceptions still answer JSON, so PTB reports them readably."""
        description = "Internal Server Error" if status_code >= 500 else f"Error {status_code}"
        self.set_header("Content-Type", "application/json")
        self.finish(dumps({"ok": False, "error_code": status_code, "description": description}))


class ApiHandler(_Base):
    """POST (or GET) /bot<token>/<method>."""

    async def get(self, token: str, method: str) -> None:
        self.emu.request_started()
        try:
            await self._serve(token, method)
        finally:
            self.emu.request_finished()

    post = get

    async def _serve(self, token: str, method: str) -> None:
        if token != self.emu.token:
            self.reply_error(NOT_FOUND)
            return
        entry = METHODS.get(method.lower())
        if entry is None:
            self.emu.record_call(method, Call(method))
            self.reply_error(METHOD_NOT_FOUND)
            return
        name, handler = entry
        try:
            call = parse_call(name, self.request)
        except ApiError as error:
            self.reply_error(error)
            return
        delay = self.emu.round_trip / 2 if name != "getUpdates" else 0.0
        if delay:
            await asyncio.sleep(delay)
        self.emu.record_call(name, call)
        fault = self.emu.faults.pick(name)
        if fault is not None:
            self.emu.stats.faults_injected += 1
            await self._fault(fault)
            return
        try:
            result = await invoke(handler, self.emu, call)
        except ApiError as error:
            if delay:
                await asyncio.sleep(delay)
            self.reply_error(error)
            return
        if delay:
            await asyncio.sleep(delay)
        self.reply(200, {"ok": True, "result": result})

    async def _fault(self, kind: str) -> None:
        """Fail without carrying the call out, the way each kind looks to a client."""
        if kind == "429":
            self.reply_error(too_many_requests(1))
        elif kind in ("500", "502"):
            code = int(kind)
            text = "Internal Server Error" if code == 500 else "Bad Gateway"
            self.reply_error(ApiError(code, text))
        elif kind == "timeout":
            await self.emu.pause(self.emu.timeout_seconds)
            self.reply_error(ApiError(502, "Bad Gateway"))
        else:  # drop
            self.detach().close()


class FileHandler(_Base):
    """GET /file/bot<token>/<file_path>: the bytes of a stored file."""

    def get(self, token: str, path: str) -> None:
        stored = self.emu.files.by_path.get(path) if token == self.emu.token else None
        if stored is None:
            self.reply_error(NOT_FOUND)
            return
        self.emu.stats.downloads += 1
        self.set_header("Content-Type", stored.mime_type or "application/octet-stream")
        self.finish(stored.data)


class FallbackHandler(_Base):
    """Any other path: Telegram's 404."""

    def get(self, *args: str) -> None:
        self.reply_error(NOT_FOUND)

    post = get


def make_application(emu: BotApiEmulator) -> tornado.web.Application:
    return tornado.web.Application(
        [
            (r"/bot([^/]+)/([A-Za-z0-9_]+)/?", ApiHandler, {"emu": emu}),
            (r"/file/bot([^/]+)/(.+)", FileHandler, {"emu": emu}),
        ],
        default_handler_class=FallbackHandler,
        default_handler_args={"emu": emu},
        log_function=lambda handler: None,
    )
