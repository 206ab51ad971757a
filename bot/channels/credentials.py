"""Which channels the Rasa server loads, rendered from settings into credentials.yml.

The website channels (socket.io for the widget, REST) are always on. Telegram and
WhatsApp are on only when all their settings are present and well-formed; otherwise the
channel is left out (the launcher says why), so the server always starts.
"""

from __future__ import annotations

import re
from typing import Any

from bot.settings import Settings

REST = "bot.channels.rest.ClinicRestInput"
SOCKETIO = "bot.channels.socketio.ClinicSocketIOInput"
TELEGRAM = "bot.channels.telegram.ClinicTelegramInput"
WHATSAPP = "bot.channels.whatsapp.WhatsAppInput"

BOT_TOKEN = re.compile(r"\d+:[\w-]+")
# Telegram accepts 1-256 characters A-Z, a-z, 0-9, _ and - as a webhook secret.
SECRET_TOKEN = re.compile(r"[\w-]{1,256}", re.ASCII)


def channel_problems(settings: Settings) -> dict[str, list[str]]:
    """For Telegram and WhatsApp, what keeps each from being enabled (empty: enabled)."""
    telegram = {
        "TELEGRAM_ACCESS_TOKEN": settings.telegram_access_token,
        "TELEGRAM_SECRET_TOKEN": settings.telegram_secret_token,
    }
    whatsapp = {
        "TWILIO_ACCOUNT_SID": settings.twilio_account_sid,
        "TWILIO_AUTH_TOKEN": settings.twilio_auth_token,
        "TWILIO_WHATSAPP_NUMBER": settings.twilio_whatsapp_number,
    }
    problems = {
        "telegram": [f"{env} is not set" for env, value in telegram.items() if not value],
        "whatsapp": [f"{env} is not set" for env, value in whatsapp.items() if not value],
    }
    token, secret = settings.telegram_access_token, settings.telegram_secret_token
    if token and not BOT_TOKEN.fullmatch(token):
        problems["telegram"].append("TELEGRAM_ACCESS_TOKEN is not a BotFather token (123:ABC)")
    if secret and not SECRET_TOKEN.fullmatch(secret):
        problems["telegram"].append(
            "TELEGRAM_SECRET_TOKEN may only use A-Z, a-z, 0-9, _ and - (up to 256)"
        )
    return problems


def channel_configured(settings: Settings, channel: str) -> bool:
    """Whether any setting of `channel` is present (a missing rest is then worth a warning)."""
    if channel == "telegram":
        return bool(settings.telegram_access_token or settings.telegram_secret_token)
    return bool(
        settings.twilio_account_sid or settings.twilio_auth_token or settings.twilio_whatsapp_number
    )


def telegram_enabled(settings: Settings) -> bool:
    """Whether the Telegram channel has its BotFather token and webhook secret."""
    return not channel_problems(settings)["telegram"]


def whatsapp_enabled(settings: Settings) -> bool:
    """Whether the WhatsApp channel has its Twilio account SID, auth token and number."""
    return not channel_problems(settings)["whatsapp"]


def channel_credentials(settings: Settings) -> dict[str, Any]:
    """The `credentials.yml` content: one entry per channel to load."""
    origins = list(settings.allowed_origins)
    channels: dict[str, Any] = {
        REST: {"allowed_origins": origins},
        SOCKETIO: {
            "user_message_evt": "user_uttered",
            "bot_message_evt": "bot_uttered",
            "session_persistence": True,
            "allowed_origins": origins,
        },
    }
    if telegram_enabled(settings):
        channels[TELEGRAM] = {
            "access_token": settings.telegram_access_token,
            "secret_token": settings.telegram_secret_token,
            "api_url": settings.telegram_api_url,
        }
    if whatsapp_enabled(settings):
        channels[WHATSAPP] = {
            "account_sid": settings.twilio_account_sid,
            "auth_token": settings.twilio_auth_token,
            "twilio_number": settings.twilio_whatsapp_number,
            "api_url": settings.twilio_api_url,
            "webhook_url": settings.twilio_webhook_url,
        }
    return channels
