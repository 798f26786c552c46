"""The print copy of a document: invoice, credit note, quotation, receipt and payment voucher,
purchase invoice, or customer letter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ledgerpost.documents.blocks import (
    Column,
    column_table,
    fact_table,
    letterhead,
    money,
    paragraph,
    party_block,
    totals_block,
)
from ledgerpost.documents.layout import BODY_WIDTH, MUTED, RULE, SHADE, Letterhead, Sheet
from ledgerpost.documents.pdfa import Archive
from ledgerpost.domain.documents import Document, DocumentType, document_language
from ledgerpost.domain.exchange import to_company
from ledgerpost.domain.parties import LANGUAGES, Party
from ledgerpost.i18n.translate import Translator

VOUCHERS = frozenset({DocumentType.RECEIPT, DocumentType.PAYMENT})


def document_title(t: Translator, doc_type: DocumentType) -> str:
    """The document's name in ``t``'s language, as printed and in file names."""
    titles = {
        DocumentType.INVOICE: t.pgettext("document type", "Invoice"),
        DocumentType.CREDIT_NOTE: t.pgettext("document type", "Credit note"),
        DocumentType.QUOTATION: t.pgettext("document type", "Quotation"),
        DocumentType.RECEIPT: t.pgettext("document type", "Receipt voucher"),
        DocumentType.PAYMENT: t.pgettext("document type", "Payment voucher"),
        DocumentType.PURCHASE_INVOICE: t.pgettext("document type", "Purchase invoice"),
        DocumentType.LETTER: t.pgettext("document type", "Letter"),
        DocumentType.REMINDER: t.pgettext("document type", "Payment reminder"),
    }
    return titles[doc_type]


def print_language(party: Party, override: str | None = None) -> str:
    """The language a document prints in: the override, else the party's, else English."""
    if override:
        return override
    return party.language if party.language in LANGUAGES else "en"


def render_document(
    document: Document,
    party: Party,
    head: Letterhead,
    *,
    language: str | None = None,
    archival: bool = False,
    archive: Archive | None = None,
    bank_account: str = "",
) -> bytes:
    """PDF bytes of ``document``; a draft carries a DRAFT mark on every page. ``archival``:
    PDF/A-3 with an output intent, and ``archive``'s embedded file and XMP (Factur-X).
    ``bank_account``: the account a voucher's money went through, as it is to read."""
    sheet = Sheet(language or document_language(document, party), head)
    title = document_title(sheet.t, document.type)
    number = document.display_number or sheet._("Draft")
    facts = _facts(sheet, document, number)
    if bank_account:
        facts.insert(-1, (sheet._("Bank account"), bank_account))
    story: list[Flowable] = [letterhead(sheet, title, facts)]
    story += party_block(
        sheet, _party_label(sheet, document.type), party, _attention(document, party)
    )
    if document.type in (DocumentType.LETTER, DocumentType.REMINDER):
        story += _letter(sheet, document)
    else:
        story += _lines_and_totals(sheet, document)
        story += _closing(sheet, document)
    return sheet.build(
        story,
        title=f"{title} {number}",
        running_head=f"{title} {number} · {party.name}",
        draft=not document.is_posted,
        archival=archival and document.is_posted,
        archive=archive,
    )


def _attention(document: Document, party: Party) -> str:
    """The name of the document's contact person on the card ("" if none is named)."""
    if document.contact_id is None:
        return ""
    return next((c.name for c in party.contacts if c.id == document.contact_id), "")


def _facts(sheet: Sheet, document: Document, number: str) -> list[tuple[str, str]]:
    t = sheet.t
    if document.type is DocumentType.LETTER:
        return [(sheet._("Date"), t.date(document.date))]
    facts = [(sheet._("Number"), number), (sheet._("Date"), t.date(document.date))]
    if document.type in (DocumentType.INVOICE, DocumentType.CREDIT_NOTE):
        # the date of supply, as the e-invoice's BT-72 says it (German VAT law asks for it)
        facts.append((sheet._("Date of supply"), t.date(document.date)))
    due = _due_date(sheet, document)
    if document.type is DocumentType.QUOTATION and document.due_date:
        facts.append((sheet._("Valid until"), t.date(document.due_date)))
    elif due is not None:
        facts.append((sheet._("Due date"), t.date(due)))
    if document.reference:
        label = {
            DocumentType.CREDIT_NOTE: sheet._("Credited invoice"),
            DocumentType.PURCHASE_INVOICE: sheet._("Supplier's invoice number"),
        }.get(document.type, sheet._("Reference"))
        facts.append((label, document.reference))
    facts.append((sheet._("Currency"), document.currency))
    books = sheet.company.currency
    if document.rate is not None and document.currency != books:
        rate = f"1\u00a0{books} = {sheet.t.number(document.rate, _places(document.rate))}"
        facts.append((sheet._("Exchange rate"), f"{rate}\u00a0{document.currency}"))
    return facts


