"""Escalations: recording red-flag messages for staff, exactly once, with their notifications.

Recording is idempotent on (conversation id, message id), so the escalation action and a
later retry (or another replica) can never create the same escalation twice. Emergency and
urgent escalations get one pending notification per configured staff target in the same
transaction (an outbox), which `bot.notifications.NotificationDispatcher` delivers.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from bot.db import Database, Escalation, Notification, utcnow
from bot.settings import Settings

logger = logging.getLogger(__name__)

NOTIFIED_TIERS = ("emergency", "urgent")
MAX_TEXT_LENGTH = 5000


def configured_targets(settings: Settings) -> list[str]:
    """Names of the staff notification targets whose settings are present."""
    targets = []
    if settings.staff_webhook_url:
        targets.append("webhook")
    if settings.smtp_url and settings.staff_email:
        targets.append("email")
    return targets


@dataclass(frozen=True)
class EscalationInput:
    """What the assistant knows about a red-flag message."""

    conversation_id: str
    message_id: str
    channel: str
    tier: str
    reasons: Sequence[str]
    text: str
    recorded_by: str = "action"
    created_at: dt.datetime | None = None  # when it happened, if not now (replay)


class EscalationStore:
    """Records, lists and closes escalations in the clinic database."""

    def __init__(self, database: Database, targets: Sequence[str]) -> None:
        self.database = database
        self.targets = list(targets)

    def record(self, item: EscalationInput) -> tuple[Escalation, bool]:
        """The escalation for this message, and whether this call created it."""
        escalation = Escalation(
            conversation_id=item.conversation_id,
            message_id=item.message_id,
            channel=item.channel,
            tier=item.tier,
            reasons=",".join(item.reasons),
            text=item.text[:MAX_TEXT_LENGTH],
            recorded_by=item.recorded_by,
            created_at=item.created_at or utcnow(),
        )
        if item.tier in NOTIFIED_TIERS:
            escalation.notifications = [Notification(target=t) for t in self.targets]
        # Recorded already (by the other side, or concurrently): that record is the one.
        row, created = self.database.add_once(
            escalation,
            Escalation.conversation_id == item.conversation_id,
            Escalation.message_id == item.message_id,
        )
        return (self.get(row.id), True) if created else (row, False)

    def get(self, escalation_id: int) -> Escalation | None:
        with self.database.session() as session:
            return session.get(Escalation, escalation_id)

    def recent(self, limit: int = 20, include_handled: bool = True) -> list[Escalation]:
        """Newest first."""
        query = select(Escalation).order_by(Escalation.created_at.desc(), Escalation.id.desc())
        if not include_handled:
            query = query.where(Escalation.status == "open")
        with self.database.session() as session:
            return list(session.execute(query.limit(limit)).scalars())

    def mark_handled(self, escalation_id: int, handled_by: str) -> Escalation | None:
        with self.database.session() as session:
            escalation = session.get(Escalation, escalation_id)
            if escalation is None:
                return None
            escalation.status = "handled"
            escalation.handled_at = utcnow()
            escalation.handled_by = handled_by
        return self.get(escalation_id)

    @classmethod
    def from_settings(cls, settings: Settings) -> EscalationStore:
        return cls(Database.from_settings(), configured_targets(settings))
