"""Keeps patients' words and contact details out of the logs of every process.

`install()` runs first thing in every process the launcher starts (`python -m bot ...`,
including the Rasa server through `python -m bot rasa-run`). It redacts, whatever logger,
handler or formatter a library sets up later:

- every stdlib log record, just before any handler emits it (`logging.Handler.handle` is
  wrapped): the message, its arguments, the traceback and string `extra` fields;
- every structlog event (Rasa 3.6 logs `user_text`, `parse_data_text`, slot values...
  with structlog): values of the keys that carry conversation content are replaced, other
  string values are redacted like log messages; the processor is inserted into whatever
  configuration Rasa gives structlog;
- Python warnings (Rasa warns with the text of a `/intent` message it cannot parse).

What is redacted: e-mail addresses, phone-number-like digit sequences (7-15 digits, which
also covers Telegram chat ids and WhatsApp senders), and the text of recent user messages
wherever it appears (`remember()`; the Rasa server remembers each incoming message, the
action server the message and slot values of each action call).

Message text at DEBUG level is opt-in: with `LOG_MESSAGE_TEXT=true` (and `LOG_LEVEL=DEBUG`)
DEBUG records keep it; INFO and above are always redacted.
"""

from __future__ import annotations

import collections
import json
import logging
import re
import threading
import warnings
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any

REDACTED = "[redacted]"
# Texts shorter than this are not worth hiding ("hi", "yes") and would match too much.
MIN_REMEMBERED_LENGTH = 3
MAX_REMEMBERED = 500
# structlog keys whose values are conversation content (Rasa's own anonymisation list,
# rasa.utils.log_utils._anonymizer, plus a few more); their values are always replaced.
SENSITIVE_KEYS = frozenset(
    {
        "text",
        "response_text",
        "user_text",
        "slot_values",
        "slot_value",
        "parse_data_text",
        "parse_data_entities",
        "prediction_events",
        "tracker_latest_message",
        "prefilled_slots",
        "message",
        "response",
        "slot_candidates",
        "rasa_event",
        "rasa_events",
        "tracker_states",
        "current_states",
        "old_states",
        "successes",
        "current_entity",
        "next_entity",
        "states",
        "entity",
        "entities",
        "token_text",
        "user_message",
        "json_message",
        "events",
        "tracker",
        "headers",
        "password",
        "token",
    }
)

# Local parts as RFC 5322 allows them (a few more characters than people use).
EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number as people type it: digits with single spaces, hyphens or parentheses
# between them. Not when glued to a word, a path, a version or a decimal.
PHONE = re.compile(r"(?<![\w/.#@-])(?:\+|\(\+?)?\d(?:[ \u00a0()-]{0,2}\d){6,20}(?![\w.-]\d|\w)")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STANDARD_RECORD_FIELDS = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys() | {"message", "asctime"}
)
_MARK = "_clinic_redacted"


class _Redactor:
    """Remembered message texts and the settings that decide what is redacted."""

    def __init__(self) -> None:
        self.keep_debug_text = False
        self._lock = threading.Lock()
        # text variant -> pattern matching it as a whole word; newest last
        self._texts: collections.OrderedDict[str, re.Pattern[str] | _Literal] = (
            collections.OrderedDict()
        )
        # The same, longest first: a message is hidden whole before any shorter one in it.
        self._by_length: list[tuple[str, re.Pattern[str] | _Literal]] = []

    def remember(self, text: str | None) -> None:
        for variant in _variants(text):
            with self._lock:
                self._texts.pop(variant, None)
                self._texts[variant] = _word_pattern(variant)
                while len(self._texts) > MAX_REMEMBERED:
                    self._texts.popitem(last=False)
                self._by_length = sorted(self._texts.items(), key=lambda item: -len(item[0]))

    def forget_all(self) -> None:
        with self._lock:
            self._texts.clear()
            self._by_length = []

    def redact(self, value: str) -> str:
        """`value` without remembered texts, e-mail addresses and phone numbers."""
        if not value:
            return value
        for variant, pattern in self._by_length:  # replaced whole, never mutated
            if variant in value:
                value = pattern.sub(REDACTED, value)
        value = EMAIL.sub(REDACTED, value)
        return PHONE.sub(_phone_replacement, value)


# Past this length a remembered text is replaced as it is, without a regular expression:
# compiling one for a 60 KB message took about 10 ms on the event loop, per message.
LITERAL_FROM_CHARS = 200


