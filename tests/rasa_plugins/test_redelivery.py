"""bot.rasa_plugins.redelivery: a second copy of a delivered message gets the first copy's
replies and is not run again; other messages are handled as before."""

from __future__ import annotations

import asyncio

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.common.delivery import delivery_message_id, is_delivery_id
from bot.rasa_plugins import redelivery


class Processor:
    """The parts of Rasa's MessageProcessor that handle_message uses: a turn that says
    which turn of the conversation it is and saves it."""

    def __init__(self) -> None:
        self.tracker_store = InMemoryTrackerStore(Domain.empty())

    async def handle_message(self, message: UserMessage):
        tracker = await self.tracker_store.retrieve(message.sender_id)
        events = list(tracker.events) if tracker else []
        turn = 1 + sum(isinstance(event, UserUttered) for event in events)
        reply = BotUttered(f"turn {turn}", {"buttons": [{"title": "Yes", "payload": "/affirm"}]})
        events += [UserUttered(message.text, message_id=message.message_id), reply]
        await self.tracker_store.save(DialogueStateTracker.from_events(message.sender_id, events))
        await message.output_channel.send_response(message.sender_id, reply.message())
        return message.output_channel.messages


def say(processor: Processor, text: str, message_id: str | None = None) -> list[dict]:
    message = UserMessage(text, CollectingOutputChannel(), "patient", message_id=message_id)
    return asyncio.run(processor.handle_message(message))


def test_a_copy_gets_the_first_replies_and_is_not_run_again(monkeypatch):
    wrapped = redelivery._answer_copies_once(Processor.handle_message)
    monkeypatch.setattr(Processor, "handle_message", wrapped)
    processor = Processor()
    first_id = delivery_message_id("rest", "9f1c2a7b")
    assert [r["text"] for r in say(processor, "hello", first_id)] == ["turn 1"]
    assert [r["text"] for r in say(processor, "my back", delivery_message_id("rest", "2"))] == [
        "turn 2"
    ]
    copy = say(processor, "hello", first_id)
    assert [r["text"] for r in copy] == ["turn 1"]
    assert copy[0]["buttons"] == [{"title": "Yes", "payload": "/affirm"}]
    # Messages without a delivery id (socket.io, Rasa's own ids) are always run.
    assert [r["text"] for r in say(processor, "hello")] == ["turn 3"]
    assert [r["text"] for r in say(processor, "hello", "abc")] == ["turn 4"]


def test_replies_to_stops_at_the_next_user_message():
    events = [
        UserUttered("hi", message_id="delivery-rest-1"),
        ActionExecuted("utter_greet"),
        BotUttered("Hello"),
        BotUttered("How can I help?"),
        UserUttered("cramps", message_id="delivery-rest-2"),
        BotUttered("Cramps answer"),
    ]
    assert [m["text"] for m in redelivery.replies_to(events, "delivery-rest-1")] == [
        "Hello",
        "How can I help?",
    ]
    assert [m["text"] for m in redelivery.replies_to(events, "delivery-rest-2")] == [
        "Cramps answer"
    ]
    assert redelivery.replies_to(events, "delivery-rest-3") is None


def test_delivery_ids_are_named_by_channel_and_checked():
    assert delivery_message_id("telegram", 81234) == "delivery-telegram-81234"
    assert delivery_message_id("rest", "a" * 101) is None
    assert delivery_message_id("rest", "two words") is None
    assert delivery_message_id("rest", {"x": 1}) is None
    assert delivery_message_id("rest", None) is None
    assert is_delivery_id("delivery-rest-1") and not is_delivery_id(None)
    assert not is_delivery_id("0f8c2e")


def test_install_wraps_rasa_once(monkeypatch):
    from rasa.core.processor import MessageProcessor

    monkeypatch.setattr(MessageProcessor, "handle_message", MessageProcessor.handle_message)
    redelivery.install()
    wrapped = MessageProcessor.handle_message
    redelivery.install()
    assert MessageProcessor.handle_message is wrapped and wrapped.answers_copies_once
