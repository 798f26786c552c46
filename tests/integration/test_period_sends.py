"""Reports over a period by mail: the employee report and the customer statement's open-items
form, through the outbox to a real server, their PDFs read back."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.services import credits, outbox
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_statement
from tests.conftest import TEST_COMPANY
from tests.helpers.books import add_customer, invoice
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.pdf_reading import pdf_text
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer

FEBRUARY = ("--from", "2026-02-01", "--to", "2026-02-28")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def books(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Mari (customer 1): INV-1 122.00 (01-05), INV-2 61.00 (02-01), INV-3 244.00 (02-20), and
    a receipt of 150.00 on 02-10 (INV-1 paid, INV-2 33.00 open); Jaan (customer 2): INV-4
    12.20 (01-10) paid in full; Peeter (employee 3), paid 500 and 120.50 in February."""
    db = str(tmp_path / "periods.sqlite3")
    ledger = Ledger.open(db)
    ledger.create_company(TEST_COMPANY)
    mari = add_customer(ledger)
    jaan = add_customer(ledger, "Jaan Kask", "en")
    ledger.add_party(
        Party(
            PartyKind.EMPLOYEE,
            "Peeter Pärn",
            "de",
            emails=(EmailAddress("peeter@example.com", AddressRole.GENERAL),),
            default_cc=("payroll@example.com",),
        )
    )
    for doc in (
        invoice(mari, "100", on=dt.date(2026, 1, 5)),
        invoice(mari, "50", on=dt.date(2026, 2, 1)),
        invoice(mari, "200", on=dt.date(2026, 2, 20)),
        invoice(jaan, "10", on=dt.date(2026, 1, 10)),
    ):
        assert ledger.save_and_post(doc).posted
    credits.add(ledger, 100, "TEST-TOPUP", "test")
    ledger.close()
    for party, date, amount in (
        ("1", "2026-02-10", "150"), ("2", "2026-01-20", "12.20"),
    ):  # fmt: skip
        code, _, err = run(capsys, "--db", db, "receipt", "add", "--party", party,
                           "--date", date, "--amount", amount)  # fmt: skip
        assert code == 0, err
    for date, amount in (("2026-02-05", "500"), ("2026-02-25", "120.50")):
        code, _, err = run(capsys, "--db", db, "payment", "add", "--party", "3",
                           "--date", date, "--amount", amount)  # fmt: skip
        assert code == 0, err
    return db


