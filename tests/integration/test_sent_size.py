"""The size check measures the message as it will be sent, against the SIZE a real aiosmtpd
announces (150,000 bytes, as a small Postfix may); and a UTF-8 mailbox is refused at queue
time once the connection test has seen a server without SMTPUTF8."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.i18n.problems import render
from ledgerpost.services import mail_account, printing
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, preflight, queue
from tests.helpers.mail_queue import connect
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer

Factory = Callable[..., SmtpTestServer]
LIMIT = 150_000
CSV = "Arve;Klient;Summa\nINV-17;Jüri Õunapuu OÜ;1 234,50 €\n"


def _invoice(ledger: Ledger) -> int:
    return next(
        s.id for s in ledger.documents(DocumentFilter(type=DocumentType.INVOICE)) if s.number
    )


def _server(factory: Factory, **options: object) -> SmtpTestServer:
    return factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD, **options)


def _csv(tmp_path: Path, size: int) -> Path:
    """A UTF-8 CSV of ``size`` bytes."""
    line = CSV.encode("utf-8")
    data = (line * (size // len(line) + 1))[:size]
    while True:  # cut at a whole character
        try:
            data.decode("utf-8")
            break
        except UnicodeDecodeError:
            data = data[:-1] + b"x"
    path = tmp_path / "kontoväljavõte.csv"
    path.write_bytes(data)
    return path


def test_a_65_kb_invoice_goes_through_a_150000_byte_server_measured_to_the_byte(
    demo_ledger: Ledger, smtp_server_factory: Factory, tmp_path: Path
) -> None:
    server = _server(smtp_server_factory, size_limit=LIMIT)
    document_id = _invoice(demo_ledger)
    copy = printing.print_document(demo_ledger, document_id)
    extra = _csv(tmp_path, 65 * 1024 - len(copy.pdf))  # print copy and file: 65 KB
    with memory_keyring():
        connect(demo_ledger, server)
        said = str(mail_account.test_connection(demo_ledger))
        assert "It takes messages of up to 146 KB." in said  # not "0.1 MB"
        request = SendRequest(document_id=document_id, to="a@example.com", attachments=(extra,))
        result = queue(demo_ledger, request)
        assert result.queued, [render(p) for p in result.preflight.problems]
        assert mail_account.deliver(demo_ledger, TEST_PASSWORD).sent == 1
    (received,) = server.received
    assert result.preflight.sent_size == len(received.data) < LIMIT
    parsed = email.message_from_bytes(received.data, policy=email.policy.default)
    pdf, csv = parsed.iter_attachments()
    assert isinstance(pdf, EmailMessage) and isinstance(csv, EmailMessage)
    assert pdf.get_payload(decode=True) == copy.pdf  # the stored copy, byte for byte
    assert csv.get_content_type() == "text/csv" and csv.get_content_charset() == "utf-8"
    assert csv.get_content() == extra.read_bytes().decode("utf-8")
    assert csv.get_filename() == "kontoväljavõte.csv"


def test_a_message_truly_over_the_limit_is_refused_with_its_size_as_sent(
    demo_ledger: Ledger, smtp_server_factory: Factory, tmp_path: Path
) -> None:
    server = _server(smtp_server_factory, size_limit=LIMIT)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(100_000))  # with the print copy: over 146 KB
    with memory_keyring():
        connect(demo_ledger, server)
        mail_account.test_connection(demo_ledger)
        request = SendRequest(document_id=_invoice(demo_ledger), to="a@example.com")
        sent = preflight(demo_ledger, request).sent_size  # the invoice alone fits
        assert 0 < sent < LIMIT
        larger = SendRequest(
            document_id=_invoice(demo_ledger), to="a@example.com", attachments=(scan,)
        )
        result = queue(demo_ledger, larger)
    assert result.outbox_id is None
    (problem,) = [p for p in result.preflight.problems if p.code == "too-large-server"]
    measured = result.preflight.sent_size
    # The invoice's message plus the scan's part: its base64 lines and its headers.
    assert 0 < measured - sent - (100_009 + 2) // 3 * 4 * 78 // 76 < 300
    assert render(problem) == (
        f"with the attachments the message would be {round(measured / 1024)} KB as sent; "
        "the server takes at most 146 KB"
    )
    assert server.received == []


def test_far_below_the_limit_the_print_copy_is_not_measured(
    demo_ledger: Ledger, smtp_server_factory: Factory
) -> None:
    with memory_keyring():
        connect(demo_ledger, _server(smtp_server_factory))  # SIZE 32 MB
        mail_account.test_connection(demo_ledger)
        check = preflight(demo_ledger, SendRequest(document_id=_invoice(demo_ledger)))
    assert check.ok and check.sent_size == 0


UTF8_ADDRESS = "jüri@näide.ee"


def test_a_utf8_mailbox_is_refused_once_the_server_is_known_to_lack_smtputf8(
    demo_ledger: Ledger, smtp_server_factory: Factory
) -> None:
    server = _server(smtp_server_factory, smtputf8=False)
    request = SendRequest(document_id=_invoice(demo_ledger), to=UTF8_ADDRESS)
    with memory_keyring():
        connect(demo_ledger, server)
        # Nothing known of the server yet: no reason to block.
        assert preflight(demo_ledger, request).ok
        mail_account.test_connection(demo_ledger)
        result = queue(demo_ledger, request)
    assert result.outbox_id is None
    (problem,) = [p for p in result.preflight.problems if p.code == "smtputf8-address"]
    assert problem.field == "to"
    said = render(problem)
    assert UTF8_ADDRESS in said and "does not take such addresses" in said
    assert server.host in said
    # A plain mailbox on a UTF-8 domain needs no SMTPUTF8 (the domain goes as xn--).
    plain = SendRequest(document_id=_invoice(demo_ledger), to="juri@näide.ee", resend=True)
    assert preflight(demo_ledger, plain).ok


def test_a_server_with_smtputf8_takes_the_address(
    demo_ledger: Ledger, smtp_server_factory: Factory
) -> None:
    server = _server(smtp_server_factory)  # offers SMTPUTF8
    request = SendRequest(document_id=_invoice(demo_ledger), to=UTF8_ADDRESS)
    with memory_keyring():
        connect(demo_ledger, server)
        mail_account.test_connection(demo_ledger)
        assert queue(demo_ledger, request).queued
        assert mail_account.deliver(demo_ledger, TEST_PASSWORD).sent == 1
    assert server.received[0].smtputf8


def test_delivery_learns_that_the_server_lacks_smtputf8(
    demo_ledger: Ledger, smtp_server_factory: Factory
) -> None:
    server = _server(smtp_server_factory, smtputf8=False)
    with memory_keyring():
        connect(demo_ledger, server)
        first = SendRequest(document_id=_invoice(demo_ledger), to="a@example.com")
        assert queue(demo_ledger, first).queued
        assert mail_account.deliver(demo_ledger, TEST_PASSWORD).sent == 1
        values = settings_service.load(demo_ledger)
        smtp = settings_service.smtp_settings(demo_ledger)
        assert settings_service.smtputf8_offered(values, smtp) is False
        utf8 = SendRequest(document_id=_invoice(demo_ledger), to=UTF8_ADDRESS, resend=True)
        assert [p.code for p in preflight(demo_ledger, utf8).problems] == ["smtputf8-address"]


def test_the_command_line_refuses_it_too_naming_the_address(
    demo_ledger: Ledger,
    demo_url: str,
    smtp_server_factory: Factory,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = _server(smtp_server_factory, smtputf8=False)
    number = next(
        s.number
        for s in demo_ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
        if s.number
    )
    with memory_keyring():
        connect(demo_ledger, server)
        assert main(["--db", demo_url, "smtp", "test"]) == 0
        code = main(["--db", demo_url, "send", "invoice", str(number), "--to", UTF8_ADDRESS])
    _, err = capsys.readouterr()
    assert code == 1
    assert UTF8_ADDRESS in err and "does not take such addresses" in err
