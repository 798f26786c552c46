"""Storage's refusals, a connection test and the user's "marked as sent" are catalogue codes:
the command line says them in its language (German, Arabic), the English stays as it was, and
a row marked as sent before the code was kept reads the same."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.outbox import MARKED_SENT, MARKED_SENT_BEFORE, OutboxStatus
from ledgerpost.domain.parties import ContactPerson, EmailAddress, Party, PartyKind
from ledgerpost.i18n.problems import render, render_line
from ledgerpost.services import outbox, parties, reports
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage.errors import StorageError
from tests.helpers.books import invoice
from tests.helpers.mail_queue import connected
from tests.helpers.outbox_rows import add_messages
from tests.helpers.smtp_server import TEST_USER, SmtpTestServer


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err.strip()


def db_of(ledger: Ledger) -> str:
    return ledger.db.url.removeprefix("sqlite:///")


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERPOST_LANG", "de")


def test_a_ledger_that_is_not_there_is_said_in_german(
    german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = (tmp_path / "nirgends.sqlite3").resolve()
    code, _, err = run(capsys, "--db", str(missing), "journal", "list")
    assert (code, err) == (1, f"unter {missing} gibt es kein Hauptbuch")


def test_a_message_that_is_not_in_the_outbox_in_german_and_arabic(
    ledger: Ledger,
    german: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = db_of(ledger)
    assert run(capsys, "--db", db, "outbox", "mark-sent", "999")[::2] == (
        1,
        "in der Warteschlange gibt es keine Nachricht 999",
    )
    monkeypatch.setenv("LEDGERPOST_LANG", "ar")
    code, _, err = run(capsys, "--db", db, "outbox", "cancel", "999")
    assert (code, err) == (1, "لا توجد الرسالة \u2068999\u2069 في قائمة الإرسال")
    monkeypatch.setenv("LEDGERPOST_LANG", "en")
    assert run(capsys, "--db", db, "outbox", "retry", "999")[2] == (
        "there is no message 999 in the outbox"
    )


def test_an_allocation_that_is_not_there_is_refused_in_german(
    ledger: Ledger, german: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", db_of(ledger), "allocation", "reverse", "41")
    assert (code, err) == (1, "es gibt keine Zuordnung mit der ID 41")


def test_a_storage_refusal_keeps_its_english_and_carries_its_code(ledger: Ledger) -> None:
    card = ledger.add_party(
        Party(
            PartyKind.CUSTOMER,
            "Põhja Puit OÜ",
            "et",
            emails=(EmailAddress("arved@example.com"),),
            contacts=(ContactPerson("Mari Tamm", (EmailAddress("mari@example.com"),)),),
        )
    )
    (mari,) = card.contacts
    ledger.save_and_post(replace(invoice(card), contact_id=mari.id))
    with pytest.raises(StorageError) as caught:
        ledger.update_party(replace(card, contacts=()))
    error = caught.value
    assert str(error) == "Mari Tamm is named on 1 document(s) and cannot be removed from the card"
    assert (error.code, dict(error.values)) == (
        "contact-on-documents",
        {"name": "Mari Tamm", "count": 1},
    )
    assert error.problem is not None
    assert render(error.problem, "de") == (
        "Mari Tamm ist auf Belegen genannt (Anzahl: 1) und kann nicht von der Karte entfernt werden"
    )
    # Saved from the card, the same refusal is the card's problem under its contacts.
    saved = parties.save(ledger, replace(card, contacts=()))
    (problem,) = saved.problems
    assert (problem.code, problem.field) == ("contact-on-documents", "contacts")
    assert render_line(problem, "ar").startswith("\u2068contacts\u2069: \u2068Mari Tamm\u2069")


def test_a_connection_test_answers_in_german(
    demo_ledger: Ledger,
    smtp_server: SmtpTestServer,
    german: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with connected(demo_ledger, smtp_server):
        code, out, _ = run(capsys, "--db", db_of(demo_ledger), "smtp", "test")
    assert code == 0
    said = out.strip()
    assert said.startswith(f"Verbunden mit {smtp_server.host} auf Port {smtp_server.port} mit ")
    assert "STARTTLS (TLSv1." in said and f"angemeldet als {TEST_USER}." in said
    assert said.endswith(" Er nimmt Nachrichten bis 32,0 MB an.")  # the server's SIZE, in German
    assert "Connected" not in said


def test_marked_as_sent_is_kept_as_a_code_and_said_in_german_old_rows_too(
    ledger: Ledger, german: None, capsys: pytest.CaptureFixture[str]
) -> None:
    new, old = add_messages(ledger, 2, status=OutboxStatus.UNCERTAIN)
    for outbox_id in (new, old):
        assert outbox.mark_sent(ledger, outbox_id, "anna") is OutboxStatus.SENT
    with ledger.db.write() as s:
        rows = {row.id: row for row in repo.messages(s, [new, old])}
        assert rows[new].server_reply == MARKED_SENT  # the code, not the words
        rows[old].server_reply = MARKED_SENT_BEFORE  # as a row marked by an older version
    db = db_of(ledger)
    marked = "vom Benutzer als gesendet markiert"

    code, out, _ = run(capsys, "--db", db, "outbox", "list")
    lines = {line.split()[0]: line for line in out.splitlines() if line.split()}
    assert code == 0 and marked in lines[str(new)] and marked in lines[str(old)]

    code, out, _ = run(capsys, "--db", db, "report", "sent")
    assert code == 0 and out.count(marked) == 2 and MARKED_SENT not in out

    code, out, _ = run(capsys, "--db", db, "outbox", "list", "--json")
    replies = {row["id"]: row["server_reply"] for row in json.loads(out)}
    assert replies == {new: MARKED_SENT_BEFORE, old: MARKED_SENT_BEFORE}  # the English words

    report = reports.sent_report(ledger)
    assert [row["server_reply"] for row in report.rows] == [MARKED_SENT_BEFORE] * 2
    assert [p.code if p else None for p in report.replies] == ["outbox-marked-sent"] * 2
