"""The delivery lane's own write of an accepted message, read back from a real SQLite ledger."""

from __future__ import annotations

import json
from pathlib import Path

from ledgerpost.domain.credits import CreditEntry, CreditKind
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import credit_repository, outbox_repository
from ledgerpost.storage.delivery_lane import Accepted, DeliveryLane
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
