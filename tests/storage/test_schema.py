"""Alembic migrations of the clinic database, on SQLite and PostgreSQL: a new database,
one made by `create_all` before migrations existed (with its rows), and processes
starting together."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import Engine

from bot.storage.db import Database
from bot.storage.models import Base, Escalation, EscalationClient, StaffUser
from bot.storage.schema import current_revision, head_revision, migrate
from tests.e2e.postgres import TempPostgres

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def new_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Makes URLs of fresh, empty databases on one backend."""
    made = iter(range(1000))
    if request.param == "sqlite":
        yield lambda: f"sqlite:///{tmp_path / f'clinic{next(made)}.db'}"
        return
    server: TempPostgres = request.getfixturevalue("postgres_server")
    prefix = request.node.name.split("[")[0][-40:].lower()
    yield lambda: server.create_database(f"{prefix}_{next(made)}")


def engine_for(url: str) -> Engine:
    return create_engine(url, future=True)


def schema_differences(engine: Engine) -> list:
    with engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)


def test_a_new_database_gets_the_newest_schema_and_it_matches_the_models(new_url):
    url = new_url()
    database = Database(url)
    assert database.engine is not None  # first use migrates
    engine = engine_for(url)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    # A model changed without a migration fails here.
    assert schema_differences(engine) == []
    database.dispose()
    engine.dispose()


def test_a_database_made_by_create_all_is_adopted_and_keeps_its_rows(new_url):
    url = new_url()
    engine = engine_for(url)
    Base.metadata.create_all(engine)  # how every database was made before migrations
    with engine.begin() as connection:
        connection.execute(
            Escalation.__table__.insert().values(
                conversation_id="patient-1",
                message_id="m1",
                tier="emergency",
                reasons="chest_pain",
                text="crushing chest pain",
            )  # fmt: skip
        )
    database = Database(url)
    with database.session() as session:
        kept = session.execute(select(Escalation)).scalar_one()
        session.add(StaffUser(username="nurse", password_hash="x"))
    assert (kept.conversation_id, kept.tier) == ("patient-1", "emergency")
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    assert schema_differences(engine) == []
    database.dispose()
    engine.dispose()


def test_a_database_from_before_grouped_alerts_gains_the_tables_it_lacks(new_url):
    url = new_url()
    engine = engine_for(url)
    lacking = {"escalation_clients", "channel_offered_options"}
    older = [table for table in Base.metadata.sorted_tables if table.name not in lacking]
    Base.metadata.create_all(engine, tables=older)
    assert not inspect(engine).has_table("escalation_clients")
    database = Database(url)
    with database.session() as session:
        session.add(Escalation(conversation_id="p", message_id="m", tier="urgent", reasons="dvt"))
        session.flush()
        escalation = session.execute(select(Escalation)).scalar_one()
        session.add(EscalationClient(escalation_id=escalation.id, conversation_id="p", client="k"))
    assert inspect(engine).has_table("escalation_clients")
    assert inspect(engine).has_table("channel_offered_options")
    assert schema_differences(engine) == []
    database.dispose()
    engine.dispose()


def test_migrating_again_changes_nothing_and_downgrade_reverses_it(new_url):
    from alembic import command

    from bot.storage.schema import alembic_config

    url = new_url()
    engine = engine_for(url)
    assert migrate(engine) == migrate(engine) == head_revision()
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert inspect(engine).get_table_names() == ["alembic_version"]
    migrate(engine)
    assert schema_differences(engine) == []
    engine.dispose()


def _open(url: str) -> str:
    database = Database(url)
    with database.session() as session:
        session.execute(text("SELECT 1"))
    database.dispose()
    return "ok"


def test_processes_starting_together_all_open_a_new_database(new_url):
    """The launcher starts the Rasa server, the action server and the console at once;
    each migrates on first use, and none may fail because another is migrating."""
    url = new_url()
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert pool.map(_open, [url] * 4) == ["ok"] * 4
    engine = engine_for(url)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    engine.dispose()


def test_statuses_behave_as_the_strings_the_database_stores():
    from bot.admin.views.training import STATUS_LABELS
    from bot.storage.models import NotificationStatus, RunStatus

    assert {"sent"} == {NotificationStatus.SENT}  # sets and dict keys mix the two
    assert f"{RunStatus.BUSY} / {RunStatus.PUBLISHED!s}" == "busy / published"
    # The console names every outcome a retrain can end with.
    assert set(STATUS_LABELS) == {status.value for status in RunStatus}
