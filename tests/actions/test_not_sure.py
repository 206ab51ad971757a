"""The "not sure" path offers the closest topics, by their human titles, and staff contact."""

from __future__ import annotations

import asyncio

from actions.fallback import ActionNotSure


def test_offers_the_closest_topics_best_first_and_staff(dispatcher, tracker_factory, domain):
    tracker = tracker_factory(
        "my muscle does a weird thing",
        intent="nlu_fallback",
        confidence=0.3,
        response_ranking=[
            {"intent_response_key": "faq/twitching", "confidence": 0.31},
            {"intent_response_key": "faq/what_is_spasm", "confidence": 0.22},
            {"intent_response_key": "faq/causes", "confidence": 0.12},
            {"intent_response_key": "faq/posture", "confidence": 0.08},
        ],
    )
    asyncio.run(ActionNotSure().run(dispatcher, tracker, domain))

    [message] = dispatcher.messages
    assert message["response"] == "utter_not_sure"
    payloads = [b["payload"] for b in message["buttons"]]
    assert payloads == ["/faq/twitching", "/faq/what_is_spasm", "/faq/causes", "/human_handoff"]
    titles = [b["title"] for b in message["buttons"]]
    assert titles[0] == domain["responses"]["utter_faq/twitching"][0]["metadata"]["title"]


def test_without_plausible_topics_only_staff_is_offered(dispatcher, tracker_factory, domain):
    tracker = tracker_factory(
        "qwpoeiru",
        intent="nlu_fallback",
        confidence=0.1,
        response_ranking=[{"intent_response_key": "faq/causes", "confidence": 0.01}],
    )
    asyncio.run(ActionNotSure().run(dispatcher, tracker, domain))

    [message] = dispatcher.messages
    assert message["response"] == "utter_not_sure_no_topics"
    assert [b["payload"] for b in message["buttons"]] == ["/human_handoff"]
