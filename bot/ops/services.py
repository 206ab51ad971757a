"""Third-party services run as throwaway child processes: PostgreSQL, Redis and nginx,
for the scale-out demo (`bot.ops.scale_demo`) and the tests.

Each gets a new data directory in a temporary directory, random passwords and a loopback
port; PostgreSQL runs as the `postgres` user when we are root (it refuses to run as
root). These are not restarted when they stop (`Processes`): the caller decides. May
import `bot.settings` only.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.settings import PROJECT_ROOT

STOP_TIMEOUT_SECONDS = 20
STORE_TIMEOUT_SECONDS = 60
# Stop order, highest first: the proxy, then the assistant's processes, then the stores.
PROXY, APPS, STORES = 2, 1, 0
POSTGRES_USER = "postgres"  # PostgreSQL refuses to run as root


def missing_programs() -> list[str]:
    """The Debian packages the demo needs that are not installed."""
    missing = []
    if postgres_bin_dir() is None:
        missing.append("postgresql")
    if not shutil.which("redis-server"):
        missing.append("redis-server")
    if not which("nginx"):
        missing.append("nginx")
    return missing


def plain_environment() -> dict[str, str]:
    """The environment of PostgreSQL, Redis and nginx: none of the assistant's secrets."""
    return {"PATH": os.environ.get("PATH", os.defpath), "LANG": "C.UTF-8"}


def which(program: str) -> str | None:
    # Debian puts nginx in /usr/sbin, which a non-root PATH may lack.
    return shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/local/sbin")


