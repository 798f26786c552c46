"""The "New account…" dialog of the chart of accounts: number, name, kind, a bank account tick
(assets only) and a VAT code; the chart's refusals are shown at their fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.accounts import AccountKind
from ledgerpost.domain.problems import Problem
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import problem_line, problem_message
from ledgerpost.services import books

FIELDS = ("number", "name", "kind")
"""The fields the chart's problems name, each with a line of its own under it."""


def kind_names() -> dict[AccountKind, str]:
    """The kinds of account in the window's language."""
    return {
        AccountKind.ASSET: QCoreApplication.translate("AccountKind", "Asset"),
        AccountKind.LIABILITY: QCoreApplication.translate("AccountKind", "Liability"),
        AccountKind.EQUITY: QCoreApplication.translate("AccountKind", "Equity"),
        AccountKind.INCOME: QCoreApplication.translate("AccountKind", "Income"),
        AccountKind.EXPENSE: QCoreApplication.translate("AccountKind", "Expense"),
    }


class NewAccountDialog(QDialog):
    """Emits ``added`` with the new account's number once the chart has it."""

    added = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New account"))
        self.number = QLineEdit()
        self.number.setMaxLength(20)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind, shown in kind_names().items():
            self.kind.addItem(shown, kind.value)
        self.bank = QCheckBox(self.tr("A &bank account (receipts and payments can name it)"))
        self.vat_code = QLineEdit()
        self.vat_code.setMaxLength(20)
        self.field_problems = {name: self._problem_label() for name in FIELDS}
        self.problems = self._problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._build()
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.buttons.accepted.connect(self.keep)
        self.buttons.rejected.connect(self.reject)
        self._kind_changed()

    def _problem_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020;")
        label.hide()
        return label

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Number"), self.number)
        form.addRow("", self.field_problems["number"])
        form.addRow(self.tr("N&ame"), self.name)
        form.addRow("", self.field_problems["name"])
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow("", self.bank)
        form.addRow("", self.field_problems["kind"])
        form.addRow(self.tr("&VAT code"), self.vat_code)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def chosen_kind(self) -> AccountKind:
        return AccountKind(self.kind.currentData())

    def choose_kind(self, kind: AccountKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _kind_changed(self) -> None:
        asset = self.chosen_kind() is AccountKind.ASSET
        self.bank.setEnabled(asset)
        if not asset:
            self.bank.setChecked(False)

    def keep(self) -> None:
        ledger, by = self.context.ledger, self.context.by
        number, name, kind = self.number.text(), self.name.text(), self.chosen_kind()
        vat_code, bank = self.vat_code.text(), self.bank.isChecked()
        self.buttons.setEnabled(False)
        self.context.runner.run(
            lambda: books.add_account(ledger, number, name, kind, vat_code, bank=bank, by=by),
            lambda problems: self._kept(number.strip(), problems),
            self._failed,
            owner=self,
        )

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field; any other below the form."""
        at: dict[str, list[str]] = {name: [] for name in FIELDS}
        others = []
        for problem in problems:
            if problem.field in at:
                at[problem.field].append(problem_message(problem))
            else:
                others.append(problem_line(problem))
        for name, label in self.field_problems.items():
            label.setText("\n".join(at[name]))
            label.setVisible(bool(at[name]))
        self.problems.setText("\n".join(others))
        self.problems.setVisible(bool(others))

    def _kept(self, number: str, problems: list[Problem]) -> None:
        self.buttons.setEnabled(True)
        self.show_problems(problems)
        if problems:
            return
        self.added.emit(number)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        from ledgerpost.gui import errors

        self.buttons.setEnabled(True)
        self.problems.show()
        errors.tell(exc, self.problems.setText)
