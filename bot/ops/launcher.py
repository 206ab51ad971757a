"""Starts the action server, staff console, web process and Rasa server together under
one `bot.ops.supervisor.Supervisor` (which restarts any of them that exits unexpectedly),
and stops them together. Also the commands each child runs, the live model to serve,
and `rasa shell`.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
from pathlib import Path

from bot.channels.credentials import channel_configured, channel_problems
from bot.modelops.model_store import ModelStore
from bot.modelops.runtime_config import process_environment, write_runtime_config
from bot.modelops.training import ensure_model, fingerprint, model_path
from bot.ops.supervisor import (
    STARTUP_TIMEOUT_SECONDS,
    STATUS_FILE,
    Child,
    ProcessGroup,
    Supervisor,
    wait_until_up,
)
from bot.settings import PROJECT_ROOT, Settings
from bot.storage.privacy import start_retention_schedule

logger = logging.getLogger(__name__)


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
