"""``ledgerpost smtp set|test``: the company's mail server, its password in the OS keyring."""

from __future__ import annotations

import argparse
from pathlib import Path

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError, read_line
from ledgerpost.domain.smtp import DEFAULT_PORTS
from ledgerpost.services import mail_account as account
from ledgerpost.services import settings as settings_service


def run_smtp_set(args: argparse.Namespace, ctx: CommandContext) -> int:
    values = {
        "smtp.host": args.host.strip(),
        "smtp.port": args.port,
        "smtp.security": args.security,
        "smtp.user": args.user,
        "smtp.from_address": args.from_address,
        "smtp.from_name": args.from_name,
        "smtp.reply_to": args.reply_to,
        "smtp.ca_file": args.ca_file,
        "smtp.allow_insecure_auth": args.allow_insecure_auth,
    }
    if args.ca_file and not Path(args.ca_file).is_file():
        raise UsageError(ctx.tr("--ca-file {file}: no such file", file=args.ca_file))
    problems = settings_service.save(ctx.ledger, values, ctx.session)
    smtp = settings_service.smtp_settings(ctx.ledger)
    if not problems and smtp is not None:
        problems = smtp.problems()
    if problems:
        return ctx.fail_with(problems)
    assert smtp is not None
    expected = DEFAULT_PORTS[smtp.security]
    if smtp.port in DEFAULT_PORTS.values() and smtp.port != expected:
        ctx.complain(
            ctx.tr(
                "note: port {port} usually speaks another security than {security}; "
                "{security} is usually on {expected}",
                port=smtp.port,
                security=smtp.security.value,
                expected=expected,
            )
        )
    ctx.say(
        ctx.tr(
            "Mail goes through {host}:{port} ({security}).",
            host=smtp.host,
            port=smtp.port,
            security=smtp.security.value,
        )
    )
    if args.password_stdin:
        saved = account.save_password(ctx.ledger, smtp, read_line())
        if saved.in_keyring:
            ctx.say(saved.message)
        else:
            ctx.complain(
                ctx.tr(
                    "{note} From the command line, give it again with --password-stdin to "
                    "'smtp test' and 'outbox run'.",
                    note=saved.message,
                )
            )
    return EXIT_OK


def run_smtp_test(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = read_line() if args.password_stdin else None
    ctx.say(ctx.sentences(account.test_connection(ctx.ledger, password).sentences))
    return EXIT_OK
