"""The console's state, built once per application, and the helpers every view uses.

Views import this module, never `bot.admin.app` (which imports the views to route them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web

from bot.admin.auth import LoginGuard, SessionStore, UserStore
from bot.admin.security import login_csrf_token
from bot.content.faq_store import FaqStore
from bot.modelops.model_store import ModelStore
from bot.modelops.retrain import RetrainPaths
from bot.settings import Settings
from bot.staff.operations import StaffStores
from bot.storage.audit import AuditLog
from bot.storage.db import Database
from bot.storage.escalations import EscalationStore
from bot.storage.review import ReviewStore

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
        self.staff = StaffStores(
            database,
            self.faq,
            self.reviews,
            self.audit,
            self.models,
            self.users,
            self.escalations,
        )
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
