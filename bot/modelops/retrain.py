"""Retraining with safety gates: validate, train, gate, and only then publish.

The steps of a run, recorded in the `training_runs` table as they happen (the console
shows them live; `bot retrain` prints them):

1. `validate`: `rasa data validate --fail-on-warnings` and the content rules of every topic.
2. `gate_examples`: no FAQ example is an emergency or urgent message to the red-flag
   detector (checked before training because it needs no model).
3. `train`: `bot.modelops.training.ensure_model` (a model for this exact data is reused).
4. `gate_stories`: every test story passes on the new model (the evaluation `rasa test
   core --e2e` runs, in process); stories about topics the data no longer has are left out.
5. `gate_red_flags`: the new model's parses of the labelled red-flag suite flag every
   dangerous case (100% recall) and triage none of them lower than the live model does.
6. `gate_heldout`: held-out FAQ answer accuracy falls by at most 2 points (the setting
   RETRAIN_MAX_ACCURACY_DROP) against the live model, both measured on the held-out
   questions whose topic the new model has.
7. `publish`: the model becomes the live model (`bot.modelops.model_store`).

A run ends `published`, `rejected` (a gate failed), `unchanged` (the data gives the model
that is already live), `failed` (an error, e.g. invalid data), `busy` (another retrain
held the lock) or `interrupted` (its process died).

Every model gate runs even when an earlier one failed, so staff see every reason at
once. A model that fails a gate stays in the models folder for inspection and never goes
live. A file lock in the models folder makes sure two retrains never run at once.
Every location (training root, models, config, held-out set, stories, red-flag suite) is
a parameter, so tests run the whole pipeline on a copy of the data.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.common.processes import pid_alive
from bot.settings import PROJECT_ROOT, Settings
from bot.storage.db import Database, TrainingRun, utcnow

logger = logging.getLogger(__name__)

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
MAX_ACCURACY_DROP = 0.02
# Examples at these tiers would teach the classifier to answer a dangerous message.
BLOCKING_EXAMPLE_TIERS = ("emergency", "urgent")
LOCK_FILE = ".retrain.lock"
ACTIVE = ("queued", "running")


@dataclass(frozen=True)
class RetrainPaths:
    """Everything a retrain reads and writes."""

    root: Path  # config.yml, domain.yml and data/
    models_dir: Path
    config: Path
    heldout: Path
    stories: Path
    red_flag_cases: Path
    endpoints: Path  # for `rasa test core` (the response generator)
    work_dir: Path  # logs and reports, one folder per run
    # The held-out gate's tolerance (RETRAIN_MAX_ACCURACY_DROP).
    max_accuracy_drop: float = MAX_ACCURACY_DROP

    @classmethod
    def from_settings(cls, settings: Settings) -> RetrainPaths:
        root = settings.training_root
        return cls(
            root=root,
            models_dir=settings.models_dir,
            config=root / "config.yml",
            heldout=PROJECT_ROOT / "eval" / "faq_heldout.yml",
            stories=PROJECT_ROOT / "eval" / "test_stories.yml",
            red_flag_cases=PROJECT_ROOT / "data" / "safety" / "red_flag_cases.yml",
            endpoints=PROJECT_ROOT / "endpoints.yml",
            work_dir=settings.var_dir / "retrain",
            max_accuracy_drop=settings.retrain_max_accuracy_drop,
        )

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def domain(self) -> Path:
        return self.root / "domain" if (self.root / "domain").is_dir() else self.root / "domain.yml"


@dataclass
class GateResult:
    """A gate's verdict: passed or not, one line for staff, and the details."""

    name: str
    passed: bool
    summary: str
    details: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)


class RetrainBusy(RuntimeError):
    """Another retrain holds the lock."""


# -- the gates' judgements (pure functions, unit-tested) ------------------------------


