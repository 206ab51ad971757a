"""The safety screen as the last step of the NLU pipeline, so its verdict wins over any FAQ.

Every user message that reaches the pipeline, in every channel, goes through
`bot.safety.screen.Screen` (patterns, conversation context, learned layer, dosing guard,
language check). The component also sees the conversation's tracker (Rasa passes it to a
`process` that asks for it), which gives the screen the patient's last messages and the
safety question asked in the previous turn. What it sets:

- a red flag: intent `red_flag` (confidence 1.0), the entity `red_flag_tier` (and
  `red_flag_crisis` for self-harm), and the findings under `red_flags`. A finding of the
  `soon` tier alone keeps the patient's FAQ answer: intent `faq_with_soon_flag` (the
  answer, then the advice to book, once per conversation);
- partial evidence: intent `safety_check` and the entity `safety_question` (the question
  to ask); the classifiers' intent is kept under `safety_original_intent`;
- the answer "no" to a safety question: the classification of the message it asked
  about, so that question is answered now; "yes" is a red flag of the question's tier;
- a dosing question: intent `dosing_question`; a message that is not in English: intent
  `unsupported_language`; an unanswered safety question: `safety_reminder` (the reply then
  repeats what to do if the symptom is present, `bot.rasa_plugins.nlg`); a passage in
  another language inside a message answered as usual: `partly_unreadable` (the reply
  then gives the emergency number).

The learned layer is trained with the model from `data/safety/` and the NLU examples; a
model saved before it existed loads without it (patterns only).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.core.events import BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.question_focus import restore_full_text
from bot.safety.corpus import CORPUS_FOLDER, NLU_FOLDER
from bot.safety.learned import LearnedLayer, train_learned_layer
from bot.safety.questions import ASK_RESPONSE, QUESTION_SLOT
from bot.safety.screen import (
    CONTEXT_MESSAGES,
    Context,
    Screen,
    ScreenResult,
    Thresholds,
    build_screen,
)
from bot.safety.verdict import (
    FINDINGS_KEY,
    PARTLY_UNREADABLE_KEY,
    RED_FLAG_INTENT,
    REMINDER_KEY,
    SAFETY_CHECK_INTENT,
    SOON_WITH_ANSWER_INTENT,
    TIER_ENTITY,
    Tier,
)

logger = logging.getLogger(__name__)

DOSING_INTENT = "dosing_question"
UNSUPPORTED_LANGUAGE_INTENT = "unsupported_language"
ORIGINAL_INTENT_KEY = "safety_original_intent"
EXTRACTOR = "SafetyScreen"
CRISIS_REASONS = {"self_harm"}
# Earlier messages older than this are a different episode, not context.
CONTEXT_SECONDS = 30 * 60
_CLASSIFICATION = (INTENT, INTENT_RANKING_KEY, "response_selector")


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SafetyScreen(GraphComponent, IntentClassifier):
    """Overrides the intent for red flags, safety questions, dosing and other languages."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "learned_layer": True,
            "corpus": CORPUS_FOLDER,
            "nlu_examples": NLU_FOLDER,
            "escalate_threshold": Thresholds.escalate,
            "ask_threshold": Thresholds.ask,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage | None = None,
        resource: Resource | None = None,
        learned: LearnedLayer | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **(config or {})}
        self._model_storage = model_storage
        self._resource = resource
        self._learned = learned
        self._screen: Screen | None = None

    @property
    def screen(self) -> Screen:
        """The screen, built on first use: a training never screens a message, and
        building the detector's patterns takes seconds (load() builds it at once)."""
        if self._screen is None:
            thresholds = Thresholds(
                escalate=float(self._config["escalate_threshold"]),
                ask=float(self._config["ask_threshold"]),
            )
            self._screen = build_screen(self._learned, thresholds)
        return self._screen

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyScreen:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SafetyScreen:
        learned = None
        try:
            with model_storage.read_from(resource) as directory:
                learned = LearnedLayer.load(directory)
        except ValueError:  # nothing persisted: the layer was switched off
            learned = None
        component = cls(config, model_storage, resource, learned)
        component.screen  # noqa: B018 - built now, so the first message is not slow
        return component

    def train(self, training_data: TrainingData) -> Resource:
        """Fits the learned layer on the red-flag corpus and the NLU examples."""
        assert self._model_storage is not None and self._resource is not None
        if self._config["learned_layer"]:
            learned = train_learned_layer(
                Path(self._config["corpus"]), Path(self._config["nlu_examples"])
            )
            with self._model_storage.write_to(self._resource) as directory:
                learned.save(directory)
            self._learned = learned
            if self._screen is not None:
                self._screen.learned = learned
        return self._resource

    def process(
        self, messages: list[Message], tracker: DialogueStateTracker | None = None
    ) -> list[Message]:
        for message in messages:
            restore_full_text(message)  # screen everything the patient wrote
            text = message.get(TEXT) or ""
            context = _context(tracker)
            result = self.screen.screen(text, context)
            self._apply(message, result, tracker)
        return messages

    def _apply(
        self, message: Message, result: ScreenResult, tracker: DialogueStateTracker | None
    ) -> None:
        if result.answer is False and tracker is not None:
            _replay_asked_message(message, tracker)
            return
        if result.findings:
            self._mark_red_flag(message, result, tracker)
        elif result.question is not None:
            original = message.get(INTENT)
            _set_intent(message, SAFETY_CHECK_INTENT)
            message.set(ORIGINAL_INTENT_KEY, original, add_to_output=True)
            _add_entities(message, [(QUESTION_SLOT, result.question.key)])
        elif result.dosing:
            _set_intent(message, DOSING_INTENT)
        elif result.unsupported_language:
            _set_intent(message, UNSUPPORTED_LANGUAGE_INTENT)
        if result.reminder is not None:
            message.set(REMINDER_KEY, result.reminder.key, add_to_output=True)
        if result.partly_unreadable:
            message.set(PARTLY_UNREADABLE_KEY, True, add_to_output=True)

    def _mark_red_flag(
        self, message: Message, result: ScreenResult, tracker: DialogueStateTracker | None
    ) -> None:
        findings = result.findings
        message.set(FINDINGS_KEY, [f.as_dict() for f in findings], add_to_output=True)
        tier = result.tier
        intent = (message.get(INTENT) or {}).get("name")
        if tier == Tier.SOON.value:
            advised = tracker is not None and tracker.get_slot(TIER_ENTITY) is not None
            if advised:
                return  # advised once already: answer as usual; the finding is recorded
            if intent == "faq":
                _set_intent(message, SOON_WITH_ANSWER_INTENT)
                _add_entities(message, [(TIER_ENTITY, tier)])
                return
        _set_intent(message, RED_FLAG_INTENT)
        values = [(TIER_ENTITY, tier)]
        if any(f.reason in CRISIS_REASONS for f in findings):
            values.append(("red_flag_crisis", "yes"))
        _add_entities(message, values)


