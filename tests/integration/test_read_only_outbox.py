"""``outbox list`` on a ledger file reads it with the standard library's sqlite3: no SQLAlchemy
in the process, and the same lines (stdout and stderr) as the ORM path on the same outbox, with
messages in every state, a statement, refused recipients, a bounce report, a paused account, a
throttle pause and a reader who may not see addresses."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ledgerpost.cli.context import PASSWORD_VAR
from ledgerpost.cli.main import main
from ledgerpost.domain.delivery_outcome import REPORTED
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import PartyKind
from ledgerpost.domain.users import User
from ledgerpost.services import users
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from ledgerpost.storage import pace_repository as pace_repo
from tests.helpers.users import as_user

ADMIN_PASSWORD = "hobune ja kaer"
CLERK_PASSWORD = "a clerk's own words"
TO, CC, BCC = "anna@example.com", "boss@example.org", "archive@example.net"


def _queue(ledger: Ledger, request: SendRequest) -> int:
    result = queue(ledger, request)
    assert result.outbox_id is not None, result.preflight.problems
    return result.outbox_id


@pytest.fixture
def books(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The demo ledger with one message in each state the queue shows, and what came back."""
    path = tmp_path / "books.sqlite3"
    shutil.copy(demo_template, path)
    account = ("--profile", "custom", "--host", "127.0.0.1", "--security", "none")
    sender = ("--from-address", "shop@example.com")
    assert main(["--db", str(path), "account", "add", "shop", *account, *sender]) == 0
    capsys.readouterr()
    ledger = Ledger.open(str(path))
    try:
        invoices = [
            d.id for d in ledger.documents(DocumentFilter(type=DocumentType.INVOICE)) if d.number
        ][:6]
        mari = as_user("mari")
        ids = [
            _queue(ledger, SendRequest(document_id=i, to=TO, cc=CC, bcc=BCC, by=mari))
            for i in invoices
        ]
        customer = ledger.parties(PartyKind.CUSTOMER)[0].id
        period = (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
        ids.append(_queue(ledger, SendRequest(party_id=customer, period=period, to=TO, by=mari)))
        with ledger.db.write() as s:
            pace_repo.pause(s, "shop", utcnow(), asked=dt.timedelta(minutes=9))
    finally:
        ledger.close()
    refused = json.dumps({CC: [554, "5.7.1 Relaying denied"], BCC: [550, "no such user"]})
    failed = json.dumps({"code": 550, "text": "5.1.1 unknown"})
    later = (utcnow() + dt.timedelta(hours=2)).isoformat(sep=" ")
    with sqlite3.connect(path) as db:
        sent = "status = 'sent', sent_at = queued_at, attempts = 1, server_reply = '250 ok'"
        db.execute(f"UPDATE outbox_message SET {sent}, refused = ? WHERE id = ?", (refused, ids[0]))
        db.execute(f"UPDATE outbox_message SET {sent} WHERE id = ?", (ids[1],))
        db.execute(
            "UPDATE outbox_message SET status = 'failed', attempts = 3, last_code = 550, "
            "last_error = '550 5.1.1 unknown user anna@example.com', "
            "last_error_code = 'smtp-refused', last_error_params = ? WHERE id = ?",
            (failed, ids[2]),
        )
        db.execute(
            "UPDATE outbox_message SET status = 'retry', attempts = 1, next_attempt_at = ?, "
            "last_error = 'timed out' WHERE id = ?",
            (later, ids[3]),
        )
        db.execute(
            "UPDATE outbox_message SET status = 'held', send_at = ? WHERE id = ?", (later, ids[4])
        )
        db.execute("UPDATE outbox_message SET status = 'uncertain' WHERE id = ?", (ids[5],))
        db.execute(
            "INSERT INTO outbox_delivery VALUES (?, 0, 'bounced', ?, '5.1.1', 'mailbox full', ?)",
            (ids[1], TO, later),
        )
        db.execute("UPDATE mail_account SET state = 'password-refused' WHERE name = 'shop'")
    return path


def run(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", db, *argv])
    out, err = capsys.readouterr()
    return code, out, err


LISTS = [
    (),
    ("--json",),
    *(("--status", s.value) for s in OutboxStatus),
    *(("--status", d, "--json") for d in REPORTED),
]


@pytest.mark.parametrize("argv", LISTS, ids=lambda a: " ".join(a) or "everything")
def test_the_lines_are_the_orm_paths(
    books: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    fast = run(capsys, str(books), "outbox", "list", *argv)
    assert fast == run(capsys, f"sqlite:///{books}", "outbox", "list", *argv)
    assert fast[0] == 0


def test_the_whole_queue_is_there(books: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What the comparison above compares is a queue with something in every column."""
    code, out, err = run(capsys, str(books), "outbox", "list")
    assert code == 0
    assert "shop" in err and "password" in err  # the paused account, on stderr
    for seen in ("1 of 3", "bounced", "failed", "retry", "held", "uncertain", "statement 2026-"):
        assert seen in out, seen
    assert f"CC {CC} refused: 554" in out and "1 throttle reply(ies)" in out
    listed = json.loads(run(capsys, str(books), "outbox", "list", "--json")[1])
    assert len(listed) == 7 and {m["status"] for m in listed} >= {"sent", "queued", "failed"}
    bounced = next(m for m in listed if m["delivery"] == "bounced")
    assert bounced["delivery_detail"] == f"{TO} 5.1.1 mailbox full" and bounced["delivery_at"]


@pytest.fixture
def password_books(books: Path) -> Path:
    ledger = Ledger.open(str(books))
    try:
        assert users.set_password(ledger, "admin", ADMIN_PASSWORD) == []
        admin = users.authenticate(ledger, "admin", ADMIN_PASSWORD)
        assert users.add_user(ledger, User("clerk", "Mari Clerk"), CLERK_PASSWORD, admin).saved
    finally:
        ledger.close()
    return books


@pytest.mark.parametrize(
    ("login", "password"),
    [("clerk", CLERK_PASSWORD), ("admin", ADMIN_PASSWORD), ("clerk", "wrong"), (None, None)],
)
def test_addresses_are_hidden_and_logins_refused_as_on_the_orm_path(
    password_books: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    login: str | None,
    password: str | None,
) -> None:
    if password is not None:
        monkeypatch.setenv(PASSWORD_VAR, password)
    command = [*(("--user", login) if login else ()), "outbox", "list", "--json"]
    fast = run(capsys, str(password_books), *command)
    assert fast == run(capsys, f"sqlite:///{password_books}", *command)
    if login == "clerk" and password == CLERK_PASSWORD:  # no right to see contacts
        assert fast[0] == 0 and TO not in fast[1] and CC not in fast[1] and "hidden" in fast[1]
    elif login == "admin":
        assert fast[0] == 0 and CC in fast[1]
    else:
        assert fast[0] == 1 and fast[1] == ""


PROBE = """
import sys
from ledgerpost.cli.main import main
code = main(sys.argv[1:])
print("exit", code)
print("loaded", *sorted(m for m in sys.modules if m == "sqlalchemy" or m.startswith("sqlalchemy.")))
"""


def test_the_outbox_list_loads_no_sqlalchemy(books: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", str(books), "outbox", "list"],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ.copy(),
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "exit 0" in lines and "1 of 3" in done.stdout, done.stdout
    assert lines[-1].split()[1:] == []
