"""A sent message's outcome only moves forward; a bounced address goes last in the To."""

from __future__ import annotations

from ledgerpost.domain.delivery_outcome import ORDER, DeliveryDetail, DeliveryOutcome, moves_forward
from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.services.recipients import default_to

D = DeliveryOutcome


def test_the_outcome_moves_only_forward() -> None:
    assert moves_forward(D.NONE, D.DELAYED) and moves_forward(D.DELAYED, D.DELIVERED)
    assert moves_forward(D.DELIVERED, D.READ) and moves_forward(D.READ, D.BOUNCED)
    assert not moves_forward(D.DELIVERED, D.DELAYED)
    assert not moves_forward(D.BOUNCED, D.DELIVERED) and not moves_forward(D.BOUNCED, D.READ)
    assert not any(moves_forward(d, d) for d in ORDER)


def test_the_detail_reads_as_one_line() -> None:
    assert DeliveryDetail("a@b.test", "5.1.1", "550 user unknown").as_text() == (
        "a@b.test 5.1.1 550 user unknown"
    )
    assert DeliveryDetail().as_text() == ""


def test_a_bounced_address_goes_last() -> None:
    card = Party(
        PartyKind.CUSTOMER,
        "Kaks OÜ",
        emails=(
            EmailAddress("Old@Example.test", AddressRole.BILLING),
            EmailAddress("new@example.test", AddressRole.BILLING),
        ),
    )
    assert default_to(card, None, "") == "Old@Example.test, new@example.test"
    bounced = frozenset({"old@example.test"})
    assert default_to(card, None, "", bounced=bounced) == "new@example.test, Old@Example.test"
