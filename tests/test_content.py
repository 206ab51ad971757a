"""The curated FAQ content follows the clinic's rules (docs/content_style.md)."""

from __future__ import annotations

import re

import pytest

from bot.content import (
    DOSING_INSTRUCTION,
    MIN_EXAMPLES,
    STAFF_MIN_EXAMPLES,
    load_topics,
    problems,
)
from bot.settings import PROJECT_ROOT

TOPICS = load_topics()
REQUIRED_TOPICS = re.findall(
    r"^\| `(\w+)` \|", (PROJECT_ROOT / "docs" / "topics.md").read_text(), re.M
)


def test_every_catalogue_topic_has_a_file():
    assert len(REQUIRED_TOPICS) == 27
    assert set(REQUIRED_TOPICS) <= set(TOPICS)


@pytest.mark.parametrize("name", sorted(TOPICS))
def test_topic_follows_the_content_rules(name):
    # Topics staff added in the console (not in the catalogue) start with fewer examples.
    minimum = MIN_EXAMPLES if name in REQUIRED_TOPICS else STAFF_MIN_EXAMPLES
    assert problems(TOPICS[name], set(TOPICS), minimum) == []


def test_no_example_belongs_to_two_topics():
    seen = {}
    for topic in TOPICS.values():
        for example in topic.examples:
            key = re.sub(r"[^a-z0-9 ]", "", example.lower()).strip()
            assert seen.setdefault(key, topic.name) == topic.name, example


def test_medicine_answers_send_dosing_to_the_prescriber_and_name_the_safety_points():
    relaxants = TOPICS["muscle_relaxants"].answer.lower()
    safety = TOPICS["medication_safety"].answer.lower()
    both = relaxants + " " + safety
    assert "prescriber" in both or "pharmacist" in both
    for point in ("short", "drows", "alcohol", "driv", "depend"):
        assert point in both, point


@pytest.mark.parametrize(
    "text",
    [
        "take 350 mg three times a day",
        "two tablets at bedtime",
        "every 6 hours as needed",
        "twice a day",
        "the maximum dose is",
    ],
)
def test_the_dosing_check_catches_instructions(text):
    assert DOSING_INSTRUCTION.search(text)


def test_no_answer_encourages_buying_a_medicine():
    for topic in TOPICS.values():
        for sentence in re.split(r"(?<=[.!?])\s+", topic.answer):
            buying = re.search(r"\b(buy|order|purchase)\b", sentence, re.I)
            if buying and re.search(r"soma|carisoprodol|relax|prescri", sentence, re.I):
                assert re.search(r"\b(never|not|don't|avoid)\b", sentence, re.I), sentence
        assert not re.search(r"\b(350|500)\b", topic.answer), topic.name
