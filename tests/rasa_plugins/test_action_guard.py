"""When the action server is down or hangs, the Rasa server answers with a stand-in."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator

import pytest
from aiohttp import web
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_plugins import action_guard
from bot.rasa_plugins.nlg import ClinicResponseGenerator
from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


@pytest.fixture
def guarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard with a short time limit, removed again after the test."""
    monkeypatch.setattr(RemoteAction, "run", RemoteAction.run)
    action_guard.install(timeout_seconds=0.5)


@pytest.fixture
def stalled_port() -> Iterator[int]:
    """A port that accepts connections and never answers (a hung action server)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield server.getsockname()[1]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_action(name: str, port: int, domain: Domain) -> list:
    tracker = DialogueStateTracker.from_events("p1", [UserUttered("hmm")], domain.slots)
    action = RemoteAction(name, EndpointConfig(f"http://127.0.0.1:{port}/webhook"))
    nlg = ClinicResponseGenerator(domain=domain)
    return asyncio.run(action.run(CollectingOutputChannel(), nlg, tracker, domain))


def test_not_sure_while_the_action_server_is_down_offers_staff(guarded, domain):
    [message] = run_action("action_not_sure", closed_port(), domain)
    assert isinstance(message, BotUttered)
    assert message.text.startswith("I'm not sure I understood that")
    assert message.data["buttons"] == [action_guard.STAFF_BUTTON]
    assert message.metadata["utter_action"] == "utter_not_sure_no_topics"


def test_a_hung_action_server_is_given_up_on_after_the_time_limit(guarded, domain, stalled_port):
    started = time.monotonic()
    [message] = run_action("action_submit_callback", stalled_port, domain)
    assert time.monotonic() - started < 5
    assert "couldn't save your request" in message.text


def test_form_validation_keeps_the_answer_and_escalation_resets_the_crisis_variant(guarded, domain):
    assert run_action("validate_callback_form", closed_port(), domain) == []
    assert run_action("action_escalate_red_flag", closed_port(), domain) == [
        SlotSet("red_flag_crisis", None)
    ]


def test_a_forms_rejection_is_not_a_failure(guarded, domain):
    async def reject(_request: web.Request) -> web.Response:
        return web.json_response(
            {"action_name": "validate_callback_form", "error": "no"}, status=400
        )

    async def scenario() -> None:
        app = web.Application()
        app.router.add_post("/webhook", reject)
        runner = web.AppRunner(app)
        await runner.setup()
        port = closed_port()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        try:
            tracker = DialogueStateTracker.from_events("p1", [], domain.slots)
            action = RemoteAction(
                "validate_callback_form", EndpointConfig(f"http://127.0.0.1:{port}/webhook")
            )
            nlg = ClinicResponseGenerator(domain=domain)
            with pytest.raises(ActionExecutionRejection):
                await action.run(CollectingOutputChannel(), nlg, tracker, domain)
        finally:
            await runner.cleanup()

    asyncio.run(scenario())


def test_installing_twice_wraps_once(guarded):
    wrapped = RemoteAction.run
    action_guard.install(timeout_seconds=1)
    assert RemoteAction.run is wrapped
