"""Shared fixtures: real rasa_sdk trackers and dispatchers, a real SQLite database, a
real PostgreSQL server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.safety.learned import LearnedLayer, train_learned_layer
from bot.settings import PROJECT_ROOT, get_settings
from bot.storage.db import Database
from tests.e2e.postgres import TempPostgres


@pytest.fixture
def settings_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Points every setting that writes files at a fresh temporary directory."""
    monkeypatch.setenv("VAR_DIR", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'clinic.db'}")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


@pytest.fixture
def database(settings_env: Path) -> Iterator[Database]:
    db = Database.from_settings()
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TempPostgres]:
    """A throwaway PostgreSQL cluster on loopback (Debian's `postgresql` package), shared
    by the session; each test module creates its own databases on it."""
    try:
        server = TempPostgres.create()
    except FileNotFoundError as error:
        pytest.skip(str(error))
    yield server
    server.destroy()


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


@pytest.fixture(scope="session")
def learned_layer() -> LearnedLayer:
    """The safety screen's learned layer, trained once per test run (about 16 s)."""
    return train_learned_layer()


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    """The domain as the action server receives it: domain.yml plus the FAQ responses."""
    content = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    for path in sorted((PROJECT_ROOT / "data" / "nlu" / "faq").glob("*.yml")):
        content["responses"].update(yaml.safe_load(path.read_text()).get("responses", {}))
    return content


def make_tracker(
    text: str = "",
    intent: str = "faq",
    confidence: float = 1.0,
    slots: dict[str, Any] | None = None,
    response_ranking: list[dict[str, Any]] | None = None,
    channel: str = "rest",
    sender_id: str = "patient-1",
    active_loop: str | None = None,
) -> Tracker:
    """A tracker whose latest message is `text`, parsed as `intent`."""
    latest_message: dict[str, Any] = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "entities": [],
        "message_id": "m1",
    }
    if response_ranking is not None:
        latest_message["response_selector"] = {
            "faq": {
                "response": {
                    "intent_response_key": response_ranking[0]["intent_response_key"]
                    if response_ranking
                    else None,
                    "confidence": response_ranking[0]["confidence"] if response_ranking else 0.0,
                },
                "ranking": response_ranking,
            }
        }
    events = [
        {"event": "action", "name": "action_listen", "timestamp": time.time()},
        {
            "event": "user",
            "text": text,
            "parse_data": latest_message,
            "input_channel": channel,
            "timestamp": time.time(),
        },
    ]
    return Tracker(
        sender_id=sender_id,
        slots=slots or {},
        latest_message=latest_message,
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


@pytest.fixture
def tracker_factory():
    return make_tracker
