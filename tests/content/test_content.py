"""The curated FAQ content follows the clinic's rules (docs/content_style.md)."""

from __future__ import annotations

import re

import pytest
import yaml

from bot.content.readability import reading, syllables
from bot.content.topics import (
    DOSING_INSTRUCTION,
    MAX_GRADE,
    MIN_EXAMPLES,
    STAFF_MIN_EXAMPLES,
    gives_dosing,
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
    for point in ("sudden", "drows", "alcohol", "driv", "depend", "licensed"):
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


@pytest.mark.parametrize(
    "text",
    [
        "Carisoprodol is meant only for short-term use, no longer than two to three weeks.",
        "Take the tablets for 10 days.",
        "Baclofen is usually given for up to a few weeks at first.",
        "Your GP may give you a 2-week course of relaxants.",
    ],
)
def test_a_medicine_duration_counts_as_dosing(text):
    assert gives_dosing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hold a cold pack on it for up to 20 minutes at a time.",
        "See your GP if spasms last for more than two weeks.",
        "Your prescriber decides which medicine suits you and how to take it.",
    ],
)
def test_time_frames_that_are_not_about_a_medicine_are_allowed(text):
    assert not gives_dosing(text)


def test_every_answer_reads_at_grade_8_or_below():
    grades = {name: reading(topic.answer).grade for name, topic in TOPICS.items()}
    assert {name: g for name, g in grades.items() if g > MAX_GRADE} == {}
    assert sum(grades.values()) / len(grades) <= 7.8


def test_the_grade_formula_matches_a_worked_example():
    # 2 sentences, 12 words, 14 syllables: 0.39 * 6 + 11.8 * 14 / 12 - 15.59 = 0.5
    assert reading("The cat sat on the mat. It was a very happy cat.").grade == 0.5
    counted = [syllables(w) for w in ("muscle", "stretched", "stretching", "ice", "massages")]
    assert counted == [2, 1, 2, 1, 3]


def _safety_replies() -> list[tuple[str, str]]:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())["responses"]
    found = []
    for name in ("utter_red_flag", "utter_ask_safety"):
        for variant in domain[name]:
            condition = (variant.get("condition") or [{}])[0].get("value", "default")
            found.append((f"{name}:{condition}", variant["text"]))
    return found


@pytest.mark.parametrize("name,text", _safety_replies())
def test_red_flag_replies_and_safety_questions_read_at_grade_6_or_below(name, text):
    assert reading(text).grade <= 6.0, name
