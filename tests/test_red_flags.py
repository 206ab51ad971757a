"""The red-flag detector and the dosing guard against the labelled suites in tests/safety/."""

from __future__ import annotations

import pytest
import yaml

from bot.dosing import get_dosing_guard
from bot.red_flag_patterns import RULES
from bot.red_flags import TIER_RANK, get_detector, strictest_tier
from bot.settings import PROJECT_ROOT

SAFETY = PROJECT_ROOT / "tests" / "safety"
CASES = yaml.safe_load((SAFETY / "red_flag_cases.yml").read_text())["cases"]
POSITIVES = [c for c in CASES if c["tier"] != "none"]
NEGATIVES = [c for c in CASES if c["tier"] == "none"]
DOSING = yaml.safe_load((SAFETY / "dosing_cases.yml").read_text())["cases"]


def _id(case) -> str:
    return case["text"][:60]


def test_the_suite_covers_every_reason_code_several_ways():
    assert len(CASES) >= 250
    for reason in RULES:
        phrasings = [c for c in POSITIVES if reason in c["reasons"]]
        assert len(phrasings) >= 5, reason
    kinds = {c["kind"] for c in NEGATIVES}
    assert {"negated", "historical", "informational", "benign"} <= kinds


@pytest.mark.parametrize("case", POSITIVES, ids=_id)
def test_every_dangerous_message_is_escalated_at_its_tier_or_stricter(case):
    findings = get_detector().detect(case["text"])
    tier = strictest_tier(findings)
    assert tier is not None, "missed"
    assert TIER_RANK[tier] <= TIER_RANK[case["tier"]], f"under-triaged as {tier}"
    assert set(case["reasons"]) <= {f.reason for f in findings}


@pytest.mark.parametrize("case", NEGATIVES, ids=_id)
def test_negated_past_informational_and_benign_messages_are_not_escalated(case):
    assert get_detector().detect(case["text"]) == []


@pytest.mark.parametrize("case", DOSING, ids=_id)
def test_dosing_requests_are_recognised(case):
    assert get_dosing_guard().is_dosing_request(case["text"]) is case["dosing"]


@pytest.mark.parametrize("text", ["", "   ", "\n", "🙂", "x" * 5000, "<script>"])
def test_odd_text_yields_no_finding_and_no_error(text):
    assert get_detector().detect(text) == []
    assert get_dosing_guard().is_dosing_request(text) is False


def test_a_long_message_with_an_emergency_in_it_is_still_escalated():
    text = "I have a question about stretching. " * 100 + "Also I can't feel my bum or groin."
    assert [f.reason for f in get_detector().detect(text)] == ["cauda_equina"]


def test_findings_come_strictest_first_with_evidence():
    findings = get_detector().detect(
        "I've had back spasms for a month and now I can't pee and have a fever"
    )
    assert findings[0].tier == "emergency"
    assert [f.tier for f in findings] == sorted(
        (f.tier for f in findings), key=TIER_RANK.__getitem__
    )
    assert all(f.evidence for f in findings)
