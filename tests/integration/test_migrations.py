"""Ledgers made by older versions open, are backed up, and upgrade; the schema matches the code."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.database import make_engine, open_database, resolve_url
from ledgerpost.storage.migrations import current_revision, head_revision, upgrade
from ledgerpost.storage.models import Base
from tests.conftest import TEST_COMPANY
from tests.helpers.postgres import PostgresServer
from tests.helpers.smtp_server import SmtpTestServer

FIRST = "0001"


NOW = "'2026-01-05 10:00:00'"


def downgrade(path: Path, revision: str, then: str = "") -> None:
    """Take the SQLite ledger at ``path`` back to ``revision`` (and run ``then`` after, in the
    same transaction), as an older program would find it."""
    from alembic import command

    from ledgerpost.storage.migrations import alembic_config

    engine = make_engine(resolve_url(str(path)))
    with engine.execution_options(ledgerpost_write=True).begin() as connection:
        command.downgrade(alembic_config(connection), revision)
        if then:
            connection.execute(text(then))
    engine.dispose()


def make_first_revision_ledger(where: str) -> None:
    """A ledger as the first release wrote it: schema 0001 and a posted invoice (plain SQL, as
    any client could have written it; ``where`` is a file or a database URL)."""
    engine = make_engine(resolve_url(where))
    upgrade(engine, FIRST)
    posted = Document(
        DocumentType.INVOICE,
        1,
        dt.date(2026, 1, 5),
        "EUR",
        (Line("Raamatupidamine", Decimal(1), Decimal(100), Decimal(22)),),
        party_name="Mari Tamm",
    ).posted_as("INV", 1)
    with engine.begin() as raw:
        raw.execute(
            text(
                "INSERT INTO company VALUES (1, 'Vana Firma OÜ', 'EUR', 'et', '', '', '', '', '',"
                f" '', '', '', '', '', 14, {NOW})"
            )
        )
        raw.execute(
            text("INSERT INTO account VALUES (:code, :name, :kind)"),
            [
                {"code": "1200", "name": "Receivables", "kind": "asset"},
                {"code": "4000", "name": "Sales", "kind": "income"},
                {"code": "2400", "name": "VAT payable", "kind": "liability"},
            ],
        )
        raw.execute(
            text(
                "INSERT INTO party VALUES (1, 'customer', 'C1', 'Mari Tamm', 'et', '', '', '',"
                f" '', '', {NOW})"
            )
        )
        raw.execute(text("INSERT INTO series VALUES ('INV', 'invoice', 2)"))
        raw.execute(
            text(
                "INSERT INTO document (id, type, state, series, number, date, party_id,"
                " party_name, currency, reference, notes, recipients, reply_to, net_minor,"
                " vat_minor, gross_minor, fingerprint, created_at, posted_at) VALUES (1,"
                " 'invoice', 'posted', 'INV', 1, '2026-01-05', 1, 'Mari Tamm', 'EUR', '', '', '',"
                f" '', 10000, 2200, 12200, :fingerprint, {NOW}, {NOW})"
            ),
            {"fingerprint": posted.fingerprint},
        )
        raw.execute(
            text("INSERT INTO document_line VALUES (1, 1, 0, 'Raamatupidamine', '1', '100', '22')")
        )
        raw.execute(
            text(
                "INSERT INTO journal_entry VALUES"
                f" (1, '2026-01-05', 'invoice INV-1', 1, 'EUR', {NOW})"
            )
        )
        raw.execute(
            text("INSERT INTO journal_line VALUES (:id, 1, :account, :party, :debit, :credit)"),
            [
                {"id": 1, "account": "1200", "party": 1, "debit": 12200, "credit": 0},
                {"id": 2, "account": "4000", "party": None, "debit": 0, "credit": 10000},
                {"id": 3, "account": "2400", "party": None, "debit": 0, "credit": 2200},
            ],
        )
    engine.dispose()


def test_a_first_revision_ledger_is_backed_up_and_upgraded_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    make_first_revision_ledger(str(path))
    assert head_revision() != FIRST

    db = open_database(str(path))
    with db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        indexes = {ix["name"] for ix in inspect(connection).get_indexes("document")}
    assert "ix_document_type_date_id" in indexes
    db.close()

    backups = list(tmp_path.glob("old.sqlite3.before-upgrade-0001-*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
        assert copy.execute("SELECT count(*) FROM document").fetchone() == (1,)

    ledger = Ledger.open(str(path))
    invoice = ledger.find_document(DocumentType.INVOICE, 1)
    assert invoice is not None and invoice.totals.gross == Decimal("122.00")
    assert invoice.date == dt.date(2026, 1, 5)
    assert ledger.check() == []
    ledger.close()


def test_opening_a_current_ledger_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(str(path)).close()
    open_database(str(path)).close()
    assert [p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name] == []


def test_the_migrations_build_exactly_the_mapped_schema(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "schema.sqlite3"))
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    db.close()
    assert diff == []


def test_composed_bytes_move_to_their_own_table_and_back(tmp_path: Path) -> None:
    """Revision 0005 moves the kept MIME bytes out of the message row; nothing is lost either
    way, and a message row no longer carries them."""

    from ledgerpost.storage import outbox_repository as repo
    from ledgerpost.storage.delivery_lane import DataMark, DeliveryLane
    from ledgerpost.storage.outbox_view import stored_mime
    from tests.helpers.outbox_rows import T0, add_messages

    path = tmp_path / "ledger.sqlite3"
    books = Ledger.open(str(path))
    first, second = add_messages(books, 2)
    mime = "Subject: Arve nr 1 – Õun\r\n\r\n".encode() + bytes(range(256)) * 300
    with books.db.write() as s:
        assert repo.claim(s, [first], "worker-1", T0) == [first]
    lane = DeliveryLane(books.db)
    assert lane.step([], DataMark(first, "worker-1", T0, repo.KeptMime(mime), len(mime)))
    lane.close()
    books.close()

    downgrade(path, "0004")
    with sqlite3.connect(path) as raw:
        kept = dict(raw.execute("SELECT id, mime FROM outbox_message").fetchall())
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert kept == {first: mime, second: None}
    assert "outbox_mime" not in tables

    books = Ledger.open(str(path))  # upgrades again
    with books.db.read() as s:
        assert stored_mime(s, first) == (repo.KeptMime(mime), None)
        assert stored_mime(s, second) is None
        assert "mime" not in {
            c["name"] for c in inspect(s.connection()).get_columns("outbox_message")
        }
    books.close()


def test_kept_bytes_get_their_print_copy_back_on_a_downgrade(
    tmp_path: Path, demo_template: Path, smtp_server: SmtpTestServer
) -> None:
    """Revision 0008 keeps a message without its print copy's base64 lines; going back to
    0007 puts them back in, so the older program reads whole messages."""

    from ledgerpost.services.outbox_view import stored_mime
    from ledgerpost.services.sending import SendRequest, queue
    from tests.helpers.mail_queue import connect, deliver, posted_invoices
    from tests.helpers.memory_keyring import memory_keyring

    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    books = Ledger.open(str(path))
    with memory_keyring():
        connect(books, smtp_server)
        result = queue(books, SendRequest(document_id=posted_invoices(books)[0], to="a@b.ee"))
        assert result.outbox_id is not None
        deliver(books)
    (received,) = smtp_server.received
    assert stored_mime(books, result.outbox_id) == received.data
    books.close()

    downgrade(path, "0007")
    with sqlite3.connect(path) as raw:
        (whole,) = raw.execute("SELECT mime FROM outbox_mime").fetchone()
        columns = {r[1] for r in raw.execute("PRAGMA table_info(outbox_mime)")}
    assert whole == received.data
    assert columns == {"outbox_id", "mime"}

    books = Ledger.open(str(path))  # upgrades again: a whole message stays whole
    assert stored_mime(books, result.outbox_id) == received.data
    books.close()


def test_on_postgresql_the_migrations_build_exactly_the_mapped_schema(
    postgres_server: PostgresServer,
) -> None:
    db = open_database(postgres_server.create_database())
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    db.close()
    assert diff == []


def test_on_postgresql_a_first_revision_ledger_upgrades_on_open(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database()
    make_first_revision_ledger(url)
    ledger = Ledger.open(url)  # no file to copy aside: the server's backups (pg_dump) apply
    with ledger.db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        indexes = {ix["name"] for ix in inspect(connection).get_indexes("document")}
    assert "ix_document_type_date_id" in indexes
    invoice = ledger.find_document(DocumentType.INVOICE, 1)
    assert invoice is not None and invoice.totals.gross == Decimal("122.00")
    assert ledger.check() == []
    ledger.close()


def test_the_credit_balance_row_starts_as_the_sum_of_the_credit_ledger(tmp_path: Path) -> None:
    """Revision 0009 keeps the balance in a row; an older ledger gets it from its entries."""

    from ledgerpost.services import credits
    from ledgerpost.storage import credit_repository

    path = tmp_path / "ledger.sqlite3"
    books = Ledger.open(str(path))
    books.create_company(TEST_COMPANY)  # 5 trial credits
    assert credits.add(books, 1000, "INV-7") == 1005
    books.close()
    downgrade(path, "0008", "UPDATE credit_entry SET amount = 995 WHERE amount = 1000")

    books = Ledger.open(str(path))  # upgrades: the row is made from the entries
    with books.db.read() as s:
        assert credit_repository.credit_balance(s) == credit_repository.credit_sum(s) == 1000
    assert credits.balance(books) == 1000
    books.close()


def test_the_head_the_program_knows_is_the_newest_script() -> None:
    """Opening an up-to-date ledger compares its revision with HEAD, without Alembic."""
    from ledgerpost.storage.migrations import HEAD, script_head

    assert script_head() == HEAD


def test_the_balance_has_as_many_slots_as_the_program_spends_from(tmp_path: Path) -> None:
    from ledgerpost.storage.credit_repository import BALANCE_SLOTS

    books = Ledger.open(str(tmp_path / "ledger.sqlite3"))
    with books.db.read() as s:
        slots = s.execute(text("SELECT slot FROM credit_balance ORDER BY slot")).scalars().all()
    books.close()
    assert slots == list(range(BALANCE_SLOTS))


def test_the_last_error_keeps_its_code_and_old_rows_keep_their_text(tmp_path: Path) -> None:
    """Revision 0010 adds the code and values of a message's last error; a row from before
    keeps its English text (shown as it is), and a downgrade keeps every text."""
    import json

    from ledgerpost.domain.outbox import OutboxEvent
    from ledgerpost.storage import outbox_listing
    from ledgerpost.storage import outbox_repository as repo
    from tests.helpers.outbox_rows import T0, add_messages

    path = tmp_path / "books.ledger"
    books = Ledger.open(str(path))
    old, new = add_messages(books, 2)
    books.close()
    said = "The mail server refused the message (554 5.7.1 Spam)."
    downgrade(path, "0009", f"UPDATE outbox_message SET last_error = '{said}' WHERE id = {old}")

    books = Ledger.open(str(path))  # upgrades again
    with books.db.write() as s:
        assert repo.claim(s, [new], "worker-1", T0) == [new]
        values = {"reply": 554, "text": "5.7.1 Spam"}
        repo.settle(
            s,
            new,
            OutboxEvent.PERMANENT,
            claimed_by=None,
            last_error=said,
            last_error_code="mail-refused",
            last_error_params=json.dumps(values),
        )
    with books.db.read() as s:
        by_id = {e.id: e for e in outbox_listing.entries(s)}
    assert (by_id[old].last_error, by_id[old].last_error_code) == (said, "")
    assert by_id[new].last_error_code == "mail-refused"
    assert dict(by_id[new].last_error_params) == values
    books.close()

    downgrade(path, "0009")
    with sqlite3.connect(path) as raw:
        columns = {r[1] for r in raw.execute("PRAGMA table_info(outbox_message)")}
        texts = dict(raw.execute("SELECT id, last_error FROM outbox_message").fetchall())
    assert "last_error_code" not in columns and "last_error_params" not in columns
    assert texts == {old: said, new: said}


def test_revision_0015_carries_matches_over_and_goes_back(tmp_path: Path) -> None:
    """Receipts made before allocations existed settle the invoice their reference names, and
    credit notes the invoice they correct; nothing posted changes. Going back to 0010 drops the
    allocations, the kept amounts and the method."""
    from ledgerpost.services import payments, receivables
    from tests.helpers.books import add_customer, invoice

    path = tmp_path / "ledger.sqlite3"
    books = Ledger.open(str(path))
    books.create_company(TEST_COMPANY)
    customer = add_customer(books)
    assert customer.id is not None
    first = books.save_and_post(invoice(customer, "100", on=dt.date(2026, 1, 5))).document
    second = books.save_and_post(invoice(customer, "50", on=dt.date(2026, 1, 9))).document
    old_style = [
        Document(
            DocumentType.RECEIPT,
            customer.id,
            dt.date(2026, 1, 20),
            "EUR",
            (Line("Payment for INV-1", Decimal(1), Decimal("150"), Decimal(0)),),
            reference=reference,
        )
        for reference in ("INV-1", "inv-1", "bank 77")
    ]
    receipts = [books.save_and_post(r).document for r in old_style]
    note = books.credit_note_for(second.id or 0, on=dt.date(2026, 1, 25))
    assert books.post(note.id or 0).posted
    before = books.documents_by_id([d.id or 0 for d in (first, second, *receipts)])
    books.close()

    downgrade(path, "0010")
    with sqlite3.connect(path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in raw.execute("PRAGMA table_info(document)")}
    assert "allocation" not in tables and not {"method", "allocated_minor"} & columns

    books = Ledger.open(str(path))  # upgrades again, carrying the matches over
    assert books.check() == []
    assert books.documents_by_id(list(before)) == before
    rec1, rec2, rec3 = (r.id or 0 for r in receipts)
    found = payments.allocations(books, first.id or 0)
    made = {(a.source_id, a.target_id, a.amount) for a in found}
    assert made == {(rec1, first.id, Decimal("122.00"))}  # INV-1 is 122.00: 28.00 stay over
    assert payments.allocations(books, rec2) == []  # INV-1 was paid already
    assert payments.allocations(books, rec3) == []  # names no invoice
    items = {i.number: i.open for i in receivables.open_items(books, as_of=dt.date(2026, 2, 1))}
    assert items == {
        "REC-1": Decimal("-28.00"),
        "REC-2": Decimal("-150.00"),
        "REC-3": Decimal("-150.00"),
    }  # INV-2 was credited in full
    books.close()


def test_bytes_composed_when_queued_are_dated_or_dropped_on_a_downgrade(
    tmp_path: Path, demo_template: Path, smtp_server: SmtpTestServer
) -> None:
    """Revision 0029 keeps a message composed as it was queued without its Date line; going
    back to 0028 (whose program takes stored bytes as whole) puts the first attempt's Date in
    front of a message sent, and drops the bytes of one never sent (composed as it is sent)."""
    from ledgerpost.mail.compose import base64_lines
    from ledgerpost.services.printing import print_document
    from ledgerpost.services.sending import SendRequest, queue
    from tests.helpers.mail_queue import connect, deliver, posted_invoices
    from tests.helpers.memory_keyring import memory_keyring

    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    books = Ledger.open(str(path))
    first, second = posted_invoices(books)[:2]
    pdf = print_document(books, first).pdf
    print_document(books, second)
    with memory_keyring():
        connect(books, smtp_server)
        sent = queue(books, SendRequest(document_id=first, to="a@b.ee")).outbox_id
        deliver(books)
        waiting = queue(books, SendRequest(document_id=second, to="c@d.ee")).outbox_id
    (received,) = smtp_server.received
    books.close()

    downgrade(path, "0028")
    with sqlite3.connect(path) as raw:
        rows = dict(raw.execute("SELECT outbox_id, mime FROM outbox_mime").fetchall())
        (at,) = raw.execute(
            "SELECT print_copy_at FROM outbox_mime WHERE outbox_id = ?", (sent,)
        ).fetchone()
        columns = {r[1] for r in raw.execute("PRAGMA table_info(outbox_mime)")}
    assert waiting not in rows and "envelope" not in columns
    assert rows[sent][:at] + base64_lines(pdf) + rows[sent][at:] == received.data

    books = Ledger.open(str(path))  # upgrades again; the one waiting is composed as it is sent
    with memory_keyring():
        connect(books, smtp_server)
        deliver(books)
    books.close()
    later = smtp_server.received[1]
    assert later.rcpt_tos == ("c@d.ee",) and later.data.startswith(b"Date: ")
