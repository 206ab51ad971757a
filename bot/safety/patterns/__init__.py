"""The clinical knowledge of the red-flag detector: symptom concepts and the rules over them.

Concepts are phrases in the pattern language of `bot.safety.phrases` (`a|b` alternatives,
`(two words|one)` multi-word alternatives, `?` optional, `~` prefix, `*`/`**` gaps).
Rules say which present concepts make a finding: a rule is a list of alternatives, and an
alternative is a list of concepts that must all be present in the message (a concept
written `!NAME` must be absent). Reason codes and tiers are the contract documented in
docs/red_flags.md. A message that fits rules of two tiers gets both findings, and the
reply follows the stricter.

One module per body system or concern holds its concepts (`CONCEPTS`); `idioms` holds
the figures of speech, `rules` the rules and question rules, `vocabulary` the tiers and
shared word lists. This package imports nothing but itself.
"""

from __future__ import annotations

from bot.safety.patterns import (
    circulation,
    course,
    infection,
    medicines,
    metabolic,
    musculoskeletal,
    neurological,
    pregnancy,
    self_harm,
    spine,
)
from bot.safety.patterns.idioms import IDIOMS
from bot.safety.patterns.rules import (
    HISTORY_COUNTS,
    QUESTION_COUNTS,
    QUESTION_RULES,
    RESOLVED_COUNTS,
    RULES,
)

__all__ = [
    "CONCEPTS",
    "HISTORY_COUNTS",
    "IDIOMS",
    "QUESTION_COUNTS",
    "QUESTION_RULES",
    "RESOLVED_COUNTS",
    "RULES",
]


def _merge() -> dict[str, list[str]]:
    """All modules' concepts in one table; a name defined twice is a mistake, not an override."""
    merged: dict[str, list[str]] = {}
    for module in (
        circulation,
        neurological,
        spine,
        infection,
        metabolic,
        medicines,
        self_harm,
        pregnancy,
        musculoskeletal,
        course,
    ):
        clash = merged.keys() & module.CONCEPTS.keys()
        if clash:
            raise ValueError(f"concepts defined twice: {sorted(clash)}")
        merged.update(module.CONCEPTS)
    return merged


CONCEPTS: dict[str, list[str]] = _merge()
