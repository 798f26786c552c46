"""What each command asks of whoever runs it: declared with its arguments, checked in one place.

A command is made runnable only by :func:`runs`, which names its implementation and what it
needs in the same call::

    runs(listing, "ledgerpost.cli.account_commands:run_list", Right.MANAGE_SETTINGS)
    runs(listing, "ledgerpost.cli.ledger_commands:run_documents_list", ANY_USER)
    runs(gui, "ledgerpost.cli.gui_command:run_command", Exempt("the window asks itself"))

``cli.main`` calls :func:`check` before the implementation: once a ledger has passwords, every
command but an exempt one needs ``--user``, and a command that names a right needs a user who
has it. A command set up with ``set_defaults(run=...)`` alone (or one that only inherits its
parent's declaration) does not run: :func:`declared` raises, and the parser test fails.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ledgerpost.cli.context import login_password
from ledgerpost.domain.users import Right

if TYPE_CHECKING:
    from ledgerpost.cli.context import CommandContext


@dataclass(frozen=True, slots=True)
class AnyUser:
    """Any logged-in user may run the command (no right beyond the login)."""


@dataclass(frozen=True, slots=True)
class Exempt:
    """The command reads and changes no ledger's contents: nobody is asked to log in."""

    reason: str


ANY_USER = AnyUser()
Requirement = Right | AnyUser | Exempt


@dataclass(frozen=True, slots=True)
class Needs:
    """A command's declaration: its implementation and what it needs."""

    run: str
    requirement: Requirement
    create: bool = True
    """Whether opening the ledger may make a missing file (False: a missing one is an error)."""
    reads_only: bool = False
    """Whether the command only reads (a list): then a ledger file is read without SQLAlchemy."""

    @property
    def right(self) -> Right | None:
        return self.requirement if isinstance(self.requirement, Right) else None

    @property
    def exempt(self) -> bool:
        return isinstance(self.requirement, Exempt)


class UndeclaredCommand(RuntimeError):
    """A bug: the command was added without saying what it needs (see :func:`runs`)."""


def runs(
    parser: argparse.ArgumentParser,
    run: str,
    needs: Requirement,
    *,
    create: bool = True,
    reads_only: bool = False,
    **defaults: Any,
) -> None:
    """Make ``parser`` a command run by ``run`` (``"module:function"``) that needs ``needs``."""
    parser.set_defaults(run=run, needs=Needs(run, needs, create, reads_only), **defaults)


def declared(args: argparse.Namespace) -> Needs:
    """The declaration of the chosen command; ``UndeclaredCommand`` when it has none of its own."""
    needs = getattr(args, "needs", None)
    if not isinstance(needs, Needs) or needs.run != args.run:
        raise UndeclaredCommand(
            f"the command {args.run} declares no requirement: set it up with cli.rights.runs"
        )
    return needs


def check(needs: Needs, ctx: CommandContext) -> None:
    """Refuse the command unless whoever runs it may: the login once the ledger has passwords
    (``LoginRequired``, ``LoginFailed``), then the right it names (``NotAllowed``)."""
    if needs.exempt:
        if ctx.login:
            login_password()  # not needed here; its line is taken so the command reads its own
        return
    session = ctx.session
    right = needs.right
    if right is not None and not session.may(right):
        from ledgerpost.services.access import not_allowed

        raise not_allowed(session, right)
