"""Starts the action server, staff console, web process and Rasa server together, and stops them
together."""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from bot.channels.credentials import channel_configured, channel_problems
from bot.privacy import start_retention_schedule
from bot.runtime_config import process_environment, write_runtime_config
from bot.settings import PROJECT_ROOT, Settings

logger = logging.getLogger(__name__)

STARTUP_TIMEOUT_SECONDS = 180
STOP_TIMEOUT_SECONDS = 15


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
        "rasa-run",  # `rasa run` with log redaction (bot/rasa_run.py)
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

    def wait_any(self) -> int | None:
        """Blocks until one child exits; returns its exit code."""
        while True:
            for process in self.processes:
                code = process.poll()
                if code is not None:
                    return code
            time.sleep(0.5)


def serve(settings: Settings, model: Path) -> int:
    """Runs the assistant's processes until Ctrl-C (or SIGTERM) or until one of them stops."""
    group = ProcessGroup()
    env = process_environment(settings)

    def _stop(signum, _frame):
        raise KeyboardInterrupt

    # SIGINT explicitly too: a shell starting `make run` in the background ignores it.
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    try:
        actions = group.start(action_server_command(settings), env)
        wait_until_up(
            f"http://127.0.0.1:{settings.action_port}/health", actions, STARTUP_TIMEOUT_SECONDS
        )
        # The staff console is also the model server Rasa loads the live model from.
        console = group.start(console_command(settings), env)
        wait_until_up(
            f"http://127.0.0.1:{settings.admin_port}/health", console, STARTUP_TIMEOUT_SECONDS
        )
        web = group.start(web_server_command(settings), env)
        rasa = group.start(rasa_server_command(settings, model), env)
        wait_until_up(f"http://127.0.0.1:{settings.rasa_port}/", rasa, STARTUP_TIMEOUT_SECONDS)
        wait_until_up(f"http://127.0.0.1:{settings.web_port}/health", web, STARTUP_TIMEOUT_SECONDS)
        print_addresses(settings)
        start_retention_schedule(settings)  # RETENTION_DAYS: purge now, then daily
        code = group.wait_any()
        logger.error("A server stopped unexpectedly (exit code %s); stopping the rest.", code)
        return code or 1
    except KeyboardInterrupt:
        print("\nStopping the assistant...", flush=True)
        return 0
    finally:
        group.stop()


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
