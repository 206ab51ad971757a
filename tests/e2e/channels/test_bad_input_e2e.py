"""Bad input at every entry point gets a clear 4xx, never a 500 or a crash.

REST, socket.io, Telegram and WhatsApp on the Rasa server, and the staff console's forms:
oversized bodies, malformed JSON, wrong content types and invalid UTF-8. After each kind
of abuse the assistant still answers a normal message.
"""

from __future__ import annotations

import re
import uuid

import pytest
import requests

from bot.admin.auth import UserStore
from bot.admin.security import LOGIN_CSRF_COOKIE
from bot.storage.db import Database
from tests.e2e.channels.conftest import TELEGRAM_SECRET

TOO_BIG = 200_000  # bytes; the Rasa server's limit (REQUEST_MAX_BYTES) is 64 KiB
INVALID_UTF8 = b'{"sender": "bad-utf8", "message": "caf\xe9 \xff\xfe spasm"}'
STAFF = "input-tester"
PASSWORD = "a long staff passphrase for input tests"


def still_answers(assistant) -> None:
    reply = assistant.say(f"alive-{uuid.uuid4().hex[:8]}", "what is a muscle spasm")
    assert reply and reply[0].get("text")


def post(url: str, body: bytes, content_type: str | None, **headers: str) -> requests.Response:
    if content_type:
        headers["Content-Type"] = content_type
    return requests.post(url, data=body, headers=headers, timeout=60)


# -- REST ---------------------------------------------------------------------------

REST_BAD = {
    "oversized": (b'{"sender": "big", "message": "' + b"x" * TOO_BIG + b'"}', "application/json"),
    "malformed JSON": (b'{"sender": "a", "message": ', "application/json"),
    "a JSON array": (b'["sender", "message"]', "application/json"),
    "a JSON string": (b'"hello"', "application/json"),
    "no sender": (b'{"message": "hi"}', "application/json"),
    "no message": (b'{"sender": "x"}', "application/json"),
    "sender not a string": (b'{"sender": {"id": 1}, "message": "hi"}', "application/json"),
    "message not a string": (b'{"sender": "x", "message": ["hi"]}', "application/json"),
    "message null": (b'{"sender": "x", "message": null}', "application/json"),
    "invalid UTF-8": (INVALID_UTF8, "application/json"),
    "a form": (b"sender=x&message=hi", "application/x-www-form-urlencoded"),
    "multipart": (
        b'--b\r\nContent-Disposition: form-data; name="message"\r\n\r\nhi\r\n--b--\r\n',
        "multipart/form-data; boundary=b",
    ),
    "XML": (b"<message>hi</message>", "application/xml"),
    "empty": (b"", "application/json"),
}


@pytest.mark.parametrize("case", list(REST_BAD))
def test_rest_refuses_bad_bodies_with_a_client_error(channel_assistant, case):
    body, content_type = REST_BAD[case]
    answer = post(f"{channel_assistant.base_url}/webhooks/rest/webhook", body, content_type)
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text[:300])
    if case == "oversized":
        assert answer.status_code == 413


def test_rest_takes_a_json_body_whatever_content_type_curl_sends(channel_assistant):
    # `curl -d '{...}'` (README) sends application/x-www-form-urlencoded.
    body = b'{"sender": "curl-user", "message": "hello"}'
    answer = post(
        f"{channel_assistant.base_url}/webhooks/rest/webhook",
        body,
        "application/x-www-form-urlencoded",
    )
    assert answer.status_code == 200 and answer.json()
    still_answers(channel_assistant)


# -- socket.io ------------------------------------------------------------------------


def polling_session(assistant) -> tuple[str, str]:
    """An engine.io polling session from the allowed origin: (url with sid, origin)."""
    origin = f"http://127.0.0.1:{assistant.web_port}"
    base = f"{assistant.base_url}/socket.io/?EIO=4&transport=polling"
    handshake = requests.get(base, headers={"Origin": origin}, timeout=30)
    assert handshake.status_code == 200, handshake.text
    sid = re.search(r'"sid":"([^"]+)"', handshake.text).group(1)
    url = f"{base}&sid={sid}"
    connect = post(url, b"40", "text/plain;charset=UTF-8", Origin=origin)
    assert connect.status_code == 200
    return url, origin


