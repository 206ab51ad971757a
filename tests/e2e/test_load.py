"""Load: many simulated patients at once, with the staff webhook down for part of the run.

Zero errors, zero lost replies, every red-flag reply matched by exactly one escalation
record, and every emergency/urgent escalation's staff notification delivered exactly
once after the webhook comes back. The load generator (`bot.bench.load`, the bench's, with
think times and the patients scenario) runs in its own process against one assistant on
loopback.

`make test` runs a short version; `make load` the full one (200 users for 5 minutes),
which writes reports/load.json and reports/load.md. Environment: LOAD_USERS,
LOAD_SECONDS, LOAD_THINK_MIN, LOAD_THINK_MAX, LOAD_REPORT_DIR (default: a temporary
directory).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from aiohttp import web
from sqlalchemy import select

from bot.settings import PROJECT_ROOT
from bot.storage.db import Database
from bot.storage.models import Escalation, Notification
from bot.storage.spool import Spool
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.faults import child_pid
from tests.e2e.harness import start_assistant
from tests.e2e.load_report import escalation_check, render_markdown, summarize_turns
from tests.servers import WebhookRecorder

USERS = int(os.environ.get("LOAD_USERS", "200"))
SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))
THINK_MIN = float(os.environ.get("LOAD_THINK_MIN", "2"))
THINK_MAX = float(os.environ.get("LOAD_THINK_MAX", "8"))
# The staff webhook answers 503 during this part of the run.
WEBHOOK_DOWN = (0.2, 0.5)
NOTIFIED_TIERS = ("emergency", "urgent")
ESCALATION_ID = re.compile(r"escalation #(\d+)\n")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class CountingWebhook(WebhookRecorder):
    """The webhook recorder, also counting the calls it refused while failing."""

    refused = 0

    async def _handle(self, request: web.Request) -> web.Response:
        if self.failing:
            self.refused += 1
        return await super()._handle(request)


def cpu_seconds(pid: int) -> float:
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def escalations(database: Database) -> list[Escalation]:
    with database.session() as session:
        return list(session.execute(select(Escalation)).scalars())


def undelivered(database: Database) -> int:
    with database.session() as session:
        rows = session.execute(select(Notification).where(Notification.status != "sent"))
        return len(list(rows.scalars()))


def test_many_patients_at_once_lose_nothing(model: Path, tmp_path: Path):
    report_dir = Path(os.environ.get("LOAD_REPORT_DIR") or tmp_path)
    report_dir.mkdir(parents=True, exist_ok=True)
    webhook = CountingWebhook().start()
    settings = {
        **TEST_SETTINGS,
        "STAFF_WEBHOOK_URL": webhook.url,
        "NOTIFY_RETRY_SECONDS": "1",
        "LOG_LEVEL": "WARNING",
    }
    assistant = start_assistant(tmp_path / "var", model, settings)
    database = Database(assistant.database_url)
    try:
        rasa_pid = child_pid(assistant, "rasa-run")
        actions_pid = child_pid(assistant, "action-server")
        cpu_before = cpu_seconds(rasa_pid), cpu_seconds(actions_pid)
        load_before = loadavg()
        turns_file = tmp_path / "turns.json"
        client = subprocess.Popen(
            [
                sys.executable, "-m", "bot.bench.load", "--url", assistant.base_url,
                "--scenario", "patients", "--users", str(USERS), "--duration", str(SECONDS),
                "--warmup", "0", "--ramp", "10",
                "--think-min", str(THINK_MIN), "--think-max", str(THINK_MAX),
                "--out", str(tmp_path / "summary.json"), "--turns-out", str(turns_file),
            ],
            cwd=PROJECT_ROOT,
            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        )  # fmt: skip
        started = time.monotonic()
        down = tuple(SECONDS * share for share in WEBHOOK_DOWN)
        time.sleep(down[0])
        webhook.failing = True
        time.sleep(down[1] - down[0])
        webhook.failing = False
        assert client.wait(timeout=SECONDS + 300) == 0
        load_ended = time.monotonic()
        cpu_after = cpu_seconds(rasa_pid), cpu_seconds(actions_pid)
        load_after = loadavg()
        result = json.loads(turns_file.read_text())

        # Drain: the Rasa-side recorder's backstop, then notifications retried with back-off.
        time.sleep(3)
        deadline = load_ended + max(120.0, SECONDS)
        while undelivered(database) and time.monotonic() < deadline:
            time.sleep(1)
        time.sleep(2)  # a duplicate delivery would arrive now
        drain_seconds = round(time.monotonic() - load_ended, 1)

        recorded = escalations(database)
        load_senders = {t["sender"] for t in result["turns"]}
        per_conversation = Counter(e.conversation_id for e in recorded)
        expected = {e.id for e in recorded if e.tier in NOTIFIED_TIERS}
        calls = Counter(
            int(match.group(1))
            for call in webhook.calls
            if (match := ESCALATION_ID.search(call["text"]))
        )
        load = summarize_turns(result["turns"])
        escalation_summary = escalation_check(result["turns"], per_conversation)
        report = {
            "plan": result["plan"],
            "machine": {
                "cpus": os.cpu_count(),
                "loadavg_before": load_before,
                "loadavg_after": load_after,
            },
            "load": load,
            "escalations": escalation_summary,
            "notifications": {
                "expected": len(expected),
                "delivered": len(set(calls) & expected),
                "duplicates": sum(count - 1 for count in calls.values() if count > 1),
                "unexpected": len(set(calls) - expected),
                "refused": webhook.refused,
                "webhook_down_seconds": list(down),
                "drain_seconds": drain_seconds,
            },
            "stand_ins": assistant.log().count("the Rasa server answers without it"),
            "spooled": Spool.in_var_dir(assistant.var_dir).pending(),
            "cpu_seconds": {
                "rasa_server": round(cpu_after[0] - cpu_before[0], 1),
                "action_server": round(cpu_after[1] - cpu_before[1], 1),
                "load_client": result["cpu_seconds"],
            },
            "run_seconds": round(load_ended - started, 1),
        }
        failures = [
            f"{load['errors']} errors" * bool(load["errors"]),
            f"{load['lost_replies']} lost replies" * bool(load["lost_replies"]),
            "escalations do not match red-flag replies"
            * bool(escalation_summary["mismatched_conversations"]),
            "escalations outside the load's conversations"
            * bool(set(per_conversation) - load_senders),
            "notifications missing" * (report["notifications"]["delivered"] != len(expected)),
            "duplicate notifications" * bool(report["notifications"]["duplicates"]),
            "writes left in the spool" * bool(report["spooled"]),
        ]
        report["failures"] = [f for f in failures if f]
        report["passed"] = not report["failures"]
        (report_dir / "load.json").write_text(json.dumps(report, indent=2) + "\n")
        (report_dir / "load.md").write_text(render_markdown(report))
        print("\n" + render_markdown(report))
    finally:
        assistant.stop()
        webhook.stop()
        database.dispose()

    assert load["turns"] > USERS, "the simulated users barely talked"
    assert load["errors"] == 0, load["error_examples"]
    assert load["lost_replies"] == 0
    assert escalation_summary["red_flag_replies"] > 0, "no red flag was sent"
    assert report["passed"], report["failures"]
