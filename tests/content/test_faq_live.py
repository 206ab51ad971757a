"""An answer edited in the files reaches patients without a retrain, unless it is unsafe."""

from __future__ import annotations

import asyncio
import time

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.content.faq_store import FaqStore
from bot.rasa_plugins.nlg import ClinicResponseGenerator
from bot.settings import get_settings
from tests.workspace import copy_training_root

MODEL_TEXT = "The text the model was trained with. It has two sentences."


@pytest.fixture
def store(tmp_path, monkeypatch):
    root = copy_training_root(tmp_path / "root")
    monkeypatch.setenv("TRAINING_ROOT", str(root))
    get_settings.cache_clear()
    yield FaqStore(root)
    get_settings.cache_clear()


def _answer(generator: ClinicResponseGenerator, topic: str = "heat_cold") -> str:
    tracker = DialogueStateTracker("someone", [])
    reply = asyncio.run(generator.generate(f"utter_faq/{topic}", tracker, "rest"))
    return reply["text"]


def _generator() -> ClinicResponseGenerator:
    responses = {f"utter_faq/{t}": [{"text": MODEL_TEXT}] for t in ("heat_cold", "gone")}
    return ClinicResponseGenerator(domain=Domain.from_dict({"responses": responses}))


def test_an_edited_answer_is_served_from_its_file_at_once(store):
    generator = _generator()
    assert _answer(generator) == store.get("heat_cold").answer
    topic = store.get("heat_cold")
    new_text = topic.answer.replace("Never", "Do not ever")
    time.sleep(0.01)  # a new modification time even on coarse file systems
    store.update_answer("heat_cold", new_text, topic.title, topic.sources)
    assert _answer(generator) == new_text


def test_the_model_text_stays_when_the_file_is_missing_broken_or_unsafe(store):
    generator = _generator()
    assert _answer(generator, "gone") == MODEL_TEXT
    path = store.path_for("heat_cold")
    path.write_text(
        path.read_text().replace("Never put", "Take 2 tablets twice a day and never put")
    )
    assert _answer(generator) == MODEL_TEXT
    path.write_text("nlu: [this is not a topic file")
    assert _answer(generator) == MODEL_TEXT


def test_a_message_with_two_faq_questions_gets_both_answers(store):
    from rasa.shared.core.events import UserUttered

    responses = {f"utter_faq/{t}": [{"text": MODEL_TEXT}] for t in ("heat_cold", "stretching")}
    generator = ClinicResponseGenerator(domain=Domain.from_dict({"responses": responses}))
    second = {"intent_response_key": "faq/stretching", "utter_action": "utter_faq/stretching"}
    asked = UserUttered("heat or ice? and which stretches?", parse_data={"second_answer": second})
    tracker = DialogueStateTracker.from_events("someone", [asked])
    reply = asyncio.run(generator.generate("utter_faq/heat_cold", tracker, "rest"))["text"]
    first, _, rest = reply.partition("\n\nYou also asked about ")
    assert first == store.get("heat_cold").answer
    assert rest.startswith(store.get("stretching").title[:1].lower())
    assert rest.endswith(store.get("stretching").answer)
    # The second answer is added to the FAQ answer only, once.
    plain = asyncio.run(generator.generate("utter_faq/stretching", tracker, "rest"))["text"]
    assert plain == store.get("stretching").answer


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("partly_unreadable", "isn't in English"),
        ("safety_reminder", "if you do have any of those signs"),
    ],
)
def test_a_note_from_the_safety_screen_follows_the_first_reply_only(store, note, expected):
    from rasa.shared.core.events import BotUttered, UserUttered

    responses = {
        "utter_faq/heat_cold": [{"text": MODEL_TEXT}],
        "utter_partly_unreadable": [{"text": "Part of it isn't in English: {emergency_number}"}],
        "utter_safety_reminder": [{"text": "About my question: if you do have any of those signs"}],
        "utter_unsupported_language": [{"text": "Sorry, I can only read English."}],
    }
    generator = ClinicResponseGenerator(domain=Domain.from_dict({"responses": responses}))
    asked = UserUttered(
        "ma mère a des crampes toutes les nuits, heat or ice?", parse_data={note: 1}
    )
    tracker = DialogueStateTracker.from_events("someone", [asked])
    reply = asyncio.run(generator.generate("utter_faq/heat_cold", tracker, "rest"))["text"]
    assert reply.startswith(store.get("heat_cold").answer) and expected in reply
    if note == "partly_unreadable":
        assert get_settings().response_variables["emergency_number"] in reply
    # Not after the language reply itself, and not on a later reply in the same turn.
    unreadable = asyncio.run(generator.generate("utter_unsupported_language", tracker, "rest"))
    assert expected not in unreadable["text"]
    tracker.update(BotUttered("first reply"))
    later = asyncio.run(generator.generate("utter_faq/heat_cold", tracker, "rest"))["text"]
    assert expected not in later
