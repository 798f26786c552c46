"""Editors for declared settings (ledgerpost.domain.settings): one widget per setting, made from
its type, with its description as tooltip and a problem line under it.

The settings dialog's tabs place these fields; validation stays with the declaration.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.settings import BY_KEY, Setting
from ledgerpost.gui.widgets.language import core_text, number_text, read_decimal
from ledgerpost.gui.widgets.palette import Tone, style

SPIN_MAX = 2_000_000_000
AMOUNT_KEYS = frozenset({"credits.package_price"})
"""Text settings holding an amount: shown and typed with the locale's decimal separator."""


def label_of(key: str) -> str:
    """The short name a form shows beside a setting."""
    return {
        "smtp.host": QCoreApplication.translate("settings", "Mail server"),
        "smtp.port": QCoreApplication.translate("settings", "Port"),
        "smtp.security": QCoreApplication.translate("settings", "Security"),
        "smtp.user": QCoreApplication.translate("settings", "User name"),
        "smtp.from_address": QCoreApplication.translate("settings", "From address"),
        "smtp.from_name": QCoreApplication.translate("settings", "From name"),
        "smtp.reply_to": QCoreApplication.translate("settings", "Reply-To"),
        "smtp.ca_file": QCoreApplication.translate("settings", "Trusted certificate (CA file)"),
        "smtp.allow_insecure_auth": QCoreApplication.translate(
            "settings", "Allow the password without encryption"
        ),
        "mail.send_delay_seconds": QCoreApplication.translate(
            "settings", "Wait before sending (seconds)"
        ),
        "mail.test_address": QCoreApplication.translate(
            "settings", "Test mode: send everything to"
        ),
        "mail.size_limit_mb": QCoreApplication.translate("settings", "Largest message (MB)"),
        "credits.package_size": QCoreApplication.translate("settings", "Credits in one package"),
        "credits.package_price": QCoreApplication.translate("settings", "Price of one package"),
        "credits.package_currency": QCoreApplication.translate("settings", "Currency"),
    }.get(key, key)


def description_of(setting: Setting) -> str:
    """The declaration's description, as translated for the window."""
    return core_text("setting", setting.description)


def problem_label(name: str) -> QLabel:
    """A red line under a field, hidden until there is something to say."""
    label = QLabel()
    label.setStyleSheet(style(Tone.PROBLEM))
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class DeclaredField(QWidget):
    """One declared setting: its editor and, under it, what is wrong with the value."""

    edited = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = BY_KEY[key]
        self.key = key
        self.editor: QLineEdit | QSpinBox | QCheckBox
        if self.setting.type is bool:
            self.editor = QCheckBox(label_of(key))
            self.editor.toggled.connect(lambda *_: self.edited.emit())
        elif self.setting.type is int:
            self.editor = QSpinBox()
            self.editor.setRange(0, SPIN_MAX)
            self.editor.setAccelerated(True)
            self.editor.setMaximumWidth(180)
            self.editor.valueChanged.connect(lambda *_: self.edited.emit())
        else:
            self.editor = QLineEdit()
            self.editor.textEdited.connect(lambda *_: self.edited.emit())
        description = description_of(self.setting)
        self.editor.setToolTip(description)
        self.editor.setWhatsThis(description)
        self.editor.setAccessibleName(label_of(key))
        self.editor.setAccessibleDescription(description)
        self.problem = problem_label(self.tr("Problem with %1").replace("%1", label_of(key)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor)
        self.hint = QLabel(description)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(style(Tone.QUIET))
        self.hint.hide()
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)

    def show_description(self) -> None:
        """Show the declaration's description under the editor, not only as a tooltip."""
        self.hint.show()

    def value(self) -> Any:
        if isinstance(self.editor, QCheckBox):
            return self.editor.isChecked()
        if isinstance(self.editor, QSpinBox):
            return self.editor.value()
        text = self.editor.text().strip()
        if self.key in AMOUNT_KEYS:
            # Typed the locale's way ("10,00"), kept the declaration's way ("10.00").
            number = read_decimal(text)
            return text if number is None else str(number)
        return text

    def set_value(self, value: Any) -> None:
        if isinstance(self.editor, QCheckBox):
            self.editor.setChecked(bool(value))
        elif isinstance(self.editor, QSpinBox):
            self.editor.setValue(int(value))
        elif self.key in AMOUNT_KEYS and read_decimal(str(value), "en") is not None:
            number = read_decimal(str(value), "en")
            assert number is not None
            places = max(-number.as_tuple().exponent, 0)  # type: ignore[operator]
            self.editor.setText(number_text(number, places).replace("\u00a0", " "))
        else:
            self.editor.setText(str(value))

    def show_problem(self, text: str) -> None:
        show_problem(self.problem, text)


def add_row(form: QFormLayout, field: DeclaredField) -> None:
    """Put a field in a form, labelled from its declaration (a checkbox carries its own)."""
    if isinstance(field.editor, QCheckBox):
        form.addRow(field)
        return
    label = QLabel(label_of(field.key) + ":")
    label.setBuddy(field.editor)
    label.setToolTip(field.editor.toolTip())
    form.addRow(label, field)


class FieldSet:
    """Declared fields of one tab, by key."""

    def __init__(self, keys: tuple[str, ...]) -> None:
        self.fields = {key: DeclaredField(key) for key in keys}

    def __getitem__(self, key: str) -> DeclaredField:
        return self.fields[key]

    def values(self) -> dict[str, Any]:
        return {key: f.value() for key, f in self.fields.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for key, f in self.fields.items():
            f.set_value(values.get(key, f.setting.default))

    def show_problems(self, problems: dict[str, str]) -> bool:
        """Show each field's problem (clearing the others); whether any was one of ours."""
        for key, f in self.fields.items():
            f.show_problem(problems.get(key, ""))
        return any(key in problems for key in self.fields)
