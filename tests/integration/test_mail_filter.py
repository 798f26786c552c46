"""The document list filtered by where each document stands with email (real ledger file)."""

from __future__ import annotations

from sqlalchemy import text

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter, MailState
from ledgerpost.domain.outbox import OutboxStatus as S
from ledgerpost.services.ledger import Ledger
from tests.helpers.outbox_rows import add_messages


def _messages(ledger: Ledger, *rows: tuple[int, S]) -> None:
    """Outbox messages for documents, oldest first, each with the status given."""
    ids = add_messages(ledger, len(rows))
    with ledger.db.write() as s:
        for outbox_id, (document_id, status) in zip(ids, rows, strict=True):
            s.execute(
                text("UPDATE outbox_message SET document_id = :d, status = :s WHERE id = :i"),
                {"d": document_id, "s": status.value, "i": outbox_id},
            )


def _listed(ledger: Ledger, state: MailState) -> set[int]:
    flt = DocumentFilter(type=DocumentType.INVOICE, mail=state)
    found = {d.id for d in ledger.documents(flt)}
    assert ledger.count_documents(flt) == len(found)
    return found


def test_documents_by_mail_state(demo_ledger: Ledger) -> None:
    every = {d.id for d in demo_ledger.documents(DocumentFilter(type=DocumentType.INVOICE))}
    invoices = [
        d.id
        for d in demo_ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
        if d.number is not None
    ]
    sent, failed_then_sent, waiting, failed, retried_failed, uncertain = invoices[:6]
    _messages(
        demo_ledger,
        (sent, S.SENT),
        (failed_then_sent, S.FAILED),
        (failed_then_sent, S.SENT),
        (waiting, S.QUEUED),
        (failed, S.FAILED),
        (retried_failed, S.SENT),
        (retried_failed, S.FAILED),  # sent once, the resend failed: it needs a look
        (uncertain, S.UNCERTAIN),
    )
    assert _listed(demo_ledger, MailState.SENT) == {sent, failed_then_sent, retried_failed}
    assert _listed(demo_ledger, MailState.WAITING) == {waiting}
    assert _listed(demo_ledger, MailState.FAILED) == {failed, retried_failed, uncertain}
    not_sent = _listed(demo_ledger, MailState.NOT_SENT)  # drafts included
    assert not_sent == every - {sent, failed_then_sent, retried_failed}
    assert {waiting, failed, uncertain} <= not_sent
