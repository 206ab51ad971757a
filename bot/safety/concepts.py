"""Finding symptom concepts in a message: the matcher over the pattern language.

Concepts are phrases in the language of `bot.safety.phrases`; each mention found is
judged by `bot.safety.mention_status` (present, negated, hypothetical, history...).
Owns the matching and the windows long messages are read in; may import
`bot.safety.language`, `bot.safety.phrases` and `bot.safety.mention_status`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from bot.safety.language import SpellingCorrector, english, known_words, normalise
from bot.safety.mention_status import IDIOM, Mention, judged_mentions, within_one_sentence
from bot.safety.phrases import GAP_KEY, compile_phrase, phrase_words

# Longer messages are screened in windows of whole sentences up to WINDOW characters, and
# a sentence longer than SENTENCE_LIMIT in overlapping pieces, so the cost grows linearly
# with the length: the Matcher's gaps make it quadratic within one sentence.
WINDOW = 1500
SENTENCE_LIMIT = 250
OVERLAP = 80
_SENTENCE_END = re.compile(r"(?<=[.!?;\n])\s+")


def windows(text: str) -> list[str]:
    """`text` as whole sentences packed into windows, long sentences cut with overlap."""
    if len(text) <= WINDOW and all(len(p) <= SENTENCE_LIMIT for p in _SENTENCE_END.split(text)):
        return [text]
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        pieces += _cut(sentence) if len(sentence) > SENTENCE_LIMIT else [sentence]
    packed: list[str] = []
    for piece in pieces:
        if packed and len(packed[-1]) + len(piece) < WINDOW:
            packed[-1] += " " + piece
        else:
            packed.append(piece)
    return packed


def _cut(sentence: str) -> list[str]:
    """A run-on sentence in pieces of about SENTENCE_LIMIT characters, overlapping."""
    pieces, start = [], 0
    while start < len(sentence):
        end = min(len(sentence), start + SENTENCE_LIMIT)
        if end < len(sentence):
            cut = sentence.rfind(" ", start + SENTENCE_LIMIT - OVERLAP, end)
            end = cut if cut > start else end
        pieces.append(sentence[start:end] + ".")
        if end >= len(sentence):
            break
        start = max(end - OVERLAP, start + 1)
    return pieces


class ConceptMatcher:
    """Finds concept mentions in a message and classifies their context."""

    def __init__(self, concepts: Mapping[str, Sequence[str]], idioms: Sequence[str] = ()) -> None:
        """`idioms` are figures of speech ("giving me a heart attack"): a concept mention
        inside one is figurative, not a symptom."""
        self.nlp = english()
        concepts = {**concepts, IDIOM: list(idioms)} if idioms else dict(concepts)
        # One key per compiled pattern, so a match tells which of its tokens fell in a
        # gap: a negation there ("face is not drooping") negates the mention, while one
        # the pattern spells out ("can not breathe") is part of the symptom.
        self._patterns: dict[str, tuple[str, list[dict]]] = {}
        # One Matcher per concept, run only when the message contains a word that can
        # start one of its patterns: most messages touch a handful of concepts, and the
        # Matcher's cost grows with the number of patterns it tries at every token.
        self._matchers: dict[str, Matcher] = {}
        self._prefilter = _Prefilter()
        for name, phrases in concepts.items():
            matcher = self._matchers[name] = Matcher(self.nlp.vocab)
            for phrase in phrases:
                for pattern in compile_phrase(phrase):
                    key = f"{name}#{len(self._patterns)}"
                    self._patterns[key] = (name, pattern)
                    matcher.add(key, [[_for_matcher(t) for t in pattern]])
                    self._prefilter.add(name, _required_slots(pattern))
        vocabulary = phrase_words(p for phrases in concepts.values() for p in phrases)
        self.speller = SpellingCorrector(vocabulary, known_words())

    def parse(self, text: str) -> Doc:
        """The normalised, spelling-corrected message as a spaCy Doc."""
        return self.nlp(self.speller.correct(normalise(text)))

    def _matches(self, doc: Doc):
        words = {t.lemma_ for t in doc} | {t.lower_ for t in doc}
        for concept in self._prefilter.possible(words):
            yield from self._matchers[concept](doc, with_alignments=True)

    def mentions(self, doc: Doc) -> list[Mention]:
        found: dict[tuple[str, int], tuple[Span, list[int]]] = {}
        for match_id, start, end, alignment in self._matches(doc):
            span = doc[start:end]
            if not within_one_sentence(span):
                continue  # a gap must not cross a sentence boundary
            concept, pattern = self._patterns[self.nlp.vocab.strings[match_id]]
            gap_lengths = Counter(slot for slot in alignment if GAP_KEY in pattern[slot])
            if any(n > pattern[slot][GAP_KEY] for slot, n in gap_lengths.items()):
                continue
            gaps = [start + i for i, slot in enumerate(alignment) if GAP_KEY in pattern[slot]]
            key = (concept, start)
            kept = found.get(key)
            # An idiom keeps its longest match, so it covers the whole figure of speech
            # ("giving me the worst headache of my life"); a concept its shortest.
            if kept is None or (end > kept[0].end if concept == IDIOM else end < kept[0].end):
                found[key] = (span, gaps)
        # Context is judged once per mention, on its shortest match: a long message has
        # many matches per start, and judging each would cost the square of its length.
        return judged_mentions(
            (concept, span, gaps) for (concept, _), (span, gaps) in found.items()
        )


@dataclass(frozen=True)
class _Slot:
    """The words a non-optional pattern token accepts (or word prefixes)."""

    words: frozenset[str]
    prefixes: tuple[str, ...]

    def found_in(self, words: set[str]) -> bool:
        if not self.words.isdisjoint(words):
            return True
        return bool(self.prefixes) and any(w.startswith(self.prefixes) for w in words)


class _Prefilter:
    """Which concepts can possibly match a message, from the words it contains.

    Each pattern is indexed under the words of its most specific required token; a
    concept is possible when one of its patterns has all its required tokens present.
    Equal slots are stored once and checked at most once per message: thousands of
    patterns share a few hundred word sets.
    """

    def __init__(self) -> None:
        self._slots: list[_Slot] = []
        self._slot_ids: dict[_Slot, int] = {}
        self._by_word: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        self._by_prefix: list[tuple[tuple[str, ...], str, tuple[int, ...]]] = []
        self._always: set[str] = set()

    def add(self, concept: str, slots: list[_Slot]) -> None:
        ids = tuple(self._slot_id(s) for s in slots)
        with_words = [s for s in slots if s.words and not s.prefixes]
        if with_words:
            anchor = min(with_words, key=lambda s: len(s.words))
            for word in anchor.words:
                self._by_word.setdefault(word, []).append((concept, ids))
        elif slots:
            self._by_prefix.append((slots[0].prefixes, concept, ids))
        else:
            self._always.add(concept)

    def _slot_id(self, slot: _Slot) -> int:
        if slot not in self._slot_ids:
            self._slot_ids[slot] = len(self._slots)
            self._slots.append(slot)
        return self._slot_ids[slot]

    def possible(self, words: set[str]) -> set[str]:
        concepts = set(self._always)
        candidates = [entry for word in words for entry in self._by_word.get(word, ())]
        candidates += [
            (concept, ids)
            for prefixes, concept, ids in self._by_prefix
            if any(w.startswith(prefixes) for w in words)
        ]
        present: dict[int, bool] = {}
        for concept, ids in candidates:
            if concept in concepts:
                continue
            for i in ids:
                found = present.get(i)
                if found is None:
                    found = present[i] = self._slots[i].found_in(words)
                if not found:
                    break
            else:
                concepts.add(concept)
        return concepts


def _required_slots(pattern: list[dict]) -> list[_Slot]:
    """The tokens of `pattern` that must be present, as word sets to check quickly."""
    slots = []
    for token in pattern:
        if GAP_KEY in token or token.get("OP") == "?" or "LIKE_NUM" in token:
            continue
        if "LEMMA" in token:
            slots.append(_Slot(frozenset(token["LEMMA"]["IN"]), ()))
        elif "LOWER" in token:
            words, prefixes = set(), []
            for option in token["LOWER"]["REGEX"][4:-1].split("|"):
                option = option.replace("\\", "")
                if option.endswith("$"):
                    words.add(option[:-1])
                else:
                    prefixes.append(option)
            slots.append(_Slot(frozenset(words), tuple(prefixes)))
    return slots


def _for_matcher(token: dict) -> dict:
    return {key: value for key, value in token.items() if key != GAP_KEY}
