"""What every channel does to a patient's message before the assistant sees it.

`guarded(on_new_message)` wraps the callback Rasa gives each input channel:

1. The text, the sender id and the metadata are cleaned (`bot.common.text_clean`); an over-long
   text is cut to its start and end (still screened for red flags, flagged in the
   metadata as `message_cut`), and the patient is then asked for shorter messages.
2. The client (the address a channel put in the metadata under `CLIENT_ADDRESS`, which is
   removed here and never stored) is rate limited (`bot.channels.rate_limit`; a long
   message costs more). A message over the limit is screened by the red-flag detector:
   a red flag goes through as usual, so a patient's emergency reply and escalation never
   wait on a limit; anything else gets a short "please slow down" reply, naming the
   emergency number, instead of an answer. Every message over the limit is screened; a
   client that keeps flooding past as many full screenings as answers has its long
   messages screened on their start and end only. That screening runs on one worker
   thread, not on the event loop, so a flood's screenings never hold up another
   patient's message (measured: an emergency during a flood waited behind them).
3. A pseudonymous client key goes into the metadata (`client`), so staff alerts from one
   client can be grouped (`bot.storage.escalations`).
4. A delivery id a channel put in the metadata under `DELIVERY_ID` (removed here) becomes
   the message id, so a second copy of the message is answered from the first
   (`bot.common.delivery`, `bot.rasa_plugins.redelivery`).

REST, socket.io, Telegram and WhatsApp all pass their messages through it.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage

from bot.channels import replies
from bot.channels.rate_limit import ClientKeys, Decision, RateLimiter, message_cost
from bot.common.delivery import delivery_message_id
from bot.common.text_clean import UncleanInput, bound_length, clean_json, clean_text
from bot.settings import get_settings
from bot.storage.escalations import CLIENT_METADATA_KEY

logger = logging.getLogger(__name__)

MESSAGE_CUT = "message_cut"
CLIENT_ADDRESS = "_client_address"  # set by a channel, removed before Rasa sees the message
CLIENT = CLIENT_METADATA_KEY  # the pseudonymous client key Rasa, actions and alerts see
DELIVERY_ID = "_delivery_id"  # set by a channel, the same for every copy of a message
CHANNEL_KEYS = (CLIENT_ADDRESS, DELIVERY_ID)  # only a channel sets these, never a client
FLOOD_WINDOW_CHARS = 150
OnNewMessage = Callable[[UserMessage], Awaitable[Any]]
RedFlagCheck = Callable[[str], bool]


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
    if message.metadata is not None:
        message.metadata.pop(CLIENT, None)  # set by `Intake.admit` only, never by a client
        delivery = message.metadata.pop(DELIVERY_ID, None)
        message_id = delivery_message_id(str(message.input_channel or "unknown"), delivery)
        if message_id is not None:
            message.message_id = message_id
    if not isinstance(message.text, str):
        return False
    original_length = len(message.text)
    text, cut = bound_length(message.text)  # cut first: cleaning 60 KB took 3-8 ms
    text = clean_text(text)
    message.text = text.strip()
    if cut:
        flag = {"original_length": original_length}
        message.metadata = {**(message.metadata or {}), MESSAGE_CUT: flag}
    return cut


def with_client(
    metadata: dict[str, Any] | None, address: str | None, delivery: str | int | None = None
) -> dict[str, Any]:
    """`metadata` naming the client a channel saw (None: this machine, not limited) and the
    message's delivery id, if the channel has one.

    Channels call this last, so a value the client put in its own metadata never counts.
    """
    metadata = {key: value for key, value in (metadata or {}).items() if key not in CHANNEL_KEYS}
    if address:
        metadata[CLIENT_ADDRESS] = address
    if delivery is not None:
        metadata[DELIVERY_ID] = delivery
    return metadata


def chat_message(
    text: str, output: OutputChannel, chat: str, channel: str, delivery: str | int | None = None
) -> UserMessage:
    """A message from a chat channel (Telegram, WhatsApp): the chat is the client."""
    metadata = with_client(None, chat, delivery)
    return UserMessage(text, output, chat, input_channel=channel, metadata=metadata)


def has_red_flag(text: str) -> bool:
    """The pattern detector's verdict on one message (the Rasa server has it loaded)."""
    from bot.safety.detector import get_detector  # spaCy: only where a message is over the limit

    return bool(get_detector().detect(text))


