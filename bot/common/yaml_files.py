"""Reading YAML files with the C parser when PyYAML was built with it.

The safety corpus is thousands of cases: the pure-Python parser took 8 s of every
training to read it; libyaml reads it in under a second and gives the same result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    """The content of the YAML file at `path`, loaded safely (plain data only)."""
    return yaml.load(path.read_text(), Loader=_LOADER)  # noqa: S506 (a safe loader)
