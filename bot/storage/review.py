"""The review queue: what patients asked that the assistant could not answer well."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from bot.storage.db import Database
from bot.storage.models import ReviewItem, ReviewStatus, utcnow

KINDS = ("fallback", "out_of_scope", "low_confidence", "negative_feedback")


@dataclass(frozen=True)
class ReviewInput:
    conversation_id: str
    message_id: str
    channel: str
    kind: str
    text: str
    intent: str = ""
    confidence: float | None = None
    answer: str = ""
    created_at: dt.datetime | None = None  # when it was asked, if not now (replay)


class ReviewStore:
    """Records review items exactly once per message and kind, lists and resolves them."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def record(self, item: ReviewInput) -> tuple[ReviewItem, bool]:
        row = ReviewItem(
            conversation_id=item.conversation_id,
            message_id=item.message_id,
            channel=item.channel,
            kind=item.kind,
            text=item.text[:5000],
            intent=item.intent,
            confidence=item.confidence,
            answer=item.answer[:5000],
            created_at=item.created_at or utcnow(),
        )
        return self.database.add_once(
            row,
            ReviewItem.conversation_id == item.conversation_id,
            ReviewItem.message_id == item.message_id,
            ReviewItem.kind == item.kind,
        )

    def open_items(self, limit: int = 200) -> list[ReviewItem]:
        query = (
            select(ReviewItem)
            .where(ReviewItem.status == ReviewStatus.OPEN)
            .order_by(ReviewItem.created_at.desc(), ReviewItem.id.desc())
            .limit(limit)
        )
        with self.database.session() as session:
            return list(session.execute(query).scalars())

    def resolve(
        self, item_id: int, resolution: str, by: str, status: ReviewStatus = ReviewStatus.RESOLVED
    ) -> None:
        with self.database.session() as session:
            item = session.get(ReviewItem, item_id)
            if item is not None:
                item.status = status
                item.resolution = resolution
                item.resolved_by = by
                item.resolved_at = utcnow()
