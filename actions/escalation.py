"""Escalating a red-flag message: record it for staff and queue their notification.

The patient's reply (`utter_red_flag`, by tier) comes from the Rasa server just before this
action runs, so it never depends on the action server. This action records the
escalation exactly once per message, with one pending notification per configured staff
target for emergency and urgent tiers; the dispatcher in the action server sends them in
the background, so the reply is never delayed. While the clinic database is down, the
escalation is kept in the local spool and recorded when it is back (`bot.storage.durable`).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import ClinicAction
from bot.safety.verdict import verdict_from_parse_data
from bot.settings import get_settings
from bot.storage.durable import DurableWrites
from bot.storage.escalations import EscalationInput, client_key

logger = logging.getLogger(__name__)


def escalation_from_tracker(tracker: Tracker, channel: str) -> EscalationInput | None:
    """What the safety screen found in the latest message, or None if nothing.

    `bot.safety.verdict` is spaCy-free, so reading it does not load the NLU stack into
    the action server (about 400 MB, docs/performance.md).
    """
    message = tracker.latest_message or {}
    verdict = verdict_from_parse_data(message)
    if verdict.tier is None:
        return None
    message_id = message.get("message_id") or _last_user_timestamp(tracker)
    return EscalationInput(
        conversation_id=tracker.sender_id,
        message_id=str(message_id),
        channel=channel,
        tier=verdict.tier,
        reasons=list(verdict.reasons),
        text=message.get("text") or "",
        client=client_key(message.get("metadata")),
    )


def _last_user_timestamp(tracker: Tracker) -> str:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return f"ts-{event.get('timestamp')}"
    return "unknown"


class ActionEscalateRedFlag(ClinicAction):
    """Records the escalation and queues the staff notification; sets `red_flag_tier`."""

    def name(self) -> str:
        return "action_escalate_red_flag"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        item = escalation_from_tracker(tracker, self.channel_of(tracker))
        if item is None:
            logger.error("action_escalate_red_flag ran without red-flag findings")
            return []
        writes = DurableWrites.from_settings(get_settings())
        escalation, created = await asyncio.to_thread(writes.escalation, item)
        if escalation is None:
            logger.warning("Escalation (tier %s) spooled until the database is back", item.tier)
        elif created:
            logger.warning(
                "Escalation #%s recorded: tier %s, reasons %s, channel %s",
                escalation.id, item.tier, ",".join(item.reasons), item.channel,
            )  # fmt: skip
        # The crisis-line variant of the reply applies to this message only.
        return [SlotSet("red_flag_tier", item.tier), SlotSet("red_flag_crisis", None)]
