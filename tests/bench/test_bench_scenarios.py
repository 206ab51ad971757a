"""What the bench counts as an unexpected reply (issue 11, part 7).

The replies below are the ones a load run against `make run` actually gave; each is
asserted as a user would read it: a vague message must not get a guessed FAQ answer, and
an emergency must say to call the emergency number.
"""

from __future__ import annotations

from bot.bench.scenarios import Turn, clinic_reply_is_expected

NOT_SURE_REPLY = [
    {
        "text": "I'm not sure I understood that, and I'd rather not guess about your health.",
        "buttons": [{"title": "Ask staff", "payload": "/human_handoff"}],
    }
]
NEGATIVE_FEEDBACK_REPLY = [
    {
        "text": "Sorry that didn't help. I've passed your question to our team.",
        "buttons": [{"title": "Ask staff", "payload": "/human_handoff"}],
    }
]
FORM_REPLY = [{"text": "Please type the name staff should ask for (letters only)."}]
FAQ_REPLY = [
    {"text": "Often there is no single clear cause for a spasm."},
    {
        "text": "Was this helpful?",
        "buttons": [
            {"title": "Yes", "payload": "/feedback_positive"},
            {"title": "No", "payload": "/feedback_negative"},
        ],
    },
]


def test_a_vague_message_is_fine_with_any_reply_that_does_not_guess_an_answer():
    turn = Turn("not_sure", "i dont get it")
    for reply in (NOT_SURE_REPLY, NEGATIVE_FEEDBACK_REPLY, FORM_REPLY):
        assert clinic_reply_is_expected(turn, reply)


def test_a_vague_message_answered_with_an_faq_answer_is_unexpected():
    assert not clinic_reply_is_expected(Turn("not_sure", "what about the other thing"), FAQ_REPLY)


def test_an_emergency_must_say_call_the_emergency_number():
    turn = Turn("red_flag", "crushing chest pain and I can't breathe")
    assert clinic_reply_is_expected(turn, [{"text": "Call 999 now."}])
    assert not clinic_reply_is_expected(turn, FAQ_REPLY)
