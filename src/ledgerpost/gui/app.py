"""Starting the desktop application on a ledger."""

from __future__ import annotations

import gc
import logging
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ledgerpost import __version__
from ledgerpost.domain.documents import DocumentState
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.users import SignedIn
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.errors import known_text, tell
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.widgets.collector import GuiThreadCollector
from ledgerpost.gui.widgets.crash_dialog import install_crash_hook
from ledgerpost.gui.widgets.language import MissingCatalogue, apply_language, chosen_language
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.platform.logs import start_logging
from ledgerpost.services import settings as settings_service
from ledgerpost.services.errors import LedgerError, StorageError
from ledgerpost.services.ledger import Ledger

if TYPE_CHECKING:
    from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
    from ledgerpost.gui.widgets.change_watch import ChangeWatcher

log = logging.getLogger(__name__)


def run(db: str | None, *, smoke: bool = False) -> int:
    """Open the ledger named by ``db`` (or the default one) and show the main window.

    ``smoke`` proves an installation works: without ``db`` it makes a small demo ledger in a
    temporary folder, renders one print copy, shows the window and exits 0.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("LedgerPost")
    app.setOrganizationName("LedgerPost")
    crash_hook = install_crash_hook(start_logging())  # a bug from here on is logged and shown
    log.info("LedgerPost %s starts%s", __version__, " (smoke test)" if smoke else "")
    try:
        return _run(app, db, smoke)
    finally:
        crash_hook.uninstall()
        crash_hook.deleteLater()


def _run(app: QApplication, db: str | None, smoke: bool) -> int:
    with tempfile.TemporaryDirectory(prefix="ledgerpost-smoke-") as scratch:
        if smoke and db is None:
            db = str(Path(scratch) / "demo.sqlite3")
        try:
            ledger = Ledger.open(db)
            if smoke:
                _smoke_check(ledger)
        except (LedgerError, StorageError, SmokeFailed) as exc:
            if smoke:
                print(f"smoke test failed: {exc}", file=sys.stderr)
            else:
                QMessageBox.critical(None, app.tr("LedgerPost"), known_text(exc) or str(exc))
            return 1
        _speak_chosen_language(ledger)  # before the login dialog, which speaks it too
        collector = GuiThreadCollector(app)  # no widget is collected in a pool thread
        collector.start()
        runner = Runner()
        session = None if smoke else _log_in(ledger, runner)
        if session is None and not smoke:
            runner.wait()
            collector.stop()
            ledger.close()
            return 0
        context = AppContext(ledger, runner, session)
        window = show_window(context)
        rest = Rest(window, smoke=smoke)
        try:
            return app.exec()
        finally:
            rest.stop()
            context.runner.wait()
            collector.stop()
            ledger.close()


def show_window(context: AppContext) -> MainWindow:
    """The main window, shown with what its first page needs; the rest is ``Rest``'s."""
    window = MainWindow(context.ledger, context, first_page_only=True)
    window.show()
    return window


class Rest:
    """What the window starts once its first page of documents is there (or a second has
    passed): the undo bar, the mailbox watch, the background delivery, the watch on other
    desks' changes, today's backup. Their modules (the mail stack, the keyring) are imported
    then, so that the window shows without waiting for them."""

    WAIT_MS = 1000

    def __init__(self, window: MainWindow, *, smoke: bool = False) -> None:
        self.window = window
        self.smoke = smoke
        self.delivery: BackgroundDelivery | None = None
        self.watcher: ChangeWatcher | None = None
        self._started = False
        window.documents.model.page_loaded.connect(self._soon)
        window.documents.model.failed.connect(self._soon)
        QTimer.singleShot(self.WAIT_MS, self.start)

    def _soon(self, *_args: object) -> None:
        QTimer.singleShot(0, self.start)  # after the page's rows are drawn

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
        from ledgerpost.gui.widgets.change_watch import ChangeWatcher

        window, context = self.window, self.window.context
        window.finish_start()
        self.delivery = BackgroundDelivery(context.ledger, context.smtp_password)
        window.attach_delivery(self.delivery)
        self.watcher = ChangeWatcher(context, window)  # another desk's changes show
        # What is there now (modules, classes, the window) lives as long as the program: keep it
        # out of the collector's full passes, which otherwise walk it all (some 130,000 objects,
        # 30-75 ms holding the interpreter lock: a stall of the window whichever thread runs it).
        gc.freeze()
        if self.smoke:
            QTimer.singleShot(0, QApplication.quit)
            return
        self.delivery.start()
        self.watcher.start()
        _daily_backup(window)
        if context.ledger.company() is None:  # a new ledger: its books start on the Company tab
            QTimer.singleShot(0, window.open_settings)

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        if self.delivery is not None:
            self.delivery.stop()


def _log_in(ledger: Ledger, runner: Runner) -> SignedIn | None:
    from ledgerpost.gui.people.login_dialog import log_in  # the dialog, if passwords exist

    return log_in(ledger, runner)


def _daily_backup(window: MainWindow) -> None:
    """Today's backup, if the settings ask for one and it is not made yet, in the background."""
    from ledgerpost.services import backup

    context = window.context
    context.runner.run(
        lambda: backup.automatic_backup(context.ledger),
        window.show_backup,
        lambda exc: tell(exc, window.statusBar().showMessage),
        owner=window,
    )


def _speak_chosen_language(ledger: Ledger) -> None:
    """The window's language from settings (the system's by default), before any widget."""
    language = chosen_language(settings_service.get(ledger, "ui.language"))
    try:
        apply_language(language)
    except MissingCatalogue as exc:
        print(f"{exc}; the window stays in English", file=sys.stderr)
        apply_language("en")


class SmokeFailed(Exception):
    """The smoke test found the installation broken (for whoever built it: in English)."""


def _smoke_check(ledger: Ledger) -> None:
    """A demo company if the ledger is empty, and one print copy rendered from it."""
    from ledgerpost.services.demo.company import DemoSpec, make_demo
    from ledgerpost.services.printing import print_document  # the renderer, for this only

    if ledger.company() is None:
        make_demo(ledger, DemoSpec(customers=6, invoices=5))
    posted = ledger.documents(DocumentFilter(state=DocumentState.POSTED), limit=1)
    if not posted:
        raise SmokeFailed("the ledger has no posted document to print")
    copy = print_document(ledger, posted[0].id)
    if not copy.pdf.startswith(b"%PDF"):
        raise SmokeFailed("the print copy is not a PDF")
    print(f"smoke test: {copy.file_name}, {len(copy.pdf)} bytes", file=sys.stderr)
