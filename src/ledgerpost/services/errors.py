"""Errors the services raise: known trouble, each told in one plain sentence."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Protocol

from ledgerpost.domain.problems import Problem, Value
from ledgerpost.i18n.problems import CodedError, render_line
from ledgerpost.storage.errors import StorageError

LOGIN_REQUIRED = (
    "this ledger asks for a login; log in first (the command line takes --user LOGIN, with the "
    "password on the first line of standard input or in $LEDGERPOST_PASSWORD)"
)
LOGIN_FAILED = "the login name or the password is wrong"


class Coded(Protocol):
    """An error of another layer that names its catalogue code (a mail error)."""

    @property
    def code(self) -> str: ...

    @property
    def values(self) -> Mapping[str, object]: ...


class LedgerError(CodedError):
    """The request cannot be carried out; the message says why and what to do (a catalogue
    code with its values when there is one: the command line and the window render it in the
    reader's language, ``str()`` is the English)."""

    @classmethod
    def passing_on(cls, error: Coded) -> LedgerError:
        """Another layer's error (a mail error) in its own words: the same code and values,
        raised ``from`` it."""
        values = {name: _plain(value) for name, value in error.values.items()}
        return cls.of_problem(Problem.of(error.code, "", **values))


def _plain(value: object) -> Value:
    return value if isinstance(value, str | int | Decimal | date) else str(value)


class NoCompany(LedgerError):
    def __init__(self) -> None:
        self.problem = Problem.of("no-company")
        super().__init__(render_line(self.problem, surface="command-line"))


class LoginRequired(LedgerError):
    """The ledger has passwords, and no one has logged in."""

    def __init__(self) -> None:
        super().__init__(LOGIN_REQUIRED)
        self.problem = Problem.of("login-required")


class LoginFailed(LedgerError):
    """Wrong login name or password; never says which of the two."""

    def __init__(self) -> None:
        super().__init__(LOGIN_FAILED)
        self.problem = Problem.of("login-failed")


class NotAllowed(LedgerError):
    """The user lacks the right the action needs."""

    def __init__(self, message: str, problem: Problem | None = None) -> None:
        super().__init__(message)
        self.problem = problem


__all__ = [
    "LedgerError",
    "LoginFailed",
    "LoginRequired",
    "NoCompany",
    "NotAllowed",
    "StorageError",
]
