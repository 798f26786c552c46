"""E-invoices of posted documents: the EN 16931 data, its problems, the CII XML, validated.

The next steps (the Factur-X print copy, UBL, the send dialog's check) call
:func:`einvoice_problems` (fast, no XML) and :func:`make_cii` (XML + official validation).
"""

from __future__ import annotations

from dataclasses import dataclass

from ledgerpost.domain.documents import Document
from ledgerpost.domain.einvoice import EInvoice, Profile, build_einvoice, document_problems
from ledgerpost.domain.problems import Problem
from ledgerpost.einvoice.validation import RuleFailure, Validation, validate_cii
from ledgerpost.services.ledger import Ledger


@dataclass(frozen=True, slots=True)
class CiiInvoice:
    """The outcome of :func:`make_cii`: ``xml`` only when nothing was missing; ``validation``
    says what the official rules found (``ok`` when no problem and no fatal rule)."""

    document: Document
    profile: Profile
    problems: tuple[Problem, ...]
    invoice: EInvoice | None = None
    xml: bytes | None = None
    validation: Validation | None = None

    @property
    def ok(self) -> bool:
        return (
            not self.problems
            and self.xml is not None
            and self.validation is not None
            and self.validation.valid
        )


def einvoice_data(ledger: Ledger, document_id: int) -> tuple[EInvoice | None, list[Problem]]:
    """The e-invoice data of a document, or None and why it has none."""
    document = ledger.document(document_id)
    problems = document_problems(document)
    if problems:
        return None, problems
    party = ledger.party(document.party_id)
    credited = (
        ledger.document(document.credited_document_id)
        if document.credited_document_id is not None
        else None
    )
    return build_einvoice(document, party, ledger.require_company(), credited), []


def einvoice_problems(
    ledger: Ledger, document_id: int, profile: Profile = Profile.EN16931
) -> list[Problem]:
    """What keeps a document from its e-invoice in ``profile``, each field by its BT id."""
    invoice, problems = einvoice_data(ledger, document_id)
    return problems if invoice is None else invoice.problems(profile)


def make_cii(
    ledger: Ledger, document_id: int, profile: Profile = Profile.EN16931, *, validate: bool = True
) -> CiiInvoice:
    """The CII XML of a posted invoice or credit note, checked with the official rules."""
    from ledgerpost.einvoice.cii import to_cii

    document = ledger.document(document_id)
    invoice, problems = einvoice_data(ledger, document_id)
    if invoice is None:
        return CiiInvoice(document, profile, tuple(problems))
    problems = invoice.problems(profile)
    if problems:
        return CiiInvoice(document, profile, tuple(problems), invoice)
    xml = to_cii(invoice, profile)
    validation = validate_cii(xml, profile) if validate else None
    return CiiInvoice(document, profile, (), invoice, xml, validation)


def rule_problems(validation: Validation) -> list[Problem]:
    """The fatal rules a validation found, as problems to show beside the others."""
    return [_rule_problem(failure) for failure in validation.fatal]


def _rule_problem(failure: RuleFailure) -> Problem:
    return Problem.of("einvoice-rule", failure.location, rule=failure.rule, text=failure.text)


def validate_file(xml: bytes, profile: Profile | None = None) -> Validation:
    """A CII file against the rules of ``profile``, else of the profile it claims (BT-24)."""
    from ledgerpost.einvoice.cii_reader import CiiReadError, profile_of

    if profile is None:
        try:
            profile = profile_of(xml) or Profile.EN16931
        except CiiReadError:
            profile = Profile.EN16931
    return validate_cii(xml, profile)
