"""bot.rasa_plugins.tracker_store.ClinicTrackerStore against Rasa's own SQLTrackerStore, on
SQLite."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)

from bot.rasa_plugins.tracker_store import ClinicTrackerStore, TrackerStoreError
from bot.settings import PROJECT_ROOT


class RecordingBroker(EventBroker):
    def __init__(self) -> None:
        self.published: list[dict[str, Any]] = []

    def publish(self, event: dict[str, Any]) -> None:
        self.published.append(event)


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(PROJECT_ROOT / "domain.yml")


def store_at(path: Path, domain: Domain, cls=ClinicTrackerStore, **kwargs: Any):
    return cls(domain=domain, dialect="sqlite", db=str(path), **kwargs)


def rows(path: Path) -> list[tuple]:
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        result = connection.execute(
            sa.text(
                "SELECT sender_id, type_name, timestamp, intent_name, action_name, data "
                "FROM events ORDER BY id"
            )
        )
        return [tuple(row) for row in result]


def turn(text: str, intent: str, action: str, timestamp: float) -> list:
    parse = {"intent": {"name": intent, "confidence": 1.0}, "entities": [], "text": text}
    return [
        UserUttered(text, parse["intent"], [], parse, timestamp=timestamp),
        ActionExecuted(action, timestamp=timestamp + 0.1),
        BotUttered(f"reply to {text}", timestamp=timestamp + 0.2),
        ActionExecuted("action_listen", timestamp=timestamp + 0.3),
    ]


async def converse(store, sender: str, turns: list[list]) -> None:
    """What Rasa's processor does: get or create the tracker, add events, save."""
    for events in turns:
        tracker = await store.get_or_create_tracker(sender)
        for event in events:
            tracker.update(event)
        await store.save(tracker)


# Turns are stamped after the real time at which `get_or_create_tracker` stamps a new
# tracker's first event, as in a real conversation: Rasa selects a session's events by
# timestamp, so out-of-order stamps would make it read a different session.
NOW = time.time() + 3600
TURNS = [
    turn("hello", "greet", "utter_greet", NOW + 60),
    turn("what causes cramps", "faq", "utter_faq", NOW + 61),
    [SlotSet("red_flag_tier", "urgent", timestamp=NOW + 62)]
    + turn("thanks", "thank", "utter_you_are_welcome", NOW + 62.5),
]


def test_writes_exactly_what_rasa_writes(tmp_path: Path, domain: Domain) -> None:
    ours, theirs = tmp_path / "ours.db", tmp_path / "theirs.db"
    our_broker, their_broker = RecordingBroker(), RecordingBroker()
    our_store = store_at(ours, domain, event_broker=our_broker)
    their_store = store_at(theirs, domain, SQLTrackerStore, event_broker=their_broker)
    asyncio.run(converse(our_store, "patient", TURNS))
    asyncio.run(converse(their_store, "patient", TURNS))

    def comparable(table: list[tuple]) -> list[tuple]:
        # The first action_listen is stamped by Rasa at creation time: compare the rest.
        return [r[:2] + r[3:5] + (json.loads(r[5])["event"],) for r in table]

    assert comparable(rows(ours)) == comparable(rows(theirs))
    assert [r[5] for r in rows(ours)][1:] == [r[5] for r in rows(theirs)][1:]
    assert [e["event"] for e in our_broker.published] == [
        e["event"] for e in their_broker.published
    ]


def test_reads_back_what_rasa_reads_back(tmp_path: Path, domain: Domain) -> None:
    path = tmp_path / "t.db"
    store = store_at(path, domain)
    asyncio.run(converse(store, "patient", TURNS))
    cached = asyncio.run(store.retrieve("patient"))
    fresh = asyncio.run(store_at(path, domain, SQLTrackerStore).retrieve("patient"))
    assert [e.as_dict() for e in cached.events] == [e.as_dict() for e in fresh.events]
    assert cached.current_slot_values() == fresh.current_slot_values()
    assert cached.get_slot("red_flag_tier") == "urgent"


