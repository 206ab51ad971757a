"""Load generator: simulated users talking to a Rasa REST channel, as a separate process.

    python -m bot.bench.load --url http://127.0.0.1:5005 --users 8 --duration 20 \
        --scenario clinic --out run.json

Every simulated user holds its own conversations (a fresh sender id per conversation,
4-8 turns each, scripts in bot/bench/scenarios.py) and sends its next message as soon as
the reply arrives (a closed loop with no think time: the hardest load that many users can
make). Turns that start during the warm-up are not measured. A turn is an error when the
request fails or does not answer 200, and a lost reply when it answers 200 with no message
where one was expected.
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
from pathlib import Path
from typing import Any

from bot.bench.scenarios import SCENARIOS, reply_text
from bot.bench.stats import TurnResult, is_lost_reply, summarize

REQUEST_TIMEOUT_SECONDS = 60


async def _user(
    session: Any,
    url: str,
    scenario: str,
    user: int,
    seed: int,
    run_id: str,
    window: tuple[float, float],
    results: list[TurnResult],
) -> None:
    conversation_of, reply_is_expected = SCENARIOS[scenario]
    rng = random.Random(seed * 1000 + user)
    start, stop = window
    conversation = 0
    while time.monotonic() < stop:
        sender = f"bench-{run_id}-{user}-{conversation}"
        conversation += 1
        for turn in conversation_of(rng):
            began = time.monotonic()
            if began >= stop:
                return
            status, body = 0, None
            try:
                async with session.post(url, json={"sender": sender, "message": turn.text}) as r:
                    status = r.status
                    body = await r.json(content_type=None) if status == 200 else None
            except Exception:  # noqa: BLE001 - any failure is an error of the turn
                status = 0
            seconds = time.monotonic() - began
            if began < start:
                continue
            lost = is_lost_reply(status, body, turn.expects_reply)
            unexpected = status == 200 and not lost and not reply_is_expected(turn, body)
            sample = f"{turn.text!r} -> {reply_text(body)[:160]!r}" if unexpected else ""
            results.append(TurnResult(turn.kind, seconds, status, lost, unexpected, sample))
            if status != 200:
                break  # the conversation's state is unknown: start a new one


async def run_load(
    base_url: str, users: int, duration: float, warmup: float, scenario: str, seed: int = 1
) -> dict[str, Any]:
    """Runs `users` simulated users for `warmup + duration` seconds; returns the summary."""
    import aiohttp

    run_id = uuid.uuid4().hex[:8]  # sender ids never repeat across runs on one server
    url = base_url.rstrip("/") + "/webhooks/rest/webhook"
    results: list[TurnResult] = []
    started = time.monotonic()
    window = (started + warmup, started + warmup + duration)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
    connector = aiohttp.TCPConnector(limit=users)
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        await asyncio.gather(
            *(_user(session, url, scenario, u, seed, run_id, window, results) for u in range(users))
        )
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    summary = summarize(results, duration)
    summary.update(
        users=users,
        scenario=scenario,
        warmup_s=warmup,
        think_time_s=0,
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
    parser.add_argument("--out", type=Path, help="write the summary here (default: stdout)")
    args = parser.parse_args(argv)
    summary = asyncio.run(
        run_load(args.url, args.users, args.duration, args.warmup, args.scenario, args.seed)
    )
    text = json.dumps(summary, indent=2)
    if args.out:
        args.out.write_text(text)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
