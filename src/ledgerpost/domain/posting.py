"""What a draft must satisfy before it can be posted, as a list of problems."""

from __future__ import annotations

from decimal import Decimal

from ledgerpost.domain.documents import (
    HAS_LINES,
    MONEY_MOVES,
    PARTY_KINDS,
    Document,
    DocumentType,
    has_open_amount,
)
from ledgerpost.domain.exchange import rate_problems
from ledgerpost.domain.money import is_valid_currency_code
from ledgerpost.domain.parties import LANGUAGES, Party, PartyKind
from ledgerpost.domain.problems import Problem, Value


def problems_before_posting(
    document: Document,
    party: Party | None,
    credited: Document | None = None,
    already_credited: Decimal = Decimal(0),
    company_currency: str = "",
) -> list[Problem]:
    """Every reason ``document`` cannot be posted yet; empty when it can. In another currency
    than ``company_currency`` it needs its rate."""
    problems: list[Problem] = []
    if document.is_posted:
        problems.append(Problem.of("already-posted", "document", number=document.display_number))
    problems += _party_problems(document, party)
    if not is_valid_currency_code(document.currency):
        problems.append(Problem.of("currency", "currency", currency=repr(document.currency)))
    else:
        problems += rate_problems(document, company_currency)
    if document.due_date is not None and document.due_date < document.date:
        problems.append(Problem.of("due-date", "due date"))
    if document.type in HAS_LINES:
        problems += _line_problems(document)
    else:
        problems += _letter_problems(document)
    if document.type is DocumentType.CREDIT_NOTE:
        problems += credit_problems(document, credited, already_credited)
    if document.type in MONEY_MOVES and any(line.vat_rate != 0 for line in document.lines):
        problems.append(Problem.of("voucher-vat", "amount"))
    return problems


def _party_problems(document: Document, party: Party | None) -> list[Problem]:
    if party is None:
        return [Problem.of("party-missing", "party")]
    if party.kind not in PARTY_KINDS[document.type]:
        allowed = [kind for kind in PartyKind if kind in PARTY_KINDS[document.type]]
        if len(allowed) == 1:
            values: dict[str, Value] = {"allowed": allowed[0]}
            code = "party-kind"
        else:  # a payment: to a supplier or an employee
            values = {"allowed": allowed[0], "other": allowed[1]}
            code = "party-kinds"
        return [Problem.of(code, "party", type=document.type, kind=party.kind, **values)]
    return []


def _line_problems(document: Document) -> list[Problem]:
    problems = []
    if not document.lines:
        problems.append(Problem.of("no-lines", "lines"))
    for index, line in enumerate(document.lines, start=1):
        where = f"line {index}"
        if not line.description.strip():
            problems.append(Problem.of("line-description", where))
        if line.quantity == 0:
            problems.append(Problem.of("line-quantity", where))
        if not Decimal(0) <= line.vat_rate <= Decimal(100):
            problems.append(Problem.of("line-vat", where, rate=line.vat_rate))
    if document.lines and document.totals.gross <= 0:
        problems.append(Problem.of("total", "total"))
    return problems


def _letter_problems(document: Document) -> list[Problem]:
    problems = []
    letter = document.letter
    if letter is None or not letter.subject.strip():
        problems.append(Problem.of("letter-subject", "header"))
    if letter is None or not letter.body.strip():
        problems.append(Problem.of("letter-body", "body"))
    if letter is not None and letter.language and letter.language not in LANGUAGES:
        languages = ", ".join(LANGUAGES)
        problems.append(
            Problem.of("language", "language", language=repr(letter.language), languages=languages)
        )
    return problems


def credit_left(credited: Document, already_credited: Decimal) -> Decimal:
    """What is left to credit of ``credited``: its total less the credit notes posted on it."""
    return credited.totals.gross - already_credited


def _creditable(credited: Document) -> bool:
    """An invoice, or a reminder's fee (waived by a credit note of the fee, without VAT)."""
    if credited.type is DocumentType.REMINDER:
        return has_open_amount(credited.type, credited.totals.gross)
    return credited.type is DocumentType.INVOICE


def credit_problems(
    document: Document, credited: Document | None, already_credited: Decimal
) -> list[Problem]:
    """Why credit note ``document`` cannot correct ``credited`` (credited so far
    ``already_credited``): it names no posted invoice of its party, or more than is left."""
    if credited is None:
        return [Problem.of("credit-no-target", "corrects")]
    if not credited.is_posted or not _creditable(credited):
        return [Problem.of("credit-not-invoice", "corrects")]
    if credited.party_id != document.party_id:
        return [Problem.of("credit-other-party", "corrects")]
    if credited.currency != document.currency:  # it settles the invoice: the same money
        return [
            Problem.of(
                "allocation-currency",
                "corrects",
                source=document.currency,
                target=credited.currency,
            )
        ]
    left = credit_left(credited, already_credited)
    if document.totals.gross > left:
        return [Problem.of("credit-too-much", "total", amount=left, number=credited.display_number)]
    return []
