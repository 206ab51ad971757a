"""End-to-end fixtures: one real assistant for the session, trained model reused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.training import ensure_model
from tests.e2e.harness import RunningAssistant, start_assistant
from tests.servers import SmtpRecorder, WebhookRecorder

TEST_SETTINGS = {
    "CLINIC_NAME": "Test Valley Physio",
    "CLINIC_PHONE": "01632 960000",
    "EMERGENCY_NUMBER": "112",
    "CRISIS_LINE": "Test Crisis Line 0800 000 000",
}


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def model() -> Path:
    return ensure_model()


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
    }
    running = start_assistant(tmp_path_factory.mktemp("assistant"), model, settings)
    yield running
    running.stop()
