"""The mail commands' arguments: smtp, account, send, batch, outbox, credits, report sent (the
``ledgerpost.cli.*_commands`` modules named here implement them)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ledgerpost.cli.mailbox_parser import add_account_imap, add_mailbox_commands
from ledgerpost.cli.rights import ANY_USER, Requirement, runs
from ledgerpost.domain.delivery_outcome import REPORTED
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.smtp import Security
from ledgerpost.domain.users import Right

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

TYPES = [t.value for t in DocumentType]
PERIOD_SENDS = ("statement", "employee-report")
"""What ``send`` sends for a party and period (with --party, --from and a date in --to)."""


def iso_time(text: str) -> dt.datetime:
    """An ISO 8601 time from the command line, with an offset or in local time, stored as naive
    UTC (as services.infra.clock.stored_time does)."""
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC).replace(tzinfo=None)


def add_mail_commands(commands: Commands) -> None:
    _add_smtp(commands)
    _add_account(commands)
    _add_send(commands)
    _add_batch(commands)
    _add_outbox(commands)
    _add_credits(commands)
    _add_report(commands)
    add_mailbox_commands(commands)


def _add_smtp(commands: Commands) -> None:
    smtp = commands.add_parser("smtp", help="the company's mail server")
    actions = smtp.add_subparsers(dest="smtp_action", metavar="ACTION", required=True)
    put = actions.add_parser("set", help="set the server (the password goes to the OS keyring)")
    put.add_argument("--host", required=True)
    put.add_argument("--port", type=int, required=True)
    put.add_argument("--security", choices=[s.value for s in Security], required=True)
    put.add_argument("--user", default="")
    put.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    put.add_argument("--ca-file", default="", help="trust this certificate file")
    put.add_argument("--from-address", default="")
    put.add_argument("--from-name", default="")
    put.add_argument("--reply-to", default="")
    put.add_argument(
        "--allow-insecure-auth",
        action="store_true",
        help="allow the password over an unencrypted connection",
    )
    runs(put, "ledgerpost.cli.smtp_commands:run_smtp_set", Right.MANAGE_SETTINGS)
    test = actions.add_parser("test", help="connect, encrypt, log in, and say how it went")
    test.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of the keyring",
    )
    runs(test, "ledgerpost.cli.smtp_commands:run_smtp_test", Right.MANAGE_SETTINGS)


PROFILES = ("microsoft365", "google", "outlook.com", "custom")
"""The profiles of resources/mail/providers.toml (a test keeps the two the same)."""


def _count(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not 1 or more")
    return value


def _add_account(commands: Commands) -> None:
    accounts = "ledgerpost.cli.account_commands:"
    account = commands.add_parser("account", help="the company's sending accounts")
    actions = account.add_subparsers(dest="account_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every sending account")
    listing.add_argument("--json", action="store_true")
    runs(listing, accounts + "run_account_list", ANY_USER)
    add = actions.add_parser(
        "add", help="add a sending account (its password goes to the OS keyring)"
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--profile", choices=PROFILES, required=True)
    add.add_argument("--host", help="the server (default: the profile's)")
    add.add_argument("--port", type=int)
    add.add_argument("--security", choices=[s.value for s in Security])
    add.add_argument("--auth", choices=("password", "oauth2"))
    add.add_argument("--user", default="", help="the login, usually the mailbox's address")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.add_argument("--ca-file", default="", help="trust this certificate file")
    add.add_argument("--from-address", default="", help="default: the login, if an address")
    add.add_argument("--from-name", default="")
    add.add_argument("--reply-to", default="")
    add.add_argument(
        "--allow-insecure-auth",
        action="store_true",
        help="allow the password over an unencrypted connection",
    )
    add.add_argument("--client-id", default="", help="OAuth2: the company's app registration")
    add.add_argument("--authorize-url", help="OAuth2 (custom): the authorize endpoint")
    add.add_argument("--token-url", help="OAuth2 (custom): the token endpoint")
    add.add_argument("--device-url", help="OAuth2 (custom): the device code endpoint")
    add.add_argument("--scope", action="append", help="OAuth2 (custom): a scope (repeatable)")
    add.add_argument("--per-minute", type=_count, metavar="N", help="messages a minute at most")
    add.add_argument("--per-day", type=_count, metavar="N", help="recipients a day at most")
    add.add_argument("--default", action="store_true", help="make it the default account")
    runs(add, accounts + "run_account_add", Right.MANAGE_SETTINGS)
    _add_account_change(actions, accounts)
    test = actions.add_parser("test", help="connect, encrypt, log in, and say how it went")
    test.add_argument("name", metavar="NAME")
    test.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of the keyring",
    )
    runs(test, accounts + "run_account_test", Right.MANAGE_SETTINGS)
    login = actions.add_parser(
        "login", help="sign an OAuth2 account in (the browser, or a code with --device)"
    )
    login.add_argument("name", metavar="NAME")
    login.add_argument(
        "--device", action="store_true", help="show a code to enter on any device instead"
    )
    runs(login, accounts + "run_account_login", Right.MANAGE_SETTINGS)
    add_account_imap(actions)


KEEP = -1
"""In ``--pace``: the part left empty keeps the account's limit as it is."""


