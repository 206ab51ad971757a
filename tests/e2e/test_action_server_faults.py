"""The action server down or hung: patients still get answers, escalations are recorded once.

The Rasa server reaches the action server through a `TcpLink`, so a test can take the
action server away (connection refused) without the launcher stopping the rest, and can
also freeze the real action server process (SIGSTOP: a server that accepts requests and
never answers, longer than `ACTION_TIMEOUT_SECONDS`).
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.storage.db import Database
from bot.storage.escalations import EscalationStore
from bot.storage.models import Escalation
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.faults import TcpLink, child_pid
from tests.e2e.harness import RunningAssistant, buttons, free_port, start_assistant, texts
from tests.servers import WebhookRecorder

EMERGENCY = f"Call {TEST_SETTINGS['EMERGENCY_NUMBER']} now"
ACTION_TIMEOUT = 4.0
NOT_SURE_TEXT = "I'm not sure I understood that"
NOT_SURE_MESSAGE = "how do i stretch " * 80  # no FAQ answer fits (see test_rest_conversation)


@pytest.fixture(scope="module")
def link_and_assistant(
    model: Path, tmp_path_factory, own_staff_webhook: WebhookRecorder
) -> Iterator[tuple[TcpLink, RunningAssistant]]:
    action_port = free_port()
    link = TcpLink(action_port).start()
    settings = {
        **TEST_SETTINGS,
        "ACTION_PORT": str(action_port),
        "ACTION_SERVER_URL": link.url,
        "ACTION_TIMEOUT_SECONDS": str(ACTION_TIMEOUT),
        "STAFF_WEBHOOK_URL": own_staff_webhook.url,
        "NOTIFY_RETRY_SECONDS": "0.5",
    }
    running = start_assistant(tmp_path_factory.mktemp("action-faults"), model, settings)
    yield link, running
    running.stop()
    link.stop()


def new_sender() -> str:
    return f"patient-{uuid.uuid4().hex[:8]}"


def escalations_of(assistant: RunningAssistant, sender: str, settle: float = 2.0):
    """Every escalation of a conversation, once none has appeared for `settle` seconds."""
    store = EscalationStore(Database(assistant.database_url), [])
    deadline = time.monotonic() + 20
    found: list[Escalation] = []
    last_change = time.monotonic()
    while time.monotonic() < deadline:
        now = [e for e in store.recent(limit=500) if e.conversation_id == sender]
        if len(now) != len(found):
            found, last_change = now, time.monotonic()
        if found and time.monotonic() - last_change >= settle:
            break
        time.sleep(0.2)
    return found


def timed_say(assistant: RunningAssistant, sender: str, text: str) -> tuple[float, str, list]:
    started = time.monotonic()
    reply = assistant.say(sender, text)
    return time.monotonic() - started, texts(reply), reply


def notifications_for(webhook: WebhookRecorder, escalation: Escalation) -> list[dict]:
    return [c for c in webhook.calls if f"escalation #{escalation.id}\n" in c["text"]]


def test_with_the_action_server_down_every_message_is_still_answered(
    link_and_assistant, own_staff_webhook
):
    link, assistant = link_and_assistant
    link.cut()
    try:
        faq = texts(assistant.say(new_sender(), "What causes muscle spasms?"))
        assert "Was this helpful?" in faq and NOT_SURE_TEXT not in faq

        sender = new_sender()
        seconds, reply, _ = timed_say(assistant, sender, "I think I'm having a seizure")
        assert EMERGENCY in reply
        assert seconds < ACTION_TIMEOUT  # refused at once: no waiting for the time limit
        [escalation] = escalations_of(assistant, sender)
        assert (escalation.tier, escalation.recorded_by) == ("emergency", "rasa")

        # The "not sure" path: a Rasa-side answer instead of silence.
        not_sure = assistant.say(new_sender(), NOT_SURE_MESSAGE)
        assert NOT_SURE_TEXT in texts(not_sure)
        assert "/human_handoff" in [b["payload"] for b in buttons(not_sure)]

        # The callback form goes on unchecked, then says to call instead of silence.
        sender = new_sender()
        assistant.say(sender, "hello")
        assert "What name" in texts(assistant.say(sender, "can someone call me back"))
        assert "phone number or email" in texts(assistant.say(sender, "Sam Lee"))
        assert "good time" in texts(assistant.say(sender, "sam@example.org"))
        done = texts(assistant.say(sender, "weekday mornings"))
        assert "couldn't save your request" in done and TEST_SETTINGS["CLINIC_PHONE"] in done
    finally:
        link.restore()

    # Staff were notified of the escalation recorded meanwhile, once; and after the link is
    # back, escalations go through the action server again, still recorded once.
    own_staff_webhook.wait_for(lambda c: f"escalation #{escalation.id}\n" in c["text"])
    sender = new_sender()
    assert EMERGENCY in texts(assistant.say(sender, "I think I'm having a seizure"))
    [again] = escalations_of(assistant, sender)
    own_staff_webhook.wait_for(lambda c: f"escalation #{again.id}\n" in c["text"])
    time.sleep(2)
    assert len(notifications_for(own_staff_webhook, escalation)) == 1
    assert len(notifications_for(own_staff_webhook, again)) == 1


def test_a_hung_action_server_holds_up_no_other_conversation(link_and_assistant, own_staff_webhook):
    _, assistant = link_and_assistant
    action_server = child_pid(assistant, "action-server")
    os.kill(action_server, signal.SIGSTOP)
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            stuck = pool.submit(timed_say, assistant, new_sender(), NOT_SURE_MESSAGE)
            red_flag_sender = new_sender()
            red_flag = pool.submit(
                timed_say, assistant, red_flag_sender, "my back spasms and I wet myself"
            )
            time.sleep(0.5)  # both are now waiting for the action server
            others = [
                timed_say(assistant, new_sender(), text)
                for text in ("hello", "What causes muscle spasms?", "can you book me a taxi")
            ]
            assert not stuck.done()
            stuck_seconds, stuck_reply, stuck_messages = stuck.result(timeout=60)
            red_flag_seconds, red_flag_reply, _ = red_flag.result(timeout=60)
    finally:
        os.kill(action_server, signal.SIGCONT)

    for seconds, reply, _ in others:
        assert reply and seconds < ACTION_TIMEOUT / 2, (seconds, reply)
    assert ACTION_TIMEOUT <= stuck_seconds < ACTION_TIMEOUT + 5
    assert NOT_SURE_TEXT in stuck_reply
    assert "/human_handoff" in [b["payload"] for b in buttons(stuck_messages)]
    assert EMERGENCY in red_flag_reply and red_flag_seconds < ACTION_TIMEOUT + 5

    # Resumed, the action server runs the escalation it was sent: still one record, and
    # the staff notification goes out once.
    [escalation] = escalations_of(assistant, red_flag_sender, settle=3.0)
    own_staff_webhook.wait_for(lambda c: f"escalation #{escalation.id}\n" in c["text"])
    time.sleep(2)
    assert len(notifications_for(own_staff_webhook, escalation)) == 1
    assert len(escalations_of(assistant, red_flag_sender)) == 1
