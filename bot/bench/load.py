"""Load generator: simulated users talking to a Rasa REST channel, as a separate process.

    python -m bot.bench.load --url http://127.0.0.1:5005 --users 8 --duration 20 \
        --scenario clinic --out run.json

Every simulated user holds its own conversations (a fresh sender id per conversation,
scripts in bot/bench/scenarios.py) and sends its next message when the reply arrives:
at once by default (a closed loop with no think time: the hardest load that many users
can make, as `make bench` measures it), or after a think time drawn between
`--think-min` and `--think-max` seconds, with users starting spread over `--ramp` seconds
(as patients type; the e2e load test, `make load`). Turns that start during the warm-up
are not measured. A turn is an error when the request fails or does not answer 200, and
a lost reply when it answers 200 with no message where one was expected. `--turns-out`
writes every turn (sender, kind, time, status, which red-flag reply came back).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bot.bench.scenarios import SCENARIOS, red_flag_reply, reply_text
from bot.bench.stats import TurnResult, is_lost_reply, summarize

REQUEST_TIMEOUT_SECONDS = 60


async def _user(
    session: Any,
    url: str,
    plan: LoadPlan,
    user: int,
    run_id: str,
    window: tuple[float, float],
    results: list[TurnResult],
) -> None:
    conversation_of, reply_is_expected = SCENARIOS[plan.scenario]
    rng = random.Random(plan.seed * 1000 + user)
    start, stop = window
    conversation = 0
    await asyncio.sleep(plan.ramp * user / max(plan.users, 1))
    while time.monotonic() < stop:
        sender = f"bench-{run_id}-{user}-{conversation}"
        conversation += 1
        for turn in conversation_of(rng):
            began = time.monotonic()
            if began >= stop:
                return
            status, body, failure = 0, None, ""
            try:
                async with session.post(url, json={"sender": sender, "message": turn.text}) as r:
                    status = r.status
                    body = await r.json(content_type=None) if status == 200 else None
            except Exception as error:  # noqa: BLE001 - any failure is an error of the turn
                status, failure = 0, f"{type(error).__name__}: {error}"[:300]
            seconds = time.monotonic() - began
            if began >= start:
                lost = is_lost_reply(status, body, turn.expects_reply)
                unexpected = status == 200 and not lost and not reply_is_expected(turn, body)
                sample = f"{turn.text!r} -> {reply_text(body)[:160]!r}" if unexpected else ""
                results.append(
                    TurnResult(
                        turn.kind,
                        seconds,
                        status,
                        lost,
                        unexpected,
                        sample,
                        sender=sender,
                        started=began - start,
                        failure=failure,
                        red_flag_reply=red_flag_reply(body),
                    )  # fmt: skip
                )
            if status != 200:
                break  # the conversation's state is unknown: start a new one
            if plan.think_max > 0:
                await asyncio.sleep(rng.uniform(plan.think_min, plan.think_max))


@dataclass(frozen=True)
class LoadPlan:
    users: int
    duration: float  # measured seconds
    warmup: float = 0.0  # unmeasured seconds first
    scenario: str = "clinic"
    seed: int = 1
    think_min: float = 0.0
    think_max: float = 0.0
    ramp: float = 0.0  # the last user starts this many seconds after the first


async def run_turns(base_url: str, plan: LoadPlan) -> tuple[list[TurnResult], float]:
    """Runs the plan; returns every measured turn and the generator's own CPU seconds."""
    import aiohttp

    run_id = uuid.uuid4().hex[:8]  # sender ids never repeat across runs on one server
    url = base_url.rstrip("/") + "/webhooks/rest/webhook"
    results: list[TurnResult] = []
    started = time.monotonic()
    window = (started + plan.warmup, started + plan.warmup + plan.duration)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
    connector = aiohttp.TCPConnector(limit=plan.users)
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        await asyncio.gather(
            *(_user(session, url, plan, u, run_id, window, results) for u in range(plan.users))
        )
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    return results, cpu


def summary_of(plan: LoadPlan, results: list[TurnResult], cpu: float) -> dict[str, Any]:
    """Latency, throughput, errors, lost and unexpected replies of a run."""
    summary = summarize(results, plan.duration)
    summary.update(
        users=plan.users,
        scenario=plan.scenario,
        warmup_s=plan.warmup,
        think_time_s=[plan.think_min, plan.think_max],
        load_generator_cpu_s=round(cpu, 2),
    )
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.bench.load", description=__doc__)
    parser.add_argument("--url", required=True, help="the Rasa server, http://host:port")
    parser.add_argument("--users", type=int, default=1)
    parser.add_argument("--duration", type=float, default=20.0, help="measured seconds")
    parser.add_argument("--warmup", type=float, default=3.0, help="unmeasured seconds first")
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), default="clinic")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--think-min", type=float, default=0.0, help="seconds between turns")
    parser.add_argument("--think-max", type=float, default=0.0)
    parser.add_argument("--ramp", type=float, default=0.0, help="seconds to start all users")
    parser.add_argument("--out", type=Path, help="write the summary here (default: stdout)")
    parser.add_argument("--turns-out", type=Path, help="also write every turn here (JSON)")
    args = parser.parse_args(argv)
    plan = LoadPlan(
        args.users, args.duration, args.warmup, args.scenario, args.seed,
        args.think_min, args.think_max, args.ramp,
    )  # fmt: skip
    results, cpu = asyncio.run(run_turns(args.url, plan))
    summary = summary_of(plan, results, cpu)
    if args.turns_out:
        turns = {"plan": asdict(plan), "cpu_seconds": round(cpu, 1)}
        args.turns_out.write_text(json.dumps({**turns, "turns": [r.record() for r in results]}))
    text = json.dumps(summary, indent=2)
    if args.out:
        args.out.write_text(text)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
