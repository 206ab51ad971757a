"""A copy of the repository's training data to change in tests (never the real data/)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.bench.console_retrain import TOPIC as BENCH_TOPIC
from bot.settings import PROJECT_ROOT

SMALL_CONFIG = PROJECT_ROOT / "tests" / "config.small.yml"


def copy_training_root(destination: Path, config: Path | None = None) -> Path:
    """Copies config, domain and data/ to `destination`; returns it."""
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copy(config or PROJECT_ROOT / "config.yml", destination / "config.yml")
    shutil.copy(PROJECT_ROOT / "domain.yml", destination / "domain.yml")
    shutil.copytree(PROJECT_ROOT / "data", destination / "data")
    return destination


# The new topic staff add in these tests: the one `make bench` adds before its console
# retrain, so both exercise the same content.
PARKING = BENCH_TOPIC
