"""Running the project's command line (`python -m bot ...`) from tests, as staff run it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping

from bot.settings import PROJECT_ROOT


def run_bot(*args: str, env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python -m bot ARGS` in the repository with `env` added to this environment."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env={**os.environ, **(env or {}), "PYTHONPATH": str(PROJECT_ROOT)},
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
