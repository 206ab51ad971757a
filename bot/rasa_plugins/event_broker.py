"""Rasa-side recording of what staff must see, from the conversation events themselves.

Configured as the event broker (`bot.rasa_plugins.event_broker.ClinicEventBroker` in the
rendered endpoints), this runs inside the Rasa server, so it works whichever channel the
message came from and even when the action server is down:

- every fallback, out-of-scope answer, low-confidence FAQ answer and negative feedback
  becomes a review item, with what the assistant replied;
- every red-flag message is recorded as an escalation (a backstop to
  `action_escalate_red_flag`; recording is idempotent per message, so it happens once).

Events are handed to a background thread, so the database never slows a reply. While
the clinic database is down, what would be written goes to the local spool, and the same
thread writes it once the database is back (`bot.storage.durable`, `bot.storage.spool`).
"""

from __future__ import annotations

import logging
import queue
import threading
from asyncio import AbstractEventLoop
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from rasa.core.brokers.broker import EventBroker
from rasa.utils.endpoints import EndpointConfig

from bot.safety.verdict import FINDINGS_KEY, verdict_from_parse_data
from bot.settings import Settings, get_settings
from bot.storage.db import Database
from bot.storage.durable import DurableWrites
from bot.storage.escalations import EscalationInput, client_key, configured_targets
from bot.storage.review import ReviewInput
from bot.storage.spool import Spool

logger = logging.getLogger(__name__)

NEGATIVE_FEEDBACK_INTENT = "feedback_negative"
_IDLE = object()  # no event arrived within the replay interval
RECENT_CONVERSATIONS = 10_000

V = TypeVar("V")


class _Recent(OrderedDict[str, V]):
    """A dict that keeps only the `limit` most recently written keys."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def __setitem__(self, key: str, value: V) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)


@dataclass
class _Turn:
    """A user message awaiting the assistant's reply before it is recorded."""

    review: ReviewInput | None
    answer: list[str] = field(default_factory=list)


def review_kind(parse_data: dict[str, Any], review_confidence: float) -> str | None:
    """Why a parsed message needs staff review, or None."""
    intent = (parse_data.get("intent") or {}).get("name")
    if intent == "nlu_fallback":
        return "fallback"
    if intent == "out_of_scope":
        return "out_of_scope"
    if intent == "faq":
        selected = ((parse_data.get("response_selector") or {}).get("faq") or {}).get(
            "response"
        ) or {}
        confidence = selected.get("confidence")
        if confidence is not None and confidence < review_confidence:
            return "low_confidence"
    return None


class ConversationRecorder:
    """Turns conversation events into review items and backstop escalation records."""

    def __init__(
        self, settings: Settings, database: Database | None = None, spool: Spool | None = None
    ) -> None:
        database = database or Database.from_settings(settings)
        self.review_confidence = settings.review_confidence
        spool = spool or Spool.in_var_dir(settings.var_dir)
        self.writes = DurableWrites(
            database, configured_targets(settings), spool, settings.alert_group_minutes
        )
        self.reviews = self.writes.reviews
        self.escalations = self.writes.escalations
        self.replayer = self.writes.replayer(settings.spool_retry_seconds)
        self._turns: dict[str, _Turn] = {}
        # Per conversation, for negative feedback: the last FAQ question and answer, and
        # the assistant's last utterance. Bounded: only recent conversations give feedback.
        self._answered: _Recent[tuple[str, str]] = _Recent(RECENT_CONVERSATIONS)
        self._last_utterance: _Recent[str | None] = _Recent(RECENT_CONVERSATIONS)

    def handle(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        sender = event.get("sender_id") or ""
        if kind == "user":
            self._finish(sender)
            self._on_user(sender, event)
        elif kind == "bot":
            self._last_utterance[sender] = (event.get("metadata") or {}).get("utter_action")
            if sender in self._turns:
                self._turns[sender].answer.append(event.get("text") or "")
        elif kind == "action" and event.get("name") == "action_listen":
            self._finish(sender)

    def _on_user(self, sender: str, event: dict[str, Any]) -> None:
        parse = event.get("parse_data") or {}
        intent = (parse.get("intent") or {}).get("name") or ""
        confidence = (parse.get("intent") or {}).get("confidence")
        text = event.get("text") or ""
        message_id = str(event.get("message_id") or f"ts-{event.get('timestamp')}")
        channel = event.get("input_channel") or "unknown"
        if parse.get(FINDINGS_KEY):  # red flags, and `soon` findings kept with an answer
            self._escalate(sender, message_id, channel, text, parse)
        review = None
        asked_helpful = self._last_utterance.get(sender) == "utter_ask_helpful"
        negative = intent == NEGATIVE_FEEDBACK_INTENT or (intent == "deny" and asked_helpful)
        if negative and sender in self._answered:
            question, answer = self._answered[sender]
            review = ReviewInput(
                sender, message_id, channel, "negative_feedback", question, "faq", None, answer
            )
        else:
            kind = review_kind(parse, self.review_confidence)
            if kind is not None:
                selected = ((parse.get("response_selector") or {}).get("faq") or {}).get(
                    "response"
                ) or {}
                review = ReviewInput(
                    sender,
                    message_id,
                    channel,
                    kind,
                    text,
                    selected.get("intent_response_key") or intent,
                    selected.get("confidence", confidence),
                )
        self._turns[sender] = _Turn(review)
        if intent == "faq":
            self._answered[sender] = (text, "")

    def _finish(self, sender: str) -> None:
        turn = self._turns.pop(sender, None)
        if turn is None:
            return
        answer = "\n".join(a for a in turn.answer if a)
        if sender in self._answered and not self._answered[sender][1]:
            self._answered[sender] = (self._answered[sender][0], answer)
        if turn.review is not None:
            self.writes.review(replace(turn.review, answer=turn.review.answer or answer))

    def _escalate(
        self, sender: str, message_id: str, channel: str, text: str, parse: dict[str, Any]
    ) -> None:
        verdict = verdict_from_parse_data(parse)
        if verdict.tier is None:
            return
        item = EscalationInput(
            sender,
            message_id,
            channel,
            verdict.tier,
            list(verdict.reasons),
            text,
            "rasa",
            client=client_key(parse.get("metadata")),
        )
        _, created = self.writes.escalation(item)
        if created:
            logger.warning("Escalation recorded by the Rasa server (tier %s)", verdict.tier)


class ClinicEventBroker(EventBroker):
    """An event broker that feeds `ConversationRecorder` from a background thread."""

    def __init__(self, recorder: ConversationRecorder) -> None:
        self.recorder = recorder
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._work, name="clinic-recorder", daemon=True)
        self._thread.start()

    @classmethod
    async def from_endpoint_config(
        cls, broker_config: EndpointConfig, event_loop: AbstractEventLoop | None = None
    ) -> ClinicEventBroker:
        return cls(ConversationRecorder(get_settings()))

    def publish(self, event: dict[str, Any]) -> None:
        self._queue.put(event)

    def _work(self) -> None:
        replayer = self.recorder.replayer
        while True:
            try:
                event = self._queue.get(timeout=replayer.interval_seconds)
            except queue.Empty:
                event = _IDLE
            if event is None:
                return
            if event is not _IDLE:
                try:
                    self.recorder.handle(event)
                except Exception:  # keep recording later events whatever happens to one
                    logger.exception("Could not record a conversation event")
                finally:
                    self._queue.task_done()
            # Between events, and at least once per interval even when busy.
            replayer.replay_if_due()

    def flush(self, timeout: float = 10.0) -> None:
        """Waits until every published event has been handled (for tests and shutdown)."""
        self._queue.join()

    async def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=10)
