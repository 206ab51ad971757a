"""Writing FAQ topics to the training data, in the layout developers review with `git diff`.

One file per topic, `data/nlu/faq/<topic>.yml` (docs/content_style.md). Edits change only
the lines they must: adding examples appends lines to the `examples` block, and an answer
that did not change keeps its original line wrapping. A retired topic's file moves to
`data_retired/nlu/faq/`, outside the training data, and buttons pointing to it are removed
from the other topics.

Every change is checked before it is written: the content rules (`bot.content.topics.problems`),
examples that already belong to another topic, and examples the red-flag detector flags
(an emergency message must never be taught as an FAQ question).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import tempfile
import textwrap
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from bot.content.topics import (
    FAQ_SUBDIR,
    RETRIEVAL_INTENT,
    STAFF_MIN_EXAMPLES,
    Topic,
    load_topic,
    load_topics,
    problems,
)

RETIRED_SUBDIR = Path("data_retired") / "nlu" / "faq"
ANSWER_WIDTH = 88
HANDOFF_BUTTON = {"title": "Talk to staff", "payload": "/human_handoff"}
RESERVED_NAMES = {"new"}  # /faq/new is the console's add-a-topic page


class ContentError(ValueError):
    """A change that would break the content rules; `problems` says why."""

    def __init__(self, problems_found: list[str]) -> None:
        super().__init__("; ".join(problems_found))
        self.problems = problems_found


@dataclass(frozen=True)
class LastEdit:
    """Who last changed a topic file, and when (from the audit log, git or the file)."""

    by: str
    at: str
    source: str


def normalise_example(text: str) -> str:
    """One example question on one line, without surrounding space."""
    return " ".join(text.split())


def example_key(text: str) -> str:
    """How two examples are compared for duplicates (the content tests compare the same way)."""
    return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()


def normalise_answer(text: str) -> str:
    return " ".join(text.split())


class FaqStore:
    """The FAQ topic files under one training root (the repository, or a copy of it)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.faq_dir = self.root / FAQ_SUBDIR
        self.retired_dir = self.root / RETIRED_SUBDIR

    # -- reading -------------------------------------------------------------------

    def topics(self) -> dict[str, Topic]:
        return load_topics(self.faq_dir) if self.faq_dir.is_dir() else {}

    def retired(self) -> dict[str, Topic]:
        return load_topics(self.retired_dir) if self.retired_dir.is_dir() else {}

    def get(self, name: str) -> Topic:
        """The topic `name`.

        Raises:
            KeyError: there is no such (live) topic.
        """
        path = self.path_for(name)
        if not path.is_file():
            raise KeyError(name)
        return load_topic(path)

    def path_for(self, name: str) -> Path:
        if not re.fullmatch(r"[a-z0-9_]+", name):
            raise KeyError(name)
        return self.faq_dir / f"{name}.yml"

    def _file(self, topic: Topic) -> Path:
        """The file `topic` was read from (its usual place if it was built in memory)."""
        return topic.path or self.path_for(topic.name)

    # -- checks --------------------------------------------------------------------

    def check(self, topic: Topic, new: bool) -> list[str]:
        """Everything wrong with `topic` as it would be written; empty if it is fine."""
        topics = self.topics()
        found = problems(topic, set(topics) | {topic.name}, STAFF_MIN_EXAMPLES)
        if new and topic.name in topics:
            found.append(f"a topic called {topic.name} already exists")
        if topic.name in RESERVED_NAMES:
            found.append(f"{topic.name} is reserved; choose another name")
        if new and topic.name in self.retired():
            found.append(f"a retired topic is called {topic.name}; choose another name")
        if any(len(source) > 300 for source in topic.sources):
            found.append("a source is longer than 300 characters")
        if len(topic.title) > 80:
            found.append("the title is longer than 80 characters")
        if any(len(example) > 300 for example in topic.examples):
            found.append("an example is longer than 300 characters")
        owners = {
            example_key(example): other.name
            for other in topics.values()
            if other.name != topic.name
            for example in other.examples
        }
        for example in topic.examples:
            owner = owners.get(example_key(example))
            if owner:
                found.append(f"example {example!r} already belongs to topic {owner}")
        found += [
            f"example {example!r} describes a red flag ({reason}); emergency messages "
            "must never be FAQ examples"
            for example, reason in flagged_examples(topic.examples)
        ]
        return found

    # -- writing -------------------------------------------------------------------

    def add_topic(
        self,
        name: str,
        title: str,
        examples: list[str],
        answer: str,
        sources: list[str],
        buttons: list[dict[str, str]] | None = None,
    ) -> Topic:
        """Writes a new topic file.

        Raises:
            ContentError: the topic breaks a content rule.
        """
        topic = Topic(
            name=name.strip(),
            examples=_unique([normalise_example(e) for e in examples if e.strip()]),
            answer=normalise_answer(answer),
            title=" ".join(title.split()) or name.replace("_", " ").capitalize(),
            sources=[" ".join(s.split()) for s in sources if s.strip()],
            buttons=list(buttons) if buttons is not None else [dict(HANDOFF_BUTTON)],
        )
        found = self.check(topic, new=True)
        if found:
            raise ContentError(found)
        path = self.path_for(topic.name)
        self.faq_dir.mkdir(parents=True, exist_ok=True)
        _write(path, render_topic(topic), topic)
        return replace(topic, path=path)

    def add_examples(self, name: str, examples: list[str]) -> list[str]:
        """Appends examples to a topic; returns those that were new to it.

        Raises:
            KeyError: no such topic.
            ContentError: an example breaks a content rule.
        """
        topic = self.get(name)
        known = {example_key(e) for e in topic.examples}
        added = []
        for example in (normalise_example(e) for e in examples):
            if example and example_key(example) not in known:
                known.add(example_key(example))
                added.append(example)
        if not added:
            return []
        updated = replace(topic, examples=topic.examples + added)
        # Only what the new examples break: an answer written before a stricter rule
        # (the reading grade) must not stop staff teaching its topic new wording.
        already = set(self.check(topic, new=False))
        found = [problem for problem in self.check(updated, new=False) if problem not in already]
        if found:
            raise ContentError(found)
        _write(self._file(topic), render_topic(updated, _answer_lines(topic)), updated)
        return added

    def update_answer(self, name: str, answer: str, title: str, sources: list[str]) -> Topic:
        """Replaces a topic's answer, title and sources; examples and buttons stay.

        Raises:
            KeyError: no such topic.
            ContentError: the new answer breaks a content rule.
        """
        topic = self.get(name)
        answer = normalise_answer(answer)
        sources = [" ".join(s.split()) for s in sources if s.strip()]
        updated = replace(topic, answer=answer, title=" ".join(title.split()), sources=sources)
        if answer != normalise_answer(topic.answer) or sources != topic.sources:
            # A clinician signed off the old text, not this one.
            updated = replace(updated, reviewed_by="", reviewed_on="")
        found = self.check(updated, new=False)
        if found:
            raise ContentError(found)
        keep = _answer_lines(topic) if answer == normalise_answer(topic.answer) else None
        _write(self._file(topic), render_topic(updated, keep), updated)
        return updated

    def mark_reviewed(self, name: str, reviewer: str, on: dt.date) -> Topic:
        """Records that a clinician checked the answer and its sources on `on`.

        Raises:
            KeyError: no such topic.
            ValueError: no reviewer name.
        """
        reviewer = " ".join(reviewer.split())
        if not reviewer or len(reviewer) > 120:
            raise ValueError("the reviewer's name is needed (at most 120 characters)")
        topic = self.get(name)
        updated = replace(topic, reviewed_by=reviewer, reviewed_on=on.isoformat())
        _write(self._file(topic), render_topic(updated, _answer_lines(topic)), updated)
        return updated

    def retire(self, name: str) -> list[str]:
        """Moves a topic out of the training data; returns the other topics changed.

        Buttons in other topics that pointed to it are removed.

        Raises:
            KeyError: no such topic.
        """
        topic = self.get(name)
        self.retired_dir.mkdir(parents=True, exist_ok=True)
        path = self._file(topic)
        os.replace(path, self.retired_dir / path.name)
        changed = []
        payload = f"/{RETRIEVAL_INTENT}/{name}"
        for other in self.topics().values():
            kept = [b for b in other.buttons if b.get("payload") != payload]
            if len(kept) != len(other.buttons):
                updated = replace(other, buttons=kept)
                _write(self._file(other), render_topic(updated, _answer_lines(other)), updated)
                changed.append(other.name)
        return changed

    # -- history -------------------------------------------------------------------

    def last_edit_from_files(self, topic: Topic) -> LastEdit:
        """The last git commit touching the topic file, or the file's modification time."""
        path = self._file(topic)
        try:
            result = subprocess.run(
                ["git", "log", "-1", "--format=%an%x09%aI", "--", path.name],
                cwd=path.parent,
                capture_output=True,
                text=True,
                timeout=5,
            )
            if result.returncode == 0 and "\t" in result.stdout:
                author, date = result.stdout.strip().split("\t", 1)
                return LastEdit(author, date[:16].replace("T", " "), "git")
        except (OSError, subprocess.SubprocessError):
            pass
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.timezone.utc)
        return LastEdit("(file)", mtime.strftime("%Y-%m-%d %H:%M"), "file")