def _pace(text: str) -> tuple[int | None, int | None]:
    """``--pace PER_MINUTE/PER_DAY``, e.g. "30/10000": an empty part keeps its limit
    (:data:`KEEP`), 0 removes it (None)."""
    minute, slash, day = text.partition("/")
    parts = []
    for part in (minute.strip(), day.strip()):
        if not part:
            parts.append(KEEP)
        elif part.isdigit():
            parts.append(int(part))
        else:
            raise argparse.ArgumentTypeError(f"{text}: not PER_MINUTE/PER_DAY, e.g. 30/10000")
    if not slash:
        raise argparse.ArgumentTypeError(f"{text}: not PER_MINUTE/PER_DAY, e.g. 30/10000")
    return parts[0] or None, parts[1] or None


def _add_account_change(actions: Commands, accounts: str) -> None:
    """``account change|default|remove NAME``."""
    change = actions.add_parser(
        "change", help="change an account's server, login, From or pace (the rest stays)"
    )
    change.add_argument("name", metavar="NAME")
    change.add_argument("--host")
    change.add_argument("--port", type=int)
    change.add_argument("--security", choices=[s.value for s in Security])
    change.add_argument("--user", help="the login (a new one: give its password again)")
    change.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    change.add_argument("--from", "--from-address", dest="from_address", metavar="ADDRESS")
    change.add_argument("--from-name")
    change.add_argument("--reply-to")
    change.add_argument("--ca-file", help="trust this certificate file")
    change.add_argument(
        "--pace",
        type=_pace,
        metavar="MIN/DAY",
        help="messages a minute / recipients a day, e.g. 30/10000 (empty keeps, 0 removes)",
    )
    change.add_argument("--per-minute", type=_count, metavar="N", help="messages a minute")
    change.add_argument("--per-day", type=_count, metavar="N", help="recipients a day")
    runs(change, accounts + "run_account_change", Right.MANAGE_SETTINGS)
    default = actions.add_parser("default", help="make an account the company's default")
    default.add_argument("name", metavar="NAME")
    runs(default, accounts + "run_account_default", Right.MANAGE_SETTINGS)
    remove = actions.add_parser(
        "remove", help="remove an account (not while messages still to go name it)"
    )
    remove.add_argument("name", metavar="NAME")
    remove.add_argument(
        "--new-default", metavar="OTHER", help="the default from now on (removing the default)"
    )
    runs(remove, accounts + "run_account_remove", Right.MANAGE_SETTINGS)


def _add_send(commands: Commands) -> None:
    send = commands.add_parser(
        "send",
        help="queue a document (or a statement, or an employee report) for sending; prints the "
        "outbox id",
    )
    send.add_argument("type", choices=[*TYPES, *PERIOD_SENDS], metavar="TYPE")
    send.add_argument("number", nargs="?", metavar="NUMBER")
    send.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="LIST",
        help="recipients (for a statement or an employee report, a date here ends the period)",
    )
    send.add_argument(
        "--from",
        dest="start",
        type=dt.date.fromisoformat,
        metavar="D",
        help="the period's start (statement, employee report)",
    )
    send.add_argument(
        "--party", metavar="ID", help="the customer's (employee's) id or code for a period send"
    )
    send.add_argument("--cc", default="", metavar="LIST", help="beside the card's default CC")
    send.add_argument("--bcc", default="", metavar="LIST", help="beside the card's default BCC")
    send.add_argument(
        "--no-party-copies",
        action="store_true",
        help="leave out the card's default CC and BCC addresses this time",
    )
    send.add_argument(
        "--open-items",
        action="store_true",
        help="statement: only the items still open at the period's end",
    )
    send.add_argument("--note", default="", metavar="TEXT")
    send.add_argument("--subject", metavar="S")
    send.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE")
    send.add_argument("--send-at", type=iso_time, metavar="ISO")
    send.add_argument("--resend", action="store_true", help="send even if it was sent before")
    send.add_argument(
        "--account", metavar="NAME", help="send from this account (see 'account list')"
    )
    send.add_argument(
        "--read-receipt", action="store_true", help="ask for a read receipt to the From address"
    )
    runs(send, "ledgerpost.cli.send_commands:run_send", Right.SEND_EMAIL)


