"""Escalations: recording red-flag messages for staff, exactly once, with their notifications.

Recording is idempotent on (conversation id, message id), so the escalation action and a
later retry (or another replica) can never create the same escalation twice. Emergency and
urgent escalations get one pending notification per configured staff target in the same
transaction (an outbox), which `bot.storage.notifications.NotificationDispatcher` delivers.

Alerts are grouped per client (issue 11): a client's first alert goes at once; its
further escalations of the same or a lower tier within `group_minutes` are held until
that period ends and then go as one alert with a count. Staff see every escalation in
the console at once either way, and the patient's reply never waits for any of this.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from bot.safety.verdict import TIER_RANK
from bot.settings import Settings
from bot.storage.db import Database
from bot.storage.models import Escalation, EscalationClient, EscalationStatus, Notification, utcnow

logger = logging.getLogger(__name__)

NOTIFIED_TIERS = ("emergency", "urgent")
CLIENT_METADATA_KEY = "client"  # set by `bot.channels.intake`
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
    client: str | None = None  # pseudonymous client key (`bot.channels.intake.CLIENT`)


def at_least(tier: str) -> list[str]:
    """The notified tiers as strict as `tier` or stricter (ranks from `bot.safety.verdict`)."""
    return [t for t in NOTIFIED_TIERS if TIER_RANK[t] <= TIER_RANK[tier]]


def client_key(metadata: object) -> str | None:
    """The pseudonymous client key a channel put in a message's metadata, if any."""
    key = metadata.get(CLIENT_METADATA_KEY) if isinstance(metadata, dict) else None
    return key if isinstance(key, str) and 0 < len(key) <= 64 else None


class EscalationStore:
    """Records, lists and closes escalations in the clinic database."""

    def __init__(
        self, database: Database, targets: Sequence[str], group_minutes: float = 0.0
    ) -> None:
        self.database = database
        self.targets = list(targets)
        self.group_minutes = group_minutes

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
        if item.client:
            held_until = self._held_until(item.client, item.tier, escalation.created_at)
            escalation.source = EscalationClient(
                created_at=escalation.created_at,
                conversation_id=item.conversation_id,
                client=item.client,
                held_until=held_until,
            )
            for notification in escalation.notifications:
                notification.next_attempt_at = held_until or escalation.created_at
        # Recorded already (by the other side, or concurrently): that record is the one.
        row, created = self.database.add_once(
            escalation,
            Escalation.conversation_id == item.conversation_id,
            Escalation.message_id == item.message_id,
        )
        if not created:
            return row, False
        stored = self.get(row.id)
        return (stored if stored is not None else row), True

    def _held_until(self, client: str, tier: str, at: dt.datetime) -> dt.datetime | None:
        """When this client's alert goes, if it joins a group; None: at once (it leads).

        It joins when the same client had an alert of at least this tier sent at once in
        the last `group_minutes`: an emergency after an urgent alert is never held.
        """
        if self.group_minutes <= 0 or tier not in NOTIFIED_TIERS:
            return None
        period = dt.timedelta(minutes=self.group_minutes)
        query = (
            select(Escalation.created_at)
            .join(EscalationClient, EscalationClient.escalation_id == Escalation.id)
            .where(
                EscalationClient.client == client,
                EscalationClient.held_until.is_(None),
                Escalation.tier.in_(at_least(tier)),
                Escalation.created_at > at - period,
                Escalation.created_at <= at,
            )
            .order_by(Escalation.created_at.desc())
            .limit(1)
        )
        with self.database.session() as session:
            leader = session.execute(query).scalar_one_or_none()
        return None if leader is None else leader + period

    def get(self, escalation_id: int) -> Escalation | None:
        with self.database.session() as session:
            return session.get(Escalation, escalation_id)

    def recent(self, limit: int = 20, include_handled: bool = True) -> list[Escalation]:
        """Newest first."""
        query = select(Escalation).order_by(Escalation.created_at.desc(), Escalation.id.desc())
        if not include_handled:
            query = query.where(Escalation.status == EscalationStatus.OPEN)
        with self.database.session() as session:
            return list(session.execute(query.limit(limit)).scalars())

    def mark_handled(self, escalation_id: int, handled_by: str) -> Escalation | None:
        with self.database.session() as session:
            escalation = session.get(Escalation, escalation_id)
            if escalation is None:
                return None
            escalation.status = EscalationStatus.HANDLED
            escalation.handled_at = utcnow()
            escalation.handled_by = handled_by
        return self.get(escalation_id)

    @classmethod
    def from_settings(cls, settings: Settings, database: Database | None = None) -> EscalationStore:
        return cls(
            database or Database.from_settings(settings),
            configured_targets(settings),
            settings.alert_group_minutes,
        )
