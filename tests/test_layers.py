"""The package layering of docs/architecture.md, checked on the source: no module imports a layer above
its own, at module level or inside a function. Imports under `if TYPE_CHECKING:` are type hints only
and are allowed (they never run)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "shopagent"

# Lowest first. A module may import its own layer and any layer below it.
LAYERS = ("leaf", "catalog", "search", "commerce", "plan", "agent", "serve", "render", "cli", "entry")
LEAVES = {"paths", "errors", "money", "statedb", "text", "inventory", "data", "schema", "prompts"}
PLACED = {
    "deps": "catalog",  # the handle bag: builds the state file, the embedder and the catalog store
    "__main__": "entry",
    "testing": "entry",  # test doubles and harnesses for tests/ and bench/; the package never imports them
}
MAX_LINES = 600


def layer_of(module: str) -> str:
    parts = module.split(".")
    assert parts[0] == "shopagent", module
    if len(parts) == 1:
        return "leaf"  # the package __init__
    head = parts[1]
    if head in PLACED:
        return PLACED[head]
    if head in LEAVES:
        return "leaf"
    if head in LAYERS:
        return head
    raise AssertionError(f"{module}: not in a layer; place it here and in docs/architecture.md")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(path: Path, module: str | None = None) -> list[tuple[str, int]]:
    """(imported shopagent module, line) for every import that runs, wherever it is written.
    `module` names the file's place in the package when it is not under shopagent/."""
    module = module or module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if node.module is None or target == package:  # `from . import x`: x is a module too
                found.extend((f"{target}.{alias.name}", node.lineno) for alias in node.names)
            else:
                found.append((target, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return [(name, line) for name, line in found if name == "shopagent" or name.startswith("shopagent.")]


SOURCES = sorted(p for p in ROOT.rglob("*.py") if "data" not in p.relative_to(ROOT).parts[:1])


def test_every_module_is_placed():
    for path in SOURCES:
        layer_of(module_name(path))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_upward_import(path: Path):
    here = layer_of(module_name(path))
    upward = [
        f"{path.relative_to(ROOT.parent)}:{line} imports {target} ({layer_of(target)} is above {here})"
        for target, line in imports(path)
        if LAYERS.index(layer_of(target)) > LAYERS.index(here)
    ]
    assert not upward, "\n".join(upward)


def test_nothing_in_the_package_imports_the_test_doubles():
    users = [
        str(path.relative_to(ROOT.parent))
        for path in SOURCES
        if layer_of(module_name(path)) != "entry"
        and any(t.startswith("shopagent.testing") for t, _ in imports(path))
    ]
    assert not users


def test_the_layer_check_sees_function_level_imports(tmp_path: Path):
    """The check itself: an import inside a function counts, relative or absolute; one under
    TYPE_CHECKING does not."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from shopagent.agent.session import Session\n"
        "def f():\n    from ..render import progress\n    import shopagent.cli.main\n"
        "    from . import views\n"
    )
    found = [t for t, _ in imports(probe, module="shopagent.catalog.probe")]
    assert found == ["shopagent.render", "shopagent.cli.main", "shopagent.catalog.views"]
    assert [layer_of(t) for t in found] == ["render", "cli", "catalog"]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_is_over_the_size_limit(path: Path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT.parent)}: {lines} lines (limit {MAX_LINES}): split it"
