"""Desks allocating the same receipt (and to the same invoices) at once, each through its own
connection: together they never allocate more than the receipt, nor settle an invoice beyond
its total (a PostgreSQL server; a SQLite file)."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from decimal import Decimal

from ledgerpost.domain.allocation import AllocationRequest
from ledgerpost.domain.documents import DocumentType
from ledgerpost.services import payments
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.payments import AllocationResult, Voucher
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.books import add_customer, invoice

DESKS = 4
ROUNDS = 3


@dataclass
class Desk:
    """One desk with a connection of its own, asking for all of one invoice at the start."""

    url: str
    start: threading.Barrier
    receipt_id: int
    invoice: str
    results: list[AllocationResult]
    failures: list[BaseException]

    def run(self) -> None:
        books = Ledger.open(self.url)
        try:
            self.start.wait(timeout=60)
            request = [AllocationRequest(self.invoice, None)]
            self.results.append(payments.allocate(books, self.receipt_id, request))
        except BaseException as exc:  # reported by the test
            self.failures.append(exc)
        finally:
            books.close()


@BOTH_BACKENDS
def test_desks_allocating_one_receipt_at_once_never_over_allocate(
    ledger: Ledger, ledger_url: str
) -> None:
    customer = add_customer(ledger)
    assert customer.id is not None
    for round_ in range(ROUNDS):
        # Two invoices of 122.00 each; a receipt of 150.00 left on account.
        numbers = []
        for _ in range(2):
            posted = ledger.save_and_post(invoice(customer, "100", on=dt.date(2026, 3, 1)))
            numbers.append(posted.document.display_number)
        recorded = payments.record(
            ledger,
            Voucher(
                DocumentType.RECEIPT, customer.id, dt.date(2026, 3, 2), Decimal(150), allocate=()
            ),
        )
        assert recorded.document is not None and recorded.document.id is not None
        receipt_id = recorded.document.id
        start = threading.Barrier(DESKS)
        results: list[AllocationResult] = []
        failures: list[BaseException] = []
        desks = [
            Desk(ledger_url, start, receipt_id, numbers[i % 2], results, failures)
            for i in range(DESKS)
        ]
        threads = [threading.Thread(target=d.run) for d in desks]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert failures == [], failures
        allocated = sum((r.allocated for r in results), Decimal(0))
        assert allocated == Decimal(150), round_  # all of it went, and no more
        done = [r for r in results if r.allocations]
        assert {r.allocations[0].amount for r in done} <= {Decimal("122.00"), Decimal("28.00")}
        for refused in (r for r in results if not r.done):
            assert {p.code for p in refused.problems} <= {
                "allocation-beyond-left",
                "allocation-beyond-open",
                "allocation-amount",
            }
        left = payments.left_of(ledger, ledger.document(receipt_id))
        assert left == 0
    assert ledger.check() == []
