"""One real assistant with every channel configured, and fake Telegram and Twilio APIs.

Telegram and WhatsApp point at local servers (`tests/fake_providers.py`) through
TELEGRAM_API_URL and TWILIO_API_URL; the website widget is served by the assistant's
own web process. Shared by all channel tests of the session.
"""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from twilio.request_validator import RequestValidator

from bot.content.topics import load_topics
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.harness import RunningAssistant, start_assistant
from tests.fake_providers import FakeTelegramApi, FakeTwilioApi

TELEGRAM_TOKEN = "123456789:TEST-fake_token_for_the_local_bot_api"
TELEGRAM_SECRET = "test-webhook-secret_0123456789"
TWILIO_SID = "AC" + "0123456789abcdef" * 2
TWILIO_TOKEN = "test-twilio-auth-token-0123456789"
TWILIO_NUMBER = "whatsapp:+14155238886"
# The public address Twilio calls (a reverse proxy in front of the assistant): the
# signature covers it, not the local address the tests post to.
TWILIO_WEBHOOK_URL = "https://assistant.test-clinic.example/webhooks/whatsapp/webhook"
WIDGET_COLOR = "#7a1f5c"
WIDGET_GREETING = "Hello from {clinic_name}! Ask me about muscle spasms and cramps."

TOPICS = load_topics()


def curated(topic: str) -> str:
    """The curated answer as a patient sees it, placeholders filled from settings."""
    return TOPICS[topic].answer.format(
        clinic_name=TEST_SETTINGS["CLINIC_NAME"],
        clinic_phone=TEST_SETTINGS["CLINIC_PHONE"],
        emergency_number=TEST_SETTINGS["EMERGENCY_NUMBER"],
        urgent_care_line="NHS 111",
        crisis_line=TEST_SETTINGS["CRISIS_LINE"],
    )


@pytest.fixture(scope="session")
def fake_telegram() -> Iterator[FakeTelegramApi]:
    server = FakeTelegramApi(TELEGRAM_TOKEN).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def fake_twilio() -> Iterator[FakeTwilioApi]:
    server = FakeTwilioApi(TWILIO_SID, TWILIO_TOKEN).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def channel_assistant(
    model: Path, tmp_path_factory, fake_telegram: FakeTelegramApi, fake_twilio: FakeTwilioApi
) -> Iterator[RunningAssistant]:
    settings = {
        **TEST_SETTINGS,
        "PUBLIC_HOST": "127.0.0.1",
        "WIDGET_COLOR": WIDGET_COLOR,
        "WIDGET_GREETING": WIDGET_GREETING,
        "TELEGRAM_ACCESS_TOKEN": TELEGRAM_TOKEN,
        "TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
        "TELEGRAM_API_URL": fake_telegram.url,
        "TWILIO_ACCOUNT_SID": TWILIO_SID,
        "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "TWILIO_WHATSAPP_NUMBER": TWILIO_NUMBER,
        "TWILIO_API_URL": fake_twilio.url,
        "TWILIO_WEBHOOK_URL": TWILIO_WEBHOOK_URL,
    }
    running = start_assistant(tmp_path_factory.mktemp("channels"), model, settings)
    yield running
    running.stop()


