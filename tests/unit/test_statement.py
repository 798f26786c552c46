import datetime as dt
from decimal import Decimal as D

import pytest

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.statement import Movement, build_statement

d = dt.date


def test_statement_opens_with_everything_before_the_period() -> None:
    movements = [
        Movement(d(2026, 1, 10), DocumentType.INVOICE, "INV-1", D("100.00"), 1),
        Movement(d(2026, 1, 20), DocumentType.RECEIPT, "REC-1", D("-60.00"), 2),
        Movement(d(2026, 2, 5), DocumentType.INVOICE, "INV-2", D("50.00"), 3),
        Movement(d(2026, 2, 9), DocumentType.CREDIT_NOTE, "CN-1", D("-10.00"), 4),
        Movement(d(2026, 3, 1), DocumentType.INVOICE, "INV-3", D("999.00"), 5),
    ]
    st = build_statement(9, "Mari Tamm", "EUR", d(2026, 2, 1), d(2026, 2, 28), movements)
    assert st.opening == D("40.00")
    assert [(x.reference, x.debit, x.credit, x.balance) for x in st.lines] == [
        ("INV-2", D("50.00"), D(0), D("90.00")),
        ("CN-1", D(0), D("10.00"), D("80.00")),
    ]
    assert st.closing == D("80.00")
    assert (st.charged, st.paid) == (D("50.00"), D("10.00"))


def test_statement_period_must_not_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="ends"):
        build_statement(1, "x", "EUR", d(2026, 2, 1), d(2026, 1, 1), [])
