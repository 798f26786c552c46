from decimal import Decimal

import pytest

from ledgerpost.domain.money import CurrencyMismatch, Money, from_minor, minor_units, round_money


def test_rounds_half_up_to_the_currency_minor_unit() -> None:
    assert round_money(Decimal("2.345"), "EUR") == Decimal("2.35")
    assert round_money(Decimal("2.344"), "EUR") == Decimal("2.34")
    assert round_money(Decimal("-2.345"), "EUR") == Decimal("-2.35")
    assert round_money(Decimal("1.5"), "JPY") == Decimal("2")
    assert round_money(Decimal("1.2345"), "KWD") == Decimal("1.235")
    assert minor_units("eur") == 2


def test_money_refuses_floats_and_unknown_codes() -> None:
    with pytest.raises(TypeError):
        Money(1.10, "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ISO 4217"):
        Money(Decimal(1), "euro")


def test_money_adds_only_the_same_currency() -> None:
    assert Money(Decimal("0.10"), "EUR") + Money(Decimal("0.20"), "EUR") == Money(
        Decimal("0.30"), "EUR"
    )
    assert str(-Money(Decimal("5"), "EUR")) == "-5.00 EUR"
    with pytest.raises(CurrencyMismatch):
        Money(Decimal(1), "EUR") + Money(Decimal(1), "USD")


@pytest.mark.parametrize("currency", ["EUR", "JPY", "KWD"])
@pytest.mark.parametrize("minor", [0, 1, -1, 7, 100, -100, 123456789, -(10**15) + 7])
def test_minor_units_come_back_with_the_currencys_places(minor: int, currency: str) -> None:
    places = minor_units(currency)
    amount = from_minor(minor, currency)
    assert amount.as_tuple().exponent == -places  # printed with its places: 0.00, 1.00, 5
    assert amount == Decimal(minor) / (10**places)
    assert str(amount) == str(Decimal(minor).scaleb(-places).quantize(Decimal(1).scaleb(-places)))
