"""The e2e load run's numbers and their Markdown summary (pure functions of the turns that
`python -m bot.bench.load --turns-out` writes)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bot.bench.stats import latency_summary


def latency_ms(seconds: Sequence[float]) -> dict[str, float | None]:
    """p50, p95, p99, mean and max in milliseconds (the bench's own summary)."""
    return {key.removesuffix("_ms"): value for key, value in latency_summary(seconds).items()}


def summarize_turns(turns: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Latency, throughput, errors and lost replies of the client's turns."""
    answered = [t for t in turns if t["status"] == 200]
    errors = [t for t in turns if t["status"] != 200]
    by_kind: dict[str, list[float]] = defaultdict(list)
    for turn in answered:
        by_kind[turn["kind"]].append(turn["seconds"])
    first = min((t["started"] for t in turns), default=0.0)
    last = max((t["started"] + t["seconds"] for t in turns), default=0.0)
    span = max(last - first, 1e-9)
    return {
        "turns": len(turns),
        "conversations": len({t["sender"] for t in turns}),
        "span_seconds": round(span, 1),
        "turns_per_second": round(len(turns) / span, 2),
        "latency_ms": latency_ms([t["seconds"] for t in answered]),
        "latency_ms_by_kind": {k: latency_ms(v) for k, v in sorted(by_kind.items())},
        "turns_by_kind": dict(sorted(Counter(t["kind"] for t in turns).items())),
        "errors": len(errors),
        "error_examples": sorted({t["error"] or f"HTTP {t['status']}" for t in errors})[:5],
        "lost_replies": sum(1 for t in answered if t["lost"]),
        "red_flag_replies": dict(
            sorted(Counter(t["red_flag_reply"] for t in answered if t["red_flag_reply"]).items())
        ),
    }


def escalation_check(
    turns: Iterable[Mapping[str, Any]], recorded: Mapping[str, int]
) -> dict[str, Any]:
    """Red-flag replies per conversation against escalation records per conversation."""
    replies: Counter[str] = Counter(t["sender"] for t in turns if t["red_flag_reply"])
    conversations = set(replies) | set(recorded)
    mismatched = {c: (replies[c], recorded.get(c, 0)) for c in conversations}
    mismatched = {c: counts for c, counts in mismatched.items() if counts[0] != counts[1]}
    return {
        "red_flag_replies": sum(replies.values()),
        "recorded": sum(recorded.values()),
        "mismatched_conversations": dict(sorted(mismatched.items())[:10]),
    }


def render_markdown(report: Mapping[str, Any]) -> str:
    plan, load = report["plan"], report["load"]
    lat = load["latency_ms"]
    esc, notes = report["escalations"], report["notifications"]
    lines = [
        "# Load test",
        "",
        f"{plan['users']} simulated users for {plan['duration']:.0f} s against one assistant "
        f"(Rasa server, action server, SQLite) on {report['machine']['cpus']} CPU cores, "
        f"loopback; think time {plan['think_min']:g}-{plan['think_max']:g} s between messages; "
        f"load average {report['machine']['loadavg_before']} before, "
        f"{report['machine']['loadavg_after']} after (other work on the machine included).",
        "",
        "| measure | value |",
        "|---|---|",
        f"| turns (conversations) | {load['turns']} ({load['conversations']}) |",
        f"| throughput | {load['turns_per_second']} turns/s |",
        f"| latency p50 / p95 / p99 | {lat['p50']} / {lat['p95']} / {lat['p99']} ms |",
        f"| latency mean / max | {lat['mean']} / {lat['max']} ms |",
        f"| errors | {load['errors']} |",
        f"| lost replies | {load['lost_replies']} |",
        f"| red-flag replies / escalations recorded | {esc['red_flag_replies']} / "
        f"{esc['recorded']} (conversations not matching: {len(esc['mismatched_conversations'])}) |",
        f"| staff webhook down | {notes['webhook_down_seconds'][0]:.0f}-"
        f"{notes['webhook_down_seconds'][1]:.0f} s into the run "
        f"({notes['refused']} calls refused) |",
        f"| emergency/urgent notifications expected / delivered / duplicates | "
        f"{notes['expected']} / {notes['delivered']} / {notes['duplicates']} "
        f"(all delivered {notes['drain_seconds']} s after the load ended) |",
        f"| custom actions answered by a stand-in | {report['stand_ins']} |",
        f"| writes spooled (clinic database unavailable) | {report['spooled']} |",
        f"| CPU seconds: Rasa server / action server / load client | "
        f"{report['cpu_seconds']['rasa_server']} / {report['cpu_seconds']['action_server']} / "
        f"{report['cpu_seconds']['load_client']} |",
        "",
        "Latency by kind of message (ms):",
        "",
        "| kind | turns | p50 | p95 | p99 | max |",
        "|---|---|---|---|---|---|",
    ]
    for kind, values in load["latency_ms_by_kind"].items():
        count = load["turns_by_kind"].get(kind, 0)
        lines.append(
            f"| {kind} | {count} | {values['p50']} | {values['p95']} | {values['p99']} "
            f"| {values['max']} |"
        )
    verdict = "passed" if report["passed"] else "FAILED: " + "; ".join(report["failures"])
    lines += ["", f"Result: {verdict}.", ""]
    return "\n".join(lines)