def judge_examples(flagged: Sequence[tuple[str, str, str]]) -> GateResult:
    """The example gate over (example, tier, reasons) the detector flagged.

    Emergency and urgent examples fail the gate; `soon` ones are listed as warnings (the
    safety screen still escalates such messages at run time, whatever the classifier says).
    """
    blocking = [f for f in flagged if f[1] in BLOCKING_EXAMPLE_TIERS]
    others = [f for f in flagged if f[1] not in BLOCKING_EXAMPLE_TIERS]
    details = [f"{example!r} is flagged {tier}: {reasons}" for example, tier, reasons in blocking]
    warnings = [f"{example!r} is flagged {tier}: {reasons}" for example, tier, reasons in others]
    if blocking:
        summary = f"{len(blocking)} FAQ example(s) describe an emergency or urgent red flag"
    else:
        summary = "no FAQ example describes an emergency or urgent red flag"
    return GateResult("gate_examples", not blocking, summary, details, warnings)


def red_flag_outcome(parse: dict[str, Any]) -> str | None:
    """The tier the assistant escalates a parsed message at, or None if it does not.

    The verdict is read as every other reader reads it (`bot.safety.verdict`), so a
    `soon` finding kept with the patient's answer counts; a finding whose tier the gate
    does not know is "unknown", which fails the gate rather than passing as a tier.
    """
    from bot.safety.verdict import TIER_RANK, verdict_from_parse_data

    if any(f.get("tier") not in TIER_RANK for f in parse.get("red_flags") or []):
        return "unknown"
    return verdict_from_parse_data(parse).tier


def under_triaged(cases: Sequence[dict[str, Any]], outcomes: Sequence[str | None]) -> set[str]:
    """Texts of dangerous cases escalated at a less strict tier than labelled."""
    from bot.safety.detector import TIER_RANK

    found = set()
    for case, tier in zip(cases, outcomes, strict=True):
        expected = case["tier"]
        if expected == "none" or tier is None:
            continue
        if tier not in TIER_RANK or TIER_RANK[tier] > TIER_RANK[expected]:
            found.add(case["text"])
    return found


def judge_red_flags(
    cases: Sequence[dict[str, Any]],
    candidate: Sequence[str | None],
    live_under_triaged: set[str] | None,
) -> GateResult:
    """The red-flag suite gate: 100% recall, and no under-triage the live model lacks.

    Args:
        cases: the labelled suite (`text`, `tier`).
        candidate: the tier the new model escalates each case at (None: not escalated).
        live_under_triaged: texts the live model under-triages; None without a live model.
    """
    live = live_under_triaged
    positives = [(c, t) for c, t in zip(cases, candidate, strict=True) if c["tier"] != "none"]
    missed = [c["text"] for c, t in positives if t is None]
    recall = (len(positives) - len(missed)) / len(positives) if positives else 1.0
    lower = under_triaged(cases, candidate)
    baseline = live or set()
    new_lower = sorted(lower - baseline)
    false_alarms = sum(
        1 for c, t in zip(cases, candidate, strict=True) if c["tier"] == "none" and t
    )
    details = [f"missed: {text!r}" for text in missed]
    details += [f"under-triaged (new): {text!r}" for text in new_lower]
    warnings = [
        f"under-triaged, as by the live model: {text!r}" for text in sorted(lower & baseline)
    ]
    passed = not missed and not new_lower
    summary = f"recall {recall:.1%} on {len(positives)} dangerous messages"
    summary += f", {len(new_lower)} newly under-triaged" if live is not None else ""
    summary += f", {len(lower)} under-triaged" if live is None else ""
    summary += f" ({false_alarms} of {len(cases) - len(positives)} safe messages escalated)"
    metrics = {
        "recall": round(recall, 4),
        "missed": len(missed),
        "under_triaged": len(lower),
        "new_under_triaged": len(new_lower),
        "false_alarms": false_alarms,
    }
    return GateResult("gate_red_flags", passed, summary, details, warnings, metrics)


def faq_accuracy(expected: Sequence[str], outcomes: Sequence[str]) -> float | None:
    """Share of held-out FAQ questions given exactly the expected topic's answer."""
    if not expected:
        return None
    return sum(e == o for e, o in zip(expected, outcomes, strict=True)) / len(expected)


