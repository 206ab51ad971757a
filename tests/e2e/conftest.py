"""End-to-end fixtures: one real assistant for the session, trained model reused."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from bot.modelops.training import ensure_model
from tests.e2e.harness import RunningAssistant, start_assistant
from tests.servers import SmtpRecorder, WebhookRecorder

TEST_SETTINGS = {
    "CLINIC_NAME": "Test Valley Physio",
    "CLINIC_PHONE": "01632 960000",
    "EMERGENCY_NUMBER": "112",
    "CRISIS_LINE": "Test Crisis Line 0800 000 000",
}


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Headless Debian chromium on a machine without internet: no background connections.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def model() -> Path:
    return ensure_model()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's chromium driven by Playwright (its own browser download fails here)."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: `make browser` (apt-get install chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def staff_webhook() -> Iterator[WebhookRecorder]:
    server = WebhookRecorder().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def own_staff_webhook() -> Iterator[WebhookRecorder]:
    """A staff webhook for a module's own assistant: escalation numbers restart with each
    clinic database, so two assistants' notifications must not meet in one recorder."""
    server = WebhookRecorder().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def staff_smtp() -> Iterator[SmtpRecorder]:
    server = SmtpRecorder().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def assistant(
    model: Path, tmp_path_factory, staff_webhook: WebhookRecorder, staff_smtp: SmtpRecorder
) -> Iterator[RunningAssistant]:
    settings = {
        **TEST_SETTINGS,
        "STAFF_WEBHOOK_URL": staff_webhook.url,
        "SMTP_URL": staff_smtp.url,
        "STAFF_EMAIL": "duty@clinic.test",
        "NOTIFY_RETRY_SECONDS": "0.5",
        "ALERT_GROUP_MINUTES": "0.1",  # a client's further alerts are held for 6 s
    }
    running = start_assistant(tmp_path_factory.mktemp("assistant"), model, settings)
    yield running
    running.stop()
