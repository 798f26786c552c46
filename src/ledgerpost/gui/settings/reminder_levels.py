"""The "Reminders" tab: the payment reminder levels (days after the due date, negative for a
notice before it; a fee; the invoices' copies and the open-items statement attached), the
words of each level per language (reminder_words.py) and the least amount worth a reminder.

Each edit is checked at once with the domain's own rules (``domain.reminder_levels``) and
every problem is shown beside its cell and listed under the table; saving is the dialog's.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.reminder_levels import field_of, level_problems
from ledgerpost.domain.reminders import DEFAULT_LEVELS
from ledgerpost.gui.settings.fields import problem_label, show_problem
from ledgerpost.gui.settings.reminder_words import ReminderWords
from ledgerpost.gui.widgets.language import (
    LANGUAGE_NAMES,
    current_language,
    number_text,
    problem_message,
    read_decimal,
)
from ledgerpost.gui.widgets.palette import Tone, style

LEVELS, MINIMUM = "reminders.levels", "reminders.minimum"
DAYS, FEE, INVOICES, STATEMENT = 1, 2, 3, 4
DAYS_RANGE = (-365, 3650)
NEXT_DAYS = 14
"""How many days after the last level a new one starts."""


def _amount_text(value: object) -> str:
    number = read_decimal(str(value), "en")
    if number is None:
        return str(value)
    places = max(-number.as_tuple().exponent, 2)  # type: ignore[operator]
    return number_text(number, places).replace("\u00a0", " ")


def _amount_value(text: str) -> str:
    """Typed the locale's way ("10,00"), kept the declaration's way ("10.00")."""
    number = read_decimal(text.strip())
    return text.strip() if number is None else str(number)


class ReminderLevelsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[dict[str, Any]] = []
        self._loading = False
        self._saved_problems: dict[str, str] = {}
        intro = QLabel(
            self.tr(
                "A customer whose invoice is overdue gets the reminder of the level it has "
                "reached, one level at a time and never the same level twice. Negative days "
                "send a friendly notice before the due date."
            )
        )
        intro.setWordWrap(True)
        self._build_table()
        self._build_minimum()
        self.words = ReminderWords(current_language())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addLayout(self.minimum_form)
        layout.addWidget(self.words, 2)
        self.add_button.clicked.connect(self.add_level)
        self.remove_button.clicked.connect(self.remove_level)
        self.table.currentCellChanged.connect(lambda row, *_: self._choose(row))
        self.words.edited.connect(self.check)
        self.minimum.textEdited.connect(self.check)

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Reminder levels"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Level"),
                self.tr("Days after the due date"),
                self.tr("Fee"),
                self.tr("Attach the invoices"),
                self.tr("Attach the open-items statement"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add a level"))
        self.remove_button = QPushButton(self.tr("Remove the &last level"))
        self.problems = problem_label(self.tr("Problems of the reminder levels"))

    def _build_minimum(self) -> None:
        self.minimum = QLineEdit()
        self.minimum.setMaximumWidth(160)
        self.minimum.setAccessibleName(self.tr("Least amount for a reminder"))
        self.minimum.setToolTip(
            self.tr("A customer owing less than this overdue (less money on account) gets none")
        )
        self.minimum_problem = problem_label(self.tr("Problem with the least amount"))
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(self.minimum)
        box.addWidget(self.minimum_problem)
        self.minimum_form = QFormLayout()
        self.minimum_form.addRow(self.tr("Least amount for a &reminder:"), box)
        label = self.minimum_form.labelForField(box)
        if isinstance(label, QLabel):
            label.setBuddy(self.minimum)

    # --- the table ----------------------------------------------------------------------

    def _add_row(self, entry: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        level = QTableWidgetItem(str(entry["level"]))
        level.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        level.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, 0, level)
        days = QSpinBox()
        days.setRange(*DAYS_RANGE)
        days.setValue(int(entry["days"]))
        days.setAccessibleName(
            self.tr("Days after the due date, level %1").replace("%1", level.text())
        )
        days.valueChanged.connect(lambda value, e=entry: self._set(e, "days", int(value)))
        fee = QLineEdit(_amount_text(entry.get("fee", "0")))
        fee.setAccessibleName(self.tr("Fee, level %1").replace("%1", level.text()))
        fee.textEdited.connect(lambda text, e=entry: self._set(e, "fee", _amount_value(text)))
        self.table.setCellWidget(row, DAYS, days)
        self.table.setCellWidget(row, FEE, fee)
        for col, key in ((INVOICES, "attach_invoices"), (STATEMENT, "attach_statement")):
            tick = QCheckBox()
            tick.setChecked(bool(entry.get(key, key == "attach_invoices")))
            tick.setAccessibleName(self.table.horizontalHeaderItem(col).text())
            tick.toggled.connect(lambda on, e=entry, k=key: self._set(e, k, bool(on)))
            self.table.setCellWidget(row, col, tick)

    def _set(self, entry: dict[str, Any], key: str, value: object) -> None:
        if not self._loading:
            entry[key] = value
            self.check()

    def _fill(self) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for entry in self.entries:
            self._add_row(entry)
        self._loading = False
        self.remove_button.setEnabled(len(self.entries) > 1)
        self.table.setCurrentCell(0, DAYS)
        self._choose(0)

    def _choose(self, row: int) -> None:
        self.words.show_level(self.entries[row] if 0 <= row < len(self.entries) else None)
        self.check()

    def add_level(self) -> None:
        last = self.entries[-1]
        entry = {
            "level": int(last["level"]) + 1,
            "days": int(last["days"]) + NEXT_DAYS,
            "attach_invoices": True,
            "attach_statement": True,
            "fee": str(last.get("fee", "0")),
        }
        self.entries.append(entry)
        self._loading = True
        self._add_row(entry)
        self._loading = False
        self.remove_button.setEnabled(True)
        self.table.setCurrentCell(len(self.entries) - 1, DAYS)
        self.check()

    def remove_level(self) -> None:
        if len(self.entries) > 1:
            self.entries.pop()
            self.table.removeRow(len(self.entries))
            self.remove_button.setEnabled(len(self.entries) > 1)
            self._choose(self.table.currentRow())

    # --- values and problems ------------------------------------------------------------

    def set_values(self, values: dict[str, Any]) -> None:
        self.entries = copy.deepcopy(list(values.get(LEVELS) or DEFAULT_LEVELS))
        self.entries.sort(key=lambda e: int(e["level"]))
        self.minimum.setText(_amount_text(values.get(MINIMUM, "0")))
        self._fill()

    def values(self) -> dict[str, Any]:
        levels = []
        for entry in self.entries:
            kept = {k: v for k, v in entry.items() if k != "texts"}
            texts = {k: v for k, v in dict(entry.get("texts", {})).items() if any(v.values())}
            if texts:
                kept["texts"] = texts
            levels.append(kept)
        return {LEVELS: levels, MINIMUM: _amount_value(self.minimum.text())}

    def live_problems(self) -> dict[str, str]:
        """The levels' problems now, by field (``reminders.levels.2.days``)."""
        found: dict[str, str] = {}
        for problem in level_problems(self.values()[LEVELS]):
            found[problem.field] = f"{found.get(problem.field, '')} {problem_message(problem)}"
        minimum = read_decimal(self.minimum.text().strip())
        if minimum is None or minimum < Decimal(0):
            found[MINIMUM] = self.tr("Enter an amount of zero or more, e.g. 5.00")
        return {k: v.strip() for k, v in found.items()}

    def check(self) -> None:
        """After an edit: the problems as they are now (those of the last save are gone)."""
        self._saved_problems = {}
        self._show_problems()

    def _show_problems(self) -> None:
        """Every problem: in red beside its cell, and listed under the table."""
        found = {**self._saved_problems, **self.live_problems()}
        lines = [self._where(key) + text for key, text in found.items() if key != MINIMUM]
        show_problem(self.problems, "\n".join(lines))
        show_problem(self.minimum_problem, found.get(MINIMUM, ""))
        for row, entry in enumerate(self.entries):
            for col, name in ((DAYS, "days"), (FEE, "fee")):
                widget = self.table.cellWidget(row, col)
                text = found.get(field_of(int(entry["level"]), name), "")
                if widget is not None:
                    widget.setStyleSheet(style(Tone.PROBLEM) if text else "")
                    widget.setToolTip(text)
        self.words.show_problems(found)

    def _where(self, key: str) -> str:
        """``reminders.levels.2.de.body`` → "Level 2, German, text: "."""
        parts = key.split(".")
        if len(parts) < 3 or not parts[2].isdigit():
            return ""
        where = [self.tr("Level %1").replace("%1", parts[2])]
        if len(parts) == 5:
            where.append(LANGUAGE_NAMES.get(parts[3], parts[3]))
        names = {"days": self.tr("days"), "fee": self.tr("fee"), "subject": self.tr("subject")}
        names["body"] = self.tr("text")
        where.append(names.get(parts[-1], parts[-1]))
        return ", ".join(where) + ": "

    def show_problems(self, problems: dict[str, str]) -> bool:
        """The dialog's problems on saving; whether any was one of ours."""
        self._saved_problems = {k: v for k, v in problems.items() if k in (LEVELS, MINIMUM)}
        self._show_problems()
        return bool(self._saved_problems)
