"""What the bookkeeper can do with chosen messages of the email queue, and only where the
outbox state machine allows it: send again, send now, cancel, mark as sent, open, view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ledgerpost.domain.outbox import OutboxEntry, OutboxEvent, can
from ledgerpost.domain.users import Right
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.message_view_dialog import MessageViewDialog
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.runner import show_failure
from ledgerpost.services import outbox, outbox_view
from ledgerpost.services.errors import LedgerError, StorageError
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.outbox_view import MessageView

ActionFn = Callable[[Ledger, int], object]
DoneText = Callable[[int], str]


class QueueActions(QObject):
    """The actions of the queue page; ``selected`` says which messages are chosen now."""

    said = Signal(str, bool)
    """A sentence for the user about what happened (text, ok)."""
    open_document = Signal(int)
    delivery_wanted = Signal()

    def __init__(
        self,
        context: AppContext,
        selected: Callable[[], list[OutboxEntry]],
        widget: QWidget,
    ) -> None:
        super().__init__(widget)
        self.context = context
        self._selected = selected
        self._widget = widget
        self.busy = False
        self.message_dialog: MessageViewDialog | None = None

        self.retry_action = self._action(self.tr("Send again"), "mail-retry", "Ctrl+R")
        self.retry_action.setToolTip(
            self.tr("Send the chosen failed or uncertain messages again (same Message-ID)")
        )
        self.retry_action.triggered.connect(self.retry)
        self.send_now_action = self._action(self.tr("Send now"), "mail-sending", "Ctrl+Return")
        self.send_now_action.setToolTip(self.tr("Send a held message without waiting"))
        self.send_now_action.triggered.connect(self.send_now)
        self.cancel_action = self._action(
            self.tr("Cancel sending"), "mail-cancelled", QKeySequence.StandardKey.Delete
        )
        self.cancel_action.setToolTip(self.tr("Do not send the chosen messages"))
        self.cancel_action.triggered.connect(self.cancel)
        self.mark_sent_action = self._action(self.tr("Mark as sent…"), "mail-sent", None)
        self.mark_sent_action.setToolTip(
            self.tr("The customer has the message: record an uncertain one as sent")
        )
        self.mark_sent_action.triggered.connect(self.mark_sent)
        self.open_action = self._action(self.tr("Open document"), None, "Ctrl+O")
        self.open_action.triggered.connect(self._open_document)
        self.view_action = self._action(self.tr("View message"), None, "Return")
        self.view_action.setToolTip(self.tr("The exact message as it went to the server"))
        self.view_action.triggered.connect(self.view_message)
        self.in_order = (
            self.retry_action,
            self.send_now_action,
            self.cancel_action,
            self.mark_sent_action,
            self.open_action,
            self.view_action,
        )

    def _action(self, text: str, icon_name: str | None, keys: object) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if keys is not None:
            action.setShortcut(QKeySequence(keys))  # type: ignore[call-overload]
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._widget.addAction(action)
        return action

    def update(self) -> None:
        """Enable each action when at least one chosen message may take it."""
        chosen = self._selected()
        idle = not self.busy

        def any_can(event: OutboxEvent) -> bool:
            return idle and any(can(e.status, event) for e in chosen)

        may_send = self.context.may(Right.SEND_EMAIL)
        self.retry_action.setEnabled(may_send and any_can(OutboxEvent.RESEND))
        self.send_now_action.setEnabled(may_send and any_can(OutboxEvent.RELEASE))
        self.cancel_action.setEnabled(any_can(OutboxEvent.CANCEL))
        self.mark_sent_action.setEnabled(any_can(OutboxEvent.MARK_SENT))
        one = chosen[0] if len(chosen) == 1 else None
        self.open_action.setEnabled(one is not None and one.document_id is not None)
        self.view_action.setEnabled(one is not None and self.context.may(Right.SEE_CONTACTS))

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for action in self.in_order:
            if action is self.open_action:
                menu.addSeparator()
            menu.addAction(action)
        return menu

    # --- the moves ----------------------------------------------------------------------

    def retry(self) -> None:
        self._act(
            OutboxEvent.RESEND,
            outbox.retry,
            lambda n: self.tr("%n message(s) will be sent again.", "", n),
        )

    def send_now(self) -> None:
        self._act(
            OutboxEvent.RELEASE,
            outbox.send_now,
            lambda n: self.tr("%n message(s) will go now.", "", n),
        )

    def cancel(self) -> None:
        chosen = self._allowed(OutboxEvent.CANCEL)
        if chosen and self.confirm(
            self.tr("Cancel sending"),
            self.tr(
                "%n message(s) will not be sent. They stay in the queue as cancelled.",
                "",
                len(chosen),
            ),
            self.tr("Cancel sending"),
        ):
            self._act(
                OutboxEvent.CANCEL,
                outbox.cancel,
                lambda n: self.tr("%n message(s) cancelled.", "", n),
            )

    def mark_sent(self) -> None:
        chosen = self._allowed(OutboxEvent.MARK_SENT)
        if chosen and self.confirm(
            self.tr("Mark as sent"),
            self.tr(
                "Mark %n message(s) as sent only if you know the customer received it (for "
                "example, they confirmed it).\n\nIt then counts as sent, one credit is spent "
                "for each, and it will not be sent again.",
                "",
                len(chosen),
            ),
            self.tr("Mark as sent"),
        ):
            user = self.context.user
            self._act(
                OutboxEvent.MARK_SENT,
                lambda ledger, i: outbox.mark_sent(ledger, i, user),
                lambda n: self.tr("%n message(s) recorded as sent.", "", n),
            )

    def confirm(self, title: str, text: str, yes: str) -> bool:
        """Ask before a step that cannot be undone (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._widget)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is accept

    def _allowed(self, event: OutboxEvent) -> list[OutboxEntry]:
        return [e for e in self._selected() if can(e.status, event)]

    def _act(self, event: OutboxEvent, fn: ActionFn, done_text: DoneText) -> None:
        ids = [e.id for e in self._allowed(event)]
        if not ids or self.busy:
            return
        ledger = self.context.ledger

        def work() -> tuple[int, list[Exception]]:
            done, refused = 0, []
            for outbox_id in ids:
                try:
                    fn(ledger, outbox_id)
                    done += 1
                except (LedgerError, StorageError) as exc:
                    refused.append(exc)
            return done, refused

        def finished(result: tuple[int, list[Exception]]) -> None:
            done, refused = result
            self.busy = False
            problems = [errors.known_text(exc) or str(exc) for exc in refused]  # the language now
            text = done_text(done) if done else ""
            self.said.emit("\n".join(filter(None, [text, *problems])), not problems)
            if done:
                self.context.changes.outbox.emit()
                if event is OutboxEvent.MARK_SENT:
                    self.context.changes.credits.emit()
                if event in (OutboxEvent.RESEND, OutboxEvent.RELEASE):
                    self.delivery_wanted.emit()
            self.update()

        def failed(exc: Exception) -> None:
            self.busy = False
            self.update()
            show_failure(exc, self._widget)

        self.busy = True
        self.update()
        self.context.runner.run(work, finished, failed, owner=self._widget)

    # --- looking ------------------------------------------------------------------------

    def _open_document(self) -> None:
        chosen = self._selected()
        if len(chosen) == 1 and chosen[0].document_id is not None:
            self.open_document.emit(chosen[0].document_id)

    def view_message(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1:
            return
        entry = chosen[0]
        ledger = self.context.ledger

        def shown(view: MessageView | None) -> None:
            if view is None:
                self.said.emit(
                    self.tr(
                        "This message has not been put together yet: that happens when it is "
                        "first sent."
                    ),
                    True,
                )
                return
            if self.message_dialog is not None:
                self.message_dialog.close()
            self.message_dialog = MessageViewDialog(view, entry, self._widget)
            self.message_dialog.show()

        def failed(exc: Exception) -> None:
            if not isinstance(exc, (LedgerError, StorageError)):
                raise exc
            reason = errors.known_text(exc) or str(exc)
            text = self.tr("The message could not be read: %1").replace("%1", reason)
            self.said.emit(text, False)

        self.context.runner.run(
            lambda: outbox_view.message_view(ledger, entry.id), shown, failed, owner=self._widget
        )
