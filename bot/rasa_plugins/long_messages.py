"""Long messages are understood on a worker thread, so they never hold up short ones.

Rasa 3.6 runs the NLU graph inside the event loop: while one message is parsed, the
server answers nobody else. A message of a few sentences takes 20-40 ms; one at the
2,000-character cap (with the safety screen reading all of it) took about 0.2 s alone and
over 1 s during a flood, and another patient's emergency waited behind it (issue 11).

`install()` makes `MessageProcessor.parse_message` run the graph on one worker thread for
messages of `LONG_MESSAGE_CHARS` or more. Short messages, the way people write an
emergency, are still parsed at once on the event loop, so they go ahead of any long one
(both share the CPU while both run). At most one long message is parsed at a time, so
the graph's components never see more than two parses at once: one long on the worker,
one short on the loop. The components read shared models and keep no per-call state
(the safety detector, the classifiers' TensorFlow graphs, scikit-learn and numpy models).
The parse result is the same as Rasa's own; only the place it is computed differs.

`bot.ops.rasa_run` installs it in the Rasa server before it starts.
"""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bot.rasa_plugins.patching import wrap_once

LONG_MESSAGE_CHARS = 500


@functools.cache
def _worker() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(1, thread_name_prefix="long-message-nlu")


def _parse_long_on_worker(original: Any) -> Any:
    @functools.wraps(original)
    async def parse_message(
        self: Any, message: Any, tracker: Any = None, only_output_properties: bool = True
    ) -> dict[str, Any]:
        text = message.text if isinstance(message.text, str) else ""
        if self.http_interpreter or len(text) < LONG_MESSAGE_CHARS:
            return await original(self, message, tracker, only_output_properties)
        from rasa.shared.core.trackers import DialogueStateTracker

        if tracker is None:
            tracker = DialogueStateTracker.from_events(message.sender_id, [])
        loop = asyncio.get_running_loop()
        parse_data: dict[str, Any] = await loop.run_in_executor(
            _worker(),
            self._parse_message_with_graph,
            message,
            tracker,
            only_output_properties,
        )
        # What Rasa's parse_message does after the graph (its debug log of the text is left
        # out: patient words stay out of logs).
        self._update_full_retrieval_intent(parse_data)
        self._check_for_unseen_features(parse_data)
        return parse_data

    return parse_message


def install() -> None:
    """Makes Rasa parse long messages on the worker thread (idempotent)."""
    from rasa.core.processor import MessageProcessor

    wrap_once(MessageProcessor, "parse_message", _parse_long_on_worker, "parses_long_on_worker")