def flagged_examples(
    examples: list[str], reading_cache: Path | None = None
) -> list[tuple[str, str]]:
    """Examples the red-flag detector flags, with the tier and reasons it found. The
    retrain's gate passes the last training's reading cache, so that only examples the
    training did not read are read again."""
    from bot.safety.detector import findings_of
    from bot.safety.verdict import strictest

    flagged = []
    readings = findings_of(examples, reading_cache)
    for example, findings in zip(examples, readings, strict=True):
        tier = strictest(tier for tier, _ in findings)
        if tier is not None:
            reasons = ", ".join(dict.fromkeys(reason for _, reason in findings))
            flagged.append((example, f"{tier}: {reasons}"))
    return flagged


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    unique = []
    for item in items:
        if example_key(item) not in seen:
            seen.add(example_key(item))
            unique.append(item)
    return unique


def _answer_lines(topic: Topic) -> list[str] | None:
    """The answer's lines exactly as in the file, to keep its wrapping when unchanged."""
    if topic.path is None or not topic.path.is_file():
        return None
    lines = topic.path.read_text().splitlines()
    try:
        start = lines.index("  - text: >-") + 1
    except ValueError:
        return None
    kept = []
    for line in lines[start:]:
        if not line.startswith("      "):
            break
        kept.append(line)
    return kept


