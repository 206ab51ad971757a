"""A durable local spool for clinic-database writes that failed, and its replayer.

When the clinic database is unavailable, what staff must see (escalations, review items,
callback requests) is appended to a small SQLite file under VAR_DIR (`spool.db`), which
is separate from the clinic database and from the tracker store. A `SpoolReplayer`
(in the Rasa server's recorder thread and in the action server) writes the items to the
clinic database once it answers again and removes them from the spool.

Several processes may share one spool. An item is claimed before it is replayed, so two
replayers never write it at the same time; a replayer that dies after writing and before
removing it leaves the claim to expire, and the item is replayed again, which the writers
make harmless (every spooled write is idempotent: see `bot.storage.durable`). Nothing is created
on disk until the first write fails.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

logger = logging.getLogger(__name__)

SPOOL_FILE = "spool.db"
CLAIM_SECONDS = 120
BATCH_SIZE = 100
# An item that fails while the database is up waits this long before its next attempt.
BAD_ITEM_RETRY_SECONDS = 60.0
# Errors meaning the clinic database cannot be reached (rather than a bad item).
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError, DisconnectionError, PoolTimeoutError)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS spooled (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    conversation_id TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    claimed_until REAL NOT NULL DEFAULT 0
)
"""


@dataclass(frozen=True)
class SpooledItem:
    """One write waiting for the clinic database."""

    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int


class Spool:
    """An append-only queue of pending clinic-database writes in a local SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def in_var_dir(cls, var_dir: Path) -> Spool:
        """The spool of the assistant whose state lives in `var_dir`."""
        return cls(Path(var_dir) / SPOOL_FILE)

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A connection in autocommit mode; callers open write transactions explicitly."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        new = not self.path.exists()
        with closing(sqlite3.connect(self.path, timeout=30, isolation_level=None)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # an added item survives a power cut
            db.execute("PRAGMA secure_delete=ON")  # replayed patient text leaves no trace
            db.execute(_SCHEMA)
            if new:
                os.chmod(self.path, 0o600)  # holds patients' words until replayed
            yield db

    def add(self, kind: str, payload: Mapping[str, Any]) -> int:
        """Appends one write; returns its id once it is on disk."""
        with self._connection() as db:
            cursor = db.execute(
                "INSERT INTO spooled (kind, payload, conversation_id, created_at) "
                "VALUES (?, ?, ?, ?)",
                (kind, json.dumps(payload), payload.get("conversation_id", ""), time.time()),
            )
            return int(cursor.lastrowid or 0)

    def pending(self) -> int:
        """How many writes are waiting (0 when the spool was never needed)."""
        if not self.path.exists():
            return 0
        with self._connection() as db:
            return int(db.execute("SELECT COUNT(*) FROM spooled").fetchone()[0])

    def claim(self, limit: int = BATCH_SIZE, claim_seconds: float = CLAIM_SECONDS) -> list:
        """Up to `limit` unclaimed items, oldest first, claimed for `claim_seconds`."""
        if not self.path.exists():
            return []
        now = time.time()
        with self._connection() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                rows = db.execute(
                    "SELECT id, kind, payload, attempts FROM spooled WHERE claimed_until < ? "
                    "ORDER BY id LIMIT ?",
                    (now, limit),
                ).fetchall()
                db.executemany(
                    "UPDATE spooled SET claimed_until = ? WHERE id = ?",
                    [(now + claim_seconds, row[0]) for row in rows],
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return [SpooledItem(row[0], row[1], json.loads(row[2]), row[3]) for row in rows]

    def done(self, item_id: int) -> None:
        """Removes an item that is now in the clinic database."""
        with self._connection() as db:
            db.execute("DELETE FROM spooled WHERE id = ?", (item_id,))

    def release(self, item_id: int, error: str, retry_after: float = 0.0) -> None:
        """Gives a claimed item back after a failed attempt, keeping the reason; it can be
        claimed again after `retry_after` seconds."""
        with self._connection() as db:
            db.execute(
                "UPDATE spooled SET claimed_until = ?, attempts = attempts + 1, last_error = ? "
                "WHERE id = ?",
                (time.time() + retry_after, error[:1000], item_id),
            )

    def forget(
        self, conversation_id: str, keep_kinds: Sequence[str] = (), dry_run: bool = False
    ) -> int:
        """Drops the pending writes of one conversation (a patient asked to be forgotten),
        except those of `keep_kinds`; returns how many (would) go."""
        if not self.path.exists():
            return 0
        where = "conversation_id = ?"
        if keep_kinds:
            where += f" AND kind NOT IN ({', '.join('?' * len(keep_kinds))})"
        parameters = (conversation_id, *keep_kinds)
        with self._connection() as db:
            if dry_run:
                return db.execute(
                    f"SELECT COUNT(*) FROM spooled WHERE {where}", parameters
                ).fetchone()[0]
            return db.execute(f"DELETE FROM spooled WHERE {where}", parameters).rowcount


Writer = Callable[[dict[str, Any]], object]


def _reason(error: Exception) -> str:
    """Why a write failed, without the SQL parameters (they hold patients' words)."""
    detail = str(getattr(error, "orig", None) or "").strip().splitlines()
    return f"{type(error).__name__}: {detail[0] if detail else ''}"[:500]


class SpoolReplayer:
    """Writes spooled items to the clinic database with `writers` (one per kind)."""

    def __init__(
        self, spool: Spool, writers: Mapping[str, Writer], interval_seconds: float = 5.0
    ) -> None:
        self.spool = spool
        self.writers = dict(writers)
        self.interval_seconds = max(interval_seconds, 0.1)
        self._next_attempt = 0.0

    def replay(self) -> int:
        """Replays what is pending now; returns how many items were written.

        Stops at the first sign that the database is still down. An item that fails for
        another reason is kept and retried after the interval, without holding up others.
        """
        written = 0
        while True:
            items = self.spool.claim()
            if not items:
                break
            for position, item in enumerate(items):
                try:
                    self.writers[item.kind](item.payload)
                except Exception as error:  # kept in the spool whatever went wrong
                    reason = _reason(error)
                    unavailable = isinstance(error, DATABASE_UNAVAILABLE)
                    retry_after = self.interval_seconds if unavailable else BAD_ITEM_RETRY_SECONDS
                    for kept in items[position : None if unavailable else position + 1]:
                        self.spool.release(kept.id, reason, retry_after)
                    if unavailable:
                        return self._report(written)
                    logger.error(
                        "Spooled %s #%s could not be written (%s); retrying later.",
                        item.kind, item.id, type(error).__name__,
                    )  # fmt: skip
                    continue
                self.spool.done(item.id)
                written += 1
        return self._report(written)

    @staticmethod
    def _report(written: int) -> int:
        if written:
            logger.info("Replayed %s spooled writes to the clinic database.", written)
        return written

    def replay_if_due(self) -> int:
        """`replay` at most once per interval; never raises (logs instead)."""
        now = time.monotonic()
        if now < self._next_attempt:
            return 0
        self._next_attempt = now + self.interval_seconds
        try:
            return self.replay()
        except Exception:  # a broken spool file must not stop the caller's loop
            logger.exception("Could not replay the spool %s", self.spool.path)
            return 0

    async def run_forever(self) -> None:
        """Replays in the background of an event loop (the action server) until cancelled."""
        while True:
            await asyncio.to_thread(self.replay_if_due)
            await asyncio.sleep(self.interval_seconds)
