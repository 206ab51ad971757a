"""The Rasa server's entry point: `python -m bot rasa-run ARGS` is `rasa run ARGS` with log
redaction installed first and the request size limit set.

Rasa configures its own logging (stdlib and structlog) inside its command line; the
redaction installed here wraps whatever it sets up (`bot.common.log_redaction`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from bot.settings import get_settings


def run_rasa(arguments: Sequence[str]) -> int:
    """Runs `rasa run` with `arguments` in this process; returns its exit code."""
    from bot.common import log_redaction

    settings = get_settings()
    log_redaction.install(keep_debug_text=settings.log_message_text)
    log_redaction.remember_user_messages()
    # Sanic reads SANIC_* variables when the app is created; only this process gets it
    # (the action server receives whole trackers, which can be large).
    os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(settings.request_max_bytes))

    from bot.rasa_plugins.action_guard import install as guard_custom_actions

    # A failing or hanging action server never leaves a patient without a reply.
    guard_custom_actions(settings.action_timeout_seconds)
    from bot.rasa_plugins.speedups import install as install_speedups

    install_speedups()  # work Rasa repeats on every custom action call, done once
    from bot.rasa_plugins.long_messages import install as parse_long_messages_on_a_worker

    parse_long_messages_on_a_worker()  # a long message never holds up another patient
    from bot.rasa_plugins.redelivery import install as answer_copies_once

    answer_copies_once()  # a message delivered twice (a retry) is answered, not run, again
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", "run", *arguments]
    try:
        rasa_main()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    return 0
