"""Training: start a gated retrain, watch its progress, see the history, roll back."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from typing import Any

from aiohttp import web
from sqlalchemy import select

from bot.admin.context import console, flash, render, staff_name
from bot.admin.model_server import rasa_status
from bot.modelops.runs import STEP_TITLES, STEPS, active_run
from bot.modelops.runtime_config import process_environment
from bot.settings import PROJECT_ROOT
from bot.staff import operations as staff_ops
from bot.storage.models import RunStatus, TrainingRun, utcnow

routes = web.RouteTableDef()
STATUS_LABELS: dict[str, str] = {
    RunStatus.QUEUED: "starting",
    RunStatus.RUNNING: "running",
    RunStatus.PUBLISHED: "published (live)",
    RunStatus.REJECTED: "rejected by a gate",
    RunStatus.FAILED: "failed",
    RunStatus.INTERRUPTED: "interrupted",
    RunStatus.BUSY: "not started: another retrain was running",
    RunStatus.UNCHANGED: "unchanged (already live)",
}


def _runs(request: web.Request, limit: int = 30) -> list[TrainingRun]:
    with console(request).database.session() as session:
        query = select(TrainingRun).order_by(TrainingRun.id.desc()).limit(limit)
        return list(session.execute(query).scalars())


def _run(request: web.Request) -> TrainingRun:
    try:
        run_id = int(request.match_info["run_id"])
    except ValueError:
        raise web.HTTPNotFound() from None
    with console(request).database.session() as session:
        run = session.get(TrainingRun, run_id)
    if run is None:
        raise web.HTTPNotFound(text="No such training run.")
    return run


def run_view(run: TrainingRun) -> dict[str, Any]:
    """A run as the page and its live updates show it."""
    now = utcnow()
    end = run.finished_at or now
    return {
        "id": run.id,
        "status": run.status,
        "status_label": STATUS_LABELS.get(run.status, run.status),
        "active": run.status in RunStatus.active(),
        "requested_by": run.requested_by,
        "trigger": run.trigger,
        "created_at": run.created_at.strftime("%Y-%m-%d %H:%M:%S"),
        "elapsed": round((end - (run.started_at or run.created_at)).total_seconds()),
        "step": STEP_TITLES.get(run.step, ""),
        "steps": [_step_view(step, now) for step in _steps(run)],
        "gates": [
            {**gate, "title": STEP_TITLES.get(gate["name"], gate["name"]).removeprefix("Gate: ")}
            for gate in json.loads(run.gates or "[]")
        ],
        "failed_gates": [
            STEP_TITLES.get(g["name"], g["name"])
            for g in json.loads(run.gates or "[]")
            if not g["passed"]
        ],
        "model": run.model_path.rsplit("/", 1)[-1] if run.model_path else "",
        "model_path": run.model_path,
        "error": run.error,
    }


def _steps(run: TrainingRun) -> list[dict[str, Any]]:
    """The run's recorded steps; all pending until its process records the first."""
    recorded = json.loads(run.steps or "[]")
    return recorded or [
        {"name": name, "title": title, "status": "pending"} for name, title in STEPS
    ]


def _step_view(step: dict[str, Any], now) -> dict[str, Any]:
    import datetime as dt

    seconds = step.get("seconds")
    if step.get("status") == "running" and step.get("started_at"):
        started = dt.datetime.fromisoformat(step["started_at"])
        seconds = round((now - started).total_seconds())
    return {
        "name": step["name"],
        "title": step["title"],
        "status": step["status"],
        "seconds": None if seconds is None else round(seconds),
        "detail": step.get("detail", ""),
    }


def live_view(request: web.Request) -> dict[str, Any]:
    app = console(request)
    live = app.models.live()
    target = app.models.rollback_target()
    status = rasa_status(request.app)
    return {
        "model": live.name if live else "",
        "published_at": live.published_at.strftime("%Y-%m-%d %H:%M:%S") if live else "",
        "published_by": live.published_by if live else "",
        "reason": live.reason if live else "",
        "confirmed": bool(live and live.confirmed_at),
        "confirmed_at": live.confirmed_at.strftime("%H:%M:%S")
        if live and live.confirmed_at
        else "",
        "rasa_seen": status.get("seen", False),
        "rasa_seconds_ago": status.get("seconds_ago"),
        "rasa_runs_live": status.get("runs_live_model", False),
        "rollback_to": target.model_path.rsplit("/", 1)[-1] if target else "",
    }


@routes.get("/training")
async def training_page(request: web.Request) -> web.Response:
    app = console(request)

    def read() -> dict[str, Any]:
        return {
            "live": live_view(request),
            "runs": [run_view(run) for run in _runs(request)],
            "active": active_run(app.database),
            "publications": app.models.history(15),
        }

    page = await asyncio.to_thread(read)
    return render(request, "training.html", **page, pull_seconds=app.settings.model_pull_seconds)


@routes.get("/training/status.json")
async def training_status(request: web.Request) -> web.Response:
    def read() -> dict[str, Any]:
        active = active_run(console(request).database)
        return {"live": live_view(request), "active_run": active.id if active else None}

    return web.json_response(await asyncio.to_thread(read))


@routes.post("/training/retrain")
async def retrain(request: web.Request) -> web.StreamResponse:
    app = console(request)
    who = staff_name(request)
    active = await asyncio.to_thread(active_run, app.database)
    if active is not None:
        flash(
            request, f"A retrain is already running (#{active.id}); wait for it to finish.", "error"
        )
        raise web.HTTPSeeOther(f"/training/runs/{active.id}")
    run_id = await asyncio.to_thread(staff_ops.start_retrain, app.staff, who, "console")
    work = app.retrain_paths.work_dir / f"run-{run_id}"
    work.mkdir(parents=True, exist_ok=True)
    log = (work / "retrain.log").open("w")
    command = [
        sys.executable, "-m", "bot", "retrain",
        "--run-id", str(run_id), "--by", who, "--trigger", "console",
    ]  # fmt: skip
    process = subprocess.Popen(
        command,
        cwd=PROJECT_ROOT,
        env=process_environment(app.settings),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, stopped with the console
    )
    log.close()
    app.retrain_processes.append(process)
    threading.Thread(target=process.wait, daemon=True).start()  # reap it when it ends
    raise web.HTTPSeeOther(f"/training/runs/{run_id}")


@routes.get("/training/runs/{run_id:\\d+}")
async def run_page(request: web.Request) -> web.Response:
    run, live = await asyncio.to_thread(lambda: (run_view(_run(request)), live_view(request)))
    return render(
        request,
        "training_run.html",
        run=run,
        live=live,
        pull_seconds=console(request).settings.model_pull_seconds,
    )


@routes.get("/training/runs/{run_id:\\d+}.json")
async def run_json(request: web.Request) -> web.Response:
    run, live = await asyncio.to_thread(lambda: (run_view(_run(request)), live_view(request)))
    return web.json_response({"run": run, "live": live})


@routes.post("/training/rollback")
async def rollback(request: web.Request) -> web.StreamResponse:
    app = console(request)
    who = staff_name(request)
    try:
        live = await asyncio.to_thread(staff_ops.rollback, app.staff, who)
    except LookupError as error:
        flash(request, f"Cannot roll back: {error}.", "error")
        raise web.HTTPSeeOther("/training") from None
    flash(
        request,
        f"Rolled back: {live.name} is live again. The Rasa server switches within "
        f"{app.settings.model_pull_seconds} s.",
    )
    raise web.HTTPSeeOther("/training")
