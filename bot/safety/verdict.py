"""The safety contract: tiers, findings, and the verdict every reader takes from parse data.

The safety screen (`bot.nlu.safety_screen`) writes its findings into a message's parse
data under `red_flags`; the escalation action, the event broker, the retrain gates and
the channels read them back with `verdict_from_parse_data`, so they cannot disagree on
the tier of a message. Standard library only: the action server imports this.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

FINDINGS_KEY = "red_flags"
TIER_ENTITY = "red_flag_tier"
# The intents the safety screen sets (docs/red_flags.md): an urgent or emergency finding,
# a soon finding that keeps the FAQ answer, and a safety question.
RED_FLAG_INTENT = "red_flag"
SOON_WITH_ANSWER_INTENT = "faq_with_soon_flag"
SAFETY_CHECK_INTENT = "safety_check"
# Notes the screen leaves on a message for the turn's first reply (`bot.rasa_plugins.nlg`):
# the safety question asked last turn went unanswered; part of the message is in a
# language the screen cannot read.
REMINDER_KEY = "safety_reminder"
PARTLY_UNREADABLE_KEY = "partly_unreadable"


class Tier(str, enum.Enum):
    """How soon the patient must be seen, strictest first."""

    EMERGENCY = "emergency"  # call the emergency number now
    URGENT = "urgent"  # be seen today (GP, urgent care, 111-style service)
    SOON = "soon"  # book an appointment

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: object) -> Tier | None:
        """The tier named by `value`, or None for anything else."""
        try:
            return cls(value)
        except ValueError:
            return None


_RANK = {tier: rank for rank, tier in enumerate(Tier)}
TIERS = tuple(tier.value for tier in Tier)
TIER_RANK = {tier.value: tier.rank for tier in Tier}


class Layer(str, enum.Enum):
    """Which part of the screen produced a finding: staff see it on the escalation."""

    PATTERNS = "patterns"  # the deterministic detector, on this message
    CONTEXT = "context"  # the detector, on this message with the conversation's last ones
    LEARNED = "learned"  # the learned second layer
    QUESTION = "safety_question"  # the patient answered yes to a safety question


@dataclass(frozen=True)
class Finding:
    """One red flag in a message."""

    tier: str
    reason: str
    evidence: tuple[str, ...]
    layer: str = Layer.PATTERNS.value

    def as_dict(self) -> dict[str, Any]:
        return {
            "tier": self.tier,
            "reason": self.reason,
            "evidence": list(self.evidence),
            "layer": self.layer,
        }


def strictest_tier(findings: Iterable[Finding]) -> str | None:
    """The strictest tier among `findings`, or None when there are none."""
    return strictest(f.tier for f in findings)


def strictest(tiers: Iterable[str]) -> str | None:
    """The strictest of `tiers`, or None when there are none."""
    ranks = [TIER_RANK[tier] for tier in tiers if tier in TIER_RANK]
    return TIERS[min(ranks)] if ranks else None


@dataclass(frozen=True)
class Verdict:
    """What the screen concluded about one user message, as the readers see it."""

    tier: str | None
    reasons: tuple[str, ...]
    layers: tuple[str, ...]


NO_RED_FLAG = Verdict(None, (), ())


def verdict_from_parse_data(parse: Mapping[str, Any] | None) -> Verdict:
    """The verdict recorded in a message's parse data.

    The findings are the source of truth. A message whose tier entity is set without
    findings (a test story, a message parsed by an older model) counts at that tier with
    the reason `unspecified`; an unknown tier counts as an emergency, because a reader
    that cannot tell must not under-triage.
    """
    parse = parse or {}
    findings = [f for f in parse.get(FINDINGS_KEY) or [] if isinstance(f, Mapping)]
    tiers = [f.get("tier") for f in findings]
    if not tiers:
        tiers = [
            e.get("value")
            for e in parse.get("entities") or []
            if isinstance(e, Mapping) and e.get("entity") == TIER_ENTITY
        ]
    if not tiers:
        return NO_RED_FLAG
    known = [Tier.parse(t) or Tier.EMERGENCY for t in tiers]
    tier = min(known, key=lambda t: t.rank).value
    reasons = tuple(dict.fromkeys(str(f.get("reason")) for f in findings if f.get("reason")))
    layers = tuple(dict.fromkeys(str(f.get("layer") or Layer.PATTERNS.value) for f in findings))
    return Verdict(tier, reasons or ("unspecified",), layers)
