"""Posting, numbering, credit notes and immutability on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest

from ledgerpost.domain.documents import Document, DocumentType, Letter, Line
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.i18n.problems import render
from ledgerpost.services.errors import LedgerError, NoCompany
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.document_repository import PostedDocumentChanged
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.books import add_customer, invoice

pytestmark = BOTH_BACKENDS


def test_posting_numbers_each_series_from_one(ledger: Ledger) -> None:
    mari = add_customer(ledger)
    numbers = [ledger.save_and_post(invoice(mari)).document.display_number for _ in range(3)]
    assert numbers == ["INV-1", "INV-2", "INV-3"]
    receipt = Document(
        DocumentType.RECEIPT,
        mari.id or 0,
        dt.date(2026, 3, 2),
        "EUR",
        (Line("paid", D(1), D("122"), D(0)),),
    )
    assert ledger.save_and_post(receipt).document.display_number == "REC-1"
    assert ledger.check() == []


def test_a_draft_that_cannot_be_posted_is_kept_with_every_reason(ledger: Ledger) -> None:
    mari = add_customer(ledger)
    bad = replace(invoice(mari), lines=(Line("", D(0), D(5), D(140)),))
    result = ledger.save_and_post(bad)
    assert not result.posted
    assert {p.code for p in result.problems} == {
        "line-description",
        "line-quantity",
        "line-vat",
        "total",
    }
    kept = ledger.document(result.document.id or 0)
    assert kept.state.value == "draft" and kept.number is None
    # Fixing the draft and posting again gives the first number: nothing was used up.
    fixed = replace(kept, lines=(Line("ok", D(1), D(5), D(22)),))
    assert ledger.save_and_post(fixed).document.display_number == "INV-1"


def test_a_posted_document_cannot_be_saved_over(ledger: Ledger) -> None:
    posted = ledger.save_and_post(invoice(add_customer(ledger))).document
    with pytest.raises(PostedDocumentChanged, match="credit note"):
        ledger.db.close()  # a fresh engine, to be sure nothing is cached
        Ledger.open(ledger.db.url).save_draft(replace(posted, notes="changed"))


def test_posting_twice_is_refused(ledger: Ledger) -> None:
    posted = ledger.save_and_post(invoice(add_customer(ledger))).document
    again = ledger.post(posted.id or 0)
    assert [p.code for p in again.problems] == ["already-posted"]


def test_credit_notes_correct_an_invoice_but_never_by_more_than_it_was(ledger: Ledger) -> None:
    mari = add_customer(ledger)
    inv = ledger.save_and_post(invoice(mari, "100", "50")).document
    half = ledger.credit_note_for(inv.id or 0, lines=inv.lines[:1])
    assert ledger.post(half.id or 0).document.display_number == "CN-1"
    rest = ledger.credit_note_for(inv.id or 0)  # the whole invoice again: too much
    refused = ledger.post(rest.id or 0)
    assert [p.code for p in refused.problems] == ["credit-too-much"]
    assert "61.00" in render(refused.problems[0])
    balance = ledger.statement(mari.id or 0, dt.date(2026, 1, 1), dt.date(2026, 12, 31)).closing
    assert balance == D("183.00") - D("122.00")


def test_a_credit_note_needs_a_posted_invoice(ledger: Ledger) -> None:
    mari = add_customer(ledger)
    draft = ledger.save_draft(invoice(mari))
    with pytest.raises(LedgerError, match="posted invoice"):
        ledger.credit_note_for(draft.id or 0)


def test_document_types_go_to_the_right_kind_of_party(ledger: Ledger) -> None:
    supplier = ledger.add_party(Party(PartyKind.SUPPLIER, "Põhja Puit OÜ", "et"))
    result = ledger.save_and_post(invoice(supplier))
    assert [p.code for p in result.problems] == ["party-kind"]
    assert "customer" in render(result.problems[0])


def test_letters_need_header_and_body_and_post_without_an_entry(ledger: Ledger) -> None:
    mari = add_customer(ledger)
    empty = Document(
        DocumentType.LETTER, mari.id or 0, dt.date(2026, 3, 1), "EUR", letter=Letter("", "")
    )
    assert {p.code for p in ledger.save_and_post(empty).problems} == {
        "letter-subject",
        "letter-body",
    }
    letter = replace(empty, letter=Letter("Opening hours", "We open at 9.", "Regards", "Anna"))
    posted = ledger.save_and_post(letter).document
    assert posted.display_number == "LET-1"
    assert posted.letter == Letter("Opening hours", "We open at 9.", "Regards", "Anna")
    assert ledger.check() == []


def test_lists_filter_by_type_numbers_dates_and_party(ledger: Ledger) -> None:
    mari = add_customer(ledger)
    jorg = add_customer(ledger, "Jörg Müller", "de")
    for day in range(1, 11):
        party = mari if day % 2 else jorg
        ledger.save_and_post(invoice(party, on=dt.date(2026, 4, day)))
    newest = ledger.documents(DocumentFilter(), limit=3)
    assert [r.display_number for r in newest] == ["INV-10", "INV-9", "INV-8"]
    by_numbers = ledger.documents(DocumentFilter(type=DocumentType.INVOICE, numbers=(3, 5)))
    assert [r.number for r in by_numbers] == [5, 4, 3]
    by_dates = DocumentFilter(dates=(dt.date(2026, 4, 2), dt.date(2026, 4, 4)))
    assert ledger.count_documents(by_dates) == 3
    only_jorg = ledger.documents(DocumentFilter(party_id=jorg.id))
    assert {r.party for r in only_jorg} == {"Jörg Müller"} and len(only_jorg) == 5
    assert only_jorg[0].total == D("122.00")


def test_the_check_finds_a_posted_document_changed_behind_our_back(ledger: Ledger) -> None:
    ledger.save_and_post(invoice(add_customer(ledger)))
    ledger.save_and_post(invoice(add_customer(ledger, "Liis Saar")))
    with ledger.db.engine.begin() as raw:  # behind the application's back: plain SQL
        raw.exec_driver_sql("UPDATE document_line SET unit_price = '999' WHERE document_id = 1")
        raw.exec_driver_sql("UPDATE journal_line SET debit_minor = debit_minor + 1 WHERE id = 4")
        raw.exec_driver_sql("DELETE FROM document_line WHERE document_id = 999")
        raw.exec_driver_sql("UPDATE series SET next_number = 5 WHERE code = 'INV'")
    codes = sorted(p.code for p in ledger.check())
    # Line 1 changed: its fingerprint and its entry no longer match; entry 2 lost its balance,
    # and its line 4 (Liis Saar's receivable) is no longer what she has open.
    assert codes == [
        "entry-mismatch",
        "entry-mismatch",
        "entry-unbalanced",
        "number-gap",
        "open-receivable-journal",
        "posted-changed",
    ]


def test_the_check_finds_a_credit_balance_that_left_its_ledger(ledger: Ledger) -> None:
    assert ledger.check() == []  # 5 trial credits, in the ledger and in the balance row
    with ledger.db.engine.begin() as raw:  # behind the application's back: plain SQL
        raw.exec_driver_sql("UPDATE credit_balance SET balance = balance + 100 WHERE slot = 3")
    (problem,) = ledger.check()
    assert problem.code == "credit-balance"
    assert "105" in render(problem) and "5" in render(problem)


def test_a_ledger_without_a_company_says_how_to_start(ledger_url: str) -> None:
    books = Ledger.open(ledger_url)
    with pytest.raises(NoCompany, match="ledgerpost init"):
        books.require_company()
    books.close()


def test_the_statement_opening_summed_in_the_database_matches_the_movements(
    demo_ledger: Ledger,
) -> None:
    from ledgerpost.domain.parties import PartyKind
    from ledgerpost.domain.statement import build_statement
    from ledgerpost.storage.document_repository import party_movements

    start, end = dt.date(2026, 6, 1), dt.date(2026, 9, 30)
    for party in demo_ledger.parties(PartyKind.CUSTOMER):
        assert party.id is not None
        with demo_ledger.db.read() as s:
            everything = party_movements(s, party.id)
        expected = build_statement(party.id, party.name, "EUR", start, end, everything)
        assert demo_ledger.statement(party.id, start, end) == expected


def test_pages_follow_each_other_without_gaps_or_repeats(ledger: Ledger) -> None:
    mari = add_customer(ledger)
    for day in (3, 1, 2, 2, 3, 1, 2):
        ledger.save_and_post(invoice(mari, on=dt.date(2026, 5, day)))
    everything = ledger.documents()
    for newest_first in (True, False):
        pages, last = [], None
        while True:
            page = ledger.documents(limit=3, after=last, newest_first=newest_first)
            pages += page
            if len(page) < 3:
                break
            last = page[-1]
        expected = everything if newest_first else list(reversed(everything))
        assert [r.id for r in pages] == [r.id for r in expected]


def test_a_card_changes_its_addresses_and_contacts_but_keeps_those_on_documents(
    ledger: Ledger,
) -> None:
    from ledgerpost.domain.parties import AddressRole, ContactPerson, EmailAddress
    from ledgerpost.storage.errors import StorageError

    card = ledger.add_party(Party(
        PartyKind.CUSTOMER, "Põhja Puit OÜ", "et",
        emails=(EmailAddress("arved@example.com", AddressRole.BILLING),),
        contacts=(ContactPerson("Mari Tamm", (EmailAddress("mari@example.com"),)),
                  ContactPerson("Jüri Kask", (EmailAddress("jyri@example.com"),))),
    ))  # fmt: skip
    mari, jyri = card.contacts
    posted = ledger.save_and_post(replace(invoice(card), contact_id=mari.id)).document
    changed = ledger.update_party(replace(
        card, name="Põhja Puit AS",
        emails=(EmailAddress("raamatupidamine@example.com", AddressRole.STATEMENTS),
                EmailAddress("arved@example.com", AddressRole.BILLING)),
        contacts=(replace(mari, emails=(EmailAddress("mari.tamm@example.com"),)),
                  ContactPerson("Liis Saar", (EmailAddress("liis@example.com"),))),
    ))  # fmt: skip
    assert [e.address for e in changed.emails] == [
        "raamatupidamine@example.com",
        "arved@example.com",
    ]
    assert (changed.contacts[0].id, changed.contacts[0].name) == (mari.id, "Mari Tamm")
    assert [c.name for c in changed.contacts] == ["Mari Tamm", "Liis Saar"]
    assert changed.contacts[0].emails[0].address == "mari.tamm@example.com"
    assert ledger.document(posted.id or 0).party_name == "Põhja Puit OÜ"  # as posted
    with pytest.raises(StorageError, match="Mari Tamm is named on 1 document"):
        ledger.update_party(replace(changed, contacts=changed.contacts[1:]))
    assert [c.name for c in ledger.party(card.id or 0).contacts] == ["Mari Tamm", "Liis Saar"]
    assert jyri.name == "Jüri Kask"
    assert ledger.check() == []


def test_page_keys_name_the_last_row_of_every_full_page(ledger: Ledger) -> None:
    from ledgerpost.domain.listing import DocumentFilter

    mari = add_customer(ledger)
    for day in (3, 1, 2, 2, 3, 1, 2, 5, 4, 4, 1):
        ledger.save_and_post(invoice(mari, on=dt.date(2026, 5, day)))
    for flt in (DocumentFilter(), DocumentFilter(dates=(dt.date(2026, 5, 2), dt.date(2026, 5, 4)))):
        everything = ledger.documents(flt)
        keys = ledger.page_keys(flt, 3)
        assert keys == [everything[i].key for i in range(2, len(everything), 3)]
        assert len(keys) == len(everything) // 3
        for page, key in enumerate(keys, start=1):
            rows = ledger.documents(flt, limit=3, after=key)
            assert [r.id for r in rows] == [r.id for r in everything[page * 3 : page * 3 + 3]]
