"""A model is retrained only when something that shapes it changed."""

from __future__ import annotations

import shutil

from bot.modelops.training import (
    component_cache_dir,
    custom_component_files,
    fingerprint,
    training_inputs,
)
from bot.settings import PROJECT_ROOT


def _copy_project(tmp_path):
    for name in ("config.yml", "domain.yml"):
        shutil.copy(PROJECT_ROOT / name, tmp_path / name)
    shutil.copytree(PROJECT_ROOT / "data", tmp_path / "data")
    shutil.copytree(PROJECT_ROOT / "bot" / "nlu", tmp_path / "bot" / "nlu")
    return tmp_path


def test_training_inputs_cover_config_domain_data_and_components():
    names = {p.relative_to(PROJECT_ROOT).as_posix() for p in training_inputs()}
    assert {"config.yml", "domain.yml", "data/rules.yml"} <= names
    assert any(n.startswith("data/nlu/faq/") for n in names)
    assert any(n.startswith("bot/nlu/") for n in names)
    # The learned layer learns from the detector's reading, glossary included: a change
    # to any of it must train a new model, not reuse one trained on the old reading.
    assert {"bot/safety/turkish.py", "bot/safety/concepts.py"} <= names
    assert "bot/safety/patterns/rules.py" in names and "bot/safety/patterns/spine.py" in names
    # Registering a new blind set measures the model; it does not change it.
    assert "bot/safety/evaluation.py" not in names


def test_fingerprint_is_stable_and_follows_the_data(tmp_path):
    root = _copy_project(tmp_path)
    first = fingerprint(root)
    assert fingerprint(root) == first

    (root / "data" / "nlu" / "out_of_scope.yml").write_text(
        (root / "data" / "nlu" / "out_of_scope.yml").read_text()
        + "    - what time is it in tokyo\n"
    )
    changed = fingerprint(root)
    assert changed != first

    (root / "README.txt").write_text("not a training input")
    assert fingerprint(root) == changed


def test_the_component_cache_follows_our_component_code_not_the_data(tmp_path):
    """Rasa's cache reuses a trained component when its configuration and inputs are the
    same; it does not look at our code, so a code change must start an empty cache."""
    (tmp_path / "project").mkdir()
    root = _copy_project(tmp_path / "project")
    var = tmp_path / "var"
    cache = component_cache_dir(var, root / "config.yml", root)
    (root / "data" / "nlu" / "extra.yml").write_text('version: "3.1"\nnlu: []\n')
    assert component_cache_dir(var, root / "config.yml", root) == cache  # data: same cache

    component = next(p for p in custom_component_files(root / "config.yml", root))
    component.write_text(component.read_text() + "\n# changed\n")
    assert component_cache_dir(var, root / "config.yml", root) != cache
