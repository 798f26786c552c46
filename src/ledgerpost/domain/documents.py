"""Documents a bookkeeper saves, posts and mails; their lines, VAT and totals.

A document is a draft until it is posted. Posting gives it the next number of its series and a
fingerprint of everything that prints; from then on it never changes (a credit note corrects it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from ledgerpost.domain.money import round_money
from ledgerpost.domain.parties import LANGUAGES, Party, PartyKind


class DocumentType(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit-note"
    QUOTATION = "quotation"
    RECEIPT = "receipt"
    PAYMENT = "payment"
    PURCHASE_INVOICE = "purchase-invoice"
    LETTER = "letter"
    REMINDER = "reminder"


class PaymentMethod(StrEnum):
    """How money received or paid moved."""

    BANK = "bank"
    CASH = "cash"
    CARD = "card"


class DocumentState(StrEnum):
    DRAFT = "draft"
    POSTED = "posted"


DEFAULT_SERIES: dict[DocumentType, str] = {
    DocumentType.INVOICE: "INV",
    DocumentType.CREDIT_NOTE: "CN",
    DocumentType.QUOTATION: "QUO",
    DocumentType.RECEIPT: "REC",
    DocumentType.PAYMENT: "PAY",
    DocumentType.PURCHASE_INVOICE: "PINV",
    DocumentType.LETTER: "LET",
    DocumentType.REMINDER: "REM",
}

PARTY_KINDS: dict[DocumentType, frozenset[PartyKind]] = {
    DocumentType.INVOICE: frozenset({PartyKind.CUSTOMER}),
    DocumentType.CREDIT_NOTE: frozenset({PartyKind.CUSTOMER}),
    DocumentType.QUOTATION: frozenset({PartyKind.CUSTOMER}),
    DocumentType.RECEIPT: frozenset({PartyKind.CUSTOMER}),
    DocumentType.PAYMENT: frozenset({PartyKind.SUPPLIER, PartyKind.EMPLOYEE}),
    DocumentType.PURCHASE_INVOICE: frozenset({PartyKind.SUPPLIER}),
    DocumentType.LETTER: frozenset(PartyKind),
    DocumentType.REMINDER: frozenset({PartyKind.CUSTOMER}),
}
"""Which cards each document type may be made out to."""

HAS_LINES: frozenset[DocumentType] = frozenset(
    set(DocumentType) - {DocumentType.LETTER, DocumentType.REMINDER}
)
"""Documents made of lines; a letter and a payment reminder are words (a reminder's fee, if
any, is its one line)."""

MONEY_MOVES: frozenset[DocumentType] = frozenset({DocumentType.RECEIPT, DocumentType.PAYMENT})
"""Vouchers of money received or paid: an amount (one line, no VAT), a method, a reference."""

SETTLES: dict[DocumentType, frozenset[DocumentType]] = {
    DocumentType.RECEIPT: frozenset({DocumentType.INVOICE, DocumentType.REMINDER}),
    DocumentType.CREDIT_NOTE: frozenset({DocumentType.INVOICE, DocumentType.REMINDER}),
    DocumentType.PAYMENT: frozenset({DocumentType.PURCHASE_INVOICE}),
}
"""Which documents each kind of document can be allocated to (settle): money received pays
invoices and the fees payment reminders charged; a credit note corrects an invoice, or waives
a reminder's fee."""

SETTLED: frozenset[DocumentType] = frozenset().union(*SETTLES.values())
"""Documents that have an open amount and a paid state (a reminder's only when it charged a
fee: see :func:`has_open_amount`)."""


def has_open_amount(doc_type: DocumentType, total: Decimal) -> bool:
    """Whether a document of ``doc_type`` with ``total`` is something to pay: an invoice, or a
    reminder that charged a fee."""
    return doc_type in SETTLED and (doc_type is not DocumentType.REMINDER or total > 0)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a document. ``vat_rate`` is a percentage, e.g. ``Decimal("22")``."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal = Decimal(0)

    def net(self, currency: str) -> Decimal:
        return round_money(self.quantity * self.unit_price, currency)

    def vat(self, currency: str) -> Decimal:
        """VAT of this line alone, rounded: lines are rounded first, then summed."""
        return round_money(self.net(currency) * self.vat_rate / 100, currency)


@dataclass(frozen=True, slots=True)
class VatSummary:
    rate: Decimal
    net: Decimal
    vat: Decimal


@dataclass(frozen=True, slots=True)
class Totals:
    net: Decimal
    vat: Decimal
    gross: Decimal
    by_rate: tuple[VatSummary, ...]


