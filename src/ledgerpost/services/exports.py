"""What leaves the ledger for a spreadsheet or an accountant: party cards and the journal."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

from ledgerpost.domain import accounts
from ledgerpost.domain.party_rows import PARTY_COLUMNS, party_to_row
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services import access
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.journal_listing import JournalLine, journal_lines
from ledgerpost.storage.party_bulk import all_parties

JOURNAL_COLUMNS: tuple[str, ...] = (
    "date",
    "entry",
    "description",
    "account",
    "account_name",
    "party_code",
    "party_name",
    "document_type",
    "document",
    "debit",
    "credit",
    "currency",
    "vat",
    "document_net",
    "document_vat",
)
"""The columns of the journal CSV; ``vat`` is ``output`` or ``input`` on a VAT account's line."""

VAT_SIDES = {accounts.OUTPUT_VAT: "output", accounts.INPUT_VAT: "input"}


def parties_csv(ledger: Ledger, by: SignedIn | None = None) -> str:
    """Every card (with its addresses and contact persons) as a party CSV an import reads."""
    with ledger.db.read() as s:
        access.require(s, by, Right.SEE_CONTACTS)
        parties = all_parties(s)
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, PARTY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for party in sorted(parties, key=lambda p: (p.code, p.id or 0)):
        writer.writerow(party_to_row(party))
    return out.getvalue()


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _journal_row(line: JournalLine) -> list[str]:
    return [
        line.date.isoformat(),
        str(line.entry_id),
        line.description,
        line.account,
        line.account_name,
        line.party_code,
        line.party_name,
        line.document_type,
        line.document_number,
        _money(line.debit),
        _money(line.credit),
        line.currency,
        VAT_SIDES.get(line.account, ""),
        _money(line.document_net),
        _money(line.document_vat),
    ]


def journal_csv(ledger: Ledger, start: dt.date, end: dt.date) -> str:
    """The journal of ``start..end``, a line per row, for a spreadsheet or an accountant."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(JOURNAL_COLUMNS)
    with ledger.db.read() as s:
        writer.writerows(_journal_row(line) for line in journal_lines(s, start, end))
    return out.getvalue()
