"""Staff operations shared by the console and the command line, each with its audit record.

The one implementation of: adding an FAQ topic, editing an answer, retiring a topic,
adding examples (from the review queue or typed), dismissing review items, marking an
escalation handled, starting a retrain, rolling back the live model, and managing staff
accounts (adding one, setting a password, granting or revoking a role).
The console's views (`bot.admin.views`) and the CLI (`bot.cli.staff`) only parse input
and show the result, so both write the same audit trail. The functions block (files,
database): console views call them with `asyncio.to_thread`. Clinical sign-off has its
own module, `bot.staff.content_review`.

May import: bot.storage, bot.content.faq_store, bot.modelops (model_store, runs) and
bot.admin.auth (the staff accounts).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.admin.auth import UserStore
from bot.content.faq_store import FaqStore
from bot.content.topics import Topic
from bot.modelops.model_store import LiveModel, ModelStore
from bot.modelops.runs import create_run
from bot.settings import Settings
from bot.storage.audit import AuditLog
from bot.storage.db import Database
from bot.storage.escalations import EscalationStore
from bot.storage.models import Escalation, ReviewItem, ReviewStatus, StaffUser
from bot.storage.review import ReviewStore


@dataclass(frozen=True)
class StaffStores:
    """What staff operations act on, built once per process and passed in."""

    database: Database
    faq: FaqStore
    reviews: ReviewStore
    audit: AuditLog
    models: ModelStore
    users: UserStore
    escalations: EscalationStore

    @classmethod
    def build(cls, settings: Settings, database: Database, faq: FaqStore) -> StaffStores:
        return cls(
            database,
            faq,
            ReviewStore(database),
            AuditLog(database),
            ModelStore(database),
            UserStore(database),
            EscalationStore.from_settings(settings, database),
        )


# -- FAQ content ---------------------------------------------------------------------


def add_topic(
    stores: StaffStores,
    who: str,
    name: str,
    title: str,
    examples: Sequence[str],
    answer: str,
    sources: Sequence[str],
    items: Sequence[ReviewItem] = (),
) -> Topic:
    """Writes a new FAQ topic and resolves the review items its examples came from.

    Raises `bot.content.faq_store.ContentError` (the content rules refuse it).
    """
    topic = stores.faq.add_topic(name, title, list(examples), answer, list(sources))
    for item in items:
        stores.reviews.resolve(item.id, f"added to new topic faq/{topic.name}", who)
    stores.audit.record(
        who,
        "faq_topic_added",
        f"faq/{topic.name}",
        title=topic.title,
        examples=topic.examples,
        answer=topic.answer,
        sources=topic.sources,
        review_items=[item.id for item in items],
    )
    return topic


def edit_answer(
    stores: StaffStores, who: str, name: str, answer: str, title: str, sources: Sequence[str]
) -> tuple[Topic, Topic]:
    """Replaces a topic's answer, title and sources; returns (before, after).

    Raises KeyError (no such topic) or `ContentError` (the content rules refuse it).
    """
    before = stores.faq.get(name)
    after = stores.faq.update_answer(name, answer, title, list(sources))
    stores.audit.record(
        who,
        "faq_answer_edited",
        f"faq/{name}",
        before={"answer": before.answer, "title": before.title, "sources": before.sources},
        after={"answer": after.answer, "title": after.title, "sources": after.sources},
    )
    return before, after


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
        stores.reviews.resolve(item.id, "dismissed", who, status=ReviewStatus.DISMISSED)
    if items:
        stores.audit.record(
            who, "review_dismissed", "review", items=[i.id for i in items], text=items[0].text
        )


def handle_escalation(stores: StaffStores, who: str, escalation_id: int) -> Escalation | None:
    """Marks an escalation handled; None if there is no such escalation."""
    escalation = stores.escalations.mark_handled(escalation_id, who)
    if escalation is not None:
        stores.audit.record(who, "escalation_handled", f"escalation/{escalation_id}")
    return escalation


# -- models --------------------------------------------------------------------------


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


# -- staff accounts ------------------------------------------------------------------


def add_user(stores: StaffStores, who: str, username: str, password: str) -> StaffUser:
    """Creates a staff account. Raises ValueError (name taken, weak password, ...)."""
    user = stores.users.add(username, password, who)
    stores.audit.record(who, "staff_user_added", f"user/{user.username}")
    return user


def set_password(stores: StaffStores, who: str, username: str, password: str) -> None:
    """Sets a staff member's password and ends their sessions. Raises ValueError."""
    stores.users.set_password(username, password)
    stores.audit.record(who, "staff_password_set", f"user/{username}")


def change_role(stores: StaffStores, who: str, username: str, role: str, grant: bool) -> bool:
    """Grants or revokes a role; whether anything changed. Raises ValueError."""
    if grant:
        changed = stores.users.grant(username, role, who)
    else:
        changed = stores.users.revoke(username, role)
    if changed:
        action = "staff_role_granted" if grant else "staff_role_revoked"
        stores.audit.record(who, action, f"user/{username}", role=role)
    return changed
