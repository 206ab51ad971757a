"""Talking to the running assistant over REST, as a website or app would."""

from __future__ import annotations

import uuid

import pytest
import requests
from sqlalchemy import create_engine, select

from bot.content.topics import load_topics
from bot.storage.models import CallbackRequest
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.harness import buttons, texts

TOPICS = load_topics()


def curated(topic: str) -> str:
    """The curated answer as a patient sees it, placeholders filled from settings."""
    variables = {
        "clinic_name": TEST_SETTINGS["CLINIC_NAME"],
        "clinic_phone": TEST_SETTINGS["CLINIC_PHONE"],
        "emergency_number": TEST_SETTINGS["EMERGENCY_NUMBER"],
        "urgent_care_line": "NHS 111",
        "crisis_line": TEST_SETTINGS["CRISIS_LINE"],
    }
    return TOPICS[topic].answer.format(**variables)


def callback_requests(assistant, sender: str) -> list:
    """The callback requests recorded for one conversation."""
    engine = create_engine(assistant.database_url, future=True)
    with engine.connect() as connection:
        rows = connection.execute(
            select(CallbackRequest).where(CallbackRequest.conversation_id == sender)
        ).all()
    engine.dispose()
    return list(rows)


def new_sender() -> str:
    return f"patient-{uuid.uuid4().hex[:8]}"


def test_first_reply_introduces_the_assistant_then_answers(assistant):
    reply = texts(assistant.say(new_sender(), "What causes muscle spasms?"))
    assert "general information, not a diagnosis" in reply
    assert "call 112" in reply
    assert TEST_SETTINGS["CLINIC_NAME"] in reply
    assert curated("causes") in reply


