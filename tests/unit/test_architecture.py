"""ARCHITECTURE.md stays true: what each folder imports, who imports presidio and spaCy,
the size of a module, and a code map that names every module."""

import ast
import re
from pathlib import Path

import pytest
from helpers import REPO

LINT = REPO / "lint"
SHARED = {"model", "vocabulary", "errors", "terminal", "words", "atomic"}
# Each part of the package -> the parts it may import (itself always allowed).
MAY_IMPORT = {
    **{name: SHARED for name in SHARED},
    "sources": SHARED,
    "detection": SHARED,
    "resolution": SHARED | {"detection"},
    "fixing": SHARED | {"detection", "resolution", "sources", "pipeline"},
    "pipeline": SHARED | {"detection", "resolution", "fixing", "parallel"},
    "parallel": SHARED,
    "reporting": SHARED | {"fixing", "sources"},
    "audit": SHARED | {"fixing", "sources"},
    "config": SHARED,
    "config_edit": SHARED,
    "settings": SHARED | {"config", "detection", "resolution", "fixing", "pipeline"},
    "lsp": SHARED
    | {
        "config",
        "settings",
        "pipeline",
        "detection",
        "resolution",
        "sources",
        "fixing",
        "reporting",
        "config_edit",
    },
    "web": SHARED | {"settings", "pipeline", "detection", "resolution", "sources", "fixing"},
    "__init__": {"model", "pipeline"},
}
MODULES = sorted(p for p in LINT.rglob("*.py") if "__pycache__" not in p.parts)


def part_of(module: str) -> str:
    """lint.sources.docx.parts -> sources; lint.model -> model; lint -> __init__."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else "__init__"


def imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "lint":  # the package's version is everyone's
                found += [f"lint.{a.name}" for a in node.names if a.name != "__version__"]
            else:
                found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_each_module_imports_only_what_its_part_may(path: Path) -> None:
    source = part_of(module_name(path))
    if source == "cli":
        return  # the CLI may use anything
    allowed = MAY_IMPORT[source] | {source}
    wrong = [
        name
        for name in imports(path)
        if name.startswith("lint.") and part_of(name) not in allowed and name != "lint"
    ]
    assert wrong == [], f"{source} may not import {wrong}"
    if source != "cli":
        assert not [name for name in imports(path) if name.startswith("lint.cli")]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_only_detection_imports_presidio_and_spacy(path: Path) -> None:
    heavy = [n for n in imports(path) if n.split(".")[0] in ("presidio_analyzer", "spacy")]
    if part_of(module_name(path)) != "detection":
        assert heavy == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_module_is_over_300_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 300


def test_the_code_map_names_every_module_and_folder() -> None:
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    code_map = text[text.index("```\nlint/") :]
    named = set(re.findall(r"[\w.]+\.py|[\w]+/", code_map))
    for path in MODULES:
        if path.name in ("__init__.py", "__main__.py"):
            assert f"{path.parent.name}/" in named, path.parent
        else:
            assert path.name in named, path
