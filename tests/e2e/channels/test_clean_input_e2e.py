"""Text that is valid JSON but not valid Unicode text, and over-long messages, at every
channel of a real running assistant: cleaned or refused, never a crash, and an emergency
in such a message is still answered and escalated."""

from __future__ import annotations

import json
import time
import uuid

import requests
import sqlalchemy as sa

from tests.e2e.channels.conftest import TELEGRAM_SECRET
from tests.e2e.channels.test_bad_input_e2e import post, still_answers
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.harness import escalations_of, texts, widget_says_once

EMERGENCY = "I have crushing chest pain and cant breathe"
CALL = f"Call {TEST_SETTINGS['EMERGENCY_NUMBER']} now"
SHORTER = "send shorter messages"


def rest_json(assistant, body: str) -> requests.Response:
    """Posts `body` as written: `\\u` escapes of surrogates reach the server as such."""
    url = f"{assistant.base_url}/webhooks/rest/webhook"
    return post(url, body.encode(), "application/json")


def new_sender(kind: str) -> str:
    return f"{kind}-{uuid.uuid4().hex[:8]}"


# -- REST -------------------------------------------------------------------------------


def test_an_emergency_with_a_lone_surrogate_is_answered_and_escalated(channel_assistant):
    sender = new_sender("surrogate")
    answer = rest_json(
        channel_assistant,
        f'{{"sender": "{sender}", "message": "{EMERGENCY}\\udc00",'
        ' "metadata": {"x\\ud800": ["\\u0000\\udfff", {"y": "\\u001b"}]}}',
    )
    assert answer.status_code == 200, answer.text
    assert CALL in texts(answer.json())
    assert escalations_of(channel_assistant, sender)


def test_control_characters_and_nul_in_a_message_are_answered(channel_assistant):
    sender = new_sender("nul")
    answer = rest_json(
        channel_assistant,
        f'{{"sender": "{sender}", "message": "what\\u0000 is a\\u0007 muscle\\ufffe spasm\\r"}}',
    )
    assert answer.status_code == 200 and answer.json(), answer.text


def test_a_sender_id_that_is_not_clean_text_is_refused(channel_assistant):
    for sender in ("\\udc00", "abc\\ud800", "a\\u0000b", "x\\u001by", "p\\uffff"):
        answer = rest_json(channel_assistant, f'{{"sender": "{sender}", "message": "hello"}}')
        assert answer.status_code == 400, (sender, answer.status_code, answer.text)
    still_answers(channel_assistant)


def test_a_long_message_is_answered_quickly_and_an_emergency_in_it_still_counts(
    channel_assistant,
):
    filler = "my calf cramps at night " * 2600  # about 62,000 characters
    timings = {}
    for where, text in {
        "start": f"{EMERGENCY}. {filler}",
        "end": f"{filler} {EMERGENCY}",
    }.items():
        sender = new_sender(f"long-{where}")
        started = time.monotonic()
        reply = channel_assistant.say(sender, text)
        timings[where] = time.monotonic() - started
        assert CALL in texts(reply), where
        assert SHORTER in texts(reply)
        assert escalations_of(channel_assistant, sender), where
    sender = new_sender("long-plain")
    started = time.monotonic()
    reply = channel_assistant.say(sender, filler)
    timings["plain"] = time.monotonic() - started
    assert SHORTER in texts(reply)
    print("long-message timings (s):", json.dumps({k: round(v, 2) for k, v in timings.items()}))
    assert max(timings.values()) < 15  # bounded; was minutes for a 60 KB message


# -- socket.io --------------------------------------------------------------------------


def test_socketio_answers_and_escalates_an_emergency_with_a_lone_surrogate(channel_assistant):
    session_id, reply = widget_says_once(channel_assistant, EMERGENCY + "\udc00\x00")
    assert CALL in reply, reply
    assert escalations_of(channel_assistant, session_id)


# -- Telegram and WhatsApp ----------------------------------------------------------------


def test_telegram_answers_and_escalates_an_emergency_with_a_lone_surrogate(
    channel_assistant, telegram
):
    chat = telegram.new_chat()
    update = json.dumps(telegram.message(chat, text=EMERGENCY + "\udc00\x00"))
    before = len(telegram.api.messages_to(chat))
    answer = post(
        telegram.webhook,
        update.encode(),
        "application/json",
        **{"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET},
    )
    assert answer.status_code == 200, answer.text
    sent = [m.get("text", "") for m in telegram.api.messages_to(chat)[before:]]
    assert any(CALL in t for t in sent), sent
    assert escalations_of(channel_assistant, str(chat))


def test_telegram_refuses_a_chat_id_that_is_not_clean_text(channel_assistant, telegram):
    update = telegram.message(1, text="hello")
    update["message"]["chat"]["id"] = "12\x0034"
    assert telegram.post(update).status_code == 400
    long_chat = telegram.new_chat()
    sent = texts(telegram.say(long_chat, "my back spasms " * 1000))
    assert SHORTER in sent


def test_whatsapp_answers_and_escalates_an_emergency_with_control_characters(
    channel_assistant, whatsapp
):
    sender = whatsapp.new_number()
    bodies = whatsapp.say(sender, EMERGENCY + "\x00\x1b")
    assert any(CALL in body for body in bodies), bodies
    assert escalations_of(channel_assistant, sender)
    assert whatsapp.post(whatsapp.form(sender + "\x00", "hello")).status_code == 400
    assert any(SHORTER in body for body in whatsapp.say(sender, "my calf cramps " * 400))


# -- the tracker store's database fails ---------------------------------------------------


def test_a_tracker_database_error_is_logged_and_the_patient_still_answered(channel_assistant):
    # Rasa's fail-safe wrapper takes the turn on in memory once the store raises (an exit
    # went past it); the patient's words stay out of the log.
    tracker_db = sa.create_engine(f"sqlite:///{channel_assistant.var_dir / 'tracker.db'}")
    sender = new_sender("db-error")
    try:
        with tracker_db.begin() as connection:
            connection.execute(sa.text("ALTER TABLE events RENAME TO events_away"))
        reply = channel_assistant.say(sender, "my name is Sam Lee, what is a muscle spasm")
        assert "spasm" in texts(reply).lower()
    finally:
        with tracker_db.begin() as connection:
            connection.execute(sa.text("ALTER TABLE events_away RENAME TO events"))
        tracker_db.dispose()
    log = channel_assistant.log()
    assert "Tracker store: _load failed (OperationalError" in log
    assert "Sam Lee" not in log and "Exiting application" not in log
    still_answers(channel_assistant)
