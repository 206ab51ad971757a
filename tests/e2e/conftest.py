"""End-to-end fixtures: one real assistant for the session, trained model reused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.training import ensure_model
from tests.e2e.harness import RunningAssistant, start_assistant

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
def assistant(model: Path, tmp_path_factory) -> Iterator[RunningAssistant]:
    running = start_assistant(tmp_path_factory.mktemp("assistant"), model, TEST_SETTINGS)
    yield running
    running.stop()
