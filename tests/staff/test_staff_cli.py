"""The command-line equivalents of the console, as an operator scripts them."""

from __future__ import annotations

import io
import re

import pytest

from bot.admin.auth import UserStore
from bot.cli.main import main
from bot.content.topics import load_topic
from bot.modelops.model_store import ModelStore
from bot.settings import get_settings
from bot.storage.audit import AuditLog, detail_of
from bot.storage.db import Database
from bot.storage.review import ReviewInput, ReviewStore
from tests.workspace import PARKING, copy_training_root


@pytest.fixture
def root(settings_env, monkeypatch):
    root = copy_training_root(settings_env / "root")
    monkeypatch.setenv("TRAINING_ROOT", str(root))
    get_settings.cache_clear()
    yield root
    Database.from_settings().dispose()


def test_faq_add_and_list(root, capsys):
    argv = ["faq", "add", "parking", "--title", PARKING["title"], "--answer", PARKING["answer"]]
    argv += [arg for source in PARKING["sources"] for arg in ("--source", source)]
    argv += [arg for example in PARKING["examples"] for arg in ("--example", example)]
    assert main([*argv, "--by", "ops"]) == 0
    topic = load_topic(root / "data" / "nlu" / "faq" / "parking.yml")
    assert topic.examples == PARKING["examples"]
    assert main(["faq", "list"]) == 0
    assert "parking" in capsys.readouterr().out
    [entry] = AuditLog(Database.from_settings()).recent(1)
    assert (entry.actor, entry.action, entry.target) == ("ops", "faq_topic_added", "faq/parking")


def test_faq_add_refuses_too_few_examples(root, capsys):
    argv = ["faq", "add", "parking", "--answer", PARKING["answer"], "--source", "x: y"]
    assert main([*argv, "--example", "is there parking"]) == 1
    assert "at least 5" in capsys.readouterr().err
    assert not (root / "data" / "nlu" / "faq" / "parking.yml").exists()


def test_review_lists_groups_and_adds_or_dismisses(root, capsys):
    store = ReviewStore(Database.from_settings())
    first, _ = store.record(ReviewInput("c1", "m1", "rest", "fallback", "ice or heat tonight?"))
    second, _ = store.record(ReviewInput("c2", "m2", "rest", "out_of_scope", "tell me a joke"))
    assert main(["review"]) == 0
    out = capsys.readouterr().out
    assert "ice or heat tonight?" in out and "tell me a joke" in out
    assert main(["review", "--add-to", "heat_cold", str(first.id)]) == 0
    assert "ice or heat tonight?" in load_topic(root / "data/nlu/faq/heat_cold.yml").examples
    assert main(["review", "--dismiss", str(second.id)]) == 0
    assert store.open_items() == []


def test_rollback_and_models(root, tmp_path, capsys):
    store = ModelStore(Database.from_settings())
    assert main(["rollback"]) == 1
    for name in ("clinic-a", "clinic-b"):
        path = tmp_path / f"{name}.tar.gz"
        path.write_bytes(name.encode())
        store.publish(path, "ops", "retrain")
    assert main(["rollback", "--by", "ops"]) == 0
    assert store.live().path.name == "clinic-a.tar.gz"
    assert main(["models"]) == 0
    assert "Live: clinic-a.tar.gz" in capsys.readouterr().out


def test_admin_add_user_reads_the_password_from_stdin(root, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("a long staff passphrase\n"))
    assert main(["admin", "add-user", "alice", "--password-stdin"]) == 0
    assert UserStore(Database.from_settings()).get("alice") is not None
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["admin", "add-user", "bob", "--password-stdin"]) == 1
    assert "at least 12" in capsys.readouterr().err


def test_arguments_that_were_not_utf8_are_cleaned_before_they_are_stored(root):
    # Python hands a non-UTF-8 argument over with lone surrogates (surrogateescape).
    assert main(["faq", "add-example", "heat_cold", "ice or heat\udcff for\x00 my calf"]) == 0
    examples = load_topic(root / "data/nlu/faq/heat_cold.yml").examples
    assert "ice or heat\ufffd for\ufffd my calf" in examples


def test_sign_off_needs_the_clinician_role_and_review_status_reports_it(root, capsys):
    users = UserStore(Database.from_settings())
    users.add("drlee", "a long staff passphrase", "test")
    assert main(["faq", "sign-off", "stretching", "--clinician", "drlee"]) == 1
    assert "not a clinician" in capsys.readouterr().err
    assert main(["admin", "grant", "drlee", "clinician", "--by", "ops"]) == 0
    assert main(["faq", "sign-off", "stretching", "--clinician", "drlee"]) == 0
    assert load_topic(root / "data/nlu/faq/stretching.yml").reviewed_by == "drlee"
    capsys.readouterr()
    assert main(["faq", "review-status"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"stretching +reviewed +\d{4}-\d\d-\d\d by drlee", out)
    assert "1 reviewed, 0 stale, 26 unreviewed, of 27 answers" in out
    actions = [e.action for e in AuditLog(Database.from_settings()).recent(5)]
    assert "faq_reviewed" in actions and "staff_role_granted" in actions


def test_the_cli_writes_the_consoles_audit_trail(root):
    """Retiring, dismissing and rolling back go through `bot.staff.operations`, as in the
    console."""
    database = Database.from_settings()
    assert main(["faq", "retire", "stretching", "--by", "ops"]) == 0
    entries = AuditLog(database).recent(50)
    [retired] = [e for e in entries if e.action == "faq_topic_retired"]
    pointed = [e.target for e in entries if e.action == "faq_button_removed"]
    assert retired.target == "faq/stretching" and pointed  # buttons in other topics went
    assert sorted(pointed) == sorted(
        f"faq/{name}" for name in detail_of(retired)["buttons_removed"]
    )

    store = ReviewStore(database)
    item, _ = store.record(ReviewInput("c9", "m9", "rest", "fallback", "do you sell socks?"))
    assert main(["review", "--dismiss", str(item.id), "--by", "ops"]) == 0
    [dismissed] = [e for e in AuditLog(database).recent(5) if e.action == "review_dismissed"]
    assert detail_of(dismissed) == {"items": [item.id], "text": "do you sell socks?"}
