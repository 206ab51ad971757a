"""The detector's pattern language: what a phrase compiles to, and phrases it refuses."""

from __future__ import annotations

import pytest

from bot.safety.phrases import compile_phrase


@pytest.mark.parametrize(
    "phrase",
    ["can not * (stay awake|keep * eyes open)", "(lips|(my|his) lips) blue"],
)
def test_a_gap_or_a_nested_slot_inside_a_slot_is_refused(phrase: str) -> None:
    # Either would be matched as a literal word, so the alternative would never match.
    with pytest.raises(ValueError):
        compile_phrase(phrase)


def test_a_number_can_be_one_alternative_of_a_slot() -> None:
    patterns = compile_phrase("gone for (a few|#) seconds")
    assert any({"LIKE_NUM": True} in pattern for pattern in patterns)
