"""The command line's arguments, declared without importing any command's implementation.

Each command names the function that runs it as ``"module:function"`` (``run``), imported
by ``cli.main`` once the arguments are parsed: ``documents list`` never loads the PDF
renderer, the keyring or the mail stack.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from ledgerpost import __version__
from ledgerpost.cli.books_parser import (
    add_books_commands,
    add_party_commands,
    add_trial_balance_options,
)
from ledgerpost.cli.einvoice_parser import add_einvoice_commands
from ledgerpost.cli.letter_parser import add_letter_commands
from ledgerpost.cli.mail_parser import add_mail_commands
from ledgerpost.cli.payment_parser import add_payment_commands
from ledgerpost.cli.remind_parser import add_remind_commands
from ledgerpost.cli.rights import ANY_USER, Exempt, runs
from ledgerpost.domain.allocation import PaidState
from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.users import Right

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ledgerpost",
        description="LedgerPost: accounting with a mailer that sends each document exactly once.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="ledger file or database URL (default: $LEDGERPOST_DB, else "
        "ledger.sqlite3 in the user data folder)",
    )
    parser.add_argument(
        "--user",
        dest="acting_user",
        metavar="LOGIN",
        help="act as this user; the password is $LEDGERPOST_PASSWORD if set, else the first "
        "line of stdin (needed once the ledger has passwords)",
    )
    parser.add_argument("--version", action="version", version=f"ledgerpost {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_book_commands(commands)
    _add_print_commands(commands)
    add_einvoice_commands(commands)
    add_payment_commands(commands)
    add_remind_commands(commands)
    add_letter_commands(commands)
    add_mail_commands(commands)
    _add_user_commands(commands)
    _add_database_commands(commands)
    return parser


def positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from exc


def _add_book_commands(commands: Commands) -> None:
    books = "ledgerpost.cli.ledger_commands:"
    init = commands.add_parser("init", help="start a new ledger for a company")
    init.add_argument("--company", required=True, metavar="NAME", help="the company's legal name")
    init.add_argument("--currency", default="EUR", help="ISO 4217 code (default EUR)")
    init.add_argument(
        "--language",
        default="en",
        choices=LANGUAGES,
        help="the company's default language (default en)",
    )
    runs(init, books + "run_init", ANY_USER)

    demo = commands.add_parser("demo", help="fill an empty ledger with a reproducible demo company")
    demo.add_argument("--customers", type=positive, default=40, metavar="N")
    demo.add_argument("--invoices", type=positive, default=200, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        default=None,
        metavar="DATE",
        help="the demo's 'today' (default: today)",
    )
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing (and succeed) when the ledger already has a company",
    )
    runs(demo, "ledgerpost.cli.demo_commands:run_demo", ANY_USER)

    documents = commands.add_parser("documents", help="list documents")
    documents_commands = documents.add_subparsers(
        dest="documents_command", metavar="ACTION", required=True
    )
    listing = documents_commands.add_parser("list", help="list documents, newest first")
    listing.add_argument("--type", choices=[t.value for t in DocumentType])
    listing.add_argument("--numbers", metavar="A-B", help="number range, e.g. 5-17")
    listing.add_argument(
        "--dates", metavar="D1..D2", help="date range, e.g. 2026-01-01..2026-03-31"
    )
    listing.add_argument("--party", type=int, metavar="ID", help="only this party's documents")
    listing.add_argument(
        "--state",
        choices=[s.value for s in DocumentState],
        help="only drafts or only posted documents",
    )
    listing.add_argument(
        "--paid",
        choices=[s.value for s in PaidState],
        help="only posted invoices (sales or purchase) that are open (nothing paid, not due), "
        "partly paid (not due), paid, or overdue (due date passed, something open) today",
    )
    listing.add_argument(
        "--as-of", type=date, metavar="D", help="judge the paid state on this day (today)"
    )
    listing.add_argument("--limit", type=positive, metavar="N", help="at most N documents")
    listing.add_argument("--json", action="store_true", help="print JSON")
    runs(listing, books + "run_documents_list", ANY_USER, reads_only=True)
    delete = documents_commands.add_parser(
        "delete",
        help="delete a draft (a posted document is never deleted: credit it)",
        description="Delete the draft KEY names, by its id as 'documents list' shows it "
        "('(draft 12)': 12). Drafts have no number yet, so numbering is not affected; a "
        "posted document's number (INV-7) is refused.",
    )
    delete.add_argument("key", metavar="ID|NUMBER", help="the draft's id (or a number, refused)")
    runs(delete, books + "run_documents_delete", ANY_USER)
    _add_import_commands(commands, documents_commands)

    check = commands.add_parser("check", help="check the ledger's invariants")
    runs(check, books + "run_check", ANY_USER)

    trial = commands.add_parser("trial-balance", help="debits and credits per account")
    add_trial_balance_options(trial)
    runs(trial, "ledgerpost.cli.books_commands:run_trial_balance", ANY_USER)

    gui = commands.add_parser("gui", help="open the desktop window (the default)")
    gui.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, close it again and exit 0: proves the app starts",
    )
    runs(
        gui,
        "ledgerpost.cli.gui_command:run_command",
        Exempt("the window asks for the login itself"),
    )


def _add_print_commands(commands: Commands) -> None:
    prints = "ledgerpost.cli.print_commands:"
    printing = commands.add_parser("print", help="write the PDF print copy of a document")
    printing.add_argument("type", metavar="TYPE", choices=[t.value for t in DocumentType])
    printing.add_argument("number", metavar="NUMBER", help="e.g. 17 or INV-17")
    _print_options(printing)
    runs(printing, prints + "run_print", ANY_USER)

    statement = commands.add_parser("statement", help="write a customer statement as PDF")
    statement.add_argument("party", metavar="PARTY", help="the customer's id or code")
    _period(statement)
    _print_options(statement)
    statement.add_argument(
        "--open-items",
        action="store_true",
        help="only the invoices and credits still open at --to, with due dates and days overdue",
    )
    runs(statement, prints + "run_statement", ANY_USER)

    report = commands.add_parser(
        "employee-report", help="write the payments to an employee over a period as PDF"
    )
    report.add_argument("party", metavar="PARTY", help="the employee's id or code")
    _period(report)
    _print_options(report)
    runs(report, prints + "run_employee_report", ANY_USER)

    vat = commands.add_parser(
        "vat-report",
        help="output and input VAT by rate for a period, with the documents, and the VAT due",
    )
    _period(vat)
    vat.add_argument("--currency", metavar="C", help="the company's currency by default")
    vat.add_argument("--format", choices=("table", "csv", "json", "pdf"), default="table")
    vat.add_argument("--out", metavar="FILE", help="the PDF to write (with --format pdf)")
    vat.add_argument("--lang", choices=LANGUAGES, help="the PDF's language (the company's)")
    runs(vat, "ledgerpost.cli.vat_commands:run_vat_report", ANY_USER, create=False)


def _add_import_commands(commands: Commands, documents_commands: Commands) -> None:
    imports = "ledgerpost.cli.import_commands:"
    add = documents_commands.add_parser(
        "add",
        help="create documents from a JSON or CSV file (all or none)",
        description="Create the documents FILE describes (see README, 'Importing and "
        "exporting'). Every row is checked first; one problem anywhere and nothing is written. "
        "Opening items (column 'opening') are always posted; --post posts all (the right to "
        "post documents).",
    )
    add.add_argument("--file", required=True, metavar="FILE", help="a .json or .csv file")
    add.add_argument("--post", action="store_true", help="post the documents as well")
    add.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    runs(add, imports + "run_documents_add", ANY_USER)

    parties = commands.add_parser("parties", help="import or export party cards as CSV")
    actions = parties.add_subparsers(dest="parties_command", metavar="ACTION", required=True)
    load = actions.add_parser(
        "import",
        help="add and update cards from a CSV file (by code; all or none)",
        description="A row whose code is new adds a card; one whose code exists updates it.",
    )
    load.add_argument("file", metavar="FILE", help="a party CSV file")
    load.add_argument(
        "--dry-run", action="store_true", help="only count new, updated and unchanged cards"
    )
    runs(load, imports + "run_parties_import", Right.SEE_CONTACTS)
    export = actions.add_parser("export", help="every card as a CSV file an import reads back")
    export.add_argument("--out", metavar="FILE", help="the file to write (default: stdout)")
    runs(export, imports + "run_parties_export", Right.SEE_CONTACTS)
    add_party_commands(actions)

    journal = commands.add_parser("journal", help="the journal for an accountant")
    journal_actions = journal.add_subparsers(dest="journal_command", metavar="ACTION",
                                             required=True)  # fmt: skip
    out = journal_actions.add_parser(
        "export", help="the journal of a period as CSV or SAF-T (OECD 2.00) XML"
    )
    _period(out)
    out.add_argument("--format", choices=("csv", "saft"), default="csv")
    out.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    runs(out, imports + "run_journal_export", ANY_USER, create=False)
    add_books_commands(commands, journal_actions)


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", required=True, type=date, metavar="D")
    parser.add_argument("--to", dest="end", required=True, type=date, metavar="D")


def _print_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="the PDF to write; an existing folder gets the copy's own file name",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="print in this language instead of the party's"
    )


def _add_user_commands(commands: Commands) -> None:
    users = "ledgerpost.cli.user_commands:"
    user = commands.add_parser("user", help="users, their rights and passwords")
    actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every user with their rights")
    runs(listing, users + "run_list", Right.MANAGE_USERS)
    add = actions.add_parser("add", help="a new user")
    add.add_argument("login")
    add.add_argument("--name", default="", help="the name shown for the user")
    add.add_argument("--email", default="", help="Reply-To of the messages the user sends")
    add.add_argument(
        "--rights",
        default="",
        metavar="R,R",
        help="comma-separated: " + ", ".join(r.value for r in Right),
    )
    add.add_argument(
        "--password-stdin", action="store_true", help="read the new user's password from stdin"
    )
    runs(add, users + "run_add", Right.MANAGE_USERS)
    passwd = actions.add_parser("passwd", help="set a user's password (read from stdin)")
    passwd.add_argument("login")
    runs(passwd, users + "run_passwd", ANY_USER)  # one's own; others: the service asks for users


def _add_database_commands(commands: Commands) -> None:
    database = "ledgerpost.cli.database_commands:"
    password = commands.add_parser(
        "db-password",
        help="keep the shared ledger's database password in the keyring (or forget it)",
        description="Keep the password of the database named by --db in the system keyring, "
        "then try it. Without a keyring, use ~/.pgpass instead.",
    )
    password.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    password.add_argument("--forget", action="store_true", help="remove it from the keyring")
    runs(
        password,
        database + "run_db_password",
        Exempt("keeps the database server's password, which opening a shared ledger needs first"),
    )

    copy = commands.add_parser(
        "copy-to",
        help="copy this ledger file into an empty PostgreSQL database, to share it",
        description="Copy every table of the ledger named by --db (documents, print copies, "
        "outbox, credit history) into an empty PostgreSQL database, in one transaction; "
        "compare the row counts and run 'check' on the copy. A database that is not empty "
        "is refused; a copy that stops midway leaves the database empty.",
    )
    copy.add_argument("url", metavar="URL", help="postgresql+psycopg://USER@HOST[:PORT]/DATABASE")
    runs(copy, database + "run_copy_to", Right.MANAGE_SETTINGS, create=False)

    backups = "ledgerpost.cli.backup_commands:"
    backup = commands.add_parser(
        "backup",
        help="copy the ledger into a new backup file, and check the copy",
        description="Copy the ledger named by --db into the new file OUT (a ledger file of its "
        "own: SQLite's online backup for a ledger file, one snapshot of a shared ledger), "
        "consistent while the window or a delivery is using the ledger; then run 'check' on "
        "the copy. An existing file is never written over.",
    )
    backup.add_argument("--out", required=True, metavar="FILE", help="the new backup file")
    runs(backup, backups + "run_backup", Right.MANAGE_SETTINGS)  # it holds everything
    restore = commands.add_parser(
        "restore",
        help="make the new ledger named by --db from a backup file",
        description="Make the ledger named by --db (a file that does not exist yet, or an "
        "empty PostgreSQL database) from BACKUP, then run 'check' on it. Messages that were "
        "still to go when the backup was made come back 'uncertain': they may have been sent "
        "after it, so a user decides.",
    )
    restore.add_argument("backup", metavar="BACKUP", help="a file made by 'ledgerpost backup'")
    runs(
        restore,
        backups + "run_restore",
        Exempt(
            "makes a new ledger (--db must not exist yet) from a backup file; the restored "
            "ledger asks for the backup's own logins"
        ),
    )
