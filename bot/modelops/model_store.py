"""Which model is live: publishing, rolling back, and what the model server hands out.

The Rasa server never loads a model file itself. It pulls the live model from the staff
console's model endpoint (`models:` in the rendered endpoints, Rasa's own model-server
mechanism), sending the ETag of the model it runs; the endpoint answers 304 until another
model is published, then sends the new file, which Rasa loads in place without a restart.

The live model is the newest publication that has not been rolled back. Publications live
in the clinic database, so every process (console, `bot retrain`, `bot rollback`, the
launcher) agrees on it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from bot.settings import Settings
from bot.storage.db import Database
from bot.storage.models import ModelPublication, utcnow

logger = logging.getLogger(__name__)

TOKEN_FILE = "model_server.token"


@dataclass(frozen=True)
class LiveModel:
    """The published model as the model server sees it."""

    publication_id: int
    path: Path
    etag: str
    published_at: dt.datetime
    published_by: str
    reason: str
    run_id: int | None
    confirmed_at: dt.datetime | None

    @property
    def name(self) -> str:
        return self.path.name


def model_etag(path: Path) -> str:
    """An ETag for a model file: its name plus a hash of its size and modification time."""
    stat = path.stat()
    digest = hashlib.sha256(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return f'"{path.name.removesuffix(".tar.gz")}.{digest.hexdigest()[:10]}"'


def etag_matches(header: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names `etag` (quotes and weak markers ignored)."""
    if not header:
        return False
    wanted = etag.strip('"')
    for candidate in header.split(","):
        value = candidate.strip()
        value = value.removeprefix("W/").strip('"')
        if value == wanted or value == "*":
            return True
    return False


def model_server_token(settings: Settings) -> str:
    """The shared secret the Rasa server sends when it pulls a model (created once)."""
    path = settings.var_dir / "run" / TOKEN_FILE
    if path.is_file():
        token = path.read_text().strip()
        if token:
            return token
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(token)
    return token


def model_server_url(settings: Settings) -> str:
    """Where the Rasa server pulls the live model from."""
    return f"http://127.0.0.1:{settings.admin_port}/model"


def model_server_endpoint(settings: Settings) -> dict[str, object]:
    """The `models:` entry of the Rasa server's endpoints."""
    return {
        "url": model_server_url(settings),
        "token": model_server_token(settings),
        "token_name": "token",
        "wait_time_between_pulls": max(1, settings.model_pull_seconds),
    }


class ModelStore:
    """Publishes models, rolls back, and tells which model is live."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @classmethod
    def from_settings(cls) -> ModelStore:
        return cls(Database.from_settings())

    def live(self) -> LiveModel | None:
        """The live model, or None when nothing was ever published."""
        with self.database.session() as session:
            row = self._live_row(session)
            return _as_live(row) if row is not None else None

    @staticmethod
    def _live_row(session) -> ModelPublication | None:
        """The newest publication: every publication, a rollback too, makes a model live."""
        return session.execute(
            select(ModelPublication).order_by(ModelPublication.id.desc()).limit(1)
        ).scalar_one_or_none()

    def publish(self, path: Path, by: str, reason: str, run_id: int | None = None) -> LiveModel:
        """Makes `path` the live model; the Rasa server picks it up on its next pull."""
        path = Path(path).resolve()
        if not path.is_file():
            raise FileNotFoundError(f"no model file at {path}")
        row = ModelPublication(
            model_path=str(path),
            etag=model_etag(path),
            published_by=by,
            reason=reason,
            run_id=run_id,
        )
        with self.database.session() as session:
            session.add(row)
        logger.info("Published %s (%s, by %s)", path.name, reason, by)
        return _as_live(row)

    def rollback_target(self) -> ModelPublication | None:
        """The publication a rollback returns to: the model live before the current one.

        Publications form a stack: publishing pushes, a rollback pops back to the model it
        restores. Repeated rollbacks therefore step further back; models whose file is
        gone are skipped.
        """
        with self.database.session() as session:
            rows = list(
                session.execute(select(ModelPublication).order_by(ModelPublication.id)).scalars()
            )
        stack: list[ModelPublication] = []
        for row in rows:
            if row.reason == "rollback":
                while stack and stack[-1].model_path != row.model_path:
                    stack.pop()
            else:
                stack.append(row)
        if not stack:
            return None
        current = rows[-1].model_path
        earlier = [row for row in stack if row.model_path != current]
        return next((r for r in reversed(earlier) if Path(r.model_path).is_file()), None)

    def rollback(self, by: str) -> LiveModel:
        """Puts the previous live model back; the current one is marked rolled back.

        Raises:
            LookupError: there is no earlier model (or its file is gone).
        """
        target = self.rollback_target()
        if target is None:
            raise LookupError("there is no earlier model to roll back to")
        with self.database.session() as session:
            current = self._live_row(session)
            if current is not None:
                current.rolled_back_at = utcnow()
        return self.publish(Path(target.model_path), by, "rollback", target.run_id)

    def confirm(self, publication_id: int) -> bool:
        """Records that the Rasa server runs this publication's model (first time only)."""
        with self.database.session() as session:
            row = session.get(ModelPublication, publication_id)
            if row is None or row.confirmed_at is not None:
                return False
            row.confirmed_at = utcnow()
            return True

    def history(self, limit: int = 20) -> list[ModelPublication]:
        """Publications, newest first."""
        with self.database.session() as session:
            query = select(ModelPublication).order_by(ModelPublication.id.desc()).limit(limit)
            return list(session.execute(query).scalars())


def _as_live(row: ModelPublication) -> LiveModel:
    return LiveModel(
        publication_id=row.id,
        path=Path(row.model_path),
        etag=row.etag,
        published_at=row.published_at,
        published_by=row.published_by,
        reason=row.reason,
        run_id=row.run_id,
        confirmed_at=row.confirmed_at,
    )
