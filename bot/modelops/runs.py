"""Retrain runs as staff see them: the `training_runs` records, their steps, the lock.

`RunRecorder` writes a run's progress step by step (the console shows it live, `bot
retrain` prints it); `retrain_lock` makes sure two retrains never run at once. May
import: `bot.storage`, `bot.common.processes` and, for types, `bot.modelops.gates`.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.common.processes import pid_alive
from bot.storage.db import Database
from bot.storage.models import RunStatus, TrainingRun, utcnow

if TYPE_CHECKING:
    from bot.modelops.gates import GateResult

STEPS: tuple[tuple[str, str], ...] = (
    ("validate", "Validate the training data"),
    ("gate_examples", "Gate: no red flags in FAQ examples"),
    ("train", "Train the model"),
    ("gate_stories", "Gate: test stories"),
    ("gate_red_flags", "Gate: red-flag suite"),
    ("gate_heldout", "Gate: held-out FAQ accuracy"),
    ("publish", "Publish"),
)


STEP_TITLES = dict(STEPS)


LOCK_FILE = ".retrain.lock"


ACTIVE = RunStatus.active()


class RetrainBusy(RuntimeError):
    """Another retrain holds the lock."""


class RunRecorder:
    """Writes a run's progress to the database (and echoes it, for the command line)."""

    def __init__(
        self, database: Database, run_id: int, echo: Callable[[str], None] | None = None
    ) -> None:
        self.database = database
        self.run_id = run_id
        self.echo = echo
        self.steps: list[dict[str, Any]] = [
            {"name": name, "title": title, "status": "pending"} for name, title in STEPS
        ]
        self.gates: list[dict[str, Any]] = []
        self._started: dict[str, float] = {}
        self._run_started = time.monotonic()

    def update(self, **values: Any) -> None:
        with self.database.session() as session:
            run = session.get(TrainingRun, self.run_id)
            for key, value in values.items():
                setattr(run, key, value)
            run.steps = json.dumps(self.steps, default=str)
            run.gates = json.dumps(self.gates, default=str)

    def _step(self, name: str) -> dict[str, Any]:
        return next(s for s in self.steps if s["name"] == name)

    def start(self, name: str) -> None:
        step = self._step(name)
        step.update(status="running", started_at=utcnow().isoformat())
        self._started[name] = time.monotonic()
        self.update(step=name, step_started_at=utcnow())
        self.say(f"[{self._elapsed()}] {STEP_TITLES[name]}...")

    def finish(self, name: str, status: str, detail: str = "") -> None:
        step = self._step(name)
        seconds = time.monotonic() - self._started.get(name, time.monotonic())
        step.update(
            status=status,
            finished_at=utcnow().isoformat(),
            seconds=round(seconds, 1),
            detail=detail,
        )
        self.update()
        self.say(
            f"[{self._elapsed()}]   {status} ({seconds:.0f} s){': ' + detail if detail else ''}"
        )

    def gate(self, result: GateResult) -> None:
        self.gates.append(asdict(result))
        self.finish(result.name, "passed" if result.passed else "failed", result.summary)
        for line in result.details[:10]:
            self.say(f"      {line}")

    def skip_rest(self) -> None:
        for step in self.steps:
            if step["status"] in ("pending", "running"):
                step["status"] = "skipped"
        self.update()

    def _elapsed(self) -> str:
        seconds = int(time.monotonic() - self._run_started)
        return f"{seconds // 60:02d}:{seconds % 60:02d}"

    def say(self, line: str) -> None:
        if self.echo is not None:
            self.echo(line)


def create_run(database: Database, requested_by: str, trigger: str) -> int:
    """A queued run; returns its id."""
    run = TrainingRun(requested_by=requested_by, trigger=trigger, status=RunStatus.QUEUED)
    with database.session() as session:
        session.add(run)
    return run.id


def active_run(database: Database) -> TrainingRun | None:
    """The queued or running retrain whose process is still alive, if any."""
    from sqlalchemy import select

    with database.session() as session:
        runs = session.execute(
            select(TrainingRun).where(TrainingRun.status.in_(ACTIVE)).order_by(TrainingRun.id)
        ).scalars()
        for run in runs:
            if run.pid is None and (utcnow() - run.created_at).total_seconds() < 60:
                return run  # just queued; its process is starting
            if run.pid is not None and pid_alive(run.pid):
                return run
            run.status = RunStatus.INTERRUPTED
            run.finished_at = run.finished_at or utcnow()
            run.error = run.error or "the retrain process stopped unexpectedly"
    return None


@contextlib.contextmanager
def retrain_lock(models_dir: Path) -> Iterator[None]:
    """Held for a whole retrain.

    Raises:
        RetrainBusy: another retrain holds it.
    """
    models_dir.mkdir(parents=True, exist_ok=True)
    with (models_dir / LOCK_FILE).open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise RetrainBusy("another retrain is running") from error
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def mark_stale_runs(database: Database, own_id: int) -> None:
    """Runs still marked running while we hold the lock died without finishing."""
    from sqlalchemy import update

    with database.session() as session:
        session.execute(
            update(TrainingRun)
            .where(TrainingRun.status == RunStatus.RUNNING, TrainingRun.id != own_id)
            .values(
                status=RunStatus.INTERRUPTED, finished_at=utcnow(), error="stopped unexpectedly"
            )
        )
