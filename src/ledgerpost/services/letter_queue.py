"""The messages of a letter batch: one per letter made, written once (the letters' lock and a
look for an earlier message in the same transaction), in chunks, as one batch."""

from __future__ import annotations

from collections.abc import Sequence

from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import SignedIn
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import (
    Preflight,
    Prepared,
    SendRequest,
    SendSettings,
    prepare,
    write_one,
)
from ledgerpost.storage import letter_copies, locks

LETTERS = "ledgerpost:letters"
"""Making letters of a batch and queueing their messages: one transaction at a time."""

Refused = tuple[int, str, tuple[Problem, ...]]
"""A letter whose message could not be made now: its party's id and name, and why."""


def queue_unsent(
    ledger: Ledger,
    shared: SendSettings,
    acting: SignedIn,
    batch_id: int,
    document_ids: Sequence[int],
    chunk: int,
) -> tuple[list[int], list[Refused]]:
    """Queue a message for each of the letters ``document_ids`` that has none; a letter whose
    message cannot go now stays without one (the next run of its template tries again)."""
    ids: list[int] = []
    refused: list[Refused] = []
    pending: list[Prepared] = []
    for document_id in document_ids:
        request = SendRequest(document_id=document_id, by=acting, batch_id=batch_id)
        prepared = prepare(ledger, request, shared)
        if isinstance(prepared, Preflight):
            party_id = prepared.party_id or 0
            name = shared.party(ledger, party_id).name if party_id else ""
            refused.append((party_id, name, prepared.problems))
            continue
        pending.append(prepared)
        if len(pending) >= chunk:
            ids += _write(ledger, pending)
            pending = []
    if pending:
        ids += _write(ledger, pending)
    return ids, refused


def _write(ledger: Ledger, prepared: list[Prepared]) -> list[int]:
    """Write the messages whose letter has none yet, in one transaction; their ids."""
    ids = []
    with ledger.db.write() as s:
        locks.hold(s, LETTERS)
        for item in prepared:
            document_id = item.row.document_id
            if document_id is None or letter_copies.has_message(s, document_id):
                continue  # another run queued it in between
            ids.append(write_one(s, item))
    return ids
