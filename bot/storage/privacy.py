"""Forgetting a person and the retention period: `python -m bot privacy forget|purge`.

- `forget CONVERSATION_ID` deletes one conversation everywhere it is kept: Rasa's tracker
  store events for that sender (SQLite or PostgreSQL, `TRACKER_STORE_URL`), review items,
  callback requests, channel state (WhatsApp's offered options, and any other table of the
  clinic database with a `conversation_id` or `sender_id` column), and the patient's words
  quoted in the audit log. Escalations are kept, anonymised, so that escalation counts
  stay right: tier, reasons, channel, time and how staff handled it remain; the patient's
  words are cleared and the conversation id becomes `forgotten` (not a hash: a hash of a
  phone number or a Telegram id can be reversed by trying them all).
- `purge --older-than DAYS` (default `RETENTION_DAYS`) does the same for everything older:
  tracker events of earlier sessions, review items, callback requests, offered options;
  old escalations are anonymised.

Both report what they removed (`Report`) and are recorded in the audit log without the
conversation id; the command line is `bot.cli.privacy`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    create_engine,
    func,
    inspect,
    select,
)
from sqlalchemy.engine import Connection, Engine, make_url

from bot.settings import Settings
from bot.storage.durable import ESCALATION
from bot.storage.spool import Spool

logger = logging.getLogger(__name__)

FORGOTTEN = "forgotten"
FORGOTTEN_TEXT = "[forgotten]"
# Clinic-database tables handled by name; any other table with one of the
# CONVERSATION_COLUMNS is swept generically (rows deleted).
ESCALATIONS = "escalations"
AUDIT_LOG = "audit_log"
CONVERSATION_COLUMNS = ("conversation_id", "sender_id")
AGE_COLUMNS = ("created_at", "offered_at")
DAY_SECONDS = 24 * 3600


def tracker_events_table(schema: str | None = None) -> Table:
    """Rasa's SQL tracker store table (`rasa.core.tracker_store.SQLTrackerStore.SQLEvent`)."""
    return Table(
        "events",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("sender_id", String(255), nullable=False),
        Column("type_name", String(255), nullable=False),
        Column("timestamp", Float),
        Column("intent_name", String(255)),
        Column("action_name", String(255)),
        Column("data", Text),
        schema=schema,
    )


@dataclasses.dataclass
class Report:
    """What was (or, in a dry run, would be) removed, per kind of record."""

    counts: dict[str, int] = dataclasses.field(default_factory=dict)
    dry_run: bool = False

    def add(self, what: str, count: int) -> None:
        if count:
            self.counts[what] = self.counts.get(what, 0) + count

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[str]:
        """One line per kind of record, for the command line."""
        if not self.counts:
            return ["Nothing to remove."]
        lines = [f"{count:>6}  {what}" for what, count in self.counts.items()]
        return lines + (["Dry run: nothing was changed."] if self.dry_run else [])


def _engine(url: str) -> Engine | None:
    """An engine for a database that exists; None for a SQLite file not created yet."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            return None
        if not Path(parsed.database).exists():
            return None
        # No WAL pragma here: the tracker store's journal mode is Rasa's to choose.
        return create_engine(url, future=True, connect_args={"timeout": 30})
    return create_engine(url, future=True, pool_pre_ping=True)


@contextmanager
def _transaction(engine: Engine, dry_run: bool) -> Iterator[Connection]:
    """A transaction that commits, or rolls back in a dry run."""
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            yield connection
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()


class TrackerStore:
    """Rasa's SQL tracker store, for deleting conversations (Rasa 3.6 has no delete)."""

    def __init__(self, url: str, schema: str | None = None) -> None:
        self.url = url
        parsed = make_url(url)
        self.schema = schema
        if schema is None and parsed.get_backend_name() == "postgresql":
            self.schema = os.environ.get("POSTGRESQL_SCHEMA") or None  # as Rasa reads it
        self.events = tracker_events_table(self.schema)

    @contextmanager
    def _connection(self, dry_run: bool) -> Iterator[Connection | None]:
        engine = _engine(self.url)
        if engine is None:
            yield None
            return
        try:
            if not inspect(engine).has_table("events", schema=self.schema):
                yield None
                return
            with _transaction(engine, dry_run) as connection:
                yield connection
        finally:
            engine.dispose()

    def forget(self, sender_id: str, dry_run: bool = False) -> int:
        """Deletes every event of one conversation; returns how many."""
        with self._connection(dry_run) as connection:
            if connection is None:
                return 0
            events = self.events
            return connection.execute(
                events.delete().where(events.c.sender_id == sender_id)
            ).rowcount

    def purge(self, cutoff: float, dry_run: bool = False) -> tuple[int, int]:
        """Deletes events older than `cutoff` (a Unix time); returns (conversations, events).

        A conversation with nothing newer is deleted whole. Of one still going on, the
        events before its latest session are deleted: Rasa never reads them again, and
        the current session is left whole so the conversation stays consistent.
        """
        with self._connection(dry_run) as connection:
            if connection is None:
                return 0, 0
            events = self.events
            stale = (
                select(events.c.sender_id)
                .group_by(events.c.sender_id)
                .having(func.max(events.c.timestamp) < cutoff)
            )
            senders = [row[0] for row in connection.execute(stale)]
            removed = 0
            for start in range(0, len(senders), 500):
                chunk = senders[start : start + 500]
                removed += connection.execute(
                    events.delete().where(events.c.sender_id.in_(chunk))
                ).rowcount
            earlier = events.alias("earlier_session")
            session_start = (
                select(func.max(earlier.c.timestamp))
                .where(
                    earlier.c.sender_id == events.c.sender_id,
                    earlier.c.type_name == "session_started",
                )
                .scalar_subquery()
            )
            removed += connection.execute(
                events.delete().where(
                    and_(events.c.timestamp < cutoff, events.c.timestamp < session_start)
                )
            ).rowcount
            return len(senders), removed

    def count(self, sender_id: str) -> int:
        """How many events the store holds for a conversation."""
        with self._connection(dry_run=True) as connection:
            if connection is None:
                return 0
            query = select(func.count()).where(self.events.c.sender_id == sender_id)
            return connection.execute(query.select_from(self.events)).scalar_one()


