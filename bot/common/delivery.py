"""Delivery ids: one id for every copy of a message that may arrive twice.

A channel that can receive the same message more than once (nginx retrying a POST on
the other server, Telegram resending an update) names it by `delivery_message_id`; the
Rasa server (`bot.rasa_plugins.redelivery`) answers a second copy from the saved turn.
"""

from __future__ import annotations

import re

DELIVERY_PREFIX = "delivery-"
_DELIVERY = re.compile(r"[A-Za-z0-9._:-]{1,100}")


def delivery_message_id(channel: str, delivery: object) -> str | None:
    """The user event's `message_id` for a channel's delivery id (None if it is unusable)."""
    text = str(delivery) if isinstance(delivery, (str, int)) else ""
    if not _DELIVERY.fullmatch(text) or not _DELIVERY.fullmatch(channel):
        return None
    return f"{DELIVERY_PREFIX}{channel}-{text}"


def is_delivery_id(message_id: str | None) -> bool:
    """Whether a message id names a delivery (so a copy of it may already be answered)."""
    return bool(message_id) and str(message_id).startswith(DELIVERY_PREFIX)
