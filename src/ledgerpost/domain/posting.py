"""What a draft must satisfy before it can be posted, as a list of problems."""

from __future__ import annotations

from decimal import Decimal

from ledgerpost.domain.documents import HAS_LINES, PARTY_KINDS, Document, DocumentType
from ledgerpost.domain.money import is_valid_currency_code
from ledgerpost.domain.parties import Party
from ledgerpost.domain.problems import Problem


def problems_before_posting(
    document: Document,
    party: Party | None,
    credited: Document | None = None,
    already_credited: Decimal = Decimal(0),
) -> list[Problem]:
    """Every reason ``document`` cannot be posted yet; empty when it can."""
    problems: list[Problem] = []
    if document.is_posted:
        problems.append(
            Problem("already-posted", "document", f"{document.display_number} is already posted")
        )
    problems += _party_problems(document, party)
    if not is_valid_currency_code(document.currency):
        problems.append(
            Problem("currency", "currency", f"{document.currency!r} is not a currency code")
        )
    if document.due_date is not None and document.due_date < document.date:
        problems.append(Problem("due-date", "due date", "the due date is before the document date"))
    if document.type in HAS_LINES:
        problems += _line_problems(document)
    else:
        problems += _letter_problems(document)
    if document.type is DocumentType.CREDIT_NOTE:
        problems += _credit_problems(document, credited, already_credited)
    return problems


def _party_problems(document: Document, party: Party | None) -> list[Problem]:
    if party is None:
        return [Problem("party-missing", "party", "no party chosen")]
    if party.kind not in PARTY_KINDS[document.type]:
        allowed = " or ".join(sorted(k.value for k in PARTY_KINDS[document.type]))
        return [
            Problem(
                "party-kind",
                "party",
                f"a {document.type.value} is made out to a {allowed}, not to a {party.kind.value}",
            )
        ]
    return []


def _line_problems(document: Document) -> list[Problem]:
    problems: list[Problem] = []
    if not document.lines:
        problems.append(Problem("no-lines", "lines", "the document has no lines"))
    for index, line in enumerate(document.lines, start=1):
        where = f"line {index}"
        if not line.description.strip():
            problems.append(Problem("line-description", where, "has no description"))
        if line.quantity == 0:
            problems.append(Problem("line-quantity", where, "quantity is zero"))
        if not Decimal(0) <= line.vat_rate <= Decimal(100):
            problems.append(
                Problem("line-vat", where, f"VAT rate {line.vat_rate}% is not between 0 and 100")
            )
    if document.lines and document.totals.gross <= 0:
        problems.append(Problem("total", "total", "the total must be more than zero"))
    return problems


def _letter_problems(document: Document) -> list[Problem]:
    problems: list[Problem] = []
    letter = document.letter
    if letter is None or not letter.subject.strip():
        problems.append(Problem("letter-subject", "header", "the letter has no header"))
    if letter is None or not letter.body.strip():
        problems.append(Problem("letter-body", "body", "the letter has no text"))
    return problems


def _credit_problems(
    document: Document, credited: Document | None, already_credited: Decimal
) -> list[Problem]:
    if credited is None:
        return [
            Problem("credit-target", "corrects", "a credit note must name the invoice it corrects")
        ]
    if not credited.is_posted or credited.type is not DocumentType.INVOICE:
        return [Problem("credit-target", "corrects", "only a posted invoice can be credited")]
    if credited.party_id != document.party_id:
        return [
            Problem("credit-target", "corrects", "the credited invoice belongs to another party")
        ]
    if document.totals.gross + already_credited > credited.totals.gross:
        left = credited.totals.gross - already_credited
        return [
            Problem(
                "credit-too-much",
                "total",
                f"only {left} of {credited.display_number} is left to credit",
            )
        ]
    return []
