"""Behaviour shared by the clinic's custom actions."""

from __future__ import annotations

from abc import ABC, abstractmethod

from rasa_sdk import Action, Tracker

from bot.storage.db import Database


class ClinicAction(Action, ABC):
    """Base class: access to the clinic database and to where a message came from.

    Abstract, so rasa-sdk registers only its concrete subclasses.
    """

    @abstractmethod
    def name(self) -> str:
        """The action's name as used in the domain."""

    @property
    def database(self) -> Database:
        return Database.from_settings()

    @staticmethod
    def channel_of(tracker: Tracker) -> str:
        """The channel of the conversation's latest user message ("rest", "socketio"...)."""
        return tracker.get_latest_input_channel() or "unknown"
