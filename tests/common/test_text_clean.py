"""The one cleaning step every entry point uses, and the channels' shared wrapper."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from bot.channels import replies
from bot.channels.intake import MESSAGE_CUT, guarded
from bot.common.text_clean import (
    KEPT_HEAD_CHARS,
    KEPT_TAIL_CHARS,
    MAX_MESSAGE_CHARS,
    REPLACEMENT,
    UncleanInput,
    bound_length,
    clean_json,
    clean_text,
    is_clean_id,
)

# Any code point, lone surrogates included (hypothesis leaves those out by default).
ANY_CHARACTER = st.characters(exclude_categories=()) | st.characters(
    min_codepoint=0xD800, max_codepoint=0xDFFF
)
EMERGENCY = "I have crushing chest pain and cant breathe"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (EMERGENCY + "\udc00", EMERGENCY + REPLACEMENT),
        ("a\x00b\x07c\x1bd\x7fe\x85f", "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf"),
        ("\ud83d alone", "\ufffd alone"),
        ("non\ufffecharacters\ufdd0\U0010ffff", "non\ufffdcharacters\ufffd\ufffd"),
        ("line one\r\nline two\rthree\tfour\n", "line one\nline two\nthree\tfour\n"),
        ("café 👍 ok", "café 👍 ok"),
    ],
)
def test_bad_characters_become_the_replacement_character(raw, clean):
    assert clean_text(raw) == clean


@given(st.text(alphabet=ANY_CHARACTER, max_size=200))
@settings(max_examples=300, deadline=None, database=None)
def test_cleaned_text_is_always_encodable_and_stable(text):
    cleaned = clean_text(text)
    cleaned.encode("utf-8")  # no lone surrogate left
    assert clean_text(cleaned) == cleaned
    assert len(cleaned) <= len(text)


@pytest.mark.parametrize("bad", ["a\udc00", "a\x00", "a\nb", "a\rb", "x\ufffe"])
def test_identifiers_that_need_cleaning_are_refused(bad):
    assert not is_clean_id(bad)
    assert is_clean_id("patient-42 é")


def test_json_strings_and_keys_are_cleaned_and_deep_nesting_is_refused():
    assert clean_json({"k\x00": ["v\udc00", 1, None, {"x": True}]}) == {
        "k\ufffd": ["v\ufffd", 1, None, {"x": True}]
    }
    deep: object = "x"
    for _ in range(100):
        deep = [deep]
    with pytest.raises(UncleanInput):
        clean_json(deep)


def test_long_messages_keep_their_start_and_end():
    assert bound_length("short") == ("short", False)
    text = "chest pain " + "cramp " * 5000 + "and I can't breathe"
    kept, cut = bound_length(text)
    assert cut and kept.startswith("chest pain") and kept.endswith("I can't breathe")
    assert len(kept) <= KEPT_HEAD_CHARS + KEPT_TAIL_CHARS + 3
    assert bound_length("x" * MAX_MESSAGE_CHARS) == ("x" * MAX_MESSAGE_CHARS, False)


def test_the_channel_wrapper_cleans_bounds_and_asks_for_shorter_messages():
    seen: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        seen.append(message)
        await message.output_channel.send_text_message(message.sender_id, "answer")

    output = CollectingOutputChannel()
    long_text = EMERGENCY + "\udc00 " + "x" * 10_000
    message = UserMessage(long_text, output, "s\x00", metadata={"a": "\udc00", 1: [2]})
    asyncio.run(guarded(on_new_message)(message))
    [got] = seen
    assert got.text.startswith(EMERGENCY + REPLACEMENT) and len(got.text) < 2600
    assert got.sender_id == "s\ufffd"
    assert got.metadata["a"] == REPLACEMENT and got.metadata["1"] == [2]
    assert got.metadata[MESSAGE_CUT] == {"original_length": len(long_text)}
    # The answer first (an emergency reply is never delayed), then the request.
    assert [m["text"] for m in output.messages] == ["answer", replies.too_long()]


def test_a_short_message_gets_no_length_note():
    output = CollectingOutputChannel()

    async def on_new_message(message: UserMessage) -> None:
        assert message.metadata is None  # not an object: dropped

    asyncio.run(guarded(on_new_message)(UserMessage("hi", output, "s", metadata=["x"])))
    assert output.messages == []
