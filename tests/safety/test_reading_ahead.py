"""The training launcher's reading ahead fills the cache the safety component reads."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from bot.safety.learned import READING_CACHE
from bot.settings import PROJECT_ROOT


def test_reading_ahead_stores_the_detectors_reading_of_the_projects_corpus(
    tmp_path: Path,
) -> None:
    project, cache = tmp_path / "project", tmp_path / "cache"
    (project / "data" / "safety").mkdir(parents=True)
    (project / "data" / "nlu").mkdir(parents=True)
    (project / "data" / "safety" / "cases.yml").write_text(
        'cases:\n- text: "crushing pain in my chest"\n  tier: emergency\n'
        "  reasons: [chest_pain]\n"
        '- text: "no chest pain at all, just a stiff back"\n  tier: none\n'
    )
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
    stored = pickle.loads((cache / READING_CACHE).read_bytes())
    assert set(stored) == {
        "crushing pain in my chest",
        "no chest pain at all, just a stiff back",
        "hello there",
    }
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
    assert len(pickle.loads((cache / READING_CACHE).read_bytes())) == 3
