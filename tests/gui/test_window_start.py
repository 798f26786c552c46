"""The window starts with only its first page: the others are made on their first visit, and
neither the PDF renderer nor the other pages' modules are imported for the start; the mail
stack (delivery, keyring, the undo bar, the mailbox watch) only once the first page shows."""

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
from ledgerpost.gui.app import Rest, show_window
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
app = QApplication([])
ledger = Ledger.open(sys.argv[1])
context = AppContext(ledger, Runner())
window = show_window(context)
rest = Rest(window, smoke=True)
app.processEvents()
while window.documents.model.summary(0) is None:
    app.processEvents()
later = ("ledgerpost.gui.mail.outbox_page", "ledgerpost.gui.people", "ledgerpost.gui.settings",
         "ledgerpost.gui.documents.document_editor", "ledgerpost.documents", "reportlab")
mail = ("ledgerpost.services.delivery", "ledgerpost.gui.mail.undo_bar",
        "ledgerpost.gui.mail.mailbox_watch", "ledgerpost.gui.mail.background_delivery",
        "ledgerpost.services.mailbox_check", "keyring", "smtplib", "sqlalchemy.dialects.postgresql")
print(*sorted(m for m in sys.modules if m.startswith(later)))
print(*sorted({m.split(".")[0] if not m.startswith("ledgerpost") else m
               for m in sys.modules if m.startswith(mail)}))
app.exec()  # the rest starts, then quits
print(rest.delivery is not None, window.undo_bar is not None, window.mailbox_watch is not None)
rest.stop()
context.runner.wait()
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
    pages, mail, rest = done.stdout.splitlines()
    assert pages.split() == []
    assert mail.split() == []  # the mail stack waits until the first page shows
    assert rest.split() == ["True", "True", "True"]  # then the undo bar, the watch, the delivery


def test_a_page_visited_before_the_delivery_started_still_wakes_it(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    from ledgerpost.gui.context import AppContext
    from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
    from ledgerpost.gui.widgets.runner import Runner

    context = AppContext(demo_ledger, Runner())
    window = MainWindow(demo_ledger, context, first_page_only=True)
    qtbot.addWidget(window)
    window.show()
    assert window.undo_bar is None and window.mailbox_watch is None
    queue = window.page("email-queue")  # the user looks at the queue within the first second
    window.finish_start()
    delivery = BackgroundDelivery(demo_ledger, context.smtp_password)
    window.attach_delivery(delivery)  # not started: its wake only raises a flag
    assert window.undo_bar is not None and window.undo_bar.parent() is not None
    assert not delivery._wake.is_set()
    queue.delivery_wanted.emit()  # type: ignore[attr-defined]
    assert delivery._wake.is_set()
    window.change_language("de")  # the rebuilt window keeps the undo bar it has
    assert window.undo_bar is not None and window.undo_bar.parent() is not None
    window.change_language("en")
    settled(qtbot, window.documents.model)
    context.runner.wait()


def test_the_navigation_shows_its_words_whole_at_the_start_size(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    """The documents page's filters leave the navigation room: no item is cut off."""
    window = MainWindow(demo_ledger)
    qtbot.addWidget(window)
    window.show()
    settled(qtbot, window.documents.model)
    tree = window.navigation
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items += [items[0].child(i) for i in range(items[0].childCount())]
    metrics = tree.fontMetrics()
    for item in items:
        rect = tree.visualItemRect(item)
        needed = rect.left() + metrics.horizontalAdvance(item.text(0))
        assert needed <= tree.viewport().width(), item.text(0)
    assert window.width() <= 1280  # and the window still fits a small laptop's screen
