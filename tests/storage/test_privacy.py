"""`bot privacy forget|purge` on real databases: Rasa's own SQL tracker store (SQLite, and
PostgreSQL when a server can be started here) and the clinic database."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.channels.options import Option, OptionStore
from bot.settings import Settings
from bot.storage.audit import AuditLog
from bot.storage.db import Database
from bot.storage.durable import ESCALATION
from bot.storage.escalations import EscalationInput, EscalationStore
from bot.storage.models import AuditEntry, CallbackRequest, Escalation, Notification, ReviewItem
from bot.storage.privacy import FORGOTTEN, FORGOTTEN_TEXT, TrackerStore, forget, purge
from bot.storage.review import ReviewInput, ReviewStore
from bot.storage.spool import Spool
from tests.cli import run_bot
from tests.e2e.postgres import TempPostgres

DAY = 24 * 3600
PATIENT = "whatsapp:+447700900123"
OTHER = "patient-other"


def write_conversation(store, sender: str, sessions: list[tuple[float, list[str]]]) -> None:
    """Saves a conversation through Rasa's tracker store: sessions of user messages."""
    from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    events = []
    for start, texts in sessions:
        events += [
            ActionExecuted("action_session_start", timestamp=start),
            SessionStarted(timestamp=start),
            ActionExecuted("action_listen", timestamp=start),
        ]
        for offset, text in enumerate(texts, start=1):
            events += [
                UserUttered(text, {"name": "faq", "confidence": 0.9}, timestamp=start + offset),
                BotUttered("an answer", timestamp=start + offset + 0.5),
                ActionExecuted("action_listen", timestamp=start + offset + 0.6),
            ]
    asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))


def rasa_sqlite_store(path: Path):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain

    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(path))


def all_events(store, sender: str) -> list:
    """Every event Rasa has for the sender, across sessions (None if the sender is unknown)."""
    tracker = asyncio.run(store.retrieve_full_tracker(sender))
    return list(tracker.events) if tracker else []


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env(
        {
            "VAR_DIR": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'clinic.db'}",
            "TRACKER_STORE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
        }
    )


@pytest.fixture
def clinic(settings: Settings) -> Iterator[Database]:
    database = Database(settings.database_url)
    yield database
    database.dispose()


def fill_clinic(database: Database, sender: str, created_at: dt.datetime | None = None) -> None:
    """One of everything the clinic database keeps about a conversation."""
    reviews = ReviewStore(database)
    item, _ = reviews.record(
        ReviewInput(sender, f"m-{sender}", "whatsapp", "fallback", "my secret question", "", 0.2)
    )
    escalation, _ = EscalationStore(database, ["webhook"]).record(
        EscalationInput(
            sender, f"r-{sender}", "whatsapp", "emergency", ["chest_pain"], "crushing chest pain"
        )
    )
    with database.session() as session:
        session.add(
            CallbackRequest(
                conversation_id=sender,
                channel="whatsapp",
                name="Jane Smith",
                contact="+447700900123",
                contact_kind="phone",
            )
        )
    OptionStore(database).replace(sender, "whatsapp", [Option("Yes", "/affirm")])
    AuditLog(database).record(
        "staff", "review_dismissed", "review", items=[item.id], text=item.text
    )
    if created_at is not None:
        with database.session() as session:
            for model in (ReviewItem, CallbackRequest, Escalation):
                for row in session.execute(
                    select(model).where(model.conversation_id == sender)
                ).scalars():
                    row.created_at = created_at
    assert escalation.id


SPOOL_LINE = "pending writes dropped from the spool"


def count(database: Database, model, **where) -> int:
    with database.session() as session:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return session.execute(query).scalar_one()


