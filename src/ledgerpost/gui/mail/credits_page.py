"""Message credits: the balance, every grant, top-up and spend, and a top-up for those allowed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.credits import CreditEntry, CreditKind
from ledgerpost.domain.users import Right
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.outbox_model import local_time
from ledgerpost.gui.widgets.language import amount_text
from ledgerpost.gui.widgets.page import Page
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import credits, outbox
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger

MAX_TOP_UP = 10_000_000


@dataclass(frozen=True, slots=True)
class CreditsState:
    balance: int
    history: list[CreditEntry]
    package_size: int
    package_price: str
    package_currency: str
    waiting_for_credit: int


def load_credits(ledger: Ledger) -> CreditsState:
    values = settings_service.load(ledger)
    return CreditsState(
        balance=credits.balance(ledger),
        history=credits.history(ledger),
        package_size=int(values["credits.package_size"]),
        package_price=str(values["credits.package_price"]),
        package_currency=str(values["credits.package_currency"]),
        waiting_for_credit=outbox.waiting(ledger).no_credit,
    )


class CreditsPage(Page):
    """``can_manage_credits`` comes from the user's rights; without it the page only shows."""

    delivery_wanted = Signal()
    """A top-up released messages that waited for credit: connect to BackgroundDelivery.wake."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        can_manage_credits: bool | None = None,
    ) -> None:
        super().__init__(context, parent)
        if can_manage_credits is None:
            can_manage_credits = context.may(Right.MANAGE_CREDITS)
        self.can_manage_credits = can_manage_credits
        self.state: CreditsState | None = None
        self._loading = False
        self._again = False
        self._busy = False
        self._locale = QLocale()
        self._build_summary()
        self._build_top_up()
        self._build_history()
        self._lay_out()
        self.refresh_on(context.changes.credits, context.changes.outbox, context.changes.settings)
        self._update_top_up()

    def _build_summary(self) -> None:
        self.balance = QLabel("…")
        self.balance.setAccessibleName(self.tr("Credits left"))
        self.balance.setStyleSheet("font-size: 34px; font-weight: 600;")
        self.waiting = QLabel()
        self.waiting.setStyleSheet(style(Tone.PROBLEM))
        self.package = QLabel()
        self.package.setStyleSheet(style(Tone.QUIET))

    def _build_top_up(self) -> None:
        can_manage_credits = self.can_manage_credits
        self.amount = QSpinBox()
        self.amount.setRange(1, MAX_TOP_UP)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setAccessibleName(self.tr("Credits to add"))
        self.amount.setMinimumWidth(140)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Invoice or receipt number of the purchase"))
        self.reference.setAccessibleName(self.tr("Reference"))
        self.reference.setMinimumWidth(300)
        self.add_button = QPushButton(self.tr("Add credits"))
        self.add_button.clicked.connect(self.top_up)
        self.reference.textChanged.connect(lambda _t: self._update_top_up())
        self.reference.returnPressed.connect(self.top_up)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Credits:"), self.amount)
        form.addRow(self.tr("Reference:"), self.reference)
        self.top_up_box = QGroupBox(self.tr("Top up"))
        box = QVBoxLayout(self.top_up_box)
        box.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        box.addLayout(row)
        if not can_manage_credits:
            box.addWidget(
                QLabel(self.tr("Only a user with the right to manage credits can top up."))
            )
        self.top_up_box.setMaximumWidth(480)
        self.amount.setEnabled(can_manage_credits)
        self.reference.setEnabled(can_manage_credits)

    def _build_history(self) -> None:
        self.history = QTableWidget(0, 5)
        self.history.setAccessibleName(self.tr("Credit history"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Credits"),
                self.tr("Reference"),
                self.tr("User"),
            ]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.verticalHeader().setDefaultSectionSize(24)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setAlternatingRowColors(True)
        for column, width in enumerate((130, 150, 90, 260, 120)):
            self.history.setColumnWidth(column, width)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _lay_out(self) -> None:
        heading = QLabel(self.tr("Message credits"))
        heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 4px 2px;")
        caption = QLabel(self.tr("credits left · one is spent for each message the server accepts"))
        caption.setStyleSheet(style(Tone.QUIET))
        summary = QVBoxLayout()
        summary.addWidget(self.balance)
        summary.addWidget(caption)
        summary.addWidget(self.waiting)
        summary.addWidget(self.package)
        summary.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(summary, 1)
        top.addWidget(self.top_up_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._stale = False
        ledger = self.context.ledger
        self.context.runner.run(
            lambda: load_credits(ledger), self._loaded, self._failed, owner=self
        )

    def _loaded(self, state: CreditsState) -> None:
        self._loading = False
        first = self.state is None
        self.state = state
        self.balance.setText(self._locale.toString(state.balance))
        self.waiting.setText(
            self.tr(
                "%n message(s) wait for credits and go as soon as you top up.",
                "",
                state.waiting_for_credit,
            )
            if state.waiting_for_credit
            else ""
        )
        self.waiting.setVisible(bool(state.waiting_for_credit))
        self.package.setText(
            self.tr("One package: %1 credits for %2 %3.")
            .replace("%1", self._locale.toString(state.package_size))
            .replace("%2", _price_text(state.package_price, state.package_currency))
            .replace("%3", state.package_currency)
        )
        if first:
            self.amount.setValue(min(state.package_size, MAX_TOP_UP))
            self.amount.setSingleStep(state.package_size)
        self._fill_history(state.history)
        if self._again:
            self._again = False
            self.refresh()

    def _fill_history(self, entries: list[CreditEntry]) -> None:
        self.history.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            amount = QTableWidgetItem(
                ("+" if entry.amount > 0 else "−") + self._locale.toString(abs(entry.amount))
            )
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reference = entry.reference
            if entry.outbox_id is not None:
                reference = self.tr("Message %1").replace("%1", str(entry.outbox_id))
            cells: list[Any] = [
                QTableWidgetItem(local_time(entry.at)),
                QTableWidgetItem(self.kind_name(entry.kind)),
                amount,
                QTableWidgetItem(reference),
                QTableWidgetItem(entry.user),
            ]
            for column, item in enumerate(cells):
                self.history.setItem(row, column, item)

    def kind_name(self, kind: CreditKind) -> str:
        return {
            CreditKind.GRANT: self.tr("Trial credits"),
            CreditKind.TOP_UP: self.tr("Top-up"),
            CreditKind.SPEND: self.tr("Message sent"),
        }[kind]

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self._busy = False
        self._update_top_up()
        self.tell(exc)

    # --- top-up -------------------------------------------------------------------------

    def _update_top_up(self) -> None:
        self.add_button.setEnabled(
            self.can_manage_credits and not self._busy and bool(self.reference.text().strip())
        )

    def top_up(self) -> None:
        if not self.add_button.isEnabled():
            return
        amount = self.amount.value()
        reference = self.reference.text().strip()
        question = self.tr(
            "Add %1 credits with the reference “%2”? Credit entries are kept for good."
        )
        if not self.confirm(
            question.replace("%1", self._locale.toString(amount)).replace("%2", reference)
        ):
            return
        ledger, by = self.context.ledger, self.context.by
        self._busy = True
        self._update_top_up()
        self.context.runner.run(
            lambda: credits.add(ledger, amount, reference, by=by),
            lambda balance: self._added(amount, balance),
            self._failed,
            owner=self,
        )

    def confirm(self, text: str) -> bool:
        """Ask before writing to the append-only credit ledger (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Add credits"), text, parent=self)
        accept = box.addButton(self.tr("Add credits"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is accept

    def _added(self, amount: int, balance: int) -> None:
        self._busy = False
        self.reference.clear()
        self.say(
            self.tr("Added %1 credits. The balance is now %2.")
            .replace("%1", self._locale.toString(amount))
            .replace("%2", self._locale.toString(balance)),
            True,
        )
        self.context.changes.credits.emit()
        self.context.changes.outbox.emit()
        self.delivery_wanted.emit()


def _price_text(price: str, currency: str) -> str:
    """The package price the locale's way; as stored when it is not a number."""
    try:
        return amount_text(Decimal(price), currency)
    except (InvalidOperation, ValueError):
        return price
