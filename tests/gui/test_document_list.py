"""The document list on thousands of documents: every one is a row, read where the view looks.

The ledger's invoices INV-1 (oldest) to INV-N (newest) are dated in numbering order, so row
``r`` of the list (newest first) must show INV-(N - r): the expectation does not come from the
code under test.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import PartyKind
from ledgerpost.gui.documents.document_model import KEPT_PAGES, PAGE, PLACEHOLDER, DocumentListModel
from ledgerpost.gui.widgets.language import date_text
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import invoice
from tests.helpers.document_list import settled
from tests.helpers.long_list import day_of, long_list
from tests.helpers.outbox_rows import add_messages

N = 12_000
"""60 pages: more than the model keeps."""

Hit = tuple[str, str]


@pytest.fixture(scope="module")
def long_books(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long") / "long.sqlite3"
    ledger = Ledger.open(str(path))
    try:
        long_list(ledger, N)
        # The envelope and the warning deep down the list: INV-3 was sent, INV-2's send failed.
        for number, status in ((3, OutboxStatus.SENT), (2, OutboxStatus.FAILED)):
            found = ledger.find_document(DocumentType.INVOICE, number)
            assert found is not None
            add_messages(ledger, 1, status=status, document_id=found.id)
    finally:
        ledger.close()
    return path


@pytest.fixture
def books(long_books: Path, tmp_path: Path) -> Iterator[Ledger]:
    import shutil

    copy = tmp_path / "books.sqlite3"
    shutil.copy(long_books, copy)
    ledger = Ledger.open(str(copy))
    yield ledger
    ledger.close()


@pytest.fixture
def sql_threads(books: Ledger) -> Iterator[list[Hit]]:
    """The thread of every SQL statement the ledger runs, with the statement."""
    hits: list[Hit] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        hits.append((threading.current_thread().name, statement))

    event.listen(books.db.engine, "before_cursor_execute", record)
    yield hits
    event.remove(books.db.engine, "before_cursor_execute", record)


def table_on(qtbot: QtBot, ledger: Ledger) -> tuple[QTableView, DocumentListModel]:
    table = QTableView()
    qtbot.addWidget(table)
    model = DocumentListModel(ledger, Runner(table), table)
    table.setModel(model)
    table.resize(900, 600)
    table.show()
    model.set_filter(DocumentFilter())
    return table, model


def number_on(model: DocumentListModel, row: int) -> str:
    summary = model.summary(row)
    assert summary is not None, f"row {row} is not loaded"
    return summary.display_number


def jump(qtbot: QtBot, table: QTableView, model: DocumentListModel, row: int) -> None:
    table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    qtbot.waitUntil(lambda: model.summary(row) is not None, timeout=10_000)


def test_every_document_is_a_row_but_only_the_first_page_is_read(
    qtbot: QtBot, books: Ledger
) -> None:
    _table, model = table_on(qtbot, books)
    settled(qtbot, model)
    assert model.rowCount() == model.total == N
    assert number_on(model, 0) == f"INV-{N}"
    assert model.index(0, 3).data() == date_text(day_of(N, N))
    assert model.kept_pages <= 2  # the first page and the one just below it


def test_the_last_row_shows_the_oldest_document_without_reading_the_pages_between(
    qtbot: QtBot, books: Ledger
) -> None:
    table, model = table_on(qtbot, books)
    settled(qtbot, model)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.summary(N - 1) is not None, timeout=10_000)
    assert model.index(N - 1, 2).data() == "INV-1"
    assert model.index(N - 1, 3).data() == date_text(day_of(1, N))
    assert model.index(N - 1, 4).data() == "Customer 1"
    settled(qtbot, model)
    assert model.kept_pages <= 5
    # The failed send of INV-2 and the sent INV-3, deep down, show their icons.
    assert model.index(N - 2, 0).data(Qt.ItemDataRole.ToolTipRole) == "Failed"
    assert model.index(N - 3, 0).data(Qt.ItemDataRole.ToolTipRole) == "Sent"
    assert not model.index(N - 3, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(N - 4, 0).data(Qt.ItemDataRole.DecorationRole) is None


@pytest.mark.parametrize("keys_first", [False, True], ids=["right-away", "with-page-keys"])
def test_a_jump_to_the_middle_shows_the_right_documents(
    qtbot: QtBot, books: Ledger, keys_first: bool
) -> None:
    table, model = table_on(qtbot, books)
    qtbot.waitUntil(lambda: model.total == N)
    if keys_first:
        qtbot.waitUntil(lambda: model.has_page_keys)
    for row in (N // 2 + 77, N // 3, 2 * N // 3 + 5):
        jump(qtbot, table, model, row)
        page_start = row - row % PAGE
        for r in (page_start, row, min(page_start + PAGE, N) - 1):
            assert number_on(model, r) == f"INV-{N - r}"


def test_unread_rows_show_a_placeholder_until_their_page_arrives(
    qtbot: QtBot, books: Ledger
) -> None:
    _table, model = table_on(qtbot, books)
    settled(qtbot, model)
    row = N // 2
    assert model.index(row, 2).data() == PLACEHOLDER  # asks for the page
    assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is None
    qtbot.waitUntil(lambda: model.index(row, 2).data() == f"INV-{N - row}", timeout=10_000)


def test_scrolling_end_to_end_keeps_a_bounded_number_of_pages(qtbot: QtBot, books: Ledger) -> None:
    table, model = table_on(qtbot, books)
    settled(qtbot, model)
    most = 0
    for row in range(0, N, PAGE // 2):
        jump(qtbot, table, model, row)
        assert number_on(model, row) == f"INV-{N - row}"
        most = max(most, model.kept_pages)
    assert most == KEPT_PAGES < N // PAGE
    # The first pages were dropped on the way down and are read again on the way back.
    assert model.summary(0) is None
    table.scrollToTop()
    qtbot.waitUntil(lambda: model.summary(0) is not None, timeout=10_000)
    assert number_on(model, 0) == f"INV-{N}"


def test_a_new_filter_replaces_the_list_and_late_pages_of_the_old_one_are_dropped(
    qtbot: QtBot, books: Ledger
) -> None:
    table, model = table_on(qtbot, books)
    settled(qtbot, model)
    table.scrollToBottom()  # the bottom page is on its way when the filter changes
    narrow = DocumentFilter(type=DocumentType.INVOICE, numbers=(100, 650))
    model.set_filter(narrow)
    settled(qtbot, model)
    assert model.rowCount() == model.total == 551
    jump(qtbot, table, model, 550)
    shown = [model.summary(r) for r in range(model.rowCount())]
    loaded = [s.number for s in shown if s is not None]
    assert loaded and all(100 <= n <= 650 for n in loaded)  # type: ignore[operator]
    assert number_on(model, 550) == "INV-100"
    dates = (day_of(1, N), day_of(1, N) + dt.timedelta(days=4))
    model.set_filter(DocumentFilter(dates=dates))
    settled(qtbot, model)
    expected = [f"INV-{k}" for k in range(N, 0, -1) if dates[0] <= day_of(k, N) <= dates[1]]
    assert [number_on(model, r) for r in range(model.rowCount())] == expected
    model.set_filter(DocumentFilter())
    settled(qtbot, model)
    assert model.rowCount() == N and number_on(model, 0) == f"INV-{N}"


def test_a_change_to_the_ledger_reloads_in_place(qtbot: QtBot, books: Ledger) -> None:
    table, model = table_on(qtbot, books)
    settled(qtbot, model)
    jump(qtbot, table, model, N // 2)
    position = table.verticalScrollBar().value()
    customer = books.parties(PartyKind.CUSTOMER)[0]
    posted = books.save_and_post(invoice(customer, on=day_of(N, N)))
    assert posted.posted
    model.set_filter(DocumentFilter())  # what the page does when the ledger tells of a change
    assert number_on(model, N // 2) == f"INV-{N - N // 2}"  # the old rows until the new ones
    qtbot.waitUntil(lambda: model.total == N + 1, timeout=10_000)
    qtbot.waitUntil(lambda: model.summary(0) is not None and model.summary(0).number == N + 1)
    qtbot.waitUntil(lambda: number_on(model, N // 2) == f"INV-{N + 1 - N // 2}", timeout=10_000)
    assert table.verticalScrollBar().value() == position


def test_no_database_read_runs_on_the_gui_thread(
    qtbot: QtBot, books: Ledger, sql_threads: list[Hit]
) -> None:
    table, model = table_on(qtbot, books)
    settled(qtbot, model)
    jump(qtbot, table, model, N // 2)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.summary(N - 1) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: model.has_page_keys, timeout=10_000)
    jump(qtbot, table, model, N // 4)
    model.refresh_mail_states()
    model.set_filter(DocumentFilter(type=DocumentType.INVOICE))
    settled(qtbot, model)
    statements = " ".join(s for _, s in sql_threads)
    assert "count(" in statements and "row_number()" in statements and "outbox" in statements
    gui = threading.main_thread().name
    assert [s for thread, s in sql_threads if thread == gui] == []
