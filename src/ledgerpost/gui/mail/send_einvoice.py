"""The send dialog's e-invoice line: for a customer taking e-invoices, whether the XML goes with
the message, validated ("XRechnung attached, validated ✓"), or the problems, each with its BT
id or rule, that keep it off (the message itself may still go)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ledgerpost.domain.parties import EInvoiceFormat
from ledgerpost.gui.widgets.language import isolated, problem_line
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services.einvoice_state import EInvoiceState


def format_name(chosen: EInvoiceFormat) -> str:
    """The format as the line names it."""
    names = {
        EInvoiceFormat.FACTURX: QCoreApplication.translate("EInvoiceLine", "Factur-X"),
        EInvoiceFormat.XRECHNUNG_CII: QCoreApplication.translate("EInvoiceLine", "XRechnung"),
        EInvoiceFormat.XRECHNUNG_UBL: QCoreApplication.translate("EInvoiceLine", "XRechnung"),
        EInvoiceFormat.PEPPOL_UBL: QCoreApplication.translate("EInvoiceLine", "Peppol BIS"),
        EInvoiceFormat.CIUSRO_UBL: QCoreApplication.translate("EInvoiceLine", "RO e-Factura"),
    }
    return names.get(chosen, chosen.value)


class EInvoiceLine(QLabel):
    """Hidden until the state is known; hidden for good when the customer takes none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("E-invoice"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)
        self.state: EInvoiceState | None = None

    def show_state(self, state: EInvoiceState | None) -> None:
        self.state = state
        if state is None:
            self.setVisible(False)
            return
        name = format_name(state.format)
        if state.attached:
            text = (
                self.tr("%1 inside the print copy, validated ✓")
                if state.embedded
                else self.tr("%1 attached, validated ✓")
            )
            self.setText(text.replace("%1", name))
            self.setToolTip(isolated(state.file_name))
            self.setStyleSheet(style(Tone.DONE))
        else:
            head = self.tr("%1 not attached, because:").replace("%1", name)
            lines = [f"• {problem_line(p)}" for p in state.problems]
            self.setText("\n".join([head, *lines]))
            self.setToolTip(self.tr("The message can still go, without the e-invoice."))
            self.setStyleSheet(style(Tone.PROBLEM))
        self.setVisible(True)

    def show_failure(self, text: str) -> None:
        self.setText(self.tr("The e-invoice could not be checked: %1").replace("%1", text))
        self.setStyleSheet(style(Tone.PROBLEM))
        self.setVisible(True)
