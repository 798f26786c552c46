"""What every table of rows in the window shares: counts, column headers, its buttons' place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.gui.widgets.language import datetime_text

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A flat table: subclasses fill ``_rows``, ``_headers`` and ``COLUMNS``, and answer data."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Any] = []
        self._headers: tuple[str, ...] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def fit_datetime_columns(table: QTableView, columns: Iterable[int]) -> None:
    """Make ``columns`` wide enough for a date and time in the window's language (the
    longest month name of the locale), so "Nov 23, 2026 22:34" is never cut to "Nov 23, 20…"."""
    metrics = table.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(datetime_text(dt.datetime(2026, month, 28, 23, 58)))
        for month in range(1, 13)
    )
    for column in columns:
        table.setColumnWidth(column, widest + 16)


def fit_column_to_texts(
    table: QTableView, column: int, texts: Iterable[str], extra: int = 40
) -> None:
    """Make ``column`` as wide as the widest of ``texts`` plus ``extra`` (an icon, the margins),
    so status names are read whole in every language."""
    metrics = table.fontMetrics()
    table.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in texts) + extra)


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` the chosen one. Not ``QTableView.selectRow``: right to left (Arabic) that
    looks for the first column at the viewport's edge and can select nothing."""
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(
        table.model().index(row, 0), flags.ClearAndSelect | flags.Rows
    )


def rows_table(headers: list[str], name: str) -> QTableWidget:
    """A read-only table of ``headers`` whose rows are chosen one at a time, named ``name`` for
    screen readers; no row numbers."""
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


def table_over_buttons(owner: QWidget, table: QTableView, buttons: Iterable[QPushButton]) -> None:
    """``owner`` laid out as ``table`` filling it, with ``buttons`` in a row under it on the
    right, no margins (a tab of the Books page)."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table, 1)
    layout.addLayout(row)
