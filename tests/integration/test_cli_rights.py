"""Every command that reads or changes a ledger asks for a login once the ledger has passwords,
and for the right the window asks for. The commands come from the parser: a new command without
a row here (or an exemption with its reason) fails ``test_every_command_has_a_row``.

Each row runs three times on a copy of one demo ledger with passwords: without a login
(refused: the ledger asks for a login), as a user with every right but the one needed (refused,
naming the right), and as a user with just what the command needs (it runs). Logins take the
password from ``$LEDGERPOST_PASSWORD``, as a job without stdin does.
"""

from __future__ import annotations

import argparse
import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from ledgerpost.cli.context import PASSWORD_VAR
from ledgerpost.cli.main import main
from ledgerpost.cli.parser import build_parser
from ledgerpost.cli.rights import (
    ANY_USER,
    Exempt,
    Needs,
    Requirement,
    UndeclaredCommand,
    declared,
    runs,
)
from ledgerpost.domain.parties import PartyKind
from ledgerpost.domain.users import ALL_RIGHTS, Right, User
from ledgerpost.i18n.problems import render_code
from ledgerpost.services import users
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from ledgerpost.storage.database import ENV_VAR

ADMIN_PASSWORD = "hobune ja kaer"
PASSWORD = "a password of theirs"
SENDER = frozenset({Right.SEND_EMAIL, Right.SEE_CONTACTS})
"""Sending a customer's document takes seeing its addresses too (as in the send dialog)."""

EXEMPT = {
    ("gui",): "opens the window, which asks for the login itself",
    ("einvoice", "validate"): "checks a file with the official rules; reads no ledger",
    ("restore",): (
        "makes a new ledger (--db must not exist yet) from a backup file, which anyone holding "
        "it can read anyway; the restored ledger asks for the backup's own logins"
    ),
    ("db-password",): (
        "keeps the database server's password in the keyring; opening a shared ledger (and so "
        "any login) needs it first, and no ledger content is read"
    ),
}
"""Commands that read and change no ledger's contents. --help and --version are no commands
(argparse answers them before any ledger is opened: ``test_help_and_version_need_no_login``)."""


@dataclass(frozen=True)
class Row:
    argv: tuple[str, ...]
    needs: Requirement
    allowed: frozenset[Right] | None = None
    """The rights of the user who may run it (default: just ``needs``, none for any user)."""
    exit_code: int | None = 0
    """How the allowed run ends (None: it fails for a reason of its own, such as no server)."""
    stdin: str = ""


PERIOD = ("--from", "2026-01-01", "--to", "2026-12-31")
OUT = ("--out", "{out}")
SERVER = ("--security", "none", "--from-address", "billing@example.com")
ROOT = Path(__file__).resolve().parents[2]
DRAFTS = str(ROOT / "tests" / "data" / "imports" / "demo_drafts.csv")
PARTIES = str(ROOT / "docs" / "samples" / "parties.csv")
RECEIVED = str(ROOT / "tests" / "data" / "einvoice" / "received-xrechnung.xml")


