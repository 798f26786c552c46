"""A command that only lists, on a ledger file: the login, the documents list and the outbox
without SQLAlchemy (its ORM alone takes longer to import than the whole listing should).

The same answers as ``users.authenticate`` / ``users.session``, ``Ledger.documents``,
``outbox.entries``, ``account_choice.paused_problems`` and ``outbox.pace_status``, from
``storage.ledger_file`` and ``storage.outbox_file``. Anything this path does not read (a
database server, a file to make or upgrade, a password hash to renew) goes the usual way,
through ``Ledger``.
"""

from __future__ import annotations

from collections.abc import Callable

from ledgerpost.domain.listing import DocumentFilter, DocumentSummary
from ledgerpost.domain.mail_accounts import AccountState
from ledgerpost.domain.outbox import WAITING, OutboxEntry, OutboxStatus
from ledgerpost.domain.pace import DEFAULT_ACCOUNT, PaceStatus, pace_today
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn, decoy_hash, needs_rehash, verify_password
from ledgerpost.services.errors import LedgerError, LoginFailed, LoginRequired
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.storage import outbox_file
from ledgerpost.storage.ledger_file import LedgerFile, file_named


class ReadOnlyLedger:
    """An up-to-date ledger file, opened to read a list."""

    def __init__(self, file: LedgerFile) -> None:
        self._file = file

    @classmethod
    def open(cls, db: str | None) -> ReadOnlyLedger | None:
        """The ledger file ``db`` names (as ``Ledger.open`` finds it) when it exists at the
        newest revision; None otherwise: then ``Ledger.open`` is the way."""
        path = file_named(db)
        if path is None:
            return None
        file = LedgerFile.open(path)
        return None if file is None else cls(file)

    def close(self) -> None:
        self._file.close()

    def session(self, login: str | None, password: Callable[[], str]) -> SignedIn | None:
        """Who acts, as ``users.authenticate`` (with ``login``; ``password`` gives its password)
        or ``users.session`` (without) decide it: ``LoginFailed``, ``LoginRequired``.

        None when the password is right but its stored hash is due to be made stronger: only
        ``users.authenticate`` writes that, so the caller asks it.
        """
        if not login:
            return self._implicit()
        user, stored = self._file.login(login.strip())
        given = password()
        if not stored:
            verify_password(given, decoy_hash())
            raise LoginFailed()
        if not verify_password(given, stored):
            raise LoginFailed()
        if user is None or user.id is None:
            raise LoginFailed()
        if needs_rehash(stored):
            return None
        return SignedIn(user)

    def _implicit(self) -> SignedIn:
        """The administrator of a ledger without passwords (``access.implicit``)."""
        if self._file.any_password():
            raise LoginRequired()
        admin = self._file.first_with_right(Right.MANAGE_USERS.value)
        if admin is None:
            raise LedgerError.of("no-administrator")
        return SignedIn(admin)

    def payment_terms_days(self) -> int:
        """The company's payment terms in days; 0 before the ledger has a company."""
        terms = self._file.payment_terms_days()
        return 0 if terms is None else terms

    def documents(self, flt: DocumentFilter, *, limit: int | None = None) -> list[DocumentSummary]:
        """The list, newest first, as ``Ledger.documents(flt, limit=limit)`` gives it (without
        the mail filter, which ``Ledger`` answers)."""
        return self._file.documents(flt, limit=limit)

    def outbox_entries(
        self, status: OutboxStatus | None = None, *, delivery: str | None = None
    ) -> list[OutboxEntry]:
        """Every message, newest first, as ``outbox.entries(ledger, status, delivery=...)``."""
        return outbox_file.entries(self._file, status, delivery)

    def paused_problems(self) -> list[Problem]:
        """For each paused account with messages waiting on it: why, and what to do
        (``account_choice.paused_problems``)."""
        waiting = sorted(s.value for s in WAITING)
        problems = []
        for name, state, count in outbox_file.paused_accounts(self._file, waiting):
            code = (
                "account-password-refused"
                if state is AccountState.PASSWORD_REFUSED
                else "account-sign-in-needed"
            )
            problems.append(Problem.of(code, "account", account=name, count=count))
        return problems

    def pace_status(self) -> PaceStatus:
        """The default account's pace today (``outbox.pace_status``)."""
        account_key = outbox_file.default_account_name(self._file) or DEFAULT_ACCOUNT
        return pace_today(account_key, outbox_file.pace_usage(self._file, account_key), utcnow())
