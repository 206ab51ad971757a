"""One cleaning step for every piece of text that comes from outside.

Valid JSON can carry values that are not valid Unicode text: `"\\udc00"` decodes to a lone
surrogate, which makes the SQL tracker store, spaCy and log handlers raise when they
encode it; NUL and other control characters upset databases, terminals and log files.
Every entry point (REST, socket.io, Telegram, WhatsApp, the staff console's forms, the
command line) passes what it receives through this module first, so nothing after it
has to cope with such values:

- in free text, each such character becomes U+FFFD (so a message keeps its meaning and an
  emergency in it is still found); `\\n` and `\\t` stay, `\\r\\n` and `\\r` become `\\n`;
- an identifier (a sender id, a chat id) that needs cleaning is refused instead
  (`is_clean_id`), since a repaired id would name another conversation.

Also here: the length cap on one message (`bound_length`), shared by the channels.
"""

from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
# C0 and C1 controls except \t and \n (\r is handled first), DEL, lone surrogates and
# Unicode's non-characters (U+FDD0..U+FDEF and the last two code points of every plane).
_BAD = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
    )
    + "]"
)
_CARRIAGE_RETURN = re.compile("\r\n?")

# A message longer than this is not read whole (the widget stops at the same length).
MAX_MESSAGE_CHARS = 2000
# ...but its start and its end are, so an emergency in it is still found.
KEPT_HEAD_CHARS = 2000
KEPT_TAIL_CHARS = 500
# Nested JSON (metadata) deeper than this is refused.
MAX_DEPTH = 32


class UncleanInput(ValueError):
    """A value that cannot be repaired (too deeply nested)."""


def clean_text(text: str) -> str:
    """`text` with control characters, lone surrogates and non-characters as U+FFFD."""
    if "\r" in text:
        text = _CARRIAGE_RETURN.sub("\n", text)
    return _BAD.sub(REPLACEMENT, text)


def is_clean_id(identifier: str) -> bool:
    """Whether an identifier can be used as it is (no character that needs cleaning)."""
    return _BAD.search(identifier) is None and "\r" not in identifier and "\n" not in identifier


def clean_json(value: Any, max_depth: int = MAX_DEPTH) -> Any:
    """A JSON value with every string (and object key) cleaned; raises `UncleanInput`
    for nesting deeper than `max_depth`, which nothing downstream needs."""
    return _clean_json(value, max_depth)


def _clean_json(value: Any, depth: int) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (dict, list)):
        if depth <= 0:
            raise UncleanInput("nested too deeply")
        if isinstance(value, dict):
            return {clean_text(str(k)): _clean_json(v, depth - 1) for k, v in value.items()}
        return [_clean_json(item, depth - 1) for item in value]
    return value


def bound_length(text: str) -> tuple[str, bool]:
    """The part of a message that is read, and whether it was cut.

    An over-long message keeps its first `KEPT_HEAD_CHARS` and last `KEPT_TAIL_CHARS`
    characters: enough to find an emergency said at either end, in bounded time.
    """
    if len(text) <= MAX_MESSAGE_CHARS:
        return text, False
    return f"{text[:KEPT_HEAD_CHARS]}\n…\n{text[-KEPT_TAIL_CHARS:]}", True
