"""Reading level of patient-facing text: Flesch-Kincaid grade and sentence length.

Patient material aims at school grade 6-8 (docs/content_style.md). The formula is the
published one (Kincaid et al., 1975); syllables are counted by a vowel-group rule that is
close enough for short answers and needs no dictionary. Imports nothing from the project,
so content checks, the console and the tests share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Placeholders such as {clinic_phone} are filled at run time; they read as one short word.
_PLACEHOLDER = re.compile(r"{[^{}]*}")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:[.,]\d+)?")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


@dataclass(frozen=True)
class Reading:
    """How hard a text is to read: its grade and its longest sentence in words."""

    grade: float
    words: int
    sentences: int
    longest_sentence: int
    longest_text: str


def syllables(word: str) -> int:
    """Syllables in one English word, by vowel groups with the common silent endings."""
    word = word.lower().strip("'’")
    if word.isdigit() or not word:
        return 1
    parts = re.split(r"['’-]", word)
    if len(parts) > 1:
        return sum(syllables(part) for part in parts if part)
    count = len(_VOWEL_GROUP.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent final e: "take", "muscle" keeps its "le"
    sounded = ("ted", "ded", "ses", "zes", "ces", "ges", "xes", "shes", "ches")
    if word.endswith(("ed", "es")) and not word.endswith(sounded) and count > 1:
        count -= 1  # "stretched", "cramped", "tries": no extra syllable
    return max(1, count)


def sentences(text: str) -> list[str]:
    """The text's sentences, split after ., ! or ? followed by a space."""
    text = _PLACEHOLDER.sub("it", text).strip()
    return [part for part in _SENTENCE.split(text) if _WORD.search(part)]


def words(sentence: str) -> list[str]:
    return _WORD.findall(_PLACEHOLDER.sub("it", sentence))


def reading(text: str) -> Reading:
    """Flesch-Kincaid grade: 0.39 x words per sentence + 11.8 x syllables per word - 15.59."""
    parts = sentences(text) or [text]
    counts = [len(words(part)) for part in parts]
    all_words = [word for part in parts for word in words(part)]
    if not all_words:
        return Reading(0.0, 0, 0, 0, "")
    total_syllables = sum(syllables(word) for word in all_words)
    grade = 0.39 * (len(all_words) / len(parts)) + 11.8 * (total_syllables / len(all_words)) - 15.59
    longest = max(range(len(parts)), key=lambda i: counts[i])
    return Reading(
        grade=round(grade, 1),
        words=len(all_words),
        sentences=len(parts),
        longest_sentence=counts[longest],
        longest_text=parts[longest],
    )