def judge_heldout(
    expected: Sequence[str],
    candidate: Sequence[str],
    live: Sequence[str] | None,
    max_drop: float = MAX_ACCURACY_DROP,
) -> GateResult:
    """The held-out gate: accuracy falls by at most `max_drop` against the live model."""
    new = faq_accuracy(expected, candidate)
    if new is None:
        return GateResult("gate_heldout", True, "no held-out FAQ questions for these topics")
    metrics: dict[str, Any] = {"candidate": round(new, 4), "messages": len(expected)}
    if live is None:
        summary = f"accuracy {new:.1%} on {len(expected)} questions (no live model to compare)"
        return GateResult("gate_heldout", True, summary, metrics=metrics)
    old = faq_accuracy(expected, live) or 0.0
    drop = old - new
    metrics.update(live=round(old, 4), drop=round(drop, 4))
    passed = drop <= max_drop + 1e-9
    summary = (
        f"accuracy {new:.1%} vs {old:.1%} live on {len(expected)} questions "
        f"({-drop:+.1%}; at most -{max_drop:.0%} allowed)"
    )
    details = [] if passed else [f"accuracy fell by {drop:.1%}, more than {max_drop:.0%}"]
    lost = [
        f"{e}: now {c} (was right)"
        for e, c, o in zip(expected, candidate, live, strict=True)
        if o == e and c != e
    ]
    return GateResult("gate_heldout", passed, summary, details, lost[:20], metrics)


# -- recording progress ----------------------------------------------------------------


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


# -- runs --------------------------------------------------------------------------------


def create_run(database: Database, requested_by: str, trigger: str) -> int:
    """A queued run; returns its id."""
    run = TrainingRun(requested_by=requested_by, trigger=trigger, status="queued")
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
            run.status = "interrupted"
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


def run_retrain(
    paths: RetrainPaths,
    database: Database,
    requested_by: str,
    trigger: str = "cli",
    run_id: int | None = None,
    echo: Callable[[str], None] | None = None,
    env: dict[str, str] | None = None,
) -> TrainingRun:
    """Runs the whole pipeline once and returns the finished run record."""
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    if run_id is None:
        run_id = create_run(database, requested_by, trigger)
    recorder = RunRecorder(database, run_id, echo)
    try:
        with retrain_lock(paths.models_dir):
            recorder.update(status="running", pid=os.getpid(), started_at=utcnow())
            _mark_stale_runs(database, run_id)
            _pipeline(paths, database, recorder, requested_by, env)
    except RetrainBusy:
        recorder.skip_rest()
        recorder.update(
            status="busy", finished_at=utcnow(), error="another retrain is running; try later"
        )
    except Exception as error:  # any failure ends the run; the live model stays
        logger.exception("Retrain #%s failed", run_id)
        recorder.skip_rest()
        recorder.update(status="failed", finished_at=utcnow(), error=str(error)[-4000:])
        recorder.say(f"Failed: {error}")
    with database.session() as session:
        return session.get(TrainingRun, run_id)


def _mark_stale_runs(database: Database, own_id: int) -> None:
    """Runs still marked running while we hold the lock died without finishing."""
    from sqlalchemy import update

    with database.session() as session:
        session.execute(
            update(TrainingRun)
            .where(TrainingRun.status == "running", TrainingRun.id != own_id)
            .values(status="interrupted", finished_at=utcnow(), error="stopped unexpectedly")
        )


