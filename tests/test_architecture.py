"""The layering of docs/architecture.md, checked on the source.

The layers are the import-linter contract in pyproject.toml (`make lint` runs it); this
test reads the same contract and adds what import-linter does not check: every module of
`bot/` and `actions/` belongs to a layer, imports inside functions count, and there is no
import cycle, even inside one layer.
"""

from __future__ import annotations

import ast
from pathlib import Path

import tomli

from bot.settings import PROJECT_ROOT

CONTRACT = tomli.loads((PROJECT_ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
LAYERS = {layer: layer.replace(":", " ") for layer in CONTRACT["contracts"][0]["layers"]}
LAYERS[list(LAYERS)[-1]] += " bot"  # the root package itself sits with the lowest layer
# Known exceptions, each with its reason in pyproject.toml.
ALLOWED_UPWARD = {
    tuple(part.strip() for part in rule.split("->"))
    for rule in CONTRACT["contracts"][0].get("ignore_imports", [])
}
RANK = {name: rank for rank, name in enumerate(reversed(list(LAYERS)))}


def layer_of(module: str) -> str | None:
    best = None
    for name, prefixes in LAYERS.items():
        for prefix in prefixes.split():
            matches = module == prefix or module.startswith(prefix + ".")
            if matches and (best is None or len(prefix) > best[1]):
                best = (name, len(prefix))
    return best[0] if best else None


def modules() -> dict[str, Path]:
    found = {}
    for path in [*PROJECT_ROOT.glob("bot/**/*.py"), *PROJECT_ROOT.glob("actions/**/*.py")]:
        name = ".".join(path.relative_to(PROJECT_ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def imports(path: Path, known: dict[str, Path]) -> set[str]:
    """Project modules `path` imports anywhere in it (inside functions too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        found |= {name for name in names if name in known}
    return found


def test_every_module_belongs_to_a_layer():
    assert [m for m in modules() if layer_of(m) is None] == []


def test_no_module_imports_from_a_layer_above_its_own():
    known = modules()
    upward = []
    for module, path in known.items():
        for target in imports(path, known):
            above = RANK[layer_of(target)] > RANK[layer_of(module)]
            if above and (module, target) not in ALLOWED_UPWARD:
                upward.append(f"{module} ({layer_of(module)}) -> {target}")
    assert upward == []


def test_there_is_no_import_cycle():
    known = modules()
    graph = {module: imports(path, known) - {module} for module, path in known.items()}
    # A module imported as part of its package (`bot.admin.views`) depends on the package.
    visiting: list[str] = []
    done: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        if module in done:
            return
        if module in visiting:
            cycles.append(visiting[visiting.index(module) :] + [module])
            return
        visiting.append(module)
        for target in sorted(graph[module]):
            if not module.startswith(target + "."):  # a package's own __init__
                visit(target)
        visiting.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)
    assert cycles == []
