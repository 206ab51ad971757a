"""Similar questions in the review queue are grouped so staff handle each need once."""

from __future__ import annotations

import datetime as dt

from bot.storage.models import ReviewItem
from bot.storage.review_groups import group_similar, similarity


def _item(item_id: int, text: str, minutes_ago: int = 0) -> ReviewItem:
    return ReviewItem(
        id=item_id,
        created_at=dt.datetime(2030, 1, 1, 12) - dt.timedelta(minutes=minutes_ago),
        conversation_id=f"c{item_id}",
        message_id=f"m{item_id}",
        channel="rest",
        kind="out_of_scope",
        text=text,
    )


def test_rewordings_and_typos_are_similar_but_other_questions_are_not():
    assert similarity("is there parking at the clinic", "is there parking at your clinic?") > 0.5
    assert similarity("is there parking at the clinic", "is there parkin at the clinc") > 0.5
    assert similarity("is there parking at the clinic", "what are your opening hours") < 0.5


def test_groups_hold_similar_questions_newest_first():
    items = [
        _item(1, "is there parking at the clinic", 30),
        _item(2, "what are your opening hours", 20),
        _item(3, "Is there parking at your clinic?", 10),
        _item(4, "when are you open on saturdays", 5),
        _item(5, "opening hours on saturday?", 1),
    ]
    groups = group_similar(items)
    assert [3, 1] in [g.ids for g in groups]
    assert all(1 not in g.ids for g in groups if 2 in g.ids or 5 in g.ids)
    assert [g.ids[0] for g in groups][0] == 5
    parking = next(g for g in groups if 3 in g.ids)
    assert parking.text == "Is there parking at your clinic?"
    assert parking.key == "3,1"
    assert parking.texts == ["Is there parking at your clinic?", "is there parking at the clinic"]


def test_identical_questions_collapse_to_one_wording():
    groups = group_similar([_item(1, "hello bot"), _item(2, "Hello  bot", 1)])
    assert len(groups) == 1 and groups[0].texts == ["hello bot"]
