"""Clinical sign-off of FAQ answers: who may sign one off, recording it, and the report.

The one implementation of the staff operation "a clinician marks an answer reviewed":
the console view (`bot.admin.views.faq`) and the CLI (`bot faq sign-off`,
`bot faq review-status`) both call it, so the role check and the audit entry cannot
drift apart. The status rule itself is `bot.content.topics.review_of`.

May import: bot.content.topics, bot.content.faq_store, bot.admin.auth, bot.storage.audit.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from bot.admin.auth import CLINICIAN, UserStore
from bot.content.faq_store import FaqStore
from bot.content.topics import Review, Topic, review_status
from bot.storage.audit import AuditLog


class NotAClinician(PermissionError):
    """The account may not sign off answers (it lacks the clinician role)."""


@dataclass(frozen=True)
class ReviewRow:
    topic: Topic
    review: Review


def sign_off(
    faq: FaqStore, users: UserStore, audit: AuditLog, name: str, username: str, today: dt.date
) -> Topic:
    """Marks topic `name` reviewed by `username` today and records it in the audit log.

    Raises:
        NotAClinician: the account lacks the clinician role.
        KeyError: no such topic.
    """
    if not users.has_role(username, CLINICIAN):
        raise NotAClinician(f"{username} is not a clinician; only clinicians sign off answers")
    topic = faq.mark_reviewed(name, username, today)
    audit.record(
        username,
        "faq_reviewed",
        f"faq/{name}",
        reviewed_on=topic.reviewed_on,
        answer=topic.answer,
        sources=topic.sources,
    )
    return topic


def review_rows(topics: dict[str, Topic], today: dt.date, max_age_days: int) -> list[ReviewRow]:
    """Every topic with its review status, the ones needing attention first."""
    order = {Review.UNREVIEWED: 0, Review.STALE: 1, Review.REVIEWED: 2}
    rows = [ReviewRow(t, review_status(t, today, max_age_days)) for t in topics.values()]
    return sorted(rows, key=lambda row: (order[row.review], row.topic.name))


def review_summary(rows: list[ReviewRow]) -> str:
    counts = Counter(row.review for row in rows)
    return (
        f"{counts[Review.REVIEWED]} reviewed, {counts[Review.STALE]} stale, "
        f"{counts[Review.UNREVIEWED]} unreviewed, of {len(rows)} answers"
    )
