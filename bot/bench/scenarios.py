"""Realistic multi-turn conversations for the load generator, one script per assistant.

The clinic script mixes greetings, FAQ questions from the held-out set (phrasings the
model never saw), answer feedback, out-of-scope questions, "not sure" messages (answered
by the action server's `action_not_sure`), now and then an emergency red flag (escalated
through the action server), and a goodbye. The stock script is the `rasa init` assistant's
own small talk. Both give every conversation 4-8 turns and a fresh sender id. The
patients script is the end-to-end load test's (`make load`): 1-7
turns, emergency or urgent red flags in about 4% of conversations.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.common.yaml_files import load_yaml
from bot.settings import PROJECT_ROOT

# The bench runs the assistant with this emergency number; every emergency reply shows it.
BENCH_EMERGENCY_NUMBER = "999"


@dataclass(frozen=True)
class Turn:
    kind: str
    text: str
    expects_reply: bool = True


GREETINGS = ["hello", "hi", "hi there", "good morning", "hey", "hello, I have a question"]
FEEDBACK = ["yes thanks", "yes", "that helped, thank you", "not really", "no"]
ENDINGS = ["thanks, bye", "thank you", "bye", "goodbye", "ok thanks"]
# Vague messages that must never get a guessed health answer. Alone they go to the
# "not sure" path; in a conversation the right reply depends on the turn before: after an
# FAQ answer "i dont get it" is negative feedback (passed to staff), inside the staff
# contact form it is a reply to the form, and "what about the other thing" may be read as
# out of scope. So the bench checks what matters for safety: no FAQ answer.
NOT_SURE = [
    "can you explain that again",
    "i dont get it",
    "so what should i do then",
    "what about the other thing",
    "and what about the left side?",
]

STOCK_GREETINGS = ["hello", "hi", "hey there", "good morning", "hello there"]
STOCK_MOOD = ["I am great", "perfect", "I am feeling very good", "wonderful"]
STOCK_SAD = ["I am sad", "I don't feel very well", "my day was horrible", "very sad"]
STOCK_BOT = ["are you a bot?", "am I talking to a human?"]
STOCK_ENDINGS = ["bye", "goodbye", "see you around", "good night"]


UNCLEAR = ["i dont get it", "can you explain that again"]
PATIENT_RED_FLAG_SHARE = 0.04


@dataclass(frozen=True)
class ClinicMessages:
    faq: list[str]
    out_of_scope: list[str]
    red_flags: list[str]  # emergency, plain wording
    urgent_red_flags: list[str]  # urgent, plain wording


@cache
def clinic_messages(root: Path = PROJECT_ROOT) -> ClinicMessages:
    heldout = load_yaml(root / "eval/faq_heldout.yml")
    cases = load_yaml(root / "data/safety/red_flag_cases.yml")["cases"]
    plain = [c for c in cases if c["kind"] == "plain"]
    return ClinicMessages(
        faq=[text for texts in heldout["faq"].values() for text in texts],
        out_of_scope=list(heldout["out_of_scope"]),
        red_flags=[c["text"] for c in plain if c["tier"] == "emergency"],
        urgent_red_flags=[c["text"] for c in plain if c["tier"] == "urgent"],
    )


def clinic_conversation(rng: random.Random) -> list[Turn]:
    """Greeting, 2-3 FAQ questions (some with feedback), extras, goodbye."""
    messages = clinic_messages()
    middle: list[list[Turn]] = []
    for _ in range(rng.randint(2, 3)):
        block = [Turn("faq", rng.choice(messages.faq))]
        if rng.random() < 0.4:
            block.append(Turn("feedback", rng.choice(FEEDBACK)))
        middle.append(block)
    if rng.random() < 0.35:
        middle.append([Turn("out_of_scope", rng.choice(messages.out_of_scope))])
    if rng.random() < 0.35:
        middle.append([Turn("not_sure", rng.choice(NOT_SURE))])
    if rng.random() < 0.12:
        middle.append([Turn("red_flag", rng.choice(messages.red_flags))])
    rng.shuffle(middle)
    turns = [Turn("greet", rng.choice(GREETINGS))] if rng.random() < 0.7 else []
    turns += [turn for block in middle for turn in block]
    return turns + [Turn("goodbye", rng.choice(ENDINGS))]


def patient_conversation(rng: random.Random) -> list[Turn]:
    """Greeting now and then, 1-3 FAQ questions, an extra, rarely a red flag, goodbye."""
    pool = clinic_messages()
    turns: list[Turn] = []
    if rng.random() < 0.7:
        turns.append(Turn("greet", rng.choice(GREETINGS)))
    for _ in range(rng.randint(1, 3)):
        turns.append(Turn("faq", rng.choice(pool.faq)))
        if rng.random() < 0.3:
            turns.append(Turn("feedback", rng.choice(FEEDBACK)))
    extra = rng.random()
    if extra < 0.15:
        turns.append(Turn("out_of_scope", rng.choice(pool.out_of_scope)))
    elif extra < 0.20:
        turns.append(Turn("not_sure", rng.choice(UNCLEAR)))
    if rng.random() < PATIENT_RED_FLAG_SHARE:
        red_flags = pool.red_flags + pool.urgent_red_flags
        turns.insert(rng.randint(0, len(turns)), Turn("red_flag", rng.choice(red_flags)))
    if rng.random() < 0.6:
        turns.append(Turn("goodbye", rng.choice(ENDINGS)))
    return turns


def stock_conversation(rng: random.Random) -> list[Turn]:
    """The stock assistant's happy and sad paths, a bot challenge now and then."""
    turns = [Turn("greet", rng.choice(STOCK_GREETINGS))]
    if rng.random() < 0.5:
        turns.append(Turn("mood", rng.choice(STOCK_MOOD)))
    else:
        turns += [Turn("mood", rng.choice(STOCK_SAD)), Turn("feedback", rng.choice(["yes", "no"]))]
    if rng.random() < 0.5:
        turns.append(Turn("bot_challenge", rng.choice(STOCK_BOT)))
    turns.append(Turn("greet", rng.choice(STOCK_GREETINGS)))
    return turns + [Turn("goodbye", rng.choice(STOCK_ENDINGS))]


