"""Held-out evaluation of a trained model: FAQ answer accuracy, out-of-scope recall.

The held-out messages in `eval/` were written independently of the training
phrasings. Every message is parsed by the real trained pipeline (including the
fallback and answer-confidence gates); an FAQ message counts as correct only if the
assistant would give exactly the expected topic's answer.
"""

from __future__ import annotations

import asyncio
import collections
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.common.yaml_files import load_yaml
from bot.safety.verdict import SOON_WITH_ANSWER_INTENT
from bot.settings import PROJECT_ROOT

EVAL_DIR = PROJECT_ROOT / "eval"
NOT_ANSWERED = {"nlu_fallback", "out_of_scope"}
# The reply that the assistant reads only English (with the emergency number): for an
# out-of-scope message in another language it declines as well, in other words. Reported
# beside `oos_recall` (`oos_declined`), which keeps counting the out-of-scope reply only.
DECLINED = NOT_ANSWERED | {"unsupported_language"}


@dataclass(frozen=True)
class LabelledMessage:
    text: str
    expected: str  # "faq/<topic>" or "out_of_scope"


def load_faq_heldout(path: Path = EVAL_DIR / "faq_heldout.yml") -> list[LabelledMessage]:
    data = load_yaml(path)
    messages = [
        LabelledMessage(text, f"faq/{topic}")
        for topic, texts in data["faq"].items()
        for text in texts
    ]
    messages += [LabelledMessage(text, "out_of_scope") for text in data["out_of_scope"]]
    return messages


def outcome(parse: dict[str, Any]) -> str:
    """What the assistant does with a parsed message: `faq/<topic>` or an intent name."""
    intent = (parse.get("intent") or {}).get("name") or "none"
    # A `soon` finding keeps the FAQ answer (bot.nlu.safety_screen): score that answer.
    if intent in ("faq", SOON_WITH_ANSWER_INTENT):
        selected = (parse.get("response_selector") or {}).get("faq") or {}
        return (selected.get("response") or {}).get("intent_response_key") or "faq/?"
    return intent


async def parse_messages(model: Path, texts: Sequence[str]) -> list[dict[str, Any]]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in texts]


def score(messages: Sequence[LabelledMessage], outcomes: Sequence[str]) -> dict[str, Any]:
    faq = [(m, o) for m, o in zip(messages, outcomes, strict=True) if m.expected.startswith("faq/")]
    oos = [(m, o) for m, o in zip(messages, outcomes, strict=True) if m.expected == "out_of_scope"]
    per_topic: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for message, result in faq:
        per_topic[message.expected][1] += 1
        per_topic[message.expected][0] += int(result == message.expected)
    faq_correct = sum(correct for correct, _ in per_topic.values())
    return {
        "faq_messages": len(faq),
        "faq_answer_accuracy": round(faq_correct / len(faq), 4) if faq else None,
        "faq_fallback_rate": round(sum(o in NOT_ANSWERED for _, o in faq) / len(faq), 4)
        if faq
        else None,
        "faq_wrong_answer_rate": round(
            sum(o.startswith("faq/") and o != m.expected for m, o in faq) / len(faq), 4
        )
        if faq
        else None,
        "oos_messages": len(oos),
        "oos_recall": round(sum(o in NOT_ANSWERED for _, o in oos) / len(oos), 4) if oos else None,
        "oos_declined": round(sum(o in DECLINED for _, o in oos) / len(oos), 4) if oos else None,
        "per_topic_accuracy": {
            topic: round(correct / total, 4)
            for topic, (correct, total) in sorted(per_topic.items())
        },
        "errors": [
            {"text": m.text, "expected": m.expected, "got": o}
            for m, o in zip(messages, outcomes, strict=True)
            if not (o == m.expected or (m.expected == "out_of_scope" and o in NOT_ANSWERED))
        ],
    }


def confusion(
    messages: Sequence[LabelledMessage], outcomes: Sequence[str]
) -> tuple[list[str], list[list[int]]]:
    labels = sorted({m.expected for m in messages} | set(outcomes))
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for message, result in zip(messages, outcomes, strict=True):
        matrix[index[message.expected]][index[result]] += 1
    return labels, matrix


