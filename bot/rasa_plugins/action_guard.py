"""A custom action that fails or hangs never leaves a patient without an answer.

Rasa 3.6 waits up to five minutes for the action server and, when a custom action fails,
logs the error and carries on without the action's messages: on the "not sure" path the
patient would get no reply at all while the action server is down. `install()`, called
in the Rasa server before it starts (`bot.ops.rasa_run`), gives every call to the action
server a time limit (`ACTION_TIMEOUT_SECONDS`) and, when a call fails or runs out of
time, has the Rasa server answer with a stand-in from the domain's own responses:

- `action_not_sure`: `utter_not_sure_no_topics` with the "Talk to staff" button (the
  closest topics need the action server);
- `action_submit_callback`: `utter_callback_failed` (call the clinic instead);
- `validate_callback_form`: the answer is kept as typed, unchecked, so the form goes on;
- `action_escalate_red_flag`: no message (`utter_red_flag` came before it, and the Rasa
  server's recorder records the escalation, `bot.rasa_plugins.event_broker`); the crisis
  variant is reset.

The time limit bounds one conversation's wait only: other conversations never wait for
the action server (Rasa handles each message in its own task, locked per conversation).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rasa.core.actions import action as rasa_actions
from rasa.shared.core.events import Event, SlotSet

logger = logging.getLogger(__name__)

STAFF_BUTTON = {"title": "Talk to staff", "payload": "/human_handoff"}


@dataclass(frozen=True)
class StandIn:
    """What the Rasa server does instead of a custom action that could not run."""

    response: str | None = None
    buttons: Sequence[dict[str, str]] = ()
    events: Sequence[Event] = field(default_factory=tuple)


STAND_INS: dict[str, StandIn] = {
    "action_not_sure": StandIn("utter_not_sure_no_topics", (STAFF_BUTTON,)),
    "action_submit_callback": StandIn("utter_callback_failed"),
    "validate_callback_form": StandIn(),
    "action_escalate_red_flag": StandIn(events=(SlotSet("red_flag_crisis", None),)),
}


async def stand_in_events(
    action_name: str, output_channel: Any, nlg: Any, tracker: Any
) -> list[Event]:
    """The events (a bot message and slots) that replace the failed action's."""
    stand_in = STAND_INS.get(action_name, StandIn())
    events: list[Event] = []
    if stand_in.response:
        message = await nlg.generate(stand_in.response, tracker, output_channel.name())
        if message:
            message["utter_action"] = stand_in.response
            if stand_in.buttons:
                message["buttons"] = [*(message.get("buttons") or []), *stand_in.buttons]
            events.append(rasa_actions.create_bot_utterance(message))
    return events + list(stand_in.events)


def install(timeout_seconds: float) -> None:
    """Puts the time limit and the stand-ins around every call to the action server."""
    remote = rasa_actions.RemoteAction
    if getattr(remote.run, "clinic_guard", False):
        return
    unguarded = remote.run

    async def run(self, output_channel, nlg, tracker, domain) -> list[Event]:
        try:
            return await asyncio.wait_for(
                unguarded(self, output_channel, nlg, tracker, domain), timeout_seconds
            )
        except rasa_actions.ActionExecutionRejection:
            raise  # a form's "not this slot": Rasa's own flow, not a failure
        except Exception as error:  # connection refused, HTTP error, time limit, bad reply
            reason = "timed out" if isinstance(error, asyncio.TimeoutError) else "failed"
            logger.error(
                "Custom action %s %s (%s); the Rasa server answers without it.",
                self.name(), reason, type(error).__name__,
            )  # fmt: skip
            return await stand_in_events(self.name(), output_channel, nlg, tracker)

    run.clinic_guard = True  # type: ignore[attr-defined]
    remote.run = run
