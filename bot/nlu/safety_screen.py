"""The safety screen: the last step of the NLU pipeline, so its verdict wins over any FAQ.

Every user message that reaches the pipeline, in every channel, goes through the
red-flag detector. A finding sets the intent `red_flag` (confidence 1.0) and adds the
entity `red_flag_tier` (the strictest tier), plus `red_flag_crisis` when the reply must
give the crisis line; the findings themselves (tier, reason, evidence) go in the parse
data under `red_flags`.
Otherwise, a request for the dose, frequency, maximum or duration of a prescription
medicine sets the intent `dosing_question`, whatever the classifiers picked.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.dosing import DosingGuard, get_dosing_guard
from bot.red_flags import Finding, RedFlagDetector, get_detector, strictest_tier

RED_FLAG_INTENT = "red_flag"
DOSING_INTENT = "dosing_question"
FINDINGS_KEY = "red_flags"
EXTRACTOR = "SafetyScreen"
CRISIS_REASONS = {"self_harm"}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyScreen(GraphComponent, IntentClassifier):
    """Overrides the intent for red-flag messages and dosing questions."""

    def __init__(self, detector: RedFlagDetector, dosing: DosingGuard) -> None:
        self.detector = detector
        self.dosing = dosing

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyScreen:
        return cls(get_detector(), get_dosing_guard())

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            findings = self.detector.detect(text)
            if findings:
                self._mark_red_flag(message, findings, len(text))
            elif self.dosing.is_dosing_request(text):
                self._set_intent(message, DOSING_INTENT)
        return messages

    def _mark_red_flag(self, message: Message, findings: list[Finding], length: int) -> None:
        self._set_intent(message, RED_FLAG_INTENT)
        # One entity for the tier (slot `red_flag_tier`), one more only when the reply must
        # carry the crisis line (slot `red_flag_crisis`); reasons travel in `red_flags`.
        values = [("red_flag_tier", strictest_tier(findings))]
        if any(f.reason in CRISIS_REASONS for f in findings):
            values.append(("red_flag_crisis", "yes"))
        entities = [
            {"entity": name, "value": value, "start": 0, "end": length, "extractor": EXTRACTOR}
            for name, value in values
        ]
        message.set(ENTITIES, list(message.get(ENTITIES) or []) + entities, add_to_output=True)
        message.set(
            FINDINGS_KEY,
            [{"tier": f.tier, "reason": f.reason, "evidence": list(f.evidence)} for f in findings],
            add_to_output=True,
        )

    @staticmethod
    def _set_intent(message: Message, name: str) -> None:
        intent = {"name": name, "confidence": 1.0}
        ranking = [i for i in message.get(INTENT_RANKING_KEY) or [] if i.get("name") != name]
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
