"""Measuring the safety screen (patterns, context, learned layer) and the dosing guard.

Recall per tier counts a dangerous message as caught when the screen escalates it at its
tier or a stricter one; a message that only got a safety question is counted apart
("asked"), since it escalates only if the patient answers yes. Under-triage is a caught
message at a milder tier. On messages labelled `none`: how many got a 999 reply, any
escalation, or a safety question; on the ordinary FAQ questions among them, how many got
an escalation or a question.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from bot.common.yaml_files import load_yaml
from bot.safety.corpus import SAFETY_DATA, Case, load_cases
from bot.safety.dosing import get_dosing_guard
from bot.safety.questions import Question
from bot.safety.screen import Context, Screen
from bot.safety.verdict import TIER_RANK, TIERS, strictest_tier
from bot.settings import PROJECT_ROOT

EVAL = PROJECT_ROOT / "eval"
RED_FLAG_SETS = {
    "development suite": SAFETY_DATA / "red_flag_cases.yml",
    "held-out v1": SAFETY_DATA / "red_flags_heldout.yml",
    "held-out v2": SAFETY_DATA / "red_flags_heldout_v2.yml",
    "held-out v3": SAFETY_DATA / "red_flags_heldout_v3.yml",
    "blind v4": EVAL / "red_flags_blind_v4.yml",
    "blind v5": EVAL / "red_flags_blind_v5.yml",
    "blind v6": EVAL / "red_flags_blind_v6.yml",
    "blind v7": EVAL / "red_flags_blind_v7.yml",
    "blind v8": EVAL / "red_flags_blind_v8.yml",
    "blind v9": EVAL / "red_flags_blind_v9.yml",
    "blind v10": EVAL / "red_flags_blind_v10.yml",
    "blind v11": EVAL / "red_flags_blind_v11.yml",
    "blind v12": EVAL / "red_flags_blind_v12.yml",
    "blind v13": EVAL / "red_flags_blind_v13.yml",
    "blind v14": EVAL / "red_flags_blind_v14.yml",
    "blind v15": EVAL / "red_flags_blind_v15.yml",
    "blind v16": EVAL / "red_flags_blind_v16.yml",
    "blind v17": EVAL / "red_flags_blind_v17.yml",
    "blind v18": EVAL / "red_flags_blind_v18.yml",
    "blind v19": EVAL / "red_flags_blind_v19.yml",
    "blind v20": EVAL / "red_flags_blind_v20.yml",
    "blind v21": EVAL / "red_flags_blind_v21.yml",
    "blind v22": EVAL / "red_flags_blind_v22.yml",
    "blind v23": EVAL / "red_flags_blind_v23.yml",
    "blind v24": EVAL / "red_flags_blind_v24.yml",
    "blind v25": EVAL / "red_flags_blind_v25.yml",
    "blind v26": EVAL / "red_flags_blind_v26.yml",
    "blind v27": EVAL / "red_flags_blind_v27.yml",
    "blind v28": EVAL / "red_flags_blind_v28.yml",
    "blind v29": EVAL / "red_flags_blind_v29.yml",
    "blind v30": EVAL / "red_flags_blind_v30.yml",
    "blind v31": EVAL / "red_flags_blind_v31.yml",
    "blind v32": EVAL / "red_flags_blind_v32.yml",
    "blind v33": EVAL / "red_flags_blind_v33.yml",
    "blind v34": EVAL / "red_flags_blind_v34.yml",
    "blind v35": EVAL / "red_flags_blind_v35.yml",
    "blind v36": EVAL / "red_flags_blind_v36.yml",
    "blind v37": EVAL / "red_flags_blind_v37.yml",
    "blind v38": EVAL / "red_flags_blind_v38.yml",
    "blind v39": EVAL / "red_flags_blind_v39.yml",
    "blind v40": EVAL / "red_flags_blind_v40.yml",
    "blind v41": EVAL / "red_flags_blind_v41.yml",
    "blind v42": EVAL / "red_flags_blind_v42.yml",
    "blind v43": EVAL / "red_flags_blind_v43.yml",
    "blind v44": EVAL / "red_flags_blind_v44.yml",
    "blind v45": EVAL / "red_flags_blind_v45.yml",
    "blind v46": EVAL / "red_flags_blind_v46.yml",
    "Turkish development list": EVAL / "red_flags_turkish_dev.yml",
}
DOSING_SETS = {
    "development suite": PROJECT_ROOT / "eval/dosing_cases.yml",
    "held-out v1": EVAL / "dosing_heldout.yml",
    "held-out v2": EVAL / "dosing_heldout_v2.yml",
    "held-out v3": EVAL / "dosing_heldout_v3.yml",
}


FAQ_KINDS = ("faq", "long_faq")  # ordinary FAQ questions, short or told as a long story


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _conversation_verdict(
    screen: Screen, case: Case, seconds: list[float]
) -> tuple[str | None, Question | None]:
    """The strictest tier and the first question over the case's conversation.

    Each message is screened in turn with the ones before it as context, as the assistant
    does: a danger in an earlier message was escalated (or asked about) when it was sent.
    """
    messages = (*case.context, case.text)
    results = []
    for index, text in enumerate(messages):
        started = time.perf_counter()
        results.append(screen.screen(text, Context(earlier=messages[:index])))
        seconds.append(time.perf_counter() - started)
    found = strictest_tier([finding for r in results for finding in r.findings])
    questions = [r.question for r in results if r.question is not None]
    return found, (questions[0] if questions else None)


def evaluate_red_flags(cases: list[Case], screen: Screen) -> dict[str, Any]:
    screen.screen("warm-up")
    per_tier = {tier: {"cases": 0, "caught": 0, "asked": 0} for tier in TIERS}
    missed: list[dict[str, Any]] = []
    under: list[dict[str, Any]] = []
    benign_cases = faq_cases = 0
    emergency_on_benign: list[str] = []
    escalated: list[dict[str, Any]] = []
    asked_on_benign: list[dict[str, Any]] = []
    faq_flagged: list[str] = []
    seconds: list[float] = []
    for case in cases:
        found, asked = _conversation_verdict(screen, case, seconds)
        if case.tier == "none":
            benign_cases += 1
            if found == "emergency":
                emergency_on_benign.append(case.text)
            if found:
                escalated.append({"text": case.text, "found": found})
            if asked:
                asked_on_benign.append({"text": case.text, "question": asked.key})
            if case.kind in FAQ_KINDS:
                faq_cases += 1
                if found or asked:
                    faq_flagged.append(case.text)
            continue
        tier = per_tier[case.tier]
        tier["cases"] += 1
        if found is not None and TIER_RANK[found] <= TIER_RANK[case.tier]:
            tier["caught"] += 1
        elif found is not None:
            under.append({"text": case.text, "expected": case.tier, "found": found})
        elif asked is not None:
            tier["asked"] += 1
            missed.append({"text": case.text, "expected": case.tier, "asked": asked.key})
        else:
            missed.append({"text": case.text, "expected": case.tier, "asked": None})
    positives = sum(t["cases"] for t in per_tier.values())
    ordered = sorted(seconds)
    return {
        "cases": len(cases),
        "positives_per_tier": {t: v["cases"] for t, v in per_tier.items()},
        "recall_per_tier": {t: _rate(v["caught"], v["cases"]) for t, v in per_tier.items()},
        "asked_per_tier": {t: v["asked"] for t, v in per_tier.items()},
        "recall_all": _rate(sum(t["caught"] for t in per_tier.values()), positives),
        "caught_or_asked_all": _rate(
            sum(t["caught"] + t["asked"] for t in per_tier.values()), positives
        ),
        "missed": missed,
        "under_triage": under,
        "negatives": benign_cases,
        "emergency_on_benign": emergency_on_benign,
        "false_escalations": escalated,
        "false_escalation_rate": _rate(len(escalated), benign_cases),
        "questions_on_benign": asked_on_benign,
        "faq_cases": faq_cases,
        "faq_flagged": faq_flagged,
        "screen_ms_mean": round(1000 * statistics.mean(seconds), 3) if seconds else None,
        "screen_ms_p95": round(1000 * ordered[int(0.95 * (len(ordered) - 1))], 3)
        if ordered
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


def _dosing_cases(path: Path) -> list[dict[str, Any]]:
    return load_yaml(path)["cases"] if path.exists() else []


def evaluate_safety(screen: Screen | None = None) -> dict[str, Any]:
    if screen is None:
        from bot.safety.learned import train_learned_layer
        from bot.safety.screen import build_screen

        screen = build_screen(train_learned_layer())
    return {
        "red_flags": {
            name: evaluate_red_flags(load_cases(path), screen)
            for name, path in RED_FLAG_SETS.items()
            if path.exists()
        },
        "dosing": {name: evaluate_dosing(_dosing_cases(p)) for name, p in DOSING_SETS.items()},
    }


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def safety_markdown(report: dict[str, Any]) -> str:
    lines = [
        "## Safety screen (patterns, context, learned layer)",
        "",
        "| set | emergency | urgent | soon | all tiers | asked only | under-triage "
        "| 999 on benign | any escalation on benign | question on benign | FAQ flagged "
        "| ms/message (mean, p95) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in report["red_flags"].items():
        recall, n = r["recall_per_tier"], r["positives_per_tier"]
        lines.append(
            f"| {name} ({r['cases']}) | "
            + " | ".join(f"{_pct(recall[t])} ({n[t]})" for t in TIERS)
            + f" | {_pct(r['recall_all'])} | {sum(r['asked_per_tier'].values())}"
            f" | {len(r['under_triage'])}"
            f" | {len(r['emergency_on_benign'])}/{r['negatives']}"
            f" | {len(r['false_escalations'])}/{r['negatives']}"
            f" | {len(r['questions_on_benign'])}/{r['negatives']}"
            f" | {len(r['faq_flagged'])}/{r['faq_cases']}"
            f" | {r['screen_ms_mean']}, {r['screen_ms_p95']} |"
        )
    lines += ["", "## Dosing guard", "", "| set | accuracy |", "|---|---|"]
    for name, r in report["dosing"].items():
        lines.append(f"| {name} ({r['cases']}) | {r['accuracy']:.3f} |")
    lines += [
        "",
        "Targets (blind first pass on the newest set): emergency recall 100%, all tiers at "
        "least 98%, emergency under-triage 0, a 999 reply on at most 1% of benign messages, "
        "an escalation or question on at most 3% of FAQ questions, p95 under 15 ms. Every "
        "set but the newest was used to improve the screen after its blind first pass "
        "(docs/red_flags.md has those first passes).",
        "",
    ]
    return "\n".join(lines)
