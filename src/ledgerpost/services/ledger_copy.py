"""Moving a desk's ledger file onto a database server, for an office to share (``copy-to``)."""

from __future__ import annotations

from dataclasses import dataclass

from ledgerpost.domain.problems import Problem
from ledgerpost.services.database_password import password_for
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.database import has_password, is_server_url, make_engine, resolve_url
from ledgerpost.storage.ledger_copy import Progress, TableCount, TargetNotEmpty, copy_ledger

__all__ = ["CopyResult", "TargetNotEmpty", "copy_to", "names_a_database_server"]


def names_a_database_server(db: str) -> bool:
    """Whether ``db`` is a database server's URL (not a ledger file)."""
    return "://" in db and is_server_url(resolve_url(db))


@dataclass(frozen=True, slots=True)
class CopyResult:
    """Rows per table in the source and the copy, and what the check found on the copy."""

    counts: tuple[TableCount, ...]
    problems: tuple[Problem, ...]
    target: str
    """Where the copy is, fit to show (any password masked)."""

    @property
    def rows(self) -> int:
        return sum(c.target for c in self.counts)


def copy_to(ledger: Ledger, target_db: str, progress: Progress | None = None) -> CopyResult:
    """Copy every table of ``ledger`` (print copies, outbox and credit history included) into
    the empty PostgreSQL database ``target_db``, all in one transaction; then run the ledger
    check on the copy. Nothing is written when the target is not empty."""
    url = resolve_url(target_db)
    if not is_server_url(url):
        raise LedgerError.of("copy-needs-server", "", target=str(target_db))
    password = None if has_password(url) else password_for(url)
    engine = make_engine(url, password)
    try:
        counts = copy_ledger(ledger.db, engine, progress)
    finally:
        engine.dispose()
    copy = Ledger.open(url, create=False)
    try:
        problems = copy.check()
        where = copy.location
    finally:
        copy.close()
    return CopyResult(tuple(counts), tuple(problems), where)
