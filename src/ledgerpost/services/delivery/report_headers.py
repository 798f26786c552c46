"""The headers a message carries for what comes back: our signed outbox reference on every
message, and ``Disposition-Notification-To`` when its sender asked for a read receipt."""

from __future__ import annotations

from dataclasses import replace

from ledgerpost.domain.message import OutgoingMessage
from ledgerpost.mail.outbox_reference import make_reference
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import report_repository as report_repo


def reference_key(ledger: Ledger) -> bytes:
    """The ledger's key for outbox references, made once (random) on first use. Not a user's
    secret, but never shown or logged: with it anyone could make a report for our messages."""
    with ledger.db.read() as s:
        found = report_repo.stored_key(s)
    if found is not None:
        return found
    with ledger.db.write() as s:
        return report_repo.make_key(s)


class ReportHeaders:
    """What one delivery worker adds to the messages it composes (the key read once)."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._key: bytes | None = None

    def apply(
        self, message: OutgoingMessage, outbox_id: int, read_receipt: bool
    ) -> OutgoingMessage:
        if self._key is None:
            self._key = reference_key(self._ledger)
        reference = make_reference(outbox_id, self._key)
        return replace(message, reference=reference, read_receipt=read_receipt)
