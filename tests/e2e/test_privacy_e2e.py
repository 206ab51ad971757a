"""Privacy and exposure of the real running assistant.

- No patient's words, phone number or e-mail address in the combined log of every process
  the launcher starts, at the default level (INFO) and even at DEBUG (text in DEBUG logs is
  opt-in, `LOG_MESSAGE_TEXT`): a conversation with distinctive words, a `/intent` message,
  a red flag and the callback form with a phone number and an e-mail address.
- `bot privacy forget` deletes a conversation the running assistant wrote (tracker store,
  review items, callback request) and keeps its escalation anonymised; `bot privacy purge`
  enforces the retention period.
- The Rasa HTTP API is off, and every server listens on loopback only.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, func, select, text

from bot.storage.db import Database
from bot.storage.models import CallbackRequest, Escalation, ReviewItem
from bot.storage.privacy import FORGOTTEN
from tests.cli import run_bot
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.harness import RunningAssistant, start_assistant, texts

# (what is sent, the distinctive parts that must never be logged)
PROBES = [
    ("hello there", []),
    ("my calf zebrafoxtrot has been twitching since tuesday", ["zebrafoxtrot"]),
    ('/zebraquartz_intent{"name": "Qwertyname"}', ["zebraquartz", "Qwertyname"]),
    ("/greet", []),
    (
        "I have crushing chest pain spreading to my left arm kumquatblue",
        ["kumquatblue", "crushing chest pain spreading"],
    ),
    ("write to me at probe.patient@example-mail.org about spasms", ["probe.patient"]),
    ("can someone from the clinic call me back", []),
    ("Janette Quixotesmith", ["Quixotesmith"]),
    ("call me whenever plumtreeville", ["plumtreeville"]),  # not a contact: re-prompted
    ("+44 7700 900456", ["7700", "900456", "900 456"]),
    ("weekday mornings after nine ok", ["after nine ok"]),
    ("/human_handoff", []),
    ("Janette Quixotesmith", ["Quixotesmith"]),
    ("jane.quixote@example-mail.org", ["jane.quixote", "example-mail"]),
    ("evenings lilacsunset", ["lilacsunset"]),
]
NEEDLES = sorted({needle for _, needles in PROBES for needle in needles})


def converse(assistant: RunningAssistant) -> tuple[str, list[str]]:
    """Sends every probe as one patient; returns the sender and the replies."""
    sender = f"privacy-{uuid.uuid4().hex[:8]}"
    replies = [texts(assistant.say(sender, message)) for message, _ in PROBES]
    return sender, replies


def wait_for(condition, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    return condition()


@pytest.fixture(scope="module")
def debug_assistant(model: Path, tmp_path_factory) -> Iterator[RunningAssistant]:
    """The assistant at DEBUG, without the opt-in to log message text."""
    settings = {**TEST_SETTINGS, "LOG_LEVEL": "DEBUG", "LOG_MESSAGE_TEXT": "false"}
    running = start_assistant(tmp_path_factory.mktemp("privacy"), model, settings)
    yield running
    running.stop()


def assert_nothing_private_in(log: str) -> None:
    # Object addresses in Rasa's DEBUG lines ("UserMessage object at 0x7f1344547700") and
    # the classifier's confidences ("confidence": 0.9584501547877005) are not what the
    # patient wrote, and can contain a needle by chance ("7700").
    log = re.sub(r"\b0x[0-9a-fA-F]+\b", "0x", log)
    log = re.sub(r"\b\d+\.\d{6,}(?:e-?\d+)?\b", "0.0", log)
    leaked = [needle for needle in NEEDLES if needle.lower() in log.lower()]
    assert not leaked, f"logged: {leaked}"


def test_the_default_level_logs_no_words_phone_numbers_or_email(assistant):
    sender, replies = converse(assistant)
    assert "emergency" in replies[4].lower()
    assert "Janette Quixotesmith" in replies[10] and "+447700900456" in replies[10]
    assert "jane.quixote@example-mail.org" in replies[-1]
    time.sleep(3)  # the action server and the event broker log after the reply
    log = assistant.log()
    assert "INFO" in log
    assert_nothing_private_in(log)


def test_debug_logs_hold_no_words_either_unless_opted_in(debug_assistant):
    sender, replies = converse(debug_assistant)
    assert "emergency" in replies[4].lower()
    time.sleep(3)
    log = debug_assistant.log()
    # Rasa, the action server, the console and the web process did log at DEBUG...
    assert "DEBUG    rasa.core.processor" in log and "DEBUG rasa_sdk" in log
    assert "processor.message.parse" in log and "[redacted]" in log
    # ...but without what the patient wrote.
    assert_nothing_private_in(log)


def test_the_http_api_is_off(assistant):
    base = assistant.base_url
    sender = f"api-{uuid.uuid4().hex[:8]}"
    assistant.say(sender, "hello")
    for method, path, body in [
        ("POST", "/model/parse", {"text": "hello"}),
        ("GET", f"/conversations/{sender}/tracker", None),
        ("POST", f"/conversations/{sender}/messages", {"text": "hi", "sender": "user"}),
        ("POST", f"/conversations/{sender}/trigger_intent", {"name": "greet"}),
        ("PUT", "/model", {"model_file": "/etc/passwd"}),
        ("POST", "/model/train", {}),
        ("GET", "/domain", None),
        ("GET", "/status", None),
        ("GET", "/version", None),
    ]:
        answer = requests.request(method, base + path, json=body, timeout=30)
        assert answer.status_code in (404, 405), (method, path, answer.status_code)
    assert requests.get(base + "/", timeout=30).status_code == 200  # the health check


def listening_addresses(port: int) -> set[str]:
    """The local addresses with a TCP socket listening on `port` (from /proc/net)."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        if not os.path.exists(table):
            continue
        with open(table) as lines:
            next(lines)
            for line in lines:
                local, state = line.split()[1], line.split()[3]
                address, hex_port = local.split(":")
                if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                    raw = bytes.fromhex(address)
                    if width == 8:
                        found.add(socket.inet_ntop(socket.AF_INET, raw[::-1]))
                    else:
                        words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
                        found.add(socket.inet_ntop(socket.AF_INET6, words))
    return found