# Every FAQ answer is followed by "Was this helpful?" with this button (utter_ask_helpful).
FAQ_ANSWER_MARK = "/feedback_positive"


def _payloads(reply: Any) -> set[str]:
    return {
        str(button.get("payload"))
        for message in reply
        if isinstance(message, dict)
        for button in (message.get("buttons") or [])
        if isinstance(button, dict)
    }


def reply_text(reply: Any) -> str:
    """The texts of a REST reply, joined (empty for anything that is not a reply)."""
    if not isinstance(reply, list):
        return ""
    return " ".join(str(m.get("text") or "") for m in reply if isinstance(m, dict))


# Words of each red-flag reply (domain.yml, utter_red_flag variants).
RED_FLAG_REPLIES = {
    "crisis": "I'm really sorry you're feeling like this",
    "emergency": "This could be a medical emergency",
    "urgent": "needs a doctor today",
    "soon": "That is worth getting checked soon",
}


def red_flag_reply(reply: Any) -> str:
    """Which red-flag reply a REST reply holds ("" for none)."""
    text = reply_text(reply)
    return next((tier for tier, words in RED_FLAG_REPLIES.items() if words in text), "")


def clinic_reply_is_expected(turn: Turn, reply: Any) -> bool:
    """Whether a non-empty reply is the kind the message calls for (safety first)."""
    if turn.kind == "red_flag":
        return f"call {BENCH_EMERGENCY_NUMBER}" in reply_text(reply).lower()
    if turn.kind == "not_sure":
        return FAQ_ANSWER_MARK not in _payloads(reply)
    return True


SCENARIOS: dict[str, tuple[Callable[[random.Random], list[Turn]], Callable[..., bool]]] = {
    "clinic": (clinic_conversation, clinic_reply_is_expected),
    "patients": (patient_conversation, lambda turn, reply: True),
    "stock": (stock_conversation, lambda turn, reply: True),
}
