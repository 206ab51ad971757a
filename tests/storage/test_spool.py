"""The spool keeps writes while the clinic database is down; replay records each once."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bot.rasa_plugins.event_broker import ConversationRecorder
from bot.settings import Settings
from bot.storage.db import Database
from bot.storage.durable import CallbackInput, DurableWrites
from bot.storage.escalations import EscalationInput
from bot.storage.models import CallbackRequest, Escalation, ReviewItem
from bot.storage.review import ReviewInput
from bot.storage.spool import Spool, SpoolReplayer


class FlakyDatabase(Database):
    """A real SQLite clinic database that can be made unavailable."""

    down = False

    @contextmanager
    def session(self) -> Iterator[Session]:
        if self.down:
            raise OperationalError("connect", {}, ConnectionRefusedError("database is down"))
        with super().session() as session:
            yield session


@pytest.fixture
def flaky(tmp_path: Path) -> Iterator[FlakyDatabase]:
    database = FlakyDatabase(f"sqlite:///{tmp_path / 'clinic.db'}")
    yield database
    database.dispose()


@pytest.fixture
def writes(flaky: FlakyDatabase, tmp_path: Path) -> DurableWrites:
    return DurableWrites(flaky, ["webhook"], Spool.in_var_dir(tmp_path))


def rows(database: Database, model) -> list:
    with database.session() as session:
        return list(session.execute(select(model)).scalars())


def escalation(message_id: str = "m1", by: str = "action") -> EscalationInput:
    return EscalationInput("p1", message_id, "rest", "emergency", ["chest_pain"], "my chest", by)


def test_nothing_is_written_to_disk_until_a_write_fails(tmp_path, writes):
    writes.escalation(escalation())
    assert not (tmp_path / "spool.db").exists()
    assert writes.spool.pending() == 0


def test_writes_during_an_outage_are_recorded_exactly_once_when_it_is_back(flaky, writes):
    flaky.down = True
    assert writes.escalation(escalation(by="action")) == (None, False)
    assert writes.escalation(escalation(by="rasa")) == (None, False)  # the Rasa-side backstop
    assert writes.review(ReviewInput("p1", "m2", "rest", "out_of_scope", "book a taxi")) is False
    callback = CallbackInput("p1", "rest", "Jo Bloggs", "jo@example.org", "email", "mornings")
    assert writes.callback(callback) is False
    assert writes.spool.pending() == 4

    replayer = writes.replayer(interval_seconds=0.1)
    assert replayer.replay() == 0  # still down: everything stays
    assert writes.spool.pending() == 4

    with sqlite3.connect(writes.spool.path) as db:
        failures = db.execute("SELECT attempts, last_error FROM spooled").fetchall()
    assert failures[0] == (1, "OperationalError: database is down")
    assert "my chest" not in str(failures)  # the reason never quotes the patient

    flaky.down = False
    time.sleep(0.15)  # the retry interval
    assert replayer.replay() == 4
    assert writes.spool.pending() == 0
    [recorded] = rows(flaky, Escalation)
    assert (recorded.conversation_id, recorded.message_id) == ("p1", "m1")
    assert [n.target for n in recorded.notifications] == ["webhook"]  # the outbox, once
    assert [r.kind for r in rows(flaky, ReviewItem)] == ["out_of_scope"]
    [request] = rows(flaky, CallbackRequest)
    assert (request.name, request.contact, request.preferred_time) == (
        "Jo Bloggs",
        "jo@example.org",
        "mornings",
    )


def test_replay_keeps_the_time_it_happened(flaky, writes):
    flaky.down = True
    when = dt.datetime(2026, 1, 2, 3, 4, 5, 678901)
    writes.review(ReviewInput("p1", "m1", "rest", "fallback", "wobbly", created_at=when))
    flaky.down = False
    writes.replayer(0.1).replay()
    assert rows(flaky, ReviewItem)[0].created_at == when


def test_an_item_replayed_twice_is_recorded_once(flaky, writes):
    """A replayer that dies after writing and before removing the item replays it again."""
    flaky.down = True
    writes.escalation(escalation())
    writes.callback(CallbackInput("p1", "rest", "Jo", "0770090012", "phone", "any"))
    flaky.down = False
    items = writes.spool.claim()
    replayer = writes.replayer(0.1)
    for item in items + items:
        replayer.writers[item.kind](item.payload)
    assert len(rows(flaky, Escalation)) == 1
    assert len(rows(flaky, CallbackRequest)) == 1


def test_two_replayers_never_claim_the_same_item(tmp_path):
    first, second = Spool.in_var_dir(tmp_path), Spool.in_var_dir(tmp_path)
    for number in range(5):
        first.add("review", {"conversation_id": f"p{number}"})
    claimed = first.claim(limit=3) + second.claim(limit=10)
    assert sorted(item.id for item in claimed) == [1, 2, 3, 4, 5]
    assert second.claim() == []


def test_a_bad_item_does_not_hold_up_the_others(tmp_path):
    spool = Spool.in_var_dir(tmp_path)
    spool.add("broken", {"conversation_id": "p1"})
    spool.add("good", {"conversation_id": "p2"})
    written: list[dict] = []

    def broken(payload: dict) -> None:
        raise ValueError("cannot write this one")

    replayer = SpoolReplayer(spool, {"broken": broken, "good": written.append}, 0.1)
    assert replayer.replay() == 1
    assert written == [{"conversation_id": "p2"}]
    assert spool.pending() == 1  # kept, retried later


def test_forgetting_a_conversation_drops_its_pending_writes(tmp_path):
    spool = Spool.in_var_dir(tmp_path)
    spool.add("review", {"conversation_id": "forget-me"})
    spool.add("review", {"conversation_id": "keep-me"})
    assert spool.forget("forget-me") == 1
    assert [i.payload["conversation_id"] for i in spool.claim()] == ["keep-me"]


def test_the_rasa_side_recorder_spools_and_replays(flaky, tmp_path):
    settings = Settings.from_env({"VAR_DIR": str(tmp_path), "SPOOL_RETRY_SECONDS": "0.1"})
    recorder = ConversationRecorder(settings, flaky)
    flaky.down = True
    for event in (
        {
            "event": "user",
            "sender_id": "p9",
            "text": "i can't breathe",
            "message_id": "m9",
            "input_channel": "rest",
            "parse_data": {
                "intent": {"name": "red_flag", "confidence": 1.0},
                "red_flags": [{"tier": "emergency", "reason": "breathing_difficulty"}],
            },
        },
        {"event": "action", "sender_id": "p9", "name": "action_listen"},
        {
            "event": "user",
            "sender_id": "p9",
            "text": "what's the weather",
            "message_id": "m10",
            "input_channel": "rest",
            "parse_data": {"intent": {"name": "out_of_scope", "confidence": 0.9}},
        },
        {"event": "bot", "sender_id": "p9", "text": "Sorry, I can only help with spasms"},
        {"event": "action", "sender_id": "p9", "name": "action_listen"},
    ):
        recorder.handle(event)
    assert Spool.in_var_dir(tmp_path).pending() == 2
    flaky.down = False
    assert recorder.replayer.replay() == 2
    [recorded] = rows(flaky, Escalation)
    assert (recorded.recorded_by, recorded.reason_list) == ("rasa", ["breathing_difficulty"])
    [review] = rows(flaky, ReviewItem)
    assert (review.kind, review.answer) == ("out_of_scope", "Sorry, I can only help with spasms")
