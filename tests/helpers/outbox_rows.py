"""Outbox rows written straight through the repository, for tests of claims and credits."""

from __future__ import annotations

import datetime as dt
import uuid

from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage.mail_models import OutboxRow

T0 = dt.datetime(2026, 11, 23, 9, 0)


def add_messages(
    ledger: Ledger,
    count: int,
    *,
    status: OutboxStatus = OutboxStatus.QUEUED,
    at: dt.datetime = T0,
    document_id: int | None = None,
    account_id: int | None = None,
) -> list[int]:
    ids = []
    with ledger.db.write() as s:
        for i in range(count):
            ids.append(
                repo.add_message(
                    s,
                    OutboxRow(
                        status=status.value,
                        document_id=document_id,
                        message_id=f"<{uuid.uuid4().hex}@example.com>",
                        kind="document",
                        language="en",
                        sender="billing@example.com",
                        reply_to="",
                        to_addrs=f"customer{i}@example.org",
                        cc_addrs="",
                        bcc_addrs="",
                        subject=f"Invoice {i}",
                        subject_prefix="",
                        note="",
                        body="",
                        greeting="",
                        signature="",
                        attach_print_copy=False,
                        send_at=None,
                        queued_at=at,
                        queued_by="test",
                        attempts=0,
                        next_attempt_at=at,
                        last_error="",
                        server_reply="",
                        refused="",
                        size=0,
                        smtputf8=False,
                        account_id=account_id,
                    ),
                )
            )
    return ids
