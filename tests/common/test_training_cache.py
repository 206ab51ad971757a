"""A retrain computes only the texts it has not seen, and a damaged cache is rebuilt."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from bot.common.training_cache import cache_file, cached


class Counting:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, batch: list[str]) -> list[str]:
        self.seen += batch
        return [t.upper() for t in batch]


def test_only_new_texts_are_computed_and_old_ones_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "cache.pickle"
    first = Counting()
    assert cached(path, ["a", "b", "a"], first) == ["A", "B", "A"]
    assert first.seen == ["a", "b"]
    second = Counting()
    assert cached(path, ["b", "c"], second) == ["B", "C"]
    assert second.seen == ["c"]
    third = Counting()
    cached(path, ["a"], third)
    assert third.seen == ["a"]  # "a" was not in the last training, so it was dropped


def test_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "cache.pickle"
    path.write_bytes(b"not a pickle")
    counting = Counting()
    assert cached(path, ["x"], counting) == ["X"]
    assert counting.seen == ["x"]


def test_without_a_cache_folder_nothing_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RASA_CACHE_DIRECTORY", raising=False)
    assert cache_file("x.pickle") is None
    monkeypatch.setenv("RASA_CACHE_DIRECTORY", str(tmp_path))
    assert cache_file("x.pickle") == tmp_path / "x.pickle"


def test_a_second_training_waits_for_the_first_reading_and_reuses_it(tmp_path: Path) -> None:
    """The launcher reads the corpus ahead; the component must not read it again."""
    path = tmp_path / "cache.pickle"
    started, release = threading.Event(), threading.Event()

    def slow(batch: list[str]) -> list[str]:
        started.set()
        release.wait(10)
        return [t.upper() for t in batch]

    ahead = threading.Thread(target=cached, args=(path, ["a", "b"], slow))
    ahead.start()
    assert started.wait(10)
    second, results = Counting(), []
    waiter = threading.Thread(target=lambda: results.append(cached(path, ["a", "b"], second)))
    waiter.start()
    time.sleep(0.5)
    assert results == []  # still waiting for the reading ahead
    release.set()
    ahead.join(10)
    waiter.join(10)
    assert results == [["A", "B"]]
    assert second.seen == []
