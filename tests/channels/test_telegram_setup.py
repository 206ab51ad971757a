"""`python -m bot telegram set-webhook` registers the webhook with the secret, once."""

from __future__ import annotations

import pytest

from bot.cli.main import main
from bot.settings import get_settings
from tests.fake_providers import FakeTelegramApi

TOKEN = "123456:TEST-token"


@pytest.fixture
def telegram_api():
    api = FakeTelegramApi(TOKEN).start()
    yield api
    api.stop()


def test_set_webhook_registers_the_public_url_with_the_secret(
    telegram_api, settings_env, monkeypatch, capsys
):
    monkeypatch.setenv("TELEGRAM_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_SECRET_TOKEN", "the-secret")
    monkeypatch.setenv("TELEGRAM_API_URL", telegram_api.url)
    monkeypatch.setenv("ASSISTANT_URL", "https://bot.clinic.example")
    get_settings.cache_clear()

    assert main(["telegram", "set-webhook"]) == 0
    [call] = [c for c in telegram_api.calls if c["method"] == "setWebhook"]
    assert call["params"] == {
        "url": "https://bot.clinic.example/webhooks/telegram/webhook",
        "secret_token": "the-secret",
        "allowed_updates": ["message", "edited_message", "callback_query"],
    }
    assert "https://bot.clinic.example/webhooks/telegram/webhook" in capsys.readouterr().out


def test_set_webhook_without_settings_explains_what_is_missing(settings_env, monkeypatch, capsys):
    monkeypatch.delenv("TELEGRAM_ACCESS_TOKEN", raising=False)
    monkeypatch.delenv("TELEGRAM_SECRET_TOKEN", raising=False)
    get_settings.cache_clear()
    assert main(["telegram", "set-webhook"]) == 1
    assert "TELEGRAM_ACCESS_TOKEN is not set" in capsys.readouterr().err


def test_a_refused_token_is_reported(telegram_api, settings_env, monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_ACCESS_TOKEN", "999:WRONG")
    monkeypatch.setenv("TELEGRAM_SECRET_TOKEN", "the-secret")
    monkeypatch.setenv("TELEGRAM_API_URL", telegram_api.url)
    get_settings.cache_clear()
    assert main(["telegram", "set-webhook"]) == 1
    assert "Unauthorized" in capsys.readouterr().err