class _Literal:
    """`re.Pattern.sub` for a long text: a plain replacement (whole words do not matter)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def sub(self, replacement: str, value: str) -> str:
        return value.replace(self.text, replacement)


def _word_pattern(variant: str) -> re.Pattern[str] | _Literal:
    if len(variant) >= LITERAL_FROM_CHARS:
        return _Literal(variant)
    start = r"(?<!\w)" if variant[0].isalnum() or variant[0] == "_" else ""
    end = r"(?!\w)" if variant[-1].isalnum() or variant[-1] == "_" else ""
    return re.compile(start + re.escape(variant) + end)


def _phone_replacement(match: re.Match[str]) -> str:
    candidate = match.group(0)
    digits = sum(c.isdigit() for c in candidate)
    if digits < 7 or ISO_DATE.match(candidate):
        return candidate
    return REDACTED


def _variants(text: Any) -> set[str]:
    """The forms a message's text takes in logs: as typed, JSON- and repr-escaped, and
    for a `/intent{...}` message its intent and entity parts."""
    if not isinstance(text, str):
        return set()
    text = text.strip()
    found = {text, json.dumps(text)[1:-1], json.dumps(text, ensure_ascii=False)[1:-1]}
    found.add(repr(text)[1:-1])
    if text.startswith("/"):
        body = text[1:]
        intent = re.split(r"[{@]", body, maxsplit=1)[0].strip()
        found.add(intent)
        brace = body.find("{")
        if brace >= 0:
            found.add(body[brace:])
            try:
                entities = json.loads(body[brace:])
            except ValueError:
                entities = None
            if isinstance(entities, dict):
                for key, value in entities.items():
                    found.add(str(key))
                    found.update(_variants(value) if isinstance(value, str) else ())
    return {v for v in found if len(v) >= MIN_REMEMBERED_LENGTH}


_REDACTOR = _Redactor()
_installed = False
_original_handle = logging.Handler.handle
_original_showwarning = warnings.showwarning


def remember(*texts: str | None) -> None:
    """Redacts these texts (a user message, a slot value) from later log output."""
    for text in texts:
        _REDACTOR.remember(text)


def redact_text(value: str) -> str:
    """`value` as it may appear in a log."""
    return _REDACTOR.redact(value)


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Redacts a log record in place (once) and returns it."""
    if getattr(record, _MARK, False):
        return record
    setattr(record, _MARK, True)
    if _REDACTOR.keep_debug_text and record.levelno < logging.INFO:
        return record
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: keep what there is, redacted
        message = f"{record.msg} {record.args}"
    record.msg, record.args = redact_text(message), None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact_text(record.exc_text)
        record.exc_info = None  # formatters use exc_text; no one re-renders the original
    if record.stack_info:
        record.stack_info = redact_text(record.stack_info)
    for name, value in list(vars(record).items()):
        if name not in _STANDARD_RECORD_FIELDS and isinstance(value, str):
            setattr(record, name, redact_text(value))
    return record


class RedactingFilter(logging.Filter):
    """A logging filter that redacts records and never drops them."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


def _redacting_handle(self: logging.Handler, record: logging.LogRecord) -> Any:
    redact_record(record)
    return _original_handle(self, record)


def _redacting_showwarning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    _original_showwarning(redact_text(str(message)), category, filename, lineno, file, line)


def redact_event_dict(
    _logger: Any, method_name: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: conversation content out of an event before it is rendered."""
    if _REDACTOR.keep_debug_text and method_name == "debug":
        return event_dict
    for key, value in list(event_dict.items()):
        if key in SENSITIVE_KEYS and value not in (None, "", [], {}):
            event_dict[key] = REDACTED
        elif isinstance(value, str):
            event_dict[key] = redact_text(value)
    return event_dict


def _with_redaction(processors: Iterable[Any]) -> list[Any]:
    """The processors with `redact_event_dict` just before the renderer (the last one)."""
    chain = [p for p in processors if p is not redact_event_dict]
    return [*chain[:-1], redact_event_dict, *chain[-1:]]


def _install_structlog() -> None:
    try:
        import structlog
    except ImportError:  # not every process has it; none then logs with it
        return
    original = getattr(structlog.configure, "__wrapped_by_clinic__", structlog.configure)

    def configure(*args: Any, **kwargs: Any) -> None:
        if kwargs.get("processors") is not None:
            kwargs["processors"] = _with_redaction(kwargs["processors"])
        original(*args, **kwargs)

    configure.__wrapped_by_clinic__ = original  # type: ignore[attr-defined]
    structlog.configure = configure
    # Structlog's default configuration prints without stdlib logging: cover it too.
    configure(processors=structlog.get_config()["processors"])


def install(keep_debug_text: bool = False) -> None:
    """Redacts every log record, structlog event and warning of this process from now on.

    Args:
        keep_debug_text: leave DEBUG records as they are (`LOG_MESSAGE_TEXT`).
    """
    global _installed
    _REDACTOR.keep_debug_text = keep_debug_text
    if _installed:
        return
    _installed = True
    logging.Handler.handle = _redacting_handle  # type: ignore[method-assign]
    warnings.showwarning = _redacting_showwarning
    _install_structlog()


def install_from_settings() -> None:
    """`install()` as the settings say (`LOG_MESSAGE_TEXT`)."""
    from bot.settings import get_settings

    install(keep_debug_text=get_settings().log_message_text)


def remember_user_messages() -> None:
    """In the Rasa server: remember the text of every incoming message, whatever channel."""
    from rasa.core.channels.channel import UserMessage

    original = UserMessage.__init__
    if getattr(original, "__wrapped_by_clinic__", None):
        return

    def __init__(self: Any, text: str | None = None, *args: Any, **kwargs: Any) -> None:
        remember(text)
        original(self, text, *args, **kwargs)

    __init__.__wrapped_by_clinic__ = original  # type: ignore[attr-defined]
    UserMessage.__init__ = __init__


def remember_action_call(body: Mapping[str, Any] | None) -> None:
    """In the action server: remember the latest message and slot values of a call."""
    tracker = (body or {}).get("tracker") if isinstance(body, Mapping) else None
    if not isinstance(tracker, Mapping):
        return
    latest = tracker.get("latest_message")
    if isinstance(latest, Mapping):
        remember(latest.get("text"))
    slots = tracker.get("slots")
    if isinstance(slots, Mapping):
        remember(*(v for v in slots.values() if isinstance(v, str)))


def watch_action_requests(app: Any) -> None:
    """Adds a Sanic request middleware that remembers what each action call carries."""

    async def remember_request(request: Any) -> None:
        try:
            body = request.json
        except Exception:  # rasa-sdk answers malformed requests itself
            return
        remember_action_call(body)

    app.register_middleware(remember_request, "request")
