"""Measuring the red-flag detector and the dosing guard on the labelled sets.

Recall per tier counts a dangerous message as caught when the detector reports its tier
or a stricter one; under-triage is a caught message reported at a milder tier; a false
escalation is any finding on a message labelled `none`.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import yaml

from bot.dosing import get_dosing_guard
from bot.red_flags import TIER_RANK, TIERS, get_detector, strictest_tier
from bot.settings import PROJECT_ROOT

RED_FLAG_SETS = {
    "development suite": PROJECT_ROOT / "tests/safety/red_flag_cases.yml",
    "held-out v1": PROJECT_ROOT / "tests/eval/red_flags_heldout.yml",
    "held-out v2": PROJECT_ROOT / "tests/eval/red_flags_heldout_v2.yml",
    "held-out v3": PROJECT_ROOT / "tests/eval/red_flags_heldout_v3.yml",
}
DOSING_SETS = {
    "development suite": PROJECT_ROOT / "tests/safety/dosing_cases.yml",
    "held-out v1": PROJECT_ROOT / "tests/eval/dosing_heldout.yml",
    "held-out v2": PROJECT_ROOT / "tests/eval/dosing_heldout_v2.yml",
    "held-out v3": PROJECT_ROOT / "tests/eval/dosing_heldout_v3.yml",
}


def _cases(path: Path) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text())["cases"] if path.exists() else []


def evaluate_red_flags(cases: list[dict[str, Any]]) -> dict[str, Any]:
    detector = get_detector()
    detector.detect("warm-up")
    per_tier = {tier: {"cases": 0, "caught": 0} for tier in TIERS}
    under, missed, false_escalations, seconds = [], [], [], []
    negatives = 0
    for case in cases:
        started = time.perf_counter()
        findings = detector.detect(case["text"])
        seconds.append(time.perf_counter() - started)
        found = strictest_tier(findings)
        if case["tier"] == "none":
            negatives += 1
            if found:
                false_escalations.append({"text": case["text"], "found": found})
            continue
        per_tier[case["tier"]]["cases"] += 1
        if found is None:
            missed.append({"text": case["text"], "expected": case["tier"]})
        elif TIER_RANK[found] > TIER_RANK[case["tier"]]:
            under.append({"text": case["text"], "expected": case["tier"], "found": found})
        else:
            per_tier[case["tier"]]["caught"] += 1
    return {
        "cases": len(cases),
        "recall_per_tier": {
            t: round(v["caught"] / v["cases"], 4) if v["cases"] else None
            for t, v in per_tier.items()
        },
        "positives_per_tier": {t: v["cases"] for t, v in per_tier.items()},
        "missed": missed,
        "under_triage": under,
        "negatives": negatives,
        "false_escalations": false_escalations,
        "false_escalation_rate": round(len(false_escalations) / negatives, 4)
        if negatives
        else None,
        "detector_ms_mean": round(1000 * statistics.mean(seconds), 3) if seconds else None,
        "detector_ms_p95": round(1000 * sorted(seconds)[int(0.95 * (len(seconds) - 1))], 3)
        if seconds
        else None,
    }


def evaluate_dosing(cases: list[dict[str, Any]]) -> dict[str, Any]:
    guard = get_dosing_guard()
    errors = [c for c in cases if guard.is_dosing_request(c["text"]) is not c["dosing"]]
    return {
        "cases": len(cases),
        "accuracy": round(1 - len(errors) / len(cases), 4) if cases else None,
        "errors": errors,
    }


def evaluate_safety() -> dict[str, Any]:
    return {
        "red_flags": {name: evaluate_red_flags(_cases(p)) for name, p in RED_FLAG_SETS.items()},
        "dosing": {name: evaluate_dosing(_cases(p)) for name, p in DOSING_SETS.items()},
    }


def safety_markdown(report: dict[str, Any]) -> str:
    lines = [
        "## Red-flag detector",
        "",
        "| set | emergency recall | urgent recall | soon recall | under-triage "
        "| false escalations | ms/message (mean, p95) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in report["red_flags"].items():
        recall = r["recall_per_tier"]
        lines.append(
            f"| {name} ({r['cases']}) | "
            + " | ".join(
                f"{recall[t]:.3f} ({r['positives_per_tier'][t]})" if recall[t] is not None else "-"
                for t in TIERS
            )
            + f" | {len(r['under_triage'])} | {len(r['false_escalations'])}/{r['negatives']}"
            f" ({(r['false_escalation_rate'] or 0):.1%}) | {r['detector_ms_mean']}, "
            f"{r['detector_ms_p95']} |"
        )
    lines += ["", "## Dosing guard", "", "| set | accuracy |", "|---|---|"]
    for name, r in report["dosing"].items():
        lines.append(f"| {name} ({r['cases']}) | {r['accuracy']:.3f} |")
    lines += [
        "",
        "Targets: 100% recall in every tier, 0 emergency under-triage, at most 2% false "
        "escalations, under 2 ms per message. The held-out sets were measured blind once and "
        "then used to improve the detector (docs/red_flags.md has the blind numbers).",
        "",
    ]
    return "\n".join(lines)
