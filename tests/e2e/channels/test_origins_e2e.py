"""Only the configured web origins may use the socket.io and REST channels."""

from __future__ import annotations

import asyncio

import pytest
import requests
import socketio

EVIL = "https://evil.example"


def allowed_origin(assistant) -> str:
    return f"http://127.0.0.1:{assistant.web_port}"


def polling_handshake(assistant, origin: str | None) -> requests.Response:
    headers = {"Origin": origin} if origin else {}
    return requests.get(
        f"{assistant.base_url}/socket.io/?EIO=4&transport=polling", headers=headers, timeout=30
    )


def test_socketio_accepts_the_configured_origin_with_one_cors_header(channel_assistant):
    origin = allowed_origin(channel_assistant)
    answer = polling_handshake(channel_assistant, origin)
    assert answer.status_code == 200
    assert answer.raw.headers.getlist("Access-Control-Allow-Origin") == [origin]


def test_socketio_refuses_other_origins(channel_assistant):
    answer = polling_handshake(channel_assistant, EVIL)
    assert answer.status_code == 400
    assert "Access-Control-Allow-Origin" not in answer.headers


def _websocket_session(assistant, origin: str, session_id: str | None = None) -> str:
    async def run() -> str:
        client = socketio.AsyncClient(reconnection=False)
        confirmed: asyncio.Future = asyncio.get_running_loop().create_future()
        client.on("session_confirm", lambda sid: confirmed.set_result(sid))
        await client.connect(
            assistant.base_url, headers={"Origin": origin}, transports=["websocket"]
        )
        try:
            await client.emit("session_request", {"session_id": session_id})
            return await asyncio.wait_for(confirmed, 20)
        finally:
            await client.disconnect()

    return asyncio.run(run())


def test_a_websocket_from_another_origin_is_refused(channel_assistant):
    with pytest.raises(socketio.exceptions.ConnectionError):
        _websocket_session(channel_assistant, EVIL)


def test_a_client_cannot_take_over_another_channels_conversation(channel_assistant):
    origin = allowed_origin(channel_assistant)
    session = _websocket_session(channel_assistant, origin, "whatsapp:+447700900123")
    assert session != "whatsapp:+447700900123" and len(session) == 32
    # A session id the server handed out is resumed.
    assert _websocket_session(channel_assistant, origin, session) == session


def test_rest_refuses_other_origins_and_serves_the_configured_one(channel_assistant):
    url = f"{channel_assistant.base_url}/webhooks/rest/webhook"
    body = {"sender": "origin-test", "message": "hello"}
    refused = requests.post(url, json=body, headers={"Origin": EVIL}, timeout=60)
    assert refused.status_code == 403
    origin = allowed_origin(channel_assistant)
    served = requests.post(url, json=body, headers={"Origin": origin}, timeout=60)
    assert served.status_code == 200 and served.json()
    assert served.headers["Access-Control-Allow-Origin"] == origin
    # Without an Origin header (not a web page: curl, a server) it works as before.
    assert requests.post(url, json=body, timeout=60).status_code == 200


def test_the_rest_client_cannot_pose_as_another_channel(channel_assistant):
    from tests.e2e.harness import escalations_of

    url = f"{channel_assistant.base_url}/webhooks/rest/webhook"
    body = {
        "sender": "rest-posing-as-telegram",
        "message": "My back spasms and I can't feel anything between my legs",
        "input_channel": "telegram",
    }
    assert requests.post(url, json=body, timeout=60).status_code == 200
    [escalation] = escalations_of(channel_assistant, "rest-posing-as-telegram")
    assert escalation.channel == "rest"
