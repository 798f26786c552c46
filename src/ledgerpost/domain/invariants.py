"""The ledger's invariants in one list: each check returns problems as data, never raises."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from ledgerpost.domain.documents import Document, fingerprint
from ledgerpost.domain.exchange import posted_entry
from ledgerpost.domain.parties import PartyKind
from ledgerpost.domain.problems import Problem


@dataclass(frozen=True, slots=True)
class EntryTotals:
    """What the checks need of one stored journal entry."""

    entry_id: int
    document_id: int | None
    debit: Decimal
    credit: Decimal
    line_count: int


def check_entries(entries: Iterable[EntryTotals]) -> list[Problem]:
    """Every entry has lines and its debits equal its credits."""
    problems = []
    for entry in entries:
        if entry.line_count == 0:
            problems.append(Problem.of("entry-empty", f"entry {entry.entry_id}"))
        elif entry.debit != entry.credit:
            problems.append(
                Problem.of(
                    "entry-unbalanced",
                    f"entry {entry.entry_id}",
                    debit=entry.debit,
                    credit=entry.credit,
                )
            )
    return problems


def check_posted_documents(
    documents: Iterable[Document], entry_debits: Mapping[int, Decimal], company_currency: str = ""
) -> list[Problem]:
    """Posted documents are unchanged since posting and each has the entry it should have (in
    ``company_currency`` when the document has a rate to it)."""
    problems = []
    for doc in documents:
        where = f"{doc.type.value} {doc.display_number or doc.id}"
        if not doc.fingerprint:
            problems.append(Problem.of("posted-no-fingerprint", where))
        elif fingerprint(doc) != doc.fingerprint:
            problems.append(Problem.of("posted-changed", where))
        # The party's kind only chooses an account, never an amount.
        expected = posted_entry(doc, PartyKind.SUPPLIER, company_currency)
        if expected is None or doc.id is None:
            continue
        debit = entry_debits.get(doc.id)
        if debit is None:
            problems.append(Problem.of("posted-no-entry", where))
        elif debit != expected.debit_total:
            problems.append(
                Problem.of("entry-mismatch", where, debit=debit, expected=expected.debit_total)
            )
    return problems


def check_numbering(numbers: Iterable[tuple[str, int]], issued: Mapping[str, int]) -> list[Problem]:
    """Numbers are unique per series and run 1..n without a gap, n being the last issued."""
    seen: dict[str, set[int]] = {}
    problems = []
    for series, number in numbers:
        taken = seen.setdefault(series, set())
        if number in taken:
            problems.append(Problem.of("number-duplicate", f"series {series}", number=number))
        taken.add(number)
    for series in sorted(set(seen) | set(issued)):
        taken = seen.get(series, set())
        last = issued.get(series, 0)
        missing = [n for n in range(1, last + 1) if n not in taken]
        if missing:
            shown = ", ".join(str(n) for n in missing[:10])
            more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
            problems.append(Problem.of("number-gap", f"series {series}", numbers=f"{shown}{more}"))
        beyond = sorted(n for n in taken if n > last or n < 1)
        if beyond:
            problems.append(
                Problem.of("number-beyond", f"series {series}", numbers=str(beyond[:10]), last=last)
            )
    return problems


def check_credits(balance: int, entries_sum: int) -> list[Problem]:
    """The credit balance kept in one row is the sum of the append-only credit ledger, and
    never below zero."""
    problems = []
    if balance != entries_sum:
        problems.append(Problem.of("credit-balance", "credits", balance=balance, total=entries_sum))
    if entries_sum < 0:
        problems.append(Problem.of("credit-negative", "credits", balance=entries_sum))
    return problems


OpenKey = tuple[int, str]
"""(party id, currency)."""


def check_open_items(
    journal: Mapping[tuple[int, str, str], Decimal],
    open_items: Mapping[tuple[int, str, str], Decimal],
    names: Mapping[int, str],
) -> list[Problem]:
    """Each party's balance on the receivables (payables) account in the journal is the sum of
    its open items. Keys are (party id, side: "receivable" or "payable", currency)."""
    problems = []
    for key in sorted(set(journal) | set(open_items)):
        party_id, side, currency = key
        booked, open_ = journal.get(key, Decimal(0)), open_items.get(key, Decimal(0))
        if booked != open_:
            problems.append(
                Problem.of(
                    "open-receivable-journal" if side == "receivable" else "open-payable-journal",
                    f"party {party_id}",
                    party=names.get(party_id, str(party_id)),
                    journal=booked,
                    open=open_,
                    currency=currency,
                )
            )
    return problems


def check_kept_open(
    kept: Mapping[OpenKey, Decimal], summed: Mapping[OpenKey, Decimal], names: Mapping[int, str]
) -> list[Problem]:
    """The open amounts the ledger keeps per party (in all and per due day) are what its
    documents sum to. ``kept`` and ``summed`` hold, per party and currency, the amounts of the
    kept rows that differ from the documents' sums and those sums."""
    return [
        Problem.of(
            "open-kept",
            f"party {party_id}",
            party=names.get(party_id, str(party_id)),
            kept=kept.get((party_id, currency), Decimal(0)),
            summed=summed.get((party_id, currency), Decimal(0)),
            currency=currency,
        )
        for party_id, currency in sorted(set(kept) | set(summed))
    ]