# Blind FAQ sets in patients' voices (eval/README.md): measured once before any tuning;
# their first passes are in docs/nlu_pipeline.md, later runs are development figures.
BLIND_FAQ_SETS = {
    "blind v1": EVAL_DIR / "faq_blind_v1.yml",
    "blind v2": EVAL_DIR / "faq_blind_v2.yml",
    "blind v3": EVAL_DIR / "faq_blind_v3.yml",
    "blind v4": EVAL_DIR / "faq_blind_v4.yml",
    "blind v5": EVAL_DIR / "faq_blind_v5.yml",
    "blind v6": EVAL_DIR / "faq_blind_v6.yml",
    "blind v7": EVAL_DIR / "faq_blind_v7.yml",
    "blind v8": EVAL_DIR / "faq_blind_v8.yml",
    "blind v9": EVAL_DIR / "faq_blind_v9.yml",
    "blind v10": EVAL_DIR / "faq_blind_v10.yml",
    "blind v11": EVAL_DIR / "faq_blind_v11.yml",
    "blind v12": EVAL_DIR / "faq_blind_v12.yml",
    "blind v13": EVAL_DIR / "faq_blind_v13.yml",
    "blind v14": EVAL_DIR / "faq_blind_v14.yml",
    "blind v15": EVAL_DIR / "faq_blind_v15.yml",
    "blind v16": EVAL_DIR / "faq_blind_v16.yml",
    "blind v17": EVAL_DIR / "faq_blind_v17.yml",
    "blind v18": EVAL_DIR / "faq_blind_v18.yml",
    "blind v19": EVAL_DIR / "faq_blind_v19.yml",
    "blind v20": EVAL_DIR / "faq_blind_v20.yml",
    "blind v21": EVAL_DIR / "faq_blind_v21.yml",
    "blind v22": EVAL_DIR / "faq_blind_v22.yml",
    "blind v23": EVAL_DIR / "faq_blind_v23.yml",
    "blind v24": EVAL_DIR / "faq_blind_v24.yml",
    "blind v25": EVAL_DIR / "faq_blind_v25.yml",
    "blind v26": EVAL_DIR / "faq_blind_v26.yml",
    "blind v27": EVAL_DIR / "faq_blind_v27.yml",
    "blind v28": EVAL_DIR / "faq_blind_v28.yml",
    "blind v29": EVAL_DIR / "faq_blind_v29.yml",
    "blind v30": EVAL_DIR / "faq_blind_v30.yml",
    "blind v31": EVAL_DIR / "faq_blind_v31.yml",
    "blind v32": EVAL_DIR / "faq_blind_v32.yml",
    "blind v33": EVAL_DIR / "faq_blind_v33.yml",
    "blind v34": EVAL_DIR / "faq_blind_v34.yml",
    "blind v35": EVAL_DIR / "faq_blind_v35.yml",
    "blind v36": EVAL_DIR / "faq_blind_v36.yml",
}


@dataclass(frozen=True)
class LongMessage:
    text: str
    topics: tuple[str, ...]  # one, or two when the message asks two questions


def load_long_messages(path: Path) -> list[LongMessage]:
    data = load_yaml(path)
    return [LongMessage(c["text"], tuple(c["topics"])) for c in data.get("long") or []]


