"""Per-text results kept between trainings, so a retrain computes only what is new.

Embedding every NLU example (MiniLM) and reading every safety example through the
detector take most of a training; after a staff member adds one example, all the others
give the same result as last time. Results are stored in the folder Rasa was given for
its graph cache (`RASA_CACHE_DIRECTORY`, set by `bot.modelops.training`), which is named
after a hash of our component and safety code: changed code starts an empty folder, so a
stale result is never reused. Without that variable (tests, evaluation scripts) nothing
is cached. Only the texts of the latest training are kept, so the file does not grow.

Two processes may fill the same file: the training launcher starts the detector's
reading of the safety corpus beside Rasa's own start-up (`bot.safety.learned`), and
the component that needs it waits for that reading instead of repeating it. A lock
file beside the cache orders them; a reader that waits longer than `LOCK_WAIT`
computes on its own rather than hang a training.
"""

from __future__ import annotations

import fcntl
import os
import pickle
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
CACHE_VARIABLE = "RASA_CACHE_DIRECTORY"
LOCK_WAIT = 300.0  # seconds; far longer than any reading of the corpus takes


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
    with _locked(path):
        loaded = _load(path)
        stored: dict[str, T] = loaded if isinstance(loaded, dict) else {}
        missing = [t for t in dict.fromkeys(texts) if t not in stored]
        if missing:
            stored.update(zip(missing, compute(missing), strict=True))
        _save(path, {t: stored[t] for t in texts})
        return [stored[t] for t in texts]


def fitted_once(path: Path | None, key: str, fit: Callable[[], T]) -> T:
    """`fit()`, or what the last call with the same `key` stored in `path`.

    The safety screen's learned layer is fitted ahead on the second core from the same
    rows (`python -m bot.safety.learned`); the component then waits for that fit under the
    lock instead of repeating it. The key names everything the fit depends on, so a
    stored model is never used for other rows or settings."""
    if path is None:
        return fit()
    with _locked(path):
        loaded = _load(path)
        if isinstance(loaded, tuple) and len(loaded) == 2 and loaded[0] == key:
            return loaded[1]
        model = fit()
        _save(path, (key, model))
        return model


def stored(path: Path | None, texts: Sequence[str]) -> dict[str, object]:
    """What `path` holds for `texts` from the last training, without changing it (a
    reader that is not the training must not shrink the file to its own texts)."""
    if path is None or not path.is_file():
        return {}
    with _locked(path):
        kept = _load(path)
    return {t: kept[t] for t in texts if t in kept} if isinstance(kept, dict) else {}


def previous(path: Path | None) -> object:
    """What `keep` stored in `path` at the last training, or None (no cache folder,
    nothing stored yet, or a damaged file)."""
    if path is None or not path.is_file():
        return None
    with _locked(path):
        return _load(path)


def keep(path: Path | None, value: object) -> None:
    """Stores `value` in `path` for the next training; without a cache folder, nothing."""
    if path is None:
        return
    with _locked(path):
        _save(path, value)


def _load(path: Path) -> object:
    """What `path` holds, or None when there is nothing or it is damaged (a damaged
    cache is rebuilt, never trusted)."""
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
        return None


def _save(path: Path, value: object) -> None:
    """Replaces `path` whole, so a reader never sees half a file."""
    partial = path.with_suffix(f"{path.suffix}.{os.getpid()}.partial")
    partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    partial.replace(path)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """The lock beside `path` that orders the processes sharing it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(path.with_suffix(path.suffix + ".lock")):
        yield


@contextmanager
def _exclusive(lock_path: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Holds an exclusive lock on `lock_path`, or goes ahead unlocked after `wait` s."""
    with lock_path.open("a") as lock:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    break  # the other process is stuck; the file is replaced atomically
                time.sleep(0.2)
        yield  # the lock goes with the file's closing