class ClinicData:
    """The clinic database's conversation data: delete, anonymise, scrub."""

    def __init__(self, url: str) -> None:
        self.url = url

    def _tables(self, engine: Engine) -> dict[str, Table]:
        metadata = MetaData()
        metadata.reflect(engine)
        return dict(metadata.tables)

    @staticmethod
    def _conversation_column(table: Table) -> Column | None:
        for name in CONVERSATION_COLUMNS:
            if name in table.c:
                return table.c[name]
        return None

    @staticmethod
    def _age_column(table: Table) -> Column | None:
        for name in AGE_COLUMNS:
            if name in table.c:
                return table.c[name]
        return None

    def forget(self, conversation_id: str, report: Report, dry_run: bool = False) -> None:
        def rows_of(table: Table) -> Any:
            column = self._conversation_column(table)
            return None if column is None else column == conversation_id

        self._remove(report, dry_run, rows_of, conversation_id=conversation_id)

    def purge(self, cutoff: dt.datetime, report: Report, dry_run: bool = False) -> None:
        def rows_of(table: Table) -> Any:
            column, age = self._conversation_column(table), self._age_column(table)
            if column is None or age is None:
                return None
            if table.name == ESCALATIONS:
                return and_(age < cutoff, column != FORGOTTEN)
            return age < cutoff

        self._remove(report, dry_run, rows_of, before=cutoff)

    def _remove(
        self,
        report: Report,
        dry_run: bool,
        rows_of: Callable[[Table], Any],
        **review_filter: Any,
    ) -> None:
        """Deletes the rows `rows_of(table)` selects in every table (None: leave the table
        alone); escalations are anonymised instead, and the audit log scrubbed."""
        engine = _engine(self.url)
        if engine is None:
            return
        try:
            tables = self._tables(engine)
            with _transaction(engine, dry_run) as connection:
                review_ids = self._review_ids(connection, tables, **review_filter)
                for name, table in tables.items():
                    condition = rows_of(table)
                    if condition is None:
                        continue
                    if name == ESCALATIONS:
                        report.add(
                            "escalations anonymised (kept for counts)",
                            self._anonymise(connection, table, condition),
                        )
                        continue
                    deleted = connection.execute(table.delete().where(condition)).rowcount
                    report.add(_label(name), deleted)
                report.add(
                    "audit log entries scrubbed", self._scrub_audit(connection, tables, review_ids)
                )
        finally:
            engine.dispose()

    @staticmethod
    def _review_ids(
        connection: Connection,
        tables: dict[str, Table],
        conversation_id: str | None = None,
        before: dt.datetime | None = None,
    ) -> set[int]:
        table = tables.get("review_items")
        if table is None:
            return set()
        query = select(table.c.id)
        if conversation_id is not None:
            query = query.where(table.c.conversation_id == conversation_id)
        if before is not None:
            query = query.where(table.c.created_at < before)
        return {row[0] for row in connection.execute(query)}

    @staticmethod
    def _anonymise(connection: Connection, table: Table, condition: Any) -> int:
        """Keeps tier, reasons, channel and times; clears the words and the conversation id."""
        ids = [row[0] for row in connection.execute(select(table.c.id).where(condition))]
        for escalation_id in ids:
            values: dict[str, Any] = {"conversation_id": FORGOTTEN}
            if "text" in table.c:
                values["text"] = ""
            if "message_id" in table.c:  # unique with conversation_id; not personal
                values["message_id"] = f"{FORGOTTEN}-{uuid.uuid4().hex}"
            connection.execute(table.update().where(table.c.id == escalation_id).values(values))
        return len(ids)

    @staticmethod
    def _scrub_audit(connection: Connection, tables: dict[str, Table], review_ids: set[int]) -> int:
        """Removes quoted patient words from audit entries about these review items."""
        table = tables.get(AUDIT_LOG)
        if table is None or not review_ids or "detail" not in table.c:
            return 0
        scrubbed = 0
        rows = connection.execute(
            select(table.c.id, table.c.detail).where(table.c.detail.like('%"text"%'))
        )
        for entry_id, detail in list(rows):
            try:
                data = json.loads(detail)
            except ValueError:
                continue
            items = data.get("items") or data.get("review_items") or []
            if not isinstance(items, list) or not review_ids.intersection(items):
                continue
            if data.get("text") in (None, FORGOTTEN_TEXT):
                continue
            data["text"] = FORGOTTEN_TEXT
            connection.execute(
                table.update()
                .where(table.c.id == entry_id)
                .values(detail=json.dumps(data, ensure_ascii=False))
            )
            scrubbed += 1
        return scrubbed