def _context(tracker: DialogueStateTracker | None) -> Context:
    """The patient's last messages of this session and the question asked last turn."""
    if tracker is None:
        return Context()
    earlier: list[str] = []
    pending = None
    last_bot_seen = False
    now = tracker.events[-1].timestamp if tracker.events else 0.0
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            break
        if isinstance(event, BotUttered) and not last_bot_seen and not earlier:
            last_bot_seen = True
            if (event.metadata or {}).get("utter_action") == ASK_RESPONSE:
                pending = tracker.get_slot(QUESTION_SLOT)
        if isinstance(event, UserUttered) and len(earlier) < CONTEXT_MESSAGES:
            text = event.text or ""
            if now - event.timestamp > CONTEXT_SECONDS:
                break
            if text and not text.startswith("/"):
                earlier.insert(0, text)
    return Context(
        earlier=tuple(earlier),
        pending_question=pending,
        asking_allowed=tracker.active_loop_name is None,
    )


def _replay_asked_message(message: Message, tracker: DialogueStateTracker) -> None:
    """Gives the "no" the classification of the message the question was about."""
    asked = next((e for e in reversed(tracker.events) if isinstance(e, UserUttered)), None)
    parse = asked.parse_data if asked is not None else {}
    original = parse.get(ORIGINAL_INTENT_KEY) or parse.get(INTENT) or {}
    if not original.get("name") or original.get("name") == SAFETY_CHECK_INTENT:
        original = {"name": "nlu_fallback", "confidence": 1.0}
    message.set(INTENT, original, add_to_output=True)
    ranking = parse.get(INTENT_RANKING_KEY) or [original]
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
    if parse.get("response_selector"):
        message.set("response_selector", parse["response_selector"], add_to_output=True)


def _add_entities(message: Message, values: list[tuple[str, str | None]]) -> None:
    length = len(message.get(TEXT) or "")
    entities = [
        {"entity": name, "value": value, "start": 0, "end": length, "extractor": EXTRACTOR}
        for name, value in values
    ]
    message.set(ENTITIES, list(message.get(ENTITIES) or []) + entities, add_to_output=True)


def _set_intent(message: Message, name: str) -> None:
    intent = {"name": name, "confidence": 1.0}
    ranking = [i for i in message.get(INTENT_RANKING_KEY) or [] if i.get("name") != name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
