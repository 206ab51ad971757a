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

The gates' judgements are in `bot.modelops.gates`, the run records and the lock in
`bot.modelops.runs`; this module is the pipeline that strings them together.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.common.yaml_files import load_yaml
from bot.modelops.gates import (
    MAX_ACCURACY_DROP,
    flagged_examples,
    gate_stories,
    heldout_messages,
    judge_examples,
    judge_heldout,
    judge_red_flags,
    load_agent,
    model_outcomes,
    under_triaged,
)
from bot.modelops.runs import (
    STEP_TITLES,
    RetrainBusy,
    RunRecorder,
    create_run,
    mark_stale_runs,
    retrain_lock,
)
from bot.settings import PROJECT_ROOT, Settings
from bot.storage.db import Database
from bot.storage.models import RunStatus, TrainingRun, utcnow

if TYPE_CHECKING:  # for the annotation only; `_pipeline` imports it where it is used
    from bot.modelops.model_store import ModelStore

logger = logging.getLogger(__name__)


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
            recorder.update(status=RunStatus.RUNNING, pid=os.getpid(), started_at=utcnow())
            mark_stale_runs(database, run_id)
            _pipeline(paths, database, recorder, requested_by, env)
    except RetrainBusy:
        recorder.skip_rest()
        recorder.update(
            status=RunStatus.BUSY,
            finished_at=utcnow(),
            error="another retrain is running; try later",
        )
    except Exception as error:  # any failure ends the run; the live model stays
        logger.exception("Retrain #%s failed", run_id)
        recorder.skip_rest()
        recorder.update(status=RunStatus.FAILED, finished_at=utcnow(), error=str(error)[-4000:])
        recorder.say(f"Failed: {error}")
    with database.session() as session:
        return session.get(TrainingRun, run_id)


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
    validation = _start_validation(paths, work, env)
    topics = load_topics(paths.data_dir / "nlu" / "faq")
    # While Rasa validates in its own process, on the other core: the examples gate,
    # which reads what the last training's detector reading already has.
    try:
        examples = [example for topic in topics.values() for example in topic.examples]
        result = judge_examples(flagged_examples(examples, _reading_cache(paths)))
    finally:
        _finish_validation(validation, paths)
    recorder.finish("validate", "passed", f"{len(topics)} FAQ topics")

    recorder.start("gate_examples")
    recorder.gate(result)
    if not result.passed:
        _reject(recorder, "a FAQ example describes a red flag; nothing was trained")
        return

    recorder.start("train")
    # While Rasa trains in its own process: the live model's parse of the held-out set,
    # which the held-out gate compares with the new model's.
    head_start = threading.Thread(
        target=_parse_heldout_with_live_model, args=(paths, store, topics), daemon=True
    )
    head_start.start()
    model = ensure_model(paths.root, paths.models_dir, paths.config, validated=True)
    head_start.join()
    _copy_train_log(work)
    recorder.update(model_path=str(model))
    recorder.finish("train", "done", model.name)

    live_model = store.live()
    live_path = live_model.path if live_model and live_model.path.is_file() else None
    if live_path is not None and live_path.resolve() == model.resolve():
        recorder.skip_rest()
        recorder.update(
            status=RunStatus.UNCHANGED,
            finished_at=utcnow(),
            error="the training data has not changed since the live model; nothing to publish",
        )
        recorder.say("Unchanged: this model is already live.")
        return

    cases = load_yaml(paths.red_flag_cases)["cases"]
    heldout = _heldout(paths, topics)
    case_texts = [c["text"] for c in cases]
    heldout_texts = [m.text for m in heldout]

    recorder.start("gate_stories")
    agent = load_agent(model)  # loaded once for the stories, the suite and the held-out set
    recorder.gate(gate_stories(agent, paths.stories, set(topics), work))

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
    recorder.update(status=RunStatus.PUBLISHED, finished_at=utcnow(), step="")


def _heldout(paths: RetrainPaths, topics: Collection[str]) -> list[Any]:
    """Held-out FAQ questions about topics the new model has (a retired topic's are left
    out)."""
    return [
        m
        for m in heldout_messages(paths.heldout)
        if m.expected.startswith("faq/") and m.expected.split("/", 1)[1] in topics
    ]


def _parse_heldout_with_live_model(
    paths: RetrainPaths, store: ModelStore, topics: Collection[str]
) -> None:
    """Fills the live model's outcome cache for the held-out gate (`model_outcomes`
    keeps it beside the model); on any trouble the gate parses again itself."""
    live = store.live()
    if live is None or not live.path.is_file():
        return
    try:
        model_outcomes(live.path, [m.text for m in _heldout(paths, topics)])
    except Exception:  # noqa: BLE001 - only a head start; the gate reports real failures
        logger.warning("Could not parse the held-out set with the live model early", exc_info=True)


def _reading_cache(paths: RetrainPaths) -> Path:
    """The detector's reading of every training text, as the last training left it."""
    from bot.modelops.training import component_cache_dir
    from bot.safety.learned import READING_CACHE
    from bot.settings import get_settings

    return component_cache_dir(get_settings().var_dir, paths.config, paths.root) / READING_CACHE


def _reject(recorder: RunRecorder, why: str) -> None:
    recorder.skip_rest()
    recorder.update(status=RunStatus.REJECTED, finished_at=utcnow(), error=why, step="")
    recorder.say(f"Rejected: {why}")


@dataclass
class _Validation:
    process: subprocess.Popen[bytes]
    log_path: Path


def _start_validation(paths: RetrainPaths, work: Path, env: dict[str, str] | None) -> _Validation:
    """Starts `rasa data validate --fail-on-warnings` in its own process."""
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
    log_path = work / "validate.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            command, cwd=paths.root, env=env or _child_env(), stdout=log, stderr=subprocess.STDOUT
        )
    return _Validation(process, log_path)


def _finish_validation(validation: _Validation, paths: RetrainPaths) -> None:
    """Waits for Rasa's validation, then checks the content rules of every topic.

    Raises:
        RuntimeError: invalid data, with the end of Rasa's log, or a content rule broken.
    """
    from bot.content.topics import STAFF_MIN_EXAMPLES, load_topics, problems

    if validation.process.wait() != 0:
        tail = validation.log_path.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"rasa data validate failed (log: {validation.log_path}):\n{tail}")
    topics = load_topics(paths.data_dir / "nlu" / "faq")
    found = [
        f"{name}: {problem}"
        for name, topic in topics.items()
        for problem in problems(topic, set(topics), STAFF_MIN_EXAMPLES)
    ]
    if found:
        raise RuntimeError("content rules: " + "; ".join(found[:10]))


def _child_env() -> dict[str, str]:
    from bot.modelops.runtime_config import process_environment
    from bot.settings import get_settings

    return process_environment(get_settings())


def _copy_train_log(work: Path) -> None:
    from bot.settings import get_settings

    log = get_settings().var_dir / "train.log"
    if log.is_file():
        shutil.copy(log, work / "train.log")