def _scalar(value: str) -> str:
    """`value` as a YAML scalar: plain when that reads back the same, else double-quoted."""
    if value and value == value.strip() and "#" not in value:
        try:
            if yaml.safe_load(f"k: {value}") == {"k": value}:
                return value
        except yaml.YAMLError:
            pass
    return json.dumps(value, ensure_ascii=False)


def render_topic(topic: Topic, answer_lines: list[str] | None = None) -> str:
    """The topic file's text, in the layout of docs/content_style.md."""
    lines = [
        'version: "3.1"',
        "nlu:",
        f"- intent: {topic.intent}",
        "  examples: |",
        *(f"    - {example}" for example in topic.examples),
        "responses:",
        f"  {topic.response_name}:",
        "  - text: >-",
    ]
    lines += answer_lines or textwrap.wrap(
        topic.answer,
        width=ANSWER_WIDTH,
        initial_indent=" " * 6,
        subsequent_indent=" " * 6,
        break_long_words=False,
        break_on_hyphens=False,
    )
    if topic.buttons:
        lines.append("    buttons:")
        for button in topic.buttons:
            lines.append(f"    - title: {_scalar(button['title'])}")
            lines.append(f"      payload: {_scalar(button['payload'])}")
    lines += ["    metadata:", f"      title: {_scalar(topic.title)}", "      sources:"]
    lines += [f"      - {json.dumps(source, ensure_ascii=False)}" for source in topic.sources]
    if topic.reviewed_by and topic.reviewed_on:
        lines.append(f"      reviewed_by: {json.dumps(topic.reviewed_by, ensure_ascii=False)}")
        lines.append(f'      reviewed_on: "{topic.reviewed_on}"')
    return "\n".join(lines) + "\n"


def _write(path: Path, text: str, expected: Topic) -> None:
    """Writes atomically after checking the text reads back as `expected`."""
    with tempfile.NamedTemporaryFile(
        "w", dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp", delete=False
    ) as file:
        file.write(text)
        temporary = Path(file.name)
    try:
        written = load_topic(temporary)
        same = (
            written.name == expected.name
            and written.examples == expected.examples
            and normalise_answer(written.answer) == normalise_answer(expected.answer)
            and written.title == expected.title
            and written.sources == expected.sources
            and written.buttons == expected.buttons
            and written.reviewed_by == expected.reviewed_by
            and written.reviewed_on == expected.reviewed_on
        )
        if not same:
            raise ContentError([f"{path.name} would not read back as written"])
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
