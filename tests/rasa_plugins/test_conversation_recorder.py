"""The Rasa-side recorder turns conversation events into review items and escalations."""

from __future__ import annotations

import itertools

import pytest

from bot.rasa_plugins.event_broker import ClinicEventBroker, ConversationRecorder
from bot.settings import Settings
from bot.storage.escalations import EscalationInput, EscalationStore
from bot.storage.review import ReviewStore

_ids = itertools.count()


def user(sender, text, intent, confidence=0.99, answer_key=None, answer_confidence=None, **extra):
    parse = {"intent": {"name": intent, "confidence": confidence}, "entities": []}
    if answer_key:
        parse["response_selector"] = {
            "faq": {
                "response": {"intent_response_key": answer_key, "confidence": answer_confidence}
            }
        }
    parse.update(extra)
    return {
        "event": "user",
        "sender_id": sender,
        "text": text,
        "parse_data": parse,
        "input_channel": "socketio",
        "message_id": f"m{next(_ids)}",
    }


def bot(sender, text):
    return {"event": "bot", "sender_id": sender, "text": text}


def listen(sender):
    return {"event": "action", "sender_id": sender, "name": "action_listen"}


@pytest.fixture
def recorder(database, settings_env):
    return ConversationRecorder(Settings.from_env({"VAR_DIR": str(settings_env)}), database)


def play(recorder, *events):
    for event in events:
        recorder.handle(event)


def test_fallback_and_out_of_scope_are_queued_with_the_reply(recorder, database):
    play(
        recorder,
        user("p1", "my thingy does a wobble", "nlu_fallback", 0.31, "faq/twitching", 0.31),
        bot("p1", "I'm not sure I understood that"),
        listen("p1"),
        user("p1", "book me a taxi", "out_of_scope", 0.97),
        bot("p1", "Sorry, I can only help with questions about muscle spasms"),
        listen("p1"),
    )
    items = sorted(ReviewStore(database).open_items(), key=lambda i: i.id)
    assert [(i.kind, i.text, i.channel) for i in items] == [
        ("fallback", "my thingy does a wobble", "socketio"),
        ("out_of_scope", "book me a taxi", "socketio"),
    ]
    assert items[0].answer == "I'm not sure I understood that"
    assert items[0].confidence == pytest.approx(0.31)


def test_low_confidence_answers_are_queued_but_confident_ones_are_not(recorder, database):
    play(
        recorder,
        user("p2", "ice or heat", "faq", 1.0, "faq/heat_cold", 0.95),
        bot("p2", "In the first day or two..."),
        listen("p2"),
        user("p2", "muscle goes funny", "faq", 1.0, "faq/what_is_spasm", 0.62),
        bot("p2", "A muscle spasm is..."),
        listen("p2"),
    )
    [item] = ReviewStore(database).open_items()
    assert (item.kind, item.intent, item.answer) == (
        "low_confidence",
        "faq/what_is_spasm",
        "A muscle spasm is...",
    )


def test_negative_feedback_queues_the_question_that_was_answered(recorder, database):
    play(
        recorder,
        user("p3", "do magnesium pills help", "faq", 1.0, "faq/supplements", 0.97),
        bot("p3", "There is little good evidence..."),
        listen("p3"),
        user("p3", "/feedback_negative", "feedback_negative", 1.0),
        bot("p3", "Sorry that didn't help."),
        listen("p3"),
    )
    [item] = ReviewStore(database).open_items()
    assert (item.kind, item.text) == ("negative_feedback", "do magnesium pills help")
    assert item.answer == "There is little good evidence..."


def test_red_flags_are_recorded_once_even_if_the_action_also_records_them(recorder, database):
    event = user(
        "p4",
        "i took too many soma",
        "red_flag",
        1.0,
        red_flags=[{"tier": "emergency", "reason": "medication_overdose", "evidence": []}],
    )
    play(recorder, event, listen("p4"))
    EscalationStore(database, []).record(
        EscalationInput(
            "p4", event["message_id"], "socketio", "emergency", ["medication_overdose"], "x"
        )
    )
    [escalation] = EscalationStore(database, []).recent()
    assert escalation.recorded_by == "rasa"
    assert escalation.reason_list == ["medication_overdose"]


def test_the_broker_records_in_the_background(recorder, database):
    broker = ClinicEventBroker(recorder)
    for event in (user("p5", "asdfgh", "nlu_fallback", 0.1), listen("p5")):
        broker.publish(event)
    broker.flush()
    assert [i.text for i in ReviewStore(database).open_items()] == ["asdfgh"]


def test_a_typed_no_after_was_this_helpful_counts_as_negative_feedback(recorder, database):
    play(
        recorder,
        user("p6", "what is spasticity", "faq", 1.0, "faq/spasticity", 0.99),
        bot("p6", "Spasticity is..."),
        {"event": "bot", "sender_id": "p6", "text": "Was this helpful?",
         "metadata": {"utter_action": "utter_ask_helpful"}},
        listen("p6"),
        user("p6", "no", "deny", 0.98),
        listen("p6"),
    )  # fmt: skip
    [item] = ReviewStore(database).open_items()
    assert (item.kind, item.text, item.answer) == (
        "negative_feedback",
        "what is spasticity",
        "Spasticity is...\nWas this helpful?",
    )
