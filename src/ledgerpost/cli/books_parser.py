"""The books' arguments: the chart of accounts (``accounts``), manual journal entries,
the trial balance and the general ledger."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ledgerpost.cli.rights import ANY_USER, runs
from ledgerpost.domain.accounts import AccountKind
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.users import Right

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

BOOKS = "ledgerpost.cli.books_commands:"
FORMATS = ("table", "csv", "json", "pdf")


def add_books_commands(commands: Commands, journal_actions: Commands) -> None:
    _add_chart_commands(commands)
    _add_journal_commands(journal_actions)
    ledger = commands.add_parser(
        "general-ledger", help="one account's lines over a period with the running balance"
    )
    ledger.add_argument("account", metavar="ACCOUNT", help="the account number")
    ledger.add_argument("--from", dest="start", required=True, type=_date, metavar="D")
    ledger.add_argument("--to", dest="end", required=True, type=_date, metavar="D")
    ledger.add_argument("--format", choices=FORMATS, default="table")
    ledger.add_argument("--out", metavar="FILE", help="write to FILE (the PDF needs one)")
    ledger.add_argument("--lang", choices=LANGUAGES, help="the PDF's language (the company's)")
    runs(ledger, BOOKS + "run_general_ledger", ANY_USER, create=False)


def add_trial_balance_options(trial: argparse.ArgumentParser) -> None:
    trial.add_argument("--as-of", type=_date, metavar="D", help="entries up to D (all)")
    trial.add_argument("--format", choices=FORMATS, default="table")
    trial.add_argument("--json", action="store_true", help="the same as --format json")
    trial.add_argument("--out", metavar="FILE", help="write to FILE (the PDF needs one)")
    trial.add_argument("--lang", choices=LANGUAGES, help="the PDF's language (the company's)")


def _add_chart_commands(commands: Commands) -> None:
    chart = commands.add_parser(
        "accounts", help="the chart of accounts (for mail accounts see 'account')"
    )
    actions = chart.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every account: number, name, kind, VAT code")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--archived", action="store_true", help="show archived accounts too")
    runs(listing, BOOKS + "run_accounts_list", ANY_USER, create=False)
    add = actions.add_parser("add", help="a new account")
    add.add_argument("number", metavar="NUMBER")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--kind", required=True, choices=[k.value for k in AccountKind])
    add.add_argument("--vat-code", default="", metavar="CODE")
    add.add_argument(
        "--bank",
        action="store_true",
        help="a bank account receipts and payments can name (--bank-account); an asset",
    )
    runs(add, BOOKS + "run_accounts_add", Right.MANAGE_SETTINGS, create=False)
    rename = actions.add_parser("rename", help="give an account another name")
    rename.add_argument("number", metavar="NUMBER")
    rename.add_argument("name", metavar="NAME")
    runs(rename, BOOKS + "run_accounts_rename", Right.MANAGE_SETTINGS, create=False)
    archive = actions.add_parser(
        "archive", help="refuse an account in new entries; its history stays"
    )
    archive.add_argument("number", metavar="NUMBER")
    archive.add_argument("--undo", action="store_true", help="open the account again")
    runs(archive, BOOKS + "run_accounts_archive", Right.MANAGE_SETTINGS, create=False)
    unarchive = actions.add_parser("unarchive", help="open an archived account again")
    unarchive.add_argument("number", metavar="NUMBER")
    unarchive.set_defaults(undo=True)
    runs(unarchive, BOOKS + "run_accounts_archive", Right.MANAGE_SETTINGS, create=False)


def _add_journal_commands(actions: Commands) -> None:
    add = actions.add_parser(
        "add",
        help="a manual journal entry (balanced, two lines or more)",
        description="Each --line is ACCOUNT:DEBIT:CREDIT[:TEXT], e.g. 6000:120.00:0:Rent; "
        "leave the other side 0 or empty. Without --post the entry is kept as a draft.",
    )
    add.add_argument("--date", required=True, type=_date, metavar="D")
    add.add_argument("--line", action="append", default=[], metavar="A:D:C[:TEXT]")
    add.add_argument("--text", default="", help="the entry's description")
    add.add_argument("--post", action="store_true", help="post (number) the entry at once")
    runs(add, BOOKS + "run_journal_add", Right.POST_DOCUMENTS, create=False)
    post = actions.add_parser("post", help="post a draft entry by its id")
    post.add_argument("id", type=int, metavar="ID")
    runs(post, BOOKS + "run_journal_post", Right.POST_DOCUMENTS, create=False)
    reverse = actions.add_parser("reverse", help="post the entry that undoes entry NUMBER")
    reverse.add_argument("number", metavar="NUMBER", help="e.g. 7 or JE-7")
    reverse.add_argument("--date", type=_date, metavar="D", help="the reversal's date (today)")
    runs(reverse, BOOKS + "run_journal_reverse", Right.POST_DOCUMENTS, create=False)
    listing = actions.add_parser("list", help="the manual entries: drafts first, then by number")
    listing.add_argument("--json", action="store_true")
    runs(listing, BOOKS + "run_journal_list", ANY_USER, create=False)
    delete = actions.add_parser("delete", help="delete a draft entry by its id")
    delete.add_argument("id", type=int, metavar="ID")
    runs(delete, BOOKS + "run_journal_delete", Right.POST_DOCUMENTS, create=False)


def _date(text: str) -> object:
    from ledgerpost.cli.parser import date

    return date(text)


def add_party_commands(actions: Commands) -> None:
    where = "ledgerpost.cli.party_commands:"
    archive = actions.add_parser("archive", help="hide a card from the pickers; history stays")
    archive.add_argument("id", type=int, metavar="ID")
    archive.add_argument("--undo", action="store_true", help="show the card again")
    runs(archive, where + "run_parties_archive", Right.SEE_CONTACTS, create=False)
    delete = actions.add_parser("delete", help="delete a card nothing refers to")
    delete.add_argument("id", type=int, metavar="ID")
    runs(delete, where + "run_parties_delete", Right.SEE_CONTACTS, create=False)
