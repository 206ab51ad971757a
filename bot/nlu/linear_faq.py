"""A fast linear intent and FAQ-answer classifier in place of DIET + ResponseSelector.

One logistic regression over TF-IDF word 1-2-grams and character 2-5-grams learns every
label at once: each FAQ topic as `faq/<topic>` and every other intent by its name. Its
output keeps Rasa's conventions, so the dialogue does not change: the intent is the label
group with the most probability (`faq` sums its topics), and for `faq` the chosen topic is
written as the ResponseSelector would write it (`response_selector.faq.response` with
`intent_response_key` and `utter_action`), so `utter_faq` answers with `utter_faq/<topic>`.
The FallbackClassifier and `bot.nlu.faq_answer_gate.FaqAnswerGate` after it decide, as
before, when the assistant is not sure. It trains in about 15 s on 2 cores where DIET and
the ResponseSelector took about 300 s (docs/nlu_pipeline.md has the comparison).

A long message comes with two readings from `bot.nlu.question_focus` (its question
sentence alone, and with the sentence before it); the model answers from the one whose
best FAQ answer it is surer of, and that reading becomes the text the answer gate reads.

A message that asks two FAQ questions in two sentences ("What causes night cramps? And
does magnesium help?") also gets `second_answer`: the other question's topic, when the
model is sure of it on that sentence alone (`SECOND_ANSWER_CONFIDENCE`). The response
generator (`bot.rasa_plugins.nlg`) adds that answer after the first; at most two.

After a change of a few examples (a staff member's new example, a retrain from the
console) the solver starts from the last training's coefficients, term by term, kept in
the training cache (`bot.common.training_cache`): 4 iterations instead of 15, about 2.4 s
instead of 9 s, and on blind FAQ set v22 the same answers with probabilities within
0.0005 of a fit from scratch. A full training (an empty cache) fits from scratch.

May import: rasa, scikit-learn, `bot.nlu.question_focus`, `bot.content.topics`,
`bot.common.training_cache`.
"""

from __future__ import annotations

import collections
from typing import Any

import joblib
import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.common.training_cache import cache_file, keep, previous
from bot.content.topics import SECOND_ANSWER
from bot.nlu.question_focus import FOCUS_OPTIONS, FULL_TEXT, question_sentences