def test_forget_deletes_the_conversation_everywhere_and_keeps_escalations_anonymised(
    settings: Settings, clinic: Database
):
    store = rasa_sqlite_store(Path(settings.var_dir) / "tracker.db")
    write_conversation(store, PATIENT, [(time.time() - 7200, ["hello", "my leg hurts"])])
    write_conversation(store, OTHER, [(time.time() - 7200, ["hi"])])
    fill_clinic(clinic, PATIENT)
    fill_clinic(clinic, OTHER)

    report = forget(settings, PATIENT)

    assert report.counts["tracker store events deleted"] == len(all_events(store, OTHER)) + 3
    assert all_events(store, PATIENT) == []
    assert asyncio.run(store.retrieve(PATIENT)) is None
    assert report.counts["review items deleted"] == 1
    assert report.counts["callback requests deleted"] == 1
    assert report.counts["channel state rows deleted (offered options)"] == 1
    assert report.counts["escalations anonymised (kept for counts)"] == 1
    assert report.counts["audit log entries scrubbed"] == 1
    for model in (ReviewItem, CallbackRequest, Escalation):
        assert count(clinic, model, conversation_id=PATIENT) == 0
    assert OptionStore(clinic).current(PATIENT, "whatsapp") == []
    # The escalation is still counted, with what staff need for statistics.
    with clinic.session() as session:
        kept = session.execute(
            select(Escalation).where(Escalation.conversation_id == FORGOTTEN)
        ).scalar_one()
        assert (kept.tier, kept.reasons, kept.channel, kept.text) == (
            "emergency",
            "chest_pain",
            "whatsapp",
            "",
        )
        assert count(clinic, Notification, escalation_id=kept.id) == 1
        details = [json.loads(e.detail) for e in session.execute(select(AuditEntry)).scalars()]
    assert [d["text"] for d in details] == [FORGOTTEN_TEXT, "my secret question"]
    # The other conversation is untouched.
    assert len(all_events(store, OTHER)) > 0
    for model in (ReviewItem, CallbackRequest, Escalation):
        assert count(clinic, model, conversation_id=OTHER) == 1
    # Forgetting again finds nothing.
    assert forget(settings, PATIENT).counts == {}


def test_forget_drops_writes_waiting_in_the_spool_but_not_escalations(settings: Settings):
    spool = Spool.in_var_dir(settings.var_dir)
    spool.add("review", {"conversation_id": PATIENT})
    spool.add("callback", {"conversation_id": PATIENT})
    spool.add(ESCALATION, {"conversation_id": PATIENT})
    spool.add("review", {"conversation_id": OTHER})

    assert forget(settings, PATIENT, dry_run=True).counts[SPOOL_LINE] == 2
    assert spool.pending() == 4
    assert forget(settings, PATIENT).counts[SPOOL_LINE] == 2
    # Replayed later, the forgotten conversation's review item and callback do not return.
    left = sorted((i.kind, i.payload["conversation_id"]) for i in spool.claim())
    assert left == [(ESCALATION, PATIENT), ("review", OTHER)]


def test_forget_dry_run_counts_without_changing_anything(settings: Settings, clinic: Database):
    store = rasa_sqlite_store(Path(settings.var_dir) / "tracker.db")
    write_conversation(store, PATIENT, [(time.time(), ["hello"])])
    fill_clinic(clinic, PATIENT)
    before = len(all_events(store, PATIENT))

    report = forget(settings, PATIENT, dry_run=True)

    assert report.counts["tracker store events deleted"] == before
    assert report.counts["review items deleted"] == 1
    assert "Dry run: nothing was changed." in report.lines()
    assert len(all_events(store, PATIENT)) == before
    assert count(clinic, ReviewItem, conversation_id=PATIENT) == 1
    assert count(clinic, Escalation, conversation_id=PATIENT) == 1


def test_forget_without_databases_yet_is_harmless(settings: Settings):
    assert forget(settings, "nobody").counts == {}
    assert not (Path(settings.var_dir) / "tracker.db").exists()
    with pytest.raises(ValueError):
        forget(settings, "")


