"""The curated FAQ content: loading topic files and checking them against the rules.

The same checks guard the files written by developers (the content unit tests) and the
topics staff add later, so every answer follows docs/content_style.md.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.common.yaml_files import load_yaml
from bot.content.readability import reading, sentences, words
from bot.settings import PROJECT_ROOT

# Where topic files live under a training root (the repository, or TRAINING_ROOT).
FAQ_SUBDIR = Path("data") / "nlu" / "faq"
FAQ_DIR = PROJECT_ROOT / FAQ_SUBDIR
RETRIEVAL_INTENT = "faq"
# Parse-data key of a message's second FAQ question (set by bot.nlu.linear_faq, answered
# by bot.rasa_plugins.nlg).
SECOND_ANSWER = "second_answer"
ALLOWED_PLACEHOLDERS = {
    "clinic_name",
    "clinic_phone",
    "emergency_number",
    "urgent_care_line",
    "crisis_line",
}
MIN_EXAMPLES = 20
# Topics staff add in the console start with fewer; they grow from the review queue.
STAFF_MIN_EXAMPLES = 5
MAX_BUTTONS = 3
TOPIC_NAME = re.compile(r"^[a-z][a-z0-9_]{2,40}$")

# An amount, frequency or duration of a medicine: "350 mg", "two tablets", "twice a day",
# "every 6 hours", "for 10 days", "maximum of ...". Answers must never contain one.
DOSING_INSTRUCTION = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|g|ml|milligrams?|micrograms?)\b"
    r"|\b(?:one|two|three|four|\d+)\s+(?:tablets?|pills?|capsules?|doses?)\b"
    r"|\b(?:once|twice|three times|four times|\d+\s*times)\s+(?:a|per|each)\s+(?:day|night|week)\b"
    r"|\bevery\s+\d+\s*(?:-\s*\d+\s*)?(?:hours?|hrs?)\b"
    r"|\bmax(?:imum)?\s+(?:dose|of)\b",
    re.IGNORECASE,
)
# How long to take a medicine: "no longer than two to three weeks", "for up to 10 days",
# "a 2-week course". Checked only in sentences that name a medicine, so "ice for up to
# 20 minutes" and "spasms lasting more than two weeks" stay allowed.
MEDICINE_WORD = re.compile(
    r"\b(?:medicines?|medications?|tablets?|pills?|relaxants?|relaxers?|carisoprodol|soma"
    r"|cyclobenzaprine|methocarbamol|tizanidine|baclofen|diazepam|quinine|prescri\w*)\b",
    re.IGNORECASE,
)
_NUMBER = (
    r"(?:a\s+few|a\s+couple\s+of|\d+|a|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|few|several)"
)
MEDICINE_DURATION = re.compile(
    rf"\b(?:no|not)\s+(?:longer|more)\s+than\s+{_NUMBER}\b"
    rf"|\b(?:for|up\s+to|within|after)\s+(?:up\s+to\s+|about\s+|around\s+)?{_NUMBER}"
    rf"(?:\s*(?:to|-|or)\s*{_NUMBER})?\s*(?:days?|weeks?|months?)\b"
    rf"|\b{_NUMBER}[\s-](?:days?|weeks?|months?)\s+(?:course|supply|limit)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
MIN_SENTENCES, MAX_SENTENCES = 2, 8
# Patient material aims at school grade 6-8; red-flag replies at 6 (docs/content_style.md).
MAX_GRADE = 8.0
MAX_SENTENCE_WORDS = 25


@dataclass
class Topic:
    """One FAQ topic: its examples, its curated answer and where the facts come from."""

    name: str
    examples: list[str]
    answer: str
    title: str = ""
    sources: list[str] = field(default_factory=list)
    buttons: list[dict[str, str]] = field(default_factory=list)
    path: Path | None = None
    # The clinician who last checked this answer against its sources, and the day (ISO).
    reviewed_by: str = ""
    reviewed_on: str = ""

    @property
    def intent(self) -> str:
        return f"{RETRIEVAL_INTENT}/{self.name}"

    @property
    def response_name(self) -> str:
        return f"utter_{RETRIEVAL_INTENT}/{self.name}"


def parse_examples(block: str) -> list[str]:
    return [
        line.strip()[2:].strip() for line in block.splitlines() if line.strip().startswith("- ")
    ]


def load_topic(path: Path) -> Topic:
    content = load_yaml(path)
    [entry] = content["nlu"]
    intent = entry["intent"]
    name = intent.split("/", 1)[1]
    [response] = content["responses"][f"utter_{intent}"]
    metadata = response.get("metadata") or {}
    return Topic(
        name=name,
        examples=parse_examples(entry["examples"]),
        answer=response["text"],
        title=metadata.get("title", ""),
        sources=list(metadata.get("sources") or []),
        buttons=list(response.get("buttons") or []),
        path=path,
        reviewed_by=str(metadata.get("reviewed_by") or ""),
        reviewed_on=str(metadata.get("reviewed_on") or ""),
    )


def load_topics(directory: Path = FAQ_DIR) -> dict[str, Topic]:
    topics = (load_topic(path) for path in sorted(directory.glob("*.yml")))
    return {topic.name: topic for topic in topics}


class Review(str, enum.Enum):
    """Where an answer stands with the clinicians (docs/content_style.md, sign-off)."""

    REVIEWED = "reviewed"
    STALE = "stale"  # reviewed longer ago than CONTENT_REVIEW_DAYS
    UNREVIEWED = "unreviewed"  # never reviewed, or edited since


def review_of(reviewed_by: str, reviewed_on: str, today: dt.date, max_age_days: int) -> Review:
    """The one rule for review status; the console, the CLI and the assistant all call it."""
    if not reviewed_by.strip() or not reviewed_on:
        return Review.UNREVIEWED
    try:
        day = dt.date.fromisoformat(str(reviewed_on)[:10])
    except ValueError:
        return Review.UNREVIEWED
    if (today - day).days > max_age_days:
        return Review.STALE
    return Review.REVIEWED


def review_status(topic: Topic, today: dt.date, max_age_days: int) -> Review:
    return review_of(topic.reviewed_by, topic.reviewed_on, today, max_age_days)


def all_reviewed(reviews: Iterable[Review]) -> bool:
    """True when there is at least one answer and every one is reviewed and current."""
    found = list(reviews)
    return bool(found) and all(review is Review.REVIEWED for review in found)


def sentence_count(text: str) -> int:
    return len(SENTENCE_END.findall(text.strip()))


def unknown_placeholders(text: str) -> list[str]:
    """`{names}` in the text that settings do not fill."""
    return sorted(set(re.findall(r"{([^{}]*)}", text)) - ALLOWED_PLACEHOLDERS)


def gives_dosing(text: str) -> bool:
    """True when the text says how much, how often or how long to take a medicine."""
    if DOSING_INSTRUCTION.search(text):
        return True
    return any(
        MEDICINE_WORD.search(sentence) and MEDICINE_DURATION.search(sentence)
        for sentence in sentences(text)
    )


def reading_problems(text: str, max_grade: float) -> list[str]:
    """Reading-level problems: the grade over max_grade, or a sentence over the word limit."""
    found = []
    level = reading(text)
    if level.grade > max_grade:
        found.append(
            f"reading grade {level.grade} is above {max_grade:g}: use shorter sentences and words"
        )
    for sentence in sentences(text):
        if len(words(sentence)) > MAX_SENTENCE_WORDS:
            found.append(
                f"a sentence has {len(words(sentence))} words (at most {MAX_SENTENCE_WORDS}):"
                f" {sentence[:60]}..."
            )
    return found


def problems(topic: Topic, known_topics: set[str], min_examples: int = MIN_EXAMPLES) -> list[str]:
    """Everything about a topic that breaks the content rules; empty if it is fine."""
    found = []
    if not TOPIC_NAME.match(topic.name):
        found.append("the topic name must be lower-case letters, digits and underscores")
    if len(set(e.lower() for e in topic.examples)) < min_examples:
        found.append(f"at least {min_examples} different example questions are needed")
    if any(ch in example for example in topic.examples for ch in '{}"[]'):
        found.append('examples may not contain {, }, [, ] or "')
    if not MIN_SENTENCES <= sentence_count(topic.answer) <= MAX_SENTENCES:
        found.append(f"the answer should be {MIN_SENTENCES} to {MAX_SENTENCES} sentences")
    found.extend(reading_problems(topic.answer, MAX_GRADE))
    unknown = unknown_placeholders(topic.answer)
    if unknown:
        found.append(f"unknown placeholders: {unknown}")
    if gives_dosing(topic.answer):
        found.append("the answer must not give a dose, frequency or duration of a medicine")
    if not topic.sources:
        found.append("at least one source is needed")
    if not topic.title:
        found.append("a title is needed")
    if len(topic.buttons) > MAX_BUTTONS:
        found.append(f"at most {MAX_BUTTONS} buttons")
    for button in topic.buttons:
        payload = button.get("payload", "")
        target = payload[len("/faq/") :] if payload.startswith("/faq/") else None
        if payload != "/human_handoff" and target not in known_topics:
            found.append(f"button {button.get('title')!r} points to an unknown topic: {payload}")
    return found
