"""The settings dialog's Language tab: the language of the window (``ui.language``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.gui.settings.fields import problem_label, show_problem
from ledgerpost.gui.widgets.language import LANGUAGE_NAMES, system_language
from ledgerpost.gui.widgets.palette import Tone, style

KEY = "ui.language"


class LanguageTab(QWidget):
    """One choice: the system's language, or one of ours by its own name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Language of the window"))
        system = LANGUAGE_NAMES[system_language()]
        self.choice.addItem(self.tr("System language (%1)").replace("%1", system), "")
        for code in LANGUAGES:
            self.choice.addItem(LANGUAGE_NAMES[code], code)
        self.problem = problem_label(self.tr("Problem with the language"))
        hint = QLabel(
            self.tr(
                "Menus, pages and dialogs speak this language; Arabic also turns the window "
                "right to left. Documents and messages go out in each customer's own language."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(style(Tone.QUIET))
        form = QFormLayout()
        label = QLabel(self.tr("&Window language:"))
        label.setBuddy(self.choice)
        form.addRow(label, self.choice)
        form.addRow(self.problem)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)

    def set_values(self, values: dict[str, Any]) -> None:
        index = self.choice.findData(values.get(KEY, ""))
        self.choice.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, Any]:
        return {KEY: self.choice.currentData() or ""}

    def show_problems(self, problems: dict[str, str]) -> bool:
        show_problem(self.problem, problems.get(KEY, ""))
        return KEY in problems