def compute_totals(lines: tuple[Line, ...], currency: str) -> Totals:
    """VAT per line, then summed per rate and overall, the way the invoice prints it."""
    per_rate: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for line in lines:
        net, vat = per_rate.get(line.vat_rate, (Decimal(0), Decimal(0)))
        per_rate[line.vat_rate] = (net + line.net(currency), vat + line.vat(currency))
    by_rate = tuple(
        VatSummary(rate=rate, net=net, vat=vat) for rate, (net, vat) in sorted(per_rate.items())
    )
    net_total = sum((s.net for s in by_rate), Decimal(0))
    vat_total = sum((s.vat for s in by_rate), Decimal(0))
    zero = round_money(Decimal(0), currency)
    return Totals(
        net=net_total + zero,
        vat=vat_total + zero,
        gross=net_total + vat_total + zero,
        by_rate=by_rate,
    )


@dataclass(frozen=True, slots=True)
class Letter:
    """A customer letter: the header is the email subject; greeting and signer close it."""

    subject: str
    body: str
    greeting: str = ""
    signer: str = ""
    language: str = ""
    """What it is written in (its print copy and message follow); empty: the party's."""


@dataclass(frozen=True, slots=True)
class Document:
    """A document as saved. Posted documents carry series, number and fingerprint."""

    type: DocumentType
    party_id: int
    date: dt.date
    currency: str
    lines: tuple[Line, ...] = ()
    party_name: str = ""
    state: DocumentState = DocumentState.DRAFT
    series: str = ""
    number: int | None = None
    due_date: dt.date | None = None
    reference: str = ""
    notes: str = ""
    contact_id: int | None = None
    recipients: str = ""
    reply_to: str = ""
    credited_document_id: int | None = None
    letter: Letter | None = None
    method: PaymentMethod | None = None
    bank_account: str = ""
    """The chart account a voucher's money went through when not the default bank account."""
    rate: Decimal | None = None
    """Units of the document's currency worth one unit of the company's ("1 EUR = 1.0850 USD"
    is ``Decimal("1.0850")`` on a USD document of a EUR company); None in the company's own
    currency. The journal is in the company's currency: each amount divided by this."""
    fingerprint: str = ""
    id: int | None = None
    totals: Totals = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "totals", compute_totals(self.lines, self.currency))

    @property
    def is_posted(self) -> bool:
        return self.state is DocumentState.POSTED

    @property
    def display_number(self) -> str:
        """``INV-17`` once posted; drafts have no number yet."""
        return f"{self.series}-{self.number}" if self.number is not None else ""

    def posted_as(self, series: str, number: int) -> Document:
        """This draft, posted with ``number`` of ``series`` and its fingerprint taken."""
        posted = replace(self, state=DocumentState.POSTED, series=series, number=number)
        return replace(posted, fingerprint=fingerprint(posted))


def document_language(document: Document, party: Party) -> str:
    """The language a document prints and mails in unless another is asked for: a letter's
    own, when it has one the product speaks, else the party's (English if it has none of
    them)."""
    letter = document.letter
    if letter is not None and letter.language in LANGUAGES:
        return letter.language
    return party.language if party.language in LANGUAGES else "en"


def amount_line(amount: Decimal, description: str = "Payment") -> tuple[Line, ...]:
    """The one line of a receipt or payment voucher: the amount, no VAT."""
    return (Line(description, Decimal(1), amount, Decimal(0)),)


def canonical_decimal(value: Decimal) -> str:
    """One spelling per number: ``1.5`` and ``1.500`` both give ``"1.5"``."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def fingerprint(document: Document) -> str:
    """sha256 over everything a posted document prints and posts; a change shows as a mismatch."""
    letter = document.letter
    content = {
        "type": document.type.value,
        "series": document.series,
        "number": document.number,
        "date": document.date.isoformat(),
        "due_date": document.due_date.isoformat() if document.due_date else None,
        "party_id": document.party_id,
        "party_name": document.party_name,
        "currency": document.currency,
        "reference": document.reference,
        "notes": document.notes,
        "credited_document_id": document.credited_document_id,
        "lines": [
            [
                line.description,
                canonical_decimal(line.quantity),
                canonical_decimal(line.unit_price),
                canonical_decimal(line.vat_rate),
            ]
            for line in document.lines
        ],
        "letter": [letter.subject, letter.body, letter.greeting, letter.signer] if letter else None,
    }
    if document.rate is not None:  # only then: documents posted before rates keep their print
        content["rate"] = canonical_decimal(document.rate)
    if letter is not None and letter.language:
        # Only letters written in a chosen language: earlier fingerprints stay valid.
        content["letter_language"] = letter.language
    if document.method is not None:
        # Only vouchers entered as amounts have a method: earlier fingerprints stay valid.
        content["method"] = document.method.value
    if document.bank_account:
        # Only vouchers naming another bank account than the default: the rest keep theirs.
        content["bank_account"] = document.bank_account
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
