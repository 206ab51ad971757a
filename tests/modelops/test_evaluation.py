"""Scoring the blind FAQ sets' long messages (pure: parse results in, counts out)."""

from __future__ import annotations

from bot.modelops.evaluation import BLIND_FAQ_SETS, LongMessage, load_long_messages, score_long


def _parse(intent: str, topic: str | None = None, ranking: tuple[str, ...] = ()) -> dict:
    selector = {"faq": {"response": {"intent_response_key": topic}, "ranking": [
        {"intent_response_key": key} for key in ranking
    ]}}  # fmt: skip
    return {"intent": {"name": intent}, "response_selector": selector}


def test_a_long_message_counts_its_right_answer_or_a_not_sure_that_offers_it():
    cases = [
        LongMessage("story, then: ice or heat?", ("heat_cold",)),
        LongMessage("story, then: which stretches?", ("stretching",)),
        LongMessage("story, then: how long to recover?", ("recovery_time",)),
        LongMessage("two questions", ("hydration", "nutrition")),
    ]
    parses = [
        _parse("faq", "faq/heat_cold"),
        _parse("nlu_fallback", ranking=("faq/posture", "faq/stretching")),  # offered
        _parse("faq", "faq/prevention"),  # a confident wrong answer
        _parse("faq", "faq/nutrition"),  # one of the two questions answered
    ]
    result = score_long(cases, parses)
    assert (result["long_right"], result["long_useful"]) == (2, 3)
    assert [m["got"] for m in result["long_misses"]] == ["nlu_fallback", "faq/prevention"]


def test_the_blind_sets_have_long_messages():
    for path in BLIND_FAQ_SETS.values():
        assert len(load_long_messages(path)) >= 40
