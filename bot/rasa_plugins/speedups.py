"""Work Rasa 3.6 repeats on every custom action call, done once instead.

Rasa checks every reply of the action server against a JSON schema with
`jsonschema.validate`, which first validates the schema itself against the JSON Schema
meta-schema, on every call: with jsonschema 4.17 that took about 45 ms of CPU per custom
action on this machine, more than the whole rest of the turn (docs/performance.md).
`install()` makes Rasa build the validator once and reuse it; the replies are checked
against the same schema with the same validator class, and an invalid reply raises the
same `ValidationError`, with the same message, as before.

A model's first parse is slow: TensorFlow traces the classifiers' functions and the
components fill their caches on the first message (about 0.4 s more than later ones),
which used to land on the first patient after a start or a model change. `install()`
also makes every new `MessageProcessor` (server start, a new model from the model
server) parse a few fixed messages of different lengths before it serves anyone. The
warm-up runs only the NLU graph: no conversation, no event, nothing stored or logged.

`bot.ops.rasa_run` installs it in the Rasa server before it starts.
"""

from __future__ import annotations

import functools
import logging
import time
from typing import Any

from rasa.core.actions import action as rasa_actions
from rasa.shared.constants import DOCS_BASE_URL

from bot.rasa_plugins.patching import wrap_once

logger = logging.getLogger(__name__)


@functools.cache
def action_result_validator() -> Any:
    """The validator `jsonschema.validate` would pick for Rasa's action-reply schema."""
    from jsonschema.validators import validator_for

    schema = rasa_actions.RemoteAction.action_response_format_spec()
    return validator_for(schema)(schema)


def validate_action_result(self: Any, result: dict[str, Any]) -> bool:
    """`RemoteAction._validate_action_result` with the validator built once."""
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match

    try:
        error = best_match(action_result_validator().iter_errors(result))
        if error is not None:
            raise error
        return True
    except ValidationError as e:
        e.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise e


WARM_UP_MESSAGES = (
    "hi",
    "How long does a muscle spasm in the lower back usually last?",
    "My calf keeps cramping at night after long walks. I drink water and stretch before "
    "bed but it still wakes me up. Would magnesium or a warm bath help, or should I try "
    "something else?",
)


def warm_up(processor: Any) -> None:
    """Parses `WARM_UP_MESSAGES` with `processor`'s NLU graph; a failure is only logged."""
    from rasa.core.channels.channel import UserMessage
    from rasa.shared.core.trackers import DialogueStateTracker

    started = time.perf_counter()
    try:
        for text in WARM_UP_MESSAGES:
            tracker = DialogueStateTracker.from_events("warm-up", [])
            processor._parse_message_with_graph(UserMessage(text, sender_id="warm-up"), tracker)
    except Exception:  # the model still serves; its first patient just waits longer
        logger.exception("The model's warm-up parse failed")
        return
    logger.info("Model warmed up in %.2f s", time.perf_counter() - started)


def _warmed_init(original: Any) -> Any:
    @functools.wraps(original)
    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        warm_up(self)

    return init


def install() -> None:
    """Makes Rasa reuse one validator for the action server's replies and warm up every
    model it loads (idempotent)."""
    from rasa.core.processor import MessageProcessor

    rasa_actions.RemoteAction._validate_action_result = validate_action_result
    wrap_once(MessageProcessor, "__init__", _warmed_init, "warms_up")
