"""Staff notifications for escalations: a JSON webhook and e-mail, delivered from an outbox.

The escalation action only writes pending notifications (see `bot.storage.escalations`); the
dispatcher here sends them in the background, so a slow or failing target never delays
the patient's reply. A failed delivery is retried with exponential back-off and its error
stays visible in the database; pending rows survive restarts and are sent when the
dispatcher starts again. Rows are claimed before sending, so several dispatchers (one per
replica) never send the same notification twice at the same time.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import smtplib
import ssl
from collections import Counter
from collections.abc import Mapping
from email.message import EmailMessage
from typing import Protocol
from urllib.parse import unquote, urlparse

import aiohttp
from sqlalchemy import and_, or_, select, update

from bot.safety.verdict import TIER_RANK
from bot.settings import Settings
from bot.storage.db import Database
from bot.storage.models import Escalation, Notification, NotificationStatus, utcnow

logger = logging.getLogger(__name__)

MAX_RETRY_SECONDS = 3600
CLAIM_SECONDS = 120
SEND_TIMEOUT_SECONDS = 15
REASON_TEXT = {
    "chest_pain": "chest pain",
    "breathing_difficulty": "difficulty breathing",
    "cauda_equina": "possible cauda equina (saddle numbness / bladder or bowel / both legs)",
    "stroke": "possible stroke signs",
    "seizure": "seizure",
    "fainting": "fainting or collapse",
    "spinal_injury": "possible spinal injury",
    "meningitis": "possible meningitis signs",
    "tetanus": "possible tetanus",
    "severe_hypocalcemia": "possible severe low calcium",
    "rhabdomyolysis": "possible rhabdomyolysis",
    "heat_stroke": "possible heat stroke",
    "medication_overdose": "medicine overdose or mixing with alcohol/sedatives",
    "anaphylaxis": "possible severe allergic reaction",
    "self_harm": "suicidal thoughts or self-harm",
    "dvt": "possible blood clot in the leg",
    "spasm_with_fever": "spasms with fever",
    "progressive_leg_weakness": "worsening leg weakness with back pain",
    "hypocalcemia_tingling": "lip tingling with hand/foot cramps",
    "severe_dehydration": "severe dehydration",
    "knee_injury": "knee locked, swollen or not weight-bearing after injury",
    "uncontrolled_pain": "uncontrolled pain",
    "medication_reaction": "reaction after starting a medicine",
    "tetanus_risk_wound": "dirty wound, tetanus status unknown",
    "prolonged_cramp": "cramp lasting over 10 minutes",
}


class Target(Protocol):
    name: str

    async def send(self, subject: str, body: str) -> None: ...


class WebhookTarget:
    """An incoming webhook taking `{"text": ...}` (Slack, Microsoft Teams, Mattermost)."""

    name = "webhook"

    def __init__(self, url: str) -> None:
        self.url = url

    async def send(self, subject: str, body: str) -> None:
        timeout = aiohttp.ClientTimeout(total=SEND_TIMEOUT_SECONDS)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            payload = {"text": f"{subject}\n{body}"}
            async with session.post(self.url, json=payload) as response:
                if response.status >= 300:
                    detail = (await response.text())[:200]
                    raise RuntimeError(f"webhook answered HTTP {response.status}: {detail}")


class EmailTarget:
    """E-mail over SMTP: smtp:// (STARTTLS when offered), smtps:// (TLS)."""

    name = "email"

    def __init__(self, smtp_url: str, recipients: tuple[str, ...], sender: str) -> None:
        self.url = urlparse(smtp_url)
        self.recipients = recipients
        self.sender = sender

    async def send(self, subject: str, body: str) -> None:
        message = EmailMessage()
        message["Subject"] = subject
        message["From"] = self.sender
        message["To"] = ", ".join(self.recipients)
        message.set_content(body)
        await asyncio.to_thread(self._send, message)

    def _send(self, message: EmailMessage) -> None:
        secure = self.url.scheme == "smtps"
        port = self.url.port or (465 if secure else 25)
        host = self.url.hostname or "localhost"
        context = ssl.create_default_context()
        client: smtplib.SMTP
        if secure:
            client = smtplib.SMTP_SSL(host, port, timeout=SEND_TIMEOUT_SECONDS, context=context)
        else:
            client = smtplib.SMTP(host, port, timeout=SEND_TIMEOUT_SECONDS)
        with client:
            if not secure:
                client.ehlo()
                if client.has_extn("starttls"):
                    client.starttls(context=context)
                    client.ehlo()
            if self.url.username:
                client.login(unquote(self.url.username), unquote(self.url.password or ""))
            client.send_message(message)


