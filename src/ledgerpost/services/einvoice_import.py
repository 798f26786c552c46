"""Received e-invoices (CII, UBL, or a Factur-X/ZUGFeRD PDF) imported as draft purchase
invoices: validated by the official rules, matched to a supplier card by VAT id or electronic
address, refused when the supplier's number is already booked, and kept with the draft.

A file that breaks a fatal rule is refused; warnings are reported and the draft is made.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ledgerpost.domain.documents import DEFAULT_SERIES, Document, DocumentState
from ledgerpost.domain.einvoice import EInvoice
from ledgerpost.domain.einvoice_import import (
    compact,
    import_problems,
    purchase_draft,
    supplier_card,
    supplier_of,
)
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import SignedIn
from ledgerpost.einvoice.validation import Validation
from ledgerpost.services.einvoice import rule_problems
from ledgerpost.services.ledger import Ledger

XML_TYPE = "application/xml"
PDF_TYPE = "application/pdf"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What became of one file: the draft (``document``) or the ``problems`` that refused it;
    ``warnings`` are the rules' non-fatal findings and other things worth a look."""

    file_name: str
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    validation: Validation | None = None
    invoice: EInvoice | None = None
    document: Document | None = None
    supplier: Party | None = None
    supplier_created: bool = False

    @property
    def imported(self) -> bool:
        return self.document is not None


@dataclass(frozen=True, slots=True)
class _Read:
    xml: bytes
    media_type: str
    ubl: bool


def _read(data: bytes) -> _Read | Problem:
    """The XML inside ``data`` (itself XML, or a PDF carrying it)."""
    from ledgerpost.einvoice.facturx import NotAFacturX, embedded_xml, is_pdf
    from ledgerpost.einvoice.validation import is_ubl

    media_type = XML_TYPE
    if is_pdf(data):
        try:
            xml = embedded_xml(data)
        except NotAFacturX as exc:
            return Problem.of("einvoice-import-unreadable", "file", reason=str(exc))
        if xml is None:
            return Problem.of("einvoice-import-no-xml", "file")
        data, media_type = xml, PDF_TYPE
    return _Read(data, media_type, is_ubl(data))


def _validate(read: _Read) -> Validation:
    from ledgerpost.einvoice.validation import validate_ubl
    from ledgerpost.services.einvoice import validate_file

    return validate_ubl(read.xml) if read.ubl else validate_file(read.xml)


def _parse(read: _Read) -> EInvoice | Problem:
    from ledgerpost.einvoice.cii_reader import CiiReadError, from_cii
    from ledgerpost.einvoice.ubl_reader import from_ubl

    try:
        return from_ubl(read.xml) if read.ubl else from_cii(read.xml)
    except CiiReadError as exc:
        return Problem.of("einvoice-import-unreadable", "file", reason=str(exc))


def _warnings(ledger: Ledger, invoice: EInvoice, validation: Validation) -> list[Problem]:
    found = [
        Problem.of("einvoice-rule-warning", f.location, rule=f.rule, text=f.text)
        for f in validation.failures
        if not f.fatal
    ]
    ours = compact(ledger.require_company().vat_number)
    theirs = compact(invoice.buyer.vat_id)
    if ours and theirs and ours != theirs:
        found.append(
            Problem.of("einvoice-import-buyer", "BT-48", buyer=invoice.buyer.name, vat_id=theirs)
        )
    return found


def find_supplier(ledger: Ledger, invoice: EInvoice) -> Party | None:
    """The supplier card of the invoice's seller: the same VAT id, else electronic address."""
    return supplier_of(ledger.parties(PartyKind.SUPPLIER), invoice.seller)


def _duplicate(ledger: Ledger, supplier_id: int, number: str) -> Problem | None:
    from ledgerpost.storage.received_files import purchase_invoices_numbered

    with ledger.db.read() as session:
        found = purchase_invoices_numbered(session, supplier_id, number)
    if not found:
        return None
    document_id, state, series, posted_number = found[0]
    if state == DocumentState.POSTED.value and posted_number is not None:
        booked = f"{series}-{posted_number}"
        return Problem.of("einvoice-import-duplicate", "BT-1", number=number, document=booked)
    return Problem.of("einvoice-import-duplicate-draft", "BT-1", number=number, draft=document_id)


def _supplier(
    ledger: Ledger, invoice: EInvoice, create: bool, by: SignedIn | None
) -> tuple[Party | None, bool, list[Problem]]:
    """The supplier card, whether it was made now, and why there is none."""
    from ledgerpost.services import parties

    found = find_supplier(ledger, invoice)
    if found is not None:
        return found, False, []
    seller = invoice.seller
    if not create:
        missing = Problem.of(
            "einvoice-import-supplier",
            "BT-27",
            seller=seller.name,
            vat_id=seller.vat_id or seller.electronic_address or "-",
        )
        return None, False, [missing]
    saved = parties.save(ledger, supplier_card(seller, ledger.require_company().language), by)
    if saved.card is None:
        return None, False, list(saved.problems)
    return saved.card.party, True, []


def _store(ledger: Ledger, draft: Document, read: _Read, data: bytes, name: str) -> Document:
    """The draft and its file, in one transaction."""
    from ledgerpost.storage import document_repository
    from ledgerpost.storage.received_files import add_received_file

    with ledger.db.write() as session:
        saved = document_repository.save_document(
            session, dataclasses.replace(draft, series=DEFAULT_SERIES[draft.type])
        )
        assert saved.id is not None
        add_received_file(session, saved.id, data, name, read.media_type)
    return saved


def import_einvoice(
    ledger: Ledger,
    data: bytes,
    file_name: str,
    *,
    create_supplier: bool = False,
    by: SignedIn | None = None,
) -> ImportResult:
    """Import one received e-invoice as a draft purchase invoice (see the module's note)."""
    read = _read(data)
    if isinstance(read, Problem):
        return ImportResult(file_name, (read,))
    validation = _validate(read)
    if not validation.valid:
        return ImportResult(file_name, tuple(rule_problems(validation)), validation=validation)
    invoice = _parse(read)
    if isinstance(invoice, Problem):
        return ImportResult(file_name, (invoice,), validation=validation)
    result = ImportResult(
        file_name,
        warnings=tuple(_warnings(ledger, invoice, validation)),
        validation=validation,
        invoice=invoice,
    )
    refused = import_problems(invoice, purchase_draft(invoice, 0))
    known = find_supplier(ledger, invoice)
    if known is not None and known.id is not None:
        duplicate = _duplicate(ledger, known.id, invoice.number)
        refused += [duplicate] if duplicate is not None else []
    if refused:
        return dataclasses.replace(result, problems=tuple(refused), supplier=known)
    supplier, created, missing = _supplier(ledger, invoice, create_supplier, by)
    if supplier is None or supplier.id is None:
        return dataclasses.replace(result, problems=tuple(missing))
    books = ledger.require_company().currency
    draft = dataclasses.replace(
        purchase_draft(invoice, supplier.id, books), party_name=supplier.name
    )
    saved = _store(ledger, draft, read, data, file_name)
    return dataclasses.replace(result, document=saved, supplier=supplier, supplier_created=created)


def received_file(ledger: Ledger, document_id: int) -> tuple[str, str, bytes] | None:
    """The file a draft was imported from: (file name, media type, bytes), else None."""
    from ledgerpost.storage.received_files import get_received_file

    with ledger.db.read() as session:
        kept = get_received_file(session, document_id)
    return None if kept is None else (kept.file_name, kept.media_type, kept.data)
