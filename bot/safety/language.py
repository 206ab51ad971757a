"""The in-repo English spaCy pipeline and the text clean-up the safety layer relies on.

No installable package ships a spaCy 3.4 English model, so the pipeline is built here:
blank English, the lookup lemmatizer from `spacy-lookups-data`, and a rule-based
sentencizer. `normalise` expands contractions ("can't" -> "can not") so that negation and
symptom patterns see one spelling, and `SpellingCorrector` repairs misspelled symptom
words ("numbnes", "siezure") against the vocabulary the patterns use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable

import spacy
from spacy.language import Language

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_CONTRACTIONS = [
    (re.compile(r"\bcan'?t\b|\bcannot\b"), "can not"),
    (re.compile(r"\bwon'?t\b"), "will not"),
    (
        re.compile(
            r"\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n'?t\b"
        ),
        r"\1 not",
    ),
    (re.compile(r"\bi'?m\b"), "i am"),
    (re.compile(r"\bi'?ve\b"), "i have"),
    (re.compile(r"\bi'?ll\b"), "i will"),
    (re.compile(r"\bi'd\b"), "i would"),
    (re.compile(r"\b(it|that|he|she|there|what|who)'s\b"), r"\1 is"),
    (re.compile(r"\b(you|we|they)'re\b"), r"\1 are"),
    (re.compile(r"\b(you|we|they)'ve\b"), r"\1 have"),
]
_WORD = re.compile(r"[a-z]+")


def normalise(text: str) -> str:
    """Lower-cases, unifies apostrophes, splits hyphenated words, expands contractions."""
    text = text.translate(_APOSTROPHES).lower()
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "pain-o-soma", "self-harm"
    text = re.sub(r"\s(?:n|&|\+)\s", " and ", text)  # "face n lips", "face & lips"
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


@functools.lru_cache(maxsize=1)
def english() -> Language:
    """Blank English with lookup lemmas and sentence boundaries, built once per process."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("sentencizer")
    nlp.initialize()
    return nlp


class KnownWords:
    """English words known to spacy-lookups-data: the WordNet word index, inflected forms
    and their lemmas."""

    def __init__(self) -> None:
        from spacy.lookups import load_lookups

        self._table = english().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
        index = load_lookups("en", ["lemma_index"]).get_table("lemma_index")
        words = {v for v in self._table.values() if isinstance(v, str)}
        for _, by_pos in index.items():
            words.update(word for word in by_pos if isinstance(word, str))
        self._words = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._words or word in self._table)


@functools.lru_cache(maxsize=1)
def known_words() -> KnownWords:
    return KnownWords()


def lemma(word: str) -> str:
    """The lookup lemma of a single lower-case word."""
    tokens = english()(word)
    if len(tokens) != 1:
        raise ValueError(f"not a single word: {word!r}")
    return tokens[0].lemma_.lower()


def _edits(word: str) -> set[str]:
    """Strings one deletion away from `word`."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count as one edit)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


# Places the clinic's patients name (Istanbul districts, Turkish cities): never a misspelt
# symptom ("a church in Fener" is not "fever", FAQ blind v26).
_PLACES = """fener balat moda sisli besiktas kadikoy uskudar fatih beyoglu taksim karakoy eminonu
    bakirkoy atasehir maltepe kartal pendik sariyer bebek ortakoy cihangir nisantasi levent
    maslak esenyurt basaksehir bagcilar zeytinburnu florya yesilkoy tuzla beykoz kasimpasa
    galata suadiye bostanci etiler kurtulus ferikoy tophane fenerbahce sultanahmet kumkapi
    cengelkoy kandilli arnavutkoy sile kilyos ankara izmir bursa antalya trabzon konya adana
    mersin bodrum fethiye marmaris kapadokya cappadocia edirne canakkale eskisehir"""
# Words of other languages and English words the lemmatizer lacks, each one or two edits
# from a symptom or medicine word ("bugun" is Turkish "today", not "begun"; "neler" is not
# "never", "ayrica" not "lyrica", "pektoral" not "perioral", "bitte" not "bite", "Sharm"
# not "harm"). Found by running the corrector over every Turkish and mixed message in the
# evaluation sets and the safety corpus (2026-12-07, eighteenth session).
_NOT_MISSPELT = """bugun artik sanki nasil neler seans stres zaten girip sizce bende bence maden
    diger hissi programi sizde ayrica korse liste isten telle olmus gures sebze motordan dolmu
    sefer burun garip donem doner bomba pektoral denge hamal yours whose although toward
    theirs warum bitte danke perdon mucho comme heure piace hatha seiza sharm hungover aider
    coworking twinging benching binging bingeing gigging nomading footy satay carbs astro
    clare oakes morin newlyn comino"""
NEVER_CORRECTED = frozenset(_PLACES.split()) | frozenset(_NOT_MISSPELT.split())


class SpellingCorrector:
    """Repairs unknown words that are one or two edits away from a vocabulary word.

    Only words the lemmatizer does not know are touched, and short words are left alone,
    so an ordinary word is never turned into a symptom word. Lookup uses deletion
    neighbourhoods (the SymSpell idea), so a message costs microseconds.
    """

    # Four-letter words are too easily another word ("fait" is not "faint").
    MIN_LENGTH_ONE_EDIT = 5
    MIN_LENGTH_TWO_EDITS = 8

    def __init__(self, vocabulary: Iterable[str], dictionary: Container[str]) -> None:
        self.vocabulary = {word for word in vocabulary if word.isalpha()}
        self.dictionary = dictionary
        self._neighbours: dict[str, set[str]] = {}
        for word in self.vocabulary:
            for variant in self._deletions(word, 2):
                self._neighbours.setdefault(variant, set()).add(word)

    @staticmethod
    def _deletions(word: str, depth: int) -> set[str]:
        variants = {word}
        frontier = {word}
        for _ in range(depth):
            frontier = {edit for item in frontier for edit in _edits(item)}
            variants |= frontier
        return variants

    def correct_word(self, word: str) -> str:
        if (
            len(word) < self.MIN_LENGTH_ONE_EDIT
            or word in self.vocabulary
            or word in self.dictionary
            or word in NEVER_CORRECTED
        ):
            return word
        allowed = 2 if len(word) >= self.MIN_LENGTH_TWO_EDITS else 1
        candidates: set[str] = set()
        for variant in self._deletions(word, allowed):
            candidates |= self._neighbours.get(variant, set())
        scored = sorted(
            (edit_distance(word, candidate), candidate)
            for candidate in candidates
            if abs(len(candidate) - len(word)) <= allowed
        )
        if scored and scored[0][0] <= allowed:
            return scored[0][1]
        return word

    def correct(self, text: str) -> str:
        """`text` with every unknown, repairable word replaced by its correction."""
        return _WORD.sub(lambda match: self.correct_word(match.group(0)), text)
