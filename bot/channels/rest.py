"""The REST channel, refusing web pages from origins that are not configured.

Rasa's `--cors` only adds CORS headers: a browser then hides the answer from a page of
another origin, but the message has been processed all the same. This channel answers
403 before processing instead.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import replies
from bot.channels.intake import clean_metadata, guarded, with_client
from bot.channels.origins import OriginPolicy
from bot.channels.rate_limit import client_address
from bot.common.text_clean import clean_text, is_clean_id

logger = logging.getLogger(__name__)

MAX_SENDER_LENGTH = 255  # Rasa's tracker store column
# Conversation ids of the other channels: a WhatsApp address, a Telegram chat id. Posted to
# REST, they would let anyone write into a patient's WhatsApp or Telegram conversation.
OTHER_CHANNEL_SENDER = re.compile(r"^(?:whatsapp:.*|-?\d+)$", re.IGNORECASE | re.DOTALL)


class ClinicRestInput(RestInput):
    """`/webhooks/rest/webhook` for the allowed origins; the channel name stays `rest`."""

    def __init__(self, allowed_origins: list[str] | None = None) -> None:
        self.origins = OriginPolicy(allowed_origins or [])

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls((credentials or {}).get("allowed_origins") or [])

    def _extract_input_channel(self, req: Request) -> str:
        # Rasa lets the client name the channel; escalations must record the real one.
        return self.name()

    # Cleaned here too (not only in `guarded`): Rasa logs the text if the turn fails.
    def _extract_message(self, req: Request) -> str | None:
        text = req.json.get("message")
        return clean_text(text) if isinstance(text, str) else None

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        address = client_address(request.ip, request.headers.get("x-forwarded-for"))
        # The same for a retried copy: the client's own id, else nginx's request id.
        delivery = request.json.get("message_id") or request.headers.get("x-request-id")
        return with_client(clean_metadata(request.json.get("metadata")), address, delivery)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        handle = guarded(on_new_message)

        async def answered(message: UserMessage) -> None:
            # Rasa would answer a failed turn with an empty list; say so, as the others do.
            try:
                await handle(message)
            except Exception:
                logger.exception("The assistant failed to answer a REST message.")
                await message.output_channel.send_text_message(
                    message.sender_id, replies.something_went_wrong()
                )

        blueprint = super().blueprint(answered)

        @blueprint.middleware("request")
        async def check_origin(request: Request) -> HTTPResponse | None:
            if self.origins.allows(request.headers.get("origin")):
                return None
            return response.json({"error": "origin not allowed"}, status=403)

        @blueprint.middleware("request")
        async def check_body(request: Request) -> HTTPResponse | None:
            problem = body_problem(request.body) if request.method == "POST" else None
            return response.json({"error": problem}, status=400) if problem else None

        return blueprint


def body_problem(body: bytes) -> str | None:
    """What is wrong with a REST message body, or None.

    Any content type is taken if the body is a JSON object (`curl -d` sends JSON as a
    form); Rasa would otherwise fail (500) or file sender-less messages under one shared
    "default" conversation.
    """
    try:
        message = json.loads(body)
    except (ValueError, RecursionError):  # also invalid UTF-8
        return "the body must be a JSON object in UTF-8"
    if not isinstance(message, dict):
        return "the body must be a JSON object"
    sender = message.get("sender")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_LENGTH:
        return f'"sender" must be a non-empty string of at most {MAX_SENDER_LENGTH} characters'
    if not is_clean_id(sender):
        return '"sender" must not contain control characters, surrogates or non-characters'
    if OTHER_CHANNEL_SENDER.match(sender.strip()):
        return '"sender" must not be a WhatsApp address or a Telegram chat id'
    if not isinstance(message.get("message"), str):
        return '"message" must be a string'
    return None
