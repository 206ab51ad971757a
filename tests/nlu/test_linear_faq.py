"""The linear classifier writes what Rasa's DIET and ResponseSelector wrote, so the rules,
the fallback and the answer gate read it unchanged."""

from __future__ import annotations

from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.linear_faq import LinearFaqClassifier

EXAMPLES = {
    "faq/stretching": [
        "which stretches help a tight calf",
        "how long should I hold a stretch",
        "good stretches for my hamstrings",
        "stretching routine for back spasms",
    ],
    "faq/heat_cold": [
        "should I use heat or ice",
        "is a heating pad good for a spasm",
        "ice pack or hot water bottle",
        "how long should I put ice on it",
    ],
    "greet": ["hello", "hi there", "good morning", "hey"],
}


def training_data() -> TrainingData:
    messages = []
    for label, texts in EXAMPLES.items():
        intent, _, topic = label.partition("/")
        for text in texts:
            data = {"text": text, "intent": intent}
            if topic:
                data["intent_response_key"] = label
            messages.append(Message(data=data))
    return TrainingData(training_examples=messages)


def test_an_faq_question_gets_the_faq_intent_and_its_answer(tmp_path):
    config = LinearFaqClassifier.get_default_config()
    component = LinearFaqClassifier(config, LocalModelStorage(tmp_path), Resource("linear"))
    component.train(training_data())
    loaded = LinearFaqClassifier.load(config, LocalModelStorage(tmp_path), Resource("linear"), None)
    [faq, hello] = loaded.process(
        [Message(data={"text": "heat or ice for my back?"}), Message(data={"text": "hello!"})]
    )
    assert faq.get("intent")["name"] == "faq"
    answer = faq.get("response_selector")["faq"]["response"]
    assert answer["intent_response_key"] == "faq/heat_cold"
    assert answer["utter_action"] == "utter_faq/heat_cold"
    assert faq.get("response_selector")["all_retrieval_intents"] == ["faq"]
    assert hello.get("intent")["name"] == "greet"
    ranking = hello.get("intent_ranking")
    assert abs(sum(r["confidence"] for r in ranking) - 1.0) < 1e-6  # faq sums its topics


def test_a_long_message_is_answered_from_the_reading_the_model_is_surest_of(tmp_path):
    """ "What can I do?" alone says nothing; with the sentence before it, it is heat or ice."""
    from bot.nlu.question_focus import FOCUS_OPTIONS, QuestionFocus

    config = LinearFaqClassifier.get_default_config()
    component = LinearFaqClassifier(config, LocalModelStorage(tmp_path), Resource("linear"))
    component.train(training_data())
    story = (
        "I pulled my back lifting boxes on Saturday. It is stiff but I can walk. "
        "My flatmate says ice, my mum says a heating pad. Which one, and what can I do?"
    )
    [message] = QuestionFocus().process([Message(data={"text": story})])
    assert message.get(FOCUS_OPTIONS) == [
        "Which one, and what can I do?",
        "My flatmate says ice, my mum says a heating pad. Which one, and what can I do?",
    ]
    [message] = component.process([message])
    answer = message.get("response_selector")["faq"]["response"]
    assert answer["intent_response_key"] == "faq/heat_cold"
    assert message.get("text") == message.get(FOCUS_OPTIONS)[1]


def test_a_retrain_after_one_new_example_starts_from_the_last_fit_and_answers_the_same(
    tmp_path, monkeypatch
):
    """A staff member adds an example: the solver starts from the last training's
    coefficients (kept in the training cache) and ends where a fit from scratch ends."""
    import numpy as np

    from bot.common.training_cache import CACHE_VARIABLE

    config = LinearFaqClassifier.get_default_config()
    more = training_data()
    more.training_examples.append(
        Message(
            data={
                "text": "cold pack or warm towel?",
                "intent": "faq",
                "intent_response_key": "faq/heat_cold",
            }
        )
    )
    questions = [Message(data={"text": t}) for t in ("ice or heat?", "hey", "hamstring stretch")]

    def fitted(folder: str, data: TrainingData) -> LinearFaqClassifier:
        (tmp_path / folder).mkdir()
        storage = LocalModelStorage(tmp_path / folder)
        component = LinearFaqClassifier(config, storage, Resource("linear"))
        component.train(data)
        return component

    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path / "cache"))
    fitted("first", training_data())
    warm = fitted("second", more)
    monkeypatch.delenv(CACHE_VARIABLE)
    cold = fitted("scratch", more)

    assert warm._fitted["model"].n_iter_[0] < cold._fitted["model"].n_iter_[0]
    for a, b in zip(
        warm.process(list(questions)),
        cold.process([Message(data={"text": m.get("text")}) for m in questions]),
        strict=True,
    ):
        assert a.get("intent")["name"] == b.get("intent")["name"]
        assert abs(a.get("intent")["confidence"] - b.get("intent")["confidence"]) < 1e-2
    assert np.isfinite(warm._fitted["model"].coef_).all()
