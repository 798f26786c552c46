"""The rules of allocation, paid state and ageing, without a database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ledgerpost.domain.allocation import (
    AllocationRequest,
    PaidState,
    Settleable,
    check_allocations,
    oldest_first,
    paid_state,
    plan_allocations,
)
from ledgerpost.domain.documents import Document, DocumentType, PaymentMethod, amount_line
from ledgerpost.domain.documents import fingerprint as fingerprint_of
from ledgerpost.domain.open_items import OpenItem, ageing, bucket_of

D = Decimal
DAY = dt.date(2026, 3, 1)


def doc(
    id_: int, doc_type: DocumentType, total: str, allocated: str = "0", on: int = 1, party: int = 1
) -> Settleable:
    prefix = {DocumentType.INVOICE: "INV", DocumentType.RECEIPT: "REC"}.get(doc_type, "CN")
    return Settleable(
        id_, doc_type, f"{prefix}-{id_}", party, dt.date(2026, 1, on), "EUR", D(total), D(allocated)
    )


def test_paid_states() -> None:
    due = dt.date(2026, 2, 1)
    assert paid_state(D(100), D(0), due, DAY) is PaidState.PAID
    assert paid_state(D(100), D(100), due, dt.date(2026, 2, 1)) is PaidState.OPEN
    assert paid_state(D(100), D(40), due, dt.date(2026, 2, 1)) is PaidState.PARTLY
    assert paid_state(D(100), D(40), due, dt.date(2026, 2, 2)) is PaidState.OVERDUE


def test_oldest_first_spreads_what_is_left_and_stops() -> None:
    old, new = doc(1, DocumentType.INVOICE, "50", on=1), doc(2, DocumentType.INVOICE, "80", on=9)
    plan = oldest_first(D(70), [new, old])
    assert [(t.id, a) for t, a in plan] == [(1, D(50)), (2, D(20))]
    assert oldest_first(D(0), [old]) == []


def test_named_requests_are_checked_all_at_once() -> None:
    receipt = doc(9, DocumentType.RECEIPT, "100", on=10)
    one = doc(1, DocumentType.INVOICE, "60", allocated="20")
    other = doc(2, DocumentType.INVOICE, "60", party=2)
    plan, problems = plan_allocations(
        receipt,
        [AllocationRequest("INV-1", D(50)), AllocationRequest("INV-2"), AllocationRequest("X")],
        [one, other],
    )
    assert [(p.code, p.field) for p in problems] == [
        ("allocation-beyond-open", "INV-1"),
        ("allocation-party", "INV-2"),
        ("allocation-unknown", "X"),
    ]
    plan, problems = plan_allocations(receipt, [AllocationRequest("inv-1")], [one], DAY)
    assert problems == [] and [(t.id, a) for t, a in plan] == [(1, D(40))]
    early = dt.date(2026, 1, 2)
    _, problems = plan_allocations(receipt, [AllocationRequest("INV-1")], [one], early)
    assert [p.code for p in problems] == ["allocation-date"]
    _, problems = plan_allocations(doc(3, DocumentType.INVOICE, "5"), [], [one])
    assert problems == []  # nothing asked, nothing planned


def test_a_voucher_method_keeps_older_fingerprints() -> None:
    plain = Document(DocumentType.RECEIPT, 1, DAY, "EUR", amount_line(D(5))).posted_as("REC", 1)
    with_method = Document(
        DocumentType.RECEIPT, 1, DAY, "EUR", amount_line(D(5)), method=PaymentMethod.CASH
    ).posted_as("REC", 1)
    assert plain.fingerprint == fingerprint_of(plain)
    assert with_method.fingerprint != plain.fingerprint


def item(doc_type: DocumentType, open_: str, due: dt.date, party: int = 1) -> OpenItem:
    return OpenItem(1, doc_type, "X-1", party, "P", due, due, "EUR", abs(D(open_)), D(open_), DAY)


def test_ageing_buckets_and_totals() -> None:
    days = [0, 1, 30, 31, 60, 61, 90, 91]
    items = [item(DocumentType.INVOICE, "10", DAY - dt.timedelta(n)) for n in days]
    items.append(item(DocumentType.RECEIPT, "-5", DAY))
    items.append(item(DocumentType.PURCHASE_INVOICE, "7", DAY, party=2))
    assert [bucket_of(i) for i in items[:8]] == [
        "current", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "over-90",
    ]  # fmt: skip
    found = ageing(items, DAY)
    customer = found.rows[0]
    assert [str(a) for a in customer.amounts] == ["10", "20", "20", "20", "10", "-5"]
    assert customer.total == D(75)
    assert [(t.side.value, t.total) for t in found.totals] == [
        ("receivable", D(75)),
        ("payable", D(7)),
    ]


def test_kept_amounts_must_match_the_allocations() -> None:
    assert check_allocations([(1, D(10), D(4))], {1: D(4)}) == []
    codes = [p.code for p in check_allocations([(1, D(10), D(12))], {1: D(12), 2: D(3)})]
    assert codes == ["allocation-over", "allocation-kept"]


def test_oldest_first_on_a_day_settles_only_what_existed_by_then() -> None:
    receipt = doc(9, DocumentType.RECEIPT, "100", on=10)
    early = doc(1, DocumentType.INVOICE, "30", on=5)
    late = doc(2, DocumentType.INVOICE, "30", on=25)
    plan, problems = plan_allocations(receipt, None, [early, late], dt.date(2026, 1, 19))
    assert problems == [] and [t.id for t, _a in plan] == [1]
    _, problems = plan_allocations(receipt, None, [early], dt.date(2026, 1, 9))
    assert [p.code for p in problems] == ["allocation-date"]