def _places(value: Decimal) -> int:
    return max(0, -int(value.normalize().as_tuple().exponent))


def _due_date(sheet: Sheet, document: Document) -> dt.date | None:
    if document.due_date is not None:
        return document.due_date
    if document.type is DocumentType.INVOICE:
        return document.date + dt.timedelta(days=sheet.company.payment_terms_days)
    return None


def _party_label(sheet: Sheet, doc_type: DocumentType) -> str:
    return {
        DocumentType.INVOICE: sheet._("Bill to"),
        DocumentType.CREDIT_NOTE: sheet._("Bill to"),
        DocumentType.QUOTATION: sheet._("Prepared for"),
        DocumentType.RECEIPT: sheet._("Received from"),
        DocumentType.PAYMENT: sheet._("Paid to"),
        DocumentType.PURCHASE_INVOICE: sheet._("Supplier"),
        DocumentType.LETTER: "",
        DocumentType.REMINDER: sheet._("Bill to"),
    }[doc_type]


def _total_label(sheet: Sheet, doc_type: DocumentType) -> str:
    return {
        DocumentType.INVOICE: sheet._("Total due"),
        DocumentType.CREDIT_NOTE: sheet._("Total credited"),
        DocumentType.QUOTATION: sheet._("Total"),
        DocumentType.RECEIPT: sheet._("Amount received"),
        DocumentType.PAYMENT: sheet._("Amount paid"),
        DocumentType.PURCHASE_INVOICE: sheet._("Total payable"),
    }[doc_type]


def _lines_and_totals(sheet: Sheet, document: Document) -> list[Flowable]:
    t, currency = sheet.t, document.currency
    totals = document.totals
    short = document.type in VOUCHERS and all(line.vat_rate == 0 for line in document.lines)
    if short:
        columns = [
            Column(sheet._("No."), 8),
            Column(sheet._("Description"), 119, content=True),
            Column(sheet._("Amount"), 30, "end"),
        ]
        rows = [
            [str(i), line.description, t.amount(line.net(currency), currency)]
            for i, line in enumerate(document.lines, start=1)
        ]
        total_rows = [(_total_label(sheet, document.type), money(sheet, totals.gross, currency))]
        return [
            column_table(sheet, columns, rows),
            Spacer(1, 5 * mm),
            totals_block(sheet, total_rows),
        ]
    columns = [
        Column(sheet._("No."), 8),
        Column(sheet._("Description"), 58, content=True),
        Column(sheet._("Quantity"), 16, "end"),
        Column(sheet._("Unit price"), 21, "end"),
        Column(sheet._("VAT rate"), 16, "end"),
        Column(sheet._("Amount"), 23, "end"),
    ]
    rows = [
        [
            str(i),
            line.description,
            t.quantity(line.quantity),
            t.amount(line.unit_price, currency),
            t.percent(line.vat_rate),
            t.amount(line.net(currency), currency),
        ]
        for i, line in enumerate(document.lines, start=1)
    ]
    vat_rows = [
        [t.percent(s.rate), t.amount(s.net, currency), t.amount(s.vat, currency)]
        for s in totals.by_rate
    ]
    vat_columns = [
        Column(sheet._("VAT rate"), 1),
        Column(sheet._("Taxable amount"), 1.4, "end"),
        Column(sheet._("VAT"), 1.2, "end"),
    ]
    summary = _narrow(sheet, vat_columns, vat_rows, BODY_WIDTH * 0.45)
    total_rows = [
        (sheet._("Total without VAT"), money(sheet, totals.net, currency)),
        (sheet._("VAT"), money(sheet, totals.vat, currency)),
        (_total_label(sheet, document.type), money(sheet, totals.gross, currency)),
    ]
    books = sheet.company.currency
    if document.rate is not None and currency != books and totals.vat:
        # The VAT in the currency of the seller's books, at the document's rate, as the VAT
        # directive (Art. 230) asks of an invoice in another currency.
        in_books = to_company(totals.vat, document.rate, books)
        label = sheet._("VAT in {currency}").format(currency=books)
        total_rows.append((label, money(sheet, in_books, books)))
    return [
        column_table(sheet, columns, rows),
        Spacer(1, 5 * mm),
        totals_block(sheet, total_rows, beside=summary),
    ]


