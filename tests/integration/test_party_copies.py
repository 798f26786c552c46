"""A party card's default CC and BCC: checked like every address, kept in the party CSV, and
on every message to the party (one send, a batch) as the real server receives it."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy

from ledgerpost.cli.main import main
from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.i18n.problems import render_line
from ledgerpost.services import batch, credits, outbox, parties, send_form
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, preflight, queue
from ledgerpost.storage import report_repository as report_repo
from tests.conftest import TEST_COMPANY
from tests.helpers.books import invoice
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer

ACCOUNTANT = '"Kask, Anna" <anna.kask@raamatupidaja.ee>'
AUDIT = "audit@example.org"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def customer(ledger: Ledger, name: str, address: str, **copies: tuple[str, ...]) -> Party:
    return ledger.add_party(
        Party(
            PartyKind.CUSTOMER,
            name,
            "et",
            code=name.split()[0].upper(),
            emails=(EmailAddress(address, AddressRole.BILLING),),
            **copies,
        )
    )


@pytest.fixture
def books(
    tmp_path: Path,
    smtp_server: SmtpTestServer,
    keyring_backend: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """Two customers with an invoice each: Mari (CC her accountant, BCC the audit box) and
    Jaan (no copies); the test server set up, credits for any test."""
    db = str(tmp_path / "copies.sqlite3")
    ledger = Ledger.open(db)
    ledger.create_company(TEST_COMPANY)
    mari = customer(
        ledger, "Mari Tamm", "mari@example.com", default_cc=(ACCOUNTANT,), default_bcc=(AUDIT,)
    )
    jaan = customer(ledger, "Jaan Kask", "jaan@example.com")
    for party in (mari, jaan):
        assert ledger.save_and_post(invoice(party, "100", on=dt.date(2026, 3, 2))).posted
    credits.add(ledger, 100, "TEST-TOPUP", "test")
    ledger.close()
    s = smtp_server.settings()
    monkeypatch.setattr("sys.stdin", io.StringIO(TEST_PASSWORD + "\n"))
    code, _, err = run(
        capsys, "--db", db, "smtp", "set", "--host", s.host, "--port", str(s.port),
        "--security", "starttls", "--user", s.user, "--password-stdin", "--ca-file", s.ca_file,
        "--from-address", "billing@example.com",
    )  # fmt: skip
    assert code == 0, err
    return db


def received_by(server: SmtpTestServer, to: str) -> tuple[tuple[str, ...], email.message.Message]:
    (found,) = [r for r in server.received if to in r.rcpt_tos]
    return found.rcpt_tos, email.message_from_bytes(found.data, policy=email.policy.default)


def test_one_send_copies_the_card_cc_and_bcc(
    books: str, smtp_server: SmtpTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", books, "send", "invoice", "1", "--cc", "boss@example.ee")
    assert code == 0, err
    code, _out, err = run(capsys, "--db", books, "outbox", "run", "--until-idle")
    assert code == 0, err
    envelope, message = received_by(smtp_server, "mari@example.com")
    assert sorted(envelope) == sorted(
        ["mari@example.com", "anna.kask@raamatupidaja.ee", "boss@example.ee", AUDIT]
    )
    cc = [a.addr_spec for a in message["Cc"].addresses]
    assert cc == ["anna.kask@raamatupidaja.ee", "boss@example.ee"]
    assert message["Cc"].addresses[0].display_name == "Kask, Anna"
    assert message["Bcc"] is None and AUDIT.encode() not in smtp_server.received[0].data
    ledger = Ledger.open(books)
    (entry,) = outbox.entries(ledger)
    assert "anna.kask@raamatupidaja.ee" in entry.cc and AUDIT in entry.bcc  # recorded
    ledger.close()


def test_the_copies_can_be_left_out_for_one_message(
    books: str, smtp_server: SmtpTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", books, "send", "invoice", "1", "--no-party-copies")
    assert code == 0, err
    assert run(capsys, "--db", books, "outbox", "run", "--until-idle")[0] == 0
    envelope, message = received_by(smtp_server, "mari@example.com")
    assert envelope == ("mari@example.com",) and message["Cc"] is None


def test_a_batch_copies_each_card_its_own(
    books: str, smtp_server: SmtpTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = Ledger.open(books)
    result = batch.queue_batch(ledger, batch.DocumentType.INVOICE, numbers=(1, 2))
    ledger.close()
    assert result.queued == 2 and result.skipped == ()
    assert run(capsys, "--db", books, "outbox", "run", "--until-idle")[0] == 0
    envelope, message = received_by(smtp_server, "mari@example.com")
    assert sorted(envelope) == sorted(["mari@example.com", "anna.kask@raamatupidaja.ee", AUDIT])
    assert [a.addr_spec for a in message["Cc"].addresses] == ["anna.kask@raamatupidaja.ee"]
    envelope, message = received_by(smtp_server, "jaan@example.com")
    assert envelope == ("jaan@example.com",) and message["Cc"] is None


def test_the_send_form_shows_the_copies_in_cc_and_bcc(books: str) -> None:
    ledger = Ledger.open(books)
    form = send_form.load(ledger, SendRequest(document_id=1))
    assert form.request.cc == ACCOUNTANT and form.request.bcc == AUDIT
    assert not form.request.party_copies  # as shown: removing one removes it from the message
    check = preflight(ledger, send_form.replace(form.request, cc=""))
    assert check.ok and check.cc == () and [b.address for b in check.bcc] == [AUDIT]
    ledger.close()


def test_a_bounced_copy_address_is_warned_of_as_a_to_address_is(books: str) -> None:
    ledger = Ledger.open(books)
    earlier = queue(ledger, SendRequest(document_id=2))  # the message the report is about
    assert earlier.outbox_id is not None
    with ledger.db.write() as s:
        at = dt.datetime(2026, 3, 5)
        report_repo.mark_bounced(s, AUDIT, "5.1.1", "no such user", earlier.outbox_id, at)
    check = preflight(ledger, SendRequest(document_id=1))
    assert check.ok
    warned = [(w.code, w.field, w.values["address"]) for w in check.warnings]
    assert ("warn-bounced", "bcc", AUDIT) in warned
    ledger.close()


def test_the_card_addresses_bounce_marks_are_read_once_a_check(books: str) -> None:
    """The check reads the marks of the card's addresses once, bounced or not; only an
    address typed in that is not on the card costs a second read (a batch checks every
    message: that read was a tenth of queueing one)."""
    ledger = Ledger.open(books)
    reads: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "FROM address_bounce" in statement:
            reads.append(statement)

    sqlalchemy.event.listen(ledger.db.engine, "before_cursor_execute", count)
    try:
        assert preflight(ledger, SendRequest(document_id=1)).ok  # the card's own, none bounced
        assert len(reads) == 1
        with ledger.db.write() as s:
            report_repo.mark_bounced(
                s, "typed@example.net", "5.1.1", "no such user", None, dt.datetime(2026, 3, 5)
            )  # type: ignore[arg-type]
        reads.clear()
        check = preflight(ledger, SendRequest(document_id=1, to="typed@example.net"))
        assert len(reads) == 2
        warned = [(w.code, w.field, w.values["address"]) for w in check.warnings]
        assert ("warn-bounced", "to", "typed@example.net") in warned
    finally:
        sqlalchemy.event.remove(ledger.db.engine, "before_cursor_execute", count)
        ledger.close()


def test_invalid_copy_addresses_are_named_with_their_field(ledger: Ledger) -> None:
    card = Party(
        PartyKind.CUSTOMER,
        "Mari Tamm",
        default_cc=("ok@example.com", "anna@raamatupidaja"),
        default_bcc=("audit example.org",),
    )
    result = parties.save(ledger, card)
    assert not result.saved and ledger.parties() == []
    found = [(p.code, p.field) for p in result.problems]
    assert found == [
        ("domain-no-dot", "default cc: anna@raamatupidaja"),
        ("space", "default bcc: audit example.org"),
    ]
    assert render_line(result.problems[0]) == (
        "default cc: anna@raamatupidaja: the domain 'raamatupidaja' has no dot (e.g. example.com)"
    )
    assert "audit example.org" in render_line(result.problems[1], "de")


def test_the_party_csv_keeps_the_copies(
    tmp_path: Path, ledger: Ledger, ledger_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    customer(ledger, "Mari Tamm", "mari@example.com", default_cc=(ACCOUNTANT, "b@example.com"))
    out = tmp_path / "parties.csv"
    assert run(capsys, "--db", ledger_url, "parties", "export", "--out", str(out))[0] == 0
    text = out.read_text(encoding="utf-8")
    assert "default_cc" in text.splitlines()[0]
    changed = text.replace("b@example.com", "c@example.com")
    out.write_text(changed, encoding="utf-8")
    code, _, err = run(capsys, "--db", ledger_url, "parties", "import", str(out))
    assert code == 0, err
    (party,) = ledger.parties()
    assert party.default_cc == (ACCOUNTANT, "c@example.com") and party.default_bcc == ()
    # A file of before (no copy columns) leaves the card's copies as they are.
    old = tmp_path / "old.csv"
    old.write_text("code,name,emails\nMARI,Mari Tamm,billing:mari@example.com\n", "utf-8")
    assert run(capsys, "--db", ledger_url, "parties", "import", str(old))[0] == 0
    assert ledger.parties()[0].default_cc == (ACCOUNTANT, "c@example.com")
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,default_cc\nMARI,Mari Tamm,x@@example.com\n", "utf-8")
    code, _, err = run(capsys, "--db", ledger_url, "parties", "import", str(bad))
    assert code == 1 and "default cc: x@@example.com" in err
