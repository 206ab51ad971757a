"""Wrapping a Rasa method once: the one way the plugins here change Rasa's own classes.

`install()` functions may run more than once (tests, a second server start in one
process); a method already wrapped carries a marker attribute and is left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def wrap_once(owner: type, name: str, wrap: Callable[[Any], Any], marker: str) -> None:
    """Replaces `owner.name` by `wrap(owner.name)`, marked by `marker`, unless it already is."""
    current = getattr(owner, name)
    if getattr(current, marker, False):
        return
    wrapped = wrap(current)
    setattr(wrapped, marker, True)
    setattr(owner, name, wrapped)
