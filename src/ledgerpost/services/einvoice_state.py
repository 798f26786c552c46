"""What becomes of a document's e-invoice when it is mailed, for the send dialog: the XML
attached beside the print copy (XRechnung, Peppol, CIUS-RO) or inside it (Factur-X), validated,
or the problems, each by its BT id or rule, that keep it off the message."""

from __future__ import annotations

from dataclasses import dataclass

from ledgerpost.domain.einvoice import TYPE_CODES, Profile
from ledgerpost.domain.parties import EInvoiceFormat
from ledgerpost.domain.problems import Problem
from ledgerpost.services.ledger import Ledger


@dataclass(frozen=True, slots=True)
class EInvoiceState:
    """The party's format; the attached file and its size (``embedded``: inside the PDF, whose
    size already counts it); or the problems that keep it off."""

    format: EInvoiceFormat
    file_name: str = ""
    size: int = 0
    embedded: bool = False
    problems: tuple[Problem, ...] = ()

    @property
    def attached(self) -> bool:
        return not self.problems and bool(self.file_name)


def einvoice_state(ledger: Ledger, document_id: int | None) -> EInvoiceState | None:
    """The e-invoice of ``document_id`` as it would go now; None when its party takes none
    (or it is no invoice or credit note)."""
    from ledgerpost.services.einvoice_copies import FACTURX_FORMATS, XML_FORMATS, make_xml

    if document_id is None:
        return None
    document = ledger.document(document_id)
    chosen = ledger.party(document.party_id).chosen_einvoice_format
    if document.type not in TYPE_CODES or chosen is EInvoiceFormat.NONE:
        return None
    if chosen in XML_FORMATS:
        made = make_xml(ledger, document_id, chosen)
        if made.ok and made.xml is not None:
            return EInvoiceState(chosen, made.file_name, len(made.xml))
        return EInvoiceState(chosen, problems=made.problems)
    if chosen in FACTURX_FORMATS:
        return _facturx(ledger, document_id, chosen)
    return EInvoiceState(
        chosen, problems=(Problem.of("einvoice-format-unsupported", "format", format=chosen),)
    )


def _facturx(ledger: Ledger, document_id: int, chosen: EInvoiceFormat) -> EInvoiceState:
    """The stored copy's embedded XML, else what the copy rendered now would carry."""
    from ledgerpost.einvoice.facturx import FILE_NAME
    from ledgerpost.services.einvoice import make_cii, rule_problems
    from ledgerpost.services.einvoice_copies import print_copy_check

    check = print_copy_check(ledger, document_id)
    if check is not None:
        if check.ok and check.xml is not None:
            return EInvoiceState(chosen, FILE_NAME, len(check.xml), embedded=True)
        if check.validation is not None:
            return EInvoiceState(chosen, problems=tuple(rule_problems(check.validation)))
        return EInvoiceState(chosen, problems=(Problem.of("einvoice-not-facturx", "document"),))
    made = make_cii(ledger, document_id, Profile.EN16931)
    if made.problems:
        return EInvoiceState(chosen, problems=made.problems)
    assert made.validation is not None and made.xml is not None
    if not made.validation.valid:
        return EInvoiceState(chosen, problems=tuple(rule_problems(made.validation)))
    return EInvoiceState(chosen, FILE_NAME, len(made.xml), embedded=True)
