"""A message delivered twice is answered once: the second delivery gets the first's replies.

Messages can arrive twice. nginx passes a POST to the other Rasa server when the first
dies mid-request (`bot.ops.services`), Telegram sends an update again when its webhook
did not answer, and a client may retry after a timeout. If the first server had
finished and saved the turn before it died, handling the copy again would run the
conversation twice: the callback form took the patient's phone number a second time
as the "good time to call" (seen in the scale-out e2e test).

Channels give such messages a delivery id that is the same for every copy
(`bot.common.delivery`: nginx's `$request_id` or the client's id on REST,
the update id on Telegram, the message SID on WhatsApp); it becomes the user event's
`message_id`. `install()` makes `MessageProcessor.handle_message`, which Rasa runs while
it holds the conversation's lock, look for that id among the conversation's user events
first: if it is there, the bot messages that followed it are sent again and nothing is
parsed, predicted, run or saved. Messages without a delivery id (socket.io, whose
copies cannot happen, and Rasa-made ids) are handled as before, with no extra read.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.shared.core.events import BotUttered, Event, UserUttered

from bot.common.delivery import is_delivery_id
from bot.rasa_plugins.patching import wrap_once

logger = logging.getLogger(__name__)


def replies_to(events: Iterable[Event], message_id: str) -> list[dict[str, Any]] | None:
    """The bot messages that answered the user event `message_id`, or None if it is new."""
    answered: list[dict[str, Any]] | None = None
    for event in events:
        if isinstance(event, UserUttered):
            if answered is not None:
                break  # the next user message: the answer ended
            if event.message_id == message_id:
                answered = []
        elif answered is not None and isinstance(event, BotUttered):
            answered.append(event.message())
    return answered


def _answer_copies_once(original: Any) -> Any:
    @functools.wraps(original)
    async def handle_message(self: Any, message: UserMessage) -> Any:
        message_id = message.message_id
        if not is_delivery_id(message_id):
            return await original(self, message)
        tracker = await self.tracker_store.retrieve(message.sender_id)
        sent = replies_to(tracker.events, message_id) if tracker is not None else None
        if sent is None:
            return await original(self, message)
        logger.warning(
            "A message was delivered again (%s); its %d replies are sent again, not re-run.",
            message.input_channel or "unknown channel",
            len(sent),
        )
        for reply in sent:
            await message.output_channel.send_response(message.sender_id, reply)
        if isinstance(message.output_channel, CollectingOutputChannel):
            return message.output_channel.messages
        return None

    return handle_message


def install() -> None:
    """Makes Rasa answer a delivery id's copies from the saved turn (idempotent)."""
    from rasa.core.processor import MessageProcessor

    wrap_once(MessageProcessor, "handle_message", _answer_copies_once, "answers_copies_once")
