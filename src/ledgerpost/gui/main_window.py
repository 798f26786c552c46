"""The main window: document types on the left, the chosen documents on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.gui.document_model import DocumentListModel
from ledgerpost.gui.labels import document_type_plural
from ledgerpost.services.ledger import Ledger

ALL = "all"


class MainWindow(QMainWindow):
    def __init__(self, ledger: Ledger) -> None:
        super().__init__()
        self._ledger = ledger
        company = ledger.company()
        self.setWindowTitle(
            self.tr("LedgerPost — %1").replace("%1", company.name)
            if company
            else self.tr("LedgerPost — no company yet")
        )
        self.resize(1100, 680)

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Document types"))
        all_item = QListWidgetItem(self.tr("All documents"))
        all_item.setData(Qt.ItemDataRole.UserRole, ALL)
        self.navigation.addItem(all_item)
        for doc_type in DocumentType:
            item = QListWidgetItem(document_type_plural(doc_type))
            item.setData(Qt.ItemDataRole.UserRole, doc_type.value)
            self.navigation.addItem(item)
        self.navigation.setMaximumWidth(240)

        self.model = DocumentListModel(ledger, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((130, 110, 100, 330, 110, 80, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 4px 2px;")
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.navigation.currentItemChanged.connect(self._show_type)
        self.navigation.setCurrentRow(0)

    def _show_type(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        value = item.data(Qt.ItemDataRole.UserRole)
        flt = DocumentFilter() if value == ALL else DocumentFilter(type=DocumentType(value))
        self.model.set_filter(flt)
        self.heading.setText(item.text())
        self.statusBar().showMessage(self.tr("%n document(s)", "", self.model.total))
