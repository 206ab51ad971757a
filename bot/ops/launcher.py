"""Starts the action server, staff console, web process and Rasa server together, restarts
any of them that exits unexpectedly, and stops them together.

A child that exits while the assistant runs is started again by the `Supervisor`, the
others keep running: after 1 s, then with a doubling back-off (up to 30 s) while it keeps
failing, and never more than `MAX_RESTARTS_PER_MINUTE` times in any minute. Each exit
and each return is a log line ("... exited unexpectedly ...", "... is up again ...") and
is written to `var/processes.json`, which `python -m bot status` shows.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bot.channels.credentials import channel_configured, channel_problems
from bot.common.processes import pid_alive
from bot.modelops.model_store import ModelStore
from bot.modelops.runtime_config import process_environment, write_runtime_config
from bot.modelops.training import ensure_model, fingerprint, model_path
from bot.settings import PROJECT_ROOT, Settings
from bot.storage.privacy import start_retention_schedule

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


def action_server_command(settings: Settings) -> list[str]:
    return [sys.executable, "-m", "bot", "action-server"]


def web_server_command(settings: Settings) -> list[str]:
    return [sys.executable, "-m", "bot", "web"]


def console_command(settings: Settings) -> list[str]:
    return [sys.executable, "-m", "bot", "admin"]


def rasa_server_command(settings: Settings, model: Path) -> list[str]:
    endpoints, credentials = write_runtime_config(settings)
    return [
        sys.executable,
        "-m",
        "bot",
        "rasa-run",  # `rasa run` with log redaction (bot/ops/rasa_run.py)
        "--model",
        str(model),
        "--endpoints",
        str(endpoints),
        "--credentials",
        str(credentials),
        "--interface",
        settings.bind_host,
        "--port",
        str(settings.rasa_port),
        "--cors",
        *settings.allowed_origins,
    ]


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


def ensure_live_model(settings: Settings, explicit: Path | None = None) -> Path:
    """Makes sure a published model exists before the Rasa server starts; returns it.

    - `explicit` (`bot run --model`): that model is published if it is not live already.
    - Nothing published yet (first start): the model for the current training data is
      trained if needed and published.
    - The training data changed since the live model: a gated retrain (`bot retrain`)
      runs first; the live model stays if a gate rejects the new one.
    """
    store = ModelStore.from_settings()
    live = store.live()
    if explicit is not None:
        explicit = Path(explicit).resolve()
        if live is None or live.path.resolve() != explicit:
            store.publish(explicit, "operator", "bot run --model")
        return explicit
    if live is None or not live.path.is_file():
        model = ensure_model(settings.training_root, settings.models_dir)
        store.publish(model, "launcher", "first start")
        return model
    current = model_path(settings.models_dir, fingerprint(settings.training_root))
    if current.resolve() != live.path.resolve():
        print(
            "The training data changed since the live model was published: retraining "
            "through the safety gates before starting...",
            flush=True,
        )
        command = [sys.executable, "-m", "bot", "retrain", "--trigger", "launcher"]
        command += ["--by", "launcher"]
        code = subprocess.call(command, env=process_environment(settings))
        if code not in (0, 2):
            print("Starting with the live model; see the training history.", flush=True)
    live = store.live()
    return live.path if live is not None else current


def serve(settings: Settings, model: Path) -> int:
    """Runs the assistant's processes until Ctrl-C (or SIGTERM), restarting any that exits."""
    settings.var_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    settings.var_dir.chmod(0o700)  # conversations, patients' names and numbers
    supervisor = Supervisor(
        process_environment(settings), status_path=settings.var_dir / STATUS_FILE
    )

    def _stop(signum, _frame):
        raise KeyboardInterrupt

    # SIGINT explicitly too: a shell starting `make run` in the background ignores it.
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    local = "http://127.0.0.1"
    try:
        supervisor.start(
            Child(
                "action server",
                lambda: action_server_command(settings),
                f"{local}:{settings.action_port}/health",
            )
        )
        # The staff console is also the model server Rasa loads the live model from.
        supervisor.start(
            Child(
                "staff console",
                lambda: console_command(settings),
                f"{local}:{settings.admin_port}/health",
            )
        )
        web = Child(
            "web process",
            lambda: web_server_command(settings),
            f"{local}:{settings.web_port}/health",
        )
        supervisor.start(web, wait=False)
        supervisor.start(
            Child(
                "Rasa server",
                lambda: rasa_server_command(settings, model),
                f"{local}:{settings.rasa_port}/",
            )
        )
        supervisor.wait_until_up(web)
        print_addresses(settings)
        start_retention_schedule(settings)  # RETENTION_DAYS: purge now, then daily
        supervisor.run()
        return 0
    except KeyboardInterrupt:
        print("\nStopping the assistant...", flush=True)
        return 0
    finally:
        supervisor.stop()


def print_addresses(settings: Settings) -> None:
    base = f"http://{settings.public_host}:{settings.rasa_port}"
    print(
        "\n"
        f"  {settings.clinic_name} assistant is running.\n"
        f"  REST:      POST {base}/webhooks/rest/webhook  "
        '{"sender": "me", "message": "what causes muscle spasms?"}\n'
        f"  socket.io: {base}/socket.io/\n"
        f"  Website:   http://{settings.public_host}:{settings.web_port}/  "
        "(demo clinic page with the chat widget)\n"
        f"  Staff:     http://{settings.public_host}:{settings.admin_port}/  "
        "(staff console: review queue, FAQ, retrain, rollback)\n"
        f"{channel_addresses(settings)}"
        "  Press Ctrl-C to stop.\n",
        flush=True,
    )


def channel_addresses(settings: Settings) -> str:
    """Lines for the Telegram and WhatsApp webhooks, or why a channel is off."""
    lines = []
    webhooks = {
        "telegram": ("Telegram", settings.telegram_webhook_url),
        "whatsapp": ("WhatsApp", settings.twilio_webhook_url),
    }
    for channel, problems in channel_problems(settings).items():
        label, url = webhooks[channel]
        if not problems:
            lines.append(f"  {label + ':':10} POST {url}\n")
        elif channel_configured(settings, channel):
            lines.append(f"  {label + ':':10} not enabled: {'; '.join(problems)}\n")
    return "".join(lines)


def shell(settings: Settings, model: Path) -> int:
    """Chat in the terminal, with the action server running alongside."""
    group = ProcessGroup()
    env = process_environment(settings)
    endpoints, _ = write_runtime_config(settings, model_server=False)
    try:
        actions = group.start(action_server_command(settings), env)
        wait_until_up(
            f"http://127.0.0.1:{settings.action_port}/health", actions, STARTUP_TIMEOUT_SECONDS
        )
        command = [
            sys.executable,
            "-m",
            "rasa",
            "shell",
            "--model",
            str(model),
            "--endpoints",
            str(endpoints),
            "--port",
            str(settings.rasa_port),
        ]
        return subprocess.call(command, cwd=PROJECT_ROOT, env=env)
    except KeyboardInterrupt:
        return 0
    finally:
        group.stop()
