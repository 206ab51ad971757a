"""The retrain pipeline's safety gates, and the pipeline itself up to the example gate."""

from __future__ import annotations

import json

import pytest

from bot.content.faq_store import FaqStore
from bot.modelops.gates import (
    _story_topics,
    judge_examples,
    judge_heldout,
    judge_red_flags,
    red_flag_outcome,
    under_triaged,
)
from bot.modelops.model_store import ModelStore
from bot.modelops.retrain import RetrainPaths, run_retrain
from bot.modelops.runs import RetrainBusy, retrain_lock
from bot.settings import PROJECT_ROOT, Settings
from bot.storage.models import TrainingRun
from tests.workspace import PARKING, copy_training_root

CASES = [
    {"text": "crushing chest pain", "tier": "emergency"},
    {"text": "one calf swollen and hot", "tier": "urgent"},
    {"text": "cramps every night for weeks", "tier": "soon"},
    {"text": "what is a spasm", "tier": "none"},
]


def _parse(tier: str | None) -> dict:
    if tier is None:
        return {"intent": {"name": "faq"}}
    return {"intent": {"name": "red_flag"}, "red_flags": [{"tier": tier, "reason": "x"}]}


def test_the_escalation_tier_comes_from_the_findings_or_the_tier_entity():
    assert red_flag_outcome(_parse("urgent")) == "urgent"
    assert red_flag_outcome(_parse(None)) is None
    entity = {"entity": "red_flag_tier", "value": "soon"}
    assert red_flag_outcome({"intent": {"name": "red_flag"}, "entities": [entity]}) == "soon"


def test_red_flag_gate_passes_when_every_case_is_escalated_at_its_tier():
    result = judge_red_flags(CASES, ["emergency", "emergency", "soon", None], set())
    assert result.passed
    assert result.metrics["recall"] == 1.0
    assert "recall 100.0% on 3 dangerous messages" in result.summary


def test_red_flag_gate_fails_on_a_single_missed_emergency():
    result = judge_red_flags(CASES, [None, "urgent", "soon", None], set())
    assert not result.passed
    assert result.details == ["missed: 'crushing chest pain'"]


def test_red_flag_gate_fails_on_new_under_triage_but_not_on_the_live_models_own():
    candidate = ["emergency", "soon", "soon", None]  # the urgent case triaged as soon
    assert under_triaged(CASES, candidate) == {"one calf swollen and hot"}
    new = judge_red_flags(CASES, candidate, live_under_triaged=set())
    assert not new.passed and "under-triaged (new)" in new.details[0]
    same = judge_red_flags(CASES, candidate, live_under_triaged={"one calf swollen and hot"})
    assert same.passed and same.warnings
    assert not judge_red_flags(CASES, candidate, live_under_triaged=None).passed


def test_held_out_gate_allows_a_drop_of_two_points_and_no_more():
    expected = ["faq/a"] * 100
    live = ["faq/a"] * 90 + ["faq/b"] * 10
    assert judge_heldout(expected, ["faq/a"] * 88 + ["faq/b"] * 12, live).passed
    failed = judge_heldout(expected, ["faq/a"] * 87 + ["faq/b"] * 13, live)
    assert not failed.passed
    assert failed.metrics == {"candidate": 0.87, "messages": 100, "live": 0.9, "drop": 0.03}
    assert "accuracy 87.0% vs 90.0% live" in failed.summary
    assert judge_heldout(expected, ["faq/b"] * 100, None).passed  # nothing to compare with


def test_the_clinic_can_set_the_held_out_tolerance(monkeypatch):
    monkeypatch.setenv("RETRAIN_MAX_ACCURACY_DROP", "0.05")
    paths = RetrainPaths.from_settings(Settings.from_env())
    assert paths.max_accuracy_drop == 0.05
    expected, live = ["faq/a"] * 100, ["faq/a"] * 90 + ["faq/b"] * 10
    assert judge_heldout(expected, ["faq/a"] * 86 + ["faq/b"] * 14, live, 0.05).passed


def test_example_gate_blocks_emergency_and_urgent_examples_and_notes_the_rest():
    result = judge_examples(
        [("chest pain now", "emergency", "chest_pain"), ("small twitches", "soon", "twitch")]
    )
    assert not result.passed
    assert result.details == ["'chest pain now' is flagged emergency: chest_pain"]
    assert result.warnings == ["'small twitches' is flagged soon: twitch"]
    assert judge_examples([("small twitches", "soon", "twitch")]).passed


def test_story_topics_are_the_faq_topics_a_story_expects():
    story = {"steps": [{"user": "x", "intent": "faq/heat_cold"}, {"action": "utter_faq"}]}
    assert _story_topics(story) == {"heat_cold"}
    assert _story_topics({"steps": [{"intent": "greet"}]}) == set()


def test_two_retrains_never_hold_the_lock_at_once(tmp_path):
    with retrain_lock(tmp_path), pytest.raises(RetrainBusy), retrain_lock(tmp_path):
        pass
    with retrain_lock(tmp_path):  # released again
        pass


@pytest.fixture
def paths(tmp_path) -> RetrainPaths:
    root = copy_training_root(tmp_path / "root")
    return RetrainPaths(
        root=root,
        models_dir=tmp_path / "models",
        config=root / "config.yml",
        heldout=PROJECT_ROOT / "eval" / "faq_heldout.yml",
        stories=PROJECT_ROOT / "eval" / "test_stories.yml",
        red_flag_cases=PROJECT_ROOT / "data" / "safety" / "red_flag_cases.yml",
        endpoints=PROJECT_ROOT / "endpoints.yml",
        work_dir=tmp_path / "work",
    )


def test_an_emergency_faq_example_is_rejected_before_training_and_the_live_model_stays(
    paths, database, tmp_path
):
    live_model = tmp_path / "clinic-live.tar.gz"
    live_model.write_bytes(b"model")
    store = ModelStore(database)
    store.publish(live_model, "launcher", "first start")
    FaqStore(paths.root).add_topic(**PARKING)
    parking = paths.root / "data" / "nlu" / "faq" / "parking.yml"
    parking.write_text(
        parking.read_text().replace(
            "    - is there parking at the clinic\n",
            "    - is there parking at the clinic\n"
            "    - crushing chest pain spreading down my left arm\n",
        )
    )
    run = run_retrain(paths, database, "alice", trigger="test")
    assert run.status == "rejected"
    gates = json.loads(run.gates)
    assert [g["name"] for g in gates] == ["gate_examples"]
    assert not gates[0]["passed"]
    assert "crushing chest pain" in gates[0]["details"][0]
    assert "chest_pain" in gates[0]["details"][0]
    steps = {s["name"]: s["status"] for s in json.loads(run.steps)}
    assert steps["validate"] == "passed" and steps["train"] == "skipped"
    assert steps["publish"] == "skipped"
    assert not list(paths.models_dir.glob("*.tar.gz"))
    assert store.live().path == live_model


def test_a_retrain_that_finds_another_running_is_recorded_as_busy(paths, database):
    with retrain_lock(paths.models_dir):
        run = run_retrain(paths, database, "alice", trigger="test")
    assert run.status == "busy"
    with database.session() as session:
        assert session.get(TrainingRun, run.id).finished_at is not None
