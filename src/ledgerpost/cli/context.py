"""What every command gets: the arguments and the ledger, opened on first use."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import SignedIn
from ledgerpost.i18n.problems import COMMAND_LINE, english_text, render, render_code, render_line
from ledgerpost.i18n.translate import Translator, command_line_language, translator

if TYPE_CHECKING:
    from ledgerpost.services.ledger import Ledger
    from ledgerpost.services.read_only import ReadOnlyLedger

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
PASSWORD_VAR = "LEDGERPOST_PASSWORD"
"""The password of ``--user`` where no one types on stdin (CI, a scheduled job)."""


def read_line() -> str:
    """One line from stdin without its line end: a password never goes on the command line."""
    line = sys.stdin.readline()
    return line[:-1] if line.endswith("\n") else line


def login_password() -> str:
    """The password of ``--user``: ``$LEDGERPOST_PASSWORD`` when set, else the first line of
    stdin (then a command's own stdin lines follow it)."""
    given = os.environ.get(PASSWORD_VAR)
    return given if given is not None else read_line()


class UsageError(Exception):
    """The command line is wrong in a way argparse cannot see (exit code 2)."""


@dataclass
class CommandContext:
    db: str | None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    login: str | None = None
    """``--user``: log in as this user (the password: ``login_password``)."""
    create: bool = True
    """Whether opening the ledger may make a missing file (the command's declaration says)."""
    reads_only: bool = False
    """Whether the command only reads: then an up-to-date ledger file is read without
    SQLAlchemy (``read_only``), the login too."""
    _ledger: Ledger | None = None
    _read_only: ReadOnlyLedger | None = None
    _read_only_tried: bool = False
    _session: SignedIn | None = None
    _password: str | None = None
    words: Translator = field(default_factory=lambda: translator(command_line_language()))
    """The language of the messages: $LEDGERPOST_LANG, else the locale's (English by default)."""

    @property
    def ledger(self) -> Ledger:
        if self._ledger is None:
            from ledgerpost.services.ledger import Ledger  # not for --help or the window

            self._ledger = Ledger.open(self.db, create=self.create)
        return self._ledger

    @property
    def read_only(self) -> ReadOnlyLedger | None:
        """For a command that only reads: the ledger file opened without SQLAlchemy; None when
        the command may change something, or the ledger is not an up-to-date file (then
        ``ledger`` opens, makes or upgrades it)."""
        if self.reads_only and not self._read_only_tried:
            self._read_only_tried = True
            from ledgerpost.services.read_only import ReadOnlyLedger

            self._read_only = ReadOnlyLedger.open(self.db)
        return self._read_only

    @property
    def session(self) -> SignedIn:
        """Who acts: ``--user`` after checking the password, else the administrator of a
        ledger without passwords (a ledger with passwords then asks for ``--user``)."""
        if self._session is None and self.read_only is not None:
            self._session = self.read_only.session(self.login, self._login_password)
        if self._session is None:
            from ledgerpost.services import users  # the user repository, for commands that act

            if self.login:
                password = self._login_password()
                self._session = users.authenticate(self.ledger, self.login, password)
            else:
                self._session = users.session(self.ledger)
        return self._session

    def _login_password(self) -> str:
        """``--user``'s password, read once (the read-only path may hand the login on)."""
        if self._password is None:
            self._password = login_password()
        return self._password

    def close(self) -> None:
        if self._read_only is not None:
            self._read_only.close()
        if self._ledger is not None:
            self._ledger.close()

    def tr(self, message: str, **values: object) -> str:
        """``message`` in the command line's language, with ``{name}`` values put in."""
        return self.words.gettext(message).format(**values)

    def refusal(self, error: Exception) -> str:
        """A known failure in the command line's language when it (or the mail error behind it)
        carries a problem code."""
        problem = getattr(error, "problem", None)
        if isinstance(problem, Problem):
            return self.problem(problem)
        cause = error.__cause__  # a mail error the service passed on in its own words
        code = getattr(cause, "code", None)
        if isinstance(code, str) and english_text(code) is not None:
            values = getattr(cause, "values", {})
            return render_code(code, values, self.words.language, COMMAND_LINE)
        return str(error)

    def problem(self, problem: Problem) -> str:
        """A problem with its field, as the command line says it (``--resend``, not a box)."""
        return render_line(problem, self.words.language, COMMAND_LINE)

    def sentences(self, said: Iterable[Problem]) -> str:
        """Catalogue sentences that are no problem (what a connection test found), one after
        the other in the command line's language."""
        return " ".join(render(item, self.words.language, COMMAND_LINE) for item in said)

    def warning(self, warning: Problem) -> str:
        return self.tr(
            "note: {warning}", warning=render(warning, self.words.language, COMMAND_LINE)
        )

    def fail_with(self, problems: Iterable[Problem]) -> int:
        """Every problem on stderr, one a line: the command failed (exit code 1)."""
        for problem in problems:
            self.complain(self.problem(problem))
        return EXIT_FAILURE

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def complain(self, text: str) -> None:
        print(text, file=self.err)

    def print_json(self, value: Any) -> None:
        import json  # only for --json

        json.dump(value, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def print_table(
        self, headers: list[str], rows: list[list[str]], right: frozenset[int] = frozenset()
    ) -> None:
        widths = [len(h) for h in headers]
        for row in rows:
            widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]

        def fmt(cells: list[str]) -> str:
            return "  ".join(
                c.rjust(w) if i in right else c.ljust(w)
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()

        self.say(fmt(headers))
        self.say(fmt(["-" * w for w in widths]))
        for row in rows:
            self.say(fmt(row))
