"""No words reach the window without going through Qt's translation (``tr``/``translate``).

An AST scan of ``ledgerpost.gui``: a string literal or f-string handed straight to a call that
puts text on screen (``setText``, ``QLabel(...)``, ``setToolTip``, ``addAction``...) is a
string a translator never sees. Text without letters (separators, symbols) is fine, and so is
the short list of words that are the same in every language.
"""

from __future__ import annotations

import ast
from pathlib import Path

import ledgerpost.gui

GUI = Path(ledgerpost.gui.__file__).resolve().parent

SHOWS_TEXT = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "addAction",
    "addTab",
    "insertTab",
    "setTabText",
    "addItem",
    "addItems",
    "addMenu",
    "addRow",
    "showMessage",
    "setHeaderLabels",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setFormat",
    "addButton",
    "setInformativeText",
    "setDetailedText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QTreeWidgetItem",
    "QTableWidgetItem",
    "QListWidgetItem",
    "information",
    "warning",
    "critical",
    "question",
    "getSaveFileName",
    "getOpenFileName",
    "addToolBar",
}

FILE_DIALOGS = {"getSaveFileName", "getOpenFileName"}

ALLOWED = {
    "LedgerPost",  # the product's name
    "STARTTLS",
    "SSL",
    "SMTP",
    "CSV",
    "PDF",
    "IBAN",
    "Message-ID",
}
"""Words that stay as they are in every language."""


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def untranslated(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called_name(node) in SHOWS_TEXT and not _logs(node):
            found += [(node.lineno, text) for text in _bare_texts(node)]
    return found


def _logs(node: ast.Call) -> bool:
    """``log.warning(...)``: a line for the log file, which is written in English."""
    receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
    return isinstance(receiver, ast.Name) and receiver.id in {"log", "logger", "logging"}


def _called_name(node: ast.Call) -> str:
    return node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")


def _bare_texts(node: ast.Call) -> list[str]:
    """The call's string arguments with letters that are not wrapped in tr()."""
    arguments = [*node.args, *(k.value for k in node.keywords)]
    if _called_name(node) in FILE_DIALOGS:  # (parent, caption, file name, filter): no text
        arguments = [a for i, a in enumerate(node.args) if i != 2]
    texts = []
    for arg in arguments:
        candidates = arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]
        for value in candidates:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                text = value.value
                if _has_letters(text) and text.strip() not in ALLOWED:
                    texts.append(text)
            elif isinstance(value, ast.JoinedStr):
                literal = "".join(v.value for v in value.values if isinstance(v, ast.Constant))
                if _has_letters(literal):
                    texts.append(ast.unparse(value))
    return texts


def test_the_scan_finds_a_bare_string() -> None:
    code = (
        "self.label.setText('Sent')\nQLabel(f'Total {x}')\nb.setText(self.tr('Sent'))\n"
        "log.warning('call %s failed', name)"
    )
    assert [text for _line, text in untranslated(ast.parse(code))] == ["Sent", "f'Total {x}'"]


def test_every_string_on_screen_goes_through_tr() -> None:
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        for line, text in untranslated(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.name}:{line}: {text!r}")
    assert offenders == []
