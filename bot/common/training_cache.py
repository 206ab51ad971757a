"""Per-text results kept between trainings, so a retrain computes only what is new.

Embedding every NLU example (MiniLM) and reading every safety example through the
detector take most of a training; after a staff member adds one example, all the others
give the same result as last time. Results are stored in the folder Rasa was given for
its graph cache (`RASA_CACHE_DIRECTORY`, set by `bot.modelops.training`), which is named
after a hash of our component and safety code: changed code starts an empty folder, so a
stale result is never reused. Without that variable (tests, evaluation scripts) nothing
is cached. Only the texts of the latest training are kept, so the file does not grow.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
CACHE_VARIABLE = "RASA_CACHE_DIRECTORY"


def cache_file(name: str) -> Path | None:
    """The file `name` in the training cache folder, or None when there is none."""
    folder = os.environ.get(CACHE_VARIABLE)
    return Path(folder) / name if folder else None


def cached(
    path: Path | None, texts: Sequence[str], compute: Callable[[list[str]], Sequence[T]]
) -> list[T]:
    """`compute(texts)`, computing only the texts not stored in `path` from last time."""
    if path is None:
        return list(compute(list(texts)))
    stored: dict[str, T] = {}
    if path.is_file():
        try:
            stored = pickle.loads(path.read_bytes())
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
            stored = {}  # a damaged cache is rebuilt, never trusted
    missing = [t for t in dict.fromkeys(texts) if t not in stored]
    if missing:
        stored.update(zip(missing, compute(missing), strict=True))
    results = [stored[t] for t in texts]
    kept = {t: stored[t] for t in texts}
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(path.suffix + ".partial")
    partial.write_bytes(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
    partial.replace(path)
    return results
