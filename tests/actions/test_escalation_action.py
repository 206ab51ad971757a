"""action_escalate_red_flag with real rasa_sdk trackers and a real SQLite database."""

from __future__ import annotations

import asyncio

from actions.escalation import ActionEscalateRedFlag
from bot.settings import get_settings
from bot.storage.escalations import EscalationStore
from tests.cli import run_bot


def red_flag_tracker(tracker_factory, text, tier, reasons, sender="patient-9", message_id="m1"):
    tracker = tracker_factory(text, intent="red_flag", channel="telegram", sender_id=sender)
    tracker.latest_message["message_id"] = message_id
    tracker.latest_message["entities"] = [{"entity": "red_flag_tier", "value": tier}]
    tracker.latest_message["red_flags"] = [{"tier": tier, "reason": r} for r in reasons]
    return tracker


def test_records_the_escalation_once_and_sets_the_tier(
    database, dispatcher, tracker_factory, domain, monkeypatch
):
    monkeypatch.setenv("STAFF_WEBHOOK_URL", "http://127.0.0.1:9/hook")
    get_settings.cache_clear()
    tracker = red_flag_tracker(
        tracker_factory, "i took too many soma pills", "emergency", ["medication_overdose"]
    )
    action = ActionEscalateRedFlag()

    events = asyncio.run(action.run(dispatcher, tracker, domain))
    asyncio.run(action.run(dispatcher, tracker, domain))  # retried delivery of the same message

    assert {e["name"]: e["value"] for e in events} == {
        "red_flag_tier": "emergency",
        "red_flag_crisis": None,
    }
    assert dispatcher.messages == []  # the reply is utter_red_flag, given by the Rasa server
    [escalation] = EscalationStore(database, []).recent()
    assert (escalation.tier, escalation.reason_list, escalation.channel) == (
        "emergency",
        ["medication_overdose"],
        "telegram",
    )
    assert escalation.conversation_id == "patient-9"
    assert escalation.text == "i took too many soma pills"
    assert [n.target for n in escalation.notifications] == ["webhook"]
    assert escalation.notification_status == "pending"


def test_without_configured_targets_the_record_says_so(
    database, dispatcher, tracker_factory, domain
):
    tracker = red_flag_tracker(tracker_factory, "my calf is swollen red and hot", "urgent", ["dvt"])
    asyncio.run(ActionEscalateRedFlag().run(dispatcher, tracker, domain))
    [escalation] = EscalationStore(database, []).recent()
    assert escalation.notification_status == "no targets configured"


def test_a_message_without_findings_records_nothing(database, dispatcher, tracker_factory, domain):
    tracker = tracker_factory("what is a spasm", intent="faq")
    assert asyncio.run(ActionEscalateRedFlag().run(dispatcher, tracker, domain)) == []
    assert EscalationStore(database, []).recent() == []


def test_the_cli_lists_escalations_and_marks_one_handled(
    database, dispatcher, tracker_factory, domain, settings_env
):
    tracker = red_flag_tracker(tracker_factory, "i fainted", "emergency", ["fainting"])
    asyncio.run(ActionEscalateRedFlag().run(dispatcher, tracker, domain))
    [escalation] = EscalationStore(database, []).recent()

    def bot(*args):
        result = run_bot("escalations", *args)
        assert result.returncode == 0, result.stderr
        return result.stdout

    listing = bot()
    assert "emergency" in listing and "fainting" in listing and "open" in listing
    assert "marked handled by Dr Lee" in bot("--handle", str(escalation.id), "--by", "Dr Lee")
    assert "handled" in bot()
    assert bot("--open").strip() == "No escalations."
