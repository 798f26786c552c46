"""``ledgerpost account imap`` and ``ledgerpost mailbox check``: where an account's reports
arrive, and reading them (bounces, delivery reports, read receipts) into the outbox."""

from __future__ import annotations

import argparse
import time

from ledgerpost.cli.context import EXIT_OK, CommandContext, read_line
from ledgerpost.domain.smtp import Security
from ledgerpost.mail.mailbox import ImapSettings
from ledgerpost.services import mailbox_check, mailbox_settings


def run_account_imap(args: argparse.Namespace, ctx: CommandContext) -> int:
    imap = ImapSettings(
        args.host.strip(), args.port, Security(args.security), args.user, args.ca_file
    )
    account = mailbox_settings.MailboxAccount(
        args.name, imap, args.folder, args.move_to, args.read_receipts == "on"
    )
    problems = mailbox_settings.save(ctx.ledger, account)
    if problems:
        return ctx.fail_with(problems)
    ctx.say(
        ctx.tr(
            "Reports for {name} are read from {folder} at {host}:{port} ({security}).",
            name=args.name,
            folder=args.folder,
            host=imap.host,
            port=imap.port,
            security=imap.security.value,
        )
    )
    if args.password_stdin:
        saved = mailbox_settings.save_password(ctx.ledger, args.name, read_line())
        if saved.in_keyring:
            ctx.say(saved.message)
        else:
            ctx.complain(
                ctx.tr(
                    "{note} From the command line, give it again with --password-stdin to "
                    "'mailbox check'.",
                    note=saved.message,
                )
            )
    return EXIT_OK


def run_mailbox_check(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = read_line() if args.password_stdin else None
    started = time.monotonic()
    found = mailbox_check.check_mailbox(ctx.ledger, args.account, password=password)
    if args.json:
        ctx.print_json({**found.as_json(), "seconds": round(time.monotonic() - started, 3)})
        return EXIT_OK
    ctx.say(
        ctx.tr(
            "read {read}, matched {matched}: {bounced} bounced, {delivered} delivered, "
            "{delayed} delayed, {read_receipts} read receipts; {unmatched} unmatched",
            **found.as_json(),
        )
    )
    return EXIT_OK
