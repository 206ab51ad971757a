"""The clinic's own database: engines and sessions for one URL, built once per process.

SQLAlchemy 1.4 in 2.0 style. Nothing connects at import time: callers build a
`Database` from a URL (usually `Database.from_settings()`), and on first use the schema is
brought to the newest migration (`bot.storage.schema`, Alembic). The tables are in
`bot.storage.models`.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from bot.storage.schema import migrate

if TYPE_CHECKING:
    from bot.settings import Settings


RowT = TypeVar("RowT")


class Database:
    """An engine and a session factory for one database URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine | None = None
        self._sessions: sessionmaker | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Database:
        """The database `settings` (default: this process's) name, shared within the process."""
        from bot.settings import get_settings

        return _database_for_url((settings or get_settings()).database_url)

    @property
    def engine(self) -> Engine:
        return self._connect()[0]

    def _connect(self) -> tuple[Engine, sessionmaker]:
        """Creates the engine and migrates the schema on first use."""
        with self._lock:
            if self._engine is None or self._sessions is None:
                engine = _create_engine(self.url)
                try:
                    migrate(engine)
                except BaseException:  # the database is down: try again on next use
                    engine.dispose()
                    raise
                self._engine = engine
                self._sessions = sessionmaker(engine, future=True, expire_on_commit=False)
            return self._engine, self._sessions

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error."""
        _, sessions = self._connect()
        with sessions() as session, session.begin():
            yield session

    def add_once(self, row: RowT, *same: ColumnElement) -> tuple[RowT, bool]:
        """Stores `row` unless a row of its type matching `same` (the columns of a unique
        constraint) exists; returns the stored row and whether this call added it.

        A concurrent writer (another process, a replay) may add the same row between the
        check and the insert: the unique constraint refuses ours and theirs is returned.
        """
        model = type(row)
        query = select(model).where(*same)
        with self.session() as session:
            existing = session.execute(query).scalar_one_or_none()
        if existing is not None:
            return existing, False
        try:
            with self.session() as session:
                session.add(row)
        except IntegrityError:
            with self.session() as session:
                existing = session.execute(query).scalar_one_or_none()
            if existing is None:
                raise
            return existing, False
        return row, True

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
            self._engine = None
            self._sessions = None


@functools.cache
def _database_for_url(url: str) -> Database:
    return Database(url)


def private_sqlite_file(path: Path) -> None:
    """Creates a SQLite database file readable and writable by its owner only (0600),
    in a new folder that only its owner can open (0700), or narrows an existing file.

    The tracker store and the clinic database hold message text, names, phone numbers
    and e-mail addresses in clear; SQLite gives its WAL and journal files the same mode.
    """
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except OSError as error:  # someone else's file: warn, it is theirs to decide
        logging.getLogger(__name__).warning("Could not make %s private: %s", path, error)


def _create_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            private_sqlite_file(Path(parsed.database))
        engine = create_engine(
            url, future=True, connect_args={"check_same_thread": False, "timeout": 30}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, future=True, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the Rasa server, the action server and the CLI use one file at once.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
