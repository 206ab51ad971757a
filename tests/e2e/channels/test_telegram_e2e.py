"""Telegram end to end: Bot API updates posted to the running assistant, replies captured."""

from __future__ import annotations

import json

import pytest

from tests.e2e.channels.conftest import TELEGRAM_SECRET, curated
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.harness import escalations_of

EMERGENCY_NUMBER = TEST_SETTINGS["EMERGENCY_NUMBER"]


def texts(messages) -> str:
    return "\n".join(m.get("text", "") for m in messages)


def keyboard(message) -> list[list[dict]]:
    return json.loads(message["reply_markup"])["inline_keyboard"]


def test_a_faq_question_gets_the_disclaimer_then_the_curated_answer(telegram):
    chat = telegram.new_chat()
    reply = texts(telegram.say(chat, "What causes muscle spasms?"))
    assert "general information, not a diagnosis" in reply
    assert f"call {EMERGENCY_NUMBER}" in reply
    assert curated("causes") in reply


def test_start_greets_with_the_introduction(telegram):
    reply = texts(telegram.say(telegram.new_chat(), "/start"))
    assert TEST_SETTINGS["CLINIC_NAME"] in reply and "not a diagnosis" in reply


def test_buttons_are_an_inline_keyboard_and_a_tap_sends_the_payload(telegram, fake_telegram):
    chat = telegram.new_chat()
    telegram.say(chat, "hello")
    replies = telegram.say(chat, "what causes muscle spasms")
    answer = next(m for m in replies if m["text"] == curated("causes"))
    rows = keyboard(answer)
    assert all(len(row) == 1 for row in rows)  # one button a row, readable on a phone
    assert {"text": "Fluids and cramps", "callback_data": "/faq/hydration"} in [
        row[0] for row in rows
    ]

    query_id, after_tap = telegram.tap(chat, "/faq/hydration")
    assert curated("hydration") in texts(after_tap)
    fake_telegram.wait_for(
        lambda c: (
            c["method"] == "answerCallbackQuery"
            and c["params"].get("callback_query_id") == query_id
        )
    )


def test_a_red_flag_is_escalated_and_recorded_as_telegram(telegram, channel_assistant):
    chat = telegram.new_chat()
    reply = texts(telegram.say(chat, "My back spasms and I can't feel anything between my legs"))
    assert reply.startswith("⚠️")
    assert f"Call {EMERGENCY_NUMBER} now" in reply
    [escalation] = escalations_of(channel_assistant, str(chat))
    assert (escalation.tier, escalation.channel) == ("emergency", "telegram")
    assert escalation.reason_list == ["cauda_equina"]


def test_a_safety_question_has_yes_and_no_buttons(telegram, channel_assistant):
    chat = telegram.new_chat()
    telegram.say(chat, "hello")
    replies = telegram.say(chat, "I can't stand up straight because of my back spasm")
    question = next(m for m in replies if "numbness between your legs" in m.get("text", ""))
    assert [row[0]["text"] for row in keyboard(question)] == ["Yes", "No"]
    _, after_tap = telegram.tap(chat, "no")
    assert "I have flagged this" not in texts(after_tap)  # the answer, not the red-flag reply
    assert escalations_of(channel_assistant, str(chat)) == []
    telegram.say(chat, "I can't stand up straight because of my back spasm")
    _, after_yes = telegram.tap(chat, "yes")
    assert f"Call {EMERGENCY_NUMBER} now" in texts(after_yes)
    [escalation] = escalations_of(channel_assistant, str(chat))
    assert (escalation.tier, escalation.channel) == ("emergency", "telegram")


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", TELEGRAM_SECRET + "x"])
def test_an_update_without_the_secret_token_is_refused(telegram, fake_telegram, secret):
    chat = telegram.new_chat()
    answer = telegram.post(telegram.message(chat, text="what causes muscle spasms"), secret)
    assert answer.status_code == 403
    assert fake_telegram.messages_to(chat) == []


@pytest.mark.parametrize(
    "content",
    [
        {"photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]},
        {
            "sticker": {
                "file_id": "s1",
                "file_unique_id": "u2",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            }
        },
        {"voice": {"file_id": "v1", "file_unique_id": "u3", "duration": 4}},
        {"location": {"latitude": 51.5, "longitude": -0.12}},
        {
            "photo": [{"file_id": "p2", "file_unique_id": "u4", "width": 9, "height": 9}],
            "caption": "this is my swollen calf",
        },
    ],
    ids=["photo", "sticker", "voice", "location", "photo-with-caption"],
)
def test_messages_without_text_get_a_polite_text_only_reply(telegram, content):
    chat = telegram.new_chat()
    answer = telegram.post(telegram.message(chat, **content))
    assert answer.status_code == 200
    reply = texts(telegram.api.messages_to(chat))
    assert "only read text messages" in reply and EMERGENCY_NUMBER in reply


def test_an_edited_message_asks_for_a_new_message(telegram):
    chat = telegram.new_chat()
    update = telegram.message(chat, text="my calf hurts", edit_date=1)
    update["edited_message"] = update.pop("message")
    assert telegram.post(update).status_code == 200
    assert "send what you changed as a new message" in texts(telegram.api.messages_to(chat))


@pytest.mark.parametrize(
    "update",
    [
        {"update_id": 1, "my_chat_member": {"chat": {"id": 5, "type": "private"}}},
        {
            "update_id": 2,
            "channel_post": {
                "message_id": 1,
                "date": 0,
                "text": "news",
                "chat": {"id": -100, "type": "channel"},
            },
        },
        {
            "update_id": 3,
            "message": {
                "message_id": 1,
                "date": 0,
                "new_chat_members": [],
                "chat": {"id": -5, "type": "group"},
            },
        },
        {"update_id": 4},
        [],
    ],
    ids=["member-update", "channel-post", "service-message", "empty", "not-an-object"],
)
def test_other_updates_never_cause_a_server_error(telegram, update):
    answer = telegram.post(update)
    assert answer.status_code in (200, 400), answer.text


def test_malformed_json_is_a_client_error(telegram):
    import requests

    answer = requests.post(
        telegram.webhook,
        data=b"{not json",
        headers={
            "X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET,
            "Content-Type": "application/json",
        },
        timeout=30,
    )
    assert answer.status_code == 400
