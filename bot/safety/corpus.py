"""Labelled red-flag messages: loading them for training the learned layer and for eval.

A case is `{text, tier, reasons, kind?, context?}` (docs/red_flags.md); `context` lists
the patient's earlier messages in the same conversation, oldest first. The learned layer
trains on `data/safety/*.yml` plus every NLU training example of the assistant as a
look-alike (`none`): questions about spasms share most of their words with red flags.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.common.yaml_files import load_yaml
from bot.settings import PROJECT_ROOT

# Relative to the project being trained (a staff workspace has its own copy).
CORPUS_FOLDER = "data/safety"
NLU_FOLDER = "data/nlu"
SAFETY_DATA = PROJECT_ROOT / CORPUS_FOLDER
NLU_DATA = PROJECT_ROOT / NLU_FOLDER


@dataclass(frozen=True)
class Case:
    text: str
    tier: str  # emergency | urgent | soon | none
    reasons: tuple[str, ...]
    kind: str = ""
    context: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Case:
        return cls(
            text=str(raw["text"]),
            tier=str(raw["tier"]),
            reasons=tuple(raw.get("reasons") or ()),
            kind=str(raw.get("kind") or ""),
            context=tuple(raw.get("context") or ()),
        )


def load_cases(*paths: Path) -> list[Case]:
    """The cases of each file, or of every `.yml` file in each folder, in order."""
    cases: list[Case] = []
    for path in paths:
        files = sorted(path.glob("*.yml")) if path.is_dir() else [path]
        for file in files:
            content = load_yaml(file) or {}
            cases += [Case.from_dict(raw) for raw in content.get("cases") or []]
    return cases


def nlu_examples(directory: Path = NLU_DATA) -> list[str]:
    """Every training example of the assistant's intents (FAQ, conversation, out of scope)."""
    examples: list[str] = []
    for file in sorted(directory.rglob("*.yml")):
        content = load_yaml(file) or {}
        for entry in content.get("nlu") or []:
            block = entry.get("examples") or ""
            examples += [
                line.strip()[2:].strip()
                for line in block.splitlines()
                if line.strip().startswith("- ")
            ]
    return [e for e in examples if e and not e.startswith("/")]


def training_set(
    safety_dir: Path = SAFETY_DATA, nlu_dir: Path = NLU_DATA
) -> tuple[list[str], list[list[str]]]:
    """Texts and their reason codes (empty for none), for the learned layer."""
    texts: list[str] = []
    reasons: list[list[str]] = []
    for case in load_cases(safety_dir):
        texts.append(" ".join((*case.context, case.text)) if case.context else case.text)
        reasons.append(list(case.reasons) if case.tier != "none" else [])
    for example in nlu_examples(nlu_dir):
        texts.append(example)
        reasons.append([])
    return texts, reasons


def reason_tiers(cases: Iterable[Case]) -> dict[str, str]:
    """Each reason code's tier as the cases label it (a single-reason case decides)."""
    tiers: dict[str, str] = {}
    for case in cases:
        if case.tier != "none" and len(case.reasons) == 1:
            tiers.setdefault(case.reasons[0], case.tier)
    return tiers
