"""The console's web application (aiohttp, server-rendered Jinja2 pages) and how to run it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web

from bot.admin import model_server
from bot.admin.auth import LoginGuard, SessionStore, UserStore
from bot.admin.security import (
    csrf_protection,
    login_csrf_token,
    security_headers,
    session_middleware,
)
from bot.audit import AuditLog
from bot.db import Database
from bot.escalations import EscalationStore
from bot.faq_store import FaqStore
from bot.model_store import ModelStore, model_server_token
from bot.retrain import RetrainPaths
from bot.review import ReviewStore
from bot.settings import Settings

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
NAV = (
    ("/review", "Review queue"),
    ("/faq", "FAQ"),
    ("/training", "Training"),
    ("/escalations", "Escalations"),
    ("/audit", "Audit log"),
)


class Console:
    """Everything the console's pages use, built once per application."""

    def __init__(self, settings: Settings, database: Database) -> None:
        self.settings = settings
        self.database = database
        self.faq = FaqStore(settings.training_root)
        self.reviews = ReviewStore(database)
        self.audit = AuditLog(database)
        self.escalations = EscalationStore.from_settings(settings, database)
        self.models = ModelStore(database)
        self.users = UserStore(database)
        self.guard = LoginGuard(database)
        self.sessions = SessionStore(database, settings.admin_session_minutes)
        self.retrain_paths = RetrainPaths.from_settings(settings)
        self.retrain_processes: list[Any] = []
        self.flashes: dict[int, list[tuple[str, str]]] = {}
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,  # every value in every page is escaped
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )


CONSOLE_KEY = web.AppKey("console", Console)


def console(request: web.Request) -> Console:
    return request.app[CONSOLE_KEY]


def staff_name(request: web.Request) -> str:
    record = request.get("session")
    return record.user.username if record is not None else ""


def flash(request: web.Request, message: str, kind: str = "ok") -> None:
    """A message shown once, on the next page this session sees."""
    record = request.get("session")
    if record is not None:
        console(request).flashes.setdefault(record.id, []).append((kind, message))


def render(request: web.Request, template: str, status: int = 200, **context: Any) -> web.Response:
    """A page from `templates/`, with the layout's shared values."""
    record = request.get("session")
    app = console(request)
    flashes = app.flashes.pop(record.id, []) if record is not None else []
    page = app.templates.get_template(template).render(
        staff=staff_name(request),
        csrf_token=record.csrf_token if record is not None else login_csrf_token(request),
        nav=NAV,
        path=request.path,
        flashes=flashes,
        clinic_name=app.settings.clinic_name,
        **context,
    )
    return web.Response(text=page, content_type="text/html", status=status)


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def create_app(settings: Settings, database: Database | None = None) -> web.Application:
    """The console application (also the model server)."""
    from bot.admin.views import account, audit, escalations, faq, review, training

    database = database or Database.from_settings()
    state = Console(settings, database)
    app = web.Application(
        middlewares=[
            security_headers,
            session_middleware(state.sessions),
            csrf_protection,
        ],
        client_max_size=1024 * 1024,
    )
    app[CONSOLE_KEY] = state
    app.router.add_get("/health", health)
    app.router.add_static("/static/", HERE / "static", append_version=True)
    model_server.setup(app, state.models, model_server_token(settings))
    for module in (account, review, faq, training, escalations, audit):
        app.add_routes(module.routes)
    app.on_shutdown.append(_stop_retrains)
    return app


async def _stop_retrains(app: web.Application) -> None:
    """A retrain started here stops with the console (its whole process group)."""
    for process in app[CONSOLE_KEY].retrain_processes:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            await asyncio.to_thread(process.wait, 15)


def run_console(settings: Settings) -> None:
    """Serves the console on `settings.admin_bind_host:settings.admin_port` until stopped."""
    app = create_app(settings)
    users = app[CONSOLE_KEY].users.count()
    print(
        f"Staff console on http://{settings.public_host}:{settings.admin_port}/"
        + ("" if users else "  (no staff accounts yet: python -m bot admin add-user <name>)"),
        flush=True,
    )
    web.run_app(
        app,
        host=settings.admin_bind_host,
        port=settings.admin_port,
        print=None,
        access_log=None,
        shutdown_timeout=10,
    )
