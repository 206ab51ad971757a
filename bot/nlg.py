"""Fills the clinic's settings into response templates on the Rasa server."""

from __future__ import annotations

from typing import Any

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.settings import get_settings


class ClinicResponseGenerator(TemplatedNaturalLanguageGenerator):
    """The domain's responses, with `{clinic_name}`, `{emergency_number}`... from settings.

    Configured in endpoints.yml as `nlg: type: bot.nlg.ClinicResponseGenerator`, so the
    emergency number and clinic details can change without retraining.
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
        return await super().generate(utter_action, tracker, output_channel, **variables)
