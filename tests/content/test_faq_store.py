"""FAQ topics written by the console land in the repository's layout, with minimal diffs."""

from __future__ import annotations

import difflib

import pytest
import yaml

from bot.content.faq_store import ContentError, FaqStore, _answer_lines, render_topic
from bot.content.topics import load_topic, load_topics, problems
from tests.workspace import PARKING, copy_training_root


@pytest.fixture
def store(tmp_path) -> FaqStore:
    return FaqStore(copy_training_root(tmp_path / "root"))


def _changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_every_existing_topic_file_is_rendered_back_byte_for_byte(store):
    for topic in store.topics().values():
        assert render_topic(topic, _answer_lines(topic)) == topic.path.read_text(), topic.name


def test_a_new_topic_is_written_in_the_documented_layout(store):
    topic = store.add_topic(**PARKING)
    path = store.faq_dir / "parking.yml"
    assert topic.path == path
    content = yaml.safe_load(path.read_text())
    assert content["version"] == "3.1"
    assert content["nlu"][0]["intent"] == "faq/parking"
    [response] = content["responses"]["utter_faq/parking"]
    assert response["metadata"] == {"title": PARKING["title"], "sources": PARKING["sources"]}
    assert response["buttons"] == [{"title": "Talk to staff", "payload": "/human_handoff"}]
    loaded = load_topic(path)
    assert loaded.examples == PARKING["examples"]
    assert loaded.answer == PARKING["answer"]
    assert max(len(line) for line in path.read_text().splitlines()) <= 88
    assert problems(loaded, set(store.topics()), min_examples=5) == []


def test_adding_examples_only_appends_lines(store):
    before = (store.faq_dir / "heat_cold.yml").read_text()
    added = store.add_examples("heat_cold", ["ice or heat for my sore calf tonight", "  "])
    after = (store.faq_dir / "heat_cold.yml").read_text()
    assert added == ["ice or heat for my sore calf tonight"]
    assert _changed_lines(before, after) == ["+    - ice or heat for my sore calf tonight"]
    assert store.add_examples("heat_cold", ["Ice or heat for my sore calf tonight"]) == []


def test_editing_an_answer_changes_only_the_answer_lines(store):
    topic = store.get("heat_cold")
    before = topic.path.read_text()
    new_answer = (
        "Warmth helps a tight, cramping muscle relax. Use a cold pack wrapped in a towel for "
        "a fresh strain. Never put ice or heat straight on your skin."
    )
    store.update_answer("heat_cold", new_answer, topic.title, topic.sources)
    after = topic.path.read_text()
    changed = _changed_lines(before, after)
    assert all(line[1:].startswith("      ") for line in changed)
    assert load_topic(topic.path).answer == new_answer
    assert load_topic(topic.path).examples == topic.examples


def test_retiring_moves_the_file_and_removes_buttons_pointing_to_it(store):
    pointing = [
        t.name
        for t in store.topics().values()
        if any(b["payload"] == "/faq/stretching" for b in t.buttons)
    ]
    changed = store.retire("stretching")
    assert not (store.faq_dir / "stretching.yml").exists()
    assert (store.root / "data_retired" / "nlu" / "faq" / "stretching.yml").is_file()
    assert set(changed) == set(pointing) and changed
    topics = load_topics(store.faq_dir)
    for topic in topics.values():
        assert problems(topic, set(topics)) == [], topic.name


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"examples": PARKING["examples"][:3]}, "at least 5 different example questions"),
        ({"name": "heat_cold"}, "already exists"),
        ({"name": "Parking Spaces"}, "lower-case"),
        ({"answer": "Take 350 mg twice a day. Then rest."}, "dose"),
        ({"answer": "Just one sentence"}, "2 to 8 sentences"),
        ({"sources": []}, "source"),
        (
            {"examples": [*PARKING["examples"], "heat or ice for a spasm, which one"]},
            "already belongs to topic heat_cold",
        ),
        (
            {"examples": [*PARKING["examples"], "crushing chest pain going down my left arm"]},
            "red flag (emergency: chest_pain)",
        ),
        ({"examples": [*PARKING["examples"], 'where do i park "exactly"']}, "may not contain"),
    ],
)
def test_a_topic_breaking_the_content_rules_is_refused_and_nothing_is_written(
    store, change, expected
):
    with pytest.raises(ContentError) as error:
        store.add_topic(**{**PARKING, **change})
    assert any(expected in problem for problem in error.value.problems), error.value.problems
    assert not (store.faq_dir / "parking.yml").exists()


def test_an_emergency_message_cannot_be_added_as_an_example(store):
    before = (store.faq_dir / "back_spasms.yml").read_text()
    with pytest.raises(ContentError, match="red flag"):
        store.add_examples("back_spasms", ["my back spasms and i cant feel my groin"])
    assert (store.faq_dir / "back_spasms.yml").read_text() == before


def test_titles_that_yaml_would_misread_are_quoted(store):
    store.add_topic(**{**PARKING, "title": "Yes: parking # free"})
    assert load_topic(store.faq_dir / "parking.yml").title == "Yes: parking # free"


def test_unknown_topics_and_path_tricks_are_refused(store):
    with pytest.raises(KeyError):
        store.get("../../domain")
    with pytest.raises(KeyError):
        store.add_examples("no_such_topic", ["hello there"])
