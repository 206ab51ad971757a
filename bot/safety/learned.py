"""The learned second layer: a linear model that catches red flags the patterns miss.

Word and character n-grams (TF-IDF) feed a logistic regression over the reason codes
plus `none`, trained on the labelled red-flag corpus in `data/safety/` and on the FAQ
and conversation examples as look-alikes. Character n-grams carry it over typos and
unusual spellings; whole-message and per-sentence scores are both taken, so a symptom
buried in the middle of a long story is still seen. It is fast (well under a millisecond
per message) and its evidence is explainable: the n-grams that pushed a message towards
its reason. It never lowers what the patterns found; the screen decides what a score
means (`bot.safety.screen`). MiniLM sentence embeddings were compared and not chosen
(docs/red_flags.md).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from bot.common.training_cache import cache_file, fitted_once
from bot.safety.corpus import (
    CORPUS_FOLDER,
    NLU_DATA,
    NLU_FOLDER,
    SAFETY_DATA,
    load_cases,
    reason_tiers,
    training_set,
)
from bot.safety.verdict import TIER_RANK

NONE = "none"
MODEL_FILE = "learned_layer.joblib"
READING_CACHE = "present_text.pickle"
LEARNED_CACHE = "learned_layer_prefit.pkl"  # the fitted layer of the latest training
_SENTENCE = re.compile(r"(?<=[.!?\n])\s+|\s*\n\s*")
MIN_SEGMENT_WORDS = 3


@dataclass(frozen=True)
class LearnedScore:
    """The model's view of one message."""

    p_red_flag: float  # 1 - P(none) of the most worrying segment
    reason: str  # the most likely reason code in that segment (never `none`)
    tier: str  # the tier of `reason`
    segment: str  # the text the score came from
    evidence: tuple[str, ...]  # the n-grams that pushed most towards `reason`
    sentences: int = 1  # how many sentences long enough to judge the message has
    p_message: float = 0.0  # 1 - P(none) of the whole message

    @property
    def grounded(self) -> bool:
        """Whether the evidence has a word that means something. In a short message
        whose only known word is "and" or "would", that word carries the whole weight
        ("solve 3x + 7 = 22" read as a pregnancy emergency at 0.95, FAQ blind v19). In
        a story the evidence is spread thin and this says little (a suicidal story in
        blind v11 showed only "would be")."""
        return any(word not in FUNCTION_WORDS for ngram in self.evidence for word in ngram.split())


# Words that say nothing about a symptom ("not", "no", "up" and "down" are not among them).
FUNCTION_WORDS = frozenset(
    """a an the and or but if so as than then that this these those there here i me my
    mine myself you your yours he him his she her hers it its we us our they them their
    is am are was were be been being have has had having do does did doing will would
    shall should can could may might must to of in on at by for from with about into onto
    also just very much many more most some any all what which who whom whose when where
    why how""".split()  # noqa: SIM905
)


def segments(text: str) -> list[str]:
    """The whole message, then each sentence long enough to judge on its own."""
    parts = [p.strip() for p in _SENTENCE.split(text) if p and p.strip()]
    sentences = [p for p in parts if len(p.split()) >= MIN_SEGMENT_WORDS]
    return [text] + (sentences if len(sentences) > 1 else [])


