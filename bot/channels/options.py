"""Numbered options for channels without buttons (WhatsApp): offer, remember, resolve.

A bot turn's buttons are listed as "1. Title", "2. Title"... and remembered per
conversation in the clinic database (table `channel_offered_options`), so a reply of
"2" or of an option's title still works after a restart. Each turn replaces the options
of the previous one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from bot.storage.db import Database
from bot.storage.models import OfferedOptions, utcnow

# Options older than this no longer answer "1", "2"...: the patient has moved on.
MAX_AGE = dt.timedelta(hours=24)
_NUMBER = re.compile(r"#?\s*(\d{1,2})\s*[.)]?")


@dataclass(frozen=True)
class Option:
    """A button offered as a numbered option."""

    title: str
    payload: str


def numbered_hint(count: int) -> str:
    """'Reply 1, 2 or 3, or type your question.'"""
    numbers = ", ".join(str(n) for n in range(1, count)) + f" or {count}" if count > 1 else "1"
    return f"Reply {numbers}, or type your question."


def _normalise(text: str) -> str:
    """Case-, accent- and emoji-insensitive form: '👍 Yes!' -> 'yes'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("&", " and "))
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.split())


def resolve_reply(text: str, options: Sequence[Option]) -> str | None:
    """The payload a reply chooses ("2", "2.", "#2" or an option's title), if any."""
    if not options:
        return None
    number = _NUMBER.fullmatch(text.strip())
    if number:
        index = int(number.group(1))
        return options[index - 1].payload if 1 <= index <= len(options) else None
    wanted = _normalise(text)
    if not wanted:
        return None
    for option in options:
        if _normalise(option.title) == wanted:
            return option.payload
    return None


class OptionStore:
    """Offered options per (conversation, channel) in the clinic database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def replace(self, conversation_id: str, channel: str, options: Sequence[Option]) -> None:
        """Remembers `options` as the conversation's current ones (none: forgets them)."""
        for attempt in range(3):
            try:
                self._replace(conversation_id, channel, options)
                return
            except IntegrityError:  # another turn of the conversation stored its options
                if attempt == 2:
                    raise

    def _replace(self, conversation_id: str, channel: str, options: Sequence[Option]) -> None:
        with self.database.session() as session:
            session.execute(
                delete(OfferedOptions).where(
                    OfferedOptions.conversation_id == conversation_id,
                    OfferedOptions.channel == channel,
                )
            )
            if options:
                session.add(
                    OfferedOptions(
                        conversation_id=conversation_id,
                        channel=channel,
                        options=json.dumps([asdict(o) for o in options], ensure_ascii=False),
                    )
                )

    def current(self, conversation_id: str, channel: str) -> list[Option]:
        """The options last offered, unless they are older than `MAX_AGE`."""
        with self.database.session() as session:
            row = session.execute(
                select(OfferedOptions).where(
                    OfferedOptions.conversation_id == conversation_id,
                    OfferedOptions.channel == channel,
                )
            ).scalar_one_or_none()
            if row is None or utcnow() - row.offered_at > MAX_AGE:
                return []
            return [Option(**item) for item in json.loads(row.options)]
