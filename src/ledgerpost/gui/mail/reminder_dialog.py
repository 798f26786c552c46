"""Payment reminders: pick the day the run looks at, preview who gets which reminder (level,
invoices, open amount, fee, addresses) and who is left out and why, then send: the reminders
are made and queued as one batch (``services.reminder_run``), followed live with pause,
resume and cancel.

Like the batch dialog it is modeless; closing it only hides it, and the run goes on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.mail_accounts import MailAccount
from ledgerpost.domain.users import Right
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.mail.batch_run import BatchRunBox
from ledgerpost.gui.mail.reminder_tables import fill_reminders, fill_skipped, new_table
from ledgerpost.gui.mail.run_dialog import RunDialog
from ledgerpost.gui.widgets.labels import reserved_note, right_name
from ledgerpost.gui.widgets.language import amount_text, date_edit_format
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import mail_accounts, reminder_run, reminder_view
from ledgerpost.services.batch import BatchResult
from ledgerpost.services.reminder_view import ReminderView


class ReminderDialog(RunDialog):
    makes_documents = True  # each reminder is a posted document

    def __init__(
        self,
        context: AppContext,
        delivery: BackgroundDelivery | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery = delivery
        self.last_preview: ReminderView | None = None
        self.last_run: BatchResult | None = None
        self._previewing = False
        self.setWindowTitle(self.tr("Payment reminders"))
        self.setModal(False)
        self.resize(900, 640)
        choice = self._build_choice()
        self._build_summary()
        self._build_tables()
        bottom = self._build_bottom()
        self.running = BatchRunBox(context, delivery, self._told, self._failed)
        self.running.queue_format = self.tr("%v of %m customers")

        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.credit_warning)
        layout.addWidget(self.tables, 1)
        layout.addWidget(self.running)
        layout.addLayout(bottom)
        self._connect()
        self._update_buttons()
        ledger = context.ledger
        context.runner.run(
            lambda: mail_accounts.accounts(ledger), self.show_accounts, self._failed, owner=self
        )

    def _build_choice(self) -> QHBoxLayout:
        """The day the run looks at (today unless chosen) and Preview."""
        today = QDate.currentDate()
        self.as_of = QDateEdit(today)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(date_edit_format())
        self.as_of.setMaximumDate(today)
        self.as_of.setAccessibleName(self.tr("Reminders as of"))
        self.as_of.setToolTip(
            self.tr("The day whose overdue invoices are reminded; paid since is never named")
        )
        label = QLabel(self.tr("Reminders &as of:"))
        label.setBuddy(self.as_of)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.account = QComboBox()
        self.account.setAccessibleName(self.tr("Sending account"))
        self.account.setToolTip(self.tr("Every reminder of the run goes from this account"))
        self.account_label = QLabel(self.tr("A&ccount:"))
        self.account_label.setBuddy(self.account)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.as_of)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        row.addWidget(self.account_label)
        row.addWidget(self.account)
        self.show_accounts([])
        return row

    def show_accounts(self, accounts: list[MailAccount]) -> None:
        """Each reminder's usual account (the one set for reminders, else the default), or
        one for the whole run; shown only when the ledger has more than one."""
        self.account.clear()
        self.account.addItem(self.tr("The usual account"), None)
        for account in accounts:
            sender = account.smtp.from_address
            self.account.addItem(f"{account.name} — {sender}" if sender else account.name)
            self.account.setItemData(self.account.count() - 1, account.name)
        for widget in (self.account, self.account_label):
            widget.setVisible(len(accounts) > 1)

    def account_name(self) -> str | None:
        name = self.account.currentData()
        return str(name) if name else None

    def _build_summary(self) -> None:
        self.summary = QLabel(self.tr("Choose the day, then Preview."))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.credit_warning = QLabel()
        self.credit_warning.setStyleSheet(style(Tone.PROBLEM))
        self.credit_warning.setWordWrap(True)
        self.credit_warning.hide()

    def _build_tables(self) -> None:
        """The reminders to send above, the customers left out below."""
        self.reminders = new_table(
            [
                self.tr("Customer"),
                self.tr("Level"),
                self.tr("Invoices"),
                self.tr("Days overdue"),
                self.tr("Open"),
                self.tr("Fee"),
                self.tr("To"),
            ],
            self.tr("Reminders to send"),
        )
        self.skipped_label = QLabel()
        self.skipped = new_table(
            [self.tr("Customer"), self.tr("Open"), self.tr("Why no reminder")],
            self.tr("Customers left out"),
        )
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.skipped_label)
        below.addWidget(self.skipped, 1)
        self.tables = QSplitter(Qt.Orientation.Vertical)
        self.tables.addWidget(self.reminders)
        self.tables.addWidget(lower)
        self.tables.setStretchFactor(0, 3)
        self.tables.setStretchFactor(1, 2)

    def _build_bottom(self) -> QHBoxLayout:
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Send reminders"))
        self.send_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("A run being sent goes on in the background"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.close_button)
        return bottom

    def _connect(self) -> None:
        self.running.changed.connect(self._update_buttons)
        self.as_of.dateChanged.connect(self._day_changed)
        self.preview_button.clicked.connect(self.preview)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)

    def day(self) -> dt.date:
        value: dt.date = self.as_of.date().toPython()
        return value

    def _day_changed(self) -> None:
        if self.last_preview is not None and self.last_preview.as_of != self.day():
            self.last_preview = None
            self.summary.setText(self.tr("The day changed: Preview again before sending."))
            self.credit_warning.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.running.queueing or self._previewing
        ready = self.last_preview is not None and self.last_preview.count > 0
        may_post = self.context.may(Right.POST_DOCUMENTS)  # each reminder is posted
        self.send_button.setEnabled(ready and not busy and may_post)
        self.send_button.setToolTip(
            ""
            if may_post
            else self.tr("You do not have the right: %1").replace(
                "%1", right_name(Right.POST_DOCUMENTS)
            )
        )
        self.preview_button.setEnabled(not busy)
        self.as_of.setEnabled(not self.running.queueing)
        self.account.setEnabled(not self.running.queueing)
        self.running.update_buttons()

    # --- preview ------------------------------------------------------------------------

    def preview(self) -> None:
        day = self.day()
        self._previewing = True
        self._update_buttons()
        self.summary.setText(self.tr("Looking at every customer's open invoices…"))
        ledger, by = self.context.ledger, self.context.by
        self.context.runner.run(
            lambda: reminder_view.view(ledger, day, by=by),
            self._previewed,
            self._preview_failed,
            owner=self,
        )

    def _previewed(self, found: ReminderView) -> None:
        self._previewing = False
        if found.as_of != self.day():
            self._update_buttons()
            return  # the day changed meanwhile; this answer is for another one
        self.last_preview = found
        if found.count:
            text = self.tr("%n reminder(s) to send", "", found.count)
            owed = " + ".join(
                f"{amount_text(amount, currency)} {currency}"
                for currency, amount in sorted(found.open_by_currency().items())
            )
            text += " · " + self.tr("open: %1").replace("%1", owed)
        else:
            text = self.tr("No reminder is due on this day")
        text += " · " + self.tr("cost: %n credit(s)", "", found.cost)
        text += " · " + self.tr("available: %n credit(s)", "", found.balance)
        self.summary.setToolTip(reserved_note())
        self.summary.setText(text)
        short = found.cost - max(found.balance, 0)
        self.credit_warning.setText(
            self.tr("%n message(s) will wait until credits are added.", "", short)
            if short > 0
            else ""
        )
        self.credit_warning.setVisible(short > 0)
        fill_reminders(self.reminders, found, self.tr("copies:"))
        self.skipped_label.setText(
            self.tr("Left out: %n customer(s), with the reason", "", len(found.skipped))
            if found.skipped
            else self.tr("No customer with overdue invoices is left out.")
        )
        fill_skipped(self.skipped, found)
        self._say("")
        self._update_buttons()

    # --- sending ------------------------------------------------------------------------

    def send(self) -> None:
        found = self.last_preview
        if found is None or self.running.queueing:
            return
        progress, stop = self.running.begin()
        ledger, by, day = self.context.ledger, self.context.by, found.as_of
        account = self.account_name()
        self.context.runner.run(
            lambda: reminder_run.queue_run(
                ledger, day, by=by, progress=progress, stop=stop, account=account
            ),
            lambda run: self._queued(found, run),
            self._queue_failed,
            owner=self,
        )

    def _queued(self, previewed: ReminderView, run: BatchResult) -> None:
        self.last_run = run
        text = self.tr("%n reminder(s) put in the outbox.", "", run.queued)
        error = run.stopped
        if run.stopped:
            text += " " + self.tr(
                "Stopped: %n customer(s) were not reached. Preview and Send again to remind "
                "them; those already reminded are left out.",
                "",
                run.not_reached,
            )
        elif run.queued < previewed.count:
            error = True
            text += " " + self.tr(
                "%n previewed reminder(s) were not queued (reminded meanwhile, or the message "
                "could not be made); Preview again to see why.",
                "",
                previewed.count - run.queued,
            )
        self._say(text, error=error)
        self.last_preview = None
        self.summary.setText(self.tr("Preview again to see what is left."))
        self.credit_warning.hide()
        self.running.queued(run.batch_id)
        self.context.changes.documents.emit()  # each reminder is a posted document
