"""``documents add`` with a ``currency`` and ``rate`` column: documents in another currency are
posted to the journal in the company's currency; one without its rate is refused at its row."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ledgerpost.domain.accounts import OPENING_BALANCES, RECEIVABLES, SALES
from ledgerpost.domain.documents import DocumentType
from ledgerpost.services.ledger import Ledger
from tests.integration.test_imports import books, run, write

__all__ = ["books"]  # the fixture: the sample parties in a ledger file


def test_documents_in_dollars_are_posted_in_euros_at_their_rate(
    books: str, ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    file = write(Path(books).with_name("dollars.csv"), (
        "document,type,party,date,currency,rate,opening,description,quantity,unit_price,vat_rate\n"
        "1,invoice,C101,2026-03-02,USD,1.25,,Consulting,2,100.00,0\n"
        "2,invoice,C101,2026-03-02,usd,1.0850,yes,Open invoice,1,217.00,0\n"
        "3,invoice,C101,2026-03-02,EUR,,,Here,1,10.00,0\n"
    ))  # fmt: skip
    code, _, err = run(capsys, "--db", books, "documents", "add", "--file", str(file), "--post")
    assert code == 0, err
    invoice = ledger.find_document(DocumentType.INVOICE, 1, "INV")
    assert invoice is not None and (invoice.currency, invoice.rate) == ("USD", Decimal("1.25"))
    rows = {row.account: row for row in ledger.trial_balance()}
    assert rows[SALES].credit == Decimal("170.00")  # 200 USD at 1.25, and 10 EUR
    assert rows[OPENING_BALANCES].credit == Decimal("200.00")  # 217 USD at 1.085
    assert rows[RECEIVABLES].debit == Decimal("370.00")
    assert ledger.check() == []


def test_a_foreign_document_without_its_rate_writes_nothing(
    books: str, ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    file = write(Path(books).with_name("no-rate.csv"), (
        "type,party,date,currency,rate,description,quantity,unit_price\n"
        "invoice,C101,2026-03-02,EUR,,Fine,1,10\n"
        "invoice,C101,2026-03-02,USD,,Consulting,1,100\n"
        "invoice,C101,2026-03-02,USD,-2,Consulting,1,100\n"
        "invoice,C101,2026-03-02,USD,abc,Consulting,1,100\n"
    ))  # fmt: skip
    code, _, err = run(capsys, "--db", books, "documents", "add", "--file", str(file), "--post")
    assert code == 1
    assert "line 3: rate: " in err and "how many USD one EUR is" in err
    assert "line 4: rate: " in err and "above zero" in err
    assert "line 5: rate: " in err
    assert ledger.count_documents() == 0
