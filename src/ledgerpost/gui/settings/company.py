"""The "Company" tab: the company card as documents and messages show it, and its logo.

The logo is a PNG or JPEG picture of at most 256 KB; it prints in the letterhead.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.parties import LANGUAGES, Company
from ledgerpost.gui.settings.fields import problem_label, show_problem
from ledgerpost.gui.settings.templates import LANGUAGE_NAMES
from ledgerpost.gui.widgets.language import problem_message
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services.settings_editor import (
    LOGO_KEY,
    LOGO_MAX_BYTES,
    logo_problem,
    logo_size_problem,
)

LOGO_BOX = (220, 90)
BOOK_CURRENCIES = ["EUR", "USD", "GBP", "RON", "RUB", "SEK", "NOK", "DKK", "PLN", "CHF", "AED"]
"""Offered for a new ledger's books (any ISO 4217 code may be typed)."""


class CompanyTab(QWidget):
    def __init__(
        self,
        company: Company,
        logo: bytes | None,
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.original = company
        self.new = new
        """A ledger without a company: saving starts its books, in the currency chosen here."""
        self.logo = logo
        self.logo_changed = False
        self.edits: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        form = QFormLayout()
        self._build_identity(form, company)
        self._build_books(form, company, new)
        self._build_sender(form, company)
        self._build_einvoice(form, company)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(form)
        layout.addWidget(self._build_logo())
        layout.addStretch(1)
        scroll = QScrollArea()  # the card is taller than a small screen's dialog
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_logo()

    def _line(self, form: QFormLayout, key: str, label: str, value: str, tip: str = "") -> None:
        edit = QLineEdit(value)
        edit.setAccessibleName(label)
        edit.setToolTip(tip)
        self.edits[key] = edit
        self._row(form, key, label, edit)

    def _build_identity(self, form: QFormLayout, company: Company) -> None:
        self._line(form, "company.name", self.tr("Company name"), company.name)
        self._line(form, "company.street", self.tr("Street"), company.address.street)
        self._line(form, "company.postal_code", self.tr("Postal code"), company.address.postal_code)
        self._line(form, "company.city", self.tr("City"), company.address.city)
        self._line(form, "company.country", self.tr("Country"), company.address.country)
        self._line(
            form,
            "company.country_code",
            self.tr("Country code"),
            company.address.country_code,
            self.tr("ISO 3166 code of two letters, such as DE or RO: e-invoices need it (BT-40)"),
        )
        self._line(form, "company.vat_number", self.tr("VAT number"), company.vat_number)
        self._line(
            form,
            "company.registration_number",
            self.tr("Registration number"),
            company.registration_number,
        )
        self._line(
            form, "company.bank_account", self.tr("Bank account (IBAN)"), company.bank_account
        )
        self._line(
            form,
            "company.bank_bic",
            self.tr("BIC"),
            company.bank_bic,
            self.tr("The bank's BIC of 8 or 11 characters, such as BYLADEM1001 (BT-86)"),
        )
        self.terms = QSpinBox()
        self.terms.setRange(0, 3650)
        self.terms.setSuffix(self.tr(" days"))
        self.terms.setValue(company.payment_terms_days)
        self.terms.setAccessibleName(self.tr("Payment terms"))
        self.terms.setToolTip(self.tr("Days until a new invoice is due"))
        self._row(form, "company.payment_terms_days", self.tr("Payment terms"), self.terms)

    def _build_books(self, form: QFormLayout, company: Company, new: bool) -> None:
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(company.language), 0))
        self.language.setAccessibleName(self.tr("Company language"))
        self.language.setToolTip(
            self.tr("The language of documents for parties that have none of their own")
        )
        self._row(form, "company.language", self.tr("Language"), self.language)
        self.currency = QComboBox()
        self.currency.setEditable(new)
        self.currency.addItems(BOOK_CURRENCIES if new else [company.currency])
        self.currency.setCurrentText(company.currency)
        self.currency.setEnabled(new)
        self.currency.setAccessibleName(self.tr("Currency of the books"))
        self.currency.setToolTip(
            self.tr("The currency the books are kept in: chosen once, when the books start")
        )
        self._row(form, "company.currency", self.tr("Currency of the books"), self.currency)

    def _build_sender(self, form: QFormLayout, company: Company) -> None:
        sender_note = QLabel(
            self.tr(
                "The sender below is used only where the Mail server tab leaves From name, "
                "From address or Reply-To empty."
            )
        )
        sender_note.setWordWrap(True)
        sender_note.setStyleSheet(style(Tone.QUIET))
        form.addRow(sender_note)
        sender_tip = self.tr("Used when the Mail server tab names no From address")
        self._line(
            form, "company.sender_name", self.tr("Sender name"), company.sender_name, sender_tip
        )
        self._line(
            form,
            "company.sender_address",
            self.tr("Sender address"),
            company.sender_address,
            sender_tip,
        )
        self._line(
            form,
            "company.reply_to",
            self.tr("Reply-To"),
            company.reply_to,
            self.tr(
                "Used when neither the document, the sending user's card nor the Mail server "
                "tab names one"
            ),
        )

    def _build_einvoice(self, form: QFormLayout, company: Company) -> None:
        note = QLabel(
            self.tr(
                "E-invoices (Factur-X, XRechnung, Peppol, RO e-Factura) name the company's "
                "contact telephone and the address where it receives e-invoices."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(style(Tone.QUIET))
        form.addRow(note)
        self._line(
            form,
            "company.phone",
            self.tr("Telephone"),
            company.phone,
            self.tr("The contact's telephone, with at least three digits (BT-42)"),
        )
        self._line(
            form,
            "company.electronic_address",
            self.tr("Electronic address"),
            company.electronic_address,
            self.tr(
                "Where the company receives e-invoices (BT-34): an email address or a Peppol "
                "id; empty: the sender address"
            ),
        )
        self._line(
            form,
            "company.electronic_scheme",
            self.tr("Address scheme"),
            company.electronic_scheme,
            self.tr("EM for an email address, else the EAS code of the id, such as 9930"),
        )

    def _build_logo(self) -> QGroupBox:
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(*LOGO_BOX)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed #aaa; background: white;")
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.choose_logo = QPushButton(self.tr("Choose &logo…"))
        self.choose_logo.setAccessibleName(self.tr("Choose a logo"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove logo"))
        self.remove_logo.setAccessibleName(self.tr("Remove the logo"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        hint = QLabel(
            self.tr(
                "A PNG or JPEG picture of at most %1 KB; it prints at the top of documents."
            ).replace("%1", str(LOGO_MAX_BYTES // 1024))
        )
        hint.setWordWrap(True)
        self.problems[LOGO_KEY] = problem_label(self.tr("Problem with the logo"))
        logo_box = QGroupBox(self.tr("Logo"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.remove_logo)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.logo_preview)
        row.addLayout(buttons)
        row.addStretch(1)
        logo_layout = QVBoxLayout(logo_box)
        logo_layout.addLayout(row)
        logo_layout.addWidget(hint)
        logo_layout.addWidget(self.problems[LOGO_KEY])
        return logo_box

    def _row(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(editor)
        self.problems[key] = problem_label(self.tr("Problem with %1").replace("%1", label))
        box.addWidget(self.problems[key])
        caption = QLabel(label + ":")
        caption.setBuddy(editor)
        form.addRow(caption, box)

    def company(self) -> Company:
        text = {key: edit.text().strip() for key, edit in self.edits.items()}
        return dataclasses.replace(
            self.original,
            name=text["company.name"],
            currency=self.currency.currentText().strip().upper() or self.original.currency,
            language=str(self.language.currentData()),
            address=dataclasses.replace(
                self.original.address,
                street=text["company.street"],
                postal_code=text["company.postal_code"],
                city=text["company.city"],
                country=text["company.country"],
                country_code=text["company.country_code"].upper(),
            ),
            vat_number=text["company.vat_number"],
            registration_number=text["company.registration_number"],
            sender_name=text["company.sender_name"],
            sender_address=text["company.sender_address"],
            reply_to=text["company.reply_to"],
            bank_account=text["company.bank_account"],
            bank_bic=text["company.bank_bic"].upper(),
            phone=text["company.phone"],
            electronic_address=text["company.electronic_address"],
            electronic_scheme=text["company.electronic_scheme"].upper(),
            payment_terms_days=self.terms.value(),
        )

    def show_problems(self, problems: dict[str, str]) -> bool:
        for key, label in self.problems.items():
            show_problem(label, problems.get(key, ""))
        return any(key in problems for key in self.problems)

    def saved(self) -> None:
        self.original = self.company()
        self.logo_changed = False

    # --- logo ---------------------------------------------------------------------------

    def set_logo(self, data: bytes | None) -> None:
        """Take ``data`` as the new logo (None: no logo), or say why it cannot be one."""
        found = logo_problem(data) if data is not None else None
        reason = problem_message(found) if found else ""
        if not reason and data is not None and not QPixmap().loadFromData(QByteArray(data)):
            reason = self.tr("the picture cannot be read; save it again as PNG or JPEG")
        show_problem(self.problems[LOGO_KEY], reason)
        if reason:
            return
        self.logo = data
        self.logo_changed = True
        self._show_logo()

    def load_logo_file(self, path: Path) -> None:
        try:
            size = path.stat().st_size
            if size > LOGO_MAX_BYTES:  # not worth reading
                too_big = logo_size_problem(size)
                show_problem(self.problems[LOGO_KEY], problem_message(too_big) if too_big else "")
                return
            data = path.read_bytes()
        except OSError as error:
            show_problem(
                self.problems[LOGO_KEY],
                self.tr("%1 cannot be read: %2")
                .replace("%1", path.name)
                .replace("%2", error.strerror or str(error)),
            )
            return
        self.set_logo(data)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the company logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_logo_file(Path(path))

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(QByteArray(self.logo)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    *LOGO_BOX,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(self.logo is not None)
