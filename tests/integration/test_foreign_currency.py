"""Documents in another currency than the company's: posted to the journal in the company's
currency at their rate, included in the trial balance, and their payments' exchange differences
booked when an allocation settles them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select

from ledgerpost.domain import accounts
from ledgerpost.domain.allocation import AllocationRequest
from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.services import payments, receivables
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.payments import Voucher
from ledgerpost.services.printing import print_document
from ledgerpost.storage.models import EntryLineRow, EntryRow
from tests.helpers.books import add_customer
from tests.helpers.pdf_reading import pdf_text

DAY = dt.date(2026, 3, 2)
USD_RATE = Decimal("1.0850")  # 1 EUR = 1.0850 USD


def _usd_invoice(ledger: Ledger, party: Party, *prices: str, rate: Decimal | None = USD_RATE):
    assert party.id is not None
    lines = tuple(Line("Consulting", Decimal(1), Decimal(p), Decimal(22)) for p in prices)
    return ledger.save_and_post(
        Document(DocumentType.INVOICE, party.id, DAY, "USD", lines, rate=rate)
    )


def _lines(ledger: Ledger, document_id: int | None = None) -> list[tuple[str, int, int, object]]:
    with ledger.db.read() as s:
        query = select(
            EntryLineRow.account,
            EntryLineRow.debit_minor,
            EntryLineRow.credit_minor,
            EntryLineRow.document_minor,
            EntryRow.currency,
        ).join(EntryRow, EntryRow.id == EntryLineRow.entry_id)
        if document_id is not None:
            query = query.where(EntryRow.document_id == document_id)
        return [
            (a, d, c, (m, cur)) for a, d, c, m, cur in s.execute(query.order_by(EntryLineRow.id))
        ]


def test_a_usd_invoice_posts_in_euros_balanced_and_the_trial_balance_has_it(
    ledger: Ledger,
) -> None:
    party = add_customer(ledger)
    # 3 lines of 33.33 USD: net 99.99, VAT 22 % per line 7.33 each = 21.99, gross 121.98
    result = _usd_invoice(ledger, party, "33.33", "33.33", "33.33")
    assert result.posted, result.problems
    doc = result.document
    assert doc.rate == USD_RATE and doc.totals.gross == Decimal("121.98")
    lines = _lines(ledger, doc.id)
    # gross 121.98 / 1.085 = 112.42; VAT 21.99 / 1.085 = 20.27; sales 99.99 / 1.085 = 92.16
    # -> 92.16 + 20.27 = 112.43: the cent over comes off the sales line, not the receivable.
    assert lines == [
        ("1200", 11242, 0, (12198, "EUR")),
        ("4000", 0, 9215, (-9999, "EUR")),
        ("2400", 0, 2027, (-2199, "EUR")),
    ]
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows["1200"].debit == Decimal("112.42")
    assert rows["4000"].credit == Decimal("92.15") and rows["2400"].credit == Decimal("20.27")
    assert sum(r.debit for r in rows.values()) == sum(r.credit for r in rows.values())
    assert ledger.check() == []
    # Open items stay in the invoice's currency.
    items = receivables.open_items(ledger, as_of=DAY)
    assert [(i.number, i.open, i.currency) for i in items] == [
        (doc.display_number, Decimal("121.98"), "USD")
    ]


def test_without_a_rate_a_foreign_invoice_is_not_posted(ledger: Ledger) -> None:
    party = add_customer(ledger)
    missing = _usd_invoice(ledger, party, "10", rate=None)
    assert [(p.code, p.field) for p in missing.problems] == [("rate-missing", "rate")]
    zero = _usd_invoice(ledger, party, "10", rate=Decimal(0))
    assert [(p.code, p.field) for p in zero.problems] == [("rate-not-positive", "rate")]
    assert ledger.trial_balance() == ()


def test_a_receipt_at_another_rate_books_the_exchange_difference(ledger: Ledger) -> None:
    party = add_customer(ledger)
    assert party.id is not None
    invoice = _usd_invoice(ledger, party, "1000").document  # 1220 USD -> 1124.42 EUR
    # The dollar rose: 1 EUR = 1.05 USD on the day it was paid, 1220 USD -> 1161.90 EUR.
    paid = payments.record(
        ledger,
        Voucher(
            DocumentType.RECEIPT,
            party.id,
            DAY + dt.timedelta(10),
            Decimal("1220.00"),
            currency="USD",
            rate=Decimal("1.05"),
            allocate=(AllocationRequest(invoice.display_number),),
        ),
    )
    assert paid.done, paid.problems
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows["1000"].debit == Decimal("1161.90")
    assert rows["1200"].balance == 0  # the invoice is settled: nothing left in euros either
    assert rows[accounts.EXCHANGE_DIFFERENCES].credit == Decimal("37.48")  # a gain
    assert rows[accounts.EXCHANGE_DIFFERENCES].name == "Exchange rate differences"
    assert ledger.check() == []
    assert receivables.open_items(ledger, as_of=DAY + dt.timedelta(10)) == ()

    # Reversing the allocation undoes the difference; the receipt's money stays on account.
    (allocation,) = paid.allocations
    assert allocation.id is not None
    payments.reverse(ledger, allocation.id, on=DAY + dt.timedelta(12))
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows[accounts.EXCHANGE_DIFFERENCES].balance == 0
    assert rows["1200"].balance == Decimal("1124.42") - Decimal("1161.90")
    assert ledger.check() == []


def test_partial_payments_settle_the_invoice_to_the_cent_in_euros(ledger: Ledger) -> None:
    party = add_customer(ledger)
    assert party.id is not None
    invoice = _usd_invoice(ledger, party, "100").document  # 122 USD -> 112.44 EUR
    for n, (amount, rate) in enumerate((("40.00", "1.10"), ("41.00", "1.07"), ("41.00", "1.2"))):
        paid = payments.record(
            ledger,
            Voucher(
                DocumentType.RECEIPT,
                party.id,
                DAY + dt.timedelta(n),
                Decimal(amount),
                currency="USD",
                rate=Decimal(rate),
                allocate=(AllocationRequest(invoice.display_number),),
            ),
        )
        assert paid.done, paid.problems
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows["1200"].balance == 0
    bank = Decimal("36.36") + Decimal("38.32") + Decimal("34.17")
    assert rows["1000"].debit == bank
    assert rows[accounts.EXCHANGE_DIFFERENCES].balance == Decimal("112.44") - bank
    assert ledger.check() == []


def test_a_supplier_paid_at_a_worse_rate_is_a_loss(ledger: Ledger) -> None:
    supplier = ledger.add_party(Party(PartyKind.SUPPLIER, "Acme Inc.", "en"))
    assert supplier.id is not None
    lines = (Line("Parts", Decimal(1), Decimal("500"), Decimal(0)),)
    bill = ledger.save_and_post(
        Document(
            DocumentType.PURCHASE_INVOICE, supplier.id, DAY, "USD", lines, rate=Decimal("1.25")
        )
    ).document  # 500 USD -> 400.00 EUR
    paid = payments.record(
        ledger,
        Voucher(
            DocumentType.PAYMENT,
            supplier.id,
            DAY,
            Decimal("500"),
            currency="USD",
            rate=Decimal("1.00"),
            allocate=(AllocationRequest(bill.display_number),),
        ),
    )
    assert paid.done, paid.problems
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows["2000"].balance == 0 and rows["1000"].credit == Decimal("500.00")
    assert rows[accounts.EXCHANGE_DIFFERENCES].debit == Decimal("100.00")
    assert ledger.check() == []


def test_a_credit_note_corrects_at_the_invoice_rate(ledger: Ledger) -> None:
    party = add_customer(ledger)
    invoice = _usd_invoice(ledger, party, "33.33").document
    assert invoice.id is not None
    note = ledger.credit_note_for(invoice.id, on=DAY)
    assert note.rate == USD_RATE and note.currency == "USD"
    assert ledger.post(note.id or 0).posted
    rows = {r.account: r for r in ledger.trial_balance()}
    assert all(r.balance == 0 for r in rows.values())
    assert ledger.check() == []


def test_the_print_copy_is_in_dollars_with_the_rate_and_the_vat_in_euros(ledger: Ledger) -> None:
    party = add_customer(ledger, language="en")
    invoice = _usd_invoice(ledger, party, "1000").document  # VAT 220 USD -> 202.76 EUR
    assert invoice.id is not None
    text = pdf_text(print_document(ledger, invoice.id).pdf)
    assert "1,220.00\u00a0USD" in text or "1,220.00 USD" in text
    assert "1 EUR = 1.085 USD" in text.replace("\u00a0", " ")
    assert "VAT in EUR" in text and "202.76" in text


def test_a_reminder_fee_in_dollars_is_booked_at_the_customers_latest_rate(
    ledger: Ledger,
) -> None:
    from ledgerpost.services import reminder_run
    from ledgerpost.services import settings as settings_service

    settings_service.save(
        ledger, {"smtp.host": "mail.example.com", "smtp.from_address": "billing@example.com"}
    )
    party = add_customer(ledger, "Anna Kask", "en")
    assert party.id is not None
    jan_5 = dt.date(2026, 1, 5)
    lines = (Line("Consulting", Decimal(1), Decimal("100"), Decimal(22)),)
    usd = Document(DocumentType.INVOICE, party.id, jan_5, "USD", lines, rate=Decimal("1.25"))
    assert ledger.save_and_post(usd).posted  # 122 USD -> 97.60 EUR
    for day in (dt.date(2026, 1, 26), dt.date(2026, 2, 9), dt.date(2026, 2, 23)):
        assert reminder_run.queue_run(ledger, day, today=day).queued == 1
    fee = next(
        d
        for d in (ledger.document(r.id) for r in ledger.documents())
        if d.type is DocumentType.REMINDER and d.totals.gross
    )
    assert (fee.currency, fee.rate, fee.totals.gross) == ("USD", Decimal("1.25"), Decimal("10.00"))
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows[accounts.REMINDER_FEES].credit == Decimal("8.00")  # 10 USD at 1.25
    assert rows["1200"].debit == Decimal("105.60")
    assert ledger.check() == []


def test_a_statement_is_in_one_currency(ledger: Ledger) -> None:
    party = add_customer(ledger)
    assert party.id is not None
    euros = (Line("Here", Decimal(1), Decimal("10"), Decimal(0)),)
    assert ledger.save_and_post(Document(DocumentType.INVOICE, party.id, DAY, "EUR", euros)).posted
    _usd_invoice(ledger, party, "100")  # the latest: 122.00 USD
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    in_dollars = ledger.statement(party.id, start, end)
    assert (in_dollars.currency, in_dollars.closing) == ("USD", Decimal("122.00"))
    in_euros = ledger.statement(party.id, start, end, "EUR")
    assert (in_euros.currency, in_euros.closing) == ("EUR", Decimal("10.00"))


def test_the_general_ledger_shows_the_dollars_beside_the_euros(ledger: Ledger) -> None:
    from ledgerpost.services import books

    party = add_customer(ledger)
    assert party.id is not None
    invoice = _usd_invoice(ledger, party, "1000").document
    payments.record(
        ledger,
        Voucher(
            DocumentType.RECEIPT,
            party.id,
            DAY,
            Decimal("1220.00"),
            currency="USD",
            rate=Decimal("1.05"),
            allocate=(AllocationRequest(invoice.display_number),),
        ),
    )
    found = books.general_ledger_of(ledger, "1200", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    shown = [(r.movement.reference, r.movement.described, r.balance) for r in found.rows]
    assert shown[0][0] == invoice.display_number and shown[0][1].endswith("(1220.00 USD)")
    assert shown[-1][0] == "" and shown[-1][1].startswith("Exchange difference INV-1 REC-1")
    assert found.closing == 0
    assert books.entries(ledger, drafts=True) == []


def test_the_vat_report_has_converted_documents_as_the_journal_booked_them(
    ledger: Ledger,
) -> None:
    from ledgerpost.services import vat_reports

    party = add_customer(ledger)
    assert party.id is not None
    lines = (
        Line("Books", Decimal(3), Decimal("33.33"), Decimal(9)),
        Line("Work", Decimal(1), Decimal("77.77"), Decimal(22)),
    )
    usd = Document(DocumentType.INVOICE, party.id, DAY, "USD", lines, rate=Decimal("1.0850"))
    assert ledger.save_and_post(usd).posted
    eur = Document(DocumentType.INVOICE, party.id, DAY, "EUR", lines[:1])
    assert ledger.save_and_post(eur).posted
    found, others = vat_reports.report(ledger, DAY, DAY)
    assert others == ()  # the dollars are in the euro report
    journal = vat_reports.journal_vat(ledger, DAY, DAY, "EUR")
    assert found.output_vat == journal.output_vat
    rows = {r.account: r for r in ledger.trial_balance()}
    assert sum((line.net for line in found.output), Decimal(0)) == rows["4000"].credit


def test_a_credit_note_in_another_currency_than_its_invoice_is_refused(ledger: Ledger) -> None:
    party = add_customer(ledger)
    invoice = _usd_invoice(ledger, party, "100").document
    assert invoice.id is not None
    note = ledger.save_draft(
        replace(ledger.credit_note_for(invoice.id, on=DAY), currency="EUR", rate=None)
    )
    refused = ledger.post(note.id or 0)
    assert [(p.code, p.field) for p in refused.problems] == [("allocation-currency", "corrects")]