ROWS: dict[tuple[str, ...], Row] = {
    ("init",): Row(("init", "--company", "Another OÜ"), ANY_USER, exit_code=1),  # has one
    ("demo",): Row(("demo", "--if-empty"), ANY_USER),
    ("documents", "list"): Row(("documents", "list"), ANY_USER),
    ("documents", "add"): Row(("documents", "add", "--file", DRAFTS), ANY_USER),
    ("documents", "delete"): Row(("documents", "delete", "{draft}"), ANY_USER),
    ("parties", "import"): Row(("parties", "import", PARTIES, "--dry-run"), Right.SEE_CONTACTS),
    ("parties", "export"): Row(("parties", "export", "--out", "{out}/p.csv"), Right.SEE_CONTACTS),
    ("journal", "export"): Row(("journal", "export", *PERIOD, "--out", "{out}/j.csv"), ANY_USER),
    ("check",): Row(("check",), ANY_USER),
    ("trial-balance",): Row(("trial-balance",), ANY_USER),
    ("general-ledger",): Row(("general-ledger", "1000", *PERIOD), ANY_USER),
    ("accounts", "list"): Row(("accounts", "list"), ANY_USER),
    ("accounts", "add"): Row(
        ("accounts", "add", "1010", "Petty cash", "--kind", "asset"), Right.MANAGE_SETTINGS
    ),
    ("accounts", "rename"): Row(("accounts", "rename", "1000", "Main bank"), Right.MANAGE_SETTINGS),
    ("accounts", "archive"): Row(
        ("accounts", "archive", "6000"), Right.MANAGE_SETTINGS, exit_code=1
    ),
    ("accounts", "unarchive"): Row(("accounts", "unarchive", "6000"), Right.MANAGE_SETTINGS),
    ("parties", "archive"): Row(("parties", "archive", "{customer}"), Right.SEE_CONTACTS),
    ("parties", "delete"): Row(
        ("parties", "delete", "{customer}"), Right.SEE_CONTACTS, exit_code=1
    ),
    ("journal", "add"): Row(
        ("journal", "add", "--date", "2026-01-02", "--line", "1000:5:0", "--line", "3000:0:5"),
        Right.POST_DOCUMENTS,
    ),
    ("journal", "post"): Row(("journal", "post", "999"), Right.POST_DOCUMENTS, exit_code=1),
    ("journal", "reverse"): Row(("journal", "reverse", "JE-99"), Right.POST_DOCUMENTS, exit_code=1),
    ("journal", "list"): Row(("journal", "list"), ANY_USER),
    ("journal", "delete"): Row(("journal", "delete", "999"), Right.POST_DOCUMENTS, exit_code=1),
    ("print",): Row(("print", "invoice", "1", "--out", "{out}"), ANY_USER),
    ("statement",): Row(("statement", "{customer}", *PERIOD, *OUT), ANY_USER),
    ("employee-report",): Row(("employee-report", "{employee}", *PERIOD, *OUT), ANY_USER),
    ("vat-report",): Row(("vat-report", *PERIOD), ANY_USER),
    ("receipt", "add"): Row(
        ("receipt", "add", "--party", "{customer}", "--date", "2026-01-01", "--amount", "10"),
        Right.POST_DOCUMENTS,
    ),
    ("receipt", "allocate"): Row(("receipt", "allocate", "REC-1"), Right.POST_DOCUMENTS),
    ("payment", "add"): Row(
        ("payment", "add", "--party", "{employee}", "--date", "2026-01-01", "--amount", "10"),
        Right.POST_DOCUMENTS,
    ),
    ("payment", "allocate"): Row(("payment", "allocate", "PAY-1"), Right.POST_DOCUMENTS),
    ("allocation", "list"): Row(("allocation", "list", "invoice", "INV-1"), ANY_USER),
    ("allocation", "reverse"): Row(("allocation", "reverse", "1"), Right.POST_DOCUMENTS),
    ("open-items",): Row(("open-items",), ANY_USER),
    ("ageing",): Row(("ageing", "--format", "json"), ANY_USER),
    ("remind",): Row(
        ("remind", "--as-of", "2026-01-31", "--preview"), Right.SEND_EMAIL, allowed=SENDER
    ),
    ("letters", "send"): Row(
        (
            "letters",
            "send",
            "--subject",
            "New prices",
            "--body",
            "From March.",
            "--to",
            "customers",
            "--preview",
        ),
        Right.SEND_EMAIL,
        allowed=SENDER,
    ),
    ("reminder-flags",): Row(
        ("reminder-flags", "--party", "{customer}", "--no-reminders", "no"), Right.POST_DOCUMENTS
    ),
    ("reminder-fee", "waive"): Row(
        ("reminder-fee", "waive", "REM-99"), Right.POST_DOCUMENTS, exit_code=1
    ),
    ("smtp", "set"): Row(
        ("smtp", "set", "--host", "127.0.0.1", "--port", "2525", *SERVER),
        Right.MANAGE_SETTINGS,
    ),
    ("smtp", "test"): Row(("smtp", "test"), Right.MANAGE_SETTINGS, exit_code=None),
    ("account", "list"): Row(("account", "list"), ANY_USER),
    ("account", "add"): Row(
        ("account", "add", "sales", "--profile", "custom", "--host", "127.0.0.1"),
        Right.MANAGE_SETTINGS,
    ),
    ("account", "test"): Row(("account", "test", "sales"), Right.MANAGE_SETTINGS, exit_code=1),
    # The demo ledger has no sending account: each runs and says there is none named so.
    ("account", "change"): Row(
        ("account", "change", "sales", "--port", "2526", "--pace", "30/"),
        Right.MANAGE_SETTINGS,
        exit_code=1,
    ),
    ("account", "default"): Row(
        ("account", "default", "sales"), Right.MANAGE_SETTINGS, exit_code=1
    ),
    ("account", "remove"): Row(("account", "remove", "sales"), Right.MANAGE_SETTINGS, exit_code=1),
    ("account", "login"): Row(("account", "login", "sales"), Right.MANAGE_SETTINGS, exit_code=1),
    ("send",): Row(
        ("send", "invoice", "2", "--to", "anna@example.com"), Right.SEND_EMAIL, allowed=SENDER
    ),
    ("batch",): Row(
        ("batch", "invoice", "--numbers", "1-3", "--preview"), Right.SEND_EMAIL, allowed=SENDER
    ),
    ("outbox", "list"): Row(("outbox", "list"), ANY_USER),
    ("account", "imap"): Row(
        ("account", "imap", "shop", "--host", "127.0.0.1", "--port", "993", "--security", "ssl"),
        Right.MANAGE_SETTINGS,
    ),
    # Reading what became of the messages sent is the sender's follow-up (no server here).
    ("mailbox", "check"): Row(("mailbox", "check"), Right.SEND_EMAIL, exit_code=None),
    ("outbox", "run"): Row(("outbox", "run", "--once"), Right.SEND_EMAIL, exit_code=None),
    ("outbox", "retry"): Row(("outbox", "retry", "{outbox}"), Right.SEND_EMAIL, exit_code=None),
    ("outbox", "cancel"): Row(("outbox", "cancel", "{outbox}"), ANY_USER),
    ("outbox", "mark-sent"): Row(("outbox", "mark-sent", "{outbox}"), ANY_USER, exit_code=None),
    ("credits",): Row(("credits",), ANY_USER),
    ("credits", "add"): Row(("credits", "add", "10", "--reference", "R-1"), Right.MANAGE_CREDITS),
    ("report", "sent"): Row(("report", "sent", "--format", "json"), ANY_USER),
    ("user", "list"): Row(("user", "list"), Right.MANAGE_USERS),
    ("user", "add"): Row(("user", "add", "newcomer"), Right.MANAGE_USERS),
    # One's own password (a user who manages users sets anyone's; the service checks that).
    ("user", "passwd"): Row(
        ("user", "passwd", "{login}"), ANY_USER, exit_code=None, stdin="a new password\n"
    ),
    ("backup",): Row(("backup", "--out", "{out}/backup.sqlite3"), Right.MANAGE_SETTINGS),
    ("einvoice", "invoice"): Row(
        ("einvoice", "invoice", "1", "--out", "{out}/1.xml"), Right.SEE_CONTACTS, exit_code=None
    ),
    # It makes a supplier card with the seller's addresses (a card's contacts).
    ("einvoice", "import"): Row(
        ("einvoice", "import", RECEIVED, "--create-supplier"), Right.SEE_CONTACTS
    ),
    ("einvoice", "credit-note"): Row(
        ("einvoice", "credit-note", "1", "--out", "{out}/1.xml"),
        Right.SEE_CONTACTS,
        exit_code=None,
    ),
    ("copy-to",): Row(("copy-to", "sqlite:///elsewhere"), Right.MANAGE_SETTINGS, exit_code=2),
}


