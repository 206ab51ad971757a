"""Staff operations shared by the console and the command line, each with its audit record.

The one implementation of: retiring an FAQ topic, adding examples (from the review queue
or typed), dismissing review items, starting a retrain and rolling back the live model.
The console's views (`bot.admin.views`) and the CLI (`bot.cli.staff`) only parse input
and show the result, so both write the same audit trail. The functions block (files,
database): console views call them with `asyncio.to_thread`. Clinical sign-off has its
own module, `bot.staff.content_review`.

May import: bot.storage (audit, review, db), bot.content.faq_store and bot.modelops
(model_store, retrain).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.content.faq_store import FaqStore
from bot.modelops.model_store import LiveModel, ModelStore
from bot.modelops.runs import create_run
from bot.storage.audit import AuditLog
from bot.storage.db import Database, ReviewItem
from bot.storage.review import ReviewStore


@dataclass(frozen=True)
class StaffStores:
    """What staff operations act on, built once per process and passed in."""

    database: Database
    faq: FaqStore
    reviews: ReviewStore
    audit: AuditLog
    models: ModelStore

    @classmethod
    def build(cls, database: Database, faq: FaqStore) -> StaffStores:
        return cls(database, faq, ReviewStore(database), AuditLog(database), ModelStore(database))


def retire_topic(stores: StaffStores, who: str, name: str) -> list[str]:
    """Moves a topic out of the training data; returns the topics whose button to it went.

    Raises KeyError for an unknown topic.
    """
    changed = stores.faq.retire(name)
    stores.audit.record(who, "faq_topic_retired", f"faq/{name}", buttons_removed=changed)
    for other in changed:
        stores.audit.record(who, "faq_button_removed", f"faq/{other}", pointed_to=f"faq/{name}")
    return changed


def add_examples(
    stores: StaffStores,
    who: str,
    topic: str,
    examples: Sequence[str],
    items: Sequence[ReviewItem] = (),
) -> list[str]:
    """Adds example questions to a topic and resolves the review items they came from.

    Returns the examples that were new. Raises KeyError (no such topic) or
    `bot.content.faq_store.ContentError` (the content rules refuse them).
    """
    added = stores.faq.add_examples(topic, list(examples))
    for item in items:
        stores.reviews.resolve(item.id, f"added to faq/{topic}", who)
    if added or items:
        stores.audit.record(
            who,
            "faq_examples_added",
            f"faq/{topic}",
            examples=added,
            review_items=[item.id for item in items],
        )
    return added


def dismiss(stores: StaffStores, who: str, items: Sequence[ReviewItem]) -> None:
    """Closes review items that need no change to the assistant."""
    for item in items:
        stores.reviews.resolve(item.id, "dismissed", who, status="dismissed")
    if items:
        stores.audit.record(
            who, "review_dismissed", "review", items=[i.id for i in items], text=items[0].text
        )


def start_retrain(stores: StaffStores, who: str, trigger: str) -> int:
    """Queues a retrain run (the process that runs it is the caller's); returns its id."""
    run_id = create_run(stores.database, who, trigger)
    stores.audit.record(who, "retrain_started", "model", run=run_id, trigger=trigger)
    return run_id


def rollback(stores: StaffStores, who: str) -> LiveModel:
    """Makes the previously live model live again. Raises LookupError if there is none."""
    before = stores.models.live()
    live = stores.models.rollback(who)
    stores.audit.record(
        who, "model_rolled_back", "model", model=live.name, replaced=before.name if before else ""
    )
    return live
