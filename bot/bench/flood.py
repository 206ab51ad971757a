"""A flood of long messages from one client, and another patient's emergency meanwhile.

Issue 11's target: during a flood of 64 KB messages from one client (many sender ids,
one address behind the clinic's proxy), another patient's emergency is answered in under
1 s. Run by `make bench`, or alone against a running assistant:
`python -m bot.bench.flood --url http://127.0.0.1:5005`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from typing import Any

import aiohttp

from bot.bench.scenarios import BENCH_EMERGENCY_NUMBER

EMERGENCY = "I have crushing chest pain going into my left arm and I can't breathe"
SLOW_DOWN = "faster than I can read them"


async def _post(
    session: aiohttp.ClientSession, url: str, sender: str, text: str, address: str
) -> tuple[float, int, str]:
    started = time.monotonic()
    async with session.post(
        f"{url}/webhooks/rest/webhook",
        json={"sender": sender, "message": text},
        headers={"X-Forwarded-For": address},  # as the reverse proxy on this host adds it
    ) as response:
        body = await response.text()
        status = response.status
    texts = ""
    if status == 200:
        texts = "\n".join(m.get("text", "") for m in json.loads(body) if isinstance(m, dict))
    return time.monotonic() - started, status, texts


async def flood(
    url: str,
    messages: int = 30,
    chars: int = 60_000,
    emergency_after_s: float = 0.5,
    emergency_number: str = BENCH_EMERGENCY_NUMBER,
) -> dict[str, Any]:
    """Sends the flood and, `emergency_after_s` later, one emergency from another client."""
    text = ("my calf cramps again " * (chars // 21 + 1))[:chars]
    timeout = aiohttp.ClientTimeout(total=600)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        started = time.monotonic()
        flood_tasks = [
            asyncio.create_task(_post(session, url, f"flood-{i}", text, "203.0.113.50"))
            for i in range(messages)
        ]
        await asyncio.sleep(emergency_after_s)
        emergency_s, status, reply = await _post(
            session, url, f"flood-victim-{time.time_ns()}", EMERGENCY, "203.0.113.51"
        )
        results = await asyncio.gather(*flood_tasks)
        wall_s = time.monotonic() - started
    return {
        "messages": messages,
        "message_chars": chars,
        "errors": sum(1 for _, code, _ in results if code != 200),
        "slowed": sum(1 for _, _, body in results if SLOW_DOWN in body),
        "answered": sum(1 for _, code, body in results if code == 200 and SLOW_DOWN not in body),
        "flood_max_s": round(max(elapsed for elapsed, _, _ in results), 2),
        "flood_wall_s": round(wall_s, 2),
        "emergency_s": round(emergency_s, 3),
        "emergency_answered": status == 200 and f"call {emergency_number} now" in reply.lower(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:5005")
    parser.add_argument("--messages", type=int, default=30)
    parser.add_argument("--emergency-number", default=BENCH_EMERGENCY_NUMBER)
    args = parser.parse_args()
    result = asyncio.run(flood(args.url, args.messages, emergency_number=args.emergency_number))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
