"""``ledgerpost user list|add|passwd``: the users of a ledger without the window.

Passwords are read from stdin, one line each, never from the command line. With ``--user`` the
acting user's own password comes first.
"""

from __future__ import annotations

import argparse

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError, read_line
from ledgerpost.domain.users import Right, User
from ledgerpost.services import users


def _rights(text: str, ctx: CommandContext) -> frozenset[Right]:
    known = {r.value: r for r in Right}
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in known]
    if unknown:
        raise UsageError(
            ctx.tr(
                "unknown right(s): {unknown}; choose from {known}",
                unknown=", ".join(unknown),
                known=", ".join(known),
            )
        )
    return frozenset(known[part] for part in chosen)


def run_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    found = users.users(ctx.ledger, ctx.session)
    ctx.print_table(
        ["login", "name", "active", "password", "rights"],
        [
            [
                u.login,
                u.display_name,
                "yes" if u.active else "no",
                "set" if u.has_password else "none",
                ",".join(sorted(r.value for r in u.rights)),
            ]
            for u in found
        ],
    )
    return EXIT_OK


def run_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    by = ctx.session
    password = read_line() if args.password_stdin else ""
    card = User(args.login, args.name, args.email, rights=_rights(args.rights, ctx))
    result = users.add_user(ctx.ledger, card, password, by)
    if not result.saved:
        return ctx.fail_with(result.problems)
    ctx.say(ctx.tr("User {login} added.", login=args.login))
    return EXIT_OK


def run_passwd(args: argparse.Namespace, ctx: CommandContext) -> int:
    by = ctx.session
    problems = users.set_password(ctx.ledger, args.login, read_line(), by)
    if problems:
        return ctx.fail_with(problems)
    ctx.say(ctx.tr("The password of {login} is set.", login=args.login))
    return EXIT_OK
