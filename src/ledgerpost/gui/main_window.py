"""The main window: a navigation on the left, the chosen page on the right, the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.documents import MONEY_MOVES, Document, DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.users import Right
from ledgerpost.gui import page_stack
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.documents_page import DocumentsPage
from ledgerpost.gui.file_menu import FileMenu
from ledgerpost.gui.mail.status_label import DeliveryStatusLabel
from ledgerpost.gui.page_stack import PageFactory, PageStack
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.labels import document_type_plural, party_kind_plural, right_name
from ledgerpost.gui.widgets.language import (
    apply_language,
    chosen_language,
    current_language,
)
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.gui.window_parts import choose_item, drop_when_idle, retire_parts
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger

if TYPE_CHECKING:  # the dialogs and the editor are imported when first opened
    from ledgerpost.gui.documents.document_editor import DocumentEditor
    from ledgerpost.gui.mail.background_delivery import BackgroundDelivery, DeliveryStatus
    from ledgerpost.gui.mail.batch_dialog import BatchDialog
    from ledgerpost.gui.mail.mailbox_watch import MailboxWatch
    from ledgerpost.gui.mail.undo_bar import UndoBar


class MainWindow(QMainWindow):
    def __init__(
        self,
        ledger: Ledger,
        context: AppContext | None = None,
        delivery: BackgroundDelivery | None = None,
        *,
        first_page_only: bool = False,
    ) -> None:
        """The window; with ``first_page_only`` without the mail parts the first page does not
        need (the undo bar, the mailbox watch): ``finish_start`` adds them once it shows."""
        super().__init__()
        self.context = context or AppContext(ledger, Runner())
        self.delivery: BackgroundDelivery | None = None
        self.undo_bar: UndoBar | None = None
        self.mailbox_watch: MailboxWatch | None = None
        self._show_title()
        self.resize(1180, 720)
        self.delivery_label = DeliveryStatusLabel()
        self.delivery_label.linkActivated.connect(lambda _link: self.open_settings())
        self.statusBar().addPermanentWidget(self.delivery_label)
        self.user_label = QLabel()
        self.user_label.setAccessibleName(self.tr("Logged-in user"))
        self.statusBar().addPermanentWidget(self.user_label)
        self.batch_dialog: BatchDialog | None = None
        self._build()
        self.context.changes.settings.connect(self._show_title)
        self.context.changes.settings.connect(self._follow_language)
        self.context.changes.users.connect(self._apply_rights)
        if delivery is not None:
            self.attach_delivery(delivery)
        if not first_page_only:
            self.finish_start()

    def finish_start(self) -> None:
        """The undo bar and the mailbox watch (their modules imported now); once."""
        if self.undo_bar is not None:
            return
        from ledgerpost.gui.mail.mailbox_watch import MailboxWatch
        from ledgerpost.gui.mail.undo_bar import UndoBar

        self.undo_bar = UndoBar(self.context)
        self._central_box.insertWidget(0, self.undo_bar)
        self.mailbox_watch = MailboxWatch(self.context, self)
        self.mailbox_watch.found.connect(lambda text: self.statusBar().showMessage(text, 30_000))
        self.mailbox_watch.plan()

    def attach_delivery(self, delivery: BackgroundDelivery) -> None:
        """The background delivery whose state the status bar shows and dialogs wake."""
        self.delivery = delivery
        delivery.status.connect(self.show_delivery_status)
        delivery.changed.connect(self.context.changes.outbox.emit)
        for key in ("email-queue", "credits"):
            if self.pages.made_already(key):  # visited before the delivery started
                self._connect_delivery(key, self.pages.page(key))

    def _build(self) -> None:
        """The navigation, the pages, the menus and the toolbar, in the current language."""
        self.navigation = QTreeWidget()
        self.navigation.setHeaderHidden(True)
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(250)
        self.pages = PageStack(self.context)
        self.pages.made.connect(self._connect_page)
        self.documents = DocumentsPage(self.context)
        self.pages.add("documents", self.documents)

        documents = QTreeWidgetItem([self.tr("Documents")])
        documents.setData(0, Qt.ItemDataRole.UserRole, ("documents", None))
        self.navigation.addTopLevelItem(documents)
        for doc_type in DocumentType:
            item = QTreeWidgetItem([document_type_plural(doc_type)])
            item.setData(0, Qt.ItemDataRole.UserRole, ("documents", doc_type.value))
            documents.addChild(item)
        documents.setExpanded(True)
        for key, title, factory in self.extra_pages():
            self.pages.add(key, factory)
            item = QTreeWidgetItem([title])
            item.setData(0, Qt.ItemDataRole.UserRole, (key, None))
            self.navigation.addTopLevelItem(item)

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        if self.undo_bar is not None:
            box.addWidget(self.undo_bar)
        box.addWidget(splitter, 1)
        self._central_box = box
        self.setCentralWidget(central)

        self.navigation.currentItemChanged.connect(self._navigate)
        self.navigation.setCurrentItem(documents)
        self._build_menus()
        self._apply_rights()
        self.documents.open_requested.connect(self.open_document)
        self.documents.model.counted.connect(self._show_count)
        self.documents.new_requested.connect(self.new_document)
        self.documents.editor_opened.connect(self._show_editor)  # a credit note from the list

    def _follow_language(self) -> None:
        wanted = chosen_language(settings_service.get(self.context.ledger, "ui.language"))
        if wanted != current_language():
            self.change_language(wanted)

    def change_language(self, language: str) -> None:
        """Speak ``language`` now: the pages and menus are made again, nothing else is lost.

        Open editors and dialogs keep their drafts (they take the new language when opened
        next); the undo bar keeps its message. The old pages retire out of sight and go once
        no background work can answer them any more.
        """
        apply_language(language)
        current = self.navigation.currentItem()
        where = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if self.undo_bar is not None:
            self.undo_bar.setParent(None)
        retired = retire_parts(self)
        if self.batch_dialog is not None and not self.batch_dialog.isVisible():
            retired.append(self.batch_dialog)
            self.batch_dialog.hide()
            self.batch_dialog = None
        self._build()
        self._show_title()
        self.delivery_label.setAccessibleName(self.tr("Mail status"))
        self.user_label.setAccessibleName(self.tr("Logged-in user"))
        if self.delivery is not None:
            self.delivery.wake()
        choose_item(self.navigation, where)
        QTimer.singleShot(0, lambda: drop_when_idle(self.context.runner, retired))

    def _show_title(self) -> None:
        company = self.context.ledger.company()
        self.setWindowTitle(
            self.tr("LedgerPost — %1").replace("%1", company.name)
            if company
            else self.tr("LedgerPost — no company yet")
        )

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(icon("document-new"), self.tr("&New document…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.new_document(self.documents.current_type))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcuts(
            [QKeySequence("Ctrl+,"), QKeySequence(QKeySequence.StandardKey.Preferences)]
        )
        self.settings_action.triggered.connect(self.open_settings)
        self.files = FileMenu(self, self.context)
        self.backup_action = self.files.backup_action
        for action in (
            self.new_action,
            self.files.open_ledger_action,
            self.settings_action,
            self.backup_action,
            self.files.restore_action,
            self.files.import_action,
            self.files.quit_action,
        ):
            self.file_menu.addAction(action)
        self.mail_menu = self.menuBar().addMenu(self.tr("&Mail"))
        self.send_action = QAction(icon("mail-sent"), self.tr("Send by email…"), self)
        self.send_action.setShortcut(QKeySequence("Ctrl+M"))
        self.send_action.setEnabled(False)
        self.send_action.triggered.connect(self.send_selected)
        self.mail_menu.addAction(self.send_action)
        self.documents.selection_changed.connect(
            lambda summary: self.send_action.setEnabled(
                summary is not None
                and summary.state is DocumentState.POSTED
                and self.context.may(Right.SEND_EMAIL)
            )
        )
        self.batch_action = QAction(icon("mail-batch"), self.tr("&Batch send…"), self)
        self.batch_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.batch_action.triggered.connect(self.open_batch)
        self.mail_menu.addAction(self.batch_action)
        self.remind_action = QAction(self.tr("Payment &reminders…"), self)
        self.remind_action.triggered.connect(self.open_reminders)
        self.mail_menu.addAction(self.remind_action)
        toolbar = self.addToolBar(self.tr("Documents"))
        toolbar.setObjectName("documents-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.send_action)
        toolbar.addAction(self.batch_action)

    def _apply_rights(self) -> None:
        """Actions the user has no right to are there but disabled, with the reason."""
        ctx = self.context
        self.batch_action.setEnabled(ctx.may(Right.SEND_EMAIL))
        self.remind_action.setEnabled(ctx.may(Right.SEND_EMAIL))
        self.settings_action.setEnabled(ctx.may(Right.MANAGE_SETTINGS))
        self.backup_action.setEnabled(ctx.may(Right.MANAGE_SETTINGS))
        if not ctx.may(Right.SEND_EMAIL):
            self.send_action.setEnabled(False)
        for action, right in (
            (self.batch_action, Right.SEND_EMAIL),
            (self.remind_action, Right.SEND_EMAIL),
            (self.send_action, Right.SEND_EMAIL),
            (self.settings_action, Right.MANAGE_SETTINGS),
            (self.backup_action, Right.MANAGE_SETTINGS),
        ):
            action.setToolTip(action.text().replace("&", "").rstrip("…"))
            if not ctx.may(right):
                action.setToolTip(
                    self.tr("You do not have the right: %1").replace("%1", right_name(right))
                )
        self.user_label.setText(self.tr("User: %1").replace("%1", ctx.by.user.name))

    def send_selected(self) -> None:
        summary = self.documents.selected()
        if summary is not None and summary.state is DocumentState.POSTED:
            self.send_document(summary.id)

    def send_document(self, document_id: int) -> None:
        from ledgerpost.gui.mail.send_dialog import open_send_dialog

        self.send_dialog = open_send_dialog(
            self, self.context, document_id, delivery=self.delivery, undo_bar=self.undo_bar
        )

    def open_batch(self) -> None:
        """One batch dialog per window: closing it leaves a running batch running."""
        from ledgerpost.gui.mail.batch_dialog import BatchDialog

        if self.batch_dialog is None:
            self.batch_dialog = BatchDialog(self.context, self.delivery, self)
        self.batch_dialog.show()
        self.batch_dialog.raise_()
        self.batch_dialog.activateWindow()

    def open_reminders(self) -> None:
        """The reminder run: modeless, one per window, like the batch dialog."""
        from ledgerpost.gui.mail.reminder_dialog import ReminderDialog

        if getattr(self, "reminder_dialog", None) is None:
            self.reminder_dialog = ReminderDialog(self.context, self.delivery, self)
        self.reminder_dialog.show()
        self.reminder_dialog.raise_()

    def open_settings(self) -> None:
        from ledgerpost.gui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.notice.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        if self.delivery is not None:
            dialog.notice.connect(lambda _text: self.delivery and self.delivery.wake())
        self.settings_dialog = dialog
        dialog.open()

    def extra_pages(self) -> list[tuple[str, str, PageFactory]]:
        """The pages after the documents, in navigation order: (key, title, factory).

        The users page is there only for a user who manages users."""
        pages: list[tuple[str, str, PageFactory]] = [
            (kind.value, party_kind_plural(kind), factory)
            for kind, factory in page_stack.party_pages()
        ]
        pages += [
            ("ageing", self.tr("Ageing of open items"), page_stack.ageing_page),
            ("email-queue", self.tr("Email queue"), page_stack.outbox_page),
            ("sent-report", self.tr("Sent messages"), page_stack.sent_report_page),
            ("credits", self.tr("Message credits"), page_stack.credits_page),
            ("books", self.tr("Books"), page_stack.books_page),
            ("vat-report", self.tr("VAT report"), page_stack.vat_report_page),
        ]
        if self.context.may(Right.MANAGE_USERS):
            pages.append(("users", self.tr("Users and rights"), page_stack.users_page))
        return pages

    def page(self, key: str) -> QWidget:
        """The page ``key`` (made now if it was not visited yet)."""
        return self.pages.page(key)

    def back_up(self, target: str | None = None) -> None:
        self.files.back_up(target)

    def _connect_page(self, key: str, page: QObject) -> None:
        """A page made on its first visit is wired to the window."""
        if key == "email-queue":
            page.open_document.connect(self.open_document)  # type: ignore[attr-defined]
        self._connect_delivery(key, page)

    def _connect_delivery(self, key: str, page: QObject) -> None:
        if key in ("email-queue", "credits") and self.delivery is not None:
            # Not changes.outbox: the delivery itself feeds that, a wake there would loop.
            page.delivery_wanted.connect(self.delivery.wake)  # type: ignore[attr-defined]

    def open_document(self, document_id: int) -> None:
        """The editor on a saved document (read-only once posted), loaded in the background."""
        from ledgerpost.gui.documents.document_editor import DocumentEditor

        def show(document: Document) -> None:
            if document.type in MONEY_MOVES:  # an amount received or paid: not priced lines
                self.documents.show_voucher(document)
            else:
                self._show_editor(DocumentEditor(self.context, document, parent=self))

        self.context.runner.run(lambda: self.context.ledger.document(document_id), show)

    def new_document(self, doc_type: DocumentType | None) -> None:
        from ledgerpost.gui.documents.document_editor import DocumentEditor

        if doc_type is not None and doc_type in MONEY_MOVES:
            self.documents.new_voucher(doc_type)
            return
        self._show_editor(
            DocumentEditor(self.context, None, doc_type or DocumentType.INVOICE, parent=self)
        )

    def _show_editor(self, editor: DocumentEditor) -> None:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.send_requested.connect(self.send_document)
        editor.editor_opened.connect(self._show_editor)  # a credit note made from an invoice
        self.editor = editor
        editor.show()

    def _navigate(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        key, detail = item.data(0, Qt.ItemDataRole.UserRole)
        self.pages.show_page(key)
        if key == "documents":
            doc_type = DocumentType(detail) if detail else None
            self.documents.show_filter(DocumentFilter(type=doc_type), item.text(0))
            self._show_count()
        else:
            self.statusBar().clearMessage()  # the count belongs to the documents page

    def _show_count(self) -> None:
        """The documents page's count, once it is known (it is counted in the background)."""
        total = self.documents.model.total
        if self.pages.currentWidget() is not self.documents:
            return
        if total is None:
            self.statusBar().clearMessage()
        else:
            self.statusBar().showMessage(self.tr("%Ln document(s)", "", total))

    def show_delivery_status(self, status: DeliveryStatus) -> None:
        self.delivery_label.show_status(status)
