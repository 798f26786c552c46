"""A message whose CC and BCC the server refused (554) is sent to its To only: the sent report
(table, CSV, JSON), the queue and the document's earlier sends say so per address, with the
server's code and text, and BCC stays where it was shown before. A real aiosmtpd refuses the
RCPTs; the ledger is a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.recipient_outcomes import Outcome, recipient_outcomes
from ledgerpost.domain.users import Right
from ledgerpost.services import outbox, reports, send_form
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from ledgerpost.storage.database import ENV_VAR
from tests.helpers import mail_queue
from tests.helpers.mail_queue import connected, deliver, posted_invoices, send_partly_refused
from tests.helpers.smtp_server import SmtpTestServer
from tests.helpers.users import as_user, without

TO, CC, BCC = mail_queue.PARTLY_TO, mail_queue.PARTLY_CC, mail_queue.PARTLY_BCC
REFUSAL = mail_queue.RELAY_DENIED


@pytest.fixture
def partly_sent(demo_ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[int]:
    """One invoice sent to To, its CC and BCC refused with 554; the outbox id."""
    with connected(demo_ledger, smtp_server):
        yield send_partly_refused(demo_ledger, smtp_server)


def entry(ledger: Ledger, outbox_id: int) -> outbox.OutboxEntry:
    return next(e for e in outbox.entries(ledger) if e.id == outbox_id)


def test_each_recipient_has_its_own_outcome(demo_ledger: Ledger, partly_sent: int) -> None:
    found = recipient_outcomes(entry(demo_ledger, partly_sent))
    assert entry(demo_ledger, partly_sent).status is OutboxStatus.SENT
    assert [(r.field.value, r.address, r.outcome) for r in found.recipients] == [
        ("to", TO, Outcome.ACCEPTED),
        ("cc", CC, Outcome.REFUSED),
        ("bcc", BCC, Outcome.REFUSED),
    ]
    assert {(r.code, r.text) for r in found.refused} == {(554, REFUSAL)}
    assert (found.accepted, found.total, found.partly_refused) == (1, 3, True)


def test_the_sent_report_names_every_refusal_in_csv_and_json(
    demo_ledger: Ledger, partly_sent: int
) -> None:
    report = reports.sent_report(demo_ledger)
    row = next(r for r in report.rows if r["id"] == str(partly_sent))
    assert (row["status"], row["accepted"], row["recipients"]) == ("sent", "1", "3")
    assert f"cc {CC}: refused 554 {REFUSAL}" in row["refused"]
    assert f"bcc {BCC}: refused 554 {REFUSAL}" in row["refused"]

    parsed = next(r for r in csv.DictReader(io.StringIO(report.as_csv())) if r["id"] == row["id"])
    assert parsed["accepted"] == "1" and CC in parsed["refused"] and BCC in parsed["refused"]

    message = next(m for m in report.as_json()["messages"] if m["id"] == row["id"])  # type: ignore[attr-defined]
    assert message["recipients"] == [
        {"field": "to", "address": TO, "outcome": "accepted", "code": None, "text": ""},
        {"field": "cc", "address": CC, "outcome": "refused", "code": 554, "text": REFUSAL},
        {"field": "bcc", "address": BCC, "outcome": "refused", "code": 554, "text": REFUSAL},
    ]


def test_a_reader_without_the_contact_right_sees_outcomes_but_no_address(
    demo_ledger: Ledger, partly_sent: int
) -> None:
    clerk = as_user("clerk", without(Right.SEE_CONTACTS))
    report = reports.sent_report(demo_ledger, by=clerk)
    text = json.dumps(report.as_json()) + report.as_csv()
    assert CC not in text and BCC not in text and TO not in text
    message = next(m for m in report.as_json()["messages"] if m["id"] == str(partly_sent))  # type: ignore[attr-defined]
    assert [r["outcome"] for r in message["recipients"]] == ["accepted", "refused", "refused"]
    assert {r["address"] for r in message["recipients"]} == {reports.HIDDEN}


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_report_and_queue_show_the_refusals(
    demo_ledger: Ledger,
    demo_url: str,
    partly_sent: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_VAR, demo_url)
    code, out, _ = cli(capsys, "report", "sent")
    assert code == 0
    row = next(line for line in out.splitlines() if line.strip().startswith(str(partly_sent)))
    assert "1 of 3" in row
    assert f"message {partly_sent}: CC {CC} refused: 554 {REFUSAL}" in out
    assert f"message {partly_sent}: BCC {BCC} refused: 554 {REFUSAL}" in out

    code, out, _ = cli(capsys, "outbox", "list")
    assert code == 0 and "1 of 3" in out and f"CC {CC} refused: 554" in out
    code, out, _ = cli(capsys, "outbox", "list", "--json")
    listed = next(m for m in json.loads(out) if m["id"] == partly_sent)
    assert listed["accepted"] == 1
    assert [r["outcome"] for r in listed["recipients"]] == ["accepted", "refused", "refused"]
    number = entry(demo_ledger, partly_sent).document.split("-")[-1]
    code, out, _ = cli(capsys, "outbox", "list", "--document", "invoice", number)
    assert code == 0 and f"CC {CC} refused: 554 {REFUSAL}" in out  # the document's history
    table = [line.split()[0] for line in out.splitlines()[2:] if not line.startswith("message")]
    assert table == [str(partly_sent)]
    code, out, _ = cli(capsys, "outbox", "list", "--document", "invoice", "999")
    assert code == 1 and "CC" not in out
    code, out, _ = cli(capsys, "report", "sent", "--format", "json")
    listed = next(m for m in json.loads(out)["messages"] if m["id"] == str(partly_sent))
    assert listed["recipients"][2]["code"] == 554


def test_the_documents_earlier_sends_say_which_addresses_were_refused(
    demo_ledger: Ledger, partly_sent: int
) -> None:
    document_id = entry(demo_ledger, partly_sent).document_id
    form = send_form.load(demo_ledger, SendRequest(document_id=document_id))
    (earlier,) = form.earlier
    assert (earlier.accepted, earlier.total) == (1, 2)  # To and CC: what the panel shows
    assert [(r.field.value, r.address, r.code) for r in earlier.refused] == [("cc", CC, 554)]
    assert BCC not in repr(earlier)  # the earlier sends never showed BCC


def test_a_message_refused_for_every_recipient_keeps_each_refusal(
    demo_ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    with connected(demo_ledger, smtp_server):
        smtp_server.refuse_recipient(TO, 550, "5.1.1 No such user")
        smtp_server.refuse_recipient(CC, 554, REFUSAL)
        request = SendRequest(document_id=posted_invoices(demo_ledger)[1], to=TO, cc=CC)
        outbox_id = queue(demo_ledger, request).outbox_id
        assert outbox_id is not None
        deliver(demo_ledger)
    failed = entry(demo_ledger, outbox_id)
    assert failed.status is OutboxStatus.FAILED
    found = recipient_outcomes(failed)
    assert [(r.address, r.outcome, r.code) for r in found.recipients] == [
        (TO, Outcome.REFUSED, 550),
        (CC, Outcome.REFUSED, 554),
    ]
    clerk = as_user("clerk", without(Right.SEE_CONTACTS))
    hidden = reports.sent_report(demo_ledger, by=clerk)
    row = next(r for r in hidden.rows if r["id"] == str(outbox_id))
    assert row["server_reply"] == reports.HIDDEN  # the server's words quote the addresses
    assert TO not in hidden.as_csv() and CC not in json.dumps(hidden.as_json())