def targets_from_settings(settings: Settings) -> dict[str, Target]:
    targets: dict[str, Target] = {}
    if settings.staff_webhook_url:
        targets["webhook"] = WebhookTarget(settings.staff_webhook_url)
    else:
        logger.info("Staff webhook not configured (STAFF_WEBHOOK_URL); skipping it.")
    if settings.smtp_url and settings.staff_email:
        targets["email"] = EmailTarget(settings.smtp_url, settings.staff_email, settings.smtp_from)
    else:
        logger.info("Staff e-mail not configured (SMTP_URL, STAFF_EMAIL); skipping it.")
    return targets


def describe(escalation: Escalation, clinic_name: str) -> tuple[str, str]:
    """Subject and body of a staff notification; the patient's words are not included."""
    reasons = ", ".join(REASON_TEXT.get(r, r) for r in escalation.reason_list)
    subject = f"[{escalation.tier.upper()}] {clinic_name} assistant: escalation #{escalation.id}"
    body = (
        f"Reasons: {reasons}\n"
        f"When: {escalation.created_at:%Y-%m-%d %H:%M} UTC\n"
        f"Channel: {escalation.channel}, conversation {escalation.conversation_id}\n"
        "The patient was told to "
        + ("call the emergency number now." if escalation.tier == "emergency" else "be seen today.")
        + "\nFollow up with `bot escalations` or the staff console, then mark it handled."
    )
    return subject, body


def describe_group(escalations: list[Escalation], clinic_name: str) -> tuple[str, str]:
    """One alert for a client's escalations held after its first alert (see `escalations`)."""
    first = min(escalations, key=lambda e: e.created_at)
    tiers = Counter(e.tier for e in escalations)
    reasons = Counter(r for e in escalations for r in e.reason_list)
    strictest = min(tiers, key=TIER_RANK.__getitem__)
    count = len(escalations)
    conversations = len({e.conversation_id for e in escalations})
    subject = (
        f"[{strictest.upper()}] {clinic_name} assistant: {count} more escalation"
        f"{'s' if count != 1 else ''} from one client"
    )
    body = (
        f"{count} escalation{'s' if count != 1 else ''} ("
        + ", ".join(f"{n} {tier}" for tier, n in sorted(tiers.items()))
        + f") in {conversations} conversation{'s' if conversations != 1 else ''} "
        f"from the client of an alert sent earlier, since {first.created_at:%Y-%m-%d %H:%M} UTC.\n"
        "Reasons: "
        + ", ".join(f"{REASON_TEXT.get(r, r)} ({n})" for r, n in reasons.most_common())
        + "\nEscalations: "
        + ", ".join(f"#{e.id}" for e in sorted(escalations, key=lambda e: e.id))
        + "\nEvery patient was given the emergency or urgent advice at once. Many messages "
        "from one client in a short time can also be a test or misuse of the chat.\n"
        "Follow up with `bot escalations` or the staff console, then mark them handled."
    )
    return subject, body


def retry_delay(attempts: int, base_seconds: float) -> float:
    """Seconds before the next attempt after `attempts` failures (doubling, capped)."""
    return min(MAX_RETRY_SECONDS, base_seconds * 2 ** max(0, attempts - 1))


