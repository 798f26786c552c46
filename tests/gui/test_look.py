"""What the bookkeeper sees: empty tables explain themselves, a draft's due date follows its own
date, dates fit their columns, names keep their own direction in Arabic."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import PartyKind
from ledgerpost.domain.users import ADMINISTRATOR
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.document_editor import DocumentEditor
from ledgerpost.gui.mail.outbox_page import OutboxPage
from ledgerpost.gui.mail.send_parts import SendLater
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.people.parties_page import PartiesPage
from ledgerpost.gui.people.users_page import UsersPage
from ledgerpost.gui.widgets.language import apply_language, datetime_text, isolated
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import users
from ledgerpost.services.ledger import Ledger
from tests.helpers.catalogues import compiled_catalogues

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)


@pytest.fixture(autouse=True)
def catalogues(qapp: QApplication) -> None:
    compiled_catalogues()  # English again afterwards: the english_window fixture (conftest)


def window_on(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    context = AppContext(ledger, Runner())
    window = MainWindow(ledger, context)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window


def test_an_empty_ledger_says_why_its_tables_are_empty(qtbot: QtBot, ledger: Ledger) -> None:
    window = window_on(qtbot, ledger)
    hint = window.documents.empty_hint
    qtbot.waitUntil(lambda: window.documents.model.total == 0)
    qtbot.waitUntil(hint.isVisible)
    assert "No documents to show" in hint.text()
    assert hint.geometry() == window.documents.table.viewport().rect()
    queue = window.page("email-queue")
    assert isinstance(queue, OutboxPage)
    window.pages.setCurrentWidget(queue)
    qtbot.waitUntil(queue.empty_hint.isVisible)
    assert "No messages here" in queue.empty_hint.text()
    customers = window.page(PartyKind.CUSTOMER.value)
    assert isinstance(customers, PartiesPage)
    window.pages.setCurrentWidget(customers)
    qtbot.waitUntil(customers.empty_hint.isVisible)
    assert "No cards to show" in customers.empty_hint.text()


def test_the_hint_goes_once_there_are_rows(qtbot: QtBot, demo_ledger: Ledger) -> None:
    window = window_on(qtbot, demo_ledger)
    qtbot.waitUntil(lambda: (window.documents.model.total or 0) > 0)
    assert not window.documents.empty_hint.isVisible()
    window.documents.numbers.setText("900000-900001")  # no such numbers in the demo
    window.documents.refresh()
    qtbot.waitUntil(window.documents.empty_hint.isVisible)
    customers = window.page(PartyKind.CUSTOMER.value)
    assert isinstance(customers, PartiesPage)
    window.pages.setCurrentWidget(customers)
    qtbot.waitUntil(lambda: customers.proxy.rowCount() > 0)
    assert not customers.empty_hint.isVisible()
    customers.search.setText("no one is called this")
    assert customers.empty_hint.isVisible()


def test_a_draft_without_due_date_is_due_its_terms_after_its_own_date(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    rows = demo_ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
    draft = next(
        demo_ledger.document(r.id)
        for r in rows
        if r.state is DocumentState.DRAFT and demo_ledger.document(r.id).due_date is None
    )
    draft = replace(draft, date=dt.date.today() - dt.timedelta(days=40))
    company = demo_ledger.company()
    assert company is not None
    editor = DocumentEditor(AppContext(demo_ledger, Runner()), draft)
    qtbot.addWidget(editor)
    expected = draft.date + dt.timedelta(days=company.payment_terms_days)
    assert editor.due.date() == QDate(expected)


def test_the_queue_shows_whole_dates_and_times(qtbot: QtBot, ledger: Ledger) -> None:
    for language in ("en", "et", "ar"):
        apply_language(language)
        window = window_on(qtbot, ledger)
        queue = window.page("email-queue")
        assert isinstance(queue, OutboxPage)
        metrics = queue.table.fontMetrics()
        for month in range(1, 13):
            text = datetime_text(dt.datetime(2026, month, 28, 23, 58))
            for column in (5, 6, 7):
                assert metrics.horizontalAdvance(text) < queue.table.columnWidth(column)


def test_names_keep_their_direction_only_in_a_right_to_left_window(qtbot: QtBot) -> None:
    name = "ООО «Балтийская Торговля»"
    assert isolated(name) == name
    apply_language("ar")
    assert isolated(name) == f"\u2068{name}\u2069"
    assert isolated("") == ""
    later = SendLater()
    qtbot.addWidget(later)
    assert later.send_at.displayFormat().endswith("yyyy HH:mm")
    assert not later.send_at.isRightToLeft()


def test_the_users_page_says_how_logging_in_works_now(qtbot: QtBot, ledger: Ledger) -> None:
    window = window_on(qtbot, ledger)
    page = window.page("users")
    assert isinstance(page, UsersPage)
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "While no one has a password" in page.explain.text()
    users.set_password(ledger, ADMINISTRATOR, "a long enough password 1")
    page.refresh()
    qtbot.waitUntil(lambda: "Everyone logs in" in page.explain.text())
