"""Numbered options for WhatsApp: composing a turn, resolving replies, remembering them."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bot.channels import options as options_module
from bot.channels.options import Option, OptionStore, numbered_hint, resolve_reply
from bot.channels.whatsapp import (
    MAX_BODY,
    TwilioMessagesApi,
    WhatsAppOutput,
    compose,
    whatsapp_address,
)
from bot.storage.db import Database

FEEDBACK = [
    {"title": "👍 Yes", "payload": "/feedback_positive"},
    {"title": "👎 No", "payload": "/feedback_negative"},
]
OFFERED = [
    Option("Fluids and cramps", "/faq/hydration"),
    Option("Stress and sleep", "/faq/stress_sleep"),
    Option("👍 Yes", "/feedback_positive"),
]


def test_a_turn_is_one_message_with_options_numbered_across_its_replies():
    bodies, offered = compose(
        [
            ("The answer.", [{"title": "Talk to staff", "payload": "/human_handoff"}]),
            ("Was this helpful?", FEEDBACK),
        ]
    )
    assert bodies == [
        "The answer.\n1. Talk to staff\n\n"
        "Was this helpful?\n2. 👍 Yes\n3. 👎 No\n\n"
        "Reply 1, 2 or 3, or type your question."
    ]
    assert [o.payload for o in offered] == [
        "/human_handoff",
        "/feedback_positive",
        "/feedback_negative",
    ]


def test_a_turn_without_buttons_has_no_hint_and_long_turns_are_split():
    bodies, offered = compose([("a " * 700, []), ("b " * 700, []), ("Short.", [])])
    assert offered == [] and len(bodies) == 2
    assert all(len(body) <= MAX_BODY for body in bodies)
    assert bodies[-1].endswith("Short.")
    [huge] = [compose([("word " * 1000, [])])[0]]
    assert len(huge) == 4 and all(len(body) <= MAX_BODY for body in huge)


@pytest.mark.parametrize(
    "count, hint",
    [(1, "Reply 1, or type your question."), (2, "Reply 1 or 2, or type your question.")],
)
def test_hint(count, hint):
    assert numbered_hint(count) == hint


@pytest.mark.parametrize(
    "reply, payload",
    [
        ("1", "/faq/hydration"),
        (" 2 ", "/faq/stress_sleep"),
        ("2.", "/faq/stress_sleep"),
        ("#3", "/feedback_positive"),
        ("fluids and cramps", "/faq/hydration"),
        ("Stress & sleep", "/faq/stress_sleep"),
        ("yes", "/feedback_positive"),
        ("👍", None),
        ("4", None),
        ("0", None),
        ("1 and 2", None),
        ("my calf is swollen", None),
    ],
)
def test_a_reply_chooses_an_option_by_number_or_title(reply, payload):
    assert resolve_reply(reply, OFFERED) == payload


def test_nothing_is_chosen_without_options():
    assert resolve_reply("1", []) is None


def test_whatsapp_addresses():
    assert whatsapp_address("+14155238886") == "whatsapp:+14155238886"
    assert whatsapp_address("whatsapp:+14155238886") == "whatsapp:+14155238886"


def test_offered_options_survive_a_restart_and_are_replaced_each_turn(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    store = OptionStore(Database(url))
    store.replace("whatsapp:+1", "whatsapp", OFFERED)
    store.replace("whatsapp:+2", "whatsapp", OFFERED[:1])

    restarted = OptionStore(Database(url))  # a new process: new engine, same database
    assert restarted.current("whatsapp:+1", "whatsapp") == OFFERED
    assert restarted.current("whatsapp:+1", "telegram") == []
    restarted.replace("whatsapp:+1", "whatsapp", [])
    assert restarted.current("whatsapp:+1", "whatsapp") == []
    assert restarted.current("whatsapp:+2", "whatsapp") == OFFERED[:1]

    monkeypatch.setattr(options_module, "MAX_AGE", dt.timedelta(seconds=-1))
    assert restarted.current("whatsapp:+2", "whatsapp") == []


class RecordingApi(TwilioMessagesApi):
    """Twilio's Messages API, recorded instead of called."""

    def __init__(self) -> None:
        super().__init__("http://unused.invalid", "AC1", "token", "+14155238886")
        self.sent: list[str] = []

    async def send(self, to: str, body: str = "", media_url: str | None = None) -> bool:
        self.sent.append(body)
        return True


def test_a_red_flag_reply_is_sent_at_once_the_rest_of_a_turn_at_the_end(tmp_path):
    api = RecordingApi()
    output = WhatsAppOutput(api, OptionStore(Database(f"sqlite:///{tmp_path / 'c.db'}")))

    async def turn() -> None:
        await output.send_response(
            "whatsapp:+1", {"text": "⚠️ Call 999 now.", "utter_action": "utter_red_flag"}
        )
        assert api.sent == ["⚠️ Call 999 now."]  # not held back for the escalation action
        await output.send_response("whatsapp:+1", {"text": "First.", "utter_action": "utter_ok"})
        await output.send_response(
            "whatsapp:+1", {"text": "Second.", "buttons": FEEDBACK, "utter_action": "utter_x"}
        )
        assert len(api.sent) == 1
        await output.flush("whatsapp:+1")

    asyncio.run(turn())
    assert (
        api.sent[1]
        == "First.\n\nSecond.\n1. 👍 Yes\n2. 👎 No\n\nReply 1 or 2, or type your question."
    )
