"""The Redis lock store (LOCK_STORE_URL) that Rasa servers share: leases, order, atomicity.

Runs against a real, throwaway Redis (`redis-server`, installed by `make services`).
"""

from __future__ import annotations

import asyncio
import shutil
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from rasa.core.lock_store import LockStore
from rasa.core.utils import number_of_sanic_workers
from rasa.utils.endpoints import EndpointConfig

from bot.modelops.runtime_config import endpoints, lock_store_config
from bot.ops.sandbox import free_port
from bot.ops.services import Processes, RedisServer
from bot.rasa_plugins.lock_store import LeasedRedisLockStore
from bot.settings import Settings


def test_lock_store_url_becomes_the_leased_redis_lock_store():
    config = lock_store_config("rediss://worker:s%3Acret@redis.internal:6380/2")
    assert config == {
        "type": "bot.rasa_plugins.lock_store.LeasedRedisLockStore",
        "url": "redis.internal",
        "port": 6380,
        "db": 2,
        "username": "worker",
        "password": "s:cret",
        "use_ssl": True,
    }
    assert lock_store_config("redis://localhost") == {
        "type": "bot.rasa_plugins.lock_store.LeasedRedisLockStore",
        "url": "localhost",
        "port": 6379,
        "db": 0,
    }


@pytest.mark.parametrize(
    "url", ["localhost:6379", "http://redis:6379", "redis:///0", "redis://host/db1"]
)
def test_a_lock_store_url_that_is_not_redis_is_refused(url):
    with pytest.raises(ValueError, match="LOCK_STORE_URL"):
        lock_store_config(url)


def test_the_lock_store_is_rendered_only_when_configured(tmp_path):
    plain = Settings.from_env({"VAR_DIR": str(tmp_path)})
    assert "lock_store" not in endpoints(plain, model_server=False)
    shared = Settings.from_env({"VAR_DIR": str(tmp_path), "LOCK_STORE_URL": "redis://r:1/0"})
    assert endpoints(shared, model_server=False)["lock_store"]["url"] == "r"


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not shutil.which("redis-server"):
        pytest.skip("needs redis-server (make services)")
    directory = tmp_path_factory.mktemp("redis")
    processes = Processes(directory)
    server = RedisServer(directory, free_port())
    server.start(processes)
    yield server.url
    processes.stop()


def store(redis_url: str, lease_seconds: float = 10.0) -> LeasedRedisLockStore:
    """A lock store as one Rasa server builds it from the rendered endpoints."""
    config = EndpointConfig.from_dict(
        {**lock_store_config(redis_url), "lease_seconds": lease_seconds}
    )
    created = LockStore.create(config)
    assert isinstance(created, LeasedRedisLockStore)
    return created


def test_rasa_allows_several_sanic_workers_with_it(redis_url, monkeypatch):
    monkeypatch.setenv("SANIC_WORKERS", "3")
    assert number_of_sanic_workers(EndpointConfig.from_dict(lock_store_config(redis_url))) == 3


def test_two_servers_handle_a_conversations_messages_one_at_a_time_in_order(redis_url):
    servers = [store(redis_url), store(redis_url)]
    conversation = uuid.uuid4().hex
    handled: list[tuple[str, float, float]] = []

    async def handle(name: str, server: LeasedRedisLockStore, delay: float) -> None:
        await asyncio.sleep(delay)
        async with server.lock(conversation):
            started = time.monotonic()
            await asyncio.sleep(0.3)
            handled.append((name, started, time.monotonic()))

    async def run() -> None:
        await asyncio.gather(
            *(handle(f"m{i}", servers[i % 2], i * 0.05) for i in range(4)),
        )

    asyncio.run(run())
    assert [name for name, _, _ in handled] == ["m0", "m1", "m2", "m3"]
    for (_, _, ended), (_, started, _) in zip(handled, handled[1:], strict=False):
        assert started >= ended
    assert servers[0].get_lock(conversation) is None  # nothing left behind


def test_a_dead_servers_ticket_runs_out_within_a_lease(redis_url):
    conversation = uuid.uuid4().hex
    # A server took a ticket for a message, then died: nobody renews it.
    store(redis_url, lease_seconds=1).issue_ticket(conversation)
    survivor = store(redis_url, lease_seconds=1)

    async def next_message() -> float:
        started = time.monotonic()
        async with survivor.lock(conversation):
            return time.monotonic() - started

    waited = asyncio.run(next_message())
    assert 0.5 < waited < 2.5


def test_a_waiting_message_keeps_its_place_however_long_it_waits(redis_url):
    conversation = uuid.uuid4().hex
    first, second = store(redis_url, lease_seconds=0.5), store(redis_url, lease_seconds=0.5)
    order: list[str] = []

    async def hold() -> None:
        async with first.lock(conversation):
            order.append("first")
            await asyncio.sleep(2)  # four leases: renewed meanwhile

    async def wait() -> None:
        await asyncio.sleep(0.1)
        async with second.lock(conversation):
            order.append("second")

    async def run() -> None:
        await asyncio.gather(hold(), wait())

    asyncio.run(run())
    assert order == ["first", "second"]


def test_servers_issuing_at_the_same_moment_get_different_tickets(redis_url):
    conversation = uuid.uuid4().hex
    servers = [store(redis_url) for _ in range(8)]
    tickets: list[int] = []
    start = threading.Barrier(len(servers))

    def issue(server: LeasedRedisLockStore) -> None:
        start.wait()
        for _ in range(5):
            tickets.append(server.issue_ticket(conversation))

    threads = [threading.Thread(target=issue, args=(server,)) for server in servers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(tickets) == list(range(40))
    lock = servers[0].get_lock(conversation)
    assert lock is not None and len(lock.tickets) == 40


def test_the_lock_of_a_finished_conversation_expires_from_redis(redis_url):
    server = store(redis_url, lease_seconds=0.3)
    conversation = uuid.uuid4().hex
    server.issue_ticket(conversation)
    assert server.red.pttl(server.key_prefix + conversation) > 0
    time.sleep(0.5)
    assert server.get_lock(conversation) is None
