"""The delivery worker's per-message write: one short transaction on a connection of its own.

For every message it sends, a worker commits one transaction that records the previous
message as accepted (with its credit spent) and sets this message's data mark (with its MIME
bytes on a first try). That transaction is the whole of the worker's database work per message,
so it runs here on the driver's connection directly: the same statements as SQLAlchemy Core
builds them, compiled once for the dialect, without a session or an execution context around
each one. Everything else (claims, retries, failures, recovery) stays on ordinary sessions.

Under SQLite the transaction starts with ``BEGIN IMMEDIATE`` through the same short-step wait
as every other write (``database.begin_immediate``). The lanes of one process on one ledger
take turns on a lock of their own first: one waiting for another in the same process wakes the
moment it is free, instead of polling SQLite's lock (and taking the interpreter's lock from
the lane that holds it, which then waits for it to write and commit).
"""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import bindparam, insert, literal, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from ledgerpost.domain.credits import COST_PER_MESSAGE, CreditError, spend
from ledgerpost.domain.outbox import OutboxEvent, OutboxStatus, next_status
from ledgerpost.domain.problems import Problem
from ledgerpost.storage.credit_repository import BALANCE, BALANCE_SLOTS, CHANGE_BALANCE
from ledgerpost.storage.database import Database, begin_immediate_unhandled, plain_reason
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.ledger_file import BUSY_TIMEOUT_MS
from ledgerpost.storage.mail_models import CreditRow, OutboxMimeRow, OutboxRow
from ledgerpost.storage.outbox_repository import KeptMime, StaleStatus
from ledgerpost.storage.types import table_of

S = OutboxStatus
_OUTBOX = table_of(OutboxRow)
_CREDIT = table_of(CreditRow)

_MARK_DATA = (
    update(_OUTBOX)
    .where(
        _OUTBOX.c.id == bindparam("key"),
        _OUTBOX.c.status == S.SENDING.value,
        _OUTBOX.c.claimed_by == bindparam("worker"),
    )
    .values(data_at=bindparam("at"))
)
_MARK_DATA_SIZED = _MARK_DATA.values(size=bindparam("length"))
_STORE_MIME = insert(table_of(OutboxMimeRow)).values(
    outbox_id=bindparam("key"),
    mime=bindparam("bytes"),
    print_copy_at=bindparam("copy_at"),
    print_copy_sha256=bindparam("copy_sha256"),
)
_SENT = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("key"), _OUTBOX.c.status == S.SENDING.value)
    .values(
        status=next_status(S.SENDING, OutboxEvent.ACCEPTED).value,
        claimed_by=None,
        sent_at=bindparam("at"),
        last_code=bindparam("code"),
        server_reply=bindparam("reply"),
        refused=bindparam("refused_json"),
        last_error=bindparam("refused_text"),
        last_error_code=None,
        last_error_params=None,
    )
)
_SPEND_COLUMNS = {
    "kind": "kind_value",
    "amount": "amount_value",
    "reference": "reference_text",
    "at": "at",
    "user_name": "user",
    "outbox_id": "key",
}
_SPEND = insert(_CREDIT).from_select(
    list(_SPEND_COLUMNS),
    select(
        *(
            bindparam(given, type_=_CREDIT.c[column].type)
            for column, given in _SPEND_COLUMNS.items()
        )
    ).where(BALANCE.scalar_subquery() >= literal(COST_PER_MESSAGE)),
)
"""The spend of one accepted message, written only while the balance covers it: the read of
the balance and the spend in one statement (no row: there was no credit left)."""


class _Statement:
    """A Core statement compiled once for ``dialect``, run on a DBAPI cursor: its parameters
    go through the same bind processors (dates as SQLite keeps them, and the like)."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
        self.sql = compiled.string
        self.order: list[str] | None = (
            list(compiled.positiontup or []) if compiled.positional else None
        )
        self.constants: dict[str, Any] = {}
        self.processors: dict[str, Callable[[Any], Any]] = {}
        for name, bind in compiled.binds.items():
            if not bind.required:
                self.constants[name] = bind.effective_value
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                self.processors[name] = processor

    def parameters(self, given: Mapping[str, Any]) -> Any:
        values = {**self.constants, **given}
        for name, processor in self.processors.items():
            values[name] = processor(values[name])
        if self.order is None:
            return values
        return [values[name] for name in self.order]


@dataclass(frozen=True, slots=True)
class Accepted:
    """What the server said when it took a message: recorded as sent, one credit spent."""

    outbox_id: int
    at: dt.datetime
    code: int
    reply: str
    refused: str
    """The recipients the server turned down, as JSON (empty when none)."""
    refused_text: str
    """The same in words, for the message's last error."""


@dataclass(frozen=True, slots=True)
class DataMark:
    """From now on a crash leaves the message uncertain. The first try that sends its bytes
    records their ``size`` (0: recorded before), and stores them (``kept``) unless they were
    stored when it was queued."""

    outbox_id: int
    worker_id: str
    at: dt.datetime
    kept: KeptMime | None = None
    size: int = 0


LANE_PAUSE = 0.0003
"""The longest pause between a lane's tries for the write lock another process holds. A lane's
transaction holds it about as long as an fsync (a fraction of a millisecond to a few): a
waiter that slept 2 ms (every other writer's longest pause) left it unused most of that time,
and lanes in two processes spent half their time so. A try costs a few microseconds."""

_Step = tuple[str, Any, Callable[[], Exception] | None]
"""A statement ready to run: its SQL, its parameters, and the error a changed count other than
one stands for (None: any count will do)."""


