"""bot.rasa_plugins.long_messages: a long message is parsed on the worker thread, a short
one on the event loop, and both give Rasa's parse result."""

from __future__ import annotations

import asyncio
import threading

from rasa.core.channels.channel import UserMessage

from bot.rasa_plugins import long_messages


class Processor:
    """The parts of Rasa's MessageProcessor that parse_message uses."""

    http_interpreter = None

    def __init__(self) -> None:
        self.threads: list[str] = []
        self.finished: list[dict] = []

    async def parse_message(self, message, tracker=None, only_output_properties=True):
        self.threads.append(threading.current_thread().name)  # Rasa's own path
        return {"text": message.text, "intent": {"name": "faq"}}

    def _parse_message_with_graph(self, message, tracker, only_output_properties=True):
        self.threads.append(threading.current_thread().name)
        assert tracker.sender_id == message.sender_id
        return {"text": message.text, "intent": {"name": "faq"}}

    def _update_full_retrieval_intent(self, parse_data):
        self.finished.append(parse_data)

    def _check_for_unseen_features(self, parse_data):
        pass


def test_long_messages_are_parsed_on_the_worker_and_short_ones_on_the_loop(monkeypatch):
    monkeypatch.setattr(
        Processor, "parse_message", long_messages._parse_long_on_worker(Processor.parse_message)
    )
    processor = Processor()
    long_text = ("my calf cramps again " * 30).strip()
    short = asyncio.run(processor.parse_message(UserMessage("ice or heat?", sender_id="a")))
    long = asyncio.run(processor.parse_message(UserMessage(long_text, sender_id="b")))
    assert short["text"] == "ice or heat?" and long["text"] == long_text
    assert processor.threads[0] == threading.main_thread().name
    assert processor.threads[1].startswith("long-message-nlu")
    assert processor.finished == [long]  # Rasa's steps after the graph still run


def test_install_wraps_rasa_once(monkeypatch):
    from rasa.core.processor import MessageProcessor

    monkeypatch.setattr(MessageProcessor, "parse_message", MessageProcessor.parse_message)
    long_messages.install()
    wrapped = MessageProcessor.parse_message
    long_messages.install()
    assert MessageProcessor.parse_message is wrapped and wrapped.parses_long_on_worker
