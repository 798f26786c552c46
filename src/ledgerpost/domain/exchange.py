"""Documents in another currency than the company's: their rate, and their journal entry
converted to the company's currency.

A rate is how many units of the document's currency one unit of the company's buys ("1 EUR =
1.0850 USD"): a company amount is the document amount divided by it, rounded to the company
currency's minor unit line by line.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ledgerpost.domain.documents import Document, DocumentType
from ledgerpost.domain.journal import JournalEntry, entry_for
from ledgerpost.domain.money import round_money
from ledgerpost.domain.parties import PartyKind
from ledgerpost.domain.problems import Problem

NO_ENTRY = frozenset({DocumentType.QUOTATION, DocumentType.LETTER})
"""Documents that never post an amount, so never need a rate."""


def to_company(amount: Decimal, rate: Decimal | None, company_currency: str) -> Decimal:
    """``amount`` of a document at ``rate``, in the company's currency (None: already is)."""
    if rate is None:
        return amount
    return round_money(amount / rate, company_currency)


def is_converted(document: Document, company_currency: str) -> bool:
    """Whether the document's journal entry is converted: another currency, with a rate.
    (Documents posted in another currency before rates existed have none: their entry stayed
    in their own currency.)"""
    return (
        bool(company_currency)
        and document.currency != company_currency
        and (document.rate is not None)
    )


def rate_problems(document: Document, company_currency: str) -> list[Problem]:
    """A document in another currency that posts an amount needs a rate above zero."""
    if document.type in NO_ENTRY or not company_currency:
        return []
    if document.type is DocumentType.REMINDER and not document.totals.gross:
        return []  # a reminder without a fee books nothing
    if document.currency == company_currency:
        return []
    if document.rate is None:
        return [
            Problem.of("rate-missing", "rate", currency=document.currency, company=company_currency)
        ]
    if document.rate <= 0:
        return [Problem.of("rate-not-positive", "rate", rate=document.rate)]
    return []


def converted(entry: JournalEntry, rate: Decimal, company_currency: str) -> JournalEntry:
    """``entry`` with every line divided by ``rate`` and rounded; the lines keep their
    document-currency amounts. What rounding leaves over goes to the largest line that is not
    a party's (sales, purchases, bank), so the party's line is exactly its converted gross and
    the entry balances to the cent."""
    lines = []
    for line in entry.lines:
        signed = line.debit - line.credit
        amount = round_money(signed / rate, company_currency)
        lines.append((line, signed, amount))
    difference = sum((amount for _, _, amount in lines), Decimal(0))
    if difference:
        others = [i for i, (line, _, _) in enumerate(lines) if line.party_id is None]
        if not others:  # every line a party's: the largest takes it
            others = list(range(len(lines)))
        pick = max(others, key=lambda i: abs(lines[i][2]))
        line, signed, amount = lines[pick]
        lines[pick] = (line, signed, amount - difference)
    made = tuple(
        replace(
            line,
            debit=amount if amount > 0 else Decimal(0),
            credit=-amount if amount < 0 else Decimal(0),
            in_currency=signed,
        )
        for line, signed, amount in lines
        if amount != 0 or signed != 0
    )
    return replace(entry, lines=made)


def posted_entry(
    document: Document,
    party_kind: PartyKind,
    company_currency: str,
    credited: DocumentType | None = None,
) -> JournalEntry | None:
    """The entry a posted document makes, in the company's currency when it has a rate."""
    entry = entry_for(document, party_kind, credited)
    if entry is None or document.rate is None or not is_converted(document, company_currency):
        return entry
    return converted(entry, document.rate, company_currency)
