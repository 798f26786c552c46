"""The send dialog: one document (or a statement) by email, checked as the user types.

It opens at once and fills itself from the background: the default request's preflight, the
address book, the print copy. Every change is checked again (debounced, in the background) and
Send stays disabled while any problem remains. Send puts the message in the outbox with the
user's edits (they apply to this send only) and closes; ``sent`` tells the window, which shows
the Undo bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.users import Right
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.mail.send_einvoice import EInvoiceLine
from ledgerpost.gui.mail.send_head import EarlierSends, MessageHead, message_title
from ledgerpost.gui.mail.send_parts import (
    MessagePane,
    ProblemList,
    SendLater,
    capital,
    problem_field,
    problem_sentence,
)
from ledgerpost.gui.mail.undo_bar import SentMessage, UndoBar
from ledgerpost.gui.widgets.address_field import AddressBookModel, apply_direction
from ledgerpost.gui.widgets.labels import reserved_note
from ledgerpost.gui.widgets.language import warning_message
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import address_book, mail_accounts, send_form, sending
from ledgerpost.services.einvoice_state import EInvoiceState, einvoice_state
from ledgerpost.services.sending import Preflight, QueueResult, SendRequest

CHECK_MS = 300


class SendDialog(QDialog):
    """Send a document by email: ``SendDialog(context, document_id)``; see ``for_statement``."""

    sent = Signal(object)
    """A ``SentMessage``, once the message is in the outbox."""

    def __init__(
        self,
        context: AppContext,
        document_id: int | None = None,
        *,
        request: SendRequest | None = None,
        delivery: BackgroundDelivery | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery = delivery
        self._base = replace(request or SendRequest(document_id=document_id), by=context.by)
        self._form: send_form.SendForm | None = None
        self._generation = 0
        self._checked: Preflight | None = None
        self._busy = False
        self._subject_edited = self._body_edited = False
        self._account: str | None = self._base.account
        """The account chosen in the dialog (None: the usual one, services.account_choice)."""
        self.setWindowTitle(self.tr("Send by email"))
        self.resize(1060, 640)
        self._build_widgets()
        self._lay_out()
        self._connect()
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_MS)
        self._check_timer.timeout.connect(self._check)
        self._load()

    @classmethod
    def for_statement(
        cls,
        context: AppContext,
        party_id: int,
        start: dt.date,
        end: dt.date,
        *,
        delivery: BackgroundDelivery | None = None,
        parent: QWidget | None = None,
    ) -> SendDialog:
        """Send a customer's statement for ``start..end``."""
        request = SendRequest(party_id=party_id, period=(start, end))
        return cls(context, request=request, delivery=delivery, parent=parent)

    # --- building ------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.head = MessageHead()
        head = self.head
        self.from_line, self.to, self.cc, self.bcc = head.from_line, head.to, head.cc, head.bcc
        self.subject, self.attachments, self.credits = head.subject, head.attachments, head.credits
        self.message = MessagePane()
        self.note, self.body, self.closing = (
            self.message.note,
            self.message.body,
            self.message.closing,
        )
        self.again = EarlierSends()
        self.earlier, self.resend = self.again.earlier, self.again.resend
        self.problems = ProblemList()
        self.problems.show_loading()
        self.einvoice = EInvoiceLine()
        self.send_later = SendLater()
        self.later, self.send_at = self.send_later.later, self.send_later.send_at
        self.cancel = QPushButton(self.tr("Cancel"))
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.setEnabled(False)
        for button in (self.cancel, self.send_button):
            button.setAutoDefault(False)  # Enter in a field must not send
        self._editors: list[QWidget] = [self.to, self.cc, self.bcc, self.subject, self.note]
        self._editors += [self.body, self.attachments, self.resend, self.later]
        for widget in self._editors:  # until the form is loaded
            widget.setEnabled(False)

    def _lay_out(self) -> None:
        columns = QHBoxLayout()
        columns.addWidget(self.head, 3)
        columns.addSpacing(12)
        columns.addWidget(self.message, 2)
        footer = QHBoxLayout()
        footer.addWidget(self.send_later)
        footer.addStretch(1)
        footer.addWidget(self.cancel)
        footer.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)
        layout.addWidget(self.again)
        layout.addWidget(self.einvoice)
        layout.addWidget(self.problems)
        layout.addLayout(footer)

    def _connect(self) -> None:
        for field in (self.to, self.cc, self.bcc):
            field.checked.connect(self._changed)
        self.subject.textEdited.connect(self._subject_changed)
        self.body.textChanged.connect(self._body_changed)
        self.note.textChanged.connect(self._changed)
        self.attachments.changed.connect(self._changed)
        self.resend.toggled.connect(self._changed)
        self.send_later.changed.connect(self._later_changed)
        self.problems.go_to.connect(self._go_to)
        self.head.account.activated.connect(self._account_chosen)
        self.cancel.clicked.connect(self.reject)
        self.send_button.clicked.connect(self.send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)

    # --- background work -----------------------------------------------------------------

    def _run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``fn`` in the background; answer only while this dialog still exists (the
        runner drops the answer once it is gone); a bug goes to the crash path."""

        def on_error(exc: Exception) -> None:
            if not errors.is_known(exc):
                errors.crash(exc)
            else:
                (failed or self._show_error)(exc)

        self.context.runner.run(fn, done, on_error, owner=self)

    def _show_error(self, exc: Exception) -> None:
        self.problems.show_problems([("", errors.known_text(exc) or str(exc))], [])

    def _load(self) -> None:
        ledger, request = self.context.ledger, self._base
        self._run(lambda: send_form.load(ledger, request), self._loaded)
        by = self.context.by
        self._run(lambda: address_book.address_book(ledger, by), self._book_loaded)
        if self.context.may(Right.SEND_EMAIL):
            self._run(
                lambda: [(a.name, a.smtp.from_address) for a in mail_accounts.accounts(ledger)],
                self.head.show_accounts,
            )
        self._run(
            lambda: send_form.print_copy_info(ledger, request),
            lambda info: self.attachments.set_print_copy(info.file_name, info.size),
            lambda exc: self.attachments.set_print_copy_problem(errors.known_text(exc) or str(exc)),
        )
        self._run(
            lambda: einvoice_state(ledger, request.document_id),
            self._einvoice_loaded,
            lambda exc: self.einvoice.show_failure(errors.known_text(exc) or str(exc)),
        )

    def _einvoice_loaded(self, state: EInvoiceState | None) -> None:
        self.einvoice.show_state(state)
        if state is not None and state.attached and not state.embedded:
            self.attachments.set_einvoice(state.file_name, state.size)

    def _loaded(self, form: send_form.SendForm) -> None:
        self._form = form
        check = form.preflight
        self._what = what = message_title(form)
        self.heading.setText(f"{what} · {form.party_name}")
        self.setWindowTitle(self.tr("Send by email — %1").replace("%1", what))
        self.head.fill(form)
        self.message.show_template(check.body, check.greeting, check.signature)
        self.attachments.limit = form.size_limit
        self.attachments.add_paths([])
        self.again.show_earlier(form.earlier)
        for widget in self._editors:
            widget.setEnabled(True)
        self.to.setFocus()
        self._show_check(check)
        self._changed()

    def _book_loaded(self, entries: tuple[address_book.BookEntry, ...]) -> None:
        model = AddressBookModel(entries, self)
        for field in (self.to, self.cc, self.bcc):
            field.set_book(model)

    # --- checking as the user types ------------------------------------------------------

    def _account_chosen(self) -> None:
        self._account = self.head.account.currentData()
        self._changed()

    def _subject_changed(self) -> None:
        self._subject_edited = True
        apply_direction(self.subject, self.subject.text())
        self._changed()

    def _body_changed(self) -> None:
        self._body_edited = True
        self._changed()

    def _changed(self) -> None:
        self._generation += 1
        self._update_send_button()
        if self._form is not None:
            self._check_timer.start()

    def request(self) -> SendRequest:
        """The request as the fields now stand."""
        send_at = self.send_later.when()
        return replace(
            self._form.request if self._form else self._base,
            to=self.to.text(),
            cc=self.cc.text(),
            bcc=self.bcc.text(),
            note=self.note.toPlainText(),
            subject=self.subject.text() if self._subject_edited else None,
            body=self.body.toPlainText() if self._body_edited else None,
            attachments=self.attachments.paths(),
            resend=self.resend.isChecked(),
            send_at=send_at,
            by=self.context.by,
            account=self._account,
        )

    def _check(self) -> None:
        generation, ledger, request = self._generation, self.context.ledger, self.request()
        self._run(
            lambda: sending.preflight(ledger, request),
            lambda check: self._checked_for(generation, check),
        )

    def _checked_for(self, generation: int, check: Preflight) -> None:
        if generation == self._generation:  # an older answer than the fields: drop it
            self._show_check(check)

    def _show_check(self, check: Preflight) -> None:
        self._checked = check
        if check.sender:  # the From follows the account chosen
            self.head.show_sender(str(check.sender))
        self.head.show_account(check.account)
        problems = [(problem_field(p), problem_sentence(p)) for p in check.problems]
        problems += [("send-at", p) for p in self._local_problems()]
        self.problems.show_problems(problems, [capital(warning_message(w)) for w in check.warnings])
        for address_field in (self.to, self.cc, self.bcc):
            address_field.show_bounced(check.warnings)
        balance, cost = check.balance, check.cost
        text = self.tr("%n available", "", balance)
        text += " · " + self.tr("this message costs %n", "", cost)
        self.credits.setText(text)
        self.credits.setToolTip(reserved_note())
        short = balance < cost
        self.credits.setStyleSheet(f"{style(Tone.PROBLEM)} font-weight: 600;" if short else "")
        self._update_send_button()

    def _local_problems(self) -> list[str]:
        return self.send_later.problems()

    def problem_count(self) -> int:
        """Problems the user can see now: the fields' own and the last check's."""
        own = sum(len(f.problems()) for f in (self.to, self.cc, self.bcc))
        own += len(self._local_problems())
        return own + (len(self._checked.problems) if self._checked else 1)

    def _update_send_button(self) -> None:
        self.send_button.setEnabled(
            self._form is not None and not self._busy and self.problem_count() == 0
        )
        self.send_button.setText(
            self.tr("&Schedule") if self.later.isChecked() else self.tr("&Send")
        )

    def _later_changed(self) -> None:
        if self._checked is not None:
            self._show_check(self._checked)

    def _go_to(self, field: str) -> None:
        """The field a problem names (``problem_field``) takes the focus."""
        names = ("to", "cc", "bcc", "subject", "attachments", "send-at", "document")
        fields = (self.to, self.cc, self.bcc, self.subject, self.attachments, self.send_at)
        widget = dict(zip(names, (*fields, self.resend), strict=True)).get(field)
        if widget is not None and widget.isEnabled():
            widget.setFocus()

    # --- sending -------------------------------------------------------------------------

    def send(self) -> None:
        """Put the message in the outbox as the fields stand, then close."""
        for field in (self.to, self.cc, self.bcc):
            field.check_now()
        self._update_send_button()
        if not self.send_button.isEnabled():
            return
        self._busy = True
        self._update_send_button()
        self.problems.clear()
        self.problems.addItem(self.tr("Putting the message in the outbox…"))
        ledger, request = self.context.ledger, self.request()
        self._run(lambda: sending.queue(ledger, request), self._queued, self._not_queued)

    def _queued(self, result: QueueResult) -> None:
        self._busy = False
        if not result.queued or result.outbox_id is None:
            self._show_check(result.preflight)  # something changed meanwhile
            return
        if self.delivery is not None:
            self.delivery.wake()
        self.context.changes.outbox.emit()
        form = self._form
        request = self.request()
        delay = form.send_delay_seconds if form else 0
        to = ", ".join(b.address for b in result.preflight.to)
        self.sent.emit(SentMessage(result.outbox_id, self._what, to, delay, request.send_at))
        self.accept()

    def _not_queued(self, exc: Exception) -> None:
        self._busy = False
        reason = errors.known_text(exc) or str(exc)
        text = self.tr("Nothing was put in the outbox: %1").replace("%1", reason)
        self.problems.show_problems([("", text)], [])
        self._update_send_button()

    def reject(self) -> None:
        if not self._busy:  # while queueing, the message must not be left half-decided
            super().reject()


def open_send_dialog(
    parent: QWidget,
    context: AppContext,
    document_id: int,
    *,
    delivery: BackgroundDelivery | None = None,
    undo_bar: UndoBar | None = None,
) -> SendDialog:
    """Open the send dialog for a document, window-modal and without blocking; it deletes
    itself when closed, and a sent message is offered on ``undo_bar``."""
    dialog = SendDialog(context, document_id, delivery=delivery, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if undo_bar is not None:
        dialog.sent.connect(undo_bar.offer)
    dialog.open()
    return dialog
