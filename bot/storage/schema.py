"""Brings the clinic database's schema to the newest Alembic revision.

Every process that opens the database calls `migrate` once (through `Database`), so a
clinic that updates the code gets the new tables and columns on the next start, on SQLite
and PostgreSQL alike. A database made by `create_all` before migrations existed (it has
the tables but no `alembic_version`) is stamped with the baseline revision first. Processes
starting together take turns: PostgreSQL through an advisory lock, a SQLite file through
an exclusive `flock` on the file (SQLite's own locks are separate `fcntl` locks).
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "r0001"
# A table every pre-migration database has: its presence means "made by create_all".
_BASELINE_TABLE = "escalations"
_ADVISORY_LOCK_KEY = 7_310_042  # any constant shared by every process of this app


def alembic_config() -> Config:
    """Alembic's configuration, without an ini file: the scripts ship in the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine) -> str:
    """Upgrades the schema to the newest revision; returns it. Idempotent and cheap
    when the database is already current (one read of `alembic_version`)."""
    head = head_revision()
    with _exclusive(engine), engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_ADVISORY_LOCK_KEY})")
        current = current_revision(connection)
        if current == head:
            return head
        config = alembic_config()
        config.attributes["connection"] = connection
        if current is None and inspect(connection).has_table(_BASELINE_TABLE):
            command.stamp(config, BASELINE)
        command.upgrade(config, "head")
    return head


@contextmanager
def _exclusive(engine: Engine) -> Iterator[None]:
    """Holds an exclusive lock on a SQLite database file while migrating."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    try:
        handle = open(database, "ab")  # noqa: SIM115 - held across the yield
    except OSError:  # SQLite cannot open it either and says so as a database error
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
