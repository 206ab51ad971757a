"""A whole assistant on free ports, its state in a directory of its own.

`start_assistant` runs `python -m bot run` (the launcher and its supervisor) as a clinic
would, on free loopback ports with its own VAR_DIR and SQLite files: what the end-to-end
tests and `make bench` talk to. Imports only the standard library, `requests` and
`bot.settings`.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from bot.settings import PROJECT_ROOT

STARTUP_SECONDS = 240


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RunningAssistant:
    """A running `python -m bot run` and how to talk to it."""

    process: subprocess.Popen
    var_dir: Path
    rasa_port: int
    action_port: int
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)
    web_port: int = 0
    admin_port: int = 0

    @property
    def admin_url(self) -> str:
        return f"http://127.0.0.1:{self.admin_port}"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.var_dir / 'clinic.db'}"

    def post(self, sender: str, message: Any, **kwargs: Any) -> requests.Response:
        return requests.post(
            f"{self.base_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message},
            timeout=60,
            **kwargs,
        )

    def say(self, sender: str, message: str) -> list[dict[str, Any]]:
        response = self.post(sender, message)
        assert response.status_code == 200, (response.status_code, response.text)
        return response.json()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, sig: int = signal.SIGINT, timeout: float = 60) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        return self.process.returncode


def start_assistant(
    var_dir: Path, model: Path, extra_env: dict[str, str] | None = None
) -> RunningAssistant:
    """Starts the assistant on free ports with its state in `var_dir`."""
    var_dir.mkdir(parents=True, exist_ok=True)
    rasa_port, action_port, web_port = free_port(), free_port(), free_port()
    admin_port = free_port()
    env = {
        **os.environ,
        "VAR_DIR": str(var_dir),
        "RASA_PORT": str(rasa_port),
        "ACTION_PORT": str(action_port),
        "WEB_PORT": str(web_port),
        "ADMIN_PORT": str(admin_port),
        "DATABASE_URL": "",
        "TRACKER_STORE_URL": "",
        "PYTHONPATH": str(PROJECT_ROOT),
        **(extra_env or {}),
    }
    log_path = var_dir / "assistant.log"
    log = log_path.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--model", str(model)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    web_port = int(env["WEB_PORT"])
    assistant = RunningAssistant(
        process, var_dir, rasa_port, action_port, log_path, env, web_port=web_port
    )
    assistant.admin_port = int(env["ADMIN_PORT"])
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"assistant exited early:\n{assistant.log()[-5000:]}")
        if "assistant is running" in assistant.log():
            return assistant
        time.sleep(0.5)
    assistant.stop(signal.SIGKILL)
    raise RuntimeError(f"assistant did not start:\n{assistant.log()[-5000:]}")