def postgres_bin_dir() -> Path | None:
    """Where `initdb` and `postgres` are (Debian: /usr/lib/postgresql/<version>/bin)."""
    candidates = glob.glob("/usr/lib/postgresql/*/bin/postgres")
    candidates.sort(key=lambda path: int(Path(path).parent.parent.name.split(".")[0]))
    if candidates:
        return Path(candidates[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


@dataclass
class Child:
    """A process of the topology, where its output goes, and how it is asked to stop."""

    name: str
    process: subprocess.Popen
    log_path: Path
    tier: int
    stop_signal: int = signal.SIGTERM
    # A Rasa server: the others go on without it.
    expendable: bool = False
    reported: bool = False
    supervised: bool = False  # restarted by `bot.ops.supervisor.Supervisor` when it exits

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


class Processes:
    """The topology's processes: each in its own session (Ctrl-C reaches only the demo,
    which stops them in order) and ended by the kernel if the demo dies."""

    def __init__(self, logs_dir: Path) -> None:
        self.logs_dir = logs_dir
        self.children: list[Child] = []

    def start(
        self,
        name: str,
        command: Sequence[str],
        env: Mapping[str, str],
        tier: int,
        stop_signal: int = signal.SIGTERM,
        expendable: bool = False,
        supervised: bool = False,
        **popen: Any,
    ) -> Child:
        log_path = self.logs_dir / f"{name}.log"
        signame = signal.Signals(stop_signal).name.removeprefix("SIG")
        # setpriv: the kernel sends the child its stop signal if the demo itself dies.
        wrapper = ["setpriv", f"--pdeathsig={signame}", "--"] if shutil.which("setpriv") else []
        with log_path.open("ab") as log:
            process = subprocess.Popen(
                [*wrapper, *command],
                cwd=PROJECT_ROOT,
                env=dict(env),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                **popen,
            )
        child = Child(name, process, log_path, tier, stop_signal, expendable, supervised=supervised)
        self.children.append(child)
        return child

    def stop(self) -> None:
        """Stops the proxy first, the stores last; kills what does not stop in time."""
        for tier in sorted({child.tier for child in self.children}, reverse=True):
            group = [child for child in self.children if child.tier == tier and child.running]
            for child in group:
                child.process.send_signal(child.stop_signal)
            deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
            for child in group:
                try:
                    child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    child.process.kill()
                    child.process.wait()


def _service_user() -> dict[str, Any]:
    """Popen arguments that run PostgreSQL as its own user when the demo runs as root."""
    if os.geteuid() != 0:
        return {}
    entry = pwd.getpwnam(POSTGRES_USER)
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}


def _chown_to_service_user(path: Path) -> None:
    user = _service_user()
    if user:
        os.chown(path, user["user"], user["group"])


def connect_when_ready(
    port: int,
    password: str | None = None,
    timeout: float = 30.0,
    check_alive: Callable[[], None] = lambda: None,
) -> Any:
    """A psycopg2 connection as `postgres` to the server on 127.0.0.1:`port`, once it
    accepts one (`check_alive` may raise to stop waiting for a server that died)."""
    import psycopg2

    deadline = time.monotonic() + timeout
    while True:
        check_alive()
        try:
            return psycopg2.connect(
                host="127.0.0.1",
                port=port,
                user="postgres",
                password=password,
                dbname="postgres",
                connect_timeout=2,
            )
        except psycopg2.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


class PostgresServer:
    """A throwaway PostgreSQL cluster on loopback with a clinic and a tracker database."""

    def __init__(self, data_root: Path, port: int) -> None:
        self.directory = data_root / "postgres"
        self.port = port
        self.superuser_password = secrets.token_hex(16)
        self.passwords = {"clinic": secrets.token_hex(16), "rasa": secrets.token_hex(16)}

    def url(self, role: str) -> str:
        """The SQLAlchemy URL of the database `role` owns (same name as the role)."""
        password = self.passwords[role]
        return f"postgresql+psycopg2://{role}:{password}@127.0.0.1:{self.port}/{role}"

    def start(self, processes: Processes) -> Child:
        bin_dir = postgres_bin_dir()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
        self.directory.mkdir(mode=0o700)
        _chown_to_service_user(self.directory)
        password_file = self.directory / "superuser-password"
        password_file.write_text(self.superuser_password)
        password_file.chmod(0o600)
        _chown_to_service_user(password_file)
        data = self.directory / "data"
        with (processes.logs_dir / "postgres.log").open("ab") as log:
            subprocess.run(
                [
                    str(bin_dir / "initdb"),
                    *("--pgdata", str(data), "--username", "postgres"),
                    *("--pwfile", str(password_file), "--auth", "scram-sha-256"),
                    *("--encoding", "UTF8", "--locale", "C", "--no-sync"),
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                check=True,
                **_service_user(),
            )
        password_file.unlink()
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(self.port),
            "unix_socket_directories": str(self.directory),
            "fsync": "off",  # throwaway data
        }
        options = [arg for key, value in settings.items() for arg in ("-c", f"{key}={value}")]
        # SIGINT is PostgreSQL's fast shutdown: it does not wait for clients to leave.
        child = processes.start(
            "postgres",
            [str(bin_dir / "postgres"), "-D", str(data), *options],
            plain_environment(),
            STORES,
            stop_signal=signal.SIGINT,
            **_service_user(),
        )
        self._wait_and_create_databases(child)
        return child

    def _wait_and_create_databases(self, child: Child) -> None:
        def alive() -> None:
            if not child.running:
                raise RuntimeError(f"PostgreSQL exited:\n{child.log_tail()}")

        connection = connect_when_ready(
            self.port, self.superuser_password, STORE_TIMEOUT_SECONDS, check_alive=alive
        )
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                for role, password in self.passwords.items():
                    cursor.execute(f"CREATE ROLE {role} LOGIN PASSWORD %s", (password,))
                    cursor.execute(f"CREATE DATABASE {role} OWNER {role}")
                    cursor.execute(f"REVOKE ALL ON DATABASE {role} FROM PUBLIC")
        finally:
            connection.close()


def redis_config(port: int, password: str, directory: Path) -> str:
    """A Redis configuration for the lock store: loopback, a password, nothing on disk."""
    return (
        "bind 127.0.0.1\n"
        f"port {port}\n"
        "protected-mode yes\n"
        f"requirepass {password}\n"
        "daemonize no\n"
        f"dir {directory}\n"
        'save ""\n'
        "appendonly no\n"
        'logfile ""\n'
    )


class RedisServer:
    """A throwaway Redis on loopback, Rasa's lock store."""

    def __init__(self, data_root: Path, port: int) -> None:
        self.directory = data_root / "redis"
        self.port = port
        self.password = secrets.token_hex(16)

    @property
    def url(self) -> str:
        return f"redis://:{self.password}@127.0.0.1:{self.port}/0"

    def start(self, processes: Processes) -> Child:
        import redis

        self.directory.mkdir(mode=0o700)
        config = self.directory / "redis.conf"
        config.write_text(redis_config(self.port, self.password, self.directory))
        config.chmod(0o600)
        command = [shutil.which("redis-server") or "redis-server", str(config)]
        child = processes.start("redis", command, plain_environment(), STORES)
        deadline = time.monotonic() + STORE_TIMEOUT_SECONDS
        while True:
            if not child.running:
                raise RuntimeError(f"Redis exited:\n{child.log_tail()}")
            client = redis.Redis(host="127.0.0.1", port=self.port, password=self.password)
            try:
                client.ping()
                return child
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
            finally:
                client.close()


def nginx_config(
    listen: str, replica_ports: Sequence[int], run_dir: Path, logs_dir: Path, max_body: int
) -> str:
    """nginx in front of the Rasa servers.

    REST and the Telegram/WhatsApp webhooks go round robin; socket.io sticks to one
    server per client address (engine.io's polling requests and the websocket upgrade
    must reach the server that holds the session). A request that fails because a server
    is down or answers 502-504 is passed to the next server, POSTs too. Each request
    carries nginx's `$request_id` as `X-Request-Id`, the same for the retry: a server that
    died after saving the turn but before answering has its saved replies sent again by
    the next one, not the message run twice (`bot.rasa_plugins.redelivery`). Everything
    else (the Rasa HTTP API, which is off anyway) gets 404.
    """
    servers = "".join(
        f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;\n" for port in replica_ports
    )
    proxy_headers = (
        "            proxy_set_header Host $host;\n"
        "            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        "            proxy_set_header X-Forwarded-Proto $scheme;\n"
    )
    retry = "            proxy_next_upstream error timeout http_502 http_503 http_504"
    return f"""# Generated by bot/ops/scale_demo.py; do not edit.
daemon off;
master_process on;
worker_processes 1;
pid {run_dir}/nginx.pid;
error_log {logs_dir}/nginx-error.log notice;
worker_shutdown_timeout 5s;

events {{
    worker_connections 1024;
}}

http {{
    server_tokens off;
    client_body_temp_path {run_dir}/client_body;
    proxy_temp_path {run_dir}/proxy;
    fastcgi_temp_path {run_dir}/fastcgi;
    uwsgi_temp_path {run_dir}/uwsgi;
    scgi_temp_path {run_dir}/scgi;
    # Which Rasa server answered each request; no query strings (socket.io session ids).
    log_format upstream '$remote_addr [$time_local] "$request_method $uri" $status '
                        'upstream=$upstream_addr upstream_status=$upstream_status '
                        '$request_time';
    access_log {logs_dir}/nginx-access.log upstream;
    client_max_body_size {max_body};
    proxy_connect_timeout 2s;
    proxy_send_timeout 60s;
    proxy_read_timeout 120s;
    proxy_next_upstream_tries 2;

    upstream rasa_round_robin {{
{servers}    }}

    upstream rasa_sticky {{
        ip_hash;
{servers}    }}

    map $http_upgrade $connection_upgrade {{
        default upgrade;
        ""      close;
    }}

    server {{
        listen {listen};

        # Rasa's "hello" page: a health check.
        location = / {{
            proxy_pass http://rasa_round_robin;
{proxy_headers}{retry};
        }}

        location /webhooks/ {{
            proxy_pass http://rasa_round_robin;
            proxy_set_header X-Request-Id $request_id;
{proxy_headers}{retry} non_idempotent;
        }}

        location /socket.io/ {{
            proxy_pass http://rasa_sticky;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
{proxy_headers}            proxy_buffering off;
{retry};
        }}

        location / {{
            return 404;
        }}
    }}
}}
"""


def listen_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
