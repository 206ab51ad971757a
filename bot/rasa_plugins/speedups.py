"""Work Rasa 3.6 repeats on every custom action call, done once instead.

Rasa checks every reply of the action server against a JSON schema with
`jsonschema.validate`, which first validates the schema itself against the JSON Schema
meta-schema, on every call: with jsonschema 4.17 that took about 45 ms of CPU per custom
action on this machine, more than the whole rest of the turn (docs/performance.md).
`install()` makes Rasa build the validator once and reuse it; the replies are checked
against the same schema with the same validator class, and an invalid reply raises the
same `ValidationError`, with the same message, as before.

`bot.ops.rasa_run` installs it in the Rasa server before it starts.
"""

from __future__ import annotations

import functools
from typing import Any

from rasa.core.actions import action as rasa_actions
from rasa.shared.constants import DOCS_BASE_URL


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


def install() -> None:
    """Makes Rasa reuse one validator for the action server's replies (idempotent)."""
    rasa_actions.RemoteAction._validate_action_result = validate_action_result
