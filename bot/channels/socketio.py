"""The website widget's channel: Rasa's socket.io channel, for the configured origins only.

Differences from `rasa.core.channels.socketio.SocketIOInput`:

- engine.io refuses connections whose `Origin` is not in `allowed_origins` (Rasa creates
  its server with `cors_allowed_origins=[]`, which checks nothing). The CORS headers come
  from Sanic-CORS (`rasa run --cors`, same origins), so they are not sent twice.
- Session ids are the 32-hex-digit ids this server hands out. A client cannot join
  another channel's conversation (a WhatsApp number, a Telegram chat id) by naming it,
  and every message of a socket goes to the session it was confirmed.
- A resumed session gets its earlier messages (`session_history`), so a page reload keeps
  the conversation on screen and on the server.
- `bot_typing` tells the widget when the assistant is working on a reply; red-flag
  replies carry `alert` so the widget can make them stand out; a failure is answered.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeGuard

import engineio
import rasa.core.channels.channel
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from rasa.shared.core.events import BotUttered, Event, UserUttered
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot.channels import replies
from bot.channels.intake import guarded, with_client
from bot.channels.origins import OriginPolicy
from bot.channels.rate_limit import client_address

logger = logging.getLogger(__name__)

SESSION_ID = re.compile(r"[0-9a-f]{32}")
HISTORY_LIMIT = 200
# engine.io's default is 1 MB; a message is read up to 2,000 characters anyway.
MAX_FRAME_BYTES = 64 * 1024


class _OriginCheckingEngineIO(engineio.AsyncServer):
    """Validates `Origin` but leaves the CORS headers to Sanic-CORS (no duplicates).

    Its request handler is marked as a websocket handler for Sanic: after a websocket
    closes it returns None, which Sanic 21.12 otherwise logs as a server error ("Invalid
    response type None") and answers with a 500 on a connection that is already gone.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        handle = super().handle_request

        async def handle_request(*args: Any, **kwargs: Any) -> Any:
            return await handle(*args, **kwargs)

        handle_request.is_websocket = True  # type: ignore[attr-defined]
        self.handle_request = handle_request

    def _cors_headers(self, environ: dict[str, Any]) -> list[tuple[str, str]]:
        return []


class _OriginCheckingServer(AsyncServer):
    def _engineio_server_class(self) -> type[engineio.AsyncServer]:
        return _OriginCheckingEngineIO


class _AppCapturingBlueprint(SocketBlueprint):
    """Remembers the Sanic app it is registered on, to reach the agent's tracker store."""

    def __init__(self, on_register: Callable[[Sanic], None], *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.ctx.on_register = on_register  # Sanic forbids attributes on blueprints

    def register(self, app: Sanic, options: dict[str, Any]) -> None:
        self.ctx.on_register(app)
        super().register(app, options)


def is_session_id(value: Any) -> TypeGuard[str]:
    """Whether `value` is a session id this channel could have handed out."""
    return isinstance(value, str) and SESSION_ID.fullmatch(value) is not None


def _button_messages(text: str, buttons: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """A reply split like Rasa's socket.io channel: paragraphs, buttons on the last."""
    parts = [part for part in (text or "").strip().split("\n\n") if part] or [""]
    messages: list[dict[str, Any]] = [{"text": part} for part in parts]
    if buttons:
        messages[-1]["quick_replies"] = [
            {"content_type": "text", "title": b.get("title", ""), "payload": b.get("payload", "")}
            for b in buttons
        ]
    return messages


def conversation_history(events: Iterable[Event], limit: int = HISTORY_LIMIT) -> list[dict]:
    """The messages of a conversation as the widget shows them, oldest first.

    A button the patient pressed is shown by its title, as it was when pressed.
    """
    history: list[dict[str, Any]] = []
    titles: dict[str, str] = {}
    for event in events:
        if isinstance(event, UserUttered) and event.text is not None:
            history.append({"sender": "user", "text": titles.get(event.text, event.text)})
            titles = {}
        elif isinstance(event, BotUttered):
            buttons = (event.data or {}).get("buttons") or []
            titles.update({b.get("payload", ""): b.get("title", "") for b in buttons})
            alert = replies.alert_level((event.metadata or {}).get("utter_action"), event.text)
            for message in _button_messages(event.text or "", buttons):
                if alert:
                    message["alert"] = alert
                history.append({"sender": "bot", **message})
    return history[-limit:]


class ClinicSocketIOOutput(SocketIOOutput):
    """Rasa's socket.io output; red-flag replies are marked with `alert`."""

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        alert = replies.alert_level(message.get("utter_action"), message.get("text"))
        if not alert:
            await super().send_response(recipient_id, message)
            return
        for part in _button_messages(message.get("text") or "", message.get("buttons")):
            await self._send_message(recipient_id, {**part, "alert": alert})


class ClinicSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel (name `socketio`) with origin checks and resumable sessions."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            credentials.get("user_message_evt", "user_uttered"),
            credentials.get("bot_message_evt", "bot_uttered"),
            credentials.get("namespace"),
            credentials.get("session_persistence", True),
            credentials.get("socketio_path", "/socket.io"),
            credentials.get("jwt_key"),
            credentials.get("jwt_method", "HS256"),
            credentials.get("metadata_key", "metadata"),
            allowed_origins=credentials.get("allowed_origins") or [],
        )

    def __init__(self, *args: Any, allowed_origins: list[str] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.origins = OriginPolicy(allowed_origins or [])
        self._app: Sanic | None = None

    def get_output_channel(self) -> ClinicSocketIOOutput | None:
        if self.sio is None:
            return super().get_output_channel()
        return ClinicSocketIOOutput(self.sio, self.bot_message_evt)

    def _set_app(self, app: Sanic) -> None:
        self._app = app

    async def _history(self, session_id: str) -> list[dict[str, Any]]:
        agent = getattr(self._app.ctx, "agent", None) if self._app else None
        if agent is None or agent.tracker_store is None:
            return []
        try:
            tracker = await agent.tracker_store.retrieve(session_id)
        except Exception:  # the conversation goes on even if its history is unavailable
            logger.exception("Could not read the history of a web conversation.")
            return []
        return conversation_history(tracker.events) if tracker else []

    def _connect_allowed(self, environ: dict[str, Any], auth: dict | None) -> bool:
        if not self.origins.allows(environ.get("HTTP_ORIGIN")):
            return False  # engine.io refuses these already; belt and braces
        if not self.jwt_key:
            return True
        token = (auth or {}).get("token") if isinstance(auth, dict) else None
        payload = None
        if token:
            payload = rasa.core.channels.channel.decode_bearer_token(
                token, self.jwt_key, self.jwt_algorithm
            )
        return bool(payload)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        on_new_message = guarded(on_new_message)  # cleaned text, sender and metadata
        allowed = "*" if self.origins.allows_any else list(self.origins.allowed)
        sio = _OriginCheckingServer(
            async_mode="sanic",
            cors_allowed_origins=allowed,
            max_http_buffer_size=MAX_FRAME_BYTES,
        )
        blueprint = _AppCapturingBlueprint(
            self._set_app, sio, self.socketio_path, "socketio_webhook", __name__
        )
        self.sio = sio
        namespace = self.namespace

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: str, environ: dict, auth: dict | None = None) -> bool:
            if not self._connect_allowed(environ, auth):
                return False
            request = environ.get("sanic.request")
            headers = request.headers if request is not None else {}
            peer = request.ip if request is not None else environ.get("REMOTE_ADDR")
            address = client_address(peer, headers.get("x-forwarded-for"))
            await sio.save_session(sid, {"client": address}, namespace=namespace)
            return True

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: str, data: Any = None) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            session_id = requested if is_session_id(requested) else uuid.uuid4().hex
            resumed = session_id == requested
            session = await sio.get_session(sid, namespace=namespace)
            session["session_id"] = session_id
            await sio.save_session(sid, session, namespace=namespace)
            sio.enter_room(sid, session_id, namespace=namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)
            if resumed:
                history = await self._history(session_id)
                await sio.emit(
                    "session_history", {"messages": history}, room=sid, namespace=namespace
                )

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: str, data: Any = None) -> None:
            session = await sio.get_session(sid, namespace=namespace)
            session_id = session.get("session_id")
            text = data.get("message") if isinstance(data, dict) else None
            if not session_id or not isinstance(text, str):
                logger.warning("Ignored a socket.io message without a session or text.")
                return
            metadata = data.get(self.metadata_key)
            output = ClinicSocketIOOutput(sio, self.bot_message_evt)
            message = UserMessage(
                text,
                output,
                session_id,
                input_channel=self.name(),
                metadata=with_client(
                    metadata if isinstance(metadata, dict) else None, session.get("client")
                ),
            )
            await sio.emit("bot_typing", {"typing": True}, room=session_id, namespace=namespace)
            try:
                await on_new_message(message)
            except Exception:
                logger.exception("The assistant failed to answer a web message.")
                await output.send_text_message(session_id, replies.something_went_wrong())
            finally:
                await sio.emit(
                    "bot_typing", {"typing": False}, room=session_id, namespace=namespace
                )

        return blueprint
