"""Per-client rate limits on the chat channels of a real running assistant: a client over
its burst (RATE_LIMIT_BURST, 6) is asked to slow down instead of answered, a chat channel
says so once, and an emergency over the limit is still answered and escalated."""

from __future__ import annotations

import asyncio

from tests.e2e.channels.test_clean_input_e2e import CALL, EMERGENCY
from tests.e2e.harness import WidgetClient, escalations_of, texts

SLOW_DOWN = "faster than I can read them"
BURST = 6


def test_socketio_limits_a_client_by_the_address_its_proxy_forwards(channel_assistant):
    origin = f"http://127.0.0.1:{channel_assistant.web_port}"

    async def conversation(address: str, messages: list[str]) -> tuple[str, list[str]]:
        client = WidgetClient(channel_assistant.base_url, origin)
        client.headers["X-Forwarded-For"] = address  # as the proxy on this host adds it
        session_id = await client.connect()
        try:
            return session_id, [await client.say(message) for message in messages]
        finally:
            await client.sio.disconnect()

    hurried = ["hi"] * BURST + ["what helps a calf cramp", EMERGENCY]
    session_id, replies = asyncio.run(conversation("198.51.100.23", hurried))
    assert not any(SLOW_DOWN in reply for reply in replies[:BURST])
    assert SLOW_DOWN in replies[BURST]
    assert CALL in replies[-1]  # over the limit, and still answered
    assert escalations_of(channel_assistant, session_id)

    _, [other] = asyncio.run(conversation("198.51.100.24", ["hi"]))
    assert SLOW_DOWN not in other  # another patient is not affected
    # Closed websockets are not reported as server errors (issue 11).
    assert "Invalid response type" not in channel_assistant.log()


def test_telegram_limits_a_chat_and_says_so_once(channel_assistant, telegram):
    chat = telegram.new_chat()
    for _ in range(BURST):
        assert SLOW_DOWN not in texts(telegram.say(chat, "hello"))
    assert SLOW_DOWN in texts(telegram.say(chat, "hello"))
    assert telegram.say(chat, "hello") == []  # not a reply per message
    assert CALL in texts(telegram.say(chat, EMERGENCY))
    assert escalations_of(channel_assistant, str(chat))
