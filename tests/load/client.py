"""Simulated patients talking to the REST channel, as a separate process.

    python -m tests.load.client --url http://127.0.0.1:5005 --users 200 --duration 300 \
        --out turns.json

Each simulated user holds one conversation after another (`tests.load.conversations`),
each with its own sender id, and waits for every reply before "typing" the next message
(a think time drawn between --think-min and --think-max seconds): a bounded, closed loop.
Users start spread over --ramp seconds; no new message is sent after --duration, and the
messages already sent are waited for. Writes every turn to --out as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import aiohttp

from tests.load.conversations import conversation

# Words of each red-flag reply (domain.yml, utter_red_flag variants).
RED_FLAG_REPLIES = {
    "crisis": "I'm really sorry you're feeling like this",
    "emergency": "This could be a medical emergency",
    "urgent": "needs a doctor today",
    "soon": "That is worth getting checked soon",
}


@dataclass
class TurnRecord:
    user: int
    sender: str
    kind: str
    started: float  # seconds since the run started
    seconds: float
    status: int  # HTTP status; 0 when the request failed or timed out
    lost: bool = False  # answered 200 without any message
    error: str = ""
    red_flag_reply: str = ""  # which red-flag reply came back, if any


def red_flag_reply(body: Any) -> str:
    text = " ".join(m.get("text") or "" for m in body if isinstance(m, dict))
    return next((tier for tier, words in RED_FLAG_REPLIES.items() if words in text), "")


def has_message(body: Any) -> bool:
    return isinstance(body, list) and any(
        isinstance(m, dict) and (m.get("text") or m.get("image") or m.get("custom")) for m in body
    )


@dataclass(frozen=True)
class Plan:
    url: str
    users: int
    duration: float
    think_min: float
    think_max: float
    ramp: float
    seed: int
    red_flag_share: float
    timeout: float


async def simulate_user(
    session: aiohttp.ClientSession, plan: Plan, user: int, start: float, out: list[TurnRecord]
) -> None:
    rng = random.Random(plan.seed * 100_003 + user)
    stop = start + plan.duration
    await asyncio.sleep(plan.ramp * user / max(plan.users, 1))
    number = 0
    endpoint = f"{plan.url}/webhooks/rest/webhook"
    while time.monotonic() < stop:
        sender = f"load-{plan.seed}-{user}-{number}"
        number += 1
        for turn in conversation(rng, plan.red_flag_share):
            if time.monotonic() >= stop:
                return
            began = time.monotonic()
            record = TurnRecord(user, sender, turn.kind, began - start, 0.0, 0)
            try:
                async with session.post(
                    endpoint, json={"sender": sender, "message": turn.text}
                ) as response:
                    record.status = response.status
                    body = await response.json(content_type=None)
                record.lost = record.status == 200 and not has_message(body)
                record.red_flag_reply = red_flag_reply(body) if record.status == 200 else ""
            except Exception as error:  # noqa: BLE001 - any failure is an error of this turn
                record.error = f"{type(error).__name__}: {error}"[:300]
            record.seconds = time.monotonic() - began
            out.append(record)
            await asyncio.sleep(rng.uniform(plan.think_min, plan.think_max))


async def run(plan: Plan) -> list[TurnRecord]:
    out: list[TurnRecord] = []
    timeout = aiohttp.ClientTimeout(total=plan.timeout)
    connector = aiohttp.TCPConnector(limit=0)  # one connection per user at most anyway
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        start = time.monotonic()
        await asyncio.gather(
            *(simulate_user(session, plan, user, start, out) for user in range(plan.users))
        )
    return out


def parse_args(argv: list[str]) -> tuple[Plan, Path]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--duration", type=float, default=300.0)
    parser.add_argument("--think-min", type=float, default=2.0)
    parser.add_argument("--think-max", type=float, default=8.0)
    parser.add_argument("--ramp", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--red-flag-share", type=float, default=0.04)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    plan = Plan(
        args.url.rstrip("/"),
        args.users,
        args.duration,
        args.think_min,
        args.think_max,
        args.ramp,
        args.seed,
        args.red_flag_share,
        args.timeout,
    )
    return plan, args.out


def main(argv: list[str] | None = None) -> int:
    plan, out = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.time()
    turns = asyncio.run(run(plan))
    result = {
        "plan": asdict(plan),
        "started_at": started,
        "wall_seconds": time.time() - started,
        "cpu_seconds": round(time.process_time(), 1),
        "turns": [asdict(t) for t in turns],
    }
    out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