def _pipeline(
    paths: RetrainPaths,
    database: Database,
    recorder: RunRecorder,
    requested_by: str,
    env: dict[str, str] | None,
) -> None:
    from bot.content.topics import load_topics
    from bot.modelops.model_store import ModelStore
    from bot.modelops.training import ensure_model

    work = paths.work_dir / f"run-{recorder.run_id}"
    work.mkdir(parents=True, exist_ok=True)
    store = ModelStore(database)

    recorder.start("validate")
    _validate(paths, work, env)
    topics = load_topics(paths.data_dir / "nlu" / "faq")
    recorder.finish("validate", "passed", f"{len(topics)} FAQ topics")

    recorder.start("gate_examples")
    examples = [example for topic in topics.values() for example in topic.examples]
    result = judge_examples(_flagged(examples))
    recorder.gate(result)
    if not result.passed:
        _reject(recorder, "a FAQ example describes a red flag; nothing was trained")
        return

    recorder.start("train")
    model = ensure_model(paths.root, paths.models_dir, paths.config)
    _copy_train_log(work)
    recorder.update(model_path=str(model))
    recorder.finish("train", "done", model.name)

    live_model = store.live()
    live_path = live_model.path if live_model and live_model.path.is_file() else None
    if live_path is not None and live_path.resolve() == model.resolve():
        recorder.skip_rest()
        recorder.update(
            status="unchanged",
            finished_at=utcnow(),
            error="the training data has not changed since the live model; nothing to publish",
        )
        recorder.say("Unchanged: this model is already live.")
        return

    cases = yaml.safe_load(paths.red_flag_cases.read_text())["cases"]
    # Held-out FAQ questions about topics the new model has (a retired topic's are left out).
    heldout = [
        m
        for m in _heldout_messages(paths.heldout)
        if m.expected.startswith("faq/") and m.expected.split("/", 1)[1] in topics
    ]
    case_texts = [c["text"] for c in cases]
    heldout_texts = [m.text for m in heldout]

    recorder.start("gate_stories")
    agent = _load_agent(model)  # loaded once for the stories, the suite and the held-out set
    recorder.gate(gate_stories(agent, paths, set(topics), work))

    recorder.start("gate_red_flags")
    candidate = model_outcomes(model, case_texts + heldout_texts, agent)
    del agent
    candidate_flags = [candidate[text][1] for text in case_texts]
    live_lower: set[str] | None = None if live_path is None else set()
    if live_path is not None and under_triaged(cases, candidate_flags):
        # Only then does the live model's own under-triage matter.
        live_cases = model_outcomes(live_path, case_texts)
        live_lower = under_triaged(cases, [live_cases[text][1] for text in case_texts])
    recorder.gate(judge_red_flags(cases, candidate_flags, live_lower))

    recorder.start("gate_heldout")
    live_outcomes = None
    if live_path is not None:
        live_heldout = model_outcomes(live_path, heldout_texts)
        live_outcomes = [live_heldout[text][0] for text in heldout_texts]
    candidate_outcomes = [candidate[text][0] for text in heldout_texts]
    expected = [m.expected for m in heldout]
    recorder.gate(
        judge_heldout(expected, candidate_outcomes, live_outcomes, paths.max_accuracy_drop)
    )

    failed = [g for g in recorder.gates if not g["passed"]]
    if failed:
        names = ", ".join(STEP_TITLES[g["name"]].removeprefix("Gate: ") for g in failed)
        _reject(recorder, f"failed gate(s): {names}; the model is kept but not published")
        return

    recorder.start("publish")
    published = store.publish(model, requested_by, "retrain", recorder.run_id)
    from bot.storage.audit import AuditLog

    AuditLog(database).record(
        requested_by, "model_published", "model", model=published.name, run=recorder.run_id
    )
    recorder.finish("publish", "done", f"{published.name} is live")
    recorder.update(status="published", finished_at=utcnow(), step="")


def _reject(recorder: RunRecorder, why: str) -> None:
    recorder.skip_rest()
    recorder.update(status="rejected", finished_at=utcnow(), error=why, step="")
    recorder.say(f"Rejected: {why}")


def _validate(paths: RetrainPaths, work: Path, env: dict[str, str] | None) -> None:
    from bot.content.topics import STAFF_MIN_EXAMPLES, load_topics, problems

    command = [
        sys.executable,
        "-m",
        "rasa",
        "data",
        "validate",
        "--fail-on-warnings",
        "--domain",
        str(paths.domain),
        "--data",
        str(paths.data_dir),
        "--config",
        str(paths.config),
    ]
    _run_logged(command, paths.root, work / "validate.log", env, "rasa data validate")
    topics = load_topics(paths.data_dir / "nlu" / "faq")
    found = [
        f"{name}: {problem}"
        for name, topic in topics.items()
        for problem in problems(topic, set(topics), STAFF_MIN_EXAMPLES)
    ]
    if found:
        raise RuntimeError("content rules: " + "; ".join(found[:10]))


def _run_logged(
    command: list[str], cwd: Path, log_path: Path, env: dict[str, str] | None, what: str
) -> int:
    with log_path.open("w") as log:
        code = subprocess.run(
            command, cwd=cwd, env=env or _child_env(), stdout=log, stderr=subprocess.STDOUT
        ).returncode
    if code != 0 and what:
        tail = log_path.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{what} failed (log: {log_path}):\n{tail}")
    return code


def _child_env() -> dict[str, str]:
    from bot.modelops.runtime_config import process_environment
    from bot.settings import get_settings

    return process_environment(get_settings())


