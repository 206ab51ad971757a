"""Long messages: classify the question, not the story around it.

Patients write several sentences of context and ask at the end ("I work at a desk all
day. By the afternoon my neck is tight. I've tried a heat pad. What stretches can I do?").
The FAQ classifiers were trained on single questions, so the story drowns the question.
`QuestionFocus` runs first in the pipeline: for a long message it puts the question
sentence (with the sentence before it when the question alone is too short to mean
anything) in the message's text for the classifiers, and keeps the whole text under
`FULL_TEXT`; `bot.nlu.safety_screen.SafetyScreen` puts the whole text back before it
screens, so red flags anywhere in the message are still seen, and the tracker keeps what
the patient wrote.

May import: rasa, bot.content.readability.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.content.readability import sentences, words

FULL_TEXT = "full_text"
# The readings of a long message the classifier chooses between (`focus_options`).
FOCUS_OPTIONS = "focus_options"
# A message is long when it has at least this many sentences or words.
MIN_SENTENCES = 3
MIN_WORDS = 35
# A question sentence shorter than this ("is that normal?") needs the one before it.
MIN_QUESTION_WORDS = 6
QUESTION_START = re.compile(
    r"^\s*(?:so|and|but|also|ok|okay|basically|anyway|my question is|question:?)?[\s,:]*"
    r"(?:what|whats|what's|how|why|when|which|who|where|can|could|should|shall|would|will|"
    r"is|are|do|does|did|any|anything|tips|advice|help|please|pls)\b",
    re.IGNORECASE,
)


def focus_options(text: str) -> list[str]:
    """The parts of a long message worth classifying, the preferred one first; empty to
    classify all of it.

    The question sentence alone ("What can I do about it?") can carry too little, and the
    sentence before it can drown it: the classifier keeps whichever of the two readings it
    is surer of (`bot.nlu.linear_faq`).
    """
    parts = sentences(text)
    if len(parts) < MIN_SENTENCES and len(words(text)) < MIN_WORDS:
        return []
    asking = [i for i, part in enumerate(parts) if _is_question(part)]
    if not asking or len(asking) == len(parts):
        return []
    last = asking[-1]
    with_before = " ".join(parts[last - 1 : last + 1]) if last > 0 else parts[last]
    if len(words(parts[last])) < MIN_QUESTION_WORDS:
        return [with_before]
    return list(dict.fromkeys([parts[last], with_before]))


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(QUESTION_START.match(sentence))


# "why do I get them, and does magnesium help?": two questions in one sentence.
JOINED_QUESTION = re.compile(
    r",?\s+(?:and|also|plus|or)\s+(?:also\s+)?(?=(?:what|whats|what's|how|why|when|which|is|are|do|"
    r"does|can|could|should|would|will|whether|roughly)\b)",
    re.IGNORECASE,
)
# A question told as a statement: "I want to understand what spasticity is."
STATED_QUESTION = re.compile(
    r"\b(?:i (?:want|would like|'d like|d like) to (?:know|understand|ask)|i wonder|"
    r"i was wondering|wondering (?:if|whether|what|how)|tell me (?:what|how|why|if))\b",
    re.IGNORECASE,
)


def question_sentences(text: str) -> list[str]:
    """The questions `text` asks, in order, two joined by "and" counted as two (for a
    second FAQ answer)."""
    asked = []
    for part in sentences(text):
        if _is_question(part) or STATED_QUESTION.search(part):
            asked += [piece for piece in JOINED_QUESTION.split(part) if piece.strip()]
    return asked


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class QuestionFocus(GraphComponent):
    """First in the pipeline: long messages are classified on their question sentence."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> QuestionFocus:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data  # training examples are single questions already

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            options = focus_options(text)
            if options:
                message.set(FULL_TEXT, text)
                message.set(TEXT, options[0])
                message.set(FOCUS_OPTIONS, options)
        return messages


def restore_full_text(message: Message) -> None:
    """Puts the patient's whole message back in its text (see the module docstring)."""
    full = message.get(FULL_TEXT)
    if full:
        message.set(TEXT, full)
