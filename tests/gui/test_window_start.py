"""The window starts with only its first page: the others are made on their first visit, and
neither the PDF renderer nor the other pages' modules are imported for the start."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledgerpost.gui.mail.outbox_page import OutboxPage
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.people.parties_page import PartiesPage
from ledgerpost.services.ledger import Ledger
from tests.helpers.document_list import settled

START = """
import sys
from PySide6.QtWidgets import QApplication
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
app = QApplication([])
ledger = Ledger.open(sys.argv[1])
context = AppContext(ledger, Runner())
window = MainWindow(ledger, context, BackgroundDelivery(ledger, context.smtp_password))
window.show()
app.processEvents()
context.runner.wait()
later = ("ledgerpost.gui.mail.outbox_page", "ledgerpost.gui.people", "ledgerpost.gui.settings",
         "ledgerpost.gui.documents.document_editor", "ledgerpost.documents", "reportlab")
print(*sorted(m for m in sys.modules if m.startswith(later)))
"""


def test_pages_are_made_on_their_first_visit(qtbot: QtBot, demo_ledger: Ledger) -> None:
    window = MainWindow(demo_ledger)
    qtbot.addWidget(window)
    window.show()
    settled(qtbot, window.documents.model)
    assert window.findChildren(OutboxPage) == [] and window.findChildren(PartiesPage) == []
    keys = [
        window.navigation.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0]
        for i in range(window.navigation.topLevelItemCount())
    ]
    window.navigation.setCurrentItem(window.navigation.topLevelItem(keys.index("email-queue")))
    queue = window.pages.currentWidget()
    assert isinstance(queue, OutboxPage) and window.findChildren(OutboxPage) == [queue]
    assert window.page("email-queue") is queue  # made once
    assert window.findChildren(PartiesPage) == []
    assert [k for k in keys if k != "documents"] == [
        "customer",
        "supplier",
        "employee",
        "ageing",
        "email-queue",
        "sent-report",
        "credits",
        "books",
        "vat-report",
        "users",
    ]


def test_the_window_starts_without_the_renderer_or_the_other_pages(demo_ledger: Ledger) -> None:
    done = subprocess.run(
        [sys.executable, "-c", START, demo_ledger.location],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []
