"""WhatsApp through Twilio end to end: signed webhooks in, Messages API calls captured."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from tests.e2e.channels.conftest import TWILIO_WEBHOOK_URL, curated
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.harness import escalations_of

EMERGENCY_NUMBER = TEST_SETTINGS["EMERGENCY_NUMBER"]


def test_a_faq_question_gets_one_message_with_disclaimer_answer_and_options(whatsapp):
    sender = whatsapp.new_number()
    [body] = whatsapp.say(sender, "What causes muscle spasms?")
    assert "general information, not a diagnosis" in body
    assert curated("causes") in body
    assert "1. Fluids and cramps\n2. Stress and sleep\n3. When to see a doctor" in body
    assert "Was this helpful?\n4. 👍 Yes\n5. 👎 No" in body
    assert body.endswith("Reply 1, 2, 3, 4 or 5, or type your question.")
    sent = whatsapp.api.messages_to(sender)[-1]
    assert sent["From"] == "whatsapp:+14155238886"


def test_a_number_or_an_option_title_sends_that_buttons_payload(whatsapp, channel_assistant):
    sender = whatsapp.new_number()
    whatsapp.say(sender, "hi")
    whatsapp.say(sender, "what causes muscle spasms")
    [by_number] = whatsapp.say(sender, "1")
    assert curated("hydration") in by_number

    # The options are kept in the clinic database, so they survive a restart.
    engine = create_engine(channel_assistant.database_url, future=True)
    with engine.connect() as connection:
        stored = connection.execute(
            text("SELECT options FROM channel_offered_options WHERE conversation_id = :c"),
            {"c": sender},
        ).scalar_one()
    engine.dispose()
    assert "/feedback_positive" in stored and "/faq/hydration" not in stored  # this turn's

    [by_title] = whatsapp.say(sender, "👍 yes")
    assert "Thanks for letting me know" in by_title


def test_a_red_flag_is_escalated_and_recorded_as_whatsapp(whatsapp, channel_assistant):
    sender = whatsapp.new_number()
    [body] = whatsapp.say(sender, "My back spasms and I can't feel anything between my legs")
    assert body.startswith("⚠️") and f"Call {EMERGENCY_NUMBER} now" in body
    [escalation] = escalations_of(channel_assistant, sender)
    assert (escalation.tier, escalation.channel) == ("emergency", "whatsapp")


def test_urgent_reply_offers_no_stale_options(whatsapp):
    sender = whatsapp.new_number()
    whatsapp.say(sender, "hello")
    [body] = whatsapp.say(sender, "my left calf is swollen, red and hot and hurts to walk")
    assert "needs a doctor today" in body
    assert "Reply 1" not in body


@pytest.mark.parametrize(
    "tamper",
    ["no signature", "wrong signature", "other url", "changed body", "other token"],
)
def test_a_request_without_a_valid_twilio_signature_is_refused(whatsapp, tamper):
    from twilio.request_validator import RequestValidator

    sender = whatsapp.new_number()
    form = whatsapp.form(sender, "what causes muscle spasms")
    signature = {
        "no signature": "",
        "wrong signature": "bm90IGEgc2lnbmF0dXJl",
        "other url": whatsapp.sign(form, "https://elsewhere.example/webhooks/whatsapp/webhook"),
        "changed body": whatsapp.sign({**form, "Body": "something else"}),
        "other token": RequestValidator("not-the-token").compute_signature(
            TWILIO_WEBHOOK_URL, form
        ),
    }[tamper]
    answer = whatsapp.post(form, signature)
    assert answer.status_code == 403
    assert whatsapp.api.messages_to(sender) == []


@pytest.mark.parametrize(
    "extra",
    [
        {
            "NumMedia": "1",
            "MediaUrl0": "https://api.twilio.com/media/ME1",
            "MediaContentType0": "image/jpeg",
        },
        {
            "NumMedia": "1",
            "MediaUrl0": "https://api.twilio.com/media/ME2",
            "MediaContentType0": "audio/ogg",
        },
        {"Latitude": "51.5", "Longitude": "-0.12"},
        {},
    ],
    ids=["photo", "voice-note", "location", "empty"],
)
def test_a_message_without_text_gets_a_polite_reply(whatsapp, extra):
    sender = whatsapp.new_number()
    answer = whatsapp.post(whatsapp.form(sender, "", **extra))
    assert answer.status_code == 200 and "<Response>" in answer.text
    [sent] = whatsapp.api.messages_to(sender)
    assert "only read text messages" in sent["Body"] and EMERGENCY_NUMBER in sent["Body"]


def test_a_delivery_status_callback_is_not_answered(whatsapp):
    sender = whatsapp.new_number()
    form = whatsapp.form(sender, "", MessageStatus="delivered")
    assert whatsapp.post(form).status_code < 300
    assert whatsapp.api.messages_to(sender) == []


def test_twilio_being_briefly_unavailable_is_retried(whatsapp):
    sender = whatsapp.new_number()
    whatsapp.api.fail_next = 1
    [body] = whatsapp.say(sender, "hello")
    assert TEST_SETTINGS["CLINIC_NAME"] in body


def test_a_safety_question_is_answered_with_a_number(whatsapp, channel_assistant):
    sender = whatsapp.new_number()
    whatsapp.say(sender, "hello")
    [question] = whatsapp.say(sender, "I can't stand up straight because of my back spasm")
    assert "numbness between your legs" in question
    assert "1. Yes\n2. No" in question
    [reply] = whatsapp.say(sender, "1")
    assert f"Call {EMERGENCY_NUMBER} now" in reply
    [escalation] = escalations_of(channel_assistant, sender)
    assert (escalation.tier, escalation.channel) == ("emergency", "whatsapp")
