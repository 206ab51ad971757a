"""`python -m bot scale-demo`: the assistant scaled out on one machine, as in production.

    clients ─> nginx (BIND_HOST:RASA_PORT) ─┬─> Rasa server 1 (127.0.0.1, free port)
               /webhooks/: round robin      └─> Rasa server 2 (127.0.0.1, free port)
               /socket.io/: sticky (ip_hash)       │
    the Rasa servers share: PostgreSQL (tracker store and clinic database), Redis (lock
    store), the action server, the staff console (their model server); the web process
    serves the widget, pointed at nginx. Each runs once, as `python -m bot run` runs it.

Any Rasa server can take any turn of any conversation: the conversation lives in
PostgreSQL, and the Redis lock store lets one server at a time handle a conversation's
message. nginx retries a request on the other server when one fails, so a Rasa server can
be killed without a visible error (docs/deployment.md).

PostgreSQL and Redis are throwaway: new data directories in a temporary directory (random
passwords, loopback only), deleted on exit. Logs go to `VAR_DIR/scale-demo/logs/`.
The assistant's own processes are kept running by `bot.ops.supervisor.Supervisor`, as in
`make run`: a Rasa server, the action server, the console or the web process that exits
is started again with back-off while the others go on. A store or nginx that stops ends
the demo. `ScaleDemo` is also what the scale-out end-to-end test drives.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

from bot.modelops.runtime_config import process_environment
from bot.ops.launcher import (
    action_server_command,
    console_command,
    rasa_server_command,
    web_server_command,
)
from bot.ops.sandbox import free_port
from bot.ops.services import (
    APPS,
    PROXY,
    STOP_TIMEOUT_SECONDS,
    Child,
    PostgresServer,
    Processes,
    RedisServer,
    listen_address,
    missing_programs,
    nginx_config,
    plain_environment,
    which,
)
from bot.ops.supervisor import Child as Supervised
from bot.ops.supervisor import Supervisor, wait_until_up
from bot.settings import Settings


class ScaleDemo:
    """The whole scaled-out topology; `start()` it, `stop()` it (or use `with`).

    Args:
        var_dir: this demo's VAR_DIR (rendered Rasa config, model server token, logs).
        model: the model to publish; default: the model for the current training data.
        overrides: settings (environment variables) on top of the environment, e.g. ports.
        replicas: how many Rasa servers.
    """

    def __init__(
        self,
        var_dir: Path,
        model: Path | None = None,
        overrides: Mapping[str, str] | None = None,
        replicas: int = 2,
    ) -> None:
        if replicas < 1:
            raise ValueError("at least one Rasa server")
        self.var_dir = Path(var_dir).resolve()
        self.model = model
        self.overrides = {**(overrides or {}), "VAR_DIR": str(self.var_dir)}
        self.settings = Settings.from_env({**os.environ, **self.overrides})
        self.replica_ports = [free_port() for _ in range(replicas)]
        self.logs_dir = self.var_dir / "logs"
        self.data_root: Path | None = None
        self.processes = Processes(self.logs_dir)
        self.postgres: PostgresServer | None = None
        self.redis: RedisServer | None = None
        self.replicas: list[Child] = []
        self.nginx: Child | None = None
        self.supervisor = Supervisor({})  # replaced when the demo starts

    # --- addresses -------------------------------------------------------------------

    @property
    def public_url(self) -> str:
        """nginx, where clients reach the assistant (the Rasa server's usual address)."""
        return f"http://127.0.0.1:{self.settings.rasa_port}"

    @property
    def replica_urls(self) -> list[str]:
        """Each Rasa server directly (loopback only; clients use `public_url`)."""
        return [f"http://127.0.0.1:{port}" for port in self.replica_ports]

    @property
    def access_log(self) -> Path:
        return self.logs_dir / "nginx-access.log"

    # --- lifecycle -------------------------------------------------------------------

    def __enter__(self) -> ScaleDemo:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def start(self) -> ScaleDemo:
        """Starts the stores, the assistant's processes, the Rasa servers, then nginx."""
        missing = missing_programs()
        if missing:
            raise RuntimeError(
                f"missing Debian packages: {' '.join(missing)} (make services installs them)"
            )
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        for old_log in self.logs_dir.glob("*.log"):
            old_log.unlink()
        # Not under VAR_DIR: the postgres user must reach it (pytest's tmp dirs are 0700).
        self.data_root = Path(tempfile.mkdtemp(prefix="clinic-scale-demo-"))
        self.data_root.chmod(0o755)
        try:
            self._start()
        except BaseException as error:
            dead = [c for c in self.processes.children if not c.running]
            details = "".join(f"\n--- {c.name} ---\n{c.log_tail()}" for c in dead)
            self.stop()
            if isinstance(error, Exception) and details:
                raise RuntimeError(f"{error}{details}") from error
            raise
        return self

    def _start(self) -> None:
        assert self.data_root is not None
        self.postgres = PostgresServer(self.data_root, free_port())
        self.postgres.start(self.processes)
        self.redis = RedisServer(self.data_root, free_port())
        self.redis.start(self.processes)
        self.overrides.update(
            DATABASE_URL=self.postgres.url("clinic"),
            TRACKER_STORE_URL=self.postgres.url("rasa"),
            LOCK_STORE_URL=self.redis.url,
        )
        settings = self.settings = Settings.from_env({**os.environ, **self.overrides})
        env = {**process_environment(settings), **self.overrides}
        model = self._publish_model(settings)

        # The assistant's own processes are supervised as `make run` supervises them:
        # one that exits is restarted with back-off, the others keep running.
        self.supervisor = Supervisor(env, spawn=self._spawn)
        local = "http://127.0.0.1"

        def supervised(name: str, command: list[str], health_url: str) -> Supervised:
            return self.supervisor.start(Supervised(name, lambda: command, health_url), False)

        actions = supervised(
            "action-server",
            action_server_command(settings),
            f"{local}:{settings.action_port}/health",
        )
        console = supervised(
            "console", console_command(settings), f"{local}:{settings.admin_port}/health"
        )
        web = supervised("web", web_server_command(settings), f"{local}:{settings.web_port}/health")
        self.supervisor.wait_until_up(actions)
        # The console is the model server the Rasa servers load the live model from.
        self.supervisor.wait_until_up(console)

        # Both commands first: each renders the same var/run files the servers read.
        commands = [
            rasa_server_command(
                dataclasses.replace(settings, bind_host="127.0.0.1", rasa_port=port), model
            )
            for port in self.replica_ports
        ]
        servers = [
            supervised(f"rasa-{number}", command, f"{url}/")
            for number, (command, url) in enumerate(
                zip(commands, self.replica_urls, strict=True), start=1
            )
        ]
        for server in servers:
            self.supervisor.wait_until_up(server)
        self.supervisor.wait_until_up(web)

        run_dir = self.data_root / "nginx"
        run_dir.mkdir(mode=0o755)
        config = run_dir / "nginx.conf"
        max_body = getattr(settings, "request_max_bytes", 65536)
        listen = listen_address(settings.bind_host, settings.rasa_port)
        config.write_text(
            nginx_config(listen, self.replica_ports, run_dir, self.logs_dir, max_body)
        )
        command = [which("nginx") or "nginx", "-p", f"{run_dir}/", "-c", str(config)]
        command += ["-e", str(self.logs_dir / "nginx-error.log")]
        # SIGQUIT: graceful; open websockets get worker_shutdown_timeout to close.
        self.nginx = self.processes.start(
            "nginx", command, plain_environment(), PROXY, stop_signal=signal.SIGQUIT
        )
        wait_until_up(f"{self.public_url}/", self.nginx.process, 30)

    def _spawn(self, child: Supervised, env: dict[str, str]) -> subprocess.Popen:
        """Starts (or restarts) a supervised process with its own log file."""
        replica = child.name.startswith("rasa-")
        started = self.processes.start(
            child.name, child.command(), env, APPS, expendable=replica, supervised=True
        )
        if replica:
            index = int(child.name.removeprefix("rasa-")) - 1
            if index < len(self.replicas):
                self.replicas[index] = started
            else:
                self.replicas.append(started)
        return started.process

    def _publish_model(self, settings: Settings) -> Path:
        """Makes the model live in the new clinic database (the console serves it)."""
        from bot.modelops.model_store import ModelStore
        from bot.modelops.training import ensure_model
        from bot.storage.db import Database

        model = self.model or ensure_model(settings.training_root, settings.models_dir)
        database = Database(settings.database_url)
        try:
            ModelStore(database).publish(model, "scale-demo", "scale demo start")
        finally:
            database.dispose()
        return Path(model)

    def kill_replica(self, index: int, sig: int = signal.SIGKILL) -> None:
        """Ends Rasa server `index` (0-based) abruptly, as a crash would."""
        replica = self.replicas[index]
        replica.reported = True
        replica.process.send_signal(sig)
        replica.process.wait(timeout=STOP_TIMEOUT_SECONDS)

    def stop(self) -> None:
        """Stops every process (nginx first, the stores last) and deletes the stores' data."""
        self.processes.stop()
        if self.data_root is not None:
            shutil.rmtree(self.data_root, ignore_errors=True)
            self.data_root = None

    def wait(self) -> int:
        """Blocks while the assistant can answer; returns an exit code when it cannot.

        The assistant's processes (Rasa servers, action server, console, web) are
        restarted by the supervisor when they exit, and the others go on meanwhile; a
        store or nginx that stops ends the wait.
        """
        while True:
            self.supervisor.check()
            for child in self.processes.children:
                code = child.process.poll()
                if code is None or child.reported:
                    continue
                child.reported = True
                if child.supervised:
                    print(
                        f"\n{child.name} stopped (exit code {code}); restarting it"
                        + (
                            ", nginx sends its conversations to the other Rasa servers"
                            if child.expendable
                            else ""
                        )
                        + ".",
                        flush=True,
                    )
                    continue
                print(f"\n{child.name} stopped (exit code {code}):\n{child.log_tail()}")
                return code or 1
            time.sleep(0.5)

    def banner(self) -> str:
        settings = self.settings
        base = f"http://{settings.public_host}:{settings.rasa_port}"
        servers = ", ".join(
            f"{url.removeprefix('http://')} (pid {replica.process.pid})"
            for url, replica in zip(self.replica_urls, self.replicas, strict=True)
        )
        assert self.postgres is not None and self.redis is not None
        return (
            "\n"
            f"  {settings.clinic_name} assistant is running, scaled out "
            f"({len(self.replicas)} Rasa servers behind nginx).\n"
            f"  nginx:     {base}  (REST: POST {base}/webhooks/rest/webhook, "
            f"socket.io: {base}/socket.io/)\n"
            f"  Website:   http://{settings.public_host}:{settings.web_port}/\n"
            f"  Staff:     http://{settings.public_host}:{settings.admin_port}/\n"
            f"  Rasa:      {servers}\n"
            "             kill one (kill PID): its conversations go on on the others.\n"
            f"  Stores:    PostgreSQL 127.0.0.1:{self.postgres.port} (tracker store, clinic "
            f"database), Redis 127.0.0.1:{self.redis.port} (lock store); thrown away on exit\n"
            f"  Logs:      {self.logs_dir}/\n"
            "  Press Ctrl-C to stop everything.\n"
        )


def run_scale_demo(settings: Settings, replicas: int = 2, model: Path | None = None) -> int:
    """The `bot scale-demo` command: runs the topology until Ctrl-C."""

    def _stop(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGHUP, _stop)
    demo = ScaleDemo(settings.var_dir / "scale-demo", model, replicas=replicas)
    print(
        f"Starting PostgreSQL, Redis, the action server, the staff console, {replicas} Rasa "
        f"servers and nginx (logs in {demo.logs_dir}/)...",
        flush=True,
    )
    try:
        demo.start()
        print(demo.banner(), flush=True)
        return demo.wait()
    except KeyboardInterrupt:
        print("\nStopping nginx, the Rasa servers, the other processes, then the stores...")
        return 0
    except RuntimeError as error:
        print(f"The scale-out demo could not start: {error}", file=sys.stderr)
        return 1
    finally:
        demo.stop()
        print("Stopped.", flush=True)
