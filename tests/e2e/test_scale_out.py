"""Scale-out: two Rasa servers behind nginx share PostgreSQL and Redis (`bot scale-demo`).

One topology for the module, started by `bot.ops.scale_demo.ScaleDemo` as `make scale-demo`
starts it: a conversation may be answered by either server, turn by turn, and survives
the loss of the server it was talking to.
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Iterator, Sequence
from itertools import cycle
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, select, text

from bot.ops.sandbox import free_port
from bot.ops.scale_demo import ScaleDemo
from bot.ops.services import missing_programs
from bot.storage.models import CallbackRequest
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.harness import WidgetClient, texts

ACCESS_LINE = re.compile(
    r'"(?P<method>\w+) (?P<uri>\S+)" (?P<status>\d+) upstream=(?P<up>[^ ]+(?:, [^ ]+)*) '
)

# The callback form, one turn at a time: what the patient says, what the reply asks next.
CALLBACK_FORM = [
    ("hello", "general information"),
    ("can someone from the clinic call me back", "What name"),
    ("Jane Smith", "phone number or email"),
    ("+44 7700 900123", "good time"),
    ("weekday mornings", "Jane Smith"),
]


@pytest.fixture(scope="module")
def demo(model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScaleDemo]:
    missing = missing_programs()
    if missing:
        pytest.skip(f"needs {' '.join(missing)} (make services)")
    ports = {name: str(free_port()) for name in ("RASA_PORT", "ACTION_PORT", "ADMIN_PORT")}
    overrides = {
        **TEST_SETTINGS,
        **ports,
        "WEB_PORT": str(free_port()),
        "BIND_HOST": "127.0.0.1",
        "PUBLIC_HOST": "127.0.0.1",
        "ALLOWED_ORIGINS": "",
        "ASSISTANT_URL": "",
        "STAFF_WEBHOOK_URL": "",
        "SMTP_URL": "",
    }
    running = ScaleDemo(tmp_path_factory.mktemp("scale") / "var", model, overrides).start()
    yield running
    running.stop()


def say(url: str, sender: str, message: str) -> list[dict[str, Any]]:
    response = requests.post(
        f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": message}, timeout=90
    )
    assert response.status_code == 200, (url, response.status_code, response.text)
    return response.json()


def fill_callback_form(urls: Sequence[str], sender: str, turns=CALLBACK_FORM) -> None:
    """Says each turn to the next of `urls` in turn and checks the reply."""
    for url, (message, expected) in zip(cycle(urls), turns):
        reply = texts(say(url, sender, message))
        assert expected in reply, (url, message, reply)


def callbacks(demo: ScaleDemo, sender: str) -> list[tuple[str, str, str]]:
    engine = create_engine(demo.settings.database_url, future=True)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(CallbackRequest).where(CallbackRequest.conversation_id == sender)
            ).all()
    finally:
        engine.dispose()
    return [(row.name, row.contact, row.channel) for row in rows]


def tracker_events(demo: ScaleDemo, sender: str) -> int:
    engine = create_engine(demo.settings.tracker_store_url, future=True)
    try:
        with engine.connect() as connection:
            query = text("SELECT count(*) FROM events WHERE sender_id = :sender")
            return connection.execute(query, {"sender": sender}).scalar_one()
    finally:
        engine.dispose()


def access_log(demo: ScaleDemo, since: int = 0) -> list[dict[str, str]]:
    """nginx's log lines from byte `since`: method, uri, status and upstream(s)."""
    with demo.access_log.open() as log:
        log.seek(since)
        return [m.groupdict() for m in map(ACCESS_LINE.search, log) if m]


def new_sender() -> str:
    return f"patient-{uuid.uuid4().hex[:8]}"


def test_the_rasa_servers_share_postgresql_and_a_redis_lock_store(demo):
    endpoints = (demo.var_dir / "run" / "endpoints.yml").read_text()
    assert "lock_store:\n  type: bot.rasa_plugins.lock_store.LeasedRedisLockStore" in endpoints
    assert "dialect: postgresql" in endpoints
    assert demo.settings.database_url.startswith("postgresql")


def test_turns_alternating_between_the_rasa_servers_keep_the_conversation(demo):
    sender = new_sender()
    # The form starts on server A and goes on on server B, turn by turn.
    fill_callback_form(demo.replica_urls, sender)
    assert callbacks(demo, sender) == [("Jane Smith", "+447700900123", "rest")]
    assert tracker_events(demo, sender) > 10


def test_nginx_spreads_one_conversation_over_both_servers(demo):
    sender = new_sender()
    start = demo.access_log.stat().st_size
    fill_callback_form([demo.public_url], sender)
    assert callbacks(demo, sender) == [("Jane Smith", "+447700900123", "rest")]
    served = [line["up"] for line in access_log(demo, start) if line["uri"].startswith("/web")]
    assert len(served) == len(CALLBACK_FORM)
    assert set(served) == {url.removeprefix("http://") for url in demo.replica_urls}


