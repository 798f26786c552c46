"""The e-invoice that goes with a posted document's print copy.

For a customer taking Factur-X (and one taking XRechnung CII: a German buyer's software reads
either) the stored print copy is a Factur-X PDF/A-3 with the EN 16931 CII inside; the XML is
validated first, and an invalid one leaves the copy a plain PDF, with the problems returned.
XRechnung CII and the UBL formats also go as a separate XML attachment
(:func:`einvoice_attachment`). Checks of a stored copy are kept per process by the copy's
sha256: its bytes never change.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ledgerpost.documents.document_pdf import document_title
from ledgerpost.documents.pdfa import Archive
from ledgerpost.domain.documents import Document
from ledgerpost.domain.einvoice import TYPE_CODES, Profile
from ledgerpost.domain.parties import EInvoiceFormat, Party
from ledgerpost.domain.problems import Problem
from ledgerpost.einvoice.facturx import PdfInfo
from ledgerpost.einvoice.validation import Validation
from ledgerpost.i18n.translate import translator
from ledgerpost.services.einvoice import make_cii, rule_problems
from ledgerpost.services.ledger import Ledger

FACTURX_FORMATS = frozenset({EInvoiceFormat.FACTURX, EInvoiceFormat.XRECHNUNG_CII})
"""The formats whose print copy is a Factur-X PDF (its XML always the EN 16931 profile)."""
UBL_FORMATS = frozenset(
    {EInvoiceFormat.XRECHNUNG_UBL, EInvoiceFormat.PEPPOL_UBL, EInvoiceFormat.CIUSRO_UBL}
)
XML_FORMATS = UBL_FORMATS | {EInvoiceFormat.XRECHNUNG_CII}
"""The formats that also go as an XML file beside the PDF."""
XML_MIME = "application/xml"


def wants_facturx(document: Document, party: Party) -> bool:
    return document.type in TYPE_CODES and party.chosen_einvoice_format in FACTURX_FORMATS


@dataclass(frozen=True, slots=True)
class FacturxCheck:
    """What the official rules say of the XML a stored print copy carries (``xml`` None:
    the copy carries none)."""

    sha256: str
    xml: bytes | None
    validation: Validation | None

    @property
    def ok(self) -> bool:
        return self.validation is not None and self.validation.valid


_CACHE_SIZE = 256
_checks: OrderedDict[str, FacturxCheck] = OrderedDict()
_checks_lock = threading.Lock()


def _remember(check: FacturxCheck) -> FacturxCheck:
    with _checks_lock:
        _checks[check.sha256] = check
        _checks.move_to_end(check.sha256)
        while len(_checks) > _CACHE_SIZE:
            _checks.popitem(last=False)
    return check


def _recalled(sha256: str) -> FacturxCheck | None:
    with _checks_lock:
        return _checks.get(sha256)


@dataclass(frozen=True, slots=True)
class FacturxXml:
    """The validated XML a Factur-X print copy embeds (``archive``), or why there is none."""

    archive: Archive | None
    problems: tuple[Problem, ...] = ()
    validation: Validation | None = None


def facturx_archive(ledger: Ledger, document: Document, party: Party, language: str) -> FacturxXml:
    """What the renderer embeds to make ``document``'s print copy Factur-X, once its CII
    passed the official rules; else the problems (the copy is then a plain PDF)."""
    from ledgerpost.einvoice.facturx import PdfInfo

    assert document.id is not None
    made = make_cii(ledger, document.id, Profile.EN16931)
    if made.problems:
        return FacturxXml(None, made.problems)
    assert made.xml is not None and made.validation is not None
    if not made.validation.valid:
        return FacturxXml(None, tuple(rule_problems(made.validation)), made.validation)
    company = ledger.require_company()
    title = f"{document_title(translator(language), document.type)} {document.display_number}"
    info = PdfInfo(title, company.name, f"{title} · {party.name}", language)
    return FacturxXml(facturx_attachment(made.xml, info), (), made.validation)


def facturx_attachment(xml: bytes, info: PdfInfo) -> Archive:
    """The embedded ``factur-x.xml`` and its XMP, for ``render_document(archive=)``."""

    from ledgerpost.documents.pdfa import PRODUCER
    from ledgerpost.einvoice import facturx

    return Archive(
        facturx.FILE_NAME,
        xml,
        "Factur-X XML file",
        partial(_xmp, info, PRODUCER),
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=facturx.KEYWORDS,
    )


def _xmp(info: PdfInfo, producer: str, created: str) -> bytes:
    from ledgerpost.einvoice.facturx import xmp

    return xmp(info, created, producer)


def remember_check(pdf: bytes, made: FacturxXml) -> None:
    """Keep the validation of the XML just embedded in ``pdf`` (a stored copy never changes)."""
    import hashlib

    if made.archive is not None:
        sha256 = hashlib.sha256(pdf).hexdigest()
        _remember(FacturxCheck(sha256, made.archive.data, made.validation))


def check_pdf(pdf: bytes, sha256: str | None = None) -> FacturxCheck:
    """The XML inside a (Factur-X) PDF, validated, or recalled by the copy's sha256."""
    import hashlib

    from ledgerpost.einvoice.cii_reader import CiiReadError, profile_of
    from ledgerpost.einvoice.facturx import embedded_xml
    from ledgerpost.einvoice.validation import validate_cii

    sha256 = sha256 or hashlib.sha256(pdf).hexdigest()
    known = _recalled(sha256)
    if known is not None:
        return known
    xml = embedded_xml(pdf)
    if xml is None:
        return _remember(FacturxCheck(sha256, None, None))
    try:
        profile = profile_of(xml) or Profile.EN16931
    except CiiReadError:
        profile = Profile.EN16931
    return _remember(FacturxCheck(sha256, xml, validate_cii(xml, profile)))


