"""A restart in the middle of a conversation: it goes on where it was (the tracker store)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.storage.db import Database
from bot.storage.models import CallbackRequest
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.harness import start_assistant, texts


def test_the_callback_form_continues_after_the_assistant_restarts(model: Path, tmp_path: Path):
    var_dir, sender = tmp_path / "var", "patient-restart"
    first = start_assistant(var_dir, model, TEST_SETTINGS)
    try:
        first.say(sender, "hello")
        assert "What name" in texts(first.say(sender, "can someone call me back"))
        assert "phone number or email" in texts(first.say(sender, "Sam Lee"))
    finally:
        assert first.stop() == 0

    second = start_assistant(var_dir, model, TEST_SETTINGS)  # same VAR_DIR, new processes
    try:
        assert "good time" in texts(second.say(sender, "sam@example.org"))
        done = texts(second.say(sender, "weekday mornings"))
        assert "Thank you, Sam Lee" in done and "sam@example.org" in done
        # The introduction is not repeated: the conversation did not start over.
        assert "not a diagnosis" not in done
    finally:
        second.stop()
    database = Database(second.database_url)
    with database.session() as session:
        [request] = session.execute(select(CallbackRequest)).scalars().all()
    database.dispose()
    assert (request.conversation_id, request.name, request.contact) == (
        sender,
        "Sam Lee",
        "sam@example.org",
    )
