"""The party card's e-invoice fields: country code, VAT id, buyer reference (Leitweg-ID),
electronic address with its scheme, and the format; under them, what the card still lacks.
"""

from __future__ import annotations

from dataclasses import replace

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.parties import EInvoiceFormat, Party
from ledgerpost.domain.problems import Problem
from ledgerpost.gui.settings.fields import problem_label, show_problem
from ledgerpost.gui.widgets.language import current_language, problem_message
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services.parties import country_codes, einvoice_gaps

SCHEMES = ("EM", "0204", "9930", "0088", "0060", "9957")
"""EAS codes offered for the electronic address; a stored other one is kept and shown."""


def _country_names() -> dict[str, str]:
    try:
        names = Locale.parse(current_language()).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    return {code: str(names.get(code, code)) for code in country_codes()}


class EInvoiceFields(QGroupBox):
    """The e-invoice part of a card; ``apply`` puts its values on a party."""

    changed = Signal()

    def __init__(self, party: Party, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("E-invoices"))
        self.problems: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self._build_country(party.address.country_code)
        self.vat_number = QLineEdit(party.vat_number)
        self.vat_number.setToolTip(
            self.tr("The customer's VAT id with its country letters, such as DE123456789")
        )
        self._row("VAT number", self.tr("&VAT id"), self.vat_number)
        self._build_reference(party)
        self._build_format(party.einvoice_format)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setStyleSheet(style(Tone.QUIET))
        self.gaps.setAccessibleName(self.tr("What e-invoices still need"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.gaps)
        layout.addStretch(1)
        for combo in (self.country, self.scheme, self.format):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.vat_number, self.buyer_reference, self.electronic_address):
            edit.textChanged.connect(self.changed)

    def _row(self, key: str, label: str, editor: QWidget) -> None:
        editor.setAccessibleName(label.replace("&", ""))
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(editor)
        name = self.tr("Problem with %1").replace("%1", label.replace("&", ""))
        self.problems[key] = problem_label(name)
        box.addWidget(self.problems[key])
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.form.addRow(caption, box)

    def _build_country(self, code: str) -> None:
        self.country = QComboBox()
        self.country.addItem(self.tr("(none)"), "")
        names = _country_names()
        for known in sorted(names, key=lambda c: names[c].casefold()):
            self.country.addItem(f"{names[known]} ({known})", known)
        if code and self.country.findData(code) < 0:
            self.country.addItem(self.tr("%1 (unknown code)").replace("%1", code), code)
        self.country.setCurrentIndex(max(self.country.findData(code), 0))
        self.country.setToolTip(
            self.tr("The country as an e-invoice names it (ISO code, e.g. DE for Germany)")
        )
        self._row("country code", self.tr("Countr&y code"), self.country)

    def _build_reference(self, party: Party) -> None:
        self.buyer_reference = QLineEdit(party.buyer_reference)
        self.buyer_reference.setToolTip(
            self.tr(
                "The buyer reference (BT-10) their invoices must carry. For a German public "
                "buyer this is its Leitweg-ID (such as 991-01234-44), which XRechnung requires."
            )
        )
        self._row("buyer reference", self.tr("&Buyer reference (Leitweg-ID)"), self.buyer_reference)
        self.electronic_address = QLineEdit(party.electronic_address)
        self.electronic_address.setToolTip(
            self.tr(
                "Where the customer receives e-invoices (BT-49): a Peppol id or an email "
                "address; empty: the billing email address is used"
            )
        )
        self._row("electronic address", self.tr("&Electronic address"), self.electronic_address)
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("(email, the default)"), "")
        names = {
            "EM": self.tr("Email address (EM)"),
            "0204": self.tr("Leitweg-ID (0204)"),
            "9930": self.tr("German VAT id (9930)"),
            "0088": self.tr("GLN, global location number (0088)"),
            "0060": self.tr("DUNS number (0060)"),
            "9957": self.tr("French VAT id (9957)"),
        }
        for code in SCHEMES:
            self.scheme.addItem(names[code], code)
        stored = party.electronic_scheme
        if stored and self.scheme.findData(stored) < 0:
            self.scheme.addItem(stored, stored)
        self.scheme.setCurrentIndex(max(self.scheme.findData(stored), 0))
        self.scheme.setToolTip(self.tr("What kind of address the electronic address is"))
        self._row("electronic scheme", self.tr("Address &scheme"), self.scheme)

    def _build_format(self, chosen: EInvoiceFormat | None) -> None:
        self.format = QComboBox()
        self.format.addItem(self.tr("Automatic (Factur-X with a VAT id, else none)"), None)
        for choice in EInvoiceFormat:
            self.format.addItem(format_name(choice), choice.value)
        self.format.setCurrentIndex(max(self.format.findData(chosen.value if chosen else None), 0))
        self.format.setToolTip(
            self.tr("How this customer's invoices go out as structured data, beside the print")
        )
        self._row("e-invoice format", self.tr("E-invoice &format"), self.format)

    def apply(self, party: Party) -> Party:
        """``party`` with the values these fields hold."""
        chosen = self.format.currentData()
        return replace(
            party,
            address=replace(party.address, country_code=str(self.country.currentData())),
            vat_number=self.vat_number.text().strip(),
            buyer_reference=self.buyer_reference.text().strip(),
            electronic_address=self.electronic_address.text().strip(),
            electronic_scheme=str(self.scheme.currentData()),
            einvoice_format=EInvoiceFormat(chosen) if chosen else None,
        )

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field; the others are cleared."""
        for key, label in self.problems.items():
            show_problem(label, "; ".join(problem_message(p) for p in problems if p.field == key))

    def show_gaps(self, party: Party) -> None:
        """What the card lacks for the format its invoices go out in."""
        chosen, gaps = einvoice_gaps(party)
        if chosen is EInvoiceFormat.NONE:
            text = self.tr("No e-invoice: invoices go out as print copies only.")
        elif not gaps:
            text = self.tr("The card has what %1 needs.").replace("%1", format_name(chosen))
        else:
            text = (
                self.tr("For %1 still missing: %2")
                .replace("%1", format_name(chosen))
                .replace("%2", "; ".join(problem_message(p) for p in gaps))
            )
        self.gaps.setText(text)


def format_name(choice: EInvoiceFormat) -> str:
    """The plain name of an e-invoice format."""
    return {
        EInvoiceFormat.NONE: QCoreApplication.translate("EInvoiceFields", "None (print copy only)"),
        EInvoiceFormat.FACTURX: QCoreApplication.translate(
            "EInvoiceFields", "Factur-X (PDF with the invoice data inside)"
        ),
        EInvoiceFormat.XRECHNUNG_CII: QCoreApplication.translate(
            "EInvoiceFields", "XRechnung (CII)"
        ),
        EInvoiceFormat.XRECHNUNG_UBL: QCoreApplication.translate(
            "EInvoiceFields", "XRechnung (UBL)"
        ),
        EInvoiceFormat.PEPPOL_UBL: QCoreApplication.translate(
            "EInvoiceFields", "Peppol BIS Billing (UBL)"
        ),
        EInvoiceFormat.CIUSRO_UBL: QCoreApplication.translate(
            "EInvoiceFields", "RO e-Factura (CIUS-RO, UBL)"
        ),
    }[choice]
