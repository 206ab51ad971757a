"""The console's web application (aiohttp, server-rendered Jinja2 pages) and how to run it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal

from aiohttp import web

from bot.admin import model_server
from bot.admin.context import CONSOLE_KEY, HERE, Console
from bot.admin.security import (
    csrf_protection,
    security_headers,
    session_middleware,
)
from bot.admin.views import account, audit, escalations, faq, review, training
from bot.modelops.model_store import model_server_token
from bot.settings import Settings
from bot.storage.db import Database

logger = logging.getLogger(__name__)


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def create_app(settings: Settings, database: Database | None = None) -> web.Application:
    """The console application (also the model server)."""
    database = database or Database.from_settings(settings)
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
    app.on_shutdown.append(_stop_retrains)  # type: ignore[arg-type]  # aiohttp's own stub
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
