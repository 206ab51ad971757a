"""The FAQ answer gate: weak answers and unanswerable text go to the not-sure path."""

from __future__ import annotations

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.faq_answer_gate import FaqAnswerGate


@pytest.fixture
def gate(tmp_path) -> FaqAnswerGate:
    storage = LocalModelStorage(tmp_path)
    config = {**FaqAnswerGate.get_default_config(), "threshold": 0.5}
    component = FaqAnswerGate(config, storage, Resource("gate"))
    responses = {"utter_faq/stretching": [{"text": "..."}], "utter_faq/causes": [{"text": "."}]}
    component.train(TrainingData(responses=responses))
    return component


def parsed(text: str, intent: str = "faq", answer: str | None = "faq/causes", conf=0.9):
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.99}, add_to_output=True)
    message.set("intent_ranking", [{"name": intent, "confidence": 0.99}], add_to_output=True)
    if answer:
        message.set(
            "response_selector",
            {"faq": {"response": {"intent_response_key": answer, "confidence": conf}}},
            add_to_output=True,
        )
    return message


def test_a_confident_answer_passes(gate):
    [message] = gate.process([parsed("what causes spasms", conf=0.8)])
    assert message.get("intent")["name"] == "faq"


def test_a_weak_answer_goes_to_fallback_even_if_the_intent_is_sure(gate):
    [message] = gate.process([parsed("what causes spasms", conf=0.3)])
    assert message.get("intent") == {"name": "nlu_fallback", "confidence": 0.3}
    assert message.get("intent_ranking")[0]["name"] == "nlu_fallback"


@pytest.mark.parametrize("text", ["x" * 1001, "spasm " * 30, "please help " * 20])
def test_text_no_curated_answer_can_fit_goes_to_fallback(gate, text):
    [message] = gate.process([parsed(text, intent="greet", answer=None)])
    assert message.get("intent")["name"] == "nlu_fallback"


def test_a_topic_button_payload_selects_that_topic(gate):
    [message] = gate.process([parsed("/faq/stretching", intent="out_of_scope", answer=None)])
    assert message.get("intent") == {"name": "faq", "confidence": 1.0}
    selected = message.get("response_selector")["faq"]["response"]
    assert selected["utter_action"] == "utter_faq/stretching"


def test_an_unknown_topic_payload_is_left_to_the_classifiers(gate):
    [message] = gate.process([parsed("/faq/made_up", intent="out_of_scope", answer=None)])
    assert message.get("intent")["name"] == "out_of_scope"


def test_known_topics_survive_saving_and_loading(gate, tmp_path):
    loaded = FaqAnswerGate.load(
        FaqAnswerGate.get_default_config(), LocalModelStorage(tmp_path), Resource("gate"), None
    )
    assert loaded.topics == {"stretching", "causes"}


def test_a_weaker_answer_is_given_when_the_nearest_example_agrees(tmp_path):
    from bot.nlu.nearest_example import NearestExample

    second_opinion = NearestExample.build(
        ["should i put ice or heat on a spasm", "what stretches help a cramp"],
        ["faq/heat_cold", "faq/stretching"],
    )
    config = {**FaqAnswerGate.get_default_config(), "agreement_threshold": 0.3}
    gate = FaqAnswerGate(
        config, LocalModelStorage(tmp_path), Resource("g"), {"heat_cold"}, second_opinion
    )
    question = "is a warm or a cold pack better for my sore back muscle"
    agreed = gate.process([parsed(question, answer="faq/heat_cold", conf=0.35)])[0]
    disagreed = gate.process([parsed(question, answer="faq/stretching", conf=0.35)])[0]
    too_weak = gate.process([parsed(question, answer="faq/heat_cold", conf=0.2)])[0]
    assert agreed.get("intent")["name"] == "faq"
    assert disagreed.get("intent")["name"] == "nlu_fallback"
    assert too_weak.get("intent")["name"] == "nlu_fallback"


def test_the_second_opinion_is_saved_with_the_model(tmp_path):
    from bot.nlu.nearest_example import NearestExample

    second_opinion = NearestExample.build(
        ["hello there", "ice or heat"], ["greet", "faq/heat_cold"]
    )
    second_opinion.save(tmp_path)
    loaded = NearestExample.load(tmp_path)
    assert loaded.labels == ["greet", "faq/heat_cold"]
    assert loaded.label_of("should I use ice") == "faq/heat_cold"
