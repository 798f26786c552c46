"""Refusals the services raise are codes: the command line says them in its language, the
English stays as it was, and a message that cannot be composed keeps its reason's code."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.i18n.problems import render_code
from ledgerpost.services import credits, outbox
from ledgerpost.services.errors import LedgerError, NoCompany
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import find_document_id, find_party
from ledgerpost.storage import outbox_repository as repo
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.outbox_rows import add_messages
from tests.helpers.smtp_server import SmtpTestServer


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    _, err = capsys.readouterr()
    return code, err.strip()


@pytest.fixture
def db(demo_ledger: Ledger) -> str:
    return demo_ledger.db.url.removeprefix("sqlite:///")


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERPOST_LANG", "de")


def test_a_missing_document_and_party_in_german(
    db: str, german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.pdf")
    assert run(capsys, "--db", db, "print", "invoice", "999", "--out", out) == (
        1,
        "es gibt keinen Beleg „Rechnung“ mit der Nummer 999",
    )
    period = ("--from", "2026-01-01", "--to", "2026-12-31", "--out", out)
    assert run(capsys, "--db", db, "statement", "NOBODY", *period) == (
        1,
        "es gibt keinen Geschäftspartner mit der Nummer oder dem Code 'NOBODY'",
    )


def test_a_statement_for_a_supplier_is_refused_in_german(
    db: str, demo_ledger: Ledger, german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    supplier = find_party(demo_ledger, "S001")
    period = ("--from", "2026-01-01", "--to", "2026-12-31", "--out", str(tmp_path / "s.pdf"))
    code, said = run(capsys, "--db", db, "statement", "S001", *period)
    assert (code, said) == (1, f"{supplier.name} ist kein Kunde; Kontoauszüge sind für Kunden")


def test_the_demo_refuses_a_ledger_with_books_in_german_and_english(
    db: str, german: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "--db", db, "demo") == (
        1,
        "dieses Hauptbuch hat bereits eine Firma; geben Sie der Demo eine leere --db",
    )
    monkeypatch.setenv("LEDGERPOST_LANG", "en")
    assert run(capsys, "--db", db, "demo") == (
        1,
        "this ledger already has a company; give the demo an empty --db",
    )


def test_a_ledger_without_a_company_says_how_to_start_on_each_surface(tmp_path: Path) -> None:
    error = NoCompany()
    assert "ledgerpost init --company NAME" in str(error)
    assert error.code == "no-company"
    window = render_code("no-company", {}, "de")
    assert window == (
        "dieses Hauptbuch hat noch keine Firma; tragen Sie sie in den Einstellungen auf der "
        "Registerkarte Firma ein"
    )


def test_outbox_refusals_keep_their_english_and_carry_a_code(ledger: Ledger) -> None:
    (sent,) = add_messages(ledger, 1, status=OutboxStatus.SENT)
    with pytest.raises(LedgerError) as caught:
        outbox.cancel(ledger, sent)
    assert str(caught.value) == f"message {sent}: a message that is sent cannot take 'cancel'"
    assert caught.value.code == "outbox-illegal-move"
    assert dict(caught.value.values) == {"message": sent, "status": "sent", "event": "cancel"}
    with pytest.raises(LedgerError) as top_up:
        credits.add(ledger, 0, "INV-1", "anna")
    assert top_up.value.code == "credit-top-up-zero"
    assert str(top_up.value) == "a top-up must add at least one credit"


def test_document_numbers_that_are_no_numbers_are_refused_with_a_code(ledger: Ledger) -> None:
    from ledgerpost.domain.documents import DocumentType

    with pytest.raises(LedgerError) as caught:
        find_document_id(ledger, DocumentType.INVOICE, "INV-x")
    assert caught.value.code == "document-number"
    assert str(caught.value) == "'INV-x' is not a document number such as 17 or INV-17"


def test_a_message_that_cannot_be_composed_keeps_its_reasons_code(
    ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    good, bad = add_messages(ledger, 2)
    with ledger.db.write() as s:
        repo.messages(s, [bad])[0].sender = "not an address"
    with connected(ledger, smtp_server):
        deliver(ledger)
    found = {e.id: e for e in outbox.entries(ledger)}
    assert found[good].status is OutboxStatus.SENT
    entry = found[bad]
    assert entry.status is OutboxStatus.FAILED
    assert entry.last_error == "the From address 'not an address' is not valid"
    assert entry.last_error_code == "sender-invalid"
    said = render_code(entry.last_error_code, dict(entry.last_error_params), "de")
    assert said == "die Absenderadresse 'not an address' ist ungültig"