def _add_batch(commands: Commands) -> None:
    run = commands.add_parser("batch", help="send many documents (or statements) at once")
    run.add_argument("type", choices=[*TYPES, "statement"], metavar="TYPE")
    run.add_argument("--numbers", metavar="A-B")
    run.add_argument("--dates", metavar="D1..D2")
    run.add_argument("--preview", action="store_true", help="say what would happen; queue nothing")
    run.add_argument("--resend", action="store_true", help="include documents sent before")
    run.add_argument("--json", action="store_true")
    run.add_argument("--account", metavar="NAME", help="send every message from this account")
    run.add_argument(
        "--open-items",
        action="store_true",
        help="statement: the open-items form (customers with something open at the end date)",
    )
    runs(run, "ledgerpost.cli.batch_commands:run_batch", Right.SEND_EMAIL)


def _add_outbox(commands: Commands) -> None:
    outbox = "ledgerpost.cli.outbox_commands:"
    box = commands.add_parser("outbox", help="the messages waiting, sent, failed")
    actions = box.add_subparsers(dest="outbox_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="messages, newest first")
    listing.add_argument(
        "--status",
        choices=[*(s.value for s in OutboxStatus), *REPORTED],
        help="a status, or what reports said of a sent message (bounced, delivered, ...)",
    )
    listing.add_argument(
        "--document",
        nargs=2,
        metavar=("TYPE", "NUMBER"),
        help="only this document's messages (its mail history), e.g. --document invoice 17",
    )
    listing.add_argument("--json", action="store_true")
    runs(listing, outbox + "run_outbox_list", ANY_USER, reads_only=True)  # addresses: SEE_CONTACTS
    deliver = actions.add_parser("run", help="deliver due messages")
    how = deliver.add_mutually_exclusive_group()
    how.add_argument("--once", action="store_true", help="one batch of due messages, then stop")
    how.add_argument("--until-idle", action="store_true", help="until nothing is due (the default)")
    deliver.add_argument(
        "--password-stdin", action="store_true", help="read the SMTP password from standard input"
    )
    deliver.add_argument(
        "--connections", type=int, default=1, metavar="N", help="deliver over N connections at once"
    )
    runs(deliver, "ledgerpost.cli.delivery_commands:run_outbox_run", Right.SEND_EMAIL)
    # As the queue's buttons: sending again needs the send right, cancel and mark-sent none.
    moves: tuple[tuple[str, str, Requirement], ...] = (
        ("retry", "send a failed, waiting or uncertain message again", Right.SEND_EMAIL),
        ("cancel", "withdraw a message that has not gone yet", ANY_USER),
        ("mark-sent", "confirm that an uncertain message arrived", ANY_USER),
    )
    for name, helptext, needs in moves:
        act = actions.add_parser(name, help=helptext)
        act.add_argument("id", type=int, metavar="ID")
        runs(act, outbox + "run_outbox_action", needs, action=name)


def _add_credits(commands: Commands) -> None:
    cred = commands.add_parser("credits", help="message credits: balance, top-up")
    cred.add_argument("--json", action="store_true")
    runs(cred, "ledgerpost.cli.credit_commands:run_credits", ANY_USER)
    actions = cred.add_subparsers(dest="credits_action", metavar="ACTION")
    add = actions.add_parser("add", help="record a top-up")
    add.add_argument("amount", type=int, metavar="N")
    add.add_argument("--reference", required=True, metavar="REF")
    runs(add, "ledgerpost.cli.credit_commands:run_credits_add", Right.MANAGE_CREDITS)


def _add_report(commands: Commands) -> None:
    report = commands.add_parser("report", help="reports")
    kinds = report.add_subparsers(dest="report_kind", metavar="REPORT", required=True)
    sent = kinds.add_parser("sent", help="every message sent (or tried) in a period")
    sent.add_argument("--from", dest="start", type=dt.date.fromisoformat, metavar="D")
    sent.add_argument("--to", dest="end", type=dt.date.fromisoformat, metavar="D")
    sent.add_argument("--user", help="only messages this user queued")
    sent.add_argument("--format", choices=("table", "csv", "json"), default="table")
    runs(
        sent, "ledgerpost.cli.report_commands:run_report_sent", ANY_USER
    )  # addresses: SEE_CONTACTS
