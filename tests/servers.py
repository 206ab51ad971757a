"""Real local servers standing in for staff notification targets (a webhook, SMTP), and
the threaded HTTP server the fake providers build on."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from email import message_from_bytes
from email.message import Message
from typing import Any, TypeVar

from aiohttp import web
from aiosmtpd.controller import Controller

from tests.e2e.harness import free_port

Server = TypeVar("Server", bound="RecordingHttpServer")


class RecordingHttpServer:
    """An aiohttp app on loopback, run in a thread; `calls` holds what it received.

    Subclasses add their routes in `routes` and append to `calls` in their handlers.
    """

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.port = free_port()
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    async def _start(self) -> None:
        app = web.Application()
        self.routes(app)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    def start(self: Server) -> Server:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)

    def wait_for(
        self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 30
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for call in list(self.calls):
                if predicate(call):
                    return call
            time.sleep(0.1)
        raise AssertionError(f"no matching call in {timeout} s: {self.calls[-10:]}")


class WebhookRecorder(RecordingHttpServer):
    """The staff webhook: records JSON posts to `/hook`; `failing` makes it answer 503."""

    def __init__(self) -> None:
        super().__init__()
        self.failing = False

    @property
    def url(self) -> str:
        return f"{super().url}/hook"

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/hook", self._handle)

    async def _handle(self, request: web.Request) -> web.Response:
        if self.failing:
            return web.Response(status=503, text="staff chat is down")
        self.calls.append(await request.json())
        return web.Response(text="ok")


class _Collect:
    def __init__(self, inbox: list[Message]) -> None:
        self.inbox = inbox

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        self.inbox.append(message_from_bytes(envelope.content))
        return "250 OK"


class SmtpRecorder:
    """An SMTP server on loopback (aiosmtpd) that keeps every message it receives."""

    def __init__(self) -> None:
        self.inbox: list[Message] = []
        self.port = free_port()
        self._controller = Controller(_Collect(self.inbox), hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> SmtpRecorder:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def wait_for(self, predicate, timeout: float = 30) -> Message:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in list(self.inbox):
                if predicate(message):
                    return message
            time.sleep(0.2)
        raise AssertionError(f"no matching e-mail in {timeout} s")
