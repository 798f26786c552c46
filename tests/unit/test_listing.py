import datetime as dt

import pytest

from ledgerpost.domain.listing import RangeError, parse_date_range, parse_number_range


def test_number_ranges() -> None:
    assert parse_number_range("5-17") == (5, 17)
    assert parse_number_range("17-5") == (5, 17)
    assert parse_number_range(" 9 ") == (9, 9)
    for bad in ("a-b", "0-3", "-", "5-x"):
        with pytest.raises(RangeError):
            parse_number_range(bad)


def test_date_ranges() -> None:
    assert parse_date_range("2026-01-01..2026-03-31") == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert parse_date_range("2026-02-02") == (dt.date(2026, 2, 2), dt.date(2026, 2, 2))
    for bad in ("2026-03-01..2026-01-01", "yesterday", "2026-13-01..2026-12-01"):
        with pytest.raises(RangeError):
            parse_date_range(bad)