def test_a_turn_that_was_never_saved_is_not_read_back(tmp_path: Path, domain: Domain) -> None:
    store = store_at(tmp_path / "t.db", domain)
    asyncio.run(converse(store, "patient", TURNS[:1]))
    tracker = asyncio.run(store.retrieve("patient"))
    for event in TURNS[1]:
        tracker.update(event)  # the turn fails before Rasa saves it
    again = asyncio.run(store.retrieve("patient"))
    assert len(again.events) == 1 + len(TURNS[0])  # the first action_listen, the first turn
    asyncio.run(converse(store, "patient", TURNS[1:2]))
    texts = [e.text for e in asyncio.run(store.retrieve("patient")).events if e.type_name == "user"]
    assert texts == ["hello", "what causes cramps"]


def test_sees_changes_made_by_others(tmp_path: Path, domain: Domain) -> None:
    path = tmp_path / "t.db"
    first, second = store_at(path, domain), store_at(path, domain)
    asyncio.run(converse(first, "patient", TURNS[:1]))
    # Another Rasa server answers the next turn.
    asyncio.run(converse(second, "patient", TURNS[1:2]))
    texts = [e.text for e in asyncio.run(first.retrieve("patient")).events if e.type_name == "user"]
    assert texts == ["hello", "what causes cramps"]
    # `bot privacy forget` deletes the conversation.
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM events WHERE sender_id = 'patient'"))
    assert asyncio.run(first.retrieve("patient")) is None


def test_reads_only_the_latest_session(tmp_path: Path, domain: Domain) -> None:
    store = store_at(tmp_path / "t.db", domain)
    new_session = [
        ActionExecuted("action_session_start", timestamp=NOW + 60.5),
        SessionStarted(timestamp=NOW + 60.6),
        ActionExecuted("action_listen", timestamp=NOW + 60.7),
    ]
    asyncio.run(converse(store, "patient", [TURNS[0], new_session, TURNS[1]]))
    cached = asyncio.run(store.retrieve("patient"))
    fresh = asyncio.run(store_at(tmp_path / "t.db", domain, SQLTrackerStore).retrieve("patient"))
    assert [e.as_dict() for e in cached.events] == [e.as_dict() for e in fresh.events]
    assert cached.events[0].type_name == "session_started"


def test_holds_a_bounded_number_of_conversations(tmp_path: Path, domain: Domain) -> None:
    store = store_at(tmp_path / "t.db", domain, max_cached_conversations=2)
    for sender in ("a", "b", "c"):
        asyncio.run(converse(store, sender, TURNS[:1]))
    assert list(store._held) == ["b", "c"]
    assert [e.text for e in asyncio.run(store.retrieve("a")).events if e.type_name == "user"] == [
        "hello"
    ]
    assert sorted(asyncio.run(store.keys())) == ["a", "b", "c"]
    full = asyncio.run(store.retrieve_full_tracker("a"))
    assert full is not None and full.sender_id == "a"


def test_rasa_exits_the_process_on_a_bad_sender_id(tmp_path: Path, domain: Domain) -> None:
    # Why ours exists in this form: Rasa's session_scope turns any ValueError into exit(1).
    with pytest.raises(SystemExit):
        asyncio.run(store_at(tmp_path / "r.db", domain, SQLTrackerStore).retrieve("\udc00"))


def test_a_database_error_fails_the_turn_not_the_process(
    tmp_path: Path, domain: Domain, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "t.db"
    store = store_at(path, domain)
    secret = "my name is Sam Lee and my chest hurts"
    with pytest.raises(TrackerStoreError):
        asyncio.run(store.retrieve("\udc00"))
    # The table disappears in the middle of a turn: saving fails, the store goes on.
    asyncio.run(converse(store, "patient", TURNS[:1]))
    engine = sa.create_engine(f"sqlite:///{path}")

    async def a_turn_whose_save_fails() -> None:
        tracker = await store.retrieve("patient")
        tracker.update(UserUttered(secret, timestamp=NOW + 70))
        with engine.begin() as connection:
            connection.execute(sa.text("ALTER TABLE events RENAME TO events_away"))
        await store.save(tracker)

    with pytest.raises(TrackerStoreError) as failure:
        asyncio.run(a_turn_whose_save_fails())
    assert failure.value.__cause__ is None and secret not in str(failure.value)
    assert secret not in caplog.text and "OperationalError" in caplog.text
    with engine.begin() as connection:
        connection.execute(sa.text("ALTER TABLE events_away RENAME TO events"))
    asyncio.run(converse(store, "patient", TURNS[1:2]))  # and it works again
    assert asyncio.run(store.retrieve("patient")).latest_message.text == "what causes cramps"