def score_long(cases: Sequence[LongMessage], parses: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Long messages: the right answer, or a "not sure" whose top 3 topics hold it."""
    right = useful = two = both = 0
    misses = []
    for case, parse in zip(cases, parses, strict=True):
        wanted = {f"faq/{topic}" for topic in case.topics}
        got = outcome(parse)
        selector = (parse.get("response_selector") or {}).get("faq") or {}
        top3 = {r.get("intent_response_key") for r in (selector.get("ranking") or [])[:3]}
        not_sure = got in NOT_ANSWERED or got == "faq/?"
        right += got in wanted
        useful += got in wanted or (not_sure and bool(wanted & top3))
        if len(wanted) == 2:  # two questions: were both answered?
            second = (parse.get("second_answer") or {}).get("intent_response_key")
            two += 1
            both += {got, second} == wanted
        if got not in wanted:
            misses.append({"text": case.text, "expected": sorted(wanted), "got": got})
    return {
        "long_messages": len(cases),
        "long_right": right,
        "long_useful": useful,
        "long_two_questions": two,
        "long_both_answered": both,
        "long_misses": misses,
    }


def evaluate_model(model: Path) -> dict[str, Any]:
    """Held-out FAQ and out-of-scope metrics of `model`, then the blind FAQ sets."""
    messages = load_faq_heldout()
    blind = {
        name: (load_faq_heldout(path), load_long_messages(path))
        for name, path in BLIND_FAQ_SETS.items()
        if path.exists()
    }
    texts = [m.text for m in messages]
    for short, long in blind.values():
        texts += [m.text for m in short] + [c.text for c in long]
    parses = asyncio.run(parse_messages(model, texts))
    outcomes = [outcome(p) for p in parses[: len(messages)]]
    report = {"model": model.name, **score(messages, outcomes)}
    labels, matrix = confusion(messages, outcomes)
    report["confusion"] = {"labels": labels, "matrix": matrix}
    start = len(messages)
    report["blind"] = {}
    for name, (short, long) in blind.items():
        short_parses = parses[start : start + len(short)]
        long_parses = parses[start + len(short) : start + len(short) + len(long)]
        start += len(short) + len(long)
        result = score(short, [outcome(p) for p in short_parses])
        result.update(score_long(long, long_parses))
        report["blind"][name] = result
    return report


def blind_markdown(report: dict[str, Any]) -> str:
    """The blind FAQ sets' rows (development figures once a set has been looked at)."""
    lines = [
        "## Blind FAQ sets (first passes in docs/nlu_pipeline.md; these are re-runs)",
        "",
        "| set | FAQ accuracy | not sure | wrong | OOS recall | long: right "
        "| long: right or useful not sure | two questions: both answered |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, r in (report.get("blind") or {}).items():
        two = r.get("long_two_questions") or 0
        both = f"{r.get('long_both_answered', 0)}/{two}" if two else "-"
        lines.append(
            f"| {name} ({r['faq_messages']} + {r['oos_messages']} + {r['long_messages']}) "
            f"| {r['faq_answer_accuracy']:.3f} | {r['faq_fallback_rate']:.3f} "
            f"| {r['faq_wrong_answer_rate']:.3f} | {r['oos_recall']:.3f} "
            f"| {r['long_right']}/{r['long_messages']} | {r['long_useful']}/{r['long_messages']} "
            f"| {both} |"
        )
    return "\n".join([*lines, ""])


def summary_markdown(report: dict[str, Any], sections: Sequence[str] = ()) -> str:
    """The held-out FAQ report, then `sections` (baselines, safety) rendered by their own
    modules, which import this one."""
    lines = [
        f"# Held-out evaluation of `{report['model']}`",
        "",
        "| metric | value | target |",
        "|---|---|---|",
        f"| FAQ answer accuracy ({report['faq_messages']} messages) "
        f"| {report['faq_answer_accuracy']:.3f} | >= 0.92 (benchmark: >= 0.95) |",
        f"| FAQ fallback rate (not sure) | {report['faq_fallback_rate']:.3f} | |",
        f"| FAQ wrong-answer rate | {report['faq_wrong_answer_rate']:.3f} | |",
        f"| Out-of-scope recall ({report['oos_messages']} messages) "
        f"| {report['oos_recall']:.3f} | >= 0.90 |",
        f"| Out-of-scope declined (the English-only reply counted too) "
        f"| {report['oos_declined']:.3f} | |",
        "",
        "## Accuracy per topic",
        "",
        "| topic | accuracy |",
        "|---|---|",
    ]
    lines += [f"| `{t}` | {a:.2f} |" for t, a in report["per_topic_accuracy"].items()]
    lines += ["", f"{len(report['errors'])} misses are listed in eval.json.", ""]
    lines += sections
    return "\n".join(lines)


def write_confusion_plot(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = report["confusion"]["labels"]
    matrix = report["confusion"]["matrix"]
    figure, axes = plt.subplots(figsize=(14, 12))
    axes.imshow(matrix, cmap="Blues")
    axes.set_xticks(range(len(labels)), labels, rotation=90, fontsize=7)
    axes.set_yticks(range(len(labels)), labels, fontsize=7)
    axes.set_xlabel("assistant's answer")
    axes.set_ylabel("expected")
    for row, values in enumerate(matrix):
        for column, value in enumerate(values):
            if value:
                axes.text(column, row, value, ha="center", va="center", fontsize=6)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def write_reports(report: dict[str, Any], directory: Path, sections: Sequence[str] = ()) -> None:
    """Writes eval.json, eval.md (with `sections`) and faq_confusion.png under `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "eval.json").write_text(json.dumps(report, indent=2))
    (directory / "eval.md").write_text(summary_markdown(report, sections))
    write_confusion_plot(report, directory / "faq_confusion.png")
