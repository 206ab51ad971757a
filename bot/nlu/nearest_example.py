"""A second opinion for FAQ answers: the label of the most similar training example.

Sentence embeddings (all-MiniLM-L6-v2, `bot.nlu.sentence_embedding`) of every NLU training
example are computed at training time and stored with the model; at run time a message is
labelled with the intent (or `faq/<topic>`) of its nearest example by cosine similarity.
It is independent of the FAQ classifier, so when both agree the answer is far more
likely right than either confidence alone says.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

EMBEDDINGS_FILE = "example_embeddings.npy"
LABELS_FILE = "example_labels.json"


class NearestExample:
    def __init__(self, embeddings: np.ndarray, labels: Sequence[str]) -> None:
        self.embeddings = embeddings.astype(np.float32)
        self.labels = list(labels)

    @classmethod
    def build(cls, texts: Sequence[str], labels: Sequence[str]) -> NearestExample:
        from bot.common.training_cache import cache_file, cached
        from bot.nlu.sentence_embedding import EMBEDDING_DIM, get_embedder

        def embed(batch: list[str]) -> list[np.ndarray]:
            return list(get_embedder().embed(batch))

        vectors = cached(cache_file("minilm_embeddings.pickle"), texts, embed)
        return cls(np.stack(vectors) if vectors else np.zeros((0, EMBEDDING_DIM)), labels)

    def label_of(self, text: str) -> str | None:
        if not self.labels or not text.strip():
            return None
        from bot.nlu.sentence_embedding import get_embedder

        vector = get_embedder().embed([text])[0]
        return self.labels[int(np.argmax(self.embeddings @ vector))]

    def warm_up(self) -> None:
        self.label_of("warm up")

    def save(self, directory: Path) -> None:
        np.save(directory / EMBEDDINGS_FILE, self.embeddings.astype(np.float16))
        (directory / LABELS_FILE).write_text(json.dumps(self.labels))

    @classmethod
    def load(cls, directory: Path) -> NearestExample | None:
        if not (directory / EMBEDDINGS_FILE).exists():
            return None
        labels = json.loads((directory / LABELS_FILE).read_text())
        return cls(np.load(directory / EMBEDDINGS_FILE), labels)
