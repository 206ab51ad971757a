"""The clinic database's tables (SQLAlchemy models) and their row statuses.

Callback requests, escalations and their alerts, the review queue, staff accounts and
sessions, the audit log, retrain runs and model publications. A change here needs a new
migration in `bot/storage/migrations/versions/`: the schema test (test_schema.py) fails until
the migrations and the models agree.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeMeta, registry, relationship

_registry = registry()


class Base(metaclass=DeclarativeMeta):
    """The declarative base, written out (SQLAlchemy 1.4's documented form) so type
    checkers see a class rather than the result of `declarative_base()`."""

    __abstract__ = True
    registry = _registry
    metadata = _registry.metadata
    __init__ = _registry.constructor


class Status(str, enum.Enum):
    """A row status that behaves as the string stored in the database: equal to it, the
    same hash (sets and dict keys mix the two; `Enum` hashes the name) and printed as it
    (`str()` of a `str` enum is "Status.NAME" on Python 3.10)."""

    def __str__(self) -> str:
        return str(self.value)

    def __hash__(self) -> int:
        return hash(self.value)


class CallbackStatus(Status):
    OPEN = "open"
    DONE = "done"


class EscalationStatus(Status):
    OPEN = "open"
    HANDLED = "handled"


class NotificationStatus(Status):
    PENDING = "pending"
    SENT = "sent"


class ReviewStatus(Status):
    OPEN = "open"
    RESOLVED = "resolved"  # added to the FAQ, or answered otherwise
    DISMISSED = "dismissed"


class RunStatus(Status):
    """A retrain's outcome; `ACTIVE` runs hold the retrain lock."""

    QUEUED = "queued"
    RUNNING = "running"
    PUBLISHED = "published"
    UNCHANGED = "unchanged"  # the new model is the live one already
    REJECTED = "rejected"  # a gate said no
    FAILED = "failed"
    INTERRUPTED = "interrupted"  # the process stopped mid-run
    BUSY = "busy"  # not started: another retrain was running

    @classmethod
    def active(cls) -> tuple[RunStatus, ...]:
        return (cls.QUEUED, cls.RUNNING)


def utcnow() -> dt.datetime:
    """Naive UTC timestamp, the same on SQLite and PostgreSQL."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class CallbackRequest(Base):
    """A patient asked the clinic to contact them."""

    __tablename__ = "callback_requests"

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    channel = Column(String(64), nullable=False, default="unknown")
    name = Column(String(200), nullable=False)
    contact = Column(String(320), nullable=False)
    contact_kind = Column(String(16), nullable=False)  # "phone" or "email"
    preferred_time = Column(String(200), nullable=False, default="")
    status = Column(String(16), nullable=False, default=CallbackStatus.OPEN.value)
    note = Column(Text, nullable=False, default="")


class Escalation(Base):
    """A message with red flags: the patient was told to get help; staff must know."""

    __tablename__ = "escalations"
    __table_args__ = (UniqueConstraint("conversation_id", "message_id"),)

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    message_id = Column(String(255), nullable=False)
    channel = Column(String(64), nullable=False, default="unknown")
    tier = Column(String(16), nullable=False)  # emergency, urgent, soon
    reasons = Column(String(500), nullable=False)  # comma-separated reason codes
    text = Column(Text, nullable=False, default="")
    recorded_by = Column(String(32), nullable=False, default="action")
    status = Column(String(16), nullable=False, default=EscalationStatus.OPEN.value)
    handled_at = Column(DateTime)
    handled_by = Column(String(200))
    notifications = relationship(
        "Notification", back_populates="escalation", order_by="Notification.id", lazy="selectin"
    )
    source = relationship(
        "EscalationClient", back_populates="escalation", uselist=False, lazy="selectin"
    )

    @property
    def reason_list(self) -> list[str]:
        return [r for r in self.reasons.split(",") if r]

    @property
    def notification_status(self) -> str:
        """One word for staff: not required, none configured, pending, retrying, sent."""
        if self.tier == "soon":
            return "not required"
        if not self.notifications:
            return "no targets configured"
        statuses = {n.status for n in self.notifications}
        if statuses == {NotificationStatus.SENT}:
            return NotificationStatus.SENT.value
        if any(n.attempts for n in self.notifications if n.status != NotificationStatus.SENT):
            return "retrying"
        return NotificationStatus.PENDING.value


class EscalationClient(Base):
    """Which client (a pseudonymous key, `bot.channels.rate_limit.ClientKeys`) sent an
    escalation, and until when its alert is held to be sent with the client's others.

    Added by migration r0002. Deleted with the conversation (`bot privacy forget`) and by
    the retention purge.
    """

    __tablename__ = "escalation_clients"

    escalation_id = Column(Integer, ForeignKey("escalations.id"), primary_key=True)
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    client = Column(String(64), nullable=False, index=True)
    held_until = Column(DateTime)  # None: the client's first alert, sent at once
    escalation = relationship("Escalation", back_populates="source")


class Notification(Base):
    """One staff notification to send for an escalation (the outbox)."""

    __tablename__ = "notifications"

    id = Column(Integer, primary_key=True)
    escalation_id = Column(Integer, ForeignKey("escalations.id"), nullable=False, index=True)
    target = Column(String(32), nullable=False)  # webhook, email
    status = Column(
        String(16), nullable=False, default=NotificationStatus.PENDING.value, index=True
    )
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    claimed_until = Column(DateTime)
    last_error = Column(Text, nullable=False, default="")
    sent_at = Column(DateTime)
    escalation = relationship("Escalation", back_populates="notifications")


class OfferedOptions(Base):
    """The numbered options last offered in a conversation of a channel without buttons
    (WhatsApp), so that a reply of "2" works after a restart (`bot.channels.options`)."""

    __tablename__ = "channel_offered_options"

    conversation_id = Column(String(255), primary_key=True)
    channel = Column(String(64), primary_key=True)
    options = Column(Text, nullable=False, default="[]")  # JSON [{"title", "payload"}]
    offered_at = Column(DateTime, nullable=False, default=utcnow)


class ReviewItem(Base):
    """Something a patient asked that the assistant could not answer well: for staff."""

    __tablename__ = "review_items"
    __table_args__ = (UniqueConstraint("conversation_id", "message_id", "kind"),)

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    message_id = Column(String(255), nullable=False)
    channel = Column(String(64), nullable=False, default="unknown")
    # fallback, out_of_scope, low_confidence, negative_feedback
    kind = Column(String(32), nullable=False, index=True)
    text = Column(Text, nullable=False)
    intent = Column(String(100), nullable=False, default="")
    confidence = Column(Float)
    answer = Column(Text, nullable=False, default="")  # what the assistant replied
    status = Column(String(16), nullable=False, default=ReviewStatus.OPEN.value, index=True)
    resolution = Column(String(200), nullable=False, default="")  # dismissed, added to ...
    resolved_by = Column(String(200))
    resolved_at = Column(DateTime)


class StaffUser(Base):
    """A staff member who can sign in to the console; the password is only stored hashed."""

    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), nullable=False, unique=True)
    password_hash = Column(String(300), nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    created_by = Column(String(200), nullable=False, default="")
    disabled = Column(Boolean, nullable=False, default=False)
    last_login_at = Column(DateTime)


class StaffRole(Base):
    """A role granted to a staff account; `clinician` may sign off FAQ answers.

    A table of its own rather than a column on staff_users: one account, several roles.
    """

    __tablename__ = "staff_roles"
    __table_args__ = (UniqueConstraint("username", "role"),)

    id = Column(Integer, primary_key=True)
    username = Column(String(64), nullable=False, index=True)
    role = Column(String(32), nullable=False)
    granted_by = Column(String(200), nullable=False, default="")
    granted_at = Column(DateTime, nullable=False, default=utcnow)


class StaffSession(Base):
    """A signed-in console session; the browser holds the token, we keep only its hash."""

    __tablename__ = "staff_sessions"

    id = Column(Integer, primary_key=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    user_id = Column(Integer, ForeignKey("staff_users.id"), nullable=False, index=True)
    csrf_token = Column(String(64), nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    last_seen_at = Column(DateTime, nullable=False, default=utcnow)
    expires_at = Column(DateTime, nullable=False, index=True)  # idle expiry, moves on use
    absolute_expires_at = Column(DateTime, nullable=False)
    ended_at = Column(DateTime)
    ip = Column(String(64), nullable=False, default="")
    user = relationship("StaffUser", lazy="joined")


class LoginAttempt(Base):
    """One sign-in attempt, for the lock-out after repeated failures."""

    __tablename__ = "login_attempts"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime, nullable=False, default=utcnow, index=True)
    username = Column(String(64), nullable=False, index=True)
    ip = Column(String(64), nullable=False, default="", index=True)
    succeeded = Column(Boolean, nullable=False, default=False)


class AuditEntry(Base):
    """Who changed what and when (console and command line)."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime, nullable=False, default=utcnow, index=True)
    actor = Column(String(200), nullable=False)
    action = Column(String(64), nullable=False, index=True)
    target = Column(String(200), nullable=False, default="", index=True)
    detail = Column(Text, nullable=False, default="")


class TrainingRun(Base):
    """One retrain: its steps, the gates' verdicts and whether the model went live."""

    __tablename__ = "training_runs"

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    requested_by = Column(String(200), nullable=False)
    trigger = Column(String(32), nullable=False, default="cli")  # console, cli, launcher
    status = Column(String(16), nullable=False, default=RunStatus.QUEUED.value, index=True)
    step = Column(String(32), nullable=False, default="")
    step_started_at = Column(DateTime)
    started_at = Column(DateTime)
    finished_at = Column(DateTime)
    pid = Column(Integer)
    model_path = Column(Text, nullable=False, default="")
    steps = Column(Text, nullable=False, default="[]")  # JSON list of step records
    gates = Column(Text, nullable=False, default="[]")  # JSON list of gate results
    error = Column(Text, nullable=False, default="")


class ModelPublication(Base):
    """A model going live; the newest row not rolled back is the live model."""

    __tablename__ = "model_publications"

    id = Column(Integer, primary_key=True)
    published_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    model_path = Column(Text, nullable=False)
    etag = Column(String(128), nullable=False)
    published_by = Column(String(200), nullable=False)
    reason = Column(String(32), nullable=False)  # first start, retrain, rollback, operator
    run_id = Column(Integer, ForeignKey("training_runs.id"))
    rolled_back_at = Column(DateTime)
    confirmed_at = Column(DateTime)  # when the Rasa server was seen running it