SOCKETIO_BAD = {
    "oversized": b"42" + b'["user_uttered",{"message":"' + b"x" * TOO_BIG + b'"}]',
    "malformed packet": b'42["user_uttered",{"message":',
    "not a socket.io packet": b"\x00\x01garbage",
    "invalid UTF-8": b'42["user_uttered",{"message":"caf\xe9 \xff"}]',
    "message not a string": b'42["user_uttered",{"message":{"text":"hi"}}]',
    "data not an object": b'42["user_uttered","hello"]',
    "unknown event": b'42["no_such_event",{"message":"hi"}]',
}


@pytest.mark.parametrize("case", list(SOCKETIO_BAD))
def test_socketio_refuses_or_ignores_bad_packets(channel_assistant, case):
    url, origin = polling_session(channel_assistant)
    answer = post(url, SOCKETIO_BAD[case], "text/plain;charset=UTF-8", Origin=origin)
    # engine.io answers 200 to packets it accepted (and then ignores) or 4xx, never 5xx.
    assert answer.status_code < 500, (answer.status_code, answer.text[:300])
    if case == "oversized":
        assert answer.status_code == 413
    # The server goes on: a new session works.
    assert polling_session(channel_assistant)


def test_socketio_refuses_a_session_it_never_handed_out(channel_assistant):
    origin = f"http://127.0.0.1:{channel_assistant.web_port}"
    url = f"{channel_assistant.base_url}/socket.io/?EIO=4&transport=polling&sid=nonsense"
    answer = post(url, b"40", "text/plain;charset=UTF-8", Origin=origin)
    assert answer.status_code == 400


# -- Telegram -------------------------------------------------------------------------

TELEGRAM_BAD = {
    "oversized": (b'{"update_id": 1, "x": "' + b"x" * TOO_BIG + b'"}', "application/json"),
    "malformed JSON": (b'{"update_id": 1, "message": {', "application/json"),
    "a JSON array": (b"[1, 2, 3]", "application/json"),
    "invalid UTF-8": (b'{"update_id": 1, "message": {"text": "\xff\xfe"}}', "application/json"),
    "a form": (b"update_id=1&text=hi", "application/x-www-form-urlencoded"),
    "empty": (b"", "application/json"),
}


@pytest.mark.parametrize("case", list(TELEGRAM_BAD))
def test_telegram_refuses_bad_bodies(channel_assistant, case):
    body, content_type = TELEGRAM_BAD[case]
    url = f"{channel_assistant.base_url}/webhooks/telegram/webhook"
    answer = post(url, body, content_type, **{"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET})
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text[:300])
    if case == "oversized":
        assert answer.status_code == 413


@pytest.mark.parametrize(
    "update",
    [
        {"update_id": 1},
        {"update_id": 2, "message": "not an object"},
        {"update_id": 3, "message": {"chat": "x", "text": 5}},
        {"update_id": 4, "message": {"chat": {"id": None}, "text": "hi"}},
        {"update_id": 5, "callback_query": {"data": {"a": 1}}},
        {"update_id": 6, "callback_query": "tap"},
        {"update_id": 7, "edited_message": {"chat": {}}},
        {"update_id": 8, "message": {"chat": {"id": 1}, "photo": "x"}},
    ],
)
def test_telegram_ignores_odd_updates_without_failing(channel_assistant, telegram, update):
    answer = telegram.post(update)
    assert answer.status_code == 200, answer.text


def test_telegram_refuses_bad_input_without_the_secret_first(channel_assistant):
    url = f"{channel_assistant.base_url}/webhooks/telegram/webhook"
    assert post(url, b"{not json", "application/json").status_code == 403


# -- WhatsApp -------------------------------------------------------------------------


def test_whatsapp_refuses_unsigned_bad_bodies(channel_assistant):
    url = f"{channel_assistant.base_url}/webhooks/whatsapp/webhook"
    for body, content_type in [
        (b"{not json", "application/json"),
        (b"From=whatsapp%3A%2B4477&Body=\xff\xfe", "application/x-www-form-urlencoded"),
        (b"", None),
    ]:
        assert post(url, body, content_type).status_code == 403


def test_whatsapp_refuses_an_oversized_body(channel_assistant, whatsapp):
    form = whatsapp.form(whatsapp.new_number(), "x" * TOO_BIG)
    assert whatsapp.post(form).status_code == 413


def test_whatsapp_refuses_a_signed_body_that_is_not_a_message(channel_assistant, whatsapp):
    assert whatsapp.post({"AccountSid": "AC1"}).status_code == 400
    # JSON instead of Twilio's form: no fields, so no valid message.
    answer = requests.post(
        whatsapp.webhook,
        data=b'{"From": "whatsapp:+447700900001", "Body": "hi"}',
        headers={
            "Content-Type": "application/json",
            "X-Twilio-Signature": whatsapp.sign({}),
        },
        timeout=60,
    )
    assert answer.status_code == 400


def test_whatsapp_takes_invalid_utf8_in_a_signed_form_without_failing(channel_assistant, whatsapp):
    sender = whatsapp.new_number()
    body = f"From={sender}&Body=caf%E9+%FF+spasm".replace(":", "%3A").replace("+44", "%2B44")
    # What the server decodes (with replacement characters) is what must be signed.
    form = dict(
        item.split("=", 1)
        for item in requests.utils.unquote(body.replace("+", " "), "utf-8").split("&")
    )
    answer = requests.post(
        whatsapp.webhook,
        data=body.encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": whatsapp.sign(form),
        },
        timeout=60,
    )
    assert answer.status_code in (200, 403), answer.text  # answered, or refused: never 5xx
    still_answers(channel_assistant)


