"""A print copy on screen, exactly the bytes that are printed and mailed, with a Print button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ledgerpost.gui.context import AppContext
    from ledgerpost.services.printing import PrintCopy


class PrintPreview(QDialog):
    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 900)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(self.tr("Print copy"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_document)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n page(s)", "", self.document.pageCount())))
        layout.addWidget(view)
        layout.addWidget(buttons)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.paint_to(printer)

    def paint_to(self, printer: QPrinter) -> None:
        """Each page as an image at the printer's resolution."""
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(page).toSize()
                size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.topLeft(), self.document.render(page, size))
        finally:
            painter.end()


def preview_print_copy(
    parent: QWidget,
    context: AppContext,
    document_id: int,
    failed: Callable[[Exception], None],
    shown: Callable[[PrintPreview], None] | None = None,
) -> None:
    """Render the print copy of ``document_id`` in the background and show it over
    ``parent`` (which owns the preview); ``shown`` is handed the preview."""
    from ledgerpost.services.printing import print_document  # the renderer, when first wanted

    ledger = context.ledger

    def show(copy: PrintCopy) -> None:
        preview = PrintPreview(copy.pdf, copy.file_name, parent)
        preview.show()
        if shown is not None:
            shown(preview)

    context.runner.run(lambda: print_document(ledger, document_id), show, failed, owner=parent)
