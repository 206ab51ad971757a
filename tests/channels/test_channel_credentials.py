"""Which channels are loaded, from settings: a channel without its settings is left out."""

from __future__ import annotations

from bot.channels.credentials import (
    REST,
    SOCKETIO,
    TELEGRAM,
    WHATSAPP,
    channel_credentials,
    channel_problems,
)
from bot.ops.launcher import channel_addresses
from bot.settings import Settings

TELEGRAM_ENV = {
    "TELEGRAM_ACCESS_TOKEN": "123456:ABC-def_ghi",
    "TELEGRAM_SECRET_TOKEN": "s3cret_token-1",
}
WHATSAPP_ENV = {
    "TWILIO_ACCOUNT_SID": "AC123",
    "TWILIO_AUTH_TOKEN": "token",
    "TWILIO_WHATSAPP_NUMBER": "+14155238886",
}


def test_without_channel_settings_only_the_website_channels_are_loaded():
    settings = Settings.from_env({"WEB_PORT": "8111", "RASA_PORT": "5111"})
    channels = channel_credentials(settings)
    assert set(channels) == {REST, SOCKETIO}
    assert "http://localhost:8111" in channels[SOCKETIO]["allowed_origins"]
    assert channels[REST]["allowed_origins"] == channels[SOCKETIO]["allowed_origins"]
    assert channels[SOCKETIO]["session_persistence"] is True
    assert channel_addresses(settings) == ""


def test_configured_origins_replace_the_defaults():
    settings = Settings.from_env({"ALLOWED_ORIGINS": "https://www.clinic.example"})
    assert channel_credentials(settings)[SOCKETIO]["allowed_origins"] == [
        "https://www.clinic.example"
    ]


def test_telegram_and_whatsapp_are_loaded_with_all_their_settings():
    settings = Settings.from_env(
        {**TELEGRAM_ENV, **WHATSAPP_ENV, "ASSISTANT_URL": "https://bot.clinic.example/"}
    )
    channels = channel_credentials(settings)
    assert channels[TELEGRAM] == {
        "access_token": "123456:ABC-def_ghi",
        "secret_token": "s3cret_token-1",
        "api_url": "https://api.telegram.org",
    }
    assert channels[WHATSAPP]["webhook_url"] == (
        "https://bot.clinic.example/webhooks/whatsapp/webhook"
    )
    assert channels[WHATSAPP]["api_url"] == "https://api.twilio.com"
    assert settings.telegram_webhook_url == "https://bot.clinic.example/webhooks/telegram/webhook"
    addresses = channel_addresses(settings)
    assert "Telegram:  POST https://bot.clinic.example/webhooks/telegram/webhook" in addresses
    assert "WhatsApp:  POST https://bot.clinic.example/webhooks/whatsapp/webhook" in addresses


def test_a_half_configured_channel_is_left_out_and_the_launcher_says_why():
    settings = Settings.from_env(
        {"TELEGRAM_ACCESS_TOKEN": TELEGRAM_ENV["TELEGRAM_ACCESS_TOKEN"], "TWILIO_AUTH_TOKEN": "x"}
    )
    assert set(channel_credentials(settings)) == {REST, SOCKETIO}
    problems = channel_problems(settings)
    assert problems["telegram"] == ["TELEGRAM_SECRET_TOKEN is not set"]
    assert problems["whatsapp"] == [
        "TWILIO_ACCOUNT_SID is not set",
        "TWILIO_WHATSAPP_NUMBER is not set",
    ]
    addresses = channel_addresses(settings)
    assert "Telegram:  not enabled: TELEGRAM_SECRET_TOKEN is not set" in addresses
    assert "WhatsApp:  not enabled" in addresses


def test_malformed_telegram_settings_leave_telegram_out():
    settings = Settings.from_env(
        {"TELEGRAM_ACCESS_TOKEN": "not-a-token", "TELEGRAM_SECRET_TOKEN": "has spaces!"}
    )
    assert TELEGRAM not in channel_credentials(settings)
    assert len(channel_problems(settings)["telegram"]) == 2