# -- Staff console ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def console(channel_assistant) -> requests.Session:
    """A signed-in console session."""
    UserStore(Database(channel_assistant.database_url)).add(STAFF, PASSWORD, "tests")
    session = requests.Session()
    session.headers["Origin"] = channel_assistant.admin_url
    session.get(f"{channel_assistant.admin_url}/login", timeout=30)
    answer = session.post(
        f"{channel_assistant.admin_url}/login",
        data={
            "username": STAFF,
            "password": PASSWORD,
            "csrf_token": session.cookies.get(LOGIN_CSRF_COOKIE) or "",
        },
        timeout=60,
    )
    assert answer.status_code == 200 and "/login" not in answer.url, answer.text[:500]
    return session


def csrf_of(console: requests.Session, url: str) -> str:
    page = console.get(url, timeout=30).text
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


CONSOLE_BAD = {
    "oversized": (
        b"csrf_token=x&examples=" + b"x" * 2_000_000,
        "application/x-www-form-urlencoded",
    ),
    "invalid UTF-8": (
        b"csrf_token=TOKEN&examples=caf\xe9\xff",
        "application/x-www-form-urlencoded",
    ),
    "JSON": (b'{"csrf_token": "TOKEN"}', "application/json"),
    "malformed multipart": (b"--x\r\nContent-Disposition: form", "multipart/form-data; boundary=x"),
    "multipart without boundary": (b"abc", "multipart/form-data"),
}


@pytest.mark.parametrize("case", list(CONSOLE_BAD))
def test_console_forms_refuse_bad_bodies(channel_assistant, console, case):
    body, content_type = CONSOLE_BAD[case]
    token = csrf_of(console, f"{channel_assistant.admin_url}/faq/new")
    body = body.replace(b"TOKEN", token.encode())
    answer = console.post(
        f"{channel_assistant.admin_url}/faq/stretching/examples",
        data=body,
        headers={"Content-Type": content_type},
        timeout=60,
        allow_redirects=False,
    )
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text[:300])
    if case == "oversized":
        assert answer.status_code == 413
    # The console still works.
    assert console.get(f"{channel_assistant.admin_url}/health", timeout=30).status_code == 200


@pytest.mark.parametrize("case", ["invalid UTF-8", "malformed multipart", "oversized"])
def test_the_sign_in_form_refuses_bad_bodies(channel_assistant, case):
    body, content_type = CONSOLE_BAD[case]
    answer = requests.post(
        f"{channel_assistant.admin_url}/login",
        data=body,
        headers={"Content-Type": content_type, "Origin": channel_assistant.admin_url},
        timeout=60,
    )
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text[:300])


def test_the_web_process_only_serves_pages(channel_assistant):
    web = f"http://127.0.0.1:{channel_assistant.web_port}"
    assert requests.post(f"{web}/", data=b"\xff" * 1000, timeout=30).status_code == 405
    assert requests.get(f"{web}/widget.js", timeout=30).status_code == 200
    still_answers(channel_assistant)
