"""The pure parts of the benchmark: percentiles, lost replies, summaries and ratios."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

PERCENTILES = (50, 95, 99)


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation between closest ranks.

    The same definition as numpy's default (`method="linear"`); None for no values.
    """
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0 and 100, got {q}")
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    if low == high:
        return float(ordered[low])
    return float(ordered[low] + (ordered[high] - ordered[low]) * (rank - low))


def is_lost_reply(status: int, body: Any, expects_reply: bool = True) -> bool:
    """A 200 whose reply list is empty (or holds no message) where a reply was expected."""
    if status != 200 or not expects_reply:
        return False
    if not isinstance(body, list):
        return True
    return not any(
        isinstance(message, Mapping)
        and (message.get("text") or message.get("image") or message.get("custom"))
        for message in body
    )


@dataclass(frozen=True)
class TurnResult:
    """One conversational turn as the load generator saw it."""

    kind: str  # what the message is: faq, greet, out_of_scope, red_flag, not_sure...
    seconds: float
    status: int  # HTTP status, 0 for a transport error or timeout
    lost: bool = False
    unexpected: bool = False  # a reply, but not the kind the message calls for
    sample: str = ""  # for an unexpected turn: the message and the start of its reply
    sender: str = ""
    started: float = 0.0  # seconds since the run started
    failure: str = ""  # the transport error, when status is 0
    red_flag_reply: str = ""  # which red-flag reply came back (scenarios.red_flag_reply)

    @property
    def error(self) -> bool:
        return self.status != 200

    def record(self) -> dict[str, Any]:
        """The turn as `--turns-out` writes it (what the end-to-end load test checks)."""
        return {
            "sender": self.sender,
            "kind": self.kind,
            "started": round(self.started, 3),
            "seconds": self.seconds,
            "status": self.status,
            "lost": self.lost,
            "error": self.failure,
            "red_flag_reply": self.red_flag_reply,
        }


def latency_summary(seconds: Sequence[float]) -> dict[str, float | None]:
    """p50/p95/p99, mean and max in milliseconds."""
    summary: dict[str, float | None] = {
        f"p{q}_ms": _ms(percentile(seconds, q)) for q in PERCENTILES
    }
    summary["mean_ms"] = _ms(sum(seconds) / len(seconds)) if seconds else None
    summary["max_ms"] = _ms(max(seconds)) if seconds else None
    return summary


def summarize(results: Iterable[TurnResult], duration_seconds: float) -> dict[str, Any]:
    """Latency percentiles, turns per second, errors and lost replies of a load run.

    Latencies are those of successful turns; a failed turn counts as an error, not as a
    latency. Turns per second counts successful turns over the measured duration.
    """
    results = list(results)
    ok = [r for r in results if not r.error]
    per_kind: dict[str, list[TurnResult]] = {}
    for result in results:
        per_kind.setdefault(result.kind, []).append(result)
    return {
        "turns": len(results),
        "duration_s": round(duration_seconds, 3),
        "turns_per_second": round(len(ok) / duration_seconds, 2) if duration_seconds else None,
        **latency_summary([r.seconds for r in ok]),
        "errors": sum(r.error for r in results),
        "lost_replies": sum(r.lost for r in results),
        "unexpected_replies": sum(r.unexpected for r in results),
        # Which turn kinds were unexpected, with a few examples, so a non-zero count can be
        # traced to a safety miss or to a wrong expectation in the bench.
        "unexpected_per_kind": {
            kind: sum(r.unexpected for r in items)
            for kind, items in sorted(per_kind.items())
            if any(r.unexpected for r in items)
        },
        "unexpected_samples": sorted({r.sample for r in results if r.unexpected})[:10],
        "per_kind": {
            kind: {
                "turns": len(items),
                "p50_ms": _ms(percentile([r.seconds for r in items if not r.error], 50)),
                "p95_ms": _ms(percentile([r.seconds for r in items if not r.error], 95)),
            }
            for kind, items in sorted(per_kind.items())
        },
    }


def ratio(ours: float | None, stock: float | None) -> float | None:
    """ours / stock, rounded; None when either is missing or stock is zero."""
    if ours is None or not stock:
        return None
    return round(ours / stock, 3)


def load_ratios(ours: Mapping[str, Any], stock: Mapping[str, Any]) -> dict[str, float | None]:
    """Our latency percentiles and throughput as ratios to the stock assistant's."""
    ratios = {f"p{q}": ratio(ours.get(f"p{q}_ms"), stock.get(f"p{q}_ms")) for q in PERCENTILES}
    ratios["turns_per_second"] = ratio(ours.get("turns_per_second"), stock.get("turns_per_second"))
    return ratios


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(1000 * seconds, 2)
