"""The callback form: contact details are checked, and a request reaches the database."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from actions.callback import (
    ActionSubmitCallback,
    ValidateCallbackForm,
    clean_name,
    parse_contact,
)
from bot.storage.models import CallbackRequest
from bot.storage.spool import Spool


@pytest.mark.parametrize(
    "text, expected",
    [
        ("07700 900123", ("phone", "07700900123")),
        ("+44 7700 900123", ("phone", "+447700900123")),
        ("(555) 123-4567", ("phone", "5551234567")),
        ("Jane.Doe@Example.org", ("email", "jane.doe@example.org")),
    ],
)
def test_valid_contact_details_are_normalised(text, expected):
    assert parse_contact(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "call me", "123", "jane@", "@example.com", "1" * 20, "07700 9001a3", None]
)
def test_invalid_contact_details_are_rejected(text):
    assert parse_contact(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane Smith", "Jane Smith"),
        ("my name is  José  O'Neil", "José O'Neil"),
        ("Anne-Marie", "Anne-Marie"),
    ],
)
def test_names_are_tidied(text, expected):
    assert clean_name(text) == expected


@pytest.mark.parametrize(
    "text", ["", "12345", "how do i stretch my calf when it cramps at night", "<script>", "x" * 101]
)
def test_non_names_are_rejected(text):
    assert clean_name(text) is None


def test_invalid_contact_reprompts_with_clear_message(dispatcher, tracker_factory, domain):
    tracker = tracker_factory("call me maybe", intent="nlu_fallback", active_loop="callback_form")
    result = ValidateCallbackForm().validate_callback_contact(
        "call me maybe", dispatcher, tracker, domain
    )
    assert result == {"callback_contact": None}
    assert [m["response"] for m in dispatcher.messages] == ["utter_invalid_contact"]


def test_asking_for_staff_is_not_taken_as_a_name(dispatcher, tracker_factory, domain):
    text = "i want to talk to a real person"
    tracker = tracker_factory(text, intent="human_handoff", active_loop="callback_form")
    result = ValidateCallbackForm().validate_callback_name(text, dispatcher, tracker, domain)
    assert result == {"callback_name": None}
    assert [m["response"] for m in dispatcher.messages] == ["utter_callback_already_arranging"]


def test_submit_records_the_request_and_clears_the_form(
    database, dispatcher, tracker_factory, domain
):
    tracker = tracker_factory(
        "weekday mornings",
        intent="nlu_fallback",
        channel="socketio",
        sender_id="conversation-42",
        slots={
            "callback_name": "Jane Smith",
            "callback_contact": "+447700900123",
            "callback_time": "weekday mornings",
        },
    )
    events = asyncio.run(ActionSubmitCallback().run(dispatcher, tracker, domain))

    assert [m["response"] for m in dispatcher.messages] == ["utter_callback_recorded"]
    assert {e["name"]: e["value"] for e in events} == {
        "callback_name": None,
        "callback_contact": None,
        "callback_time": None,
    }
    with database.session() as session:
        rows = session.execute(select(CallbackRequest)).scalars().all()
    assert len(rows) == 1
    row = rows[0]
    assert (row.conversation_id, row.channel, row.name, row.contact, row.contact_kind) == (
        "conversation-42",
        "socketio",
        "Jane Smith",
        "+447700900123",
        "phone",
    )
    assert row.preferred_time == "weekday mornings"
    assert row.status == "open"


def _unavailable_database(settings_env, monkeypatch) -> None:
    # A directory where the database file should be: SQLite cannot open it.
    (settings_env / "blocked.db").mkdir()
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{settings_env / 'blocked.db'}")
    from bot.settings import get_settings

    get_settings.cache_clear()


DETAILS = {"callback_name": "Jo", "callback_contact": "jo@example.org", "callback_time": "any"}


def test_submit_keeps_the_request_while_the_database_is_unavailable(
    settings_env, monkeypatch, dispatcher, tracker_factory, domain
):
    _unavailable_database(settings_env, monkeypatch)
    tracker = tracker_factory("any time", slots=DETAILS)
    asyncio.run(ActionSubmitCallback().run(dispatcher, tracker, domain))
    assert [m["response"] for m in dispatcher.messages] == ["utter_callback_recorded"]
    [item] = Spool.in_var_dir(settings_env).claim()
    assert (item.kind, item.payload["contact"], item.payload["name"]) == (
        "callback",
        "jo@example.org",
        "Jo",
    )


def test_submit_tells_the_patient_when_neither_database_nor_spool_can_keep_it(
    settings_env, monkeypatch, dispatcher, tracker_factory, domain
):
    _unavailable_database(settings_env, monkeypatch)
    (settings_env / "spool.db").mkdir()  # the spool cannot be opened either
    tracker = tracker_factory("any time", slots=DETAILS)
    events = asyncio.run(ActionSubmitCallback().run(dispatcher, tracker, domain))
    assert [m["response"] for m in dispatcher.messages] == ["utter_callback_failed"]
    assert events == []
