"""Reading the outbox as the window and the command line show it: the entries with their
documents and delivery reports, counts by status, the latest status of each document, and the
messages a document has had."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ledgerpost.domain.delivery_outcome import DeliveryDetail
from ledgerpost.domain.outbox import LIVE, OutboxEntry, OutboxStatus
from ledgerpost.domain.problems import values_from_json
from ledgerpost.domain.templates import PERIOD_REPORTS
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.models import DocumentRow
from ledgerpost.storage.report_models import OutboxDeliveryRow
from ledgerpost.storage.types import enum_values


def entries(
    session: Session,
    *,
    status: OutboxStatus | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    party_id: int | None = None,
    document_id: int | None = None,
    limit: int | None = None,
    newest_first: bool = True,
    delivery: str | None = None,
) -> list[OutboxEntry]:
    query = (
        select(
            OutboxRow, DocumentRow.type, DocumentRow.series, DocumentRow.number, OutboxDeliveryRow
        )
        .outerjoin(DocumentRow, DocumentRow.id == OutboxRow.document_id)
        .outerjoin(OutboxDeliveryRow, OutboxDeliveryRow.outbox_id == OutboxRow.id)
    )
    if delivery is not None:
        query = query.where(OutboxDeliveryRow.delivery == delivery)
    if status is not None:
        query = query.where(OutboxRow.status == status.value)
    if since is not None:
        query = query.where(OutboxRow.queued_at >= since)
    if until is not None:
        query = query.where(OutboxRow.queued_at < until)
    if party_id is not None:
        query = query.where(OutboxRow.party_id == party_id)
    if document_id is not None:
        query = query.where(OutboxRow.document_id == document_id)
    query = query.order_by(OutboxRow.id.desc() if newest_first else OutboxRow.id)
    if limit is not None:
        query = query.limit(limit)
    found = []
    for row, doc_type, series, number, reported in session.execute(query):
        label = _label(row, doc_type, series, number)
        found.append(
            OutboxEntry(
                id=row.id,
                status=OutboxStatus(row.status),
                kind=row.kind,
                document_id=row.document_id,
                document=label,
                party_id=row.party_id,
                to=row.to_addrs,
                cc=row.cc_addrs,
                bcc=row.bcc_addrs,
                subject=row.subject,
                attempts=row.attempts,
                last_error=row.last_error,
                last_code=row.last_code,
                last_error_code=row.last_error_code or "",
                last_error_params=values_from_json(row.last_error_params),
                message_id=row.message_id,
                queued_at=row.queued_at,
                queued_by=row.queued_by,
                send_at=row.send_at,
                next_attempt_at=row.next_attempt_at,
                sent_at=row.sent_at,
                refused=row.refused,
                batch_id=row.batch_id,
                server_reply=row.server_reply,
                account_id=row.account_id,
                **_reported(reported),
            )
        )
    return found


def _label(row: OutboxRow, doc_type: str | None, series: str | None, number: int | None) -> str:
    if row.kind in PERIOD_REPORTS:
        return f"{row.kind} {row.period_start}..{row.period_end}"
    if doc_type is not None:
        return f"{doc_type} {series}-{number}"
    return row.kind


def _reported(row: OutboxDeliveryRow | None) -> dict[str, Any]:
    if row is None or not row.delivery:
        return {}
    detail = DeliveryDetail(row.address, row.status, row.remote_text).as_text()
    return {"delivery": row.delivery, "delivery_detail": detail, "delivery_at": row.delivery_at}


def latest_status_by_document(
    session: Session, document_ids: Sequence[int]
) -> dict[int, OutboxStatus]:
    if not document_ids:
        return {}
    latest = (
        select(OutboxRow.document_id, func.max(OutboxRow.id).label("last"))
        .where(OutboxRow.document_id.in_(list(document_ids)))
        .group_by(OutboxRow.document_id)
        .subquery()
    )
    rows = session.execute(
        select(OutboxRow.document_id, OutboxRow.status).join(latest, OutboxRow.id == latest.c.last)
    )
    return {doc: OutboxStatus(status) for doc, status in rows if doc is not None}


def status_counts(session: Session) -> dict[OutboxStatus, int]:
    rows = session.execute(
        select(OutboxRow.status, func.count(OutboxRow.id)).group_by(OutboxRow.status)
    )
    return {OutboxStatus(status): count for status, count in rows}


def sent_for_document(session: Session, document_id: int) -> list[OutboxRow]:
    """Messages of this document that went, may have gone, or are still to go."""
    return list(
        session.scalars(
            select(OutboxRow)
            .where(OutboxRow.document_id == document_id, OutboxRow.status.in_(enum_values(LIVE)))
            .order_by(OutboxRow.id)
        )
    )
