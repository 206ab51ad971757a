"""Grouping similar questions in the review queue, so staff handle each need once.

Two questions are similar when their content words overlap or their letter trigrams do
(which survives typos: "musle spasm" and "muscle spasm"). Grouping is greedy, newest first:
a question joins the first group holding a similar question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.storage.models import ReviewItem

SIMILARITY = 0.5
# Words too common to tell two questions apart.
STOPWORDS = frozenset({
    "a", "an", "and", "are", "at", "be", "can", "could", "do", "does", "for", "from", "have",
    "how", "i", "i'm", "im", "in", "is", "it", "its", "me", "my", "of", "on", "or", "should",
    "so", "that", "the", "there", "this", "to", "was", "what", "whats", "when", "where",
    "which", "who", "why", "will", "with", "would", "you", "your",
})  # fmt: skip


def words(text: str) -> set[str]:
    """Content words of a question, lower-cased."""
    return {w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in STOPWORDS}


def trigrams(text: str) -> set[str]:
    squashed = " ".join(re.findall(r"[a-z0-9]+", text.lower()))
    padded = f" {squashed} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _jaccard(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def similarity(first: str, second: str) -> float:
    """0 (unrelated) to 1 (the same question)."""
    return max(_jaccard(words(first), words(second)), _jaccard(trigrams(first), trigrams(second)))


@dataclass
class ReviewGroup:
    """Similar open review items; the newest one stands for the group."""

    items: list[ReviewItem] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Stable enough to address the group in a form: its item ids."""
        return ",".join(str(item.id) for item in self.items)

    @property
    def ids(self) -> list[int]:
        return [item.id for item in self.items]

    @property
    def text(self) -> str:
        return self.items[0].text

    @property
    def texts(self) -> list[str]:
        """Distinct question texts, newest first."""
        seen: dict[str, str] = {}
        for item in self.items:
            seen.setdefault(" ".join(item.text.lower().split()), item.text)
        return list(seen.values())

    @property
    def kinds(self) -> list[str]:
        return sorted({item.kind for item in self.items})

    @property
    def channels(self) -> list[str]:
        return sorted({item.channel for item in self.items})

    @property
    def last_at(self):
        return max(item.created_at for item in self.items)


def group_similar(items: Sequence[ReviewItem], threshold: float = SIMILARITY) -> list[ReviewGroup]:
    """Groups items whose questions are similar; groups come newest first."""
    ordered = sorted(items, key=lambda i: (i.created_at, i.id), reverse=True)
    groups: list[ReviewGroup] = []
    for item in ordered:
        for group in groups:
            if any(similarity(item.text, other.text) >= threshold for other in group.items):
                group.items.append(item)
                break
        else:
            groups.append(ReviewGroup([item]))
    return groups
