"""The endpoints and credentials files Rasa runs with, rendered from settings.

Rasa's own `${VAR}` substitution aborts on unset variables and only yields strings, so
the launcher writes complete files under `var/run/` instead. Only channels whose settings
are present are listed, so an unconfigured channel is never loaded.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml
from sqlalchemy.engine import make_url

from bot.channels.credentials import channel_credentials
from bot.modelops.model_store import model_server_endpoint
from bot.settings import PROJECT_ROOT, Settings
from bot.storage.db import private_sqlite_file

# Rasa's SQL tracker store, same tables, without its repeated reads and blocking calls.
TRACKER_STORE_TYPE = "bot.rasa_plugins.tracker_store.ClinicTrackerStore"


def tracker_store_config(url: str) -> dict[str, Any]:
    """Rasa's SQL tracker store settings for a SQLAlchemy URL (`bot.rasa_plugins.tracker_store`)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = Path(parsed.database or "tracker.db")
        private_sqlite_file(database)
        return {"type": TRACKER_STORE_TYPE, "dialect": "sqlite", "db": str(database)}
    config: dict[str, Any] = {
        "type": TRACKER_STORE_TYPE,
        "dialect": parsed.drivername,
        "url": parsed.host or "localhost",
        "db": parsed.database,
        "username": parsed.username,
        "password": parsed.password,
    }
    if parsed.port:
        config["port"] = parsed.port
    if parsed.query:  # e.g. ?sslmode=require
        config["query"] = dict(parsed.query)
    return {key: value for key, value in config.items() if value is not None}


def lock_store_config(url: str) -> dict[str, Any]:
    """The Redis lock store settings for `redis://[[user]:password@]host[:port][/db]`.

    `rediss://` connects with TLS. Rasa keeps one ticket lock per conversation there, so
    Rasa servers sharing it process each conversation's messages one at a time, in order.
    Rasa's `redis` lock store with leases, so a dead server's ticket runs out within
    seconds (bot/rasa_plugins/lock_store.py).

    Raises:
        ValueError: the URL is not a redis:// or rediss:// URL.
    """
    parsed = urlsplit(url)
    database = parsed.path.strip("/")
    valid_database = database.isdigit() or not database
    if parsed.scheme not in {"redis", "rediss"} or not parsed.hostname or not valid_database:
        raise ValueError(
            "LOCK_STORE_URL must look like redis://[:password@]host[:port][/db] (or rediss://)"
        )
    config: dict[str, Any] = {
        "type": "bot.rasa_plugins.lock_store.LeasedRedisLockStore",
        "url": parsed.hostname,
        "port": parsed.port or 6379,
        "db": int(database or 0),
    }
    if parsed.username:
        config["username"] = unquote(parsed.username)
    if parsed.password:
        config["password"] = unquote(parsed.password)
    if parsed.scheme == "rediss":
        config["use_ssl"] = True
    return config


def endpoints(settings: Settings, model_server: bool = True) -> dict[str, Any]:
    config = {
        "action_endpoint": {"url": settings.action_server_url},
        "tracker_store": tracker_store_config(settings.tracker_store_url),
        "nlg": {"type": "bot.rasa_plugins.nlg.ClinicResponseGenerator"},
        # Review items and backstop escalation records, written by the Rasa server.
        "event_broker": {"type": "bot.rasa_plugins.event_broker.ClinicEventBroker"},
    }
    if settings.lock_store_url:
        # Shared by every Rasa server (replicas, Sanic workers); default: in memory.
        config["lock_store"] = lock_store_config(settings.lock_store_url)
    if model_server:
        # The live model, pulled from the staff console: published models go live
        # without a restart (bot/modelops/model_store.py).
        config["models"] = model_server_endpoint(settings)
    return config


def credentials(settings: Settings) -> dict[str, Any]:
    """The channels to load: the website ones always, Telegram/WhatsApp when configured."""
    return channel_credentials(settings)


def write_runtime_config(settings: Settings, model_server: bool = True) -> tuple[Path, Path]:
    """Writes `var/run/endpoints.yml` and `var/run/credentials.yml`; returns their paths."""
    directory = settings.var_dir / "run"
    directory.mkdir(parents=True, exist_ok=True)
    paths = directory / "endpoints.yml", directory / "credentials.yml"
    contents = (endpoints(settings, model_server), credentials(settings))
    for path, content in zip(paths, contents, strict=True):
        path.write_text(
            "# Generated from settings by bot/modelops/runtime_config.py; do not edit.\n"
            + yaml.safe_dump(content, sort_keys=False)
        )
        path.chmod(0o600)  # may hold database passwords and channel tokens
    return paths


def process_environment(settings: Settings) -> dict[str, str]:
    """The environment for Rasa and action-server child processes."""
    env = dict(os.environ)
    # Rasa would otherwise send telemetry and error reports to the internet.
    env["RASA_TELEMETRY_ENABLED"] = "false"
    # rasa-sdk binds to SANIC_HOST (0.0.0.0 unless told otherwise).
    env["SANIC_HOST"] = settings.action_bind_host
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    return env
