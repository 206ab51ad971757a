"""What simulated patients say: realistic multi-turn conversations from the labelled sets.

FAQ and out-of-scope questions come from the held-out evaluation set (phrasings the model
never saw), red flags from the safety suite (emergency and urgent, plain wording). A
conversation is 2-7 turns: usually a greeting, one to three questions (some followed by
answer feedback), now and then an out-of-scope or unclear message, a red flag in a few
percent of conversations, and often a thank-you or goodbye.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

import yaml

from bot.settings import PROJECT_ROOT

GREETINGS = ["hello", "hi", "hi there", "good morning", "hey", "hello, I have a question"]
FEEDBACK = ["yes thanks", "yes", "that helped, thank you", "not really", "no"]
ENDINGS = ["thanks, bye", "thank you", "bye", "goodbye", "ok thanks"]
UNCLEAR = ["i dont get it", "can you explain that again"]


@dataclass(frozen=True)
class Turn:
    kind: str  # greet, faq, feedback, out_of_scope, not_sure, red_flag, goodbye
    text: str


@dataclass(frozen=True)
class Messages:
    faq: tuple[str, ...]
    out_of_scope: tuple[str, ...]
    red_flags: tuple[str, ...]


@cache
def messages() -> Messages:
    heldout = yaml.safe_load((PROJECT_ROOT / "eval/faq_heldout.yml").read_text())
    cases = yaml.safe_load((PROJECT_ROOT / "data/safety/red_flag_cases.yml").read_text())
    return Messages(
        faq=tuple(text for texts in heldout["faq"].values() for text in texts),
        out_of_scope=tuple(heldout["out_of_scope"]),
        red_flags=tuple(
            case["text"]
            for case in cases["cases"]
            if case["tier"] in ("emergency", "urgent") and case["kind"] == "plain"
        ),
    )


def conversation(rng: random.Random, red_flag_share: float = 0.04) -> list[Turn]:
    """One patient's conversation."""
    pool = messages()
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
    if rng.random() < red_flag_share:
        turns.insert(rng.randint(0, len(turns)), Turn("red_flag", rng.choice(pool.red_flags)))
    if rng.random() < 0.6:
        turns.append(Turn("goodbye", rng.choice(ENDINGS)))
    return turns
