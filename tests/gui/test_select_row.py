"""Choosing a row in a table works left to right and right to left alike (the chart of
accounts, the journal entries and the mail accounts all choose rows this way)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from ledgerpost.gui.widgets.table_model import select_row


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_a_chosen_row_is_selected_whole(qtbot: QtBot, direction: Qt.LayoutDirection) -> None:
    table = QTableWidget(5, 6)
    qtbot.addWidget(table)
    table.setLayoutDirection(direction)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for row in range(5):
        for column in range(6):
            table.setItem(row, column, QTableWidgetItem(f"{row}/{column}" * 8))
    table.resize(240, 200)  # narrower than its columns: scrolled, as a long list is
    table.show()
    qtbot.waitExposed(table)
    select_row(table, 3)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [3]
    assert table.currentRow() == 3
    select_row(table, 1)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