class LearnedLayer:
    """A fitted model; build with `fit` or `load`.

    Two linear models on the same features: a logistic regression for "is this a red
    flag at all" (its probability is what the screen's thresholds apply to), and a linear
    SVM over the reason codes, trained on the red flags only, for "which one". Both train
    in seconds, where one multinomial model over every reason took half a minute.
    """

    def __init__(
        self,
        words: TfidfVectorizer,
        chars: TfidfVectorizer,
        flag_model: LogisticRegression,
        reason_model: LinearSVC,
        tiers: Mapping[str, str],
    ) -> None:
        self.words = words
        self.chars = chars
        self.flag_model = flag_model
        self.reason_model = reason_model
        self.tiers = dict(tiers)
        self.reasons: list[str] = [str(c) for c in reason_model.classes_]
        self._flag_column = list(flag_model.classes_).index(True)
        self._n_words = len(words.vocabulary_)
        self._names = np.concatenate([words.get_feature_names_out(), chars.get_feature_names_out()])
        self._columns = (_Columns(words, 0), _Columns(chars, self._n_words))
        self._width = self._n_words + len(chars.vocabulary_)

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        labels: Sequence[str],
        tiers: Mapping[str, str],
        c: float = 8.0,
    ) -> LearnedLayer:
        """Trains on `texts` labelled with a reason code or `none`; `tiers` maps reasons."""
        words = TfidfVectorizer(
            ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True, max_features=40000
        )
        chars = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(2, 5),
            min_df=2,
            sublinear_tf=True,
            lowercase=True,
            max_features=80000,
        )
        cleaned = [_prepare(t) for t in texts]
        features = sparse.hstack(
            [words.fit_transform(cleaned), chars.fit_transform(cleaned)]
        ).tocsr()
        flags = np.array([label != NONE for label in labels])
        flag_model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        flag_model.fit(features, flags)
        reason_model = LinearSVC(C=0.5, class_weight="balanced", random_state=0)
        reason_model.fit(features[flags], [label for label in labels if label != NONE])
        return cls(words, chars, flag_model, reason_model, tiers)

    def _features(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """What `transform` of both vectorizers, side by side, gives; computed directly,
        because sklearn's checks on each call cost more than the arithmetic."""
        indptr, indices, data = [0], [], []
        for text in texts:
            cleaned = _prepare(text)
            row_length = 0
            for columns in self._columns:
                row_indices, row_data = columns.row(cleaned)
                indices.append(row_indices)
                data.append(row_data)
                row_length += len(row_indices)
            indptr.append(indptr[-1] + row_length)
        return sparse.csr_matrix(
            (np.concatenate(data), np.concatenate(indices), np.array(indptr)),
            shape=(len(texts), self._width),
        )

    def score(self, text: str) -> LearnedScore:
        """The most worrying segment of `text` and what the model thinks it shows."""
        parts = segments(text)
        features = self._features(parts)
        flag = _decision(self.flag_model, features)
        if self._flag_column == 0:
            flag = -flag
        flag = 1.0 / (1.0 + np.exp(-flag))  # a binary logistic regression's P(red flag)
        row = int(np.argmax(flag))
        decision = _decision(self.reason_model, features[row])[0]
        best = int(np.argmax(decision))
        reason = self.reasons[best]
        return LearnedScore(
            p_red_flag=float(flag[row]),
            reason=reason,
            tier=self.tiers.get(reason, "urgent"),
            segment=parts[row],
            evidence=self._evidence(features[row], best),
            sentences=max(1, len(parts) - 1),
            p_message=float(flag[0]),
        )

    def _evidence(self, row: sparse.csr_matrix, klass: int, top: int = 4) -> tuple[str, ...]:
        """The word n-grams of the message that weigh most towards reason `klass`."""
        weights = self.reason_model.coef_[klass]
        contributions = [
            (row.data[k] * weights[i], i) for k, i in enumerate(row.indices) if i < self._n_words
        ]
        contributions.sort(reverse=True)
        return tuple(str(self._names[i]) for value, i in contributions[:top] if value > 0)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        joblib.dump(
            {
                "words": self.words,
                "chars": self.chars,
                "flag_model": self.flag_model,
                "reason_model": self.reason_model,
                "tiers": self.tiers,
            },
            directory / MODEL_FILE,
        )

    @classmethod
    def load(cls, directory: Path) -> LearnedLayer | None:
        path = directory / MODEL_FILE
        if not path.is_file():
            return None
        saved = joblib.load(path)
        return cls(
            saved["words"],
            saved["chars"],
            saved["flag_model"],
            saved["reason_model"],
            saved["tiers"],
        )


def _prepare(text: str) -> str:
    return text.lower()


class _Columns:
    """One fitted TF-IDF vectorizer's transform of a single text, as sorted column
    indices (shifted by `offset`) and L2-normalised sublinear TF-IDF values."""

    def __init__(self, vectorizer: TfidfVectorizer, offset: int) -> None:
        if not (vectorizer.sublinear_tf and vectorizer.norm == "l2" and vectorizer.use_idf):
            raise ValueError("only sublinear, L2-normalised TF-IDF is computed directly")
        self._analyse = vectorizer.build_analyzer()
        self._vocabulary: dict[str, int] = vectorizer.vocabulary_
        self._idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        self._offset = offset

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        counts: dict[int, int] = {}
        for term in self._analyse(text):
            column = self._vocabulary.get(term)
            if column is not None:
                counts[column] = counts.get(column, 0) + 1
        columns = np.fromiter(sorted(counts), dtype=np.int32, count=len(counts))
        values = (np.log([counts[c] for c in columns.tolist()]) + 1.0) * self._idf[columns]
        norm = float(np.sqrt(np.dot(values, values)))
        if norm > 0:
            values = values / norm
        return columns + self._offset, values


def _decision(model: LogisticRegression | LinearSVC, features: sparse.csr_matrix) -> np.ndarray:
    """A fitted linear model's decision values, one row per row of `features` (one
    column for a binary model)."""
    values = features @ model.coef_.T + model.intercept_
    return np.asarray(values)[:, 0] if values.shape[1] == 1 else np.asarray(values)


def strictest_reason(reasons: Sequence[str], tiers: Mapping[str, str]) -> str:
    """The training label of a case with several reasons: the one of the strictest tier."""
    return min(reasons, key=lambda r: TIER_RANK.get(tiers.get(r, "soon"), 9))


def train_learned_layer(safety_dir: Path = SAFETY_DATA, nlu_dir: Path = NLU_DATA) -> LearnedLayer:
    """Trains on the red-flag corpus and the assistant's NLU examples (a few seconds)."""
    from bot.safety.patterns import RULES

    tiers = {reason: tier for reason, (tier, _) in RULES.items()}
    tiers = {**reason_tiers(load_cases(safety_dir)), **tiers}
    texts, reasons = training_set(safety_dir, nlu_dir)
    readable = read_as_the_detector_does(texts)
    labels = [strictest_reason(r, tiers) if r else NONE for r in reasons]
    kept = [(t, label) for t, label in zip(readable, labels, strict=True) if t.strip()]
    # Fitted once per training: the training's second process (`python -m
    # bot.safety.learned`) fits it while Rasa trains the FAQ components, and the safety
    # component finds it stored.
    import hashlib

    import sklearn

    key = hashlib.sha256(repr((kept, sorted(tiers.items()), sklearn.__version__)).encode())
    return fitted_once(
        cache_file(LEARNED_CACHE),
        key.hexdigest(),
        lambda: LearnedLayer.fit([t for t, _ in kept], [label for _, label in kept], tiers),
    )


def read_as_the_detector_does(texts: Sequence[str]) -> list[str]:
    """What the detector says still applies in each text: negated, past and general
    mentions taken out. The layer reads messages that way (bot.safety.screen), so it
    learns from the same view. This reading is most of a training's safety work; a
    retrain reads only new texts, the others come from the last training's cache, which
    also keeps each text's findings for the retrain's gate on FAQ examples.
    """
    from bot.safety.detector import readings

    return [present for present, _ in readings(texts, cache_file(READING_CACHE))]


if __name__ == "__main__":  # python -m bot.safety.learned, run in the project's folder
    # The training launcher (bot.modelops.training) runs this on the second core while
    # Rasa starts and trains the FAQ components: the detector's reading of the corpus and
    # the fitted layer go to the training cache, where the safety component finds them
    # (or waits under the cache's lock for the work in progress).
    # Through the module itself, so the stored layer's class is
    # `bot.safety.learned.LearnedLayer`, not `__main__.LearnedLayer`.
    from bot.safety import learned

    learned.train_learned_layer(Path(CORPUS_FOLDER), Path(NLU_FOLDER))
