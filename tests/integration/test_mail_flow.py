"""From 'send' to the server and back: real SMTP on loopback, a real ledger (a SQLite file and a
PostgreSQL database), real PDFs."""

from __future__ import annotations

import email
import email.policy
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services import credits, outbox
from ledgerpost.services.ledger import Ledger
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer

pytestmark = BOTH_BACKENDS
S = OutboxStatus


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def cli(
    capsys: pytest.CaptureFixture[str],
    db: str,
    *argv: str,
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        import io

        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--db", db, *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def smtp_configured(
    demo_ledger: Ledger,
    demo_url: str,
    smtp_server: SmtpTestServer,
    keyring_backend: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """The demo ledger wired to the test server (STARTTLS, AUTH) by the CLI; its --db."""
    db = demo_url
    s = smtp_server.settings()
    code, out, err = cli(
        capsys, db, "smtp", "set", "--host", s.host, "--port", str(s.port),
        "--security", "starttls", "--user", s.user, "--password-stdin", "--ca-file", s.ca_file,
        "--from-address", "billing@example.com", "--from-name", "LedgerPost Demo",
        stdin=TEST_PASSWORD + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0, err
    assert "keyring" in out
    assert TEST_PASSWORD not in out + err
    assert list(keyring_backend.entries.values()) == [TEST_PASSWORD]
    return db


@pytest.fixture
def mailing(smtp_configured: str, demo_ledger: Ledger) -> str:
    """As smtp_configured, with credits enough for any test."""
    credits.add(demo_ledger, 1000, "TEST-TOPUP", "test")
    return smtp_configured


def invoice_with_address(ledger: Ledger) -> int:
    """The number of a posted invoice whose customer has a valid billing address."""
    for summary in ledger.documents(DocumentFilter(type=DocumentType.INVOICE)):
        if summary.number is None:
            continue
        party = ledger.party(summary.party_id)
        if (
            party.emails
            and " " not in party.emails[0].address
            and "@@" not in (party.emails[0].address)
            and not party.emails[0].address.endswith(".")
        ):
            return summary.number
    raise AssertionError("the demo has no invoice to a customer with an address")


def test_smtp_test_answers_in_plain_words(mailing: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, mailing, "smtp", "test")
    assert code == 0 and out.strip()


def test_an_invoice_goes_out_once_with_bcc_only_in_the_envelope(
    mailing: str,
    demo_ledger: Ledger,
    smtp_server: SmtpTestServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    number = str(invoice_with_address(demo_ledger))
    before = credits.balance(demo_ledger)
    code, out, err = cli(
        capsys,
        mailing,
        "send",
        "invoice",
        number,
        "--to",
        '"Müller, Jörg" <joerg@example.de>; anna@example.com',
        "--cc",
        "boss@example.org",
        "--bcc",
        "archive@example.net",
        "--note",
        "Bitte beachten Sie die neue Bankverbindung.",
    )
    assert code == 0, err
    outbox_id = int(out.strip())
    code, out, err = cli(capsys, mailing, "outbox", "run", "--until-idle")
    assert code == 0, err
    assert out.startswith("sent 1,")
    (received,) = smtp_server.received
    assert sorted(received.rcpt_tos) == [
        "anna@example.com",
        "archive@example.net",
        "boss@example.org",
        "joerg@example.de",
    ]
    assert b"archive@example.net" not in received.data
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    assert message["Bcc"] is None
    assert "Müller, Jörg" in str(message["To"])
    assert message["From"].addresses[0].addr_spec == "billing@example.com"
    pdfs = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == 1 and pdfs[0].get_content().startswith(b"%PDF")
    text = message.get_body(("plain",)).get_content()
    assert text.index("neue Bankverbindung") < len(text) // 2
    (entry,) = [e for e in outbox.entries(demo_ledger) if e.id == outbox_id]
    assert entry.status is S.SENT and entry.message_id == message["Message-ID"]
    assert credits.balance(demo_ledger) == before - 1
    # Sending the same invoice again is refused unless asked for.
    code, _, err = cli(capsys, mailing, "send", "invoice", number)
    assert code == 1 and "already sent" in err
    assert "add --resend to send it once more" in err and "Send again" not in err


def test_bad_addresses_are_all_named_and_nothing_is_queued(
    mailing: str, demo_ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    number = str(invoice_with_address(demo_ledger))
    code, out, err = cli(
        capsys,
        mailing,
        "send",
        "invoice",
        number,
        "--to",
        "ok@example.com, bad example.com",
        "--cc",
        "x@@example.org",
    )
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert "bad example.com" in lines[0] and "x@@example.org" in lines[1]
    assert outbox.entries(demo_ledger) == []


def test_a_draft_cannot_be_sent(
    mailing: str, demo_ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    from ledgerpost.services.sending import SendRequest, queue

    draft = next(s for s in demo_ledger.documents() if s.number is None)
    result = queue(demo_ledger, SendRequest(document_id=draft.id, to="a@example.com"))
    assert not result.queued
    assert [p.code for p in result.preflight.problems] == ["not-posted"]


def test_temporary_and_permanent_refusals(
    mailing: str,
    demo_ledger: Ledger,
    smtp_server: SmtpTestServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    number = invoice_with_address(demo_ledger)
    ids = []
    for n in (number, number - 1):
        code, out, _ = cli(
            capsys, mailing, "send", "invoice", str(n), "--to", f"customer{n}@example.com"
        )
        assert code == 0
        ids.append(int(out))
    smtp_server.fail_next(451, at="data")
    smtp_server.fail_next(550, at="rcpt", text="No such mailbox here")
    code, out, _ = cli(capsys, mailing, "outbox", "run", "--once")
    assert code == 0 and "to retry 1" in out and "failed 1" in out
    status = {e.id: e for e in outbox.entries(demo_ledger)}
    assert status[ids[0]].status is S.RETRY
    assert status[ids[1]].status is S.FAILED
    assert "No such mailbox here" in status[ids[1]].last_error
    # The retry goes now (the user asks), with the same Message-ID, and credits match.
    assert outbox.retry(demo_ledger, ids[0]) is S.QUEUED
    cli(capsys, mailing, "outbox", "run")
    (received,) = smtp_server.received
    assert status[ids[0]].message_id.encode() in received.data
    code, out, _ = cli(capsys, mailing, "report", "sent", "--format", "json")
    report = json.loads(out)
    assert report["by_status"] == {"sent": 1, "failed": 1}


def test_a_server_that_is_down_is_retried_until_it_is_back(
    mailing: str,
    demo_ledger: Ledger,
    smtp_server: SmtpTestServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    number = str(invoice_with_address(demo_ledger))
    code, out, _ = cli(capsys, mailing, "send", "invoice", number, "--to", "a@example.com")
    outbox_id = int(out)
    smtp_server.stop()
    code, out, _ = cli(capsys, mailing, "outbox", "run")
    assert code == 0 and "to retry 1" in out
    (entry,) = outbox.entries(demo_ledger)
    assert entry.status is S.RETRY and entry.last_error
    smtp_server.start()
    outbox.retry(demo_ledger, outbox_id)
    code, out, _ = cli(capsys, mailing, "outbox", "run")
    assert out.startswith("sent 1,")
    assert len(smtp_server.received) == 1


def test_without_credit_messages_wait_and_go_after_a_top_up(
    smtp_configured: str,
    demo_ledger: Ledger,
    smtp_server: SmtpTestServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = smtp_configured
    assert credits.balance(demo_ledger) == 5
    invoices = [
        x.number
        for x in demo_ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
        if x.number
    ][:7]
    for n in invoices:
        assert cli(capsys, db, "send", "invoice", str(n), "--to", f"c{n}@example.com")[0] == 0
    code, out, _ = cli(capsys, db, "outbox", "run")
    assert out.startswith("sent 5,") and "waiting for credit 2" in out
    code, out, _ = cli(capsys, db, "credits", "--json")
    assert json.loads(out) == {"balance": 0}
    cli(capsys, db, "credits", "add", "10", "--reference", "INV-2026-1")
    code, out, _ = cli(capsys, db, "outbox", "run")
    assert code == 0 and out.startswith("sent 2,")
    assert len(smtp_server.received) == 7
    assert credits.balance(demo_ledger) == 8


def test_batch_preview_counts_costs_and_names_every_skip(
    mailing: str, demo_ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(
        capsys, mailing, "batch", "invoice", "--numbers", "1-30", "--preview", "--json"
    )
    preview = json.loads(out)
    assert set(preview) == {"count", "cost", "balance", "skipped"}
    assert preview["count"] + len(preview["skipped"]) == 30
    assert preview["cost"] == preview["count"] and preview["balance"] == 1005
    assert all(s["reason"].startswith("no valid address") for s in preview["skipped"])
    assert outbox.entries(demo_ledger) == []
    code, out, _ = cli(capsys, mailing, "batch", "invoice", "--numbers", "1-30", "--json")
    queued = json.loads(out)
    assert code == 0 and queued["queued"] == preview["count"]
    code, out, _ = cli(
        capsys, mailing, "batch", "invoice", "--numbers", "1-30", "--preview", "--json"
    )
    again = json.loads(out)
    assert again["count"] == 0
    reasons = [s["reason"] for s in again["skipped"]]
    assert reasons.count("already in the outbox") == queued["queued"]


def test_test_mode_sends_everything_to_one_address(
    mailing: str,
    demo_ledger: Ledger,
    smtp_server: SmtpTestServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ledgerpost.services import settings

    assert settings.save(demo_ledger, {"mail.test_address": "tester@example.net"}) == []
    number = str(invoice_with_address(demo_ledger))
    cli(
        capsys,
        mailing,
        "send",
        "invoice",
        number,
        "--to",
        "real@example.com",
        "--bcc",
        "hidden@example.com",
    )
    cli(capsys, mailing, "outbox", "run")
    (received,) = smtp_server.received
    assert received.rcpt_tos == ("tester@example.net",)
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    assert message["Subject"].startswith("[TEST to real@example.com]")


def test_a_statement_goes_to_the_statement_address(
    mailing: str,
    demo_ledger: Ledger,
    smtp_server: SmtpTestServer,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    from ledgerpost.domain.parties import PartyKind

    party = next(
        p
        for p in demo_ledger.parties(PartyKind.CUSTOMER)
        if demo_ledger.documents(DocumentFilter(party_id=p.id))
    )
    code, _, err = cli(
        capsys,
        mailing,
        "send",
        "statement",
        "--party",
        str(party.id),
        "--from",
        "2026-01-01",
        "--to",
        "2026-11-23",
        "--to",
        "accounts@example.com",
    )
    assert code == 0, err
    cli(capsys, mailing, "outbox", "run")
    (received,) = smtp_server.received
    assert received.rcpt_tos == ("accounts@example.com",)
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content().startswith(b"%PDF")


def test_statement_batch_previews_and_queues_one_per_customer_with_activity(
    mailing: str,
    demo_ledger: Ledger,
    smtp_server: SmtpTestServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = cli(
        capsys,
        mailing,
        "batch",
        "statement",
        "--dates",
        "2026-01-01..2026-11-23",
        "--preview",
        "--json",
    )
    preview = json.loads(out)
    assert code == 0 and preview["count"] > 0
    assert all("statement" in s["document"] for s in preview["skipped"])
    code, out, _ = cli(
        capsys, mailing, "batch", "statement", "--dates", "2026-01-01..2026-11-23", "--json"
    )
    assert code == 0 and json.loads(out)["queued"] == preview["count"]
    cli(capsys, mailing, "outbox", "run")
    assert len(smtp_server.received) == preview["count"]
    files = {
        part.get_filename()
        for m in smtp_server.received
        for part in email.message_from_bytes(m.data, policy=email.policy.default).iter_attachments()
    }
    assert len(files) == preview["count"]  # one statement per customer, named for them
    code, _, err = cli(capsys, mailing, "batch", "statement", "--numbers", "1-5")
    assert code == 2 and "--dates" in err