def parser_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> dict:
    """Every runnable command of ``parser``: its words, and what it declares (None: nothing)."""
    found: dict[tuple[str, ...], Needs | None] = {}
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            words = (*path, name)
            if "run" in sub._defaults:
                needs = sub._defaults.get("needs")
                found[words] = needs if isinstance(needs, Needs) else None
            found.update(parser_commands(sub, words))
    return found


def rights_of(row: Row) -> frozenset[Right]:
    if row.allowed is not None:
        return row.allowed
    return frozenset({row.needs}) if isinstance(row.needs, Right) else frozenset()


def login_for(rights: frozenset[Right]) -> str:
    return "u-" + ("-".join(sorted(r.value for r in rights)) or "none")


def refusal(right: Right, login: str) -> str:
    return render_code(f"not-allowed-{right.value}", {"name": login.title()})


@pytest.fixture(scope="module")
def password_ledger(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo ledger with a queued message, an administrator's password and one user per
    rights set the rows ask for (each with all rights but one, and with just what it needs)."""
    path = tmp_path_factory.mktemp("rights") / "books.sqlite3"
    shutil.copy(demo_template, path)
    ledger = Ledger.open(str(path))
    try:
        invoice = next(d.id for d in ledger.documents() if d.display_number == "INV-1")
        assert queue(ledger, SendRequest(document_id=invoice, to="anna@example.com")).queued
        assert users.set_password(ledger, "admin", ADMIN_PASSWORD) == []
        admin = users.authenticate(ledger, "admin", ADMIN_PASSWORD)
        sets = {rights_of(row) for row in ROWS.values()}
        sets |= {ALL_RIGHTS - {row.needs} for row in ROWS.values() if isinstance(row.needs, Right)}
        for rights in sets:
            login = login_for(rights)
            card = User(login, login.title(), rights=rights)
            assert users.add_user(ledger, card, PASSWORD, admin).saved
    finally:
        ledger.close()
    return path


@pytest.fixture
def books(password_ledger: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict]:
    """A fresh copy for one row (commands change it), named by $LEDGERPOST_DB, and the words
    the rows' arguments refer to."""
    path = tmp_path / "books.sqlite3"
    shutil.copy(password_ledger, path)
    monkeypatch.setenv(ENV_VAR, str(path))
    monkeypatch.delenv(PASSWORD_VAR, raising=False)
    ledger = Ledger.open(str(path))
    try:
        words = {
            "out": str(tmp_path),
            "customer": str(ledger.parties(PartyKind.CUSTOMER)[0].id),
            "employee": str(ledger.parties(PartyKind.EMPLOYEE)[0].id),
            "outbox": "1",
            "draft": str(_a_draft(ledger)),
        }
    finally:
        ledger.close()
    yield words


def _a_draft(ledger: Ledger) -> int:
    """A draft to delete: a copy of the first customer's invoice, unposted."""
    invoice = next(d for d in ledger.documents() if d.display_number == "INV-1")
    draft = ledger.document(invoice.id)
    saved = ledger.save_draft(replace(draft, id=None))
    assert saved.id is not None
    return saved.id


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_has_a_row() -> None:
    commands = set(parser_commands(build_parser()))
    missing = commands - set(ROWS) - set(EXEMPT)
    assert not missing, f"add a row to ROWS (or EXEMPT, with the reason) for {sorted(missing)}"
    assert set(ROWS) | set(EXEMPT) == commands
    assert not set(ROWS) & set(EXEMPT)


def test_every_command_declares_what_it_needs() -> None:
    for words, needs in parser_commands(build_parser()).items():
        assert needs is not None, f"{' '.join(words)}: declare it with cli.rights.runs"
        if words in EXEMPT:
            assert isinstance(needs.requirement, Exempt) and needs.requirement.reason
        else:
            assert needs.requirement == ROWS[words].needs, words


def test_a_command_set_up_without_a_declaration_does_not_run() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    plain = commands.add_parser("plain")
    plain.set_defaults(run="ledgerpost.cli.ledger_commands:run_check")
    parent = commands.add_parser("parent")
    runs(parent, "ledgerpost.cli.credit_commands:run_credits", ANY_USER)
    child = parent.add_subparsers(dest="action").add_parser("child")
    child.set_defaults(run="ledgerpost.cli.credit_commands:run_credits_add")
    for argv in (["plain"], ["parent", "child"]):
        with pytest.raises(UndeclaredCommand):
            declared(parser.parse_args(argv))  # the child only inherits its parent's
    assert declared(parser.parse_args(["parent"])).requirement is ANY_USER


@pytest.mark.parametrize("words", sorted(ROWS), ids=" ".join)
def test_each_command_asks_for_the_login_and_its_right(
    words: tuple[str, ...],
    books: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    row = ROWS[words]
    allowed = login_for(rights_of(row))
    argv = [part.format(**books, login=allowed) for part in row.argv]

    code, out, err = run(capsys, monkeypatch, argv, row.stdin)
    assert (code, out) == (1, ""), (argv, err)
    assert err.strip() == render_code("login-required", {}), argv

    monkeypatch.setenv(PASSWORD_VAR, PASSWORD)
    if isinstance(row.needs, Right):
        lacking = login_for(ALL_RIGHTS - {row.needs})
        code, out, err = run(capsys, monkeypatch, ["--user", lacking, *argv], row.stdin)
        assert (code, out, err.strip()) == (1, "", refusal(row.needs, lacking)), argv

    code, out, err = run(capsys, monkeypatch, ["--user", allowed, *argv], row.stdin)
    assert "asks for a login" not in err and " may not " not in err.replace("you may not", "")
    if row.exit_code is not None:
        assert code == row.exit_code, (argv, out, err)


def test_a_wrong_password_from_the_environment_is_refused(
    books: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_VAR, "not the password")
    code, out, err = run(capsys, monkeypatch, ["--user", "admin", "documents", "list"])
    assert (code, out, err.strip()) == (1, "", "the login name or the password is wrong")
    monkeypatch.delenv(PASSWORD_VAR)
    code, out, _ = run(capsys, monkeypatch, ["--user", "admin", "documents", "list"],
                       ADMIN_PASSWORD + "\n")  # fmt: skip
    assert code == 0 and "INV-1" in out


def test_the_refusals_speak_the_command_lines_language(
    books: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEDGERPOST_LANG", "de")
    code, _, err = run(capsys, monkeypatch, ["outbox", "list"])
    assert code == 1 and err.strip() == render_code("login-required", {}, "de")
    assert "--user" in err and err.strip() != render_code("login-required", {})
    monkeypatch.setenv(PASSWORD_VAR, PASSWORD)
    lacking = login_for(ALL_RIGHTS - {Right.MANAGE_CREDITS})
    code, _, err = run(capsys, monkeypatch, ["--user", lacking, "credits", "add", "5",
                                             "--reference", "R"])  # fmt: skip
    expected = render_code("not-allowed-credits", {"name": lacking.title()}, "de")
    assert code == 1 and err.strip() == expected != refusal(Right.MANAGE_CREDITS, lacking)


def test_the_queue_hides_addresses_from_a_user_without_the_contact_right(
    books: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_VAR, PASSWORD)
    code, out, _ = run(capsys, monkeypatch, ["--user", login_for(frozenset()), "outbox", "list"])
    assert code == 0 and "anna@example.com" not in out and "hidden contact" in out
    sender = login_for(SENDER)
    code, out, _ = run(capsys, monkeypatch, ["--user", sender, "outbox", "list", "--json"])
    assert code == 0 and "anna@example.com" in out


def test_help_and_version_need_no_login(
    books: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for argv in (["--help"], ["--version"], ["outbox", "list", "--help"]):
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 0
    assert "asks for a login" not in capsys.readouterr().err
