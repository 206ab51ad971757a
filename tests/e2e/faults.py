"""Fault injection for end-to-end tests: a link that can be cut, and finding a server's pid.

`TcpLink` sits between the Rasa server and the action server (`ACTION_SERVER_URL` points
at it): cut, the Rasa server sees exactly what it sees when the action server is not
running (connection refused), while the launcher keeps its children. `child_pid` finds
one of the launcher's children, e.g. to stop the real action server with SIGSTOP (a hung
server: connections are accepted and never answered) and resume it with SIGCONT.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from pathlib import Path

from tests.e2e.harness import RunningAssistant, free_port

PROC = Path("/proc")


class TcpLink:
    """A loopback TCP forwarder to `target_port` that can be cut and restored."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None
        self._streams: set[asyncio.StreamWriter] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhook"

    def start(self) -> TcpLink:
        self._thread.start()
        self.restore()
        return self

    def _call(self, coroutine) -> None:
        asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(10)

    def restore(self) -> None:
        """Forwards connections again."""
        self._call(self._listen())

    def cut(self) -> None:
        """Refuses new connections and drops open ones, like a stopped server."""
        self._call(self._close())

    def stop(self) -> None:
        self.cut()
        self._loop.call_soon_threadsafe(self._loop.stop)

    async def _listen(self) -> None:
        if self._server is None:
            self._server = await asyncio.start_server(self._forward, "127.0.0.1", self.port)

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._streams):
            writer.close()

    async def _forward(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(
                "127.0.0.1", self.target_port
            )
        except OSError:
            writer.close()
            return
        self._streams.update((writer, upstream_writer))
        await asyncio.gather(
            self._pipe(reader, upstream_writer), self._pipe(upstream_reader, writer)
        )

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            self._streams.discard(writer)
            with contextlib.suppress(OSError):
                writer.close()


def _parent(pid: int) -> int | None:
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    return int(stat[stat.rindex(")") + 2 :].split()[1])


def child_pid(assistant: RunningAssistant, needle: str) -> int:
    """The pid of the launcher's child process whose command line contains `needle`."""
    for entry in PROC.iterdir():
        if not entry.name.isdigit() or _parent(int(entry.name)) != assistant.process.pid:
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if needle in command:
            return int(entry.name)
    raise LookupError(f"no child process of the assistant runs {needle!r}")
