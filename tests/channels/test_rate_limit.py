"""Per-client rate limits at the channel intake: slowed, never silenced on a red flag."""

from __future__ import annotations

import asyncio
from pathlib import Path

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from bot.channels import replies
from bot.channels.intake import CLIENT, CLIENT_ADDRESS, Intake, guarded, with_client
from bot.channels.rate_limit import ClientKeys, Decision, RateLimiter, client_address
from bot.settings import Settings

EMERGENCY = "I have crushing chest pain going down my left arm and I can't breathe"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def intake(per_minute: float = 20, burst: int = 3, clock: Clock | None = None) -> Intake:
    limiter = RateLimiter(per_minute, burst, clock=clock or Clock())
    return Intake(limiter, ClientKeys(lambda: b"salt"))


def send(entry: Intake, text: str, address: str | None, sender: str = "s", **kw) -> list[str]:
    """What the patient sees, and whether the assistant itself was asked (last item)."""
    output = CollectingOutputChannel()
    answered: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        answered.append(message)
        await output.send_text_message(message.sender_id, f"answer to {message.text}")

    metadata = with_client({"widget": 1}, address)
    message = UserMessage(text, output, sender, input_channel="rest", metadata=metadata)
    asyncio.run(guarded(on_new_message, entry, **kw)(message))
    return [m["text"] for m in output.messages]


def test_the_proxys_forwarded_address_counts_only_from_this_machine():
    assert client_address("127.0.0.1", "10.0.0.1, 198.51.100.4") == "198.51.100.4"
    assert client_address("::1", "198.51.100.4") == "198.51.100.4"
    assert client_address("127.0.0.1", None) is None  # this machine: not limited
    assert client_address("127.0.0.1", "127.0.0.1") is None  # this machine, via the proxy
    assert client_address("198.51.100.9", "203.0.113.1") == "198.51.100.9"  # not believed


def test_a_bucket_allows_a_burst_then_refills_at_the_rate():
    clock = Clock()
    limiter = RateLimiter(per_minute=6, burst=2, clock=clock)
    assert [limiter.check("a") for _ in range(4)] == [
        Decision.ALLOW,
        Decision.ALLOW,
        Decision.REFUSE,
        Decision.REFUSE_QUIETLY,
    ]
    assert limiter.check("b") is Decision.ALLOW  # another client is not affected
    clock.now += 10  # one message per 10 s
    assert limiter.check("a") is Decision.ALLOW
    assert limiter.check(None) is Decision.ALLOW
    assert RateLimiter(0, 1).check("a") is Decision.ALLOW  # 0: no limit


def test_the_limiter_forgets_the_least_recently_seen_client_first():
    limiter = RateLimiter(60, 1, max_clients=2)
    limiter.check("a"), limiter.check("b"), limiter.check("c")
    assert limiter.check("a") is Decision.ALLOW  # "a" was forgotten: a full bucket again
    assert limiter.check("c") is Decision.REFUSE


def test_over_the_limit_a_patient_is_asked_to_slow_down_and_the_assistant_is_not_asked():
    entry = intake(burst=2)
    assert send(entry, "hi", "198.51.100.4") == ["answer to hi"]
    assert send(entry, "hello", "198.51.100.4") == ["answer to hello"]
    assert send(entry, "what causes cramps", "198.51.100.4") == [replies.slow_down()]
    assert "call 999" in replies.slow_down(Settings(emergency_number="999")).lower()
    assert send(entry, "hi", "198.51.100.5") == ["answer to hi"]  # another client
    assert send(entry, "hi", None) == ["answer to hi"]  # this machine


def test_a_red_flag_over_the_limit_is_answered_as_usual():
    entry = intake(burst=1)
    send(entry, "hi", "198.51.100.4")
    assert send(entry, EMERGENCY, "198.51.100.4") == [f"answer to {EMERGENCY}"]
    assert send(entry, "ok thanks", "198.51.100.4") == [replies.slow_down()]