@pytest.fixture
def mailing(
    books: str,
    smtp_server: SmtpTestServer,
    keyring_backend: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    s = smtp_server.settings()
    monkeypatch.setattr("sys.stdin", io.StringIO(TEST_PASSWORD + "\n"))
    code, _, err = run(
        capsys, "--db", books, "smtp", "set", "--host", s.host, "--port", str(s.port),
        "--security", "starttls", "--user", s.user, "--password-stdin", "--ca-file", s.ca_file,
        "--from-address", "billing@example.com",
    )  # fmt: skip
    assert code == 0, err
    return books


def deliver(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, _out, err = run(capsys, "--db", db, "outbox", "run", "--until-idle")
    assert code == 0, err


def parsed(server: SmtpTestServer, to: str) -> tuple[tuple[str, ...], EmailMessage]:
    (found,) = [r for r in server.received if to in r.rcpt_tos]
    message = email.message_from_bytes(found.data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return found.rcpt_tos, message


def attached_pdf(message: EmailMessage) -> tuple[str, bytes]:
    (pdf,) = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    return str(pdf.get_filename()), pdf.get_content()


def test_the_employee_report_is_mailed_with_its_pdf(
    mailing: str, smtp_server: SmtpTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        capsys, "--db", mailing, "send", "employee-report", "--party", "3", *FEBRUARY,
        "--cc", "boss@example.com", "--note", "Vielen Dank!",
    )  # fmt: skip
    assert code == 0, err
    deliver(capsys, mailing)
    envelope, message = parsed(smtp_server, "peeter@example.com")
    assert sorted(envelope) == ["boss@example.com", "payroll@example.com", "peeter@example.com"]
    assert str(message["Subject"]).startswith("Ihre Übersicht für 01.02.2026")  # German, the card's
    name, pdf = attached_pdf(message)
    assert name.endswith(".pdf")
    text = pdf_text(pdf)
    assert "Zahlungen an Mitarbeiter" in text and "Peeter Pärn" in text
    assert "500,00" in text and "120,50" in text and "620,50" in text
    assert "Vielen Dank!" in message.get_body(("plain",)).get_content()
    ledger = Ledger.open(mailing)
    (entry,) = outbox.entries(ledger)
    assert entry.document.startswith("employee-report 2026-02-01..2026-02-28")
    ledger.close()


def test_an_employee_report_is_only_for_employees(
    mailing: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "--db", mailing, "send", "employee-report", "--party", "1",
                         *FEBRUARY)  # fmt: skip
    assert code == 1 and "Mari Tamm is not an employee" in err


def test_the_open_items_statement_lists_what_is_open_after_a_partial_receipt(
    books: str,
) -> None:
    ledger = Ledger.open(books)
    start, end = dt.date(2026, 2, 1), dt.date(2026, 2, 28)
    copy = print_statement(ledger, 1, start, end, language="en", form="open-items")
    text = pdf_text(copy.pdf)
    ledger.close()
    assert "Open items" in text and "Total open" in text
    assert "INV-1" not in text  # paid in full by the receipt
    assert "INV-2" in text and "INV-3" in text and "REC-1" not in text
    assert "33.00" in text and "244.00" in text and "277.00" in text
    assert "13" in text.split("INV-2", 1)[1].split("INV-3", 1)[0]  # due 02-15: 13 days overdue
    # As the statement of the same period: every movement, the receipt too.
    full = pdf_text(print_statement(Ledger.open(books), 1, start, end, language="en").pdf)
    assert "Customer statement" in full and "Receipt voucher" in full


def test_print_and_send_the_open_items_form_from_the_command_line(
    mailing: str,
    smtp_server: SmtpTestServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out_pdf = tmp_path / "open.pdf"
    code, _, err = run(capsys, "--db", mailing, "statement", "1", *FEBRUARY, "--open-items",
                         "--out", str(out_pdf), "--lang", "en")  # fmt: skip
    assert code == 0, err
    assert "277.00" in pdf_text(out_pdf.read_bytes())
    code, _out, err = run(capsys, "--db", mailing, "send", "statement", "--party", "1",
                         *FEBRUARY, "--open-items")  # fmt: skip
    assert code == 0, err
    deliver(capsys, mailing)
    _, message = parsed(smtp_server, "mari.tamm@example.com")
    assert str(message["Subject"]).startswith("Tasumata arved seisuga")
    assert "277,00 EUR" in message.get_body(("plain",)).get_content()
    text = pdf_text(attached_pdf(message)[1])
    assert "Tasumata arved" in text and "INV-1" not in text and "277,00" in text


def test_a_statement_batch_sends_either_form(
    mailing: str, smtp_server: SmtpTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    dates = ("--dates", "2026-02-01..2026-02-28")
    code, out, err = run(capsys, "--db", mailing, "batch", "statement", *dates, "--open-items",
                         "--json")  # fmt: skip
    assert code == 0, err
    assert '"queued": 1' in out  # Jaan has nothing open
    code, out, err = run(capsys, "--db", mailing, "batch", "statement", *dates, "--json")
    assert code == 0, err
    assert '"queued": 1' in out  # Jaan had no movement in February and owes nothing
    deliver(capsys, mailing)
    subjects = sorted(str(parsed_one["Subject"]) for parsed_one in _all(smtp_server))
    assert [s.split(" ")[0] for s in subjects] == ["Saldoteatis", "Tasumata"]
    code, out, err = run(capsys, "--db", mailing, "batch", "invoice", "--numbers", "1-2",
                         "--open-items")  # fmt: skip
    assert code == 2 and "--open-items" in err


def _all(server: SmtpTestServer) -> list[EmailMessage]:
    found = []
    for received in server.received:
        message = email.message_from_bytes(received.data, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        found.append(message)
    return found
