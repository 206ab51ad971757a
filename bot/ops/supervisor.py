"""Keeps a set of child processes running: the one supervisor behind `make run`, the
scale-out demo, `make bench` and the end-to-end tests.

A child that exits while the assistant runs is started again, the others keep running:
after 1 s, then with a doubling back-off (up to 30 s) while it keeps failing, and never
more than `MAX_RESTARTS_PER_MINUTE` times in any minute. Each exit and each return is a
log line ("... exited unexpectedly ...", "... is up again ...") and is written to a status
file (`var/processes.json`), which `python -m bot status` shows. May import
`bot.common` and `bot.settings` only: what to run is the caller's business.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bot.common.processes import pid_alive
from bot.settings import PROJECT_ROOT

logger = logging.getLogger(__name__)

STARTUP_TIMEOUT_SECONDS = 180
STOP_TIMEOUT_SECONDS = 15
FIRST_RESTART_DELAY_SECONDS = 1.0
MAX_RESTART_DELAY_SECONDS = 30.0
MAX_RESTARTS_PER_MINUTE = 5
# A child that has run this long is well again: its next failure restarts it after 1 s.
HEALTHY_AFTER_SECONDS = 60.0
POLL_SECONDS = 0.5
STATUS_FILE = "processes.json"


def wait_until_up(url: str, process: subprocess.Popen, timeout: float) -> None:
    """Polls `url` until it answers 200; fails early if the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} did not come up: its process exited ({process.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not come up within {timeout:.0f} s")


class ProcessGroup:
    """Child processes that are started in order and stopped in reverse order."""

    def __init__(self) -> None:
        self.processes: list[subprocess.Popen] = []

    def start(self, command: Sequence[str], env: dict[str, str]) -> subprocess.Popen:
        process = subprocess.Popen(list(command), cwd=PROJECT_ROOT, env=env)
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        for process in reversed(self.processes):
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@dataclass
class Child:
    """A supervised process: how to start it and where it says it is up."""

    name: str
    command: Callable[[], list[str]]
    health_url: str
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    up: bool = False
    failures_in_a_row: int = 0
    restart_at: float | None = None
    restarts: deque[float] = field(default_factory=deque)  # when, within the last minute
    restarts_total: int = 0
    last_exit: str = ""  # "exit code -9 at 2026-12-04 19:30:01 UTC"

    def state(self) -> str:
        if self.restart_at is not None:
            return "restarting"
        return "up" if self.up else "starting"


class Supervisor:
    """Keeps its children running (see the module doc); stops them in reverse order."""

    def __init__(
        self,
        env: dict[str, str],
        clock: Callable[[], float] = time.monotonic,
        status_path: Path | None = None,
        spawn: Callable[[Child, dict[str, str]], subprocess.Popen] | None = None,
    ):
        """`spawn` starts a child's process (default: in this supervisor's process group,
        output to the terminal); the scale demo passes its own, with a log file per child.
        Whoever passes `spawn` also stops those processes."""
        self.env = env
        self.clock = clock
        self.children: list[Child] = []
        self.group = ProcessGroup()
        self.status_path = status_path
        self.spawn = spawn

    def start(self, child: Child, wait: bool = True) -> Child:
        """Starts a child; with `wait`, until it is up (a failure here stops the launch)."""
        self.children.append(child)
        self._spawn(child)
        if wait:
            self.wait_until_up(child)
        return child

    def wait_until_up(self, child: Child) -> None:
        if child.process is None:
            raise RuntimeError(f"the {child.name} was never started")
        wait_until_up(child.health_url, child.process, STARTUP_TIMEOUT_SECONDS)
        child.up = True
        self.write_status()

    def _spawn(self, child: Child) -> subprocess.Popen:
        if child.process in self.group.processes:
            self.group.processes.remove(child.process)
        if self.spawn is not None:
            child.process = self.spawn(child, self.env)
        else:
            child.process = self.group.start(child.command(), self.env)
        child.started_at = self.clock()
        child.up = False
        self.write_status()
        return child.process

    def check(self) -> None:
        """One round: notice exits, restart what is due, log what came back."""
        now = self.clock()
        for child in self.children:
            if child.restart_at is not None:
                if now >= child.restart_at:
                    child.restart_at = None
                    child.restarts.append(now)
                    child.restarts_total += 1
                    process = self._spawn(child)
                    logger.warning("Restarted the %s (pid %d).", child.name, process.pid)
                continue
            code = child.process.poll() if child.process else None
            if code is not None:
                self._schedule_restart(child, code, now)
            elif not child.up and _answers(child.health_url):
                child.up = True
                logger.warning(
                    "The %s is up again after %.1f s.", child.name, now - child.started_at
                )
                self.write_status()
            elif child.up and now - child.started_at > HEALTHY_AFTER_SECONDS:
                child.failures_in_a_row = 0

    def _schedule_restart(self, child: Child, code: int, now: float) -> None:
        child.failures_in_a_row += 1
        delay = min(
            FIRST_RESTART_DELAY_SECONDS * 2 ** (child.failures_in_a_row - 1),
            MAX_RESTART_DELAY_SECONDS,
        )
        while child.restarts and now - child.restarts[0] >= 60:
            child.restarts.popleft()
        limited = ""
        if len(child.restarts) >= MAX_RESTARTS_PER_MINUTE:
            delay = max(delay, 60 - (now - child.restarts[0]))
            limited = f"; {MAX_RESTARTS_PER_MINUTE} restarts in the last minute already"
        child.restart_at = now + delay
        child.last_exit = f"exit code {code} at {_utc_now()}"
        self.write_status()
        logger.error(
            "The %s (pid %d) exited unexpectedly (exit code %s); the other processes keep "
            "running; restarting it in %.0f s%s.",
            child.name,
            child.process.pid if child.process else 0,
            code,
            delay,
            limited,
        )

    def run(self, stop: Callable[[], bool] = lambda: False) -> None:
        """Watches the children until `stop()` is true (or Ctrl-C / SIGTERM)."""
        while not stop():
            self.check()
            time.sleep(POLL_SECONDS)

    def stop(self) -> None:
        self.group.stop()
        self.write_status(stopped=True)

    def write_status(self, stopped: bool = False) -> None:
        """Each child's state for `python -m bot status` (replaced whole, never half-written)."""
        if self.status_path is None:
            return
        status = {
            "launcher_pid": os.getpid(),
            "updated_at": _utc_now(),
            "stopped": stopped,
            "processes": [
                {
                    "name": child.name,
                    "pid": child.process.pid if child.process else None,
                    "state": "stopped" if stopped else child.state(),
                    "restarts": child.restarts_total,
                    "last_exit": child.last_exit,
                }
                for child in self.children
            ],
        }
        partial = self.status_path.with_suffix(".tmp")
        try:
            partial.write_text(json.dumps(status, indent=1))
            partial.chmod(0o600)
            partial.replace(self.status_path)
        except OSError as error:  # a full disk must not stop the supervisor
            logger.warning("Could not write %s: %s", self.status_path, error)


def _utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def read_status(var_dir: Path) -> dict[str, Any] | None:
    """What the running (or last) launcher wrote; `running` says whether it is alive."""
    try:
        status: dict[str, Any] = json.loads((var_dir / STATUS_FILE).read_text())
    except (OSError, ValueError):
        return None
    status["running"] = not status.get("stopped") and pid_alive(status.get("launcher_pid"))
    return status


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False
