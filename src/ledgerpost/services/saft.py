"""The period's books as an OECD Standard Audit File - Tax 2.00 (SAF-T): the header, the chart,
customers and suppliers, the general ledger entries and the sales invoices (and credit notes).

Built with the standard library's ElementTree; the tests validate it against the published
schema (tests/data/saft).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal

from babel import Locale

from ledgerpost import __version__
from ledgerpost.domain.documents import Document, DocumentType
from ledgerpost.domain.parties import Company, Party, PartyKind, PostalAddress
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import document_repository as document_repo
from ledgerpost.storage.journal_listing import (
    JournalLine,
    accounts,
    balances_before,
    journal_lines,
    sales_document_ids,
)
from ledgerpost.storage.party_bulk import all_parties

NAMESPACE = "urn:OECD:StandardAuditFile-Taxation/2.00"
ACCOUNT_TYPES = {
    "asset": "Asset",
    "liability": "Liability",
    "equity": "Equity",
    "income": "Sale",
    "expense": "Expense",
}
SHORT, MIDDLE1, MIDDLE2, LONG = 18, 35, 70, 256
"""The schema's text lengths (its short, middle1, middle2 and long text types)."""


def _add(parent: ET.Element, tag: str, text: object = None, limit: int = LONG) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = str(text)[:limit]
    return element


def _amount(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def country_code(country: str) -> str:
    """ISO 3166 alpha-2 for a country as written on a card (``EE``, ``Estonia``); ``ZZ``
    (unknown) when it cannot be told."""
    text = country.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    wanted = text.casefold()
    for language in ("en", "et", "de", "ru", "ro", "ar"):
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and name.casefold() == wanted:
                return str(code)
    return "ZZ"


def party_key(party: Party) -> str:
    """A party's id in the file: its code, else its number in the ledger."""
    return (party.code or f"P{party.id}")[:MIDDLE1]


def _address(parent: ET.Element, address: PostalAddress, tag: str = "Address") -> None:
    element = _add(parent, tag)
    if address.street:
        _add(element, "StreetName", address.street, MIDDLE2)
    _add(element, "City", address.city, MIDDLE1)
    _add(element, "PostalCode", address.postal_code, SHORT)
    if address.country:
        _add(element, "Country", country_code(address.country), 2)


def _amount_structure(parent: ET.Element, tag: str, value: Decimal, currency: str) -> None:
    element = _add(parent, tag)
    _add(element, "Amount", _amount(value))
    _add(element, "CurrencyCode", currency, 3)
    _add(element, "CurrencyAmount", _amount(value))


def _header(root: ET.Element, company: Company, start: dt.date, end: dt.date) -> None:
    header = _add(root, "Header")
    _add(header, "AuditFileVersion", "2.00")
    _add(header, "AuditFileCountry", country_code(company.address.country), 2)
    _add(header, "AuditFileDateCreated", dt.date.today().isoformat())
    _add(header, "SoftwareCompanyName", "LedgerPost", MIDDLE2)
    _add(header, "SoftwareID", "LedgerPost")
    _add(header, "SoftwareVersion", __version__, SHORT)
    card = _add(header, "Company")
    _add(card, "RegistrationNumber", company.registration_number or company.vat_number, MIDDLE1)
    _add(card, "Name", company.name, MIDDLE2)
    _address(card, company.address)
    contact = _add(card, "Contact")
    person = _add(contact, "ContactPerson")
    first, _, last = (company.sender_name or company.name).partition(" ")
    _add(person, "FirstName", first, MIDDLE1)
    _add(person, "LastName", last or first, MIDDLE2)
    _add(contact, "Telephone", "", SHORT)
    if company.sender_address:
        _add(contact, "Email", company.sender_address, MIDDLE2)
    if company.vat_number:
        _add(_add(card, "TaxRegistration"), "TaxRegistrationNumber", company.vat_number, MIDDLE1)
    _add(header, "DefaultCurrencyCode", company.currency, 3)
    criteria = _add(header, "SelectionCriteria")
    _add(criteria, "SelectionStartDate", start.isoformat())
    _add(criteria, "SelectionEndDate", end.isoformat())
    _add(header, "TaxAccountingBasis", "Invoice", SHORT)


def _balance(parent: ET.Element, side: str, value: Decimal) -> None:
    if value >= 0:
        _add(parent, f"{side}DebitBalance", _amount(value))
    else:
        _add(parent, f"{side}CreditBalance", _amount(-value))


def _chart(
    master: ET.Element,
    chart: list[tuple[str, str, str]],
    opening: dict[str, Decimal],
    closing: dict[str, Decimal],
) -> None:
    element = _add(master, "GeneralLedgerAccounts")
    for code, name, kind in chart:
        account = _add(element, "Account")
        _add(account, "AccountID", code, MIDDLE2)
        _add(account, "AccountDescription", name)
        _add(account, "AccountType", ACCOUNT_TYPES.get(kind, kind), SHORT)
        _balance(account, "Opening", opening.get(code, Decimal(0)))
        _balance(account, "Closing", closing.get(code, Decimal(0)))


def _parties(master: ET.Element, parties: list[Party], kind: PartyKind) -> None:
    chosen = [p for p in parties if p.kind is kind]
    if not chosen:
        return
    tag = "Customer" if kind is PartyKind.CUSTOMER else "Supplier"
    element = _add(master, f"{tag}s")
    for party in chosen:
        card = _add(element, tag)
        _add(card, "Name", party.name, MIDDLE2)
        _address(card, party.address)
        if party.vat_number:
            tax = _add(card, "TaxRegistration")
            _add(tax, "TaxRegistrationNumber", party.vat_number, MIDDLE1)
        _add(card, f"{tag}ID", party_key(party), MIDDLE1)
        _add(card, "AccountID", "1200" if kind is PartyKind.CUSTOMER else "2000", MIDDLE2)


def _ledger_entries(
    root: ET.Element, lines: list[JournalLine], parties: dict[int, Party], currency: str
) -> None:
    element = _add(root, "GeneralLedgerEntries")
    entries = sorted({line.entry_id for line in lines})
    _add(element, "NumberOfEntries", len(entries))
    _add(element, "TotalDebit", _amount(sum((x.debit for x in lines), Decimal(0))))
    _add(element, "TotalCredit", _amount(sum((x.credit for x in lines), Decimal(0))))
    journal = _add(element, "Journal")
    _add(journal, "JournalID", "GL", SHORT)
    _add(journal, "Description", "General journal")
    _add(journal, "Type", "GL", 9)
    transaction: ET.Element | None = None
    current = None
    for record, line in enumerate(lines, start=1):
        if line.entry_id != current:
            current = line.entry_id
            transaction = _transaction(journal, line)
        assert transaction is not None
        _entry_line(transaction, record, line, parties.get(line.party_id or 0), currency)


def _transaction(journal: ET.Element, line: JournalLine) -> ET.Element:
    element = _add(journal, "Transaction")
    _add(element, "TransactionID", line.entry_id, MIDDLE2)
    _add(element, "Period", line.date.month)
    _add(element, "PeriodYear", line.date.year)
    _add(element, "TransactionDate", line.date.isoformat())
    if line.document_type:
        _add(element, "TransactionType", line.document_type, SHORT)
    _add(element, "Description", line.description)
    entered = line.posted_at.date() if line.posted_at else line.date
    _add(element, "SystemEntryDate", entered.isoformat())
    _add(element, "GLPostingDate", line.date.isoformat())
    return element


def _entry_line(
    transaction: ET.Element, record: int, line: JournalLine, party: Party | None, currency: str
) -> None:
    element = _add(transaction, "Line")
    _add(element, "RecordID", record, SHORT)
    _add(element, "AccountID", line.account, MIDDLE2)
    if line.document_number:
        _add(element, "SourceDocumentID", line.document_number, MIDDLE1)
    if party is not None and party.kind is PartyKind.CUSTOMER:
        _add(element, "CustomerID", party_key(party), MIDDLE1)
    elif party is not None and party.kind is PartyKind.SUPPLIER:
        _add(element, "SupplierID", party_key(party), MIDDLE1)
    _add(element, "Description", line.description)
    if line.debit:
        _amount_structure(element, "DebitAmount", line.debit, line.currency)
    else:
        _amount_structure(element, "CreditAmount", line.credit, line.currency)


def _sales(root: ET.Element, documents: list[Document], parties: dict[int, Party]) -> None:
    if not documents:
        return
    sales = _add(_add(root, "SourceDocuments"), "SalesInvoices")
    credit_notes = [d for d in documents if d.type is DocumentType.CREDIT_NOTE]
    _add(sales, "NumberOfEntries", len(documents))
    _add(sales, "TotalDebit", _amount(sum((d.totals.net for d in credit_notes), Decimal(0))))
    invoices = [d for d in documents if d.type is DocumentType.INVOICE]
    _add(sales, "TotalCredit", _amount(sum((d.totals.net for d in invoices), Decimal(0))))
    for document in documents:
        _invoice(sales, document, parties[document.party_id])


def _invoice(sales: ET.Element, document: Document, party: Party) -> None:
    element = _add(sales, "Invoice")
    _add(element, "InvoiceNo", document.display_number, MIDDLE2)
    customer = _add(element, "CustomerInfo")
    _add(customer, "CustomerID", party_key(party), MIDDLE1)
    _address(customer, party.address, "BillingAddress")
    _add(element, "Period", document.date.month)
    _add(element, "PeriodYear", document.date.year)
    _add(element, "InvoiceDate", document.date.isoformat())
    _add(element, "InvoiceType", "CN" if document.type is DocumentType.CREDIT_NOTE else "IN", 9)
    _add(element, "GLPostingDate", document.date.isoformat())
    indicator = "D" if document.type is DocumentType.CREDIT_NOTE else "C"
    currency = document.currency
    for number, line in enumerate(document.lines, start=1):
        row = _add(element, "Line")
        _add(row, "LineNumber", number, SHORT)
        _add(row, "AccountID", "4000", MIDDLE2)
        _add(row, "Quantity", format(line.quantity.normalize(), "f"))
        _add(row, "UnitPrice", _amount(line.unit_price))
        _add(row, "TaxPointDate", document.date.isoformat())
        if document.type is DocumentType.CREDIT_NOTE and document.reference:
            _add(_add(_add(row, "References"), "CreditNote"), "Reference", document.reference)
        _add(row, "Description", line.description or "-")
        _amount_structure(row, "InvoiceLineAmount", line.net(currency), currency)
        _add(row, "DebitCreditIndicator", indicator, 1)
        tax = _add(row, "TaxInformation")
        _add(tax, "TaxPercentage", format(line.vat_rate.normalize(), "f"))
        _add(tax, "TaxBase", _amount(line.net(currency)))
        _amount_structure(tax, "TaxAmount", line.vat(currency), currency)
    totals = _add(element, "DocumentTotals")
    _add(totals, "NetTotal", _amount(document.totals.net))
    _add(totals, "GrossTotal", _amount(document.totals.gross))


def saft_xml(ledger: Ledger, start: dt.date, end: dt.date) -> bytes:
    """The SAF-T file of ``start..end`` as UTF-8 XML bytes."""
    company = ledger.require_company()
    with ledger.db.read() as s:
        chart = accounts(s)
        opening = balances_before(s, start, company.currency)
        closing = balances_before(s, end + dt.timedelta(days=1), company.currency)
        parties = all_parties(s)
        lines = list(journal_lines(s, start, end))
        documents = list(document_repo.get_documents(s, sales_document_ids(s, start, end)).values())
    documents.sort(key=lambda d: (d.date, d.series, d.number or 0))
    by_id = {p.id: p for p in parties if p.id is not None}
    root = ET.Element("AuditFile", xmlns=NAMESPACE)
    _header(root, company, start, end)
    master = _add(root, "MasterFiles")
    _chart(master, chart, opening, closing)
    _parties(master, parties, PartyKind.CUSTOMER)
    _parties(master, parties, PartyKind.SUPPLIER)
    _ledger_entries(root, lines, by_id, company.currency)
    _sales(root, documents, by_id)
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
