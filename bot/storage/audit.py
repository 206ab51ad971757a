"""The audit log: who changed what and when, from the console and the command line."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from bot.storage.db import Database
from bot.storage.models import AuditEntry


class AuditLog:
    """Appends and lists audit entries; entries are never changed or deleted."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def record(self, actor: str, action: str, target: str = "", **detail: Any) -> AuditEntry:
        """Records one change; `detail` is stored as JSON."""
        entry = AuditEntry(
            actor=actor,
            action=action,
            target=target,
            detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else "",
        )
        with self.database.session() as session:
            session.add(entry)
        return entry

    def recent(
        self, limit: int = 100, target: str | None = None, action_prefix: str | None = None
    ) -> list[AuditEntry]:
        """Newest first, optionally only for one target or one family of actions."""
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if target is not None:
            query = query.where(AuditEntry.target == target)
        if action_prefix is not None:
            query = query.where(AuditEntry.action.startswith(action_prefix))
        with self.database.session() as session:
            return list(session.execute(query).scalars())

    def last_changes(self, targets: list[str]) -> dict[str, AuditEntry]:
        """The newest entry for each of `targets` that has one."""
        if not targets:
            return {}
        query = (
            select(AuditEntry).where(AuditEntry.target.in_(targets)).order_by(AuditEntry.id.desc())
        )
        found: dict[str, AuditEntry] = {}
        with self.database.session() as session:
            for entry in session.execute(query).scalars():
                found.setdefault(entry.target, entry)
        return found


def detail_of(entry: AuditEntry) -> dict[str, Any]:
    """The decoded detail of an entry (empty if none)."""
    return json.loads(entry.detail) if entry.detail else {}
