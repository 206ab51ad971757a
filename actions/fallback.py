"""The "not sure" path for messages the assistant cannot answer confidently."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import ClinicAction

RETRIEVAL_INTENT = "faq"
MAX_SUGGESTIONS = 3
# Topics below this response-selector confidence are too weak to suggest.
MIN_SUGGESTION_CONFIDENCE = 0.05


def closest_topics(tracker: Tracker, domain: dict[str, Any]) -> list[dict[str, str]]:
    """Buttons for the FAQ topics the response selector ranked highest, best first."""
    selector = (tracker.latest_message.get("response_selector") or {}).get(RETRIEVAL_INTENT)
    ranking = (selector or {}).get("ranking") or []
    responses = domain.get("responses", {})
    buttons = []
    for candidate in ranking:
        key = candidate.get("intent_response_key") or ""
        if candidate.get("confidence", 0.0) < MIN_SUGGESTION_CONFIDENCE:
            continue
        variations = responses.get(f"utter_{key}")
        if not key.startswith(f"{RETRIEVAL_INTENT}/") or not variations:
            continue
        title = (variations[0].get("metadata") or {}).get("title") or key.split("/", 1)[1]
        buttons.append({"title": title, "payload": f"/{key}"})
        if len(buttons) == MAX_SUGGESTIONS:
            break
    return buttons


class ActionNotSure(ClinicAction):
    """Says the assistant is not sure, offers the closest topics and staff contact."""

    def name(self) -> str:
        return "action_not_sure"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        topics = closest_topics(tracker, domain)
        staff = {"title": "Talk to staff", "payload": "/human_handoff"}
        if topics:
            dispatcher.utter_message(response="utter_not_sure", buttons=topics + [staff])
        else:
            dispatcher.utter_message(response="utter_not_sure_no_topics", buttons=[staff])
        return []
