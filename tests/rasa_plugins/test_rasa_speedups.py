"""bot.rasa_plugins.speedups: Rasa's check of the action server's replies, built once, same
verdicts."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

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
