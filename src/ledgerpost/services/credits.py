"""Message credits: balance, history and top-ups (ARCHITECTURE, "Credits")."""

from __future__ import annotations

from ledgerpost.domain.credits import CreditEntry, CreditError, top_up
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services import access
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import outbox_repository as repo


def balance(ledger: Ledger) -> int:
    with ledger.db.read() as s:
        return credit_repo.credit_balance(s)


def history(ledger: Ledger, limit: int = 500) -> list[CreditEntry]:
    with ledger.db.read() as s:
        return credit_repo.credit_history(s, limit)


def add(
    ledger: Ledger, amount: int, reference: str, user: str = "", by: SignedIn | None = None
) -> int:
    """Record a top-up and release messages that were waiting for credit; the new balance.

    Only a user who manages credits may; the entry names ``user``, else that user's login.
    """
    with ledger.db.write() as s:
        acting = access.require(s, by, Right.MANAGE_CREDITS)
        try:
            entry = top_up(amount, reference, utcnow(), user or acting.login)
        except CreditError as exc:
            raise LedgerError.of_problem(exc.problem) from exc
        credit_repo.add_credit(s, entry)
        repo.release_no_credit(s, utcnow())
        return credit_repo.credit_balance(s)
