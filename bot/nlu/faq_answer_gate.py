"""Decides whether the FAQ answer the classifier picked is good enough to give.

The `faq` intent often scores near 1.0 while the chosen answer is only a weak guess, so
the FallbackClassifier's threshold on the intent alone lets confident wrong answers
through. This component, placed after the classifier (`bot.nlu.linear_faq`, which writes
Rasa's ResponseSelector output) and the FallbackClassifier,
turns an FAQ prediction whose answer confidence is below `threshold` into `nlu_fallback`
(the "not sure" path), unless an independent second opinion agrees: with
`agreement_threshold` set, an answer whose topic is also the topic of the most similar
training example (bot.nlu.nearest_example) is given from that lower confidence on. Text
that no curated answer can fit (longer than
`max_characters`, or the same few words repeated) takes that path too, whatever the
classifiers said. It also resolves button payloads such as `/faq/stretching`, which Rasa
does not parse for retrieval intents, into that exact answer.

The red-flag screen runs after this component, so a long or odd message that describes
an emergency is still escalated.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.io import dump_obj_as_json_to_file, read_json_file

from bot.nlu.nearest_example import NearestExample

TOPICS_FILE = "faq_topics.json"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FaqAnswerGate(GraphComponent, IntentClassifier):
    """Low answer confidence goes to fallback; `/faq/<topic>` payloads go to that topic."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "retrieval_intent": "faq",
            "threshold": 0.5,
            "agreement_threshold": None,
            "max_characters": 1000,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        topics: set[str] | None = None,
        second_opinion: NearestExample | None = None,
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self.retrieval_intent: str = config["retrieval_intent"]
        self.threshold: float = float(config["threshold"])
        self.max_characters: int = int(config["max_characters"])
        agreement = config.get("agreement_threshold")
        self.agreement_threshold: float | None = None if agreement is None else float(agreement)
        self.second_opinion = second_opinion
        self.topics: set[str] = set(topics or ())
        self._payload = re.compile(rf"^\s*/{re.escape(self.retrieval_intent)}/(\w+)\s*$")

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FaqAnswerGate:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> FaqAnswerGate:
        with model_storage.read_from(resource) as directory:
            topics = read_json_file(directory / TOPICS_FILE)
            second_opinion = NearestExample.load(directory)
        if second_opinion is not None:
            second_opinion.warm_up()  # load the embedding model now, not on a patient's turn
        return cls(config, model_storage, resource, set(topics), second_opinion)

    def train(self, training_data: TrainingData) -> Resource:
        """Remembers which topics exist, so that only real topic payloads are resolved."""
        prefix = f"utter_{self.retrieval_intent}/"
        self.topics = {
            key[len(prefix) :] for key in training_data.responses if key.startswith(prefix)
        }
        if self.agreement_threshold is not None:
            examples = [m for m in training_data.intent_examples if m.get(TEXT)]
            labels = [m.get(INTENT_RESPONSE_KEY) or m.get(INTENT) for m in examples]
            self.second_opinion = NearestExample.build([m.get(TEXT) for m in examples], labels)
        with self._model_storage.write_to(self._resource) as directory:
            dump_obj_as_json_to_file(directory / TOPICS_FILE, sorted(self.topics))
            if self.second_opinion is not None:
                self.second_opinion.save(directory)
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            topic = self._payload_topic(text)
            if topic is not None:
                self._select_topic(message, topic)
            elif self._unanswerable(text) or self._answer_too_weak(message, text):
                self._fall_back(message)
        return messages

    def _payload_topic(self, text: str) -> str | None:
        match = self._payload.match(text)
        if match and match.group(1) in self.topics:
            return match.group(1)
        return None

    def _select_topic(self, message: Message, topic: str) -> None:
        key = f"{self.retrieval_intent}/{topic}"
        intent = {"name": self.retrieval_intent, "confidence": 1.0}
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [intent], add_to_output=True)
        selectors = dict(message.get("response_selector") or {})
        selectors[self.retrieval_intent] = {
            "response": {
                "responses": [],
                "confidence": 1.0,
                "intent_response_key": key,
                "utter_action": f"utter_{key}",
            },
            "ranking": [{"confidence": 1.0, "intent_response_key": key}],
        }
        message.set("response_selector", selectors, add_to_output=True)

    def _unanswerable(self, text: str) -> bool:
        words = text.lower().split()
        repetitive = len(words) >= 10 and len(set(words)) < 0.3 * len(words)
        return len(text) > self.max_characters or repetitive

    def _answer_too_weak(self, message: Message, text: str) -> bool:
        intent = message.get(INTENT) or {}
        if intent.get("name") != self.retrieval_intent:
            return False
        selected = (message.get("response_selector") or {}).get(self.retrieval_intent) or {}
        response = selected.get("response") or {}
        confidence = response.get("confidence")
        if confidence is None:
            return True
        if confidence >= self.threshold:
            return False
        if self.agreement_threshold is None or self.second_opinion is None:
            return True
        if confidence < self.agreement_threshold:
            return True
        return self.second_opinion.label_of(text) != response.get("intent_response_key")

    def _fall_back(self, message: Message) -> None:
        selected = (message.get("response_selector") or {}).get(self.retrieval_intent) or {}
        confidence = (selected.get("response") or {}).get("confidence") or 0.0
        fallback = {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME, "confidence": float(confidence)}
        message.set(INTENT, fallback, add_to_output=True)
        ranking = list(message.get(INTENT_RANKING_KEY) or [])
        message.set(INTENT_RANKING_KEY, [fallback] + ranking, add_to_output=True)
