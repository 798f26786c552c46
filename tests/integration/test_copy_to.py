"""``ledgerpost --db FILE copy-to URL``: a desk's ledger file into an empty PostgreSQL database,
all of it or nothing, on a real server."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.outbox import OutboxEvent
from ledgerpost.domain.users import Right, User
from ledgerpost.services import credits, outbox, users
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.ledger_copy import copy_to
from ledgerpost.services.printing import print_document
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage.database import make_engine
from ledgerpost.storage.print_copy_model import PrintCopyRow
from tests.helpers.outbox_rows import add_messages
from tests.helpers.postgres import PostgresServer


@pytest.fixture
def desk_file(demo_ledger: Ledger, demo_url: str) -> str:
    """The demo ledger with stored print copies, an outbox in several states and a credit
    history: everything copy-to must carry over."""
    invoices = [s.id for s in demo_ledger.documents() if s.number is not None][:3]
    for document_id in invoices:
        print_document(demo_ledger, document_id)
    credits.add(demo_ledger, 100, "TOPUP-7", "anna")
    sent, cancelled, _ = add_messages(demo_ledger, 3)
    with demo_ledger.db.write() as s:
        repo.move(s, sent, OutboxEvent.CLAIM)
        repo.move(s, sent, OutboxEvent.CRASHED)
    outbox.mark_sent(demo_ledger, sent, "anna")
    outbox.cancel(demo_ledger, cancelled)
    added = users.add_user(
        demo_ledger, User("anna", "Anna Kask", rights=frozenset({Right.SEND_EMAIL}))
    )
    assert added.problems == ()
    return demo_url


@pytest.fixture
def empty_database(postgres_server: PostgresServer) -> str:
    return postgres_server.create_database()


def snapshot(ledger: Ledger) -> dict[str, object]:
    """What a bookkeeper would compare: documents, print copies, outbox, credits, balances."""
    documents = ledger.documents()
    with ledger.db.read() as s:
        copies = sorted(
            (row.document_id, row.sha256, len(row.pdf)) for row in s.scalars(select(PrintCopyRow))
        )
    return {
        "documents": [(d.id, d.type, d.number, d.date, d.total, d.state) for d in documents],
        "lines": [ledger.document(d.id).lines for d in documents[:10]],
        "copies": copies,
        "outbox": [(e.id, e.status, e.message_id, e.sent_at) for e in outbox.entries(ledger)],
        "credits": [
            (e.kind, e.amount, e.reference, e.at, e.outbox_id) for e in credits.history(ledger)
        ],
        "balance": credits.balance(ledger),
        "trial_balance": ledger.trial_balance(),
        "parties": ledger.parties(),
        "company": ledger.company(),
        "users": users.users(ledger),
    }


def test_copy_to_carries_every_table_over_and_the_copy_works_on(
    desk_file: str, empty_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", desk_file, "copy-to", empty_database]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "print_copy" in out and "credit_entry" in out and "outbox_message" in out
    assert "the row count of every table matches" in out and "no problems" in out

    source = Ledger.open(desk_file)
    copy = Ledger.open(empty_database)
    assert snapshot(copy) == snapshot(source)
    assert copy.check() == []

    # The id sequences continue after the copied rows: new rows go in as on the desk.
    party = copy.parties()[0]
    posted = copy.save_and_post(
        Document(DocumentType.INVOICE, party.id or 0, dt.date(2026, 11, 24), "EUR",
                 (Line("Shared books", Decimal(1), Decimal(10), Decimal(22)),))
    )  # fmt: skip
    assert posted.posted
    mine = source.save_and_post(
        Document(DocumentType.INVOICE, party.id or 0, dt.date(2026, 11, 24), "EUR",
                 (Line("Shared books", Decimal(1), Decimal(10), Decimal(22)),))
    )  # fmt: skip
    assert (posted.document.id, posted.document.number) == (mine.document.id, mine.document.number)
    assert add_messages(copy, 1) == add_messages(source, 1)
    credits.add(copy, 5, "TOPUP-8", "anna")
    assert copy.check() == []
    source.close()
    copy.close()


def test_a_database_that_is_not_empty_is_refused_and_left_alone(
    desk_file: str, empty_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", desk_file, "copy-to", empty_database]) == 0
    copy = Ledger.open(empty_database)
    credits.add(copy, 7, "ONLY-IN-THE-COPY", "anna")
    before = snapshot(copy)
    capsys.readouterr()

    assert main(["--db", desk_file, "copy-to", empty_database]) == 1
    _, err = capsys.readouterr()
    assert "already holds a ledger" in err and "new, empty database" in err
    assert err.count("\n") == 1  # one plain sentence
    assert snapshot(copy) == before
    copy.close()


def test_a_database_that_ledgerpost_opened_but_holds_no_books_counts_as_empty(
    desk_file: str, empty_database: str
) -> None:
    Ledger.open(empty_database).close()  # the schema and the first administrator, no books
    source = Ledger.open(desk_file)
    result = copy_to(source, empty_database)
    assert result.problems == () and all(c.matches for c in result.counts)
    copy = Ledger.open(empty_database)
    assert [u.login for u in users.users(copy)] == ["admin", "anna"]  # the desk's own
    assert snapshot(copy) == snapshot(source)
    copy.close()
    source.close()


def test_a_copy_that_stops_midway_leaves_the_target_empty_and_can_be_run_again(
    desk_file: str, empty_database: str
) -> None:
    class Stopped(Exception):
        pass

    copied: list[str] = []

    def stop_in_the_lines(table: str, done: int, total: int) -> None:
        copied.append(table)
        if table == "document_line" and done > 0:
            raise Stopped  # as a Ctrl+C or a lost connection would, halfway through

    source = Ledger.open(desk_file)
    with pytest.raises(Stopped):
        copy_to(source, empty_database, stop_in_the_lines)
    assert "document" in copied and "print_copy" not in copied
    engine = make_engine(empty_database)
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == []  # not even the schema is left
    engine.dispose()

    result = copy_to(source, empty_database)
    assert result.problems == () and all(c.matches for c in result.counts)
    assert sum(c.source for c in result.counts) == result.rows
    source.close()


def test_copy_to_needs_a_database_url_and_an_existing_ledger_file(
    desk_file: str, empty_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path
    assert main(["--db", desk_file, "copy-to", str(folder / "other.sqlite3")]) == 2
    _, err = capsys.readouterr()
    assert "PostgreSQL database URL" in err
    missing = folder / "missing.sqlite3"
    assert main(["--db", str(missing), "copy-to", empty_database]) == 1
    _, err = capsys.readouterr()
    assert "no ledger" in err and not missing.exists()
