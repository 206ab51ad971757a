"""A throwaway PostgreSQL cluster for end-to-end tests (Debian's `postgresql` package).

The cluster lives in a temporary directory, listens on a free loopback port only (no
Unix socket), trusts local connections, and can be stopped and started again on the same
port to simulate an outage. PostgreSQL refuses to run as root, so as root its programs run
as the `postgres` user (`runuser`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from bot.ops.services import connect_when_ready, postgres_bin_dir
from tests.e2e.harness import free_port


class TempPostgres:
    """One PostgreSQL cluster in a temporary directory."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = free_port()
        # Not under pytest's tmp dirs: those are private to root, and the server runs as
        # the postgres user.
        self.root = Path(tempfile.mkdtemp(prefix="clinic-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]

    @classmethod
    def create(cls) -> TempPostgres:
        bin_dir = postgres_bin_dir()
        if bin_dir is None:
            raise FileNotFoundError("PostgreSQL is not installed (apt-get install postgresql)")
        server = cls(bin_dir)
        server._run("initdb", "-D", str(server.data), "-U", "postgres", "--auth=trust",
                    "--encoding=UTF8", "--no-sync")  # fmt: skip
        with (server.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"port = {server.port}\nlisten_addresses = '127.0.0.1'\n"
                "unix_socket_directories = ''\nfsync = off\nsynchronous_commit = off\n"
            )
        server.start()
        return server

    def _run(self, program: str, *arguments: str) -> None:
        command = [*self._as_user, str(self.bin_dir / program), *arguments]
        subprocess.run(command, check=True, capture_output=True, cwd=self.root, timeout=120)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "start")

    def stop(self) -> None:
        """Stops the server at once, dropping every connection (an outage)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def create_database(self, name: str) -> str:
        """Creates a database; returns its SQLAlchemy URL."""
        connection = connect_when_ready(self.port)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        connection.close()
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/{name}"

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
