"""The callback form: a patient asks the clinic's staff to contact them.

The request is stored in the clinic database, or, while it is down, kept in the local spool
and stored when it is back (`bot.storage.durable`): either way the patient is told it was passed on.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import ClinicAction
from bot.settings import get_settings
from bot.storage.durable import CallbackInput, DurableWrites

logger = logging.getLogger(__name__)

NAME_PATTERN = re.compile(r"^[^\W\d_]+(?:[ '\-.][^\W\d_]+)*\.?$")
EMAIL_PATTERN = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
PHONE_CHARACTERS = re.compile(r"^\+?[\d\s().\-]+$")
MAX_NAME_LENGTH = 100
MAX_NAME_WORDS = 5
MAX_TIME_LENGTH = 200


def clean_name(value: Any) -> str | None:
    """The name with tidy spacing, or None if it does not look like a name."""
    if not isinstance(value, str):
        return None
    name = " ".join(value.split())
    name = re.sub(r"^(my name is|i am|i'm|it's|this is)\s+", "", name, flags=re.IGNORECASE)
    if not name or len(name) > MAX_NAME_LENGTH or len(name.split()) > MAX_NAME_WORDS:
        return None
    return name if NAME_PATTERN.match(name) else None


def parse_contact(value: Any) -> tuple[str, str] | None:
    """("phone" or "email", normalised value), or None if it is neither."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if EMAIL_PATTERN.match(text) and len(text) <= 320:
        return "email", text.lower()
    if PHONE_CHARACTERS.match(text):
        digits = re.sub(r"\D", "", text)
        if 7 <= len(digits) <= 15:
            return "phone", ("+" if text.startswith("+") else "") + digits
    return None


def clean_time(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text if 0 < len(text) <= MAX_TIME_LENGTH else None


class ValidateCallbackForm(FormValidationAction):
    """Checks each answer of the callback form and re-prompts with a clear message."""

    def name(self) -> str:
        return "validate_callback_form"

    def validate_callback_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.latest_message.get("intent", {}).get("name") == "human_handoff":
            # "I want a real person" is not a name: that is what the form is arranging.
            dispatcher.utter_message(response="utter_callback_already_arranging")
            return {"callback_name": None}
        name = clean_name(value)
        if name is None:
            dispatcher.utter_message(response="utter_invalid_name")
        return {"callback_name": name}

    def validate_callback_contact(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        contact = parse_contact(value)
        if contact is None:
            dispatcher.utter_message(response="utter_invalid_contact")
            return {"callback_contact": None}
        return {"callback_contact": contact[1]}

    def validate_callback_time(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        preferred = clean_time(value)
        if preferred is None:
            dispatcher.utter_message(response="utter_invalid_time")
        return {"callback_time": preferred}


class ActionSubmitCallback(ClinicAction):
    """Records the callback request for staff and tells the patient what happens next."""

    def name(self) -> str:
        return "action_submit_callback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        name = tracker.get_slot("callback_name")
        contact = tracker.get_slot("callback_contact")
        preferred = tracker.get_slot("callback_time")
        kind, value = parse_contact(contact) or ("phone", str(contact))
        request = CallbackInput(
            conversation_id=tracker.sender_id,
            channel=self.channel_of(tracker),
            name=str(name or ""),
            contact=value,
            contact_kind=kind,
            preferred_time=str(preferred or ""),
        )
        writes = DurableWrites.from_settings(get_settings(), self.database)
        try:
            await asyncio.to_thread(writes.callback, request)
        except (OSError, sqlite3.Error):  # neither the database nor the spool could keep it
            logger.exception("Could not keep a callback request")
            dispatcher.utter_message(response="utter_callback_failed")
            return []
        dispatcher.utter_message(response="utter_callback_recorded")
        return [
            SlotSet(slot, None) for slot in ("callback_name", "callback_contact", "callback_time")
        ]