MODEL_FILE = "linear_faq.joblib"
PREVIOUS_FIT = "linear_faq_previous.pkl"  # the last training's fit, to start the next from
RANKING_LENGTH = 10
# How sure the model must be of a second question's topic, on its sentence alone. A wrong
# second answer is noise beside a right first one, so the bar is above the answer gate's.
SECOND_ANSWER_CONFIDENCE = 0.6


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearFaqClassifier(GraphComponent, IntentClassifier):
    """Intent, and for the retrieval intent its answer, from one linear model."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"retrieval_intent": "faq", "C": 20.0, "max_iter": 3000, "tol": 3e-3}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        fitted: dict[str, Any] | None = None,
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self.retrieval_intent: str = config["retrieval_intent"]
        self._fitted = fitted
        self._weights = _by_term(fitted)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LinearFaqClassifier:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LinearFaqClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                fitted = joblib.load(directory / MODEL_FILE)
        except ValueError:
            fitted = None  # no training data: the component was never trained
        return cls(config, model_storage, resource, fitted)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT)]
        texts = [_prepare(m.get(TEXT)) for m in examples]
        labels = [m.get(INTENT_RESPONSE_KEY) or m.get(INTENT) for m in examples]
        if len(set(labels)) < 2:
            return self._resource
        words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        words.fit(texts)
        chars.fit(texts)
        features = _features(words, chars, texts)
        # Newton-CG reaches the same optimum as the default L-BFGS (probabilities within
        # 0.0003 on blind FAQ set v6) in a third of the time: 6 s instead of 16 s. Its
        # tolerance 3e-3 (default 1e-4) stops after 15 iterations instead of 20: on the
        # 7,078 messages of blind FAQ sets v1-v15 no answer changes, no probability moves
        # by more than 0.0003 and none crosses 0.5 or 0.6 (docs/nlu_pipeline.md).
        model = LogisticRegression(
            C=float(self._config["C"]),
            max_iter=int(self._config["max_iter"]),
            solver="newton-cg",
            tol=float(self._config["tol"]),
        )
        last = cache_file(PREVIOUS_FIT)
        _start_from(model, words, chars, sorted(set(labels)), previous(last))
        model.fit(features, labels)
        self._fitted = {"words": words, "chars": chars, "model": model}
        self._weights = _by_term(self._fitted)
        keep(last, self._fitted)
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(self._fitted, directory / MODEL_FILE)
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        if self._fitted is None:
            return messages
        labels = [str(c) for c in self._fitted["model"].classes_]
        answer_columns = [
            i for i, label in enumerate(labels) if label.startswith(f"{self.retrieval_intent}/")
        ]
        for message in messages:
            options = message.get(FOCUS_OPTIONS) or [message.get(TEXT) or ""]
            rows = self._probabilities(options)
            # A long message's reading whose FAQ answer the model is surest of.
            best = max(
                range(len(options)),
                key=lambda i: float(rows[i][answer_columns].max()) if answer_columns else 0.0,
            )
            if len(options) > 1:
                message.set(TEXT, options[best])
            self._annotate(message, labels, rows[best])
            self._second_question(message, labels)
        return messages

    def _probabilities(self, texts: list[str]) -> np.ndarray:
        """The model's `predict_proba` for each text, from weights laid out once by term:
        scikit-learn copies the (labels x terms) coefficients into that order on every
        call, about 3 ms a message, a quarter of the NLU's time (twentieth session)."""
        assert self._fitted is not None
        words, chars, model = (self._fitted[k] for k in ("words", "chars", "model"))
        features = _features(words, chars, [_prepare(text) for text in texts])
        if self._weights is None:
            return np.asarray(model.predict_proba(features))
        scores = np.asarray(features @ self._weights) + model.intercept_
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def _second_question(self, message: Message, labels: list[str]) -> None:
        """Marks the topic of a second FAQ question asked in its own sentence, if sure."""
        selected = (message.get("response_selector") or {}).get(self.retrieval_intent) or {}
        first = (selected.get("response") or {}).get("intent_response_key")
        asked = question_sentences(message.get(FULL_TEXT) or message.get(TEXT) or "")
        if first is None or len(asked) < 2 or self._fitted is None:
            return
        rows = self._probabilities(asked)
        prefix = f"{self.retrieval_intent}/"
        for row in rows:  # the first other topic the model is sure of
            best = int(np.argmax(row))
            label, confidence = labels[best], float(row[best])
            if (
                label.startswith(prefix)
                and label != first
                and confidence >= SECOND_ANSWER_CONFIDENCE
            ):
                second = {
                    "intent_response_key": label,
                    "confidence": confidence,
                    "utter_action": f"utter_{label}",
                }
                message.set(SECOND_ANSWER, second, add_to_output=True)
                return

    def _annotate(self, message: Message, labels: list[str], row: np.ndarray) -> None:
        by_intent: dict[str, float] = collections.defaultdict(float)
        for label, p in zip(labels, row, strict=True):
            by_intent[label.split("/", 1)[0]] += float(p)
        ranking = [
            {"name": name, "confidence": confidence}
            for name, confidence in sorted(by_intent.items(), key=lambda kv: -kv[1])
        ][:RANKING_LENGTH]
        message.set(INTENT, ranking[0], add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        prefix = f"{self.retrieval_intent}/"
        answers = sorted(
            (
                (float(p), label)
                for label, p in zip(labels, row, strict=True)
                if label.startswith(prefix)
            ),
            reverse=True,
        )
        if not answers:
            return
        confidence, key = answers[0]
        selectors = dict(message.get("response_selector") or {})
        selectors["all_retrieval_intents"] = [self.retrieval_intent]
        selectors[self.retrieval_intent] = {
            "response": {
                "responses": [],
                "confidence": confidence,
                "intent_response_key": key,
                "utter_action": f"utter_{key}",
            },
            "ranking": [
                {"confidence": p, "intent_response_key": label}
                for p, label in answers[:RANKING_LENGTH]
            ],
        }
        message.set("response_selector", selectors, add_to_output=True)


def _start_from(
    model: LogisticRegression,
    words: TfidfVectorizer,
    chars: TfidfVectorizer,
    classes: list[str],
    last: object,
) -> None:
    """Sets `model` to start from `last` (the previous training's fit), each coefficient
    moved to its term's new column and new terms at zero; only when the labels are the
    same, otherwise the fit starts from scratch."""
    if not isinstance(last, dict) or not {"words", "chars", "model"} <= last.keys():
        return
    old_words, old_chars, old_model = last["words"], last["chars"], last["model"]
    if [str(c) for c in getattr(old_model, "classes_", [])] != classes:
        return
    offset, old_offset = len(words.vocabulary_), len(old_words.vocabulary_)
    new_columns, old_columns = [], []
    for vocabulary, old_vocabulary, shift, old_shift in (
        (words.vocabulary_, old_words.vocabulary_, 0, 0),
        (chars.vocabulary_, old_chars.vocabulary_, offset, old_offset),
    ):
        for term, column in vocabulary.items():
            old_column = old_vocabulary.get(term)
            if old_column is not None:
                new_columns.append(shift + column)
                old_columns.append(old_shift + old_column)
    coefficients = np.zeros((old_model.coef_.shape[0], offset + len(chars.vocabulary_)))
    coefficients[:, new_columns] = old_model.coef_[:, old_columns]
    model.set_params(warm_start=True)
    model.coef_ = coefficients
    model.intercept_ = np.array(old_model.intercept_, copy=True)


def _by_term(fitted: dict[str, Any] | None) -> np.ndarray | None:
    """The coefficients as a (terms x labels) C-ordered array for a multinomial model
    (softmax over the labels, as `predict_proba` computes it); None for any other model,
    which then answers through `predict_proba`."""
    if fitted is None:
        return None
    model = fitted["model"]
    multinomial = len(model.classes_) > 2 and getattr(model, "multi_class", "auto") in (
        "auto",
        "multinomial",
    )
    if not multinomial or model.solver == "liblinear":
        return None
    return np.ascontiguousarray(model.coef_.T)


def _prepare(text: str) -> str:
    return text.lower()


def _features(
    words: TfidfVectorizer, chars: TfidfVectorizer, texts: list[str]
) -> sparse.csr_matrix:
    """Word 1-2-grams beside character 2-5-grams: the same features in training and use."""
    return sparse.hstack([words.transform(texts), chars.transform(texts)]).tocsr()