def rest_upstreams(demo: ScaleDemo, since: int) -> list[str]:
    return [line["up"] for line in access_log(demo, since) if line["uri"].startswith("/web")]


def test_a_rasa_server_killed_mid_message_loses_no_conversation(demo):
    """The widget's server is killed while it handles a REST message; both go on."""
    origin = f"http://127.0.0.1:{demo.settings.web_port}"
    rest_sender = new_sender()
    before = demo.access_log.stat().st_size
    addresses = [url.removeprefix("http://") for url in demo.replica_urls]

    async def scenario() -> tuple[str, float]:
        widget = WidgetClient(demo.public_url, origin)
        session_id = await widget.connect()
        try:
            for message, expected in CALLBACK_FORM[:3]:
                assert expected in await widget.say(message)
            for message, expected in CALLBACK_FORM[:3]:
                reply = await asyncio.to_thread(say, demo.public_url, rest_sender, message)
                assert expected in texts(reply)

            # socket.io is sticky: every request of the widget reached the same server.
            sticky = {
                line["up"] for line in access_log(demo, before) if "/socket.io" in line["uri"]
            }
            assert len(sticky) == 1, sticky
            victim = addresses.index(sticky.pop())
            # Round robin alternates: make the next REST message go to the victim too.
            if rest_upstreams(demo, before)[-1] == addresses[victim]:
                await asyncio.to_thread(say, demo.public_url, new_sender(), "hello")

            # Kill it while it handles the message (the reply takes ~0.1-0.3 s): nginx
            # passes the message to the other server, which waits for the dead server's
            # lock lease to run out (bot/rasa_plugins/lock_store.py), then answers.
            message, expected = CALLBACK_FORM[3]
            started = time.monotonic()
            turn = asyncio.create_task(
                asyncio.to_thread(say, demo.public_url, rest_sender, message)
            )
            await asyncio.sleep(0.05)
            demo.kill_replica(victim)
            assert expected in texts(await turn)
            seconds = time.monotonic() - started

            # REST: the next turns go to the server that is left; no errors.
            for message, expected in CALLBACK_FORM[4:] + [("what is a muscle spasm", "spasm")]:
                reply = await asyncio.to_thread(say, demo.public_url, rest_sender, message)
                assert expected in texts(reply)

            # The widget reconnects through nginx to the other server and resumes.
            assert await asyncio.wait_for(widget.confirmed.get(), 30) == session_id
            history = await asyncio.wait_for(widget.histories.get(), 30)
            assert {"sender": "user", "text": "Jane Smith"} in history
            for message, expected in CALLBACK_FORM[3:]:
                assert expected in await widget.say(message)
            return session_id, seconds
        finally:
            await widget.sio.disconnect()

    session_id, seconds = asyncio.run(scenario())
    assert seconds < 20  # at most one lock lease (10 s) of waiting
    assert callbacks(demo, rest_sender) == [("Jane Smith", "+447700900123", "rest")]
    assert callbacks(demo, session_id) == [("Jane Smith", "+447700900123", "socketio")]
    # nginx passed requests that met the dead server on; the client saw no error.
    retried = [line for line in access_log(demo, before) if "," in line["up"]]
    assert any(line["uri"].startswith("/web") for line in retried), "no REST failover"
    assert all(line["status"] in {"101", "200", "204"} for line in access_log(demo, before))


def test_the_supervisor_restarts_a_killed_rasa_server(demo):
    """As in `make run`: a Rasa server that dies comes back by itself (the demo's `wait`
    loop calls `check` twice a second; here the test does) and takes turns again."""
    if all(replica.running for replica in demo.replicas):
        demo.kill_replica(0)
    [index] = [i for i, replica in enumerate(demo.replicas) if not replica.running]
    url = demo.replica_urls[index]
    [supervised] = [c for c in demo.supervisor.children if c.name == f"rasa-{index + 1}"]
    deadline = time.monotonic() + 150
    while time.monotonic() < deadline:
        demo.supervisor.check()
        if demo.replicas[index].running and supervised.up:
            break
        time.sleep(0.5)
    assert demo.replicas[index].running, demo.replicas[index].log_tail()
    assert "spasm" in texts(say(url, new_sender(), "what is a muscle spasm"))


def test_stop_ends_every_process_and_throws_the_stores_away(demo):
    data_root = demo.data_root
    assert data_root is not None and data_root.exists()
    children = list(demo.processes.children)
    demo.stop()
    codes = {child.name: child.process.returncode for child in children}
    killed = [child.name for child in children if child.reported]
    assert all(code == 0 for name, code in codes.items() if name not in killed), codes
    assert not data_root.exists()
    with pytest.raises(requests.ConnectionError):
        requests.get(demo.public_url, timeout=5)
