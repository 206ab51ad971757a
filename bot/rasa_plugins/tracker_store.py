"""Rasa's SQL tracker store, without the repeated work and without blocking the event loop.

Rasa 3.6's `SQLTrackerStore` does all of its database work inside the Rasa server's event
loop, so every other conversation waits while it runs, and it repeats work on every turn:
it loads and replays the conversation from the database to answer the message, loads and
replays it again when saving (to find which events are new, for the event broker), then
counts the stored events a third time before inserting the new ones.

`ClinicTrackerStore` keeps what it read or wrote last for each recent conversation and
does its database work on a worker thread:

- retrieving a conversation it holds costs one small query (how many events the database
  has for it, and the newest id) and a replay of the held events; if the database holds
  anything else (another Rasa server answered a turn, `bot privacy forget` deleted the
  conversation, a purge removed earlier sessions) it reads the conversation again, as
  Rasa does;
- saving inserts only the events added since, which it knows without asking the
  database, and hands the same events to the event broker;
- every write is finished before the turn's reply is sent, so a conversation is in the
  database before another Rasa server (behind the Redis lock store) can take its next turn.

A database error is an error for that turn only: Rasa's `session_scope` calls `sys.exit`
on any `ValueError` (a lone surrogate in a sender id was enough to stop the server); here
every failure of the database work becomes `TrackerStoreError`, logged with its kind but
without the statement or its parameters (which hold patient text), and the server goes on
(Rasa's fail-safe wrapper then answers that turn from memory without storing it).

The database, the table and what is stored in it are exactly Rasa's: the store can be
swapped back to `type: SQL` at any time. At most `max_cached_conversations` conversations
are held (least recently used first out); a conversation that is not held is read from
the database the way Rasa reads it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, ensure_schema_exists
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

logger = logging.getLogger(__name__)

DEFAULT_MAX_CACHED_CONVERSATIONS = 256
T = TypeVar("T")


class TrackerStoreError(RuntimeError):
    """The conversation could not be read or written; only this turn fails."""


@dataclass
class _Held:
    """A conversation as this store last read or wrote it."""

    tracker: DialogueStateTracker
    stored: int  # how many of `tracker.events` are in the database
    database_state: tuple[int, int | None]  # (events, newest id) for the sender


class ClinicTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` with the conversations it serves held in memory (see module doc)."""

    def __init__(
        self,
        *args: Any,
        max_cached_conversations: int = DEFAULT_MAX_CACHED_CONVERSATIONS,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.max_cached_conversations = int(max_cached_conversations)
        self._held: OrderedDict[str, _Held] = OrderedDict()
        # SQLite takes one writer at a time; a server database gets a few connections.
        workers = 1 if self.engine.dialect.name == "sqlite" else 4
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix="tracker-store")

    async def _in_thread(self, function: Callable[..., T], *args: Any) -> T:
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)
        except TrackerStoreError:
            raise
        except Exception as error:
            # `from None`: the original's text and traceback carry the SQL parameters.
            kind = _error_kind(error)
            logger.error("Tracker store: %s failed (%s); this turn fails.", function.__name__, kind)
            raise TrackerStoreError(f"{function.__name__} failed ({kind})") from None

    @contextlib.contextmanager
    def session_scope(self) -> Iterator[Any]:
        """Rasa's transactional scope, raising instead of exiting the process."""
        session = self.sessionmaker()
        try:
            try:
                ensure_schema_exists(session)
            except ValueError as missing:
                raise TrackerStoreError(f"PostgreSQL schema {missing} not found") from None
            yield session
        finally:
            session.close()

    # --- reading ---------------------------------------------------------------------

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The latest session of a conversation, as `SQLTrackerStore.retrieve` returns it."""
        held = self._held.get(sender_id)
        if held is not None:
            state = await self._in_thread(self._database_state, sender_id)
            if state == held.database_state:
                tracker = _latest_session(held.tracker, held.stored)
                self._hold(sender_id, _Held(tracker, len(tracker.events), state))
                return tracker
            self._held.pop(sender_id, None)
        tracker, state = await self._in_thread(self._load, sender_id)
        if tracker is None:
            return None
        # The caller adds events to this very tracker; only the first `stored` are trusted.
        self._hold(sender_id, _Held(tracker, len(tracker.events), state))
        return tracker

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        tracker, _ = await self._in_thread(self._load, conversation_id, True)
        return tracker

    async def keys(self) -> Iterable[str]:
        return await self._in_thread(self._keys)

    # --- writing ---------------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Stores the events added since the conversation was read or last saved."""
        sender_id = tracker.sender_id
        held = self._held.get(sender_id)
        stored = _stored_prefix(held, tracker)
        if stored >= 0:
            new_events = list(itertools.islice(tracker.events, stored, None))
            state = await self._in_thread(self._insert, sender_id, new_events)
        else:
            # Not a conversation this store handed out: find what is new the way Rasa does.
            stored, new_events, state = await self._in_thread(self._insert_unknown, tracker)
        if self.event_broker is not None:
            await self._stream_new_events(self.event_broker, new_events, sender_id)
        self._hold(sender_id, _Held(tracker, stored + len(new_events), state))

    def _hold(self, sender_id: str, held: _Held) -> None:
        self._held[sender_id] = held
        self._held.move_to_end(sender_id)
        while len(self._held) > self.max_cached_conversations:
            self._held.popitem(last=False)

    # --- the database, on the worker thread --------------------------------------------

    def _database_state(self, sender_id: str, session: Any = None) -> tuple[int, int | None]:
        events = self.SQLEvent
        query = sa.select(sa.func.count(events.id), sa.func.max(events.id)).where(
            events.sender_id == sender_id
        )
        if session is not None:
            count, newest = session.execute(query).one()
            return count, newest
        with self.engine.connect() as connection:
            count, newest = connection.execute(query).one()
        return count, newest

    def _load(
        self, sender_id: str, all_sessions: bool = False
    ) -> tuple[DialogueStateTracker | None, tuple[int, int | None]]:
        with self.session_scope() as session:
            rows = self._event_query(
                session, sender_id, fetch_events_from_all_sessions=all_sessions
            ).all()
            state = self._database_state(sender_id, session)
        events = [json.loads(row.data) for row in rows]
        if not events:
            return None, state
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots), state

    def _keys(self) -> list[str]:
        with self.session_scope() as session:
            return [sender for (sender,) in session.query(self.SQLEvent.sender_id).distinct()]

    def _insert(self, sender_id: str, new_events: list[Event]) -> tuple[int, int | None]:
        with self.session_scope() as session:
            if new_events:
                session.execute(
                    self.SQLEvent.__table__.insert(), [_row(sender_id, e) for e in new_events]
                )
            state = self._database_state(sender_id, session)
            session.commit()
        return state

    def _insert_unknown(
        self, tracker: DialogueStateTracker
    ) -> tuple[int, list[Event], tuple[int, int | None]]:
        with self.session_scope() as session:
            stored = self._event_query(
                session, tracker.sender_id, fetch_events_from_all_sessions=False
            ).count()
        new_events = list(itertools.islice(tracker.events, stored, None))
        return stored, new_events, self._insert(tracker.sender_id, new_events)


