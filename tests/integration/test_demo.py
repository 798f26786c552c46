"""The demo company looks like real data and is the same for the same seed."""

from __future__ import annotations

import re
from pathlib import Path

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import LANGUAGES, PartyKind
from ledgerpost.services.demo.company import DemoSpec, make_demo
from ledgerpost.services.ledger import Ledger
from tests.conftest import AS_OF

EXAMPLE = re.compile(r"@example\.(com|org|net)\.?$")


def build(path: Path, seed: int, customers: int = 40, invoices: int = 60) -> Ledger:
    ledger = Ledger.open(str(path))
    make_demo(ledger, DemoSpec(customers=customers, invoices=invoices, seed=seed, as_of=AS_OF))
    return ledger


def test_the_demo_is_reproducible_and_consistent(tmp_path: Path) -> None:
    a = build(tmp_path / "a.sqlite3", seed=11)
    b = build(tmp_path / "b.sqlite3", seed=11)
    c = build(tmp_path / "c.sqlite3", seed=12)
    listing = [(r.type, r.number, r.date, r.party, r.total) for r in a.documents()]
    assert listing == [(r.type, r.number, r.date, r.party, r.total) for r in b.documents()]
    assert listing != [(r.type, r.number, r.date, r.party, r.total) for r in c.documents()]
    assert a.check() == []
    for ledger in (a, b, c):
        ledger.close()


def test_the_demo_looks_like_real_books(tmp_path: Path) -> None:
    ledger = build(tmp_path / "demo.sqlite3", seed=5, customers=60, invoices=80)
    customers = ledger.parties(PartyKind.CUSTOMER)
    assert len(customers) == 60
    assert {p.language for p in customers} == set(LANGUAGES)
    assert any(re.search("[а-я]", p.name) for p in customers)
    assert any(re.search("[\u0600-\u06ff]", p.name) for p in customers)
    assert any(not p.emails for p in customers)
    assert all(len(p.emails) <= 3 for p in customers)
    assert any(p.contacts for p in customers)
    everyone = ledger.parties()
    addresses = [e.address for p in everyone for e in p.emails] + [
        e.address for p in everyone for c in p.contacts for e in c.emails
    ]
    assert addresses and all(EXAMPLE.search(a) for a in addresses), addresses
    assert {PartyKind.SUPPLIER, PartyKind.EMPLOYEE} <= {p.kind for p in everyone}

    invoices = ledger.documents(DocumentFilter(type=DocumentType.INVOICE), newest_first=False)
    posted = [r for r in invoices if r.number is not None]
    assert [r.number for r in posted] == list(range(1, 81))
    assert [r.date for r in posted] == sorted(r.date for r in posted)
    assert all((AS_OF - r.date).days < 365 for r in posted)
    kinds = {r.type for r in ledger.documents()}
    assert {
        DocumentType.RECEIPT,
        DocumentType.PURCHASE_INVOICE,
        DocumentType.PAYMENT,
        DocumentType.QUOTATION,
        DocumentType.LETTER,
    } <= kinds
    ledger.close()
