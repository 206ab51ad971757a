"""Log redaction: patterns, remembered message texts, records, structlog and warnings."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

import pytest

from bot.common import log_redaction
from bot.common.log_redaction import (
    REDACTED,
    redact_event_dict,
    redact_record,
    redact_text,
    remember,
)
from bot.settings import PROJECT_ROOT


@pytest.fixture(autouse=True)
def fresh_memory():
    log_redaction._REDACTOR.forget_all()
    yield
    log_redaction._REDACTOR.forget_all()
    log_redaction._REDACTOR.keep_debug_text = False


@pytest.mark.parametrize(
    "text",
    [
        "call me on +44 7700 900123 please",
        "07700900123",
        "07700 900 123",
        "(555) 123-4567",
        "+1 (555) 123 4567",
        "555-123-4567",
        "whatsapp:+447700900123",
        "telegram chat 712345678",
        "mail jane.doe+spasm@example-mail.co.uk today",
        "JANE@EXAMPLE.COM",
    ],
)
def test_phone_numbers_and_email_addresses_are_redacted(text):
    redacted = redact_text(text)
    assert REDACTED in redacted
    assert not any(run in redacted for run in ("7700", "555", "712345678", "@"))


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-21 07:51:07 INFO rasa.core.processor",
        "Action server on http://127.0.0.1:5055",
        "Loading model models/clinic-8d005b3b1894.tar.gz",
        "rasa 3.6.21, sanic 21.12.2",
        "took 1234567.5 ms",
        "Escalation #12 recorded (tier emergency)",
    ],
)
def test_operational_details_stay_readable(text):
    assert redact_text(text) == text


def test_remembered_messages_are_redacted_as_typed_escaped_and_quoted():
    remember("Jane Quixote", "my leg hurts since Tuesday", 'it\'s "bad" ¿qué?')
    assert redact_text("Received 'my leg hurts since Tuesday' ok") == f"Received '{REDACTED}' ok"
    assert redact_text("Thanks Jane Quixote!") == f"Thanks {REDACTED}!"
    assert redact_text("Jane Quixoteson") == "Jane Quixoteson"  # whole words only
    assert REDACTED in redact_text('{"text": "it\'s \\"bad\\" \\u00bfqu\\u00e9?"}')
    assert REDACTED in redact_text('"it\'s \\"bad\\" ¿qué?"')
    assert redact_text("hi") == "hi"


def test_intent_messages_are_redacted_with_their_intent_and_entities():
    remember('/zebra quartz{"name_of": "Qwertyname"}')
    assert redact_text("Parsed an intent 'zebra quartz' which is not") == (
        f"Parsed an intent '{REDACTED}' which is not"
    )
    assert "Qwertyname" not in redact_text("found {'Qwertyname'}")


def test_a_record_is_redacted_whole_once():
    remember("secret words here")
    try:
        raise ValueError("bad input: secret words here")
    except ValueError:
        record = logging.LogRecord(
            "rasa", logging.WARNING, __file__, 1, "user %s wrote %r", ("x", "+447700900123"), None
        )
        record.exc_info = sys.exc_info()
    record.request = "GET /webhook?from=jane@example.com"
    record.status = 200
    redact_record(redact_record(record))
    assert record.getMessage() == f"user x wrote '{REDACTED}'"
    assert "secret words" not in record.exc_text and REDACTED in record.exc_text
    assert record.exc_info is None
    assert record.request == f"GET {REDACTED}"  # the address, and the path glued to it
    assert record.status == 200


def test_debug_text_is_kept_only_when_opted_in_and_never_above_debug():
    log_redaction._REDACTOR.keep_debug_text = True
    remember("my private words")
    debug = logging.LogRecord("rasa", logging.DEBUG, "", 1, "my private words", None, None)
    info = logging.LogRecord("rasa", logging.INFO, "", 1, "my private words", None, None)
    assert redact_record(debug).getMessage() == "my private words"
    assert redact_record(info).getMessage() == REDACTED
    event = {"event": "x", "user_text": "my private words"}
    assert redact_event_dict(None, "debug", dict(event)) == event
    assert redact_event_dict(None, "warning", dict(event))["user_text"] == REDACTED


def test_structlog_events_lose_conversation_content():
    remember("tell nobody")
    event = redact_event_dict(
        None,
        "warning",
        {
            "event": "message.parsing.failed",
            "user_text": "/anything",
            "parse_data_entities": [{"value": "x"}],
            "slot_values": {"callback_contact": "+447700900123"},
            "sender": "whatsapp:+447700900123",
            "note": "they said tell nobody",
            "confidence": 0.5,
            "parse_data_intent": {"name": "greet"},
        },
    )
    assert event["user_text"] == event["parse_data_entities"] == event["slot_values"] == REDACTED
    assert event["sender"] == f"whatsapp:{REDACTED}"
    assert event["note"] == f"they said {REDACTED}"
    assert event["confidence"] == 0.5 and event["parse_data_intent"] == {"name": "greet"}


def test_action_calls_remember_the_message_and_slot_values():
    log_redaction.remember_action_call(
        {
            "tracker": {
                "latest_message": {"text": "Jane Quixote"},
                "slots": {"callback_time": "weekday mornings", "requested_slot": None},
            }
        }
    )
    assert (
        redact_text("slot callback_time='weekday mornings'") == f"slot callback_time='{REDACTED}'"
    )
    assert redact_text("name Jane Quixote") == f"name {REDACTED}"
    log_redaction.remember_action_call({"tracker": "not a tracker"})  # ignored, no error


PROGRAM = textwrap.dedent(
    """
    import logging, sys, warnings
    import structlog
    from bot.common import log_redaction
    log_redaction.install(keep_debug_text={keep})
    log_redaction.remember("my secret spasm story")
    # Configured after install, as Rasa and Sanic do: their own handlers and processors.
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s %(request)s"))
    access = logging.getLogger("sanic.access")
    access.addHandler(handler)
    access.propagate = False
    logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s %(message)s")
    structlog.configure(
        processors=[structlog.processors.add_log_level, structlog.processors.JSONRenderer()],
        logger_factory=structlog.stdlib.LoggerFactory(),
    )
    log = logging.getLogger("rasa.core.processor")
    log.info("Received my secret spasm story from %s", "jane@example.com")
    log.debug("debug: my secret spasm story")
    access.info("", extra={{"request": "POST /webhook?phone=07700900123"}})
    structlog.get_logger().warning("message.parsing.failed", user_text="my secret spasm story")
    structlog.get_logger().debug("processor.message.parse", parse_data_text="my secret spasm story")
    try:
        raise RuntimeError("cannot parse my secret spasm story")
    except RuntimeError:
        log.exception("failed")
    warnings.warn("Failed to parse arguments in line 'my secret spasm story'")
    print("done")
    """
)


def run_program(keep: bool) -> str:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM.format(keep=keep)],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def test_installed_redaction_covers_handlers_structlog_and_warnings_set_up_later():
    output = run_program(keep=False)
    assert "done" in output
    for secret in ("my secret spasm story", "jane@example.com", "07700900123"):
        assert secret not in output
    assert output.count(REDACTED) >= 7
    assert "message.parsing.failed" in output and "Traceback" in output


def test_opted_in_debug_text_appears_only_in_debug_records():
    output = run_program(keep=True)
    lines = [line for line in output.splitlines() if "my secret spasm story" in line]
    assert lines == [
        "DEBUG debug: my secret spasm story",
        'DEBUG {"parse_data_text": "my secret spasm story", "event": "processor.message.parse", '
        '"level": "debug"}',
    ]


def test_a_long_message_is_redacted_whole_without_a_regular_expression():
    from bot.common import log_redaction

    text = "my calf cramps again and my name is Ayse Yilmaz " * 100
    log_redaction.remember(text)
    assert "Ayse" not in log_redaction.redact_text(f"Received: {text} (end)")
