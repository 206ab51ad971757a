"""The benchmark's targets and its Markdown table (pure functions of the report dict)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    name: str
    path: tuple[str, ...]  # where the value is in the report
    limit: float
    at_most: bool  # True: value <= limit; False: value >= limit
    unit: str = ""

    def describe(self) -> str:
        return f"{'<=' if self.at_most else '>='} {self.limit:g}{self.unit}"


RASA_RSS = ("clinic", "memory", "rasa_server", "peak_rss_mb")
ACTIONS_RSS = ("clinic", "memory", "action_server", "peak_rss_mb")
TARGETS = (
    Target("1 user p50", ("clinic", "load", "1", "p50_ms"), 30, True, " ms"),
    Target("1 user p95", ("clinic", "load", "1", "p95_ms"), 60, True, " ms"),
    Target("8 users p95", ("clinic", "load", "8", "p95_ms"), 150, True, " ms"),
    Target("errors at 32 users", ("clinic", "load", "32", "errors"), 0, True),
    Target("lost replies at 32 users", ("clinic", "load", "32", "lost_replies"), 0, True),
    Target("latency ratio to stock (p50, 1 user)", ("ratios", "1", "p50"), 1.2, True),
    Target("latency ratio to stock (p95, 1 user)", ("ratios", "1", "p95"), 1.2, True),
    Target("latency ratio to stock (p95, 8 users)", ("ratios", "8", "p95"), 1.2, True),
    Target("throughput ratio to stock (8 users)", ("ratios", "8", "turns_per_second"), 1.0, False),
    Target("throughput ratio to stock (32 users)", ("ratios", "32", "turns_per_second"), 1, False),
    Target("emergency during a flood", ("clinic", "flood", "emergency_s"), 1.0, True, " s"),
    Target("errors during a flood", ("clinic", "flood", "errors"), 0, True),
    # Issue 12: full training at most 60 s, an NLU-only change at most 30 s, an answer edit
    # live in the chat within 15 s, console retrain-to-live at most 60 s.
    Target("full training", ("clinic", "training", "full_s"), 60, True, " s"),
    Target("NLU-only training", ("clinic", "training", "nlu_only_s"), 30, True, " s"),
    Target("answer edit live in the chat", ("clinic", "answer_edit", "live_s"), 15, True, " s"),
    Target("console retrain to live", ("clinic", "console_retrain", "live_s"), 60, True, " s"),
    Target("model load", ("clinic", "model", "load_s"), 15, True, " s"),
    Target("Rasa server peak RSS", RASA_RSS, 1536, True, " MB"),
    Target("action server peak RSS", ACTIONS_RSS, 250, True, " MB"),
    Target("held-out FAQ accuracy", ("accuracy", "faq_answer_accuracy"), 0.95, False),
    Target("out-of-scope recall", ("accuracy", "oos_recall"), 0.90, False),
)  # fmt: skip


def lookup(report: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = report
    for key in path:
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value


def check_targets(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every target with its measured value and whether it is met (None: not measured)."""
    rows = []
    for target in TARGETS:
        value = lookup(report, target.path)
        met = None
        if isinstance(value, int | float):
            met = value <= target.limit if target.at_most else value >= target.limit
        rows.append({"target": target.name, "limit": target.describe(), "value": value, "met": met})
    rows += _baseline_rows(report)
    return rows


