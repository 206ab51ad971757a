"""bot.rasa_plugins.speedups: Rasa's check of the action server's replies, built once, same
verdicts; every model parses a few messages before its first patient."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor

from bot.rasa_plugins import speedups as rasa_speedups

REPLIES = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "x", "value": 1}], "responses": [{"text": "hi"}]},
    {"events": [{"event": "not_an_event"}], "responses": []},
    {"events": "not a list", "responses": []},
    {"events": [], "responses": ["not an object"]},
    {},
]


def rasa_verdict(reply):
    try:
        return RemoteAction("action_test", None)._validate_action_result(reply), None
    except jsonschema.ValidationError as error:
        return False, error.message


@pytest.mark.parametrize("reply", REPLIES)
def test_same_verdict_and_message_as_rasa(reply, monkeypatch):
    original = RemoteAction._validate_action_result
    monkeypatch.setattr(MessageProcessor, "__init__", MessageProcessor.__init__)
    expected = rasa_verdict(reply)
    rasa_speedups.install()
    try:
        assert rasa_verdict(reply) == expected
    finally:
        monkeypatch.setattr(RemoteAction, "_validate_action_result", original)


def test_the_schema_is_checked_once(monkeypatch):
    calls = []
    validator_class = type(rasa_speedups.action_result_validator())
    monkeypatch.setattr(validator_class, "check_schema", classmethod(lambda c, s: calls.append(s)))
    for reply in REPLIES[:2]:
        rasa_speedups.validate_action_result(RemoteAction("action_test", None), reply)
    assert calls == []


class Graph:
    """Stands in for a loaded model's NLU graph: records what it was asked to parse."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.texts: list[str] = []

    def parse(self, message, tracker):
        if self.fail:
            raise RuntimeError("broken component")
        self.texts.append(message.text)
        return {}


def _processor_class(graph: Graph):
    class Processor:
        def __init__(self) -> None:
            self.ready = True

        def _parse_message_with_graph(self, message, tracker):
            return graph.parse(message, tracker)

    return Processor


def test_a_new_processor_parses_the_warm_up_messages_once_built(monkeypatch):
    graph = Graph()
    processor_class = _processor_class(graph)
    monkeypatch.setattr(
        processor_class, "__init__", rasa_speedups._warmed_init(processor_class.__init__)
    )
    processor = processor_class()
    assert processor.ready
    assert graph.texts == list(rasa_speedups.WARM_UP_MESSAGES)


def test_a_failing_warm_up_is_logged_and_the_model_still_serves(caplog):
    processor_class = _processor_class(Graph(fail=True))
    processor_class.__init__ = rasa_speedups._warmed_init(processor_class.__init__)
    processor = processor_class()
    assert processor.ready
    assert "warm-up parse failed" in caplog.text


def test_install_wraps_rasa_processor_once(monkeypatch):
    monkeypatch.setattr(MessageProcessor, "__init__", MessageProcessor.__init__)
    monkeypatch.setattr(
        RemoteAction, "_validate_action_result", RemoteAction._validate_action_result
    )
    rasa_speedups.install()
    wrapped = MessageProcessor.__init__
    rasa_speedups.install()
    assert MessageProcessor.__init__ is wrapped and wrapped.warms_up
