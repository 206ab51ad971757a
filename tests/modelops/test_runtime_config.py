"""The files Rasa runs with are rendered from settings; absent channels are not loaded."""

from __future__ import annotations

import yaml

from bot.modelops.runtime_config import (
    credentials,
    process_environment,
    tracker_store_config,
    write_runtime_config,
)
from bot.settings import Settings


def test_sqlite_tracker_store(tmp_path):
    config = tracker_store_config(f"sqlite:///{tmp_path / 'sub' / 'tracker.db'}")
    assert config == {
        "type": "bot.rasa_plugins.tracker_store.ClinicTrackerStore",
        "dialect": "sqlite",
        "db": str(tmp_path / "sub" / "tracker.db"),
    }
    assert (tmp_path / "sub").is_dir()


def test_postgresql_tracker_store():
    config = tracker_store_config("postgresql+psycopg2://rasa:secret@db.internal:5433/tracker")
    assert config == {
        "type": "bot.rasa_plugins.tracker_store.ClinicTrackerStore",
        "dialect": "postgresql+psycopg2",
        "url": "db.internal",
        "port": 5433,
        "db": "tracker",
        "username": "rasa",
        "password": "secret",
    }


def test_tracker_store_url_options_reach_the_database_driver():
    config = tracker_store_config("postgresql+psycopg2://rasa:pw@db/tracker?sslmode=require")
    assert config["query"] == {"sslmode": "require"}


def test_without_channel_settings_only_the_website_channels_are_loaded():
    assert set(credentials(Settings.from_env({}))) == {
        "bot.channels.rest.ClinicRestInput",
        "bot.channels.socketio.ClinicSocketIOInput",
    }


def test_written_files_are_private_and_complete(tmp_path):
    settings = Settings.from_env({"VAR_DIR": str(tmp_path), "ACTION_PORT": "6055"})
    endpoints_path, credentials_path = write_runtime_config(settings)
    endpoints = yaml.safe_load(endpoints_path.read_text())
    assert endpoints["action_endpoint"]["url"] == "http://127.0.0.1:6055/webhook"
    assert endpoints["nlg"]["type"] == "bot.rasa_plugins.nlg.ClinicResponseGenerator"
    assert endpoints["tracker_store"]["db"] == str(tmp_path / "tracker.db")
    assert oct(endpoints_path.stat().st_mode & 0o777) == "0o600"
    assert oct(credentials_path.stat().st_mode & 0o777) == "0o600"


def test_child_processes_bind_to_loopback_and_send_no_telemetry():
    env = process_environment(Settings.from_env({}))
    assert env["SANIC_HOST"] == "127.0.0.1"
    assert env["RASA_TELEMETRY_ENABLED"] == "false"