def _baseline_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """FAQ accuracy and out-of-scope recall ahead of each baseline (from `make eval`)."""
    accuracy = report.get("accuracy") or {}
    rows = []
    for name, scores in (accuracy.get("baselines") or {}).items():
        for metric in ("faq_answer_accuracy", "oos_recall"):
            ours, theirs = accuracy.get(metric), scores.get(metric)
            met = None if ours is None or theirs is None else ours > theirs
            rows.append(
                {
                    "target": f"{metric} ahead of {name}",
                    "limit": f"> {theirs}",
                    "value": ours,
                    "met": met,
                }
            )
    return rows


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _row(cells: list[Any]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def load_table(report: Mapping[str, Any]) -> list[str]:
    lines = [
        "| users | clinic p50 / p95 / p99 ms | stock p50 / p95 / p99 ms "
        "| ratio p50 / p95 / p99 | clinic turns/s | stock turns/s | ratio "
        "| clinic errors / lost / unexpected | stock errors / lost |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    clinic = lookup(report, ("clinic", "load")) or {}
    stock = lookup(report, ("stock", "load")) or {}
    for users in clinic:
        ours, theirs = clinic[users], stock.get(users, {})
        ratios = lookup(report, ("ratios", users)) or {}
        lines.append(
            _row(
                [
                    users,
                    _triple(ours, "_ms"),
                    _triple(theirs, "_ms"),
                    " / ".join(_fmt(ratios.get(f"p{q}"), 2) for q in (50, 95, 99)),
                    _fmt(ours.get("turns_per_second")),
                    _fmt(theirs.get("turns_per_second")),
                    _fmt(ratios.get("turns_per_second"), 2),
                    f"{ours.get('errors')} / {ours.get('lost_replies')} / "
                    f"{ours.get('unexpected_replies')}",
                    f"{theirs.get('errors')} / {theirs.get('lost_replies')}",
                ]
            )
        )
    return lines


def unexpected_lines(report: Mapping[str, Any]) -> list[str]:
    """Which turn kinds were unexpected at each level, with examples (the target is none)."""
    lines: list[str] = []
    for users, summary in (lookup(report, ("clinic", "load")) or {}).items():
        kinds = summary.get("unexpected_per_kind") or {}
        if not kinds:
            continue
        counts = ", ".join(f"{kind} {count}" for kind, count in kinds.items())
        lines += ["", f"Unexpected replies at {users} users: {counts}."]
        lines += [f"- `{sample}`" for sample in summary.get("unexpected_samples") or []]
    return lines


def _triple(summary: Mapping[str, Any], suffix: str) -> str:
    return " / ".join(_fmt(summary.get(f"p{q}{suffix}")) for q in (50, 95, 99))


FACTS: tuple[tuple[str, tuple[str, ...], Callable[[Any], str]], ...] = (
    ("full training (s)", ("training", "full_s"), _fmt),
    ("training after an NLU-only change (s)", ("training", "nlu_only_s"), _fmt),
    ("answer edit saved to the new text in the chat (s)", ("answer_edit", "live_s"), _fmt),
    ("console retrain pressed to the run's end (s)", ("console_retrain", "finished_s"), _fmt),
    (
        "console retrain pressed to the new answer in the chat (s)",
        ("console_retrain", "live_s"),
        _fmt,
    ),
    ("model size (MB)", ("model", "size_mb"), _fmt),
    ("model load, Agent.load in a fresh process (s)", ("model", "load_s"), _fmt),
    ("server start to first reply (s)", ("startup_s",), _fmt),
    ("Rasa server peak RSS (MB)", ("memory", "rasa_server", "peak_rss_mb"), _fmt),
    ("action server peak RSS (MB)", ("memory", "action_server", "peak_rss_mb"), _fmt),
    ("Rasa server CPU per turn, 1 user (ms)", ("load", "1", "server_cpu_ms_per_turn"), _fmt),
)


def facts_table(report: Mapping[str, Any]) -> list[str]:
    lines = ["| measure | clinic | stock | ratio |", "|---|---|---|---|"]
    for label, path, fmt in FACTS:
        ours = lookup(report, ("clinic", *path))
        theirs = lookup(report, ("stock", *path))
        both = isinstance(ours, int | float) and isinstance(theirs, int | float) and theirs
        lines.append(_row([label, fmt(ours), fmt(theirs), f"{ours / theirs:.2f}" if both else "-"]))
    return lines


def render_markdown(report: Mapping[str, Any]) -> str:
    machine = report.get("machine") or {}
    settings = report.get("settings") or {}
    detector = report.get("detector") or {}
    minilm = report.get("minilm") or {}
    lines = [
        "# Benchmark: the clinic assistant and a stock `rasa init` assistant",
        "",
        f"Run {report.get('generated_at', '-')}, {_fmt(report.get('duration_s'), 0)} s in all"
        f"{' (quick run)' if settings.get('quick') else ''}. Machine: {machine.get('cpus')} CPUs,"
        f" load average {machine.get('load_before')} before, {machine.get('load_after')} after; "
        f"CPU used by other processes during the load runs: "
        f"{_fmt(machine.get('background_cores_max'), 2)} cores at most.",
        "",
        "## A full turn through `POST /webhooks/rest/webhook`",
        "",
        f"Closed loop, no think time: each simulated user sends its next message as soon as the "
        f"reply arrives, {settings.get('duration_s')} s measured after {settings.get('warmup_s')}"
        " s of warm-up, a new sender id per conversation. Ratios are clinic / stock "
        "(latency: lower is better; throughput: higher is better).",
        "",
        *load_table(report),
        *unexpected_lines(report),
        "",
        "## Training, model and memory",
        "",
        *facts_table(report),
        "",
        "## Per message",
        "",
        "| measure | mean ms | p95 ms | messages |",
        "|---|---|---|---|",
        _row(
            [
                "safety screen (patterns + learned layer)",
                _fmt(detector.get("mean_ms"), 2),
                _fmt(detector.get("p95_ms"), 2),
                detector.get("messages", "-"),
            ]
        ),
        _row(
            [
                "MiniLM second opinion (embedding one message)",
                _fmt(minilm.get("mean_ms"), 2),
                _fmt(minilm.get("p95_ms"), 2),
                minilm.get("messages", "-"),
            ]
        ),
        "",
        "## Targets",
        "",
        "| target | limit | measured | met |",
        "|---|---|---|---|",
    ]
    for row in report.get("targets") or check_targets(report):
        met = {True: "yes", False: "**no**", None: "not measured"}[row["met"]]
        lines.append(_row([row["target"], row["limit"], _fmt(row["value"], 3), met]))
    accuracy = report.get("accuracy") or {}
    if accuracy.get("model"):
        lines += [
            "",
            f"Accuracy rows: `make eval` (reports/eval.json, model `{accuracy['model']}`).",
        ]
    return "\n".join(lines) + "\n"
