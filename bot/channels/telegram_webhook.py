"""Registering the Telegram webhook once: `python -m bot telegram set-webhook`."""

from __future__ import annotations

from typing import Any

import requests

from bot.channels.credentials import channel_problems
from bot.settings import Settings

# The updates the channel handles; Telegram does not send the others.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]


def _call(settings: Settings, method: str, payload: dict[str, Any] | None = None) -> Any:
    url = f"{settings.telegram_api_url.rstrip('/')}/bot{settings.telegram_access_token}/{method}"
    answer = requests.post(url, json=payload or {}, timeout=30)
    try:
        body = answer.json()
    except ValueError:
        body = {"ok": False, "description": answer.text[:200]}
    if not body.get("ok"):
        reason = body.get("description", answer.status_code)
        raise RuntimeError(f"Telegram {method} failed: {reason}")
    return body.get("result")


def set_webhook(settings: Settings) -> dict[str, Any]:
    """Points Telegram at this assistant's webhook with the secret token; returns its info."""
    problems = channel_problems(settings)["telegram"]
    if problems:
        raise RuntimeError("Telegram is not configured: " + "; ".join(problems))
    _call(
        settings,
        "setWebhook",
        {
            "url": settings.telegram_webhook_url,
            "secret_token": settings.telegram_secret_token,
            "allowed_updates": ALLOWED_UPDATES,
        },
    )
    return _call(settings, "getWebhookInfo")
