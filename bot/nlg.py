"""Fills the clinic's settings into response templates on the Rasa server."""

from __future__ import annotations

from typing import Any

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.settings import get_settings

REMINDER_KEY = "safety_reminder"  # set by bot.nlu.safety_screen
REMINDER_RESPONSE = "utter_safety_reminder"
NO_REMINDER_AFTER = {REMINDER_RESPONSE, "utter_red_flag", "utter_ask_safety"}


def reminder_due(tracker: DialogueStateTracker) -> bool:
    """The patient left a safety question unanswered and this is the turn's first reply."""
    message = tracker.latest_message
    if message is None or not (message.parse_data or {}).get(REMINDER_KEY):
        return False
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return True
        if isinstance(event, BotUttered):
            return False
    return False


class ClinicResponseGenerator(TemplatedNaturalLanguageGenerator):
    """The domain's responses, with `{clinic_name}`, `{emergency_number}`... from settings.

    Configured in endpoints.yml as `nlg: type: bot.nlg.ClinicResponseGenerator`, so the
    emergency number and clinic details can change without retraining. When the patient
    answered a safety question with something else, the turn's first reply also repeats
    what to do if the symptom is present.
    """

    def __init__(
        self, endpoint_config: EndpointConfig | None = None, domain: Domain | None = None
    ) -> None:
        super().__init__((domain or Domain.empty()).responses)
        self.clinic_variables: dict[str, Any] = get_settings().response_variables

    async def generate(
        self,
        utter_action: str,
        tracker: DialogueStateTracker,
        output_channel: str,
        **kwargs: Any,
    ) -> dict[str, Any] | None:
        variables = {**self.clinic_variables, **kwargs}
        response = await super().generate(utter_action, tracker, output_channel, **variables)
        if response is None or utter_action in NO_REMINDER_AFTER or not reminder_due(tracker):
            return response
        reminder = await super().generate(REMINDER_RESPONSE, tracker, output_channel, **variables)
        if reminder and reminder.get("text"):
            text = "\n\n".join(t for t in (response.get("text"), reminder["text"]) if t)
            response = {**response, "text": text}
        return response
