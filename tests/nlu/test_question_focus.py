"""Long messages are classified on their question; the safety screen sees all of it."""

from __future__ import annotations

from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.question_focus import FULL_TEXT, QuestionFocus, focus_options, restore_full_text

STORY = (
    "I sit at a computer nine hours a day for my job. By Friday my neck and shoulders are "
    "like concrete. I tried a heat pad and it helps a bit. What stretches can I do at my desk?"
)


def test_a_long_story_is_classified_on_its_question():
    assert focus_options(STORY)[0] == "What stretches can I do at my desk?"


def test_a_short_question_keeps_the_sentence_before_it():
    text = (
        "I am 30 weeks pregnant. I wake with calf cramps most nights. "
        "My mum had the same. Is that normal?"
    )
    assert focus_options(text) == ["My mum had the same. Is that normal?"]


def test_short_messages_and_messages_without_a_question_are_left_alone():
    assert focus_options("what stretches help a tight neck?") == []
    assert focus_options("My back hurts. It started on Monday. It is stiff in the morning.") == []


def test_the_component_keeps_the_whole_text_for_the_safety_screen():
    story = STORY.replace("By Friday", "Since last night I cant feel my bum when I wipe. By Friday")
    message = Message({TEXT: story})
    [message] = QuestionFocus().process([message])
    assert message.get(TEXT) == "What stretches can I do at my desk?"
    assert message.get(FULL_TEXT) == story
    restore_full_text(message)
    assert message.get(TEXT) == story


def test_two_questions_are_found_also_when_joined_by_and():
    from bot.nlu.question_focus import question_sentences

    story = (
        "My calves cramp in bed most nights. I'm 64. Why do I get these night cramps, "
        "and do supplements like magnesium actually work?"
    )
    assert question_sentences(story) == [
        "Why do I get these night cramps",
        "do supplements like magnesium actually work?",
    ]
    stated = "My daughter has CP. I want to understand what spasticity is. And what helps?"
    assert question_sentences(stated) == [
        "I want to understand what spasticity is.",
        "And what helps?",
    ]
    assert question_sentences("My back hurts. It started on Monday.") == []


def test_a_long_question_is_read_alone_and_with_the_sentence_before_it():
    assert focus_options(STORY) == [
        "What stretches can I do at my desk?",
        "I tried a heat pad and it helps a bit. What stretches can I do at my desk?",
    ]
    assert focus_options("what stretches help a tight neck?") == []
