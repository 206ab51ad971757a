"""The retrain pipeline's gates: what a new model must show before it may go live.

Each `judge_*` function is pure (unit-tested on plain lists); `gate_stories` and
`model_outcomes` run a loaded model. A gate returns a `GateResult` that the run records
(`bot.modelops.runs`) show staff. May import: `bot.modelops.evaluation`,
`bot.modelops.model_store`, `bot.content`, `bot.safety.verdict`, `bot.settings`; Rasa
only inside the functions that load a model.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.common.yaml_files import load_yaml
from bot.safety.verdict import TIER_RANK, verdict_from_parse_data

MAX_ACCURACY_DROP = 0.02


# Examples at these tiers would teach the classifier to answer a dangerous message.
BLOCKING_EXAMPLE_TIERS = ("emergency", "urgent")


@dataclass
class GateResult:
    """A gate's verdict: passed or not, one line for staff, and the details."""

    name: str
    passed: bool
    summary: str
    details: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)


def judge_examples(flagged: Sequence[tuple[str, str, str]]) -> GateResult:
    """The example gate over (example, tier, reasons) the detector flagged.

    Emergency and urgent examples fail the gate; `soon` ones are listed as warnings (the
    safety screen still escalates such messages at run time, whatever the classifier says).
    """
    blocking = [f for f in flagged if f[1] in BLOCKING_EXAMPLE_TIERS]
    others = [f for f in flagged if f[1] not in BLOCKING_EXAMPLE_TIERS]
    details = [f"{example!r} is flagged {tier}: {reasons}" for example, tier, reasons in blocking]
    warnings = [f"{example!r} is flagged {tier}: {reasons}" for example, tier, reasons in others]
    if blocking:
        summary = f"{len(blocking)} FAQ example(s) describe an emergency or urgent red flag"
    else:
        summary = "no FAQ example describes an emergency or urgent red flag"
    return GateResult("gate_examples", not blocking, summary, details, warnings)


def red_flag_outcome(parse: dict[str, Any]) -> str | None:
    """The tier the assistant escalates a parsed message at, or None if it does not.

    The verdict is read as every other reader reads it (`bot.safety.verdict`), so a
    `soon` finding kept with the patient's answer counts; a finding whose tier the gate
    does not know is "unknown", which fails the gate rather than passing as a tier.
    """
    if any(f.get("tier") not in TIER_RANK for f in parse.get("red_flags") or []):
        return "unknown"
    return verdict_from_parse_data(parse).tier


def under_triaged(cases: Sequence[dict[str, Any]], outcomes: Sequence[str | None]) -> set[str]:
    """Texts of dangerous cases escalated at a less strict tier than labelled."""
    found = set()
    for case, tier in zip(cases, outcomes, strict=True):
        expected = case["tier"]
        if expected == "none" or tier is None:
            continue
        if tier not in TIER_RANK or TIER_RANK[tier] > TIER_RANK[expected]:
            found.add(case["text"])
    return found


def judge_red_flags(
    cases: Sequence[dict[str, Any]],
    candidate: Sequence[str | None],
    live_under_triaged: set[str] | None,
) -> GateResult:
    """The red-flag suite gate: 100% recall, and no under-triage the live model lacks.

    Args:
        cases: the labelled suite (`text`, `tier`).
        candidate: the tier the new model escalates each case at (None: not escalated).
        live_under_triaged: texts the live model under-triages; None without a live model.
    """
    live = live_under_triaged
    positives = [(c, t) for c, t in zip(cases, candidate, strict=True) if c["tier"] != "none"]
    missed = [c["text"] for c, t in positives if t is None]
    recall = (len(positives) - len(missed)) / len(positives) if positives else 1.0
    lower = under_triaged(cases, candidate)
    baseline = live or set()
    new_lower = sorted(lower - baseline)
    false_alarms = sum(
        1 for c, t in zip(cases, candidate, strict=True) if c["tier"] == "none" and t
    )
    details = [f"missed: {text!r}" for text in missed]
    details += [f"under-triaged (new): {text!r}" for text in new_lower]
    warnings = [
        f"under-triaged, as by the live model: {text!r}" for text in sorted(lower & baseline)
    ]
    passed = not missed and not new_lower
    summary = f"recall {recall:.1%} on {len(positives)} dangerous messages"
    summary += f", {len(new_lower)} newly under-triaged" if live is not None else ""
    summary += f", {len(lower)} under-triaged" if live is None else ""
    summary += f" ({false_alarms} of {len(cases) - len(positives)} safe messages escalated)"
    metrics = {
        "recall": round(recall, 4),
        "missed": len(missed),
        "under_triaged": len(lower),
        "new_under_triaged": len(new_lower),
        "false_alarms": false_alarms,
    }
    return GateResult("gate_red_flags", passed, summary, details, warnings, metrics)


def faq_accuracy(expected: Sequence[str], outcomes: Sequence[str]) -> float | None:
    """Share of held-out FAQ questions given exactly the expected topic's answer."""
    if not expected:
        return None
    return sum(e == o for e, o in zip(expected, outcomes, strict=True)) / len(expected)