def _no_credit() -> Exception:
    return CreditError("no credit left", Problem.of("credit-none"))


def _not_ours() -> Exception:
    """Stands by a data mark's first statement: no row changed means the message is no longer
    this worker's. Never raised: the mark is left out, the acceptances before it committed."""
    return LookupError("the message is no longer this worker's")


_TURNS: dict[str, threading.Lock] = {}
_TURNS_LOCK = threading.Lock()


def _turn_of(url: str) -> threading.Lock:
    """The lock the lanes of this process on the ledger at ``url`` take turns on."""
    with _TURNS_LOCK:
        return _TURNS.setdefault(url, threading.Lock())


class DeliveryLane:
    """One worker's connection for its per-message transaction; :meth:`close` gives it back."""

    def __init__(self, db: Database) -> None:
        self._slot = random.randrange(1, BALANCE_SLOTS)
        """The balance row this worker spends from (see ``CreditBalanceRow``)."""
        dialect = db.engine.dialect
        self._sqlite = dialect.name == "sqlite"
        self._turn = _turn_of(db.url) if self._sqlite else None
        """Under SQLite one writer at a time anyway: this process's lanes queue for it here."""
        self._errors = dialect.loaded_dbapi.Error
        self._pooled = db.engine.raw_connection()
        self._connection: Any = cast(Any, self._pooled.driver_connection)
        if self._sqlite:
            # This connection only ever runs the lane's transactions, each begun by our own
            # short-step wait for the write lock: set once, not twice a message.
            self._connection.execute("PRAGMA busy_timeout=0")
        self._statements = {
            name: _Statement(statement, dialect)
            for name, statement in {
                "mark": _MARK_DATA,
                "mark_sized": _MARK_DATA_SIZED,
                "store_mime": _STORE_MIME,
                "sent": _SENT,
                "spend": _SPEND,
                "change_balance": CHANGE_BALANCE,
            }.items()
        }

    def step(self, accepted: Sequence[Accepted], mark: DataMark | None) -> bool:
        """Record ``accepted`` and set ``mark`` in one transaction. False when the marked
        message is no longer this worker's (its claim was taken back): nothing of the mark is
        written then, the acceptances are.

        Every statement's parameters are made before the write lock is taken: while a lane
        holds it, the other lanes wait, so it holds it for the statements and the commit only."""
        outcomes = [step for each in accepted for step in self._accept(each)]
        marking = [] if mark is None else self._mark(mark)
        if self._turn is None:
            return self._write(outcomes, marking)
        with self._turn:
            return self._write(outcomes, marking)

    def _write(self, outcomes: list[_Step], marking: list[_Step]) -> bool:
        """Run ``outcomes``, then ``marking`` unless its first statement changes no row (the
        message is not ours); commit either way."""
        cursor = self._connection.cursor()
        execute = cursor.execute
        try:
            if self._sqlite:
                begin_immediate_unhandled(self._connection, LANE_PAUSE)
            for sql, parameters, refusal in outcomes:
                execute(sql, parameters)
                if refusal is not None and cursor.rowcount != 1:
                    raise refusal()
            ours = True
            for sql, parameters, refusal in marking:
                execute(sql, parameters)
                if refusal is not None and cursor.rowcount != 1:
                    ours = False
                    break
            self._connection.commit()
            return ours
        except self._errors as exc:
            self._connection.rollback()
            raise StorageError.of("ledger-read-write", "", reason=plain_reason(exc)) from exc
        except BaseException:
            self._connection.rollback()
            raise
        finally:
            cursor.close()

    def _prepared(
        self, name: str, refusal: Callable[[], Exception] | None = None, **given: Any
    ) -> _Step:
        statement = self._statements[name]
        return statement.sql, statement.parameters(given), refusal

    def _accept(self, accepted: Accepted) -> list[_Step]:
        """The statements that record one acceptance, each with what a changed count other
        than one means."""
        outbox_id = accepted.outbox_id

        def stale() -> Exception:
            return StaleStatus.of("outbox-changed", "", id=outbox_id)

        # The balance is checked by the spend's statement itself: no read of it first.
        entry = spend(COST_PER_MESSAGE, accepted.outbox_id, accepted.at)
        return [
            self._prepared(
                "sent",
                stale,
                key=outbox_id,
                at=accepted.at,
                code=accepted.code,
                reply=accepted.reply,
                refused_json=accepted.refused,
                refused_text=accepted.refused_text,
            ),
            self._prepared(
                "spend",
                _no_credit,
                kind_value=entry.kind.value,
                amount_value=entry.amount,
                reference_text=entry.reference,
                at=entry.at,
                user=entry.user,
                key=entry.outbox_id,
            ),
            self._prepared("change_balance", slot_number=self._slot, change=entry.amount),
        ]

    def _mark(self, mark: DataMark) -> list[_Step]:
        """The statements of a data mark; the first one changes no row when the message is not
        this worker's any more (then the rest are not run)."""
        given: dict[str, Any] = {"key": mark.outbox_id, "worker": mark.worker_id, "at": mark.at}
        if not mark.size:
            return [self._prepared("mark", _not_ours, **given)]
        marking = [self._prepared("mark_sized", _not_ours, **given, length=mark.size)]
        if mark.kept is not None:
            marking.append(self._prepared("store_mime", **given, **mark.kept.parameters()))
        return marking

    def close(self) -> None:
        if self._sqlite:
            self._connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # for the pool
        self._pooled.close()