def print_copy_check(ledger: Ledger, document_id: int) -> FacturxCheck | None:
    """The check of a document's stored print copy; None when it has none stored yet."""
    from ledgerpost.storage.print_copies import get_print_copy

    with ledger.db.read() as session:
        kept = get_print_copy(session, document_id)
    return None if kept is None else check_pdf(kept.pdf, kept.sha256)


@dataclass(frozen=True, slots=True)
class XmlEInvoice:
    """A separate e-invoice XML: the file when valid, else the problems."""

    file_name: str
    xml: bytes | None
    problems: tuple[Problem, ...]
    validation: Validation | None = None

    @property
    def ok(self) -> bool:
        return self.xml is not None and not self.problems


_validations: OrderedDict[tuple[str, str], Validation] = OrderedDict()


def _validated(xml: bytes, kind: str, check: Callable[[bytes], Validation]) -> Validation:
    """``check(xml)``, kept per process by the XML's sha256: the rules never change while it
    runs, and the send dialog checks the same XML on every keystroke."""
    import hashlib

    key = (kind, hashlib.sha256(xml).hexdigest())
    with _checks_lock:
        known = _validations.get(key)
    if known is not None:
        return known
    validation = check(xml)
    with _checks_lock:
        _validations[key] = validation
        while len(_validations) > _CACHE_SIZE:
            _validations.popitem(last=False)
    return validation


def make_xml(ledger: Ledger, document_id: int, einvoice_format: EInvoiceFormat) -> XmlEInvoice:
    """The XRechnung CII, XRechnung UBL, Peppol UBL or CIUS-RO XML of a posted document,
    validated."""
    from ledgerpost.einvoice.ubl import UblFlavour, to_ubl
    from ledgerpost.einvoice.validation import validate_ubl
    from ledgerpost.services.einvoice import einvoice_data

    document = ledger.document(document_id)
    name = f"{document.display_number or document_id}-{einvoice_format.value}.xml"
    if einvoice_format is EInvoiceFormat.XRECHNUNG_CII:
        from ledgerpost.einvoice.validation import validate_cii

        made = make_cii(ledger, document_id, Profile.XRECHNUNG, validate=False)
        if made.problems or made.xml is None:
            return XmlEInvoice(name, None, made.problems)
        checked = _validated(
            made.xml, "xrechnung-cii", partial(validate_cii, profile=Profile.XRECHNUNG)
        )
        return XmlEInvoice(name, made.xml, tuple(rule_problems(checked)), checked)
    if einvoice_format not in UBL_FORMATS:
        return XmlEInvoice(
            name,
            None,
            (Problem.of("einvoice-format-unsupported", "format", format=einvoice_format.value),),
        )
    flavour = UblFlavour(einvoice_format.value)
    invoice, problems = einvoice_data(ledger, document_id)
    if invoice is not None:
        problems = invoice.problems(flavour.profile)
        if flavour is UblFlavour.CIUSRO:
            from ledgerpost.domain.einvoice_ro import ciusro_problems

            problems += ciusro_problems(invoice)
    if invoice is None or problems:
        return XmlEInvoice(name, None, tuple(problems))
    xml = to_ubl(invoice, flavour)
    validation = _validated(xml, "ubl", validate_ubl)
    return XmlEInvoice(name, xml, tuple(rule_problems(validation)), validation)


def einvoice_attachment(ledger: Ledger, document_id: int) -> tuple[str, str, bytes] | None:
    """The XML to attach beside the print copy when a document is mailed: (file name, MIME
    type, bytes), or None when the party's format needs none or the XML is not valid (the
    send dialog shows why: :func:`make_xml`)."""
    document = ledger.document(document_id)
    if document.type not in TYPE_CODES or not document.is_posted:
        return None
    chosen = ledger.party(document.party_id).chosen_einvoice_format
    if chosen not in XML_FORMATS:
        return None
    made = make_xml(ledger, document_id, chosen)
    if not made.ok or made.xml is None:
        return None
    return made.file_name, XML_MIME, made.xml
