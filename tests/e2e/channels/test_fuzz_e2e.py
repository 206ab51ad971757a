"""Fuzzing the real entry points of a running assistant (REST, socket.io, Telegram,
WhatsApp and the staff console's public pages).

Hypothesis generates JSON bodies and forms with `\\u` escapes of lone surrogates, NUL and
other control characters, deep nesting, wrong types and huge strings. Every answer must
be a 2xx or 4xx, never a 5xx; afterwards every process is still the one that started
(no crash hidden by the supervisor's restart) and an emergency is still escalated on each
channel. `make test` runs FUZZ_EXAMPLES=200 per entry point; `make fuzz` runs 2,000.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.e2e.channels.conftest import TELEGRAM_SECRET
from tests.e2e.channels.test_bad_input_e2e import polling_session, post
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.faults import child_pid
from tests.e2e.harness import escalations_of, texts, widget_says_once

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
EMERGENCY = "I have crushing chest pain and cant breathe"
CALL = f"Call {TEST_SETTINGS['EMERGENCY_NUMBER']} now"
CHILDREN = ("bot rasa-run", "bot action-server", "bot admin", "bot web")

# Any code point, lone surrogates included (hypothesis leaves those out by default).
ANY_CHARACTER = st.characters(exclude_categories=()) | st.characters(
    min_codepoint=0xD800, max_codepoint=0xDFFF
)
NASTY = st.sampled_from(
    [
        "\x00",
        "\udc00",
        "\ud800",
        "\udbff\udfff",
        "\ufffe",
        "\uffff",
        "\U0010ffff",
        "\x1b[31m",
        "\r\n",
        "\u202e",
        "\u0085",
        "%s%n",
        "{x}",
        "'; DROP TABLE events;--",
        "/start",
        "/greet",
        '/inform{"x": 1}',
        "whatsapp:+1",
        "2",
    ]
)
HUGE = st.builds(
    lambda piece, count: piece * count,
    st.sampled_from(["x", "cramp ", "\udc00", "\x00", "chest pain ", "é"]),
    st.integers(1_000, 6_000),
)
TEXT = st.one_of(
    st.text(ANY_CHARACTER, max_size=60),
    st.lists(NASTY | st.text(ANY_CHARACTER, max_size=4), max_size=8).map("".join),
    HUGE,
)
KEY = st.text(ANY_CHARACTER, max_size=12) | NASTY
SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    TEXT,
)
JSON = st.recursive(
    SCALAR,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEY, children, max_size=4),
    max_leaves=12,
)


def deep(depth: int, kind: str) -> str:
    """JSON nested `depth` levels deep, as text (json.dumps would recurse)."""
    return ("[" * depth + "]" * depth) if kind == "list" else ('{"a":' * depth + "1" + "}" * depth)


DEEP = st.builds(deep, st.integers(1, 3_000), st.sampled_from(["list", "dict"]))


def encode(value: Any) -> str:
    """JSON text; lone surrogates and control characters become `\\u` escapes."""
    return json.dumps(value)


def rest_bodies() -> st.SearchStrategy[str]:
    shaped = st.fixed_dictionaries(
        {
            "sender": st.one_of(st.uuids().map(str), st.uuids().map(str), TEXT, JSON),
            "message": st.one_of(TEXT, TEXT, JSON),
        },
        optional={"metadata": JSON, "input_channel": JSON},
    ).map(encode)
    with_deep_metadata = st.builds(
        lambda sender, nested: f'{{"sender": "{sender}", "message": "hi", "metadata": {nested}}}',
        st.uuids(),
        DEEP,
    )
    return st.one_of(shaped, shaped, shaped, JSON.map(encode), DEEP, with_deep_metadata)


def telegram_updates() -> st.SearchStrategy[str]:
    chat_id = st.integers(1, 2**40) | TEXT | JSON
    message = st.fixed_dictionaries(
        {"chat": st.fixed_dictionaries({"id": chat_id}) | JSON},
        optional={"text": TEXT | JSON, "message_id": SCALAR, "from": JSON, "photo": JSON},
    )
    callback = st.fixed_dictionaries(
        {"id": TEXT, "data": TEXT | JSON, "message": st.fixed_dictionaries({"chat": JSON})}
    )
    update = st.fixed_dictionaries(
        {"update_id": SCALAR},
        optional={
            "message": message | JSON,
            "edited_message": message | JSON,
            "callback_query": callback | JSON,
        },
    )
    return st.one_of(update.map(encode), update.map(encode), JSON.map(encode), DEEP)


def socketio_packets() -> st.SearchStrategy[str]:
    """engine.io message packets ("4") carrying socket.io events ("2") as the widget sends
    them, with generated event names and data, and raw packets of generated text."""
    event = st.sampled_from(["user_uttered", "user_uttered", "session_request"]) | KEY
    data = st.one_of(
        st.fixed_dictionaries(
            {"message": TEXT | JSON},
            optional={"session_id": st.uuids().map(str) | TEXT | JSON, "metadata": JSON},
        ),
        JSON,
    )
    packet = st.builds(lambda name, value: "42" + encode([name, value]), event, data)
    return st.one_of(
        packet, packet, packet, JSON.map(lambda v: "42" + encode(v)), TEXT.map("4".__add__)
    )


def utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# Form values travel as UTF-8: no lone surrogates there, every other code point can.
FORM_TEXT = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=60),
    st.lists(NASTY.filter(utf8), max_size=8).map("".join),
    HUGE.filter(utf8),
)


def whatsapp_forms() -> st.SearchStrategy[dict[str, str]]:
    number = st.integers(10**9, 10**12).map(lambda n: f"whatsapp:+{n}")
    sender = st.one_of(
        number,
        number,
        FORM_TEXT,
        st.just(""),
    )
    return st.builds(
        lambda sender, body, extra: {**extra, "From": sender, "Body": body},
        sender,
        FORM_TEXT,
        st.dictionaries(st.text(st.characters(codec="utf-8"), max_size=10), FORM_TEXT, max_size=3),
    )


@pytest.fixture(scope="module")
def watch(channel_assistant) -> Iterator[dict[str, Counter]]:
    """Status counts per entry point; checks every process survived the module."""
    before = {needle: child_pid(channel_assistant, needle) for needle in CHILDREN}
    log_start = len(channel_assistant.log())
    counts: dict[str, Counter] = {}
    yield counts
    print("\nfuzz status counts:", json.dumps({k: dict(v) for k, v in counts.items()}))
    assert channel_assistant.process.poll() is None
    assert {needle: child_pid(channel_assistant, needle) for needle in CHILDREN} == before
    assert "exited unexpectedly" not in channel_assistant.log()[log_start:]


def check(answer: requests.Response, entry_point: str, counts: dict[str, Counter]) -> None:
    counts.setdefault(entry_point, Counter())[answer.status_code] += 1
    assert answer.status_code < 500, (entry_point, answer.status_code, answer.text[:300])


def test_rest_never_fails_on_generated_bodies(channel_assistant, watch):
    url = f"{channel_assistant.base_url}/webhooks/rest/webhook"

    @FUZZ
    @given(rest_bodies())
    def run(body: str) -> None:
        check(post(url, body.encode("utf-8", "surrogatepass"), "application/json"), "rest", watch)

    run()
    sender = "fuzz-after-rest"
    assert CALL in texts(channel_assistant.say(sender, EMERGENCY + "\udc00"))
    assert escalations_of(channel_assistant, sender)


def test_socketio_never_fails_on_generated_packets(channel_assistant, watch):
    @FUZZ
    @given(socketio_packets())
    def run(packet: str) -> None:
        url, origin = polling_session(channel_assistant)
        body = packet.encode("utf-8", "surrogatepass")
        check(post(url, body, "text/plain;charset=UTF-8", Origin=origin), "socket.io", watch)

    run()

    session_id, reply = widget_says_once(channel_assistant, EMERGENCY + "\udc00")
    assert CALL in reply, reply
    assert escalations_of(channel_assistant, session_id)


def test_telegram_never_fails_on_generated_updates(channel_assistant, telegram, watch):
    headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}

    @FUZZ
    @given(telegram_updates())
    def run(update: str) -> None:
        body = update.encode("utf-8", "surrogatepass")
        check(post(telegram.webhook, body, "application/json", **headers), "telegram", watch)

    run()
    chat = telegram.new_chat()
    assert CALL in texts(telegram.say(chat, EMERGENCY + "\udc00"))
    assert escalations_of(channel_assistant, str(chat))


def test_whatsapp_never_fails_on_generated_forms(channel_assistant, whatsapp, watch):
    @FUZZ
    @given(whatsapp_forms())
    def run(form: dict[str, str]) -> None:
        check(whatsapp.post(form), "whatsapp", watch)

    run()
    sender = whatsapp.new_number()
    assert any(CALL in body for body in whatsapp.say(sender, EMERGENCY + "\x00"))
    assert escalations_of(channel_assistant, sender)


def console_requests() -> st.SearchStrategy[tuple[str, str, dict[str, str], bool]]:
    """(method, path and query, form, with the sign-in page's CSRF token)."""
    path = st.one_of(
        st.builds(lambda target: "/login?next=" + quote(target, safe="/?=&%"), FORM_TEXT),
        st.builds(lambda tail: "/" + quote(tail, safe="/?=&%"), FORM_TEXT),
        st.sampled_from(["/login", "/review", "/faq", "/model", "/static/x", "/health"]),
    )
    form = st.dictionaries(
        st.sampled_from(["username", "password", "next", "csrf_token"]) | FORM_TEXT,
        FORM_TEXT,
        max_size=4,
    )
    with_token = st.sampled_from([False, False, False, True])  # a failed sign-in waits 0.5 s
    return st.tuples(st.sampled_from(["GET", "POST", "POST"]), path, form, with_token)


def test_console_never_fails_on_generated_requests(channel_assistant, watch):
    console = channel_assistant.admin_url

    @FUZZ
    @given(console_requests())
    def run(request: tuple[str, str, dict[str, str], bool]) -> None:
        method, path, form, with_token = request
        with requests.Session() as browser:
            headers = {"Origin": console}
            if method == "POST" and with_token:
                page = browser.get(f"{console}/login", timeout=60)
                token = page.cookies.get("clinic_console_csrf", "")
                form = {**form, "csrf_token": token}
            answer = browser.request(
                method,
                console + path,
                data=form,
                headers=headers,
                timeout=60,
                allow_redirects=False,
            )
        check(answer, "console", watch)
        location = answer.headers.get("Location", "")
        assert not location or location.startswith("/"), location  # never another site

    run()
    assert requests.get(f"{console}/health", timeout=30).status_code == 200
