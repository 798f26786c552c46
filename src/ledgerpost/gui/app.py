"""Starting the desktop application on a ledger."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ledgerpost.gui.background_delivery import BackgroundDelivery
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.runner import Runner
from ledgerpost.services.errors import LedgerError, StorageError
from ledgerpost.services.ledger import Ledger


def run(db: str | None, *, smoke: bool = False) -> int:
    """Open the ledger named by ``db`` (or the default one) and show the main window.

    With ``smoke`` the window closes as soon as the event loop has shown it.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("LedgerPost")
    app.setOrganizationName("LedgerPost")
    try:
        ledger = Ledger.open(db)
    except (LedgerError, StorageError) as exc:
        QMessageBox.critical(None, app.tr("LedgerPost"), str(exc))
        return 1
    context = AppContext(ledger, Runner())
    delivery = BackgroundDelivery(ledger, context.smtp_password)
    window = MainWindow(ledger, context, delivery)
    window.show()
    if smoke:
        QTimer.singleShot(0, app.quit)
    else:
        delivery.start()
    try:
        return app.exec()
    finally:
        delivery.stop()
        context.runner.wait()
        ledger.close()
