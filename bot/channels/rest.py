"""The REST channel, refusing web pages from origins that are not configured.

Rasa's `--cors` only adds CORS headers: a browser then hides the answer from a page of
another origin, but the message has been processed all the same. This channel answers
403 before processing instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.origins import OriginPolicy


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

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)

        @blueprint.middleware("request")
        async def check_origin(request: Request) -> HTTPResponse | None:
            if self.origins.allows(request.headers.get("origin")):
                return None
            return response.json({"error": "origin not allowed"}, status=403)

        return blueprint