class NotificationDispatcher:
    """Sends due notifications from the outbox, forever, with back-off on failure."""

    def __init__(
        self,
        database: Database,
        targets: Mapping[str, Target],
        clinic_name: str,
        retry_seconds: float = 30.0,
        poll_seconds: float = 1.0,
    ) -> None:
        self.database = database
        self.targets = dict(targets)
        self.clinic_name = clinic_name
        self.retry_seconds = retry_seconds
        self.poll_seconds = poll_seconds
        self._task: asyncio.Task | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> NotificationDispatcher:
        return cls(
            Database.from_settings(settings),
            targets_from_settings(settings),
            settings.clinic_name,
            settings.notify_retry_seconds,
        )

    def start(self) -> None:
        """Runs in the background of the current event loop until `stop`."""
        if self.targets and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self.run_forever())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def run_forever(self) -> None:
        while True:
            try:
                await self.dispatch_due()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database may be down for a while; keep trying
                logger.exception("Sending staff notifications failed; will retry.")
            await asyncio.sleep(self.poll_seconds)

    async def dispatch_due(self) -> int:
        """Sends every notification that is due now; returns how many were sent."""
        sent = 0
        claimed = await asyncio.to_thread(self._claim_due)
        for batch in await asyncio.to_thread(self._batches, claimed):
            sent += await self._deliver(batch)
        return sent

    def _batches(self, notification_ids: list[int]) -> list[list[int]]:
        """One batch per notification, except held ones: one per target and client."""
        batches: list[list[int]] = []
        groups: dict[tuple[str, str], list[int]] = {}
        with self.database.session() as session:
            for notification_id in notification_ids:
                notification = session.get(Notification, notification_id)
                source = notification.escalation.source
                if source is None or source.held_until is None:
                    batches.append([notification_id])
                else:
                    groups.setdefault((notification.target, source.client), []).append(
                        notification_id
                    )
        return batches + list(groups.values())

    def _claim_due(self) -> list[int]:
        now = utcnow()
        with self.database.session() as session:
            due = session.execute(
                select(Notification.id).where(
                    Notification.status == NotificationStatus.PENDING,
                    Notification.target.in_(list(self.targets)),
                    Notification.next_attempt_at <= now,
                    or_(Notification.claimed_until.is_(None), Notification.claimed_until < now),
                )
            ).scalars()
            claimed = []
            for notification_id in list(due):
                result = session.execute(
                    update(Notification)
                    .where(
                        and_(
                            Notification.id == notification_id,
                            or_(
                                Notification.claimed_until.is_(None),
                                Notification.claimed_until < now,
                            ),
                        )
                    )
                    .values(claimed_until=now + dt.timedelta(seconds=CLAIM_SECONDS))
                )
                if result.rowcount == 1:
                    claimed.append(notification_id)
            return claimed

    async def _deliver(self, batch: list[int]) -> int:
        """Sends one alert for the notifications in `batch` (one target); how many sent."""
        with self.database.session() as session:
            notifications = [session.get(Notification, i) for i in batch]
            escalations = [n.escalation for n in notifications]
            target = self.targets[notifications[0].target]
            held = escalations[0].source is not None and escalations[0].source.held_until
            if held:
                subject, body = describe_group(escalations, self.clinic_name)
            else:
                subject, body = describe(escalations[0], self.clinic_name)
        try:
            await target.send(subject, body)
        except Exception as error:  # any failure is retried; keep the reason for staff
            for notification_id in batch:
                await asyncio.to_thread(
                    self._failed, notification_id, f"{type(error).__name__}: {error}"
                )
            return 0
        for notification_id in batch:
            await asyncio.to_thread(self._sent, notification_id)
        return len(batch)

    def _sent(self, notification_id: int) -> None:
        with self.database.session() as session:
            notification = session.get(Notification, notification_id)
            notification.status = NotificationStatus.SENT
            notification.sent_at = utcnow()
            notification.attempts += 1
            notification.claimed_until = None
            notification.last_error = ""
        logger.info(
            "Notified staff (%s) of escalation %s", notification.target, notification.escalation_id
        )

    def _failed(self, notification_id: int, error: str) -> None:
        with self.database.session() as session:
            notification = session.get(Notification, notification_id)
            notification.attempts += 1
            delay = retry_delay(notification.attempts, self.retry_seconds)
            notification.next_attempt_at = utcnow() + dt.timedelta(seconds=delay)
            notification.claimed_until = None
            notification.last_error = error[:1000]
        logger.warning(
            "Staff notification %s (%s) failed, attempt %s; retrying in %.0f s: %s",
            notification_id, notification.target, notification.attempts, delay, error,
        )  # fmt: skip
