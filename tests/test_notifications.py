"""Staff notifications reach a real webhook and a real SMTP server, and survive failures."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from bot.db import Database, Notification
from bot.escalations import EscalationInput, EscalationStore
from bot.notifications import EmailTarget, NotificationDispatcher, WebhookTarget, retry_delay
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