def _flagged(examples: Sequence[str]) -> list[tuple[str, str, str]]:
    from bot.content.faq_store import flagged_examples

    return [
        (example, verdict.split(":", 1)[0], verdict.split(": ", 1)[1])
        for example, verdict in flagged_examples(list(examples))
    ]


def _copy_train_log(work: Path) -> None:
    from bot.settings import get_settings

    log = get_settings().var_dir / "train.log"
    if log.is_file():
        shutil.copy(log, work / "train.log")


def gate_stories(agent: Any, paths: RetrainPaths, topics: set[str], work: Path) -> GateResult:
    """Runs the test stories (those about topics the model has) on the loaded model.

    The same evaluation as `rasa test core --e2e`, in this process so the model is loaded
    once for every gate; every failing story is reported, not just the first.
    """
    import asyncio

    from rasa.core.test import test as test_stories

    content = yaml.safe_load(paths.stories.read_text())
    stories = content.get("stories") or []
    kept = [s for s in stories if _story_topics(s) <= topics]
    left_out = [s["story"] for s in stories if s not in kept]
    stories_file = work / "test_stories.yml"
    stories_file.write_text(yaml.safe_dump({**content, "stories": kept}, sort_keys=False))
    out = work / "stories"
    out.mkdir(parents=True, exist_ok=True)
    asyncio.run(
        test_stories(
            str(stories_file), agent, out_directory=str(out), e2e=True, disable_plotting=True
        )
    )
    failed_content = yaml.safe_load((out / "failed_test_stories.yml").read_text()) or {}
    failed = [s.get("story", "?") for s in failed_content.get("stories") or []]
    warnings = [f"left out (topic no longer exists): {name}" for name in left_out]
    if not failed:
        return GateResult("gate_stories", True, f"all {len(kept)} test stories pass", [], warnings)
    details = [f"failed: {name}" for name in failed]
    summary = f"{len(failed)} of {len(kept)} test stories fail"
    return GateResult("gate_stories", False, summary, details, warnings)


def _story_topics(story: dict[str, Any]) -> set[str]:
    return {
        str(step["intent"]).split("/", 1)[1]
        for step in story.get("steps") or []
        if str(step.get("intent", "")).startswith("faq/")
    }


def _heldout_messages(path: Path):
    from bot.modelops.evaluation import load_faq_heldout

    return load_faq_heldout(path)


def _load_agent(model: Path) -> Any:
    from rasa.core.agent import Agent

    _quiet_rasa_logs()
    return Agent.load(str(model))


def model_outcomes(
    model: Path, texts: Sequence[str], agent: Any = None
) -> dict[str, tuple[str, str | None]]:
    """What `model` does with each text: (`bot.modelops.evaluation.outcome`, escalation tier).

    Results are cached beside the model (`<model>.outcomes.json`, keyed by its ETag), so the
    live model, measured when it was the candidate, need not be loaded again.
    """
    import asyncio

    from bot.modelops.evaluation import outcome
    from bot.modelops.model_store import model_etag

    cache_path = model.with_name(model.name.removesuffix(".tar.gz") + ".outcomes.json")
    etag = model_etag(model)
    cache: dict[str, Any] = {}
    if cache_path.is_file():
        with contextlib.suppress(ValueError):
            stored = json.loads(cache_path.read_text())
            cache = stored.get("outcomes", {}) if stored.get("etag") == etag else {}
    missing = [text for text in dict.fromkeys(texts) if text not in cache]
    if missing:
        agent = agent or _load_agent(model)
        parses = asyncio.run(_parse_all(agent, missing))
        for text, parse in zip(missing, parses, strict=True):
            cache[text] = [outcome(parse), red_flag_outcome(parse)]
        cache_path.write_text(json.dumps({"etag": etag, "outcomes": cache}))
    return {text: (cache[text][0], cache[text][1]) for text in texts}


async def _parse_all(agent: Any, texts: Sequence[str]) -> list[dict[str, Any]]:
    return [await agent.parse_message(text) for text in texts]


def _quiet_rasa_logs() -> None:
    with contextlib.suppress(Exception):
        from rasa.utils.log_utils import configure_structlog

        configure_structlog(logging.WARNING)
