"""Which sending account a message goes from, and what the paused accounts tell the user.

The explicit choice (``send --account``, the send dialog) comes first, then the account on the
signed-in user's card, then the account set for the kind of document (setting
``mail.document_accounts``: statements from accounts@, say), then the default account.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ledgerpost.domain.mail_accounts import AccountState, MailAccount
from ledgerpost.domain.outbox import WAITING
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import SignedIn
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import mail_account_repository as repo

KINDS_SETTING = "mail.document_accounts"


def choose(
    accounts: Sequence[MailAccount],
    *,
    explicit: str | None = None,
    acting: SignedIn | None = None,
    kind: str = "",
    values: Mapping[str, Any] | None = None,
) -> MailAccount | Problem | None:
    """The account of one message, a problem naming the unknown one asked for, or None while
    the ledger has no account at all."""
    by_name = {a.name: a for a in accounts}
    if explicit:
        return by_name.get(explicit) or Problem.of(
            "account-unknown", "account", name=repr(explicit), names=", ".join(by_name) or "-"
        )
    card = acting.user.mail_account_id if acting is not None else None
    if card is not None:
        for account in accounts:
            if account.id == card:
                return account
    by_kind = (values or {}).get(KINDS_SETTING) or {}
    named = by_kind.get(kind) if isinstance(by_kind, dict) else None
    if named and named in by_name:
        return by_name[named]
    return next((a for a in accounts if a.default), None)


def paused_problems(ledger: Ledger) -> list[Problem]:
    """For each paused account with messages waiting on it: why, and what to do (the line of
    ``outbox list`` and the queue's status line)."""
    waiting = sorted(s.value for s in WAITING)
    with ledger.db.read() as s:
        found = [a for a in repo.list_accounts(s) if not a.ready]
        counts = repo.waiting_counts(s, waiting) if found else {}
    problems = []
    for account in found:
        count = counts.get(account.id, 0) + (counts.get(None, 0) if account.default else 0)
        if account.state is AccountState.PASSWORD_REFUSED:
            found_one = Problem.of(
                "account-password-refused", "account", account=account.name, count=count
            )
        else:
            found_one = Problem.of(
                "account-sign-in-needed", "account", account=account.name, count=count
            )
        problems.append(found_one)
    return problems
