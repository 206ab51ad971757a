"""Real local HTTP servers standing in for the Telegram Bot API and Twilio's Messages API."""

from __future__ import annotations

import base64
import itertools
import time
from typing import Any

from aiohttp import web

from tests.servers import RecordingHttpServer


async def _params(request: web.Request) -> dict[str, Any]:
    """A request's parameters, JSON or form-encoded (aiogram sends forms)."""
    if request.content_type == "application/json":
        return await request.json()
    return dict(await request.post())


class FakeTelegramApi(RecordingHttpServer):
    """The Bot API for one bot token: `/bot<token>/<method>`."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        self.webhook: dict[str, Any] = {}
        self._ids = itertools.count(1000)

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/bot{token}/{method}", self._handle)

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await _params(request)
        self.calls.append({"method": method, "params": params})
        return web.json_response({"ok": True, "result": self._result(method, params)})

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "sendMessage":
            chat_id = str(params.get("chat_id"))
            return {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": {
                    "id": int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id,
                    "type": "private",
                },
                "text": params.get("text", ""),
            }
        if method == "setWebhook":
            self.webhook = dict(params)
            return True
        if method == "getWebhookInfo":
            return {
                "url": self.webhook.get("url", ""),
                "has_custom_certificate": False,
                "pending_update_count": 0,
            }
        if method == "getMe":
            return {"id": 1, "is_bot": True, "first_name": "Clinic", "username": "clinic_bot"}
        return True

    def messages_to(self, chat_id: int | str) -> list[dict[str, Any]]:
        """The sendMessage calls to a chat, oldest first."""
        return [
            c["params"]
            for c in list(self.calls)
            if c["method"] == "sendMessage" and str(c["params"].get("chat_id")) == str(chat_id)
        ]


class FakeTwilioApi(RecordingHttpServer):
    """Twilio's Messages API for one account: `/2010-04-01/Accounts/<sid>/Messages.json`."""

    def __init__(self, account_sid: str, auth_token: str) -> None:
        super().__init__()
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.fail_next = 0  # answer this many sends with 503 first
        self._ids = itertools.count(1)

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self._handle)

    async def _handle(self, request: web.Request) -> web.Response:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if (
            request.match_info["sid"] != self.account_sid
            or request.headers.get("Authorization") != f"Basic {expected}"
        ):
            return web.json_response({"code": 20003, "message": "Authenticate"}, status=401)
        if self.fail_next > 0:
            self.fail_next -= 1
            return web.json_response({"code": 20500, "message": "try again"}, status=503)
        params = dict(await request.post())
        self.calls.append({"params": params})
        sid = f"SM{next(self._ids):032d}"
        return web.json_response(
            {"sid": sid, "status": "queued", "to": params.get("To"), "body": params.get("Body")},
            status=201,
        )

    def messages_to(self, to: str) -> list[dict[str, Any]]:
        """The messages sent to a WhatsApp address, oldest first."""
        return [c["params"] for c in list(self.calls) if c["params"].get("To") == to]