def test_purge_enforces_the_retention_period(settings: Settings, clinic: Database):
    store = rasa_sqlite_store(Path(settings.var_dir) / "tracker.db")
    now = time.time()
    # Gone whole: nothing newer than 30 days.
    write_conversation(store, "stale", [(now - 60 * DAY, ["old question"])])
    # Still talking: the old session goes, the current one stays whole.
    write_conversation(
        store, "active", [(now - 45 * DAY, ["old words"]), (now - 2 * DAY, ["new words"])]
    )
    write_conversation(store, "recent", [(now - DAY, ["fresh"])])
    fill_clinic(clinic, "stale", created_at=dt.datetime.utcnow() - dt.timedelta(days=60))
    fill_clinic(clinic, "recent")

    report = purge(settings, 30, now=now)

    assert report.counts["conversations deleted whole from the tracker store"] == 1
    assert all_events(store, "stale") == []
    active = all_events(store, "active")
    assert active and min(e.timestamp for e in active) >= now - 2 * DAY
    assert [e.text for e in active if getattr(e, "text", None) and e.type_name == "user"] == [
        "new words"
    ]
    assert len(all_events(store, "recent")) == 6  # 3 to start the session, 3 per message
    assert count(clinic, ReviewItem, conversation_id="stale") == 0
    assert count(clinic, CallbackRequest, conversation_id="stale") == 0
    assert count(clinic, ReviewItem, conversation_id="recent") == 1
    assert count(clinic, CallbackRequest, conversation_id="recent") == 1
    assert count(clinic, Escalation, conversation_id=FORGOTTEN) == 1
    assert count(clinic, Escalation, conversation_id="recent") == 1
    assert count(clinic, Escalation) == 2
    # Running it again removes nothing more.
    assert purge(settings, 30, now=now).counts == {}


def run_cli(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    env = {
        "VAR_DIR": str(settings.var_dir),
        "DATABASE_URL": settings.database_url,
        "TRACKER_STORE_URL": settings.tracker_store_url,
    }
    return run_bot("privacy", *args, env=env)


def test_the_command_line_forgets_purges_and_audits_without_the_id(
    settings: Settings, clinic: Database
):
    store = rasa_sqlite_store(Path(settings.var_dir) / "tracker.db")
    write_conversation(store, PATIENT, [(time.time(), ["hello"])])
    fill_clinic(clinic, PATIENT)

    done = run_cli(settings, "forget", PATIENT, "--by", "dr who")
    assert done.returncode == 0, done.stderr
    assert "tracker store events deleted" in done.stdout
    assert all_events(store, PATIENT) == []
    [entry] = AuditLog(clinic).recent(action_prefix="privacy_")
    assert (entry.actor, entry.action) == ("dr who", "privacy_forget")
    assert PATIENT not in entry.detail and "+447700900123" not in entry.detail

    purged = run_cli(settings, "purge", "--older-than", "30")
    assert purged.returncode == 0, purged.stderr
    assert "Retention period: 30 days." in purged.stdout
    off = run_cli(settings, "purge", "--older-than", "0")
    assert "Retention is off" in off.stdout


# -- PostgreSQL ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def postgres(postgres_server: TempPostgres) -> str:
    """The SQLAlchemy URL of a fresh database `tracker` on the session's PostgreSQL."""
    return postgres_server.create_database("tracker")


def test_forget_and_purge_in_a_postgresql_tracker_store(postgres: str, tmp_path: Path):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from sqlalchemy.engine import make_url

    url = make_url(postgres)
    store = SQLTrackerStore(
        Domain.empty(),
        dialect="postgresql",
        host=url.host,
        port=url.port,
        db=url.database,
        username=url.username,
    )
    now = time.time()
    write_conversation(store, PATIENT, [(now - 3600, ["hello from postgres"])])
    write_conversation(store, "stale", [(now - 90 * DAY, ["old"])])
    settings = Settings.from_env({"VAR_DIR": str(tmp_path), "TRACKER_STORE_URL": postgres})

    assert TrackerStore(postgres).count(PATIENT) == len(all_events(store, PATIENT)) > 0
    report = forget(settings, PATIENT)
    assert report.counts["tracker store events deleted"] > 0
    assert all_events(store, PATIENT) == []
    assert purge(settings, 30, now=now).counts["conversations deleted whole from the tracker store"]
    assert all_events(store, "stale") == []
    store.engine.dispose()