def _label(table: str) -> str:
    return {
        "review_items": "review items deleted",
        "callback_requests": "callback requests deleted",
        "channel_offered_options": "channel state rows deleted (offered options)",
    }.get(table, f"{table} rows deleted")


def forget(settings: Settings, conversation_id: str, dry_run: bool = False) -> Report:
    """Deletes one person's conversation everywhere; escalations stay, anonymised."""
    if not conversation_id or conversation_id == FORGOTTEN:
        raise ValueError("give the conversation id (sender id) to forget")
    report = Report(dry_run=dry_run)
    report.add(
        "tracker store events deleted",
        TrackerStore(settings.tracker_store_url).forget(conversation_id, dry_run),
    )
    ClinicData(settings.database_url).forget(conversation_id, report, dry_run)
    # Writes kept while the clinic database was down would bring the rows back. Spooled
    # escalations stay: forget again once they are written, to anonymise them too.
    report.add(
        "pending writes dropped from the spool",
        Spool.in_var_dir(settings.var_dir).forget(conversation_id, (ESCALATION,), dry_run),
    )
    return report


def purge(
    settings: Settings, older_than_days: float, dry_run: bool = False, now: float | None = None
) -> Report:
    """Deletes conversation data older than `older_than_days`; escalations are anonymised."""
    if older_than_days <= 0:
        raise ValueError("the retention period must be more than 0 days")
    now = time.time() if now is None else now
    cutoff = now - older_than_days * DAY_SECONDS
    report = Report(dry_run=dry_run)
    conversations, events = TrackerStore(settings.tracker_store_url).purge(cutoff, dry_run)
    report.add("conversations deleted whole from the tracker store", conversations)
    report.add("tracker store events deleted", events)
    cutoff_time = dt.datetime.fromtimestamp(cutoff, dt.timezone.utc).replace(tzinfo=None)
    ClinicData(settings.database_url).purge(cutoff_time, report, dry_run)
    return report


def record_audit(
    settings: Settings, actor: str, action: str, report: Report, **detail: Any
) -> None:
    from bot.storage.audit import AuditLog
    from bot.storage.db import Database

    AuditLog(Database(settings.database_url)).record(
        actor, action, "conversations", **detail, removed=report.counts
    )


def start_retention_schedule(settings: Settings, interval: float = DAY_SECONDS) -> None:
    """Runs `purge` now and then every `interval` seconds, in a daemon thread."""
    if settings.retention_days <= 0:
        return

    def run() -> None:
        while True:
            try:
                report = purge(settings, settings.retention_days)
                if report.total:
                    record_audit(settings, "retention schedule", "privacy_purge", report)
                logger.info(
                    "Retention (%d days): removed %d records.",
                    settings.retention_days,
                    report.total,
                )
            except Exception:  # the next run tries again
                logger.exception("Retention purge failed")
            time.sleep(interval)

    threading.Thread(target=run, name="retention-purge", daemon=True).start()
