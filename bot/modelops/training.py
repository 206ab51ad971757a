"""Training only when the training data or configuration changed.

A model's file name carries a fingerprint of everything that shapes it (config, domain,
training data, our NLU component code and the Rasa version), so an existing file with the
current fingerprint is reused without asking Rasa to load TensorFlow at all.

When something did change, Rasa's graph cache retrains only the parts it affects: a new
FAQ example leaves the dialogue policies as they were. Rasa fingerprints a component by
its configuration and inputs, not by its code, so the cache lives in a folder named
after a hash of our component code (`component_cache_dir`): changed code, empty cache.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from bot.common.yaml_files import load_yaml
from bot.modelops.runtime_config import process_environment
from bot.settings import PROJECT_ROOT, get_settings

logger = logging.getLogger(__name__)

MODEL_PREFIX = "clinic"


def learned_layer_code() -> list[Path]:
    """The code the learned layer's training depends on: it learns from what the pattern
    detector reads, so all of the safety package (the glossary and concepts included) but
    its evaluation module, which only measures and changes whenever a blind set is added."""
    safety = [
        path
        for path in sorted((PROJECT_ROOT / "bot" / "safety").rglob("*.py"))
        if path.name != "evaluation.py"
    ]
    return [*safety, PROJECT_ROOT / "bot" / "common" / "training_cache.py"]


def training_inputs(root: Path = PROJECT_ROOT) -> list[Path]:
    """Files whose content shapes the trained model, in a stable order."""
    files = [root / "config.yml"]
    files += _yaml_files(root / "domain.yml", root / "domain", root / "data")
    # The custom components' own code decides what they persist in the model; the safety
    # screen's learned layer also learns from what the pattern detector reads.
    files += custom_component_files(root / "config.yml", root)
    files += learned_layer_code()
    return [path for path in files if path.is_file()]


def custom_component_files(config: Path, root: Path = PROJECT_ROOT) -> list[Path]:
    """Source files of the custom components (`module.Class` names) used in `config`."""
    content = load_yaml(config) or {}
    names = [step.get("name", "") for step in (content.get("pipeline") or [])]
    names += [step.get("name", "") for step in (content.get("policies") or [])]
    modules = sorted({name.rsplit(".", 1)[0] for name in names if "." in name})
    files = [Path(*module.split(".")).with_suffix(".py") for module in modules]
    # A training copy without the code (tests, a staff workspace) uses this repository's.
    return [root / f if (root / f).is_file() else PROJECT_ROOT / f for f in files]


def _yaml_files(*locations: Path) -> Iterable[Path]:
    for location in locations:
        if location.is_file():
            yield location
        elif location.is_dir():
            yield from sorted(p for p in location.rglob("*") if p.suffix in {".yml", ".yaml"})


def fingerprint(root: Path = PROJECT_ROOT, config: Path | None = None) -> str:
    """A short hash of every training input and of the Rasa version."""
    import importlib.metadata

    digest = hashlib.sha256(importlib.metadata.version("rasa").encode())
    inputs = training_inputs(root)
    if config is not None and config != root / "config.yml":
        replaced = {root / "config.yml", *custom_component_files(root / "config.yml", root)}
        inputs = [config, *custom_component_files(config, root)] + [
            p for p in inputs if p not in replaced
        ]
    for path in inputs:
        label = path.relative_to(root) if path.is_relative_to(root) else path.name
        digest.update(str(label).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def model_path(models_dir: Path, print_: str) -> Path:
    return models_dir / f"{MODEL_PREFIX}-{print_}.tar.gz"


def ensure_model(
    root: Path = PROJECT_ROOT,
    models_dir: Path | None = None,
    config: Path | None = None,
    force: bool = False,
    validated: bool = False,
) -> Path:
    """The path of a model for the current training data, training one if needed.

    `validated`: the caller has just run `rasa data validate` on this data (the retrain
    pipeline), so Rasa's own second validation is skipped.
    """
    models_dir = models_dir or root / "models"
    config = config or root / "config.yml"
    path = model_path(models_dir, fingerprint(root, config))
    models_dir.mkdir(parents=True, exist_ok=True)
    # One training at a time: a second process waits, then reuses the first one's model.
    with (models_dir / ".train.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists() and not force:
            logger.info("Training data unchanged; using %s", path.name)
            return path
        logger.info("Training a new model: %s", path.name)
        train(root, models_dir, path.name[: -len(".tar.gz")], config, validated)
    return path


def component_cache_dir(var_dir: Path, config: Path, root: Path = PROJECT_ROOT) -> Path:
    """Where Rasa caches trained components for this version of our component code."""
    import importlib.metadata

    code = {
        *custom_component_files(config, root),
        *learned_layer_code(),
        *(PROJECT_ROOT / "bot" / "nlu").glob("*.py"),
    }
    digest = hashlib.sha256(importlib.metadata.version("rasa").encode())
    for path in sorted(code):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return var_dir / "rasa-cache" / digest.hexdigest()[:12]


def _fresh_cache(var_dir: Path, config: Path, root: Path) -> Path:
    """This code's cache folder; the caches of other code versions are deleted."""
    cache = component_cache_dir(var_dir, config, root)
    for other in cache.parent.glob("*"):
        if other != cache and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
    cache.mkdir(parents=True, exist_ok=True)
    return cache


def train(root: Path, models_dir: Path, name: str, config: Path, validated: bool = False) -> None:
    """Runs `rasa train`; its output goes to `var/train.log`, shown only on failure."""
    models_dir.mkdir(parents=True, exist_ok=True)
    settings = get_settings()
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    log_path = settings.var_dir / "train.log"
    cache = _fresh_cache(settings.var_dir, config, root)
    domain = root / "domain" if (root / "domain").is_dir() else root / "domain.yml"
    command = [
        sys.executable,
        "-m",
        "rasa",
        "train",
        "--config",
        str(config),
        "--domain",
        str(domain),
        "--data",
        str(root / "data"),
        "--out",
        str(models_dir),
        "--fixed-model-name",
        name,
        *(["--skip-validation"] if validated else []),
    ]
    env = {**process_environment(settings), "RASA_CACHE_DIRECTORY": str(cache)}
    started = time.monotonic()
    # One training per cache at a time (a retrain in a staff workspace shares it).
    with log_path.open("w") as log, (cache / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        # The detector reads the safety corpus on the second core while Rasa starts and
        # trains the FAQ components; the safety component then finds the reading cached.
        reader = subprocess.Popen(
            [sys.executable, "-m", "bot.safety.learned"], cwd=root, env=env, stdout=log, stderr=log
        )
        try:
            result = subprocess.run(command, cwd=root, env=env, stdout=log, stderr=log)
        finally:
            reader.kill()  # done by now, or not needed: Rasa reused the safety component
            reader.wait()
    if result.returncode != 0:
        tail = log_path.read_text(errors="replace")[-4000:]
        raise RuntimeError(f"rasa train failed (full log: {log_path}):\n{tail}")
    logger.info("Trained %s in %.0f s", name, time.monotonic() - started)
