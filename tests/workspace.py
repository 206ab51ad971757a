"""A copy of the repository's training data to change in tests (never the real data/)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.settings import PROJECT_ROOT

SMALL_CONFIG = PROJECT_ROOT / "tests" / "config.small.yml"


def copy_training_root(destination: Path, config: Path | None = None) -> Path:
    """Copies config, domain and data/ to `destination`; returns it."""
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copy(config or PROJECT_ROOT / "config.yml", destination / "config.yml")
    shutil.copy(PROJECT_ROOT / "domain.yml", destination / "domain.yml")
    shutil.copytree(PROJECT_ROOT / "data", destination / "data")
    return destination


PARKING = {
    "name": "parking",
    "title": "Parking at the clinic",
    "examples": [
        "is there parking at the clinic",
        "where can i park when i come for physio",
        "do you have a car park",
        "is parking free at your clinic",
        "can i leave my car outside the clinic",
        "disabled parking near the entrance?",
    ],
    "answer": (
        "The clinic has a free car park behind the building, with two spaces for blue badge "
        "holders next to the entrance. If it is full, there is a public car park on the next "
        "street. Ask reception if you need help getting from your car to the clinic."
    ),
    "sources": ["Clinic article: Visiting the clinic (seed 900)"],
}
