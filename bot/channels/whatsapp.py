"""WhatsApp through Twilio, as Rasa's Twilio channel but verified and non-blocking.

Differences from `rasa.core.channels.twilio.TwilioInput`:

- Every webhook must carry a valid `X-Twilio-Signature` for the public webhook URL
  (`TWILIO_WEBHOOK_URL`) and the auth token; anything else gets 403.
- Replies go out through Twilio's Messages API with aiohttp (Rasa uses the blocking
  twilio client inside the event loop). The API address is configurable for tests.
- One WhatsApp message per bot turn: the turn's replies are joined (split only beyond
  WhatsApp's 1600 characters), so they cannot arrive out of order; a red-flag reply is
  sent the moment it is made, never held back for the rest of the turn. Buttons become
  numbered options, "Reply 1, 2 or 3"; a reply of "2" or of an option's title sends
  that button's payload. The offered options are kept in the clinic database.
- A message without text (a photo, a voice note, a location) gets a polite reply.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import aiohttp
from multidict import MultiDict
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.twilio import TwilioInput, TwilioOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator

from bot.channels import replies
from bot.channels.intake import chat_message, guarded
from bot.channels.options import Option, OptionStore, numbered_hint, resolve_reply
from bot.common.text_clean import clean_text, is_clean_id
from bot.storage.db import Database

logger = logging.getLogger(__name__)

CHANNEL = "whatsapp"
MAX_BODY = 1600  # characters in one WhatsApp message sent through Twilio
SEND_ATTEMPTS = 3
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def parse_form(request: Request) -> MultiDict[str]:
    """The form-encoded body with its empty fields, which Twilio's signature covers too.

    (Sanic's `request.form` drops them, so a genuine request would fail the check.)
    """
    if request.content_type.split(";")[0].strip() != "application/x-www-form-urlencoded":
        return MultiDict()
    body = request.body.decode("utf-8", errors="replace")
    return MultiDict(parse_qsl(body, keep_blank_values=True))


def whatsapp_address(number: str) -> str:
    """`+14155238886` or `whatsapp:+14155238886` -> `whatsapp:+14155238886`."""
    number = number.strip()
    return number if number.startswith("whatsapp:") else f"whatsapp:{number}"


class TwilioMessagesApi:
    """Twilio's Messages API over aiohttp, with a few retries on 429 and 5xx."""

    def __init__(self, api_url: str, account_sid: str, auth_token: str, sender: str) -> None:
        base = api_url.rstrip("/")
        self.url = f"{base}/2010-04-01/Accounts/{account_sid}/Messages.json"
        self.account_sid = account_sid
        self.auth = aiohttp.BasicAuth(account_sid, auth_token)
        self.sender = whatsapp_address(sender)

    async def send(self, to: str, body: str = "", media_url: str | None = None) -> bool:
        """Sends one message; logs and returns False when Twilio would not take it."""
        data = {"To": to, "From": self.sender}
        if body:
            data["Body"] = body
        if media_url:
            data["MediaUrl"] = media_url
        timeout = aiohttp.ClientTimeout(total=15)
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                async with (
                    aiohttp.ClientSession(timeout=timeout) as session,
                    session.post(self.url, data=data, auth=self.auth) as answer,
                ):
                    if answer.status < 300:
                        return True
                    detail = (await answer.text())[:300]
                    if answer.status != 429 and answer.status < 500:
                        logger.error("Twilio refused a message (%s): %s", answer.status, detail)
                        return False
                    logger.warning("Twilio answered %s (attempt %d)", answer.status, attempt)
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                logger.warning("Could not reach Twilio (attempt %d): %s", attempt, error)
            if attempt < SEND_ATTEMPTS:
                await asyncio.sleep(0.5 * 2**attempt)
        logger.error("Gave up sending a WhatsApp message after %d attempts.", SEND_ATTEMPTS)
        return False


@dataclass
class _Turn:
    """What the assistant said to one recipient in one turn, not sent yet."""

    texts: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    media: list[str] = field(default_factory=list)


def compose(texts: list[tuple[str, list[dict[str, Any]]]]) -> tuple[list[str], list[Option]]:
    """A turn's replies as WhatsApp message bodies, and the numbered options offered."""
    blocks: list[str] = []
    options: list[Option] = []
    for text, buttons in texts:
        lines = [text.strip()] if text and text.strip() else []
        for button in buttons:
            title = str(button.get("title") or button.get("payload") or "")
            options.append(Option(title, str(button.get("payload") or title)))
            lines.append(f"{len(options)}. {title}")
        if lines:
            blocks.append("\n".join(lines))
    if options:
        blocks.append(numbered_hint(len(options)))
    return _pack(blocks), options


def _pack(blocks: list[str]) -> list[str]:
    """Joins blocks with blank lines into as few bodies of at most MAX_BODY as possible."""
    bodies: list[str] = []
    for block in blocks:
        while len(block) > MAX_BODY:  # one over-long block: cut at a space
            cut = block.rfind(" ", 0, MAX_BODY)
            cut = cut if cut > 0 else MAX_BODY
            bodies.append(block[:cut])
            block = block[cut:].lstrip()
        if bodies and len(bodies[-1]) + 2 + len(block) <= MAX_BODY:
            bodies[-1] = f"{bodies[-1]}\n\n{block}"
        elif block:
            bodies.append(block)
    return bodies


class WhatsAppOutput(TwilioOutput):
    """Collects a turn's replies and sends them as one WhatsApp message on `flush`.

    A red-flag reply is sent at once, with whatever came before it: it must never wait
    for the rest of the turn (the escalation action, which may be slow or down).
    Unbuffered (Rasa's `get_output_channel`, for external events), every reply is.
    """

    @classmethod
    def name(cls) -> str:
        return CHANNEL

    def __init__(self, api: TwilioMessagesApi, options: OptionStore, buffered: bool = True):
        # TwilioOutput's blocking client is never used; only its interface is.
        super().__init__(api.account_sid, api.auth.password, api.sender)
        self.messages_api = api  # `api` is taken by twilio's Client
        self.options = options
        self.buffered = buffered
        self._turns: dict[str, _Turn] = {}

    async def _queue(
        self,
        recipient_id: str,
        text: str,
        buttons: list[dict[str, Any]],
        utter_action: str | None = None,
    ) -> None:
        self._turns.setdefault(recipient_id, _Turn()).texts.append((text, buttons))
        if not self.buffered or replies.alert_level(utter_action, text):
            await self.flush(recipient_id)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._queue(recipient_id, text, [], kwargs.get("utter_action"))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self._queue(recipient_id, text, buttons, kwargs.get("utter_action"))

    async def send_quick_replies(
        self, recipient_id: str, text: str, quick_replies: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self._queue(recipient_id, text, quick_replies, kwargs.get("utter_action"))

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        self._turns.setdefault(recipient_id, _Turn()).media.append(image)
        if not self.buffered:
            await self.flush(recipient_id)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        body = json_message.get("body") or json_message.get("text") or ""
        await self.messages_api.send(recipient_id, str(body), json_message.get("media_url"))

    async def flush(self, recipient_id: str) -> None:
        """Sends what the turn said and remembers the options it offered."""
        turn = self._turns.pop(recipient_id, None)
        if turn is None:
            return
        bodies, options = compose(turn.texts)
        if turn.texts:
            try:
                await asyncio.to_thread(self.options.replace, recipient_id, CHANNEL, options)
            except Exception:  # the reply matters more than the numbering
                logger.exception("Could not store the offered WhatsApp options.")
        for body in bodies:
            await self.messages_api.send(recipient_id, body)
        for image in turn.media:
            await self.messages_api.send(recipient_id, media_url=image)


class WhatsAppInput(TwilioInput):
    """Twilio's WhatsApp webhook at `/webhooks/whatsapp/webhook`, signature-checked."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        if not credentials:
            return cls.raise_missing_credentials_exception()  # raises
        return cls(
            credentials["account_sid"],
            credentials["auth_token"],
            credentials["twilio_number"],
            api_url=credentials.get("api_url") or "https://api.twilio.com",
            webhook_url=credentials["webhook_url"],
        )

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        twilio_number: str,
        api_url: str,
        webhook_url: str,
        database: Database | None = None,
    ) -> None:
        super().__init__(account_sid, auth_token, twilio_number, debug_mode=False)
        self.api = TwilioMessagesApi(api_url, account_sid, auth_token, twilio_number)
        self.webhook_url = webhook_url
        self.validator = RequestValidator(auth_token)
        self.options = OptionStore(database or Database.from_settings())

    def get_output_channel(self) -> WhatsAppOutput:
        """For messages outside a webhook call (external events): sent at once."""
        return WhatsAppOutput(self.api, self.options, buffered=False)

    def _authentic(self, request: Request, form: MultiDict[str]) -> bool:
        signature = request.headers.get("X-Twilio-Signature", "")
        url = self.webhook_url
        if request.query_string:
            url = f"{url}?{request.query_string}"
        return bool(signature) and self.validator.validate(url, form, signature)

    async def _text_for(self, sender: str, body: str) -> str:
        """The patient's text, or the payload of the numbered option it chooses."""
        try:
            offered = await asyncio.to_thread(self.options.current, sender, CHANNEL)
        except Exception:
            logger.exception("Could not read the offered WhatsApp options.")
            return body
        return resolve_reply(body, offered) or body

    async def _handle(
        self, form: MultiDict[str], on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        sender = form.get("From")
        if not sender:  # Twilio always names the sender; nobody to answer otherwise
            logger.warning("A WhatsApp message without a sender was ignored.")
            return
        body = clean_text(form.get("Body") or "").strip()
        output = WhatsAppOutput(self.api, self.options)
        if not body:
            # A photo, voice note, sticker, location or an empty message.
            await output.send_text_message(sender, replies.text_only())
        else:
            text = await self._text_for(sender, body)
            try:
                delivery = form.get("MessageSid")  # Twilio may retry a webhook call
                await on_new_message(chat_message(text, output, sender, self.name(), delivery))
            except Exception:
                logger.exception("The assistant failed to answer a WhatsApp message.")
                await output.send_text_message(sender, replies.something_went_wrong())
        await output.flush(sender)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # Cleaned, bounded and rate limited; "slow down" at most once a minute per chat.
        on_new_message = guarded(on_new_message, quiet_repeats=True)
        whatsapp_webhook = Blueprint("whatsapp_webhook", __name__)

        @whatsapp_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @whatsapp_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            form = parse_form(request)
            if not self._authentic(request, form):
                return response.text("forbidden", status=403)
            if form.get("MessageStatus"):
                return response.empty()  # a delivery status callback, not a message
            if not form.get("From"):
                return response.text("expected a Twilio message webhook", status=400)
            if not is_clean_id(form["From"]):
                return response.text("a sender address with control characters", status=400)
            await self._handle(form, on_new_message)
            return response.text(EMPTY_TWIML, content_type="text/xml")

        return whatsapp_webhook
