"""Starts the real assistant (launcher, action server, Rasa server) for end-to-end tests."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import socketio

from bot.ops.sandbox import RunningAssistant, free_port, start_assistant

__all__ = ["RunningAssistant", "free_port", "start_assistant"]  # re-exported for the tests


def texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(m.get("text", "") for m in messages)


def buttons(messages: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [b for m in messages for b in m.get("buttons", [])]


def escalations_of(assistant: RunningAssistant, conversation_id: str, wait: float = 15.0):
    """The escalations recorded for a conversation (the action runs after the reply)."""
    from bot.storage.db import Database
    from bot.storage.escalations import EscalationStore

    store = EscalationStore(Database(assistant.database_url), [])
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        found = [e for e in store.recent(limit=200) if e.conversation_id == conversation_id]
        if found:
            return found
        time.sleep(0.2)
    return []


class WidgetClient:
    """A socket.io client as the widget is: polling, then websocket; resumes its session."""

    def __init__(self, url: str, origin: str) -> None:
        self.url, self.origin = url, origin
        self.headers = {"Origin": origin}
        self.sio = socketio.AsyncClient(reconnection_delay=0.2, reconnection_delay_max=1)
        self.session_id: str | None = None
        self.confirmed: asyncio.Queue[str] = asyncio.Queue()
        self.histories: asyncio.Queue[list[dict]] = asyncio.Queue()
        self.events: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        self.sio.on("connect", self._on_connect)
        self.sio.on("session_confirm", self._on_confirm)
        self.sio.on("session_history", lambda data: self.histories.put_nowait(data["messages"]))
        self.sio.on("bot_uttered", lambda message: self.events.put_nowait(("message", message)))
        self.sio.on("bot_typing", lambda data: self.events.put_nowait(("typing", data["typing"])))

    async def _on_connect(self) -> None:
        # The widget asks for its earlier session after every (re)connection.
        await self.sio.emit("session_request", {"session_id": self.session_id})

    def _on_confirm(self, session_id: str) -> None:
        self.session_id = session_id
        self.confirmed.put_nowait(session_id)

    async def connect(self) -> str:
        await self.sio.connect(self.url, headers=self.headers)
        return await asyncio.wait_for(self.confirmed.get(), 30)

    async def say(self, message: str) -> str:
        await self.sio.emit("user_uttered", {"message": message, "session_id": self.session_id})
        replies = []
        while True:
            kind, data = await asyncio.wait_for(self.events.get(), 60)
            if kind == "message":
                replies.append(data.get("text", ""))
            elif data is False:
                return "\n".join(replies)


def widget_says_once(assistant: RunningAssistant, message: str) -> tuple[str, str]:
    """A new widget conversation of one message: (its session id, the reply's text)."""
    origin = f"http://127.0.0.1:{assistant.web_port}"

    async def conversation() -> tuple[str, str]:
        client = WidgetClient(assistant.base_url, origin)
        session_id = await client.connect()
        try:
            return session_id, await client.say(message)
        finally:
            await client.sio.disconnect()

    return asyncio.run(conversation())
