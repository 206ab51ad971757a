"""Telegram, as Rasa's Telegram channel but verified, offline at startup and robust.

Differences from `rasa.core.channels.telegram.TelegramInput`:

- Every update must carry `X-Telegram-Bot-Api-Secret-Token` equal to the configured
  secret (Telegram sends the one given to `setWebhook`); anything else gets 403. Rasa's
  check asks Telegram for the bot's name on every update instead.
- Nothing calls Telegram at startup (Rasa sets the webhook while loading the channel and
  dies offline); `python -m bot telegram set-webhook` registers it once.
- Buttons are inline keyboards, one button a row; a tap sends the button's payload and
  is acknowledged (`answerCallbackQuery`).
- Photos, voice notes, stickers, locations... get a polite "text only" reply, an edited
  message a request to send it again, other updates are ignored; never a 500.
- The Bot API address is configurable (`TELEGRAM_API_URL`), for tests or a local server.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.bot.api import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import replies
from bot.channels.intake import chat_message, guarded
from bot.common.text_clean import UncleanInput, is_clean_id

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit for a button's callback_data
# Messages that carry something other than text: answered with "text only".
NON_TEXT_KINDS = (
    "photo",
    "sticker",
    "voice",
    "audio",
    "video",
    "video_note",
    "animation",
    "document",
    "location",
    "venue",
    "contact",
    "poll",
    "dice",
)
# Telegram's own commands that mean "hello" to a bot.
GREETING_COMMANDS = {"/start", "/help"}


class ClinicTelegramOutput(TelegramOutput):
    """Sends through the Bot API at `api_url`; buttons as a vertical inline keyboard."""

    def __init__(self, access_token: str, api_url: str) -> None:
        # Bot.__init__, skipping TelegramOutput's, to pass the API server.
        super(TelegramOutput, self).__init__(
            access_token, server=TelegramAPIServer.from_base(api_url)
        )

    async def send_text_with_buttons(
        self,
        recipient_id: str,
        text: str,
        buttons: list[dict[str, Any]],
        button_type: str | None = "vertical",
        **kwargs: Any,
    ) -> None:
        markup = InlineKeyboardMarkup()
        for button in buttons:
            markup.row(InlineKeyboardButton(button["title"], callback_data=_callback_data(button)))
        await self.send_message(recipient_id, text, reply_markup=markup)

    async def send_quick_replies(
        self, recipient_id: str, text: str, quick_replies: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_text_with_buttons(recipient_id, text, quick_replies)


def _callback_data(button: dict[str, Any]) -> str:
    """The button's payload; if it is too long for Telegram, its title instead."""
    payload = str(button.get("payload") or button.get("title") or "")
    if len(payload.encode()) <= CALLBACK_DATA_LIMIT:
        return payload
    logger.warning("Button payload longer than %d bytes; sending its title.", CALLBACK_DATA_LIMIT)
    title = str(button.get("title", "")).encode()[:CALLBACK_DATA_LIMIT]
    return title.decode(errors="ignore")


def _field(update: Any, *path: str) -> Any:
    """`update[path[0]][path[1]]...`, or None where a level is missing or not an object."""
    for key in path:
        if not isinstance(update, dict):
            return None
        update = update.get(key)
    return update if isinstance(update, (int, str)) and not isinstance(update, bool) else None


def _message_text(text: str) -> str:
    """Maps `/start` and `/help` (also `/start@ClinicBot`) to a greeting."""
    command = text.strip().split("@", 1)[0].split(" ", 1)[0].lower()
    return "/greet" if command in GREETING_COMMANDS else text


class ClinicTelegramInput(TelegramInput):
    """Telegram webhook at `/webhooks/telegram/webhook`, verified with the secret token."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        if not credentials:
            return cls.raise_missing_credentials_exception()  # raises
        return cls(
            credentials["access_token"],
            credentials["secret_token"],
            credentials.get("api_url") or "https://api.telegram.org",
        )

    def __init__(self, access_token: str, secret_token: str, api_url: str) -> None:
        super().__init__(access_token, verify=None, webhook_url=None, debug_mode=False)
        self.secret_token = secret_token
        self.api_url = api_url
        self._output: ClinicTelegramOutput | None = None
        self._tasks: set[asyncio.Task] = set()

    def get_output_channel(self) -> ClinicTelegramOutput:
        """One Bot API client for the channel; no call to Telegram here."""
        if self._output is None:
            self._output = ClinicTelegramOutput(self.access_token, self.api_url)
        return self._output

    def _authentic(self, request: Request) -> bool:
        given = request.headers.get(SECRET_HEADER, "")
        return hmac.compare_digest(given.encode(), self.secret_token.encode())

    def _in_background(self, call: Awaitable[Any]) -> None:
        """Runs a Bot API call that nothing waits for (typing status, acknowledgements)."""

        async def run() -> None:
            try:
                await call
            except Exception as error:  # cosmetic calls must never fail an update
                logger.debug("Telegram call failed: %s", error)

        task = asyncio.create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _reply(self, chat_id: int | str, text: str) -> None:
        try:
            await self.get_output_channel().send_message(chat_id, text)
        except Exception:
            logger.exception("Could not send a Telegram reply.")

    async def _handle_update(
        self, update: dict[str, Any], on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        output = self.get_output_channel()
        callback = update.get("callback_query")
        message = update.get("message")
        if isinstance(callback, dict):
            chat_id = _field(callback, "message", "chat", "id") or _field(callback, "from", "id")
            text = callback.get("data")
            if callback.get("id"):
                self._in_background(output.answer_callback_query(callback["id"]))
        elif isinstance(update.get("edited_message"), dict):
            chat_id = _field(update, "edited_message", "chat", "id")
            if chat_id is not None:
                await self._reply(chat_id, replies.edited_message())
            return
        elif isinstance(message, dict):
            chat_id = _field(message, "chat", "id")
            text = message.get("text")
            if not isinstance(text, str) or not text.strip():
                if chat_id is not None and any(kind in message for kind in NON_TEXT_KINDS):
                    await self._reply(chat_id, replies.text_only())
                return  # service messages (someone joined a group...) need no answer
            text = _message_text(text)
        else:
            return  # channel posts, inline queries, polls, membership changes
        if chat_id is None or not isinstance(text, str) or not text:
            return
        sender = str(chat_id)
        if not is_clean_id(sender):
            raise UncleanInput("a chat id with control characters or surrogates")
        self._in_background(output.send_chat_action(sender, "typing"))
        try:
            delivery = update.get("update_id")  # Telegram sends an unanswered update again
            await on_new_message(chat_message(text, output, sender, self.name(), delivery))
        except Exception:
            logger.exception("The assistant failed to answer a Telegram message.")
            await self._reply(sender, replies.something_went_wrong())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # Cleaned, bounded and rate limited; "slow down" at most once a minute per chat.
        on_new_message = guarded(on_new_message, quiet_repeats=True)
        telegram_webhook = Blueprint("telegram_webhook", __name__)

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self._authentic(request):
                return response.text("forbidden", status=403)
            try:
                update = request.json
            except Exception:
                update = None
            if not isinstance(update, dict):
                return response.text("expected a Telegram update (JSON object)", status=400)
            try:
                await self._handle_update(update, on_new_message)
            except UncleanInput as problem:
                return response.text(f"bad update: {problem}", status=400)
            return response.text("ok")

        @telegram_webhook.listener("before_server_stop")
        async def close_session(*_: Any) -> None:
            if self._output is not None:
                await self._output.close()  # the HTTP session, not the Bot API's `close`

        return telegram_webhook
