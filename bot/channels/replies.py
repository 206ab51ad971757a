"""What a channel itself says when the assistant cannot handle a message.

These are not domain responses: they come from the channel, before or instead of the
assistant, so every channel can always point to the clinic and the emergency number.
"""

from __future__ import annotations

from bot.settings import Settings, get_settings


def text_only(settings: Settings | None = None) -> str:
    """For photos, voice notes, stickers and other messages without text."""
    settings = settings or get_settings()
    return (
        "Sorry, I can only read text messages. Please type your question in words. "
        f"If this is an emergency, call {settings.emergency_number} now."
    )


def edited_message(settings: Settings | None = None) -> str:
    """For an edited message, which the assistant does not re-read."""
    settings = settings or get_settings()
    return (
        "I can't read edited messages. Please send what you changed as a new message. "
        f"If this is an emergency, call {settings.emergency_number} now."
    )


def something_went_wrong(settings: Settings | None = None) -> str:
    """When the assistant failed to answer a message."""
    settings = settings or get_settings()
    return (
        "Sorry, something went wrong on our side and I couldn't answer that. Please try "
        f"again, or call {settings.clinic_phone}. In an emergency, call "
        f"{settings.emergency_number} now."
    )


def alert_level(utter_action: str | None, text: str | None) -> str | None:
    """How a red-flag reply is shown: `emergency` (it starts with ⚠️) or `urgent`."""
    if utter_action != "utter_red_flag":
        return None
    return "emergency" if (text or "").lstrip().startswith("⚠") else "urgent"


def too_long(settings: Settings | None = None) -> str:
    """After a message over the length cap: only its start and end were read."""
    from bot.common.text_clean import MAX_MESSAGE_CHARS

    settings = settings or get_settings()
    return (
        f"Your message was very long, so I only read its beginning and its end. Please send "
        f"shorter messages (up to {MAX_MESSAGE_CHARS:,} characters), one question at a time. "
        f"If this is an emergency, call {settings.emergency_number} now."
    )


def slow_down(settings: Settings | None = None) -> str:
    """Instead of an answer, to a client sending messages faster than the rate limit."""
    settings = settings or get_settings()
    return (
        "You're sending messages faster than I can read them. Please wait a minute, then "
        "send your question again. If this is an emergency, call "
        f"{settings.emergency_number} now."
    )
