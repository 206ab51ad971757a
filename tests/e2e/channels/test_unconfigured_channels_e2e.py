"""Channels without settings are not loaded, and the assistant starts all the same."""

from __future__ import annotations

import pytest
import requests


@pytest.mark.parametrize("channel", ["telegram", "whatsapp"])
def test_a_channel_without_settings_is_not_loaded(assistant, channel):
    # `assistant` has no Telegram or Twilio settings, and it is up.
    assert assistant.say("unconfigured-check", "hello")
    answer = requests.post(
        f"{assistant.base_url}/webhooks/{channel}/webhook", data={"Body": "hi"}, timeout=30
    )
    assert answer.status_code == 404
    assert requests.get(f"{assistant.base_url}/webhooks/{channel}/", timeout=30).status_code == 404


def test_the_launcher_prints_the_website_and_the_configured_channels(assistant, channel_assistant):
    assert f"Website:   http://localhost:{assistant.web_port}/" in assistant.log()
    assert "Telegram:" not in assistant.log() and "WhatsApp:" not in assistant.log()
    log = channel_assistant.log()
    assert "Telegram:  POST http://127.0.0.1:" in log
    assert "WhatsApp:  POST https://assistant.test-clinic.example/webhooks/whatsapp/webhook" in log
