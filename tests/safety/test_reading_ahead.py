"""The training's second process (`python -m bot.safety.learned`) fills the cache the
safety component reads: the detector's reading of the corpus and the fitted layer."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from bot.safety.learned import LEARNED_CACHE, READING_CACHE
from bot.settings import PROJECT_ROOT

# A corpus the layer can be fitted on: two reasons, and every word in two texts.
TEXTS = {
    "crushing pain in my chest": "emergency\n  reasons: [chest_pain]",
    "crushing chest pain right now": "emergency\n  reasons: [chest_pain]",
    "i fainted at the bus stop just now": "emergency\n  reasons: [fainting]",
    "fainted just now at the stop": "emergency\n  reasons: [fainting]",
    "no chest pain at all, just a stiff back": "none",
    "a stiff back after gardening, no pain in my chest": "none",
}
CASES = "cases:\n" + "".join(f'- text: "{t}"\n  tier: {tier}\n' for t, tier in TEXTS.items())


def test_reading_ahead_stores_the_detectors_reading_of_the_projects_corpus(
    tmp_path: Path,
) -> None:
    project, cache = tmp_path / "project", tmp_path / "cache"
    (project / "data" / "safety").mkdir(parents=True)
    (project / "data" / "nlu").mkdir(parents=True)
    (project / "data" / "safety" / "cases.yml").write_text(CASES)
    (project / "data" / "nlu" / "faq.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - hello there\n'
    )
    env = {
        **os.environ,
        "RASA_CACHE_DIRECTORY": str(cache),
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    subprocess.run(
        [sys.executable, "-m", "bot.safety.learned"], cwd=project, env=env, check=True, timeout=300
    )
    key, fitted = pickle.loads((cache / LEARNED_CACHE).read_bytes())
    assert fitted.score("crushing pain in my chest").p_red_flag > 0.5
    stored = pickle.loads((cache / READING_CACHE).read_bytes())
    assert set(stored) == {*TEXTS, "hello there"}
    present, findings = stored["crushing pain in my chest"]
    assert "chest" in present and findings == (("emergency", "chest_pain"),)
    present, findings = stored["no chest pain at all, just a stiff back"]
    assert "chest" not in present and findings == ()  # negated

    # The retrain's gate on FAQ examples reads the findings from there: a text the cache
    # lacks is read on the spot, and the training's cache keeps all it had.
    from bot.safety.detector import findings_of

    texts = ["crushing pain in my chest", "hello there", "i fainted at the bus stop"]
    assert findings_of(texts, cache / READING_CACHE) == [
        (("emergency", "chest_pain"),),
        (),
        (("emergency", "fainting"),),
    ]
    assert len(pickle.loads((cache / READING_CACHE).read_bytes())) == len(TEXTS) + 1


def test_the_layer_fitted_ahead_is_used_and_only_for_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.safety import learned

    project = tmp_path / "project"
    (project / "safety").mkdir(parents=True)
    (project / "nlu").mkdir()
    (project / "safety" / "cases.yml").write_text(CASES)
    (project / "nlu" / "faq.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - hello there\n'
    )
    monkeypatch.setenv("RASA_CACHE_DIRECTORY", str(tmp_path / "cache"))
    ahead = learned.train_learned_layer(project / "safety", project / "nlu")

    def no_second_fit(*args: object, **kwargs: object) -> None:
        raise AssertionError("fitted twice")

    monkeypatch.setattr(learned.LearnedLayer, "fit", no_second_fit)
    reused = learned.train_learned_layer(project / "safety", project / "nlu")
    assert reused.score("crushing pain in my chest") == ahead.score("crushing pain in my chest")
    # Other rows are fitted again, never served the stored layer.
    (project / "nlu" / "faq.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - good morning\n'
    )
    with pytest.raises(AssertionError, match="fitted twice"):
        learned.train_learned_layer(project / "safety", project / "nlu")