def _error_kind(error: BaseException) -> str:
    """`OperationalError (sqlite3.OperationalError)`: what failed, never the values."""
    original = getattr(error, "orig", None)
    kind = type(error).__name__
    return f"{kind} ({type(original).__module__}.{type(original).__name__})" if original else kind


def _stored_prefix(held: _Held | None, tracker: DialogueStateTracker) -> int:
    """How many leading events of `tracker` are stored, or -1 if this store cannot tell.

    The tracker is normally the one this store handed out, or one sharing its event
    objects (a copy), so that its first `held.stored` events are the stored ones.
    """
    if held is None or held.stored == 0:
        return -1
    if tracker is held.tracker:
        return held.stored
    if len(tracker.events) < held.stored:
        return -1
    last = held.stored - 1
    return held.stored if tracker.events[last] is held.tracker.events[last] else -1


def _latest_session(tracker: DialogueStateTracker, count: int) -> DialogueStateTracker:
    """A fresh tracker replaying the first `count` events of `tracker`, from the latest
    `SessionStarted` among them on: what `SQLTrackerStore` reads back from the database.

    Like `DialogueStateTracker.copy()`, the event objects are shared and the state rebuilt.
    """
    events = list(itertools.islice(tracker.events, count))
    starts = [i for i, event in enumerate(events) if isinstance(event, SessionStarted)]
    copy = tracker.init_copy()
    for event in events[starts[-1] if starts else 0 :]:
        copy.update(event)
    return copy


def _row(sender_id: str, event: Event) -> dict[str, Any]:
    """The `events` table row for an event, exactly as `SQLTrackerStore.save` writes it."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }
