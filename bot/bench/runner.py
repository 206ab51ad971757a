"""`python -m bot bench` / `make bench`: the clinic assistant against a stock `rasa init` one.

In one run, on this machine:

1. Training: the clinic model is trained from a copy of config, domain and data with the
   project's own `bot.modelops.training.train` (full, then again after adding one NLU example); the
   stock assistant with `rasa init --no-prompt` (full), then `rasa train` after the same
   kind of change. Model size and `Agent.load` time of both.
2. Serving: the clinic assistant is started as `python -m bot run` does it (the e2e
   harness: launcher, action server, staff console, web process; free ports, a temporary
   VAR_DIR), the stock one with `rasa run` on other ports.
3. Load: `python -m bot.bench.load` in a second process, at 1, 8 and 32 simulated users,
   alternating between the two assistants level by level so that drifting machine load
   hits both alike. CPU time of the servers and of everything else on the machine is
   recorded for each run.
4. Peak memory (VmHWM) of the Rasa servers and the action server, red-flag detector time
   and MiniLM time per message, accuracy from `make eval` when reports/eval.json exists.

Writes reports/bench.json and reports/bench.md.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.bench import procs
from bot.bench.console_retrain import console_retrain_live
from bot.bench.flood import flood
from bot.bench.report import check_targets, render_markdown
from bot.bench.scenarios import BENCH_EMERGENCY_NUMBER
from bot.bench.stats import latency_summary, load_ratios
from bot.settings import PROJECT_ROOT, get_settings

logger = logging.getLogger(__name__)

LEVELS = (1, 8, 32)
STARTUP_SECONDS = 240
# An NLU-only change: one more example for an existing intent, in a file of its own.
EXTRA_NLU = 'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - hiya, bench here\n'


@dataclass
class Plan:
    levels: Sequence[int] = LEVELS
    duration_s: float = 20.0
    warmup_s: float = 3.0
    train: bool = True  # measure training (else serve the current model from models/)
    nlu_only: bool = True  # also time a training after an NLU-only change
    quick: bool = False

    @classmethod
    def quick_plan(cls) -> Plan:
        return cls(levels=(1, 8), duration_s=6.0, warmup_s=2.0, nlu_only=False, quick=True)


@dataclass
class Served:
    """A running assistant: its base URL, how to stop it, and its processes."""

    name: str
    base_url: str
    root_pid: int
    stop: Callable[[], Any]
    startup_s: float
    pids: dict[str, int] = field(default_factory=dict)
    admin_url: str = ""
    database_url: str = ""

    def all_pids(self) -> list[int]:
        return [self.root_pid, *procs.descendants(self.root_pid)]


def _python_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", **extra}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    return env


def _timed(function: Callable[[], Any]) -> tuple[float, Any]:
    started = time.monotonic()
    result = function()
    return round(time.monotonic() - started, 1), result


def _size_mb(path: Path) -> float:
    return round(path.stat().st_size / 2**20, 1)


# --- training ----------------------------------------------------------------------------


def _clinic_root(workdir: Path) -> Path:
    return workdir / "clinic-training"


def train_clinic(workdir: Path, nlu_only: bool) -> tuple[dict[str, Any], Path]:
    """Full training, and training after an NLU-only change, as `bot train` does them."""
    from bot.modelops.training import train

    root = _clinic_root(workdir)
    root.mkdir(parents=True)
    for name in ("config.yml", "domain.yml"):
        shutil.copy(PROJECT_ROOT / name, root / name)
    shutil.copytree(PROJECT_ROOT / "data", root / "data")
    models = workdir / "clinic-models"
    full_s, _ = _timed(lambda: train(root, models, "bench-full", root / "config.yml"))
    result: dict[str, Any] = {"full_s": full_s, "nlu_only_s": None}
    if nlu_only:
        (root / "data" / "nlu" / "bench_extra.yml").write_text(EXTRA_NLU)
        result["nlu_only_s"], _ = _timed(
            lambda: train(root, models, "bench-nlu", root / "config.yml")
        )
    return result, models / "bench-full.tar.gz"


def train_stock(workdir: Path, nlu_only: bool) -> tuple[dict[str, Any], Path]:
    """`rasa init --no-prompt` (which trains), then `rasa train` after an NLU-only change."""
    project = workdir / "stock"
    project.mkdir(parents=True)
    log = (workdir / "stock-train.log").open("w")

    def rasa(*args: str) -> None:
        command = [sys.executable, "-m", "rasa", *args]
        env = _python_env()
        subprocess.run(command, cwd=project, env=env, stdout=log, stderr=log, check=True)

    full_s, _ = _timed(lambda: rasa("init", "--no-prompt", "--init-dir", str(project)))
    model = max((project / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    result: dict[str, Any] = {"full_s": full_s, "nlu_only_s": None}
    if nlu_only:
        (project / "data" / "bench_extra.yml").write_text(EXTRA_NLU)
        result["nlu_only_s"], _ = _timed(lambda: rasa("train"))
    return result, model


def model_facts(model: Path) -> dict[str, Any]:
    """Size of the model file and the time `Agent.load` takes in a fresh process."""
    command = [sys.executable, "-m", "bot.bench.model_load", str(model)]
    output = subprocess.run(
        command, env=_python_env(), capture_output=True, text=True, check=True
    ).stdout
    timings = json.loads(output.strip().splitlines()[-1])
    return {"file": model.name, "size_mb": _size_mb(model), **timings}


# --- serving -----------------------------------------------------------------------------


def start_clinic(workdir: Path, model: Path) -> Served:
    """The assistant as `python -m bot run` starts it, through the e2e harness.

    Its answers are read from the bench's own copy of the project (`TRAINING_ROOT`), so
    the answer-edit measurement never touches the repository's files.
    """
    from bot.ops.sandbox import start_assistant

    root = _clinic_root(workdir)
    if not root.exists():
        shutil.copytree(PROJECT_ROOT / "data", root / "data")
        for name in ("config.yml", "domain.yml"):
            shutil.copy(PROJECT_ROOT / name, root / name)
    settings = {
        "EMERGENCY_NUMBER": BENCH_EMERGENCY_NUMBER,
        "TRAINING_ROOT": str(root),
        # The console's retrain writes here, and the Rasa server asks for a new model
        # every second (the default is 10 s).
        "MODELS_DIR": str(workdir / "clinic-models"),
        "MODEL_PULL_SECONDS": "1",
    }
    started = time.monotonic()
    # The VAR_DIR the model was trained in, as `make run` trains and then serves in one:
    # a retrain from the console finds the training caches a clinic's machine would have.
    assistant = start_assistant(workdir / "var", model, settings)
    served = Served(
        "clinic",
        assistant.base_url,
        assistant.process.pid,
        assistant.stop,
        round(time.monotonic() - started, 1),
        admin_url=assistant.admin_url,
        database_url=assistant.database_url,
    )
    for name, needles in (("rasa_server", ("rasa", "run")), ("action_server", ("action-server",))):
        pid = procs.find_process(assistant.process.pid, *needles)
        if pid is None:
            assistant.stop()
            raise RuntimeError(f"no {name} process under the launcher")
        served.pids[name] = pid
    return served


def start_stock(workdir: Path, model: Path) -> Served:
    """`rasa run` for the stock assistant, with its own credentials and endpoints."""
    from bot.ops.sandbox import free_port
    from bot.ops.supervisor import wait_until_up

    project = workdir / "stock"
    port = free_port()
    command = [
        *(sys.executable, "-m", "rasa", "run", "--model", str(model)),
        *("--interface", "127.0.0.1", "--port", str(port)),
        *("--credentials", str(project / "credentials.yml")),
        *("--endpoints", str(project / "endpoints.yml")),
    ]
    log = (workdir / "stock-run.log").open("w")
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=project, env=_python_env(), stdout=log, stderr=log)

    def stop() -> None:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base_url}/", process, STARTUP_SECONDS)
    except RuntimeError:
        stop()
        raise
    startup_s = round(time.monotonic() - started, 1)
    return Served("stock", base_url, process.pid, stop, startup_s, {"rasa_server": process.pid})


def smoke_test(served: Served) -> None:
    """One turn, so that the first measured turns do not pay for TensorFlow's tracing."""
    import requests

    for text in ("hello", "hello", "bye"):
        response = requests.post(
            f"{served.base_url}/webhooks/rest/webhook",
            json={"sender": f"bench-smoke-{served.name}", "message": text},
            timeout=60,
        )
        if response.status_code != 200 or not response.json():
            raise RuntimeError(f"{served.name} did not answer {text!r}: {response.text[:300]}")


# The answer edited by the answer-edit measurement, and a question that gets it.
EDITED_TOPIC = "heat_cold"
EDITED_QUESTION = "should i use heat or ice on a back spasm"
EDIT_MARKER = "(updated for the benchmark)"


def answer_edit_live(served: Served, workdir: Path, limit_s: float = 60.0) -> dict[str, Any]:
    """Seconds from saving a new answer text, as the console saves it, to the new text in
    a chat reply (no retraining: the response generator reads the topic file)."""
    import requests

    from bot.content.faq_store import FaqStore

    store = FaqStore(_clinic_root(workdir))
    topic = store.get(EDITED_TOPIC)
    started = time.monotonic()
    # Within the last sentence: the content rules limit how many sentences an answer has.
    text = topic.answer.rstrip()
    edited = (
        f"{text[:-1]} {EDIT_MARKER}{text[-1]}" if text[-1] in ".!?" else f"{text} {EDIT_MARKER}"
    )
    store.update_answer(EDITED_TOPIC, edited, topic.title, topic.sources)
    asked = 0
    while time.monotonic() - started < limit_s:
        asked += 1
        response = requests.post(
            f"{served.base_url}/webhooks/rest/webhook",
            json={"sender": f"bench-edit-{asked}", "message": EDITED_QUESTION},
            timeout=30,
        )
        if EDIT_MARKER in " ".join(str(m.get("text", "")) for m in response.json()):
            return {"live_s": round(time.monotonic() - started, 2), "questions": asked}
        time.sleep(0.2)
    return {"live_s": None, "questions": asked}


# --- load --------------------------------------------------------------------------------


def load_run(
    served: Served, idle: Served, users: int, plan: Plan, scenario: str, out: Path
) -> dict[str, Any]:
    """One load run from a second process, with the CPU time everyone spent meanwhile.

    `background_cores` is the CPU that processes other than both assistants and the load
    generator used during the run (other people's work on a shared machine).
    """
    pids = served.all_pids() + idle.all_pids()
    cpu_before = {pid: _cpu(pid) for pid in pids}
    busy_before, started = procs.machine_busy_seconds(), time.monotonic()
    command = [
        *(sys.executable, "-m", "bot.bench.load", "--url", served.base_url),
        *("--users", str(users), "--duration", str(plan.duration_s)),
        *("--warmup", str(plan.warmup_s), "--scenario", scenario, "--out", str(out)),
    ]
    subprocess.run(command, env=_python_env(), check=True)
    elapsed = time.monotonic() - started
    busy = procs.machine_busy_seconds() - busy_before
    summary = json.loads(out.read_text())
    spent = {pid: _cpu(pid) - before for pid, before in cpu_before.items()}
    server_cpu = sum(spent.get(pid, 0.0) for pid in served.pids.values())
    ours = sum(spent.values()) + summary["load_generator_cpu_s"]
    # Measured and warm-up turns both cost CPU: spread it over all turns of the run.
    all_turns = summary["turns"] * (plan.duration_s + plan.warmup_s) / plan.duration_s
    summary["server_cpu_ms_per_turn"] = round(1000 * server_cpu / max(1.0, all_turns), 1)
    summary["machine_busy_cores"] = round(busy / elapsed, 2)
    summary["background_cores"] = round(max(0.0, busy - ours) / elapsed, 2)
    summary["load_average_after"] = procs.load_average()
    return summary


def _cpu(pid: int) -> float:
    try:
        return procs.cpu_seconds(pid)
    except (OSError, IndexError, ValueError):
        return 0.0


# --- per message -------------------------------------------------------------------------


def detector_timing() -> dict[str, Any]:
    """The safety screen's time per message (patterns, context-free, learned layer) over
    every labelled message."""
    from bot.safety.corpus import load_cases
    from bot.safety.evaluation import RED_FLAG_SETS
    from bot.safety.learned import train_learned_layer
    from bot.safety.screen import build_screen

    texts = [
        case.text for path in RED_FLAG_SETS.values() if path.exists() for case in load_cases(path)
    ]
    screen = build_screen(train_learned_layer())
    screen.screen("warm-up")
    seconds = []
    for text in texts:
        started = time.perf_counter()
        screen.screen(text)
        seconds.append(time.perf_counter() - started)
    summary = latency_summary(seconds)
    return {"messages": len(texts), "mean_ms": summary["mean_ms"], "p95_ms": summary["p95_ms"]}


def minilm_timing(limit: int = 200) -> dict[str, Any]:
    """Embedding one message with MiniLM, as the FAQ answer gate's second opinion does."""
    from bot.bench.scenarios import clinic_messages
    from bot.nlu.sentence_embedding import get_embedder

    texts = clinic_messages().faq[:limit]
    embedder = get_embedder()
    embedder.embed(["warm-up"])
    seconds = []
    for text in texts:
        started = time.perf_counter()
        embedder.embed([text])
        seconds.append(time.perf_counter() - started)
    summary = latency_summary(seconds)
    return {"messages": len(texts), "mean_ms": summary["mean_ms"], "p95_ms": summary["p95_ms"]}


def accuracy_facts(path: Path = PROJECT_ROOT / "reports" / "eval.json") -> dict[str, Any]:
    if not path.exists():
        return {}
    report = json.loads(path.read_text())
    keys = ("model", "faq_answer_accuracy", "oos_recall", "baselines")
    return {key: report.get(key) for key in keys}


# --- the whole run -----------------------------------------------------------------------


def run_bench(plan: Plan, out_dir: Path) -> dict[str, Any]:
    started = time.monotonic()
    report: dict[str, Any] = {
        "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "settings": {
            "levels": list(plan.levels),
            "duration_s": plan.duration_s,
            "warmup_s": plan.warmup_s,
            "think_time_s": 0,
            "quick": plan.quick,
        },
        "machine": {"cpus": os.cpu_count(), "load_before": procs.load_average()},
        "phases_s": {},
    }
    clinic: dict[str, Any] = {"training": {}, "load": {}}
    stock: dict[str, Any] = {"training": {}, "load": {}}
    workdir = Path(tempfile.mkdtemp(prefix="clinic-bench-"))
    # Training logs and every file the assistant writes stay in the temporary directory.
    os.environ["VAR_DIR"] = str(workdir / "var")
    get_settings.cache_clear()
    phases = report["phases_s"]
    try:
        with ExitStack() as servers:
            phase = time.monotonic()
            if plan.train:
                _log("training the clinic model (full, then NLU-only)")
                clinic["training"], clinic_model = train_clinic(workdir, plan.nlu_only)
            else:
                from bot.modelops.training import ensure_model

                clinic_model = ensure_model()
            _log("training the stock assistant (rasa init, then rasa train)")
            stock["training"], stock_model = train_stock(workdir, plan.nlu_only)
            phases["training"] = round(time.monotonic() - phase, 1)

            phase = time.monotonic()
            _log("timing model loads")
            clinic["model"] = model_facts(clinic_model)
            stock["model"] = model_facts(stock_model)
            phases["model_load"] = round(time.monotonic() - phase, 1)

            phase = time.monotonic()
            _log("starting both assistants")
            served_clinic = start_clinic(workdir, clinic_model)
            servers.callback(served_clinic.stop)
            served_stock = start_stock(workdir, stock_model)
            servers.callback(served_stock.stop)
            clinic["startup_s"], stock["startup_s"] = (
                served_clinic.startup_s,
                served_stock.startup_s,
            )
            for served in (served_clinic, served_stock):
                smoke_test(served)
            phases["startup"] = round(time.monotonic() - phase, 1)

            phase = time.monotonic()
            runs = [
                (served_clinic, served_stock, "clinic", clinic),
                (served_stock, served_clinic, "stock", stock),
            ]
            for index, users in enumerate(plan.levels):
                for served, idle, scenario, target in runs if index % 2 == 0 else runs[::-1]:
                    _log(f"load: {scenario}, {users} users")
                    out = workdir / f"load-{scenario}-{users}.json"
                    target["load"][str(users)] = load_run(served, idle, users, plan, scenario, out)
            phases["load"] = round(time.monotonic() - phase, 1)
            _log("an answer edited as the console saves it, until the chat shows it")
            clinic["answer_edit"] = answer_edit_live(served_clinic, workdir)
            _log("flood: 30 long messages from one client, an emergency from another")
            clinic["flood"] = asyncio.run(flood(served_clinic.base_url))
            clinic["memory"] = {name: procs.memory_mb(p) for name, p in served_clinic.pids.items()}
            stock["memory"] = {name: procs.memory_mb(p) for name, p in served_stock.pids.items()}
            _log("a new topic retrained from the console, until the chat answers it")
            clinic["console_retrain"] = console_retrain_live(
                served_clinic.admin_url,
                served_clinic.base_url,
                served_clinic.database_url,
                _clinic_root(workdir),
            )

        phase = time.monotonic()
        _log("timing the red-flag detector and MiniLM")
        report["detector"] = detector_timing()
        report["minilm"] = minilm_timing()
        phases["per_message"] = round(time.monotonic() - phase, 1)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    report["clinic"], report["stock"] = clinic, stock
    report["ratios"] = {
        users: load_ratios(clinic["load"][users], stock["load"][users]) for users in clinic["load"]
    }
    runs_seen = [*clinic["load"].values(), *stock["load"].values()]
    report["machine"]["load_after"] = procs.load_average()
    report["machine"]["background_cores_max"] = max(
        (run["background_cores"] for run in runs_seen), default=None
    )
    report["accuracy"] = accuracy_facts()
    report["duration_s"] = round(time.monotonic() - started, 1)
    report["targets"] = check_targets(report)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "bench.json").write_text(json.dumps(report, indent=2))
    (out_dir / "bench.md").write_text(render_markdown(report))
    return report


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)
