"""Staff notifications reach a real webhook and a real SMTP server, and survive failures."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import select

from bot.storage.db import Database
from bot.storage.escalations import EscalationInput, EscalationStore
from bot.storage.models import Notification, utcnow
from bot.storage.notifications import (
    EmailTarget,
    NotificationDispatcher,
    WebhookTarget,
    retry_delay,
)
from tests.servers import SmtpRecorder, WebhookRecorder


@pytest.fixture
def webhook():
    server = WebhookRecorder().start()
    yield server
    server.stop()


@pytest.fixture
def smtp():
    server = SmtpRecorder().start()
    yield server
    server.stop()


def escalate(database: Database, targets, tier="emergency", message_id="m1"):
    store = EscalationStore(database, targets)
    item = EscalationInput(
        conversation_id="patient-7",
        message_id=message_id,
        channel="rest",
        tier=tier,
        reasons=["chest_pain"],
        text="my chest hurts and it goes into my left arm",
    )
    return store, store.record(item)


def dispatcher_for(database, webhook, smtp, retry_seconds=0.2):
    targets = {
        "webhook": WebhookTarget(webhook.url),
        "email": EmailTarget(smtp.url, ("duty@clinic.test",), "assistant@clinic.test"),
    }
    return NotificationDispatcher(database, targets, "Test Clinic", retry_seconds=retry_seconds)


def test_emergency_reaches_webhook_and_email_without_the_patients_words(database, webhook, smtp):
    _, (escalation, created) = escalate(database, ["webhook", "email"])
    assert created and escalation.notification_status == "pending"

    sent = asyncio.run(dispatcher_for(database, webhook, smtp).dispatch_due())

    assert sent == 2
    [call] = webhook.calls
    assert "[EMERGENCY]" in call["text"] and "chest pain" in call["text"]
    assert "patient-7" in call["text"]
    assert "left arm" not in call["text"]
    [mail] = smtp.inbox
    assert mail["To"] == "duty@clinic.test"
    assert "[EMERGENCY]" in mail["Subject"]
    store = EscalationStore(database, [])
    assert store.get(escalation.id).notification_status == "sent"


def test_recording_is_idempotent_per_message(database):
    store, (first, created) = escalate(database, ["webhook"])
    again, created_again = store.record(
        EscalationInput("patient-7", "m1", "rest", "emergency", ["chest_pain"], "same message")
    )
    assert created and not created_again and again.id == first.id
    with database.session() as session:
        assert len(session.execute(select(Notification)).all()) == 1


def test_soon_tier_is_recorded_but_not_notified(database):
    _, (escalation, _) = escalate(database, ["webhook"], tier="soon")
    assert escalation.notifications == []
    assert escalation.notification_status == "not required"


def test_a_target_that_is_down_is_retried_with_back_off_until_it_works(database, webhook, smtp):
    _, (escalation, _) = escalate(database, ["webhook"])
    webhook.failing = True
    dispatcher = dispatcher_for(database, webhook, smtp, retry_seconds=0.3)

    assert asyncio.run(dispatcher.dispatch_due()) == 0
    with database.session() as session:
        [row] = session.execute(select(Notification)).scalars()
        assert row.status == "pending" and row.attempts == 1
        assert "503" in row.last_error
    assert EscalationStore(database, []).get(escalation.id).notification_status == "retrying"
    # Not due again before the back-off has passed.
    assert asyncio.run(dispatcher.dispatch_due()) == 0
    with database.session() as session:
        assert session.get(Notification, row.id).attempts == 1

    webhook.failing = False

    async def until_sent():
        for _ in range(50):
            if await dispatcher.dispatch_due():
                return True
            await asyncio.sleep(0.1)
        return False

    assert asyncio.run(until_sent())
    assert len(webhook.calls) == 1


def test_pending_notifications_are_sent_by_a_new_dispatcher_after_a_restart(
    database, webhook, smtp
):
    escalate(database, ["webhook", "email"])
    # The first process died before sending anything; a new one starts.
    assert asyncio.run(dispatcher_for(database, webhook, smtp).dispatch_due()) == 2


def test_two_dispatchers_never_send_the_same_notification_twice(database, webhook, smtp):
    escalate(database, ["webhook"])
    first, second = dispatcher_for(database, webhook, smtp), dispatcher_for(database, webhook, smtp)

    async def both():
        return await asyncio.gather(first.dispatch_due(), second.dispatch_due())

    assert sum(asyncio.run(both())) == 1
    assert len(webhook.calls) == 1


def test_retry_delay_doubles_and_is_capped():
    assert [retry_delay(n, 30) for n in (1, 2, 3)] == [30, 60, 120]
    assert retry_delay(50, 30) == 3600


def from_client(
    store: EscalationStore,
    message_id: str,
    client: str | None,
    minutes_ago: float,
    tier: str = "emergency",
    conversation: str | None = None,
):
    item = EscalationInput(
        conversation_id=conversation or f"patient-{message_id}",
        message_id=message_id,
        channel="rest",
        tier=tier,
        reasons=["chest_pain"] if tier == "emergency" else ["dvt"],
        text="my chest hurts",
        created_at=utcnow() - dt.timedelta(minutes=minutes_ago),
        client=client,
    )
    escalation, created = store.record(item)
    assert created
    return escalation


def test_one_clients_further_alerts_wait_and_go_as_one_alert_with_a_count(database, webhook, smtp):
    store = EscalationStore(database, ["webhook"], group_minutes=5)
    first = from_client(store, "a1", "client-a", minutes_ago=4)
    more = [from_client(store, f"a{i}", "client-a", minutes_ago=4 - i / 10) for i in range(2, 5)]
    other = from_client(store, "b1", "client-b", minutes_ago=3.5)  # another client: its own
    dispatcher = dispatcher_for(database, webhook, smtp)

    assert asyncio.run(dispatcher.dispatch_due()) == 2  # the two first alerts, at once
    assert sorted(c["text"].split("escalation #")[1].split("\n")[0] for c in webhook.calls) == (
        sorted([str(first.id), str(other.id)])
    )
    assert {store.get(e.id).notification_status for e in more} == {"pending"}

    # The held ones are due when the client's five minutes are over.
    with database.session() as session:
        held = session.execute(
            select(Notification).where(Notification.escalation_id.in_([e.id for e in more]))
        ).scalars()
        assert {n.next_attempt_at for n in held} == {first.created_at + dt.timedelta(minutes=5)}
        for notification in session.execute(select(Notification)).scalars():
            notification.next_attempt_at = utcnow()
    assert asyncio.run(dispatcher.dispatch_due()) == 3
    grouped = webhook.calls[-1]["text"]
    assert "3 more escalations from one client" in grouped and "3 emergency" in grouped
    assert all(f"#{e.id}" in grouped for e in more) and "my chest hurts" not in grouped
    assert len(webhook.calls) == 3


def test_an_emergency_after_an_urgent_alert_is_never_held(database):
    store = EscalationStore(database, ["webhook"], group_minutes=5)
    from_client(store, "u1", "client-a", minutes_ago=1, tier="urgent")
    urgent_again = from_client(store, "u2", "client-a", minutes_ago=0.5, tier="urgent")
    emergency = from_client(store, "e1", "client-a", minutes_ago=0.2)
    assert urgent_again.source.held_until is not None
    assert emergency.source.held_until is None  # it leads a group of its own


def test_no_client_or_no_period_means_every_alert_at_once(database):
    unknown = EscalationStore(database, ["webhook"], group_minutes=5)
    assert from_client(unknown, "n1", None, 1).source is None
    assert from_client(unknown, "n2", None, 0.5).source is None
    ungrouped = EscalationStore(database, ["webhook"], group_minutes=0)
    from_client(ungrouped, "z1", "client-z", 1)
    assert from_client(ungrouped, "z2", "client-z", 0.5).source.held_until is None
