"""Publishing, the live model, rollback, and the ETags the model server hands out."""

from __future__ import annotations

import os

import pytest

from bot.modelops.model_store import (
    ModelStore,
    etag_matches,
    model_etag,
    model_server_endpoint,
    model_server_token,
)
from bot.settings import Settings


@pytest.fixture
def models(tmp_path):
    paths = []
    for name in ("clinic-aaa", "clinic-bbb", "clinic-ccc"):
        path = tmp_path / f"{name}.tar.gz"
        path.write_bytes(name.encode())
        paths.append(path)
    return paths


def test_nothing_is_live_until_a_model_is_published(database, models):
    store = ModelStore(database)
    assert store.live() is None
    live = store.publish(models[0], "launcher", "first start")
    assert store.live().path == models[0]
    assert live.etag == model_etag(models[0])


def test_rollback_returns_to_the_previous_model_and_steps_further_back(database, models):
    store = ModelStore(database)
    for path in models:
        store.publish(path, "alice", "retrain")
    assert store.rollback_target().model_path == str(models[1])
    assert store.rollback("bob").path == models[1]
    assert store.live().path == models[1]
    assert store.live().reason == "rollback"
    assert store.rollback("bob").path == models[0]
    with pytest.raises(LookupError):
        store.rollback("bob")
    assert store.live().path == models[0]


def test_rollback_skips_models_whose_file_is_gone(database, models):
    store = ModelStore(database)
    for path in models:
        store.publish(path, "alice", "retrain")
    models[1].unlink()
    assert store.rollback("bob").path == models[0]


def test_a_missing_model_file_cannot_be_published(database, tmp_path):
    with pytest.raises(FileNotFoundError):
        ModelStore(database).publish(tmp_path / "nope.tar.gz", "alice", "retrain")


def test_confirmation_is_recorded_once(database, models):
    store = ModelStore(database)
    live = store.publish(models[0], "alice", "retrain")
    assert store.confirm(live.publication_id) is True
    assert store.confirm(live.publication_id) is False
    assert store.live().confirmed_at is not None


def test_etags_name_the_model_and_change_when_the_file_does(models):
    etag = model_etag(models[0])
    assert etag.startswith('"clinic-aaa.') and etag.endswith('"')
    assert model_etag(models[0]) == etag
    os.utime(models[0], ns=(1, 1))
    assert model_etag(models[0]) != etag


@pytest.mark.parametrize(
    ("header", "matches"),
    [
        ('"clinic-aaa.1234"', True),
        ("clinic-aaa.1234", True),
        ('W/"clinic-aaa.1234"', True),
        ('"other", "clinic-aaa.1234"', True),
        ('"clinic-bbb.1234"', False),
        ("None", False),
        (None, False),
        ("", False),
    ],
)
def test_if_none_match_comparison(header, matches):
    assert etag_matches(header, '"clinic-aaa.1234"') is matches


def test_the_model_server_token_is_private_and_stable(tmp_path):
    settings = Settings.from_env({"VAR_DIR": str(tmp_path), "ADMIN_PORT": "6123"})
    token = model_server_token(settings)
    assert len(token) >= 40
    assert model_server_token(settings) == token
    assert oct((tmp_path / "run" / "model_server.token").stat().st_mode & 0o777) == "0o600"
    endpoint = model_server_endpoint(settings)
    assert endpoint["url"] == "http://127.0.0.1:6123/model"
    assert endpoint["token"] == token
    assert endpoint["wait_time_between_pulls"] == settings.model_pull_seconds


def test_the_rasa_server_pulls_from_the_model_server_except_in_the_shell(tmp_path):
    from bot.modelops.runtime_config import endpoints

    settings = Settings.from_env({"VAR_DIR": str(tmp_path), "MODEL_PULL_SECONDS": "3"})
    models = endpoints(settings)["models"]
    assert models["url"].endswith("/model") and models["wait_time_between_pulls"] == 3
    assert models["token"] == model_server_token(settings)
    assert "models" not in endpoints(settings, model_server=False)


def test_the_first_start_publishes_the_model_it_trained(database, tmp_path, monkeypatch):
    from bot.ops.launcher import ensure_live_model

    settings = Settings.from_env({"VAR_DIR": str(tmp_path), "MODELS_DIR": str(tmp_path / "m")})
    trained = tmp_path / "clinic-first.tar.gz"
    trained.write_bytes(b"model")
    monkeypatch.setattr("bot.ops.launcher.ensure_model", lambda root, models_dir: trained)
    assert ensure_live_model(settings) == trained
    live = ModelStore(database).live()
    assert (live.path, live.reason) == (trained, "first start")


def test_an_explicit_model_is_published_once(database, tmp_path, models):
    from bot.ops.launcher import ensure_live_model

    settings = Settings.from_env({"VAR_DIR": str(tmp_path)})
    assert ensure_live_model(settings, models[0]) == models[0]
    assert ensure_live_model(settings, models[0]) == models[0]
    assert [p.reason for p in ModelStore(database).history()] == ["bot run --model"]


def test_changed_training_data_goes_through_the_gated_retrain(
    database, tmp_path, models, monkeypatch
):
    from bot.ops.launcher import ensure_live_model

    settings = Settings.from_env({"VAR_DIR": str(tmp_path), "MODELS_DIR": str(tmp_path / "m")})
    ModelStore(database).publish(models[0], "launcher", "first start")
    calls = []
    monkeypatch.setattr("bot.ops.launcher.fingerprint", lambda root: "changed")
    monkeypatch.setattr("subprocess.call", lambda command, env: calls.append(command) or 1)
    assert ensure_live_model(settings) == models[0]  # rejected: the live model stays
    assert calls and calls[0][-4:] == ["--trigger", "launcher", "--by", "launcher"]
