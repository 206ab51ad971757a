"""What every channel does to a patient's message before the assistant sees it.

`guarded(on_new_message)` wraps the callback Rasa gives each input channel: the text,
the sender id and the metadata are cleaned (`bot.text_clean`), an over-long text is cut
to its start and end (still screened for red flags, and flagged in the metadata as
`message_cut`), and the patient is then asked for shorter messages. REST, socket.io,
Telegram and WhatsApp all pass their messages through it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage

from bot.channels import replies
from bot.text_clean import UncleanInput, bound_length, clean_json, clean_text

MESSAGE_CUT = "message_cut"
OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def clean_metadata(metadata: Any) -> dict[str, Any] | None:
    """Metadata as a cleaned JSON object; anything else (or too deep) is dropped."""
    if not isinstance(metadata, dict):
        return None
    try:
        return clean_json(metadata)
    except UncleanInput:
        return None


def prepare(message: UserMessage) -> bool:
    """Cleans and bounds `message` in place; returns whether its text was cut."""
    message.sender_id = clean_text(str(message.sender_id))
    message.metadata = clean_metadata(message.metadata)
    if not isinstance(message.text, str):
        return False
    original_length = len(message.text)
    text, cut = bound_length(clean_text(message.text))
    message.text = text.strip()
    if cut:
        flag = {"original_length": original_length}
        message.metadata = {**(message.metadata or {}), MESSAGE_CUT: flag}
    return cut


def guarded(on_new_message: OnNewMessage) -> OnNewMessage:
    """`on_new_message` for cleaned, bounded messages (see the module doc)."""

    async def handle(message: UserMessage) -> Any:
        cut = prepare(message)
        result = await on_new_message(message)
        if cut:  # after the answer, so an emergency reply always comes first
            await message.output_channel.send_text_message(message.sender_id, replies.too_long())
        return result

    return handle