@dataclass
class Intake:
    """The per-process parts of the intake: the limiter, the client keys, the screen."""

    limiter: RateLimiter
    keys: ClientKeys
    red_flag: RedFlagCheck = has_red_flag
    # Screening a message over the limit costs work too (about 80 ms for a long one): a
    # client gets as many full screenings over its limit as answers; past that, its long
    # messages are screened on their first and last FLOOD_WINDOW_CHARS characters.
    screenings: RateLimiter | None = None
    _pool: ThreadPoolExecutor | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.screenings is None:
            per_minute = self.limiter.rate * 60.0 if self.limiter.enabled else 0.0
            self.screenings = RateLimiter(per_minute, self.limiter.burst, self.limiter.clock)

    async def admit(self, message: UserMessage) -> Decision:
        """Replaces the client address by its key; whether the message may be answered."""
        decision, to_screen = self._limit(message)
        if to_screen is None:
            return decision
        if self._pool is None:  # one thread: a flood's screenings queue there, not here
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="flood-screen")
        loop = asyncio.get_running_loop()
        if await loop.run_in_executor(self._pool, self.red_flag, to_screen):
            channel = message.input_channel or "unknown"
            logger.warning("A red flag over the rate limit was let through (%s).", channel)
            return Decision.ALLOW
        return decision

    def _limit(self, message: UserMessage) -> tuple[Decision, str | None]:
        """The limiter's decision, and the text to screen when it is not ALLOW."""
        metadata = message.metadata or {}
        address = metadata.pop(CLIENT_ADDRESS, None)
        if not address:
            return Decision.ALLOW, None
        metadata[CLIENT] = self.keys.key(address)
        message.metadata = metadata
        cost = message_cost(message.text)
        decision = self.limiter.check(address, cost)
        if decision is Decision.ALLOW or not isinstance(message.text, str):
            return decision, None
        assert self.screenings is not None
        text = message.text
        flooding = self.screenings.check(address, cost) is not Decision.ALLOW
        if flooding and len(text) > FLOOD_WINDOW_CHARS * 2:
            # Past its screening budget, a long message gets a cheaper look: its start
            # and end. A short one (the way people write an emergency) is read whole.
            text = f"{text[:FLOOD_WINDOW_CHARS]} ... {text[-FLOOD_WINDOW_CHARS:]}"
        return decision, text


@functools.lru_cache(maxsize=1)
def process_intake() -> Intake:
    """This process's intake, built from its settings on first use."""
    settings = get_settings()
    return Intake(RateLimiter.from_settings(settings), ClientKeys.from_settings(settings))


def guarded(
    on_new_message: OnNewMessage, intake: Intake | None = None, quiet_repeats: bool = False
) -> OnNewMessage:
    """`on_new_message` for cleaned, bounded, rate-limited messages (see the module doc).

    `quiet_repeats`: over the limit, say "slow down" once a minute, not per message (for
    channels where each reply is an outgoing message the clinic pays for).
    """

    async def handle(message: UserMessage) -> Any:
        cut = prepare(message)
        decision = await (intake or process_intake()).admit(message)
        if decision is Decision.REFUSE_QUIETLY and quiet_repeats:
            return None
        if decision is not Decision.ALLOW:
            reply = replies.slow_down()
            await message.output_channel.send_text_message(message.sender_id, reply)
            return None
        result = await on_new_message(message)
        if cut:  # after the answer, so an emergency reply always comes first
            await message.output_channel.send_text_message(message.sender_id, replies.too_long())
        return result

    return handle
