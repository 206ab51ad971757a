"""Writes that staff depend on, kept through a clinic-database outage.

Escalations, review items and callback requests are written to the clinic database when
it answers; when it does not (`SQLAlchemyError`), they go to the local spool
(`bot.storage.spool`) with the time they happened, and `DurableWrites.replayer()` writes them
later. Every write here is idempotent, so a replayed item is recorded exactly once:
escalations are unique per conversation and message, review items per conversation,
message and kind, and callback requests per conversation and time of the request.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from bot.settings import Settings
from bot.storage.db import Database
from bot.storage.escalations import EscalationInput, EscalationStore, configured_targets
from bot.storage.models import CallbackRequest, Escalation, utcnow
from bot.storage.review import ReviewInput, ReviewStore
from bot.storage.spool import Spool, SpoolReplayer

logger = logging.getLogger(__name__)

ESCALATION = "escalation"
REVIEW = "review"
CALLBACK = "callback"


@dataclass(frozen=True)
class CallbackInput:
    """A patient's request to be contacted, as the callback form collected it."""

    conversation_id: str
    channel: str
    name: str
    contact: str
    contact_kind: str  # "phone" or "email"
    preferred_time: str
    created_at: dt.datetime | None = None


def record_callback(database: Database, item: CallbackInput) -> bool:
    """Stores the request unless it is already there; returns whether it was added."""
    created_at = item.created_at or utcnow()
    with database.session() as session:
        existing = session.execute(
            select(CallbackRequest.id).where(
                CallbackRequest.conversation_id == item.conversation_id,
                CallbackRequest.created_at == created_at,
            )
        ).first()
        if existing is not None:
            return False
        fields = {**dataclasses.asdict(item), "created_at": created_at}
        session.add(CallbackRequest(**fields))
    return True


def _to_payload(item: Any) -> dict[str, Any]:
    payload = dataclasses.asdict(item)
    payload["created_at"] = (item.created_at or utcnow()).isoformat()
    if "reasons" in payload:
        payload["reasons"] = list(payload["reasons"])
    return payload


def _from_payload(kind: type, payload: dict[str, Any]) -> Any:
    return kind(**{**payload, "created_at": dt.datetime.fromisoformat(payload["created_at"])})


class DurableWrites:
    """Records for staff in the clinic database, or in the spool while it is down."""

    def __init__(
        self,
        database: Database,
        targets: Sequence[str],
        spool: Spool,
        group_minutes: float = 0.0,
    ) -> None:
        self.database = database
        self.escalations = EscalationStore(database, targets, group_minutes)
        self.reviews = ReviewStore(database)
        self.spool = spool

    @classmethod
    def from_settings(cls, settings: Settings, database: Database | None = None) -> DurableWrites:
        return cls(
            database or Database.from_settings(settings),
            configured_targets(settings),
            Spool.in_var_dir(settings.var_dir),
            settings.alert_group_minutes,
        )

    def escalation(self, item: EscalationInput) -> tuple[Escalation | None, bool]:
        """The recorded escalation and whether this call created it; (None, False) when
        it was spooled."""
        item = self._stamped(item)
        try:
            return self.escalations.record(item)
        except SQLAlchemyError as error:
            self._spool(ESCALATION, item, error)
            return None, False

    def review(self, item: ReviewInput) -> bool:
        """Queues a review item; False when it was spooled."""
        item = self._stamped(item)
        try:
            self.reviews.record(item)
        except SQLAlchemyError as error:
            self._spool(REVIEW, item, error)
            return False
        return True

    def callback(self, item: CallbackInput) -> bool:
        """Stores a callback request; False when it was spooled. Raises only when neither
        the database nor the spool can keep it."""
        item = self._stamped(item)
        try:
            record_callback(self.database, item)
        except SQLAlchemyError as error:
            self._spool(CALLBACK, item, error)
            return False
        return True

    def replayer(self, interval_seconds: float) -> SpoolReplayer:
        """Writes what the spool holds with the same idempotent writes."""
        writers: dict[str, Callable[[dict[str, Any]], object]] = {
            ESCALATION: lambda p: self.escalations.record(_from_payload(EscalationInput, p)),
            REVIEW: lambda p: self.reviews.record(_from_payload(ReviewInput, p)),
            CALLBACK: lambda p: record_callback(self.database, _from_payload(CallbackInput, p)),
        }
        return SpoolReplayer(self.spool, writers, interval_seconds)

    @staticmethod
    def _stamped(item: Any) -> Any:
        # The time is fixed before the first attempt: a replay writes the same row.
        return item if item.created_at else dataclasses.replace(item, created_at=utcnow())

    def _spool(self, kind: str, item: Any, error: SQLAlchemyError) -> None:
        self.spool.add(kind, _to_payload(item))
        logger.warning(
            "Clinic database unavailable (%s); %s kept in the spool for later.",
            type(error).__name__, kind,
        )  # fmt: skip
