"""The website channel's pure parts: session ids, red-flag marking and history replay."""

from __future__ import annotations

import asyncio

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered

from bot.channels.replies import alert_level
from bot.channels.socketio import ClinicSocketIOOutput, conversation_history, is_session_id

EMERGENCY = "⚠️ This could be a medical emergency. Call 999 now."
URGENT = "What you describe needs a doctor today."


@pytest.mark.parametrize(
    "value, valid",
    [
        ("0123456789abcdef0123456789abcdef", True),
        ("0123456789ABCDEF0123456789ABCDEF", False),
        ("whatsapp:+447700900123", False),
        ("123456789", False),
        ("0123456789abcdef0123456789abcdef\n", False),
        (None, False),
        (42, False),
    ],
)
def test_only_ids_the_server_hands_out_are_session_ids(value, valid):
    assert is_session_id(value) is valid


def test_red_flag_replies_are_marked():
    assert alert_level("utter_red_flag", EMERGENCY) == "emergency"
    assert alert_level("utter_red_flag", URGENT) == "urgent"
    assert alert_level("utter_faq/causes", EMERGENCY) is None


def test_history_shows_titles_for_pressed_buttons_and_marks_red_flags():
    buttons = [{"title": "Fluids and cramps", "payload": "/faq/hydration"}]
    events = [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        UserUttered("what causes spasms"),
        BotUttered("Intro.\n\nSecond paragraph.", {"buttons": buttons}),
        UserUttered("/faq/hydration"),
        BotUttered("Drink water.", {}),
        UserUttered("my back... numb"),
        BotUttered(EMERGENCY, {}, metadata={"utter_action": "utter_red_flag"}),
    ]
    history = conversation_history(events)
    assert history == [
        {"sender": "user", "text": "what causes spasms"},
        {"sender": "bot", "text": "Intro."},
        {
            "sender": "bot",
            "text": "Second paragraph.",
            "quick_replies": [
                {"content_type": "text", "title": "Fluids and cramps", "payload": "/faq/hydration"}
            ],
        },
        {"sender": "user", "text": "Fluids and cramps"},
        {"sender": "bot", "text": "Drink water."},
        {"sender": "user", "text": "my back... numb"},
        {"sender": "bot", "text": EMERGENCY, "alert": "emergency"},
    ]
    assert conversation_history(events, limit=2) == history[-2:]


def test_live_red_flag_replies_carry_the_alert():
    sent = []

    class FakeServer:
        async def emit(self, event, data, room=None, **kwargs):
            sent.append((event, data, room))

    output = ClinicSocketIOOutput(FakeServer(), "bot_uttered")
    asyncio.run(
        output.send_response(
            "session-1", {"text": URGENT, "utter_action": "utter_red_flag", "buttons": []}
        )
    )
    asyncio.run(output.send_response("session-1", {"text": "Plain.", "utter_action": "utter_ok"}))
    assert sent == [
        ("bot_uttered", {"text": URGENT, "alert": "urgent"}, "session-1"),
        ("bot_uttered", {"text": "Plain."}, "session-1"),
    ]
