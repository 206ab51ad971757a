"""The pattern language concepts are written in, compiled to spaCy Matcher patterns.

A concept ("chest pain", "can not breathe") is a list of phrases; each phrase is a list of
slots over lemmas:

    "chest * pain|ache|tight"   slots separated by spaces
    a|b|c                       any of these words (compared by lemma, so "swollen"
                                also matches "swelling" and "swell")
    (a b|c)                     any of these word sequences ("pins and needles")
    word?                       an optional word
    numb~                       any word starting with "numb" (a slot with a prefix
                                compares its other words as written, not by lemma)
    *  /  **                    up to 3 / up to 6 other words in between
    #                           a number ("20", "twenty")

Owns only the language; may import `bot.safety.language`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.safety.language import lemma

SHORT_GAP = 3
LONG_GAP = 6
# Gaps compile to one unbounded wildcard (far cheaper for the Matcher than a chain of
# optional tokens); their length limit is kept under this key and checked per match.
GAP_KEY = "max_gap"
# A gap may span words and commas, not the end of a sentence.
GAP_TOKEN = {"ORTH": {"NOT_IN": [".", "!", "?", ";", ":"]}, "OP": "*"}


# Words whose lookup lemma is a different word ("worse" -> "wrong", "wound" -> "wind",
# "fitting" -> "fit"): patterns match these only as written.
LITERAL_WORDS = {
    "worse", "worst", "better", "best", "more", "most", "wound", "cola", "shot", "left",
    "fitting", "found", "bit", "was", "were", "is", "felt", "stuck", "wasted", "hammered",
    "chills", "smaller", "thinner", "hives",
}  # fmt: skip
_SLOT = re.compile(r"\([^()]*\)\??|\S+")


def _lemma_token(words: Sequence[str]) -> dict:
    return {"LEMMA": {"IN": sorted({lemma(w) for w in words} | set(words))}}


def _literal_token(words: Sequence[str], prefixes: Sequence[str] = ()) -> dict:
    """Matches the text as written: exact words, or words starting with a prefix."""
    options = [re.escape(p) for p in prefixes] + [re.escape(w) + "$" for w in words]
    return {"LOWER": {"REGEX": "^(?:" + "|".join(options) + ")"}}


def _word_tokens(words: Sequence[str]) -> list[dict]:
    """Alternative single-token patterns for a slot's single-word alternatives."""
    prefixes = [w[:-1] for w in words if w.endswith("~")]
    literal = [w for w in words if w in LITERAL_WORDS]
    by_lemma = [w for w in words if not w.endswith("~") and w not in LITERAL_WORDS]
    tokens = [_lemma_token(by_lemma)] if by_lemma else []
    if prefixes or literal:
        tokens.append(_literal_token(literal, prefixes))
    return tokens


NUMBER_TOKEN = {"LIKE_NUM": True}  # "#", alone or as an alternative in a slot


def _slot_alternatives(slot: str) -> list[list[dict]]:
    """The token sequences one slot can match (a gap yields a single optional sequence)."""
    if slot == "*":
        return [[{**GAP_TOKEN, GAP_KEY: SHORT_GAP}]]
    if slot == "**":
        return [[{**GAP_TOKEN, GAP_KEY: LONG_GAP}]]
    if slot in ("#", "#?"):
        return [[{**NUMBER_TOKEN, **({"OP": "?"} if slot == "#?" else {})}]]
    optional = slot.endswith("?") and len(slot) > 1
    body = slot[:-1] if optional else slot
    body = body[1:-1] if body.startswith("(") else body
    alternatives = [a.split() for a in body.split("|") if a.strip()]
    single = [a[0] for a in alternatives if len(a) == 1 and a[0] != "#"]
    sequences = [[token] for token in _word_tokens(single)]
    if ["#"] in alternatives:
        sequences.append([dict(NUMBER_TOKEN)])
    for words in (a for a in alternatives if len(a) > 1):
        sequences.append([dict(NUMBER_TOKEN) if w == "#" else _word_tokens([w])[0] for w in words])
    if optional and all(len(seq) == 1 for seq in sequences):
        return [[{**token, "OP": "?"} for token in seq] for seq in sequences]
    if optional:
        sequences.append([])  # the slot may be left out altogether
    return sequences


def compile_phrase(phrase: str) -> list[list[dict]]:
    """One phrase of the pattern language as spaCy Matcher patterns (one per expansion)."""
    patterns: list[list[dict]] = [[]]
    for slot in _SLOT.findall(phrase):
        _check_slot(slot, phrase)
        patterns = [p + seq for p in patterns for seq in _slot_alternatives(slot)]
    return patterns


def _check_slot(slot: str, phrase: str) -> None:
    """A gap or a parenthesis inside a slot would be matched as a literal word, so the
    alternative would silently never match ("keep * eyes open" did not)."""
    body = slot[:-1] if slot.endswith("?") and len(slot) > 1 else slot
    if body in ("*", "**", "#"):
        return
    inner = body[1:-1] if body.startswith("(") and body.endswith(")") else body
    if "(" in inner or ")" in inner or {"*", "**"} & set(inner.replace("|", " ").split()):
        raise ValueError(f"a gap or a nested slot inside {slot!r} in {phrase!r}")


def phrase_words(phrases: Iterable[str]) -> set[str]:
    """Literal words used by phrases: the vocabulary for spelling correction."""
    return {word for phrase in phrases for word in re.findall(r"[a-z]+(?![a-z~])", phrase)}