def test_chat_channels_say_slow_down_once_a_minute_not_per_message():
    clock = Clock()
    entry = intake(burst=1, clock=clock)
    send(entry, "hi", "chat-1", quiet_repeats=True)
    assert send(entry, "a", "chat-1", quiet_repeats=True) == [replies.slow_down()]
    assert send(entry, "b", "chat-1", quiet_repeats=True) == []
    clock.now += 61  # a minute later: refilled
    assert send(entry, "c", "chat-1", quiet_repeats=True) == ["answer to c"]


def test_the_assistant_sees_a_pseudonymous_client_key_and_never_the_address():
    entry = intake()
    seen: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        seen.append(message)

    output = CollectingOutputChannel()
    forged = {CLIENT: "forged", CLIENT_ADDRESS: "1.2.3.4", "x": 1}
    for metadata in (with_client(forged, "198.51.100.4"), with_client(forged, None)):
        message = UserMessage("hi", output, "s", input_channel="rest", metadata=metadata)
        asyncio.run(guarded(on_new_message, entry)(message))
    keyed, local = seen
    assert keyed.metadata == {"x": 1, CLIENT: ClientKeys(lambda: b"salt").key("198.51.100.4")}
    assert "198.51.100.4" not in str(keyed.metadata)
    assert local.metadata == {"x": 1}  # a client cannot name itself or another client


def test_client_keys_share_one_private_salt_file(tmp_path: Path):
    settings = Settings(var_dir=tmp_path / "var")
    first, second = ClientKeys.from_settings(settings), ClientKeys.from_settings(settings)
    assert not (tmp_path / "var").exists()  # nothing written until a key is needed
    assert first.key("198.51.100.4") == second.key("198.51.100.4") != first.key("198.51.100.5")
    salt = tmp_path / "var" / "client_key.salt"
    assert oct(salt.stat().st_mode & 0o777) == "0o600"


def test_a_long_message_takes_more_of_the_burst():
    entry = intake(burst=3)
    long_text = ("my calf cramps again " * 75).strip()  # 1,574 characters: 2 tokens
    assert send(entry, long_text, "198.51.100.4") == [f"answer to {long_text}"]
    assert send(entry, long_text, "198.51.100.4") == [replies.slow_down()]
    assert send(entry, "hi", "198.51.100.4") == ["answer to hi"]  # 1 token was left


def test_every_message_over_the_limit_is_screened_a_flood_of_long_ones_more_cheaply():
    screened: list[str] = []

    def red_flag(text: str) -> bool:
        screened.append(text)
        return "chest pain" in text

    clock = Clock()
    entry = Intake(RateLimiter(20, 2, clock=clock), ClientKeys(lambda: b"s"), red_flag)
    for _ in range(10):
        send(entry, "hello", "198.51.100.4")
    assert len(screened) == 8  # 2 answered, every other one screened whole
    story = "my calf cramps again " * 50 + "and now crushing chest pain"
    assert send(entry, story, "198.51.100.4") == [f"answer to {story}"]  # still let through
    assert len(screened[-1]) < 400  # past the budget: its start and end only


def test_a_channel_delivery_id_becomes_the_message_id_and_a_client_cannot_forge_it():
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    from bot.channels.intake import DELIVERY_ID, prepare

    message = UserMessage(
        "hello",
        CollectingOutputChannel(),
        "patient",
        input_channel="rest",
        metadata=with_client({DELIVERY_ID: "forged", "widget": 1}, None, "9f1c2a7b"),
    )
    prepare(message)
    assert message.message_id == "delivery-rest-9f1c2a7b"
    assert message.metadata == {"widget": 1}
    unnamed = UserMessage("hello", CollectingOutputChannel(), "p", metadata=with_client(None, None))
    prepare(unnamed)
    assert not unnamed.message_id.startswith("delivery-")
