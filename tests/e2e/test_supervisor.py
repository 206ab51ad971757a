"""The launcher is a supervisor: a Rasa server killed with SIGKILL comes back by itself,
the other processes keep running, and an emergency is answered and escalated again."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import requests

from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.faults import child_pid
from tests.e2e.harness import escalations_of, start_assistant, texts

EMERGENCY = "I have crushing chest pain and I can't breathe"
CALL = f"Call {TEST_SETTINGS['EMERGENCY_NUMBER']} now"
OTHERS = {"action server": "bot action-server", "console": "bot admin", "web": "bot web"}
BACK_WITHIN_SECONDS = 60


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"


def eventually(read: Callable[[], str], ok: Callable[[str], bool], seconds: float = 15) -> str:
    deadline = time.monotonic() + seconds
    value = read()
    while not ok(value) and time.monotonic() < deadline:
        time.sleep(0.5)
        value = read()
    return value


def test_a_killed_rasa_server_answers_again_within_a_minute_by_itself(model: Path, tmp_path):
    assistant = start_assistant(tmp_path / "var", model, TEST_SETTINGS)
    try:
        assert CALL in texts(assistant.say(f"before-{uuid.uuid4().hex[:8]}", EMERGENCY))
        # Patient data at rest: only the assistant's user can read it.
        assert stat.S_IMODE(assistant.var_dir.stat().st_mode) == 0o700
        for database in ("clinic.db", "tracker.db"):
            assert stat.S_IMODE((assistant.var_dir / database).stat().st_mode) == 0o600
        others = {name: child_pid(assistant, needle) for name, needle in OTHERS.items()}
        rasa = child_pid(assistant, "bot rasa-run")
        os.kill(rasa, signal.SIGKILL)
        killed = time.monotonic()
        sender, reply = f"after-{uuid.uuid4().hex[:8]}", None
        while time.monotonic() - killed < BACK_WITHIN_SECONDS + 30:
            try:
                answer = assistant.post(sender, EMERGENCY)
            except requests.ConnectionError:
                time.sleep(0.5)
                continue
            if answer.status_code == 200 and answer.json():
                reply = answer.json()
                break
            time.sleep(0.5)
        back_after = time.monotonic() - killed
        print(f"Rasa server answered again {back_after:.1f} s after SIGKILL")
        assert reply is not None and CALL in texts(reply), reply
        assert back_after < BACK_WITHIN_SECONDS
        assert escalations_of(assistant, sender)
        # Nobody else was restarted, and the launcher itself never stopped.
        assert assistant.process.poll() is None
        assert {name: child_pid(assistant, needle) for name, needle in OTHERS.items()} == others
        assert all(alive(pid) for pid in others.values())
        assert child_pid(assistant, "bot rasa-run") != rasa
        # The supervisor notices the server is up at its next health poll, which can come
        # a moment after the first answer.
        log = eventually(assistant.log, lambda log: "The Rasa server is up again" in log)
        assert f"The Rasa server (pid {rasa}) exited unexpectedly (exit code -9)" in log
        assert "Restarted the Rasa server" in log and "The Rasa server is up again" in log

        # Staff see the restart without reading the log.
        def bot_status() -> str:
            command = [sys.executable, "-m", "bot", "status"]
            run = subprocess.run(command, env=assistant.env, capture_output=True, text=True)
            return run.stdout

        shown = eventually(bot_status, lambda out: "restarting" not in out)
        rows = {line.split("  ")[0].strip(): line for line in shown.splitlines()}
        assert "The assistant is running" in shown, shown
        assert "up" in rows["Rasa server"].split(), shown
        assert "exit code -9" in rows["Rasa server"] and " 1  " in rows["Rasa server"]
        assert "exit code" not in rows["action server"]
    finally:
        assert assistant.stop() == 0
