"""The red-flag detector: maps a patient's message to findings with a tier and a reason.

Deterministic and explainable: spaCy Matcher patterns over lemmas (`bot.concepts`)
find symptom concepts, each mention is checked for negation, hypotheticals and past
history, and the rules in `bot.red_flag_patterns` combine the concepts that really
apply into findings. The tiers and reason codes are documented in docs/red_flags.md.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from bot.concepts import ConceptMatcher, Mention, Status, context_status
from bot.red_flag_patterns import CONCEPTS, EMERGENCY, IDIOMS, RULES, SOON, URGENT

TIERS = (EMERGENCY, URGENT, SOON)
TIER_RANK = {tier: rank for rank, tier in enumerate(TIERS)}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50,
    "sixty": 60, "ninety": 90, "couple": 2, "few": 3, "several": 3, "many": 4,
}  # fmt: skip
_UNIT_MINUTES = {
    "min": 1, "mins": 1, "minute": 1, "minutes": 1, "hour": 60, "hours": 60, "hr": 60,
    "hrs": 60, "day": 1440, "days": 1440, "week": 10080, "weeks": 10080, "month": 43200,
    "months": 43200, "year": 525600, "years": 525600,
}  # fmt: skip
_DURATION = re.compile(
    r"\b(?:(?:over|more than|about|around|almost|nearly|at least)\s+)?"
    r"(?:a\s+)?(?P<number>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|couple|"
    r"few|several|many)(?:\s+of)?(?:\s+or\s+\w+)?\s*[-\s]?\s*(?P<unit>mins?|minutes?|hours?|hrs?|"
    r"days?|weeks?|months?|years?)\b"
    r"|\b(?P<half>half an hour|half hour)\b"
)
TEN_MINUTES = 10
TWO_WEEKS = 14 * 1440
ONE_DAY = 1440


@dataclass(frozen=True)
class Finding:
    """One red flag in a message."""

    tier: str
    reason: str
    evidence: tuple[str, ...]


def strictest_tier(findings: Iterable[Finding]) -> str | None:
    best = min((TIER_RANK[f.tier] for f in findings), default=None)
    return None if best is None else TIERS[best]


def _duration_mentions(doc: Doc) -> list[Mention]:
    """Pseudo-concepts for how long something has lasted."""
    mentions = []
    for match in _DURATION.finditer(doc.text):
        before, after = doc.text[: match.start()], doc.text[match.end() :]
        frequency = re.search(r"\b(?:every|each|once|twice|a|per|times)\s*$", before)
        if frequency and not match.group("half"):
            continue  # "every few months" is how often, not how long
        if re.match(r"\s*(?:ago|back|earlier|before)\b", after):
            continue  # "two weeks ago" is when, not how long
        if re.match(r"\s*(?:old|pregnant|gestation|along|postpartum)\b", after):
            continue  # "80 year old", "30 weeks pregnant" is an age
        if match.group("half"):
            minutes = 30.0
        else:
            raw = match.group("number")
            number = float(raw) if raw[0].isdigit() else _NUMBER_WORDS.get(raw, 1)
            minutes = number * _UNIT_MINUTES[match.group("unit")]
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        status = context_status(span)
        if TEN_MINUTES <= minutes < ONE_DAY:
            mentions.append(
                Mention("DURATION_OVER_10_MINUTES", span.start, span.end, span.text, status)
            )
        if minutes >= TWO_WEEKS:
            mentions.append(
                Mention("DURATION_OVER_2_WEEKS", span.start, span.end, span.text, status)
            )
    return mentions + _clock_duration_mentions(doc)


_CLOCK = re.compile(r"\b(\d{1,2})[.:](\d{2})\b")


def _clock_duration_mentions(doc: Doc) -> list[Mention]:
    """ "started at 11.30 and it's 11.50 now": two clock times 10 minutes or more apart."""
    times = [(m, int(m.group(1)) * 60 + int(m.group(2))) for m in _CLOCK.finditer(doc.text)]
    times = [(m, t) for m, t in times if int(m.group(2)) < 60]
    if len(times) < 2:
        return []
    (first, start), (last, end) = times[0], times[-1]
    elapsed = (end - start) % (12 * 60)
    span = doc.char_span(first.start(), last.end(), alignment_mode="expand")
    if span is None or not TEN_MINUTES <= elapsed < 12 * 60:
        return []
    return [Mention("DURATION_OVER_10_MINUTES", span.start, span.end, span.text, Status.PRESENT)]


class RedFlagDetector:
    """Finds red flags in free text. Build once; `detect` is thread-safe and fast."""

    def __init__(self) -> None:
        self.concepts = ConceptMatcher(CONCEPTS, IDIOMS)

    def analyse(self, text: str) -> tuple[list[Mention], list[Finding]]:
        """All concept mentions with their context, and the findings they make."""
        if not text or not text.strip():
            return [], []
        doc = self.concepts.parse(text)
        mentions = self.concepts.mentions(doc) + _duration_mentions(doc)
        return mentions, self._findings(mentions)

    def detect(self, text: str) -> list[Finding]:
        """Findings for `text`, strictest tier first."""
        return self.analyse(text)[1]

    @staticmethod
    def _findings(mentions: Sequence[Mention]) -> list[Finding]:
        present: dict[str, list[str]] = {}
        for mention in mentions:
            if mention.status is Status.PRESENT:
                present.setdefault(mention.concept, []).append(mention.text)
        findings = []
        for reason, (tier, alternatives) in RULES.items():
            for required in alternatives:
                wanted = [c for c in required if not c.startswith("!")]
                unwanted = [c[1:] for c in required if c.startswith("!")]
                if all(c in present for c in wanted) and not any(c in present for c in unwanted):
                    evidence = tuple(text for c in wanted for text in present[c])
                    findings.append(Finding(tier, reason, evidence))
                    break
        return sorted(findings, key=lambda f: (TIER_RANK[f.tier], f.reason))


@functools.lru_cache(maxsize=1)
def get_detector() -> RedFlagDetector:
    """The detector of this process, built on first use (about half a second)."""
    return RedFlagDetector()