def test_every_server_listens_on_loopback_only(assistant):
    ports = {
        "action server": assistant.action_port,
        "Rasa server": assistant.rasa_port,
        "staff console": assistant.admin_port,
        "web": assistant.web_port,
    }
    for name, port in ports.items():
        assert listening_addresses(port) == {"127.0.0.1"}, name


def run_privacy(assistant: RunningAssistant, *args: str) -> subprocess.CompletedProcess:
    return run_bot("privacy", *args, env=assistant.env)


def tracker_rows(assistant: RunningAssistant, sender: str | None = None) -> int:
    engine = create_engine(f"sqlite:///{assistant.var_dir / 'tracker.db'}", future=True)
    try:
        with engine.connect() as connection:
            query = "SELECT COUNT(*) FROM events" + (" WHERE sender_id = :s" if sender else "")
            return connection.execute(text(query), {"s": sender}).scalar_one()
    finally:
        engine.dispose()


def clinic_rows(assistant: RunningAssistant, model, **where) -> int:
    database = Database(assistant.database_url)
    try:
        with database.session() as session:
            query = select(func.count()).select_from(model)
            for column, value in where.items():
                query = query.where(getattr(model, column) == value)
            return session.execute(query).scalar_one()
    finally:
        database.dispose()


def test_forget_deletes_a_conversation_the_running_assistant_wrote(debug_assistant):
    sender = f"forget-{uuid.uuid4().hex[:8]}"
    for message in [
        "hello",
        "can you book me a flight to madrid",  # a review item
        "can someone from the clinic call me back",  # a callback request
        "Jane Lockwood",  # ("Jane Forgetme" reads as "forget it": cancel)
        "07700 900789",
        "any time",
        "My back spasms and I can't feel anything between my legs",  # an escalation
    ]:
        debug_assistant.say(sender, message)
    assert wait_for(lambda: clinic_rows(debug_assistant, Escalation, conversation_id=sender))
    assert wait_for(lambda: clinic_rows(debug_assistant, ReviewItem, conversation_id=sender))
    assert clinic_rows(debug_assistant, CallbackRequest, conversation_id=sender) == 1
    escalations_before = clinic_rows(debug_assistant, Escalation)
    forgotten_before = clinic_rows(debug_assistant, Escalation, conversation_id=FORGOTTEN)
    assert tracker_rows(debug_assistant, sender) > 10
    others = tracker_rows(debug_assistant) - tracker_rows(debug_assistant, sender)

    done = run_privacy(debug_assistant, "forget", sender)

    assert done.returncode == 0, done.stderr
    assert "tracker store events deleted" in done.stdout
    assert tracker_rows(debug_assistant, sender) == 0
    assert tracker_rows(debug_assistant) == others
    for model in (Escalation, ReviewItem, CallbackRequest):
        assert clinic_rows(debug_assistant, model, conversation_id=sender) == 0
    # The escalation still counts, anonymised.
    assert clinic_rows(debug_assistant, Escalation) == escalations_before
    assert clinic_rows(debug_assistant, Escalation, conversation_id=FORGOTTEN) == (
        forgotten_before + 1
    )
    # The running assistant has nothing left of it: the patient starts afresh.
    again = texts(debug_assistant.say(sender, "hello"))
    assert "general information, not a diagnosis" in again


def test_purge_enforces_the_retention_period_on_the_running_assistant(debug_assistant):
    sender = f"purge-{uuid.uuid4().hex[:8]}"
    debug_assistant.say(sender, "hello")
    debug_assistant.say(sender, "can you book me a flight to madrid")
    assert wait_for(lambda: clinic_rows(debug_assistant, ReviewItem, conversation_id=sender))
    escalations = clinic_rows(debug_assistant, Escalation)
    time.sleep(2)

    # A retention of about a second: everything so far is older.
    done = run_privacy(debug_assistant, "purge", "--older-than", "0.00001")

    assert done.returncode == 0, done.stderr
    assert "conversations deleted whole from the tracker store" in done.stdout
    assert tracker_rows(debug_assistant) == 0
    assert clinic_rows(debug_assistant, ReviewItem) == 0
    assert clinic_rows(debug_assistant, CallbackRequest) == 0
    assert clinic_rows(debug_assistant, Escalation) == escalations
    assert clinic_rows(debug_assistant, Escalation, conversation_id=FORGOTTEN) == escalations
    assert debug_assistant.say(sender, "hello")  # and it goes on working