class Telegram:
    """Posts Telegram updates, shaped as the Bot API sends them, to the assistant."""

    def __init__(self, assistant: RunningAssistant, api: FakeTelegramApi) -> None:
        self.assistant = assistant
        self.api = api
        self._update_ids = iter(range(10_000, 10**9))

    @property
    def webhook(self) -> str:
        return f"{self.assistant.base_url}/webhooks/telegram/webhook"

    @staticmethod
    def new_chat() -> int:
        return 700_000_000 + uuid.uuid4().int % 100_000_000

    def post(self, update: dict[str, Any], secret: str | None = TELEGRAM_SECRET):
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        return requests.post(self.webhook, json=update, headers=headers, timeout=60)

    def message(self, chat_id: int, **content: Any) -> dict[str, Any]:
        user = {"id": chat_id, "is_bot": False, "first_name": "Pat", "language_code": "en"}
        return {
            "update_id": next(self._update_ids),
            "message": {
                "message_id": next(self._update_ids),
                "from": user,
                "chat": {"id": chat_id, "first_name": "Pat", "type": "private"},
                "date": int(time.time()),
                **content,
            },
        }

    def say(self, chat_id: int, text: str) -> list[dict[str, Any]]:
        """Sends a text message; returns the messages the bot sent in reply."""
        before = len(self.api.messages_to(chat_id))
        answer = self.post(self.message(chat_id, text=text))
        assert answer.status_code == 200, answer.text
        return self.api.messages_to(chat_id)[before:]

    def tap(self, chat_id: int, data: str) -> tuple[str, list[dict[str, Any]]]:
        """Taps an inline button; returns the callback query id and the replies."""
        query_id = str(next(self._update_ids))
        update = {
            "update_id": next(self._update_ids),
            "callback_query": {
                "id": query_id,
                "from": {"id": chat_id, "is_bot": False, "first_name": "Pat"},
                "message": {
                    "message_id": 1,
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private"},
                    "text": "(the message with the keyboard)",
                },
                "chat_instance": "42",
                "data": data,
            },
        }
        before = len(self.api.messages_to(chat_id))
        answer = self.post(update)
        assert answer.status_code == 200, answer.text
        return query_id, self.api.messages_to(chat_id)[before:]


# Senders' numbers: a random start per session, then consecutive.
_NUMBERS = itertools.count(uuid.uuid4().int % 99_000)


class WhatsApp:
    """Posts Twilio's form-encoded WhatsApp webhooks, signed, to the assistant."""

    def __init__(self, assistant: RunningAssistant, api: FakeTwilioApi) -> None:
        self.assistant = assistant
        self.api = api
        self.validator = RequestValidator(TWILIO_TOKEN)

    @property
    def webhook(self) -> str:
        return f"{self.assistant.base_url}/webhooks/whatsapp/webhook"

    @staticmethod
    def new_number() -> str:
        # Distinct within a session: random numbers from 100,000 could repeat, and did in
        # one CI run (a refused request's sender had another test's greeting). Never
        # below 01000, where the fixed numbers of other tests are (+447700900123).
        return f"whatsapp:+4477009{1_000 + next(_NUMBERS) % 99_000:05d}"

    @staticmethod
    def form(sender: str, body: str = "", **extra: str) -> dict[str, str]:
        sid = "SM" + uuid.uuid4().hex
        return {
            "SmsMessageSid": sid,
            "MessageSid": sid,
            "SmsSid": sid,
            "AccountSid": TWILIO_SID,
            "MessagingServiceSid": "",
            "From": sender,
            "To": TWILIO_NUMBER,
            "Body": body,
            "NumMedia": "0",
            "NumSegments": "1",
            "ProfileName": "Pat",
            "WaId": sender.removeprefix("whatsapp:+"),
            "SmsStatus": "received",
            "ApiVersion": "2010-04-01",
            **extra,
        }

    def sign(self, form: dict[str, str], url: str = TWILIO_WEBHOOK_URL) -> str:
        return self.validator.compute_signature(url, form)

    def post(self, form: dict[str, str], signature: str | None = None, **kwargs: Any):
        signature = self.sign(form) if signature is None else signature
        headers = {"X-Twilio-Signature": signature} if signature else {}
        return requests.post(self.webhook, data=form, headers=headers, timeout=60, **kwargs)

    def say(self, sender: str, text: str) -> list[str]:
        """Sends a text message; returns the bodies the bot sent in reply."""
        before = len(self.api.messages_to(sender))
        answer = self.post(self.form(sender, text))
        assert answer.status_code == 200, answer.text
        return [m.get("Body", "") for m in self.api.messages_to(sender)[before:]]


@pytest.fixture
def telegram(channel_assistant, fake_telegram) -> Telegram:
    return Telegram(channel_assistant, fake_telegram)


@pytest.fixture
def whatsapp(channel_assistant, fake_twilio) -> WhatsApp:
    return WhatsApp(channel_assistant, fake_twilio)