def test_later_replies_answer_without_repeating_the_introduction(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    reply = assistant.say(sender, "should i use ice or heat on a muscle spasm")
    assert reply[0]["text"] == curated("heat_cold")
    assert "not a diagnosis" not in texts(reply)
    assert {"title": "Talk to staff", "payload": "/human_handoff"} in buttons(reply)


def test_a_topic_button_gives_that_topic(assistant):
    sender = new_sender()
    assistant.say(sender, "hi")
    assert assistant.say(sender, "/faq/stretching")[0]["text"] == curated("stretching")


def test_out_of_scope_says_what_the_assistant_can_do(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    reply = assistant.say(sender, "can you book me a flight to madrid")
    assert "only help with questions about muscle spasms" in texts(reply)
    assert "/human_handoff" in [b["payload"] for b in buttons(reply)]


ODD_MESSAGES = [
    "",
    "   ",
    "\n\t",
    "🙂👍",
    "?",
    "x" * 5000,
    "spasm " * 1000,
    "¿Dónde está la estación de tren más cercana?",
    "Guten Tag, wie spät ist es?",
    "<script>alert('x')</script>",
    "<b>bold</b> <img src=x onerror=alert(1)>",
    "'; DROP TABLE events; --",
    "/",
    "/faq/does_not_exist",
    '/greet{"broken json',
]


@pytest.mark.parametrize("message", ODD_MESSAGES, ids=[f"odd{i}" for i in range(len(ODD_MESSAGES))])
def test_odd_input_gets_a_sensible_reply_and_no_error(assistant, message):
    response = assistant.post(new_sender(), message)
    assert response.status_code == 200, response.text
    reply = response.json()
    assert reply, "the patient must get an answer"
    text = texts(reply)
    assert "<script" not in text and "onerror" not in text
    # Nothing odd should be answered with a confident FAQ answer.
    assert not any(curated(topic) in text for topic in TOPICS)


@pytest.mark.parametrize(
    "body, content_type",
    [
        ("{not json", "application/json"),
        ('{"sender": "x"}', "application/json"),
        ('{"message": "hi"}', "application/json"),
        ("sender=x&message=hi", "application/x-www-form-urlencoded"),
    ],
)
def test_malformed_requests_get_a_client_error_not_a_crash(assistant, body, content_type):
    import requests

    response = requests.post(
        f"{assistant.base_url}/webhooks/rest/webhook",
        data=body.encode(),
        headers={"Content-Type": content_type},
        timeout=30,
    )
    assert response.status_code < 500, response.text
    # The server is still answering afterwards.
    assert assistant.say(new_sender(), "hello")


def test_text_no_answer_fits_takes_the_not_sure_path(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    reply = assistant.say(sender, "how do i stretch " * 80)
    text = texts(reply)
    assert "not sure" in text
    payloads = [b["payload"] for b in buttons(reply)]
    assert "/human_handoff" in payloads


def test_callback_request_is_recorded_with_clear_reprompts(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    assert "What name" in texts(assistant.say(sender, "can someone from the clinic call me back"))
    # Asking for staff again is not taken as a name: the question is repeated.
    assert "What name" in texts(assistant.say(sender, "i want to talk to a real person"))
    assert "phone number or email" in texts(assistant.say(sender, "Jane Smith"))
    reprompt = texts(assistant.say(sender, "call me whenever"))
    assert "doesn't look like a phone number" in reprompt
    assert "good time" in texts(assistant.say(sender, "+44 7700 900123"))
    done = texts(assistant.say(sender, "weekday mornings"))
    assert "Jane Smith" in done and "+447700900123" in done

    rows = callback_requests(assistant, sender)
    assert len(rows) == 1
    assert rows[0].name == "Jane Smith" and rows[0].channel == "rest"

    # The form is over: the next question gets a normal answer.
    assert assistant.say(sender, "what is a muscle spasm")[0]["text"] == curated("what_is_spasm")


def test_a_message_delivered_twice_is_answered_twice_but_taken_once(assistant):
    """nginx resends a POST to the other server if the first died before answering; a
    client may retry after a timeout. The copy gets the same reply; the form moves on once."""
    sender = new_sender()

    def post(message: str, **delivery: str) -> str:
        headers = {"X-Request-Id": delivery.pop("request_id")} if "request_id" in delivery else {}
        body = {"sender": sender, "message": message, **delivery}
        response = requests.post(
            f"{assistant.base_url}/webhooks/rest/webhook", json=body, headers=headers, timeout=60
        )
        assert response.status_code == 200, response.text
        return texts(response.json())

    post("hello")
    post("can someone from the clinic call me back")
    post("Jane Smith")
    first = post("+44 7700 900123", request_id="9f1c2a7be0d84e55a1b2c3d4e5f60718")
    assert "good time" in first
    # nginx's retry of the same request: same X-Request-Id, same body.
    assert post("+44 7700 900123", request_id="9f1c2a7be0d84e55a1b2c3d4e5f60718") == first
    # A client's own retry names the message in the body.
    done = post("weekday mornings", message_id="client-42")
    assert "Jane Smith" in done
    assert post("weekday mornings", message_id="client-42") == done

    rows = callback_requests(assistant, sender)
    assert [(row.contact, row.preferred_time) for row in rows] == [
        ("+447700900123", "weekday mornings")
    ]
    # A new message with another id is a new turn.
    assert "spasm" in post("what is a muscle spasm", message_id="client-43")


def test_a_message_asking_two_faq_questions_gets_both_answers(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    reply = texts(
        assistant.say(
            sender,
            "I get cramps in my feet a few times a month. What should I eat to get more "
            "magnesium and potassium? And how much water should I be drinking every day?",
        )
    )
    assert curated("nutrition") in reply and curated("hydration") in reply
    assert "You also asked about" in reply


def test_cancel_leaves_the_callback_form(assistant):
    sender = new_sender()
    assistant.say(sender, "hi")
    assistant.say(sender, "i want to talk to a person")
    assert "cancelled" in texts(assistant.say(sender, "cancel"))
    assert assistant.say(sender, "what is a muscle spasm")[0]["text"] == curated("what_is_spasm")


def _review_items(assistant, sender, wait=10.0):
    import time

    from bot.storage.db import Database
    from bot.storage.review import ReviewStore

    store = ReviewStore(Database(assistant.database_url))
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        items = [i for i in store.open_items(limit=500) if i.conversation_id == sender]
        if items:
            return items
        time.sleep(0.2)
    return []


def test_answers_ask_for_feedback_and_a_no_reaches_the_review_queue(assistant):
    sender = new_sender()
    assistant.say(sender, "hi")
    reply = assistant.say(sender, "does drinking more water help with cramps")
    assert reply[-1]["text"] == "Was this helpful?"
    assert [b["payload"] for b in reply[-1]["buttons"]] == [
        "/feedback_positive",
        "/feedback_negative",
    ]
    assert "Sorry that didn't help" in texts(assistant.say(sender, "/feedback_negative"))
    [item] = _review_items(assistant, sender)
    assert (item.kind, item.text) == (
        "negative_feedback",
        "does drinking more water help with cramps",
    )
    assert item.answer.startswith(curated("hydration")[:40])


def test_questions_the_assistant_could_not_answer_reach_the_review_queue(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    assistant.say(sender, "can you book me a flight to madrid")
    [item] = _review_items(assistant, sender)
    assert (item.kind, item.channel) == ("out_of_scope", "rest")
    assert "only help with questions about muscle spasms" in item.answer


LONG_STORY = (
    "I work in an office and sit at a computer nine hours a day. By Friday my neck and "
    "shoulders feel like concrete. A heat pad helps a bit in the evening and my partner "
    "gives me a massage. What stretches can I do at my desk?"
)


def test_a_long_story_is_answered_from_its_question(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    assert curated("stretching") in texts(assistant.say(sender, LONG_STORY))


def test_a_red_flag_in_the_middle_of_a_long_story_is_still_escalated(assistant):
    story = LONG_STORY.replace(
        "A heat pad", "Since this morning I cant feel anything when I wipe my bottom. A heat pad"
    )
    reply = texts(assistant.say(new_sender(), story))
    assert f"Call {TEST_SETTINGS['EMERGENCY_NUMBER']} now" in reply
    assert curated("stretching") not in reply
