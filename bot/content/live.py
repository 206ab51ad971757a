"""FAQ answers as they are in the topic files now, for the response generator.

Staff edit an answer in the console (or `bot faq`); `bot.content.faq_store` checks it against the
content rules and writes `data/nlu/faq/<topic>.yml`. The Rasa server's response generator
(`bot.rasa_plugins.nlg`) reads the answer's text and sign-off from that file on the next
answer, so a text edit is live in about a second, without retraining. Which topics exist, their
examples and their buttons still come from the live model: a new topic or new examples
need a retrain, and a file that breaks a safety rule is never served (the model's text
is). The file is re-read only when its modification time changes.

May import: bot.content.topics.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from bot.content.topics import Topic, gives_dosing, load_topic, unknown_placeholders

logger = logging.getLogger(__name__)
TOPIC_NAME = re.compile(r"[a-z0-9_]{1,60}")


class LiveAnswers:
    """The current text of each FAQ answer, from `faq_dir`; build once per process."""

    def __init__(self, faq_dir: Path) -> None:
        self.faq_dir = faq_dir
        self._cache: dict[str, tuple[int, Topic | None]] = {}

    def topic(self, name: str) -> Topic | None:
        """The topic as its file says now, or None (no file, unreadable, or unsafe)."""
        if not TOPIC_NAME.fullmatch(name):
            return None
        path = self.faq_dir / f"{name}.yml"
        try:
            modified = path.stat().st_mtime_ns
        except OSError:
            return None
        cached = self._cache.get(name)
        if cached is not None and cached[0] == modified:
            return cached[1]
        topic = self._load(path, name)
        self._cache[name] = (modified, topic)
        return topic

    def answer(self, name: str) -> str | None:
        topic = self.topic(name)
        return topic.answer if topic is not None else None

    @staticmethod
    def _load(path: Path, name: str) -> Topic | None:
        try:
            topic = load_topic(path)
        except Exception:  # a half-written or hand-broken file: keep the model's text
            logger.warning("Could not read %s; answering %s from the model.", path, name)
            return None
        answer = topic.answer
        if topic.name != name or gives_dosing(answer) or unknown_placeholders(answer):
            logger.warning("%s breaks a content rule; answering %s from the model.", path, name)
            return None
        return topic
