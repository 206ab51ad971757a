"""The SafetyScreen NLU component overrides the classifiers' verdict."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.dosing import get_dosing_guard
from bot.nlu.safety_screen import SafetyScreen
from bot.red_flags import get_detector


@pytest.fixture(scope="module")
def screen() -> SafetyScreen:
    return SafetyScreen(get_detector(), get_dosing_guard())


def classified(text: str, intent: str = "faq", confidence: float = 0.99) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence}, add_to_output=True)
    message.set("intent_ranking", [{"name": intent, "confidence": confidence}])
    message.set("entities", [])
    return message


def entity_values(message: Message, name: str) -> list[str]:
    return [e["value"] for e in message.get("entities") if e["entity"] == name]


def test_a_red_flag_wins_over_a_confident_faq(screen):
    [message] = screen.process([classified("my back spasms and i can't feel my bum or groin")])
    assert message.get("intent") == {"name": "red_flag", "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == "red_flag"
    assert entity_values(message, "red_flag_tier") == ["emergency"]
    assert entity_values(message, "red_flag_crisis") == []
    assert [f["reason"] for f in message.get("red_flags")] == ["cauda_equina"]


def test_self_harm_asks_for_the_crisis_line_reply(screen):
    [message] = screen.process([classified("the spasms never stop and i want to kill myself")])
    assert entity_values(message, "red_flag_crisis") == ["yes"]
    assert entity_values(message, "red_flag_tier") == ["emergency"]


def test_several_tiers_report_the_strictest(screen):
    [message] = screen.process(
        [classified("spasms for 3 weeks now and today my left calf is swollen red and hot")]
    )
    assert entity_values(message, "red_flag_tier") == ["urgent"]
    assert {f["reason"] for f in message.get("red_flags")} == {"dvt", "persistent_spasms"}


def test_a_dosing_question_goes_to_the_prescriber_whatever_was_classified(screen):
    [message] = screen.process([classified("how many mg of soma can i take", "muscle_relaxants")])
    assert message.get("intent")["name"] == "dosing_question"


def test_ordinary_questions_are_left_alone(screen):
    [message] = screen.process([classified("does soma make you drowsy")])
    assert message.get("intent")["name"] == "faq"
    assert message.get("entities") == []
