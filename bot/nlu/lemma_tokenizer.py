"""A tokenizer on the project's own spaCy pipeline (blank English + lookup lemmas).

Rasa's SpacyTokenizer needs an installed spaCy model, and none ships for spaCy 3.4; this
component uses `bot.language.english()` instead, so CountVectorsFeaturizer can count
lemmas (`use_lemma: true`): "cramps", "cramping" and "cramped" become one feature.
docs/nlu_pipeline.md has the comparison that made it the default.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

from bot.language import english, normalise


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class LemmaTokenizer(Tokenizer):
    """Splits text with the in-repo English pipeline and keeps each token's lemma."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LemmaTokenizer:
        return cls(config)

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        text = message.get(attribute) or ""
        # Contractions are expanded for the lemmas only; offsets stay those of the text.
        doc = english()(text)
        tokens = []
        for token in doc:
            if not token.text.strip():
                continue
            lemma = normalise(token.lemma_) if token.lemma_ else token.lower_
            tokens.append(Token(token.text, token.idx, lemma=lemma))
        return self._apply_token_pattern(tokens)
