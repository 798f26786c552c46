"""Reading print copies back in tests: text as pypdf extracts it, positions, amounts, samples."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import pypdf
from babel.numbers import get_decimal_symbol, get_group_symbol

from ledgerpost.documents.layout import Letterhead
from ledgerpost.domain.documents import Document, DocumentState, DocumentType, Letter, Line
from ledgerpost.domain.parties import Company, Party, PartyKind, PostalAddress

COMPANY = Company(
    name="Sample Books OÜ",
    address=PostalAddress("Narva mnt 5", "10117", "Tallinn", "Estonia"),
    vat_number="EE100000001",
    registration_number="10000001",
    bank_account="EE38 2200 2210 2014 5685",
)
HEAD = Letterhead(COMPANY)

PARTY_NAMES = {
    "en": "Northwind Traders Ltd",
    "et": "Õunapuu Kõrts OÜ",
    "de": "Müller & Söhne GmbH",
    "ru": "ООО «Северный Ветер»",
    "ro": "Țesătoria Brașov SA",
    "ar": "شركة النور للتجارة",
}


def party(language: str, kind: PartyKind = PartyKind.CUSTOMER) -> Party:
    return Party(
        kind,
        PARTY_NAMES[language],
        language,
        code="C0001",
        vat_number="XX123456",
        address=PostalAddress("Main street 1", "10001", "Capital", "Country"),
        id=1,
    )


def document(
    doc_type: DocumentType,
    lines: tuple[Line, ...] | None = None,
    *,
    posted: bool = True,
    currency: str = "EUR",
) -> Document:
    if lines is None:
        lines = (
            Line("Consulting hour", Decimal(3), Decimal("65.00"), Decimal(22)),
            Line("Books and publications", Decimal("1.5"), Decimal("1234.56"), Decimal(9)),
        )
    letter = None
    if doc_type is DocumentType.LETTER:
        lines = ()
        letter = Letter("New opening hours", "We are open from 9 to 17.", "Kind regards", "Anna")
    return Document(
        doc_type,
        1,
        dt.date(2026, 3, 14),
        currency,
        lines,
        state=DocumentState.POSTED if posted else DocumentState.DRAFT,
        series="INV" if posted else "",
        number=17 if posted else None,
        reference="INV-3" if doc_type is DocumentType.CREDIT_NOTE else "",
        letter=letter,
        id=5,
    )


def normalise(text: str) -> str:
    """Arabic presentation forms back to letters, no-break spaces to spaces, no isolates."""
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    return re.sub("[\u2066-\u2069]", "", text)


def page_texts(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [normalise(page.extract_text()) for page in reader.pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


@dataclass(frozen=True)
class Placed:
    text: str
    x: float
    y: float


def placed_strings(pdf: bytes, page: int = 0) -> list[Placed]:
    """Each string drawn on a page with where it starts (reportlab sets the matrix per string)."""
    found: list[Placed] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append(Placed(normalise(text), cm[4] + tm[4], cm[5] + tm[5]))

    pypdf.PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


AMOUNT = re.compile(r"-?\d[\d.,  ]*\d")


def parse_amount(text: str, language: str) -> Decimal:
    """The first amount in ``text``, read with the language's separators."""
    match = AMOUNT.search(text)
    assert match, f"no amount in {text!r}"
    group, point = get_group_symbol(language), get_decimal_symbol(language)
    digits = match.group().replace(" ", "").replace(" ", "")
    digits = digits.replace(normalise(group), "").replace(point, ".")
    return Decimal(digits)


def amount_beside(text: str, label: str, language: str, currency: str = "EUR") -> Decimal:
    """The amount printed next to ``label``: on its line, else in the next cell drawn."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        rest = line.strip().removeprefix(label)
        if rest == line.strip() or (rest and not AMOUNT.match(rest.strip())):
            continue
        # Cells are drawn left to right: in Arabic the amount comes before its label.
        beside = lines[i - 1] if language == "ar" else lines[i + 1]
        for candidate in (rest, beside):
            if AMOUNT.search(candidate) and currency in candidate:
                return parse_amount(candidate, language)
    raise AssertionError(f"{label!r} is not printed next to an amount")
