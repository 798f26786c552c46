"""What a restored ledger settles before anyone uses it: its outbox and its workers."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.outbox import SOURCES, OutboxEvent, next_status
from ledgerpost.domain.problems import values_json
from ledgerpost.storage.mail_models import OutboxRow, WorkerRow


def settle_outbox(session: Session, text: str, code: str, params: dict[str, str]) -> int:
    """Every message still to go at the backup's moment becomes uncertain with ``text``: it
    may have gone after the backup was made. Returns how many."""
    moved = 0
    for status in sorted(SOURCES[OutboxEvent.RESTORED]):
        ids = list(session.scalars(select(OutboxRow.id).where(OutboxRow.status == status.value)))
        if not ids:
            continue
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id.in_(ids))
            .values(
                status=next_status(status, OutboxEvent.RESTORED).value,
                claimed_by=None,
                last_error=text,
                last_error_code=code,
                last_error_params=values_json(params),
            )
        )
        moved += len(ids)
    return moved


def forget_workers(session: Session) -> None:
    """The backup's delivery workers are long gone."""
    session.execute(delete(WorkerRow))
