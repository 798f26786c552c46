"""The dependency rule of ARCHITECTURE.md, checked on every import statement in the package."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import ledgerpost

PACKAGE = Path(ledgerpost.__file__).resolve().parent
QT = {"PySide6", "shiboken6"}

# For each layer, the layers of ours it must never import.
FORBIDDEN: dict[str, set[str]] = {
    "platform": {"i18n", "storage", "documents", "mail", "services", "gui", "cli", "einvoice"},
    "i18n": {"storage", "documents", "mail", "services", "gui", "cli", "einvoice"},
    "storage": {"i18n", "services", "gui", "cli", "documents", "mail", "einvoice"},
    "documents": {"storage", "services", "gui", "cli", "mail"},
    "einvoice": {"i18n", "storage", "documents", "mail", "services", "gui", "cli"},
    "mail": {"storage", "services", "gui", "cli", "einvoice"},
    "services": {"gui", "cli"},
    "gui": {"storage", "cli"},
    "cli": {"gui", "storage"},
}
# Every module of the package lives in a layer; at the top only the package itself and its
# ``python -m`` entry point.
LAYERS = {"domain", *FORBIDDEN}
TOP_MODULES = {"__init__.py", "__main__.py"}
# The sanctioned crossings: the command line starts the window when asked to; storage's error
# names its sentence in the problem catalogue (as a mail error does) for its English ``str()``.
ALLOWED_CROSSINGS = {("cli/gui_command.py", "gui"), ("storage/errors.py", "i18n")}


def imports_of(path: Path) -> list[tuple[str, int]]:
    """Every module named by an import in the file, at any depth, with its line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                raise AssertionError(f"{path}: relative import on line {node.lineno}")
            found.append((node.module or "", node.lineno))
    return found


def modules() -> list[tuple[str, Path]]:
    return [(p.relative_to(PACKAGE).as_posix(), p) for p in sorted(PACKAGE.rglob("*.py"))]


def test_the_package_has_the_layers_the_contract_names() -> None:
    layers = {rel.split("/")[0] for rel, _ in modules() if "/" in rel}
    assert layers == LAYERS


def test_every_module_belongs_to_a_layer() -> None:
    top = {rel for rel, _ in modules() if "/" not in rel}
    assert top == TOP_MODULES


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    bad = []
    for rel, path in modules():
        if not rel.startswith("domain/"):
            continue
        for name, line in imports_of(path):
            top = name.split(".")[0]
            ours_ok = name == "ledgerpost.domain" or name.startswith("ledgerpost.domain.")
            if not ours_ok and (top == "ledgerpost" or top not in sys.stdlib_module_names):
                bad.append(f"{rel}:{line} imports {name}")
    assert bad == []


def test_only_gui_imports_qt() -> None:
    bad = [
        f"{rel}:{line} imports {name}"
        for rel, path in modules()
        if not rel.startswith("gui/")
        for name, line in imports_of(path)
        if name.split(".")[0] in QT
    ]
    assert bad == []


def test_imports_point_inward() -> None:
    bad = []
    for rel, path in modules():
        layer = rel.split("/")[0]
        for name, line in imports_of(path):
            parts = name.split(".")
            if parts[0] != "ledgerpost" or len(parts) < 2:
                continue
            target = parts[1]
            if target in FORBIDDEN.get(layer, set()) and (rel, target) not in ALLOWED_CROSSINGS:
                bad.append(f"{rel}:{line} ({layer}) imports {name}")
    assert bad == []


# The engine and what the use cases stand on, never called by the window or the command line.
SERVICE_INTERNALS = ("ledgerpost.services.delivery", "ledgerpost.services.infra")


def test_the_window_and_the_command_line_call_only_use_cases() -> None:
    bad = [
        f"{rel}:{line} imports {name}"
        for rel, path in modules()
        if rel.split("/")[0] in {"gui", "cli"}
        for name, line in imports_of(path)
        if any(name == x or name.startswith(x + ".") for x in SERVICE_INTERNALS)
    ]
    assert bad == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("def f():\n    from PySide6 import QtCore\n    import sqlalchemy.orm\n")
    assert imports_of(sample) == [("PySide6", 2), ("sqlalchemy.orm", 3)]
