"""The arguments of ``account imap`` and ``mailbox check`` (implemented in
``ledgerpost.cli.mailbox_commands``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ledgerpost.cli.rights import runs
from ledgerpost.domain.users import Right

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

COMMANDS = "ledgerpost.cli.mailbox_commands:"


def add_account_imap(accounts: Commands) -> None:
    """``account imap NAME ...``: under the ``account`` command's subcommands."""
    imap = accounts.add_parser("imap", help="where the account's replies and reports are read")
    imap.add_argument("name", metavar="NAME", help="the sending account's name")
    imap.add_argument("--host", required=True)
    imap.add_argument("--port", type=int, required=True)
    imap.add_argument("--security", choices=("ssl", "starttls"), required=True)
    imap.add_argument("--user", default="", help="the login (default: none)")
    imap.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    imap.add_argument("--folder", default="INBOX", help="the folder reports arrive in")
    imap.add_argument(
        "--move-to", default="", metavar="FOLDER", help="move matched reports there (made if new)"
    )
    imap.add_argument("--ca-file", default="", help="trust this certificate file")
    imap.add_argument(
        "--read-receipts",
        choices=("on", "off"),
        default="off",
        help="ask for read receipts by default (a send can ask with --read-receipt)",
    )
    runs(imap, COMMANDS + "run_account_imap", Right.MANAGE_SETTINGS)


def add_mailbox_commands(commands: Commands) -> None:
    box = commands.add_parser("mailbox", help="what came back: bounces, delivery reports, receipts")
    actions = box.add_subparsers(dest="mailbox_action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="read new reports and mark the messages they name")
    check.add_argument("--account", metavar="NAME", help="the account (default: the only one)")
    check.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the IMAP password from standard input instead of the keyring",
    )
    check.add_argument("--json", action="store_true")
    # Sending's own follow-up: whoever may send sees what became of the messages.
    runs(check, COMMANDS + "run_mailbox_check", Right.SEND_EMAIL)
