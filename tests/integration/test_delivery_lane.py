"""The delivery lane's own write of an accepted message, read back from a real SQLite ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ledgerpost.domain.credits import CreditEntry, CreditError, CreditKind
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import credit_repository, outbox_repository
from ledgerpost.storage.delivery_lane import Accepted, DataMark, DeliveryLane
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.outbox_rows import T0, add_messages


def test_an_acceptance_keeps_the_refusals_as_json_and_says_them_in_the_last_error(
    tmp_path: Path,
) -> None:
    books = Ledger.open(str(tmp_path / "ledger.sqlite3"))
    (message,) = add_messages(books, 1)
    with books.db.write() as s:
        credit_repository.add_credit(s, CreditEntry(CreditKind.GRANT, 1, "trial", T0))
        assert outbox_repository.claim(s, [message], "worker-1", T0) == [message]
    refused = json.dumps({"gone@example.org": [550, "5.1.1 No such user"]})
    in_words = "gone@example.org: 550 5.1.1 No such user"
    lane = DeliveryLane(books.db)
    try:
        assert lane.step([Accepted(message, T0, 250, "2.0.0 Ok", refused, in_words)], None)
    finally:
        lane.close()
    with books.db.read() as s:
        row = outbox_repository.get_message(s, message)
        assert row.status == OutboxStatus.SENT.value
        assert (row.last_code, row.server_reply) == (250, "2.0.0 Ok")
        assert row.refused == refused
        assert row.last_error == in_words
        assert credit_repository.spent_credits(s) == 1
    books.close()


@BOTH_BACKENDS
def test_an_acceptance_without_credit_left_writes_nothing_of_its_transaction(
    ledger: Ledger,
) -> None:
    # Claims never take more than the balance, so this is the statement's own guard: the
    # balance read and the spend are one statement, and no row means no credit was left.
    books = ledger
    with books.db.write() as s:
        if credit_repository.credit_balance(s) == 0:
            credit_repository.add_credit(s, CreditEntry(CreditKind.GRANT, 1, "trial", T0))
    with books.db.read() as s:
        balance = credit_repository.credit_balance(s)
        total = credit_repository.credit_sum(s)
    *covered, last = add_messages(books, balance + 1)
    with books.db.write() as s:
        assert len(outbox_repository.claim(s, [*covered, last], "worker-1", T0)) == balance + 1
    lane = DeliveryLane(books.db)
    try:
        for message in covered:
            assert lane.step([Accepted(message, T0, 250, "2.0.0 Ok", "", "")], None)
        with pytest.raises(CreditError):
            lane.step(
                [Accepted(last, T0, 250, "2.0.0 Ok", "", "")],
                DataMark(covered[0], "worker-1", T0),
            )
    finally:
        lane.close()
    with books.db.read() as s:
        assert credit_repository.spent_credits(s) == balance
        assert credit_repository.credit_balance(s) == 0
        assert credit_repository.credit_sum(s) == total - balance
        row = outbox_repository.get_message(s, last)
        assert row.status == OutboxStatus.SENDING.value  # rolled back with the spend