def judge_heldout(
    expected: Sequence[str],
    candidate: Sequence[str],
    live: Sequence[str] | None,
    max_drop: float = MAX_ACCURACY_DROP,
) -> GateResult:
    """The held-out gate: accuracy falls by at most `max_drop` against the live model."""
    new = faq_accuracy(expected, candidate)
    if new is None:
        return GateResult("gate_heldout", True, "no held-out FAQ questions for these topics")
    metrics: dict[str, Any] = {"candidate": round(new, 4), "messages": len(expected)}
    if live is None:
        summary = f"accuracy {new:.1%} on {len(expected)} questions (no live model to compare)"
        return GateResult("gate_heldout", True, summary, metrics=metrics)
    old = faq_accuracy(expected, live) or 0.0
    drop = old - new
    metrics.update(live=round(old, 4), drop=round(drop, 4))
    passed = drop <= max_drop + 1e-9
    summary = (
        f"accuracy {new:.1%} vs {old:.1%} live on {len(expected)} questions "
        f"({-drop:+.1%}; at most -{max_drop:.0%} allowed)"
    )
    details = [] if passed else [f"accuracy fell by {drop:.1%}, more than {max_drop:.0%}"]
    lost = [
        f"{e}: now {c} (was right)"
        for e, c, o in zip(expected, candidate, live, strict=True)
        if o == e and c != e
    ]
    return GateResult("gate_heldout", passed, summary, details, lost[:20], metrics)


def flagged_examples(
    examples: Sequence[str], reading_cache: Path | None = None
) -> list[tuple[str, str, str]]:
    """(example, strictest tier, reasons) of each example the red-flag detector flags."""
    from bot.content.faq_store import flagged_examples

    return [
        (example, verdict.split(":", 1)[0], verdict.split(": ", 1)[1])
        for example, verdict in flagged_examples(list(examples), reading_cache)
    ]


def gate_stories(agent: Any, stories_path: Path, topics: set[str], work: Path) -> GateResult:
    """Runs the test stories (those about topics the model has) on the loaded model.

    The same evaluation as `rasa test core --e2e`, in this process so the model is loaded
    once for every gate; every failing story is reported, not just the first.
    """
    import asyncio

    from rasa.core.test import test as test_stories

    content = load_yaml(stories_path)
    stories = content.get("stories") or []
    kept = [s for s in stories if _story_topics(s) <= topics]
    left_out = [s["story"] for s in stories if s not in kept]
    stories_file = work / "test_stories.yml"
    stories_file.write_text(yaml.safe_dump({**content, "stories": kept}, sort_keys=False))
    out = work / "stories"
    out.mkdir(parents=True, exist_ok=True)
    asyncio.run(
        test_stories(
            str(stories_file), agent, out_directory=str(out), e2e=True, disable_plotting=True
        )
    )
    failed_content = load_yaml(out / "failed_test_stories.yml") or {}
    failed = [s.get("story", "?") for s in failed_content.get("stories") or []]
    warnings = [f"left out (topic no longer exists): {name}" for name in left_out]
    if not failed:
        return GateResult("gate_stories", True, f"all {len(kept)} test stories pass", [], warnings)
    details = [f"failed: {name}" for name in failed]
    summary = f"{len(failed)} of {len(kept)} test stories fail"
    return GateResult("gate_stories", False, summary, details, warnings)


def _story_topics(story: dict[str, Any]) -> set[str]:
    return {
        str(step["intent"]).split("/", 1)[1]
        for step in story.get("steps") or []
        if str(step.get("intent", "")).startswith("faq/")
    }


def heldout_messages(path: Path):
    from bot.modelops.evaluation import load_faq_heldout

    return load_faq_heldout(path)


def load_agent(model: Path) -> Any:
    from rasa.core.agent import Agent

    _quiet_rasa_logs()
    return Agent.load(str(model))


def model_outcomes(
    model: Path, texts: Sequence[str], agent: Any = None
) -> dict[str, tuple[str, str | None]]:
    """What `model` does with each text: (`bot.modelops.evaluation.outcome`, escalation tier).

    Results are cached beside the model (`<model>.outcomes.json`, keyed by its ETag), so the
    live model, measured when it was the candidate, need not be loaded again.
    """
    import asyncio

    from bot.modelops.evaluation import outcome
    from bot.modelops.model_store import model_etag

    cache_path = model.with_name(model.name.removesuffix(".tar.gz") + ".outcomes.json")
    etag = model_etag(model)
    cache: dict[str, Any] = {}
    if cache_path.is_file():
        with contextlib.suppress(ValueError):
            stored = json.loads(cache_path.read_text())
            cache = stored.get("outcomes", {}) if stored.get("etag") == etag else {}
    missing = [text for text in dict.fromkeys(texts) if text not in cache]
    if missing:
        agent = agent or load_agent(model)
        parses = asyncio.run(_parse_all(agent, missing))
        for text, parse in zip(missing, parses, strict=True):
            cache[text] = [outcome(parse), red_flag_outcome(parse)]
        cache_path.write_text(json.dumps({"etag": etag, "outcomes": cache}))
    return {text: (cache[text][0], cache[text][1]) for text in texts}


async def _parse_all(agent: Any, texts: Sequence[str]) -> list[dict[str, Any]]:
    return [await agent.parse_message(text) for text in texts]


def _quiet_rasa_logs() -> None:
    with contextlib.suppress(Exception):
        from rasa.utils.log_utils import configure_structlog

        configure_structlog(logging.WARNING)
