"""The outbox of a ledger file as ``outbox list`` reads it, with the standard library alone.

The same rows as ``outbox_repository.entries``, ``mail_account_repository.list_accounts`` /
``waiting_counts`` / ``default_account`` and ``pace_repository.usage`` give;
``tests/integration/test_read_only_listing.py`` compares the two paths on one ledger.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ledgerpost.domain.delivery_outcome import DeliveryDetail
from ledgerpost.domain.mail_accounts import AccountState
from ledgerpost.domain.outbox import OutboxEntry, OutboxStatus
from ledgerpost.domain.pace import Usage
from ledgerpost.domain.problems import values_from_json
from ledgerpost.domain.templates import PERIOD_REPORTS
from ledgerpost.storage.ledger_file import LedgerFile

_ENTRY = (
    "SELECT o.id, o.status, o.kind, o.document_id, o.party_id, o.to_addrs, o.cc_addrs, "
    "o.bcc_addrs, o.subject, o.attempts, o.last_error, o.last_code, o.last_error_code, "
    "o.last_error_params, o.message_id, o.queued_at, o.queued_by, o.send_at, "
    "o.next_attempt_at, o.sent_at, o.refused, o.batch_id, o.server_reply, o.account_id, "
    "o.period_start, o.period_end, d.type, d.series, d.number, "
    "r.delivery, r.address, r.status, r.remote_text, r.delivery_at "
    "FROM outbox_message o LEFT JOIN document d ON d.id = o.document_id "
    "LEFT JOIN outbox_delivery r ON r.outbox_id = o.id"
)


def entries(
    file: LedgerFile, status: OutboxStatus | None = None, delivery: str | None = None
) -> list[OutboxEntry]:
    """Every message, newest first; ``status`` and ``delivery`` narrow it as in the ORM path."""
    clauses, values = [], []
    if delivery is not None:
        clauses.append("r.delivery = ?")
        values.append(delivery)
    if status is not None:
        clauses.append("o.status = ?")
        values.append(status.value)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    with file.read() as c:
        rows = c.execute(f"{_ENTRY}{where} ORDER BY o.id DESC", values).fetchall()
    return [_entry(row) for row in rows]


def _entry(r: tuple[Any, ...]) -> OutboxEntry:
    reported: dict[str, Any] = {}
    if r[29]:
        detail = DeliveryDetail(r[30], r[31], r[32]).as_text()
        reported = {"delivery": r[29], "delivery_detail": detail, "delivery_at": _time(r[33])}
    return OutboxEntry(
        id=r[0],
        status=OutboxStatus(r[1]),
        kind=r[2],
        document_id=r[3],
        document=_label(r[2], r[24], r[25], r[26], r[27], r[28]),
        party_id=r[4],
        to=r[5],
        cc=r[6],
        bcc=r[7],
        subject=r[8],
        attempts=r[9],
        last_error=r[10],
        last_code=r[11],
        last_error_code=r[12] or "",
        last_error_params=values_from_json(r[13]),
        message_id=r[14],
        queued_at=_when(r[15]),
        queued_by=r[16],
        send_at=_time(r[17]),
        next_attempt_at=_when(r[18]),
        sent_at=_time(r[19]),
        refused=r[20],
        batch_id=r[21],
        server_reply=r[22],
        account_id=r[23],
        **reported,
    )


def _label(
    kind: str,
    start: str | None,
    end: str | None,
    doc_type: str | None,
    series: str | None,
    number: int | None,
) -> str:
    """As ``outbox_repository._label`` (its dates are ``datetime.date`` values printed)."""
    if kind in PERIOD_REPORTS:
        return f"{kind} {_day(start)}..{_day(end)}"
    if doc_type is not None:
        return f"{doc_type} {series}-{number}"
    return kind


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _time(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def paused_accounts(file: LedgerFile, waiting: list[str]) -> list[tuple[str, AccountState, int]]:
    """Each sending account that is not ready, by name: its state and the messages in
    ``waiting`` statuses that wait on it (the default one's include those naming none)."""
    with file.read() as c:
        accounts = c.execute(
            "SELECT id, name, is_default, state FROM mail_account ORDER BY name"
        ).fetchall()
        found = [a for a in accounts if AccountState(a[3]) is not AccountState.READY]
        counts: dict[int | None, int] = {}
        if found:
            marks = ", ".join("?" for _ in waiting)
            counts = dict(
                c.execute(
                    f"SELECT account_id, count(id) FROM outbox_message WHERE status IN ({marks}) "
                    "GROUP BY account_id",
                    waiting,
                ).fetchall()
            )
    return [
        (name, AccountState(state), counts.get(id_, 0) + (counts.get(None, 0) if default else 0))
        for id_, name, default, state in found
    ]


def default_account_name(file: LedgerFile) -> str | None:
    with file.read() as c:
        row = c.execute("SELECT name FROM mail_account WHERE is_default = 1").fetchone()
    return None if row is None else str(row[0])


def pace_usage(file: LedgerFile, account_key: str) -> Usage:
    """What the account has used of its pace (``pace_repository.usage``)."""
    with file.read() as c:
        row = c.execute(
            "SELECT last_sent_at, day, day_recipients, day_throttles, paused_until "
            "FROM mail_pace WHERE account_key = ?",
            (account_key,),
        ).fetchone()
    if row is None:
        return Usage()
    return Usage(
        last_at=_time(row[0]),
        day=_day(row[1]),
        recipients=row[2],
        throttles=row[3],
        paused_until=_time(row[4]),
    )