def _narrow(sheet: Sheet, columns: list[Column], rows: list[list[str]], width: float) -> Flowable:
    """The VAT summary: a small column table at the start side, beside the totals."""
    share = sum(c.width for c in columns)
    head = [sheet.text(c.heading, size=7.5, bold=True, side=c.side, shrink=True) for c in columns]
    body = [
        [
            sheet.text(cell, size=8, side=c.side, shrink=c.side == "end")
            for cell, c in zip(row, columns, strict=True)
        ]
        for row in rows
    ]
    return sheet.table(
        [head, *body],
        [width * c.width / share for c in columns],
        style=[
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ],
        pad=2,
    )


def _closing(sheet: Sheet, document: Document) -> list[Flowable]:
    t = sheet.t
    parts: list[str] = []
    company = sheet.company
    if document.type is DocumentType.INVOICE:
        due = _due_date(sheet, document)
        assert due is not None
        parts.append(
            sheet._("Please pay {amount} by {date}.").format(
                amount=money(sheet, document.totals.gross, document.currency), date=t.date(due)
            )
        )
        if company.payment_terms_days:
            parts.append(
                sheet._("Payment terms: {days} days net.").format(days=company.payment_terms_days)
            )
        if company.bank_account:
            parts.append(sheet._("Bank account: {account}").format(account=company.bank_account))
        if document.display_number:
            parts.append(
                sheet._("Payment reference: {number}").format(number=document.display_number)
            )
    elif document.type is DocumentType.CREDIT_NOTE and document.reference:
        parts.append(
            sheet._("This credit note corrects invoice {number}.").format(number=document.reference)
        )
    elif document.type is DocumentType.QUOTATION and document.due_date:
        parts.append(
            sheet._("This quotation is valid until {date}.").format(date=t.date(document.due_date))
        )
    story: list[Flowable] = []
    if parts:
        story += paragraph(sheet, "\n".join(parts), size=9)
    if document.notes:
        story += paragraph(sheet, sheet._("Notes"), size=8, color=MUTED)
        story.append(sheet.text(document.notes, size=9, content=True))
    if document.type in VOUCHERS:
        story += [Spacer(1, 14 * mm), _signatures(sheet)]
    return story


def _signatures(sheet: Sheet) -> Flowable:
    line = "_" * 28
    return fact_table(
        sheet,
        [(sheet._("Issued by"), line), (sheet._("Received by"), line)],
        BODY_WIDTH * 0.7,
    )


def _letter(sheet: Sheet, document: Document) -> list[Flowable]:
    letter = document.letter
    if letter is None:
        return []
    story: list[Flowable] = [
        sheet.text(letter.subject, size=12, bold=True, content=True),
        Spacer(1, 5 * mm),
    ]
    story += letter_body(sheet, letter.body)
    if letter.greeting or letter.signer:
        story += [Spacer(1, 8 * mm), sheet.text(letter.greeting, size=10, content=True)]
        if letter.signer:
            story += [
                Spacer(1, 10 * mm),
                sheet.text(letter.signer, size=10, bold=True, content=True),
            ]
    return story


LIST_MARKS = ("- ", "* ", "• ", "– ")
"""How a line of a letter's body says it is an item of a list."""


def letter_body(sheet: Sheet, body: str) -> list[Flowable]:
    """The body as written: paragraphs apart where a blank line is, lines kept; a run of lines
    starting with "- " (or "* ", "• ") is a list, each item a bullet with its text hanging."""
    story: list[Flowable] = []
    for block in body_blocks(body):
        if story:
            story.append(Spacer(1, 3 * mm))
        if isinstance(block, list):
            story.append(_bullets(sheet, block))
        else:
            story.append(sheet.text(block, size=10, content=True))
    return story


def body_blocks(body: str) -> list[str | list[str]]:
    """Paragraphs (text) and lists (their items), in the body's order."""
    blocks: list[str | list[str]] = []
    prose: list[str] = []
    items: list[str] = []

    def close() -> None:
        if prose:
            blocks.append("\n".join(prose))
            prose.clear()
        if items:
            blocks.append(list(items))
            items.clear()

    for raw in body.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        mark = next((m for m in LIST_MARKS if line.lstrip().startswith(m)), None)
        if not line.strip():
            close()
        elif mark is not None:
            if prose:
                close()
            items.append(line.lstrip()[len(mark) :].strip())
        elif items and raw[:1].isspace():  # an item's text going on, indented
            items[-1] += " " + line.strip()
        else:
            if items:
                close()
            prose.append(line)
    close()
    return blocks


def _bullets(sheet: Sheet, items: list[str]) -> Flowable:
    rows = [[sheet.text("•", size=10), sheet.text(item, size=10, content=True)] for item in items]
    return sheet.table(rows, [6 * mm, BODY_WIDTH - 6 * mm], pad=1)
