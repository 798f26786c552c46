"""A letter batch run again: a letter whose message the user cancelled before it went is
queued again (the same letter, no new number), said so in the preview; one sent or still in
the outbox is never queued twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import PartyKind
from ledgerpost.services import letter_batch, outbox
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.letter_batch import Recipients
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.smtp_server import SmtpTestServer
from tests.integration.test_letter_batch import JAN_5, _letters, _party, _template, books

__all__ = ["books"]  # the fixture, shared with the letter batch's tests
CUSTOMERS_ONLY = Recipients((PartyKind.CUSTOMER,))


def test_a_cancelled_letter_goes_again_with_the_next_run_and_only_once(
    books: Ledger,
    smtp_server: SmtpTestServer,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    anna = _party(books, "Anna Kask")
    _party(books, "Bruno Berg")
    template = letter_batch.from_document(books, _template(books, anna))
    with connected(books, smtp_server):
        first = letter_batch.send(books, template, CUSTOMERS_ONLY, on=JAN_5)
        assert first.queued == 2
        # Nothing delivered yet: a run now queues nothing twice.
        assert letter_batch.send(books, template, CUSTOMERS_ONLY, on=JAN_5).queued == 0
        (annas,) = outbox.entries(books, party_id=anna.id)
        assert outbox.cancel(books, annas.id) is OutboxStatus.CANCELLED
        deliver(books)  # Bruno's goes
        assert len(smtp_server.received) == 1

        seen = letter_batch.preview(books, template, CUSTOMERS_ONLY, on=JAN_5)
        (row,) = seen.rows
        letter = books.document(annas.document_id or 0)
        assert (row.party, row.made, row.cancelled) == ("Anna Kask", letter.display_number, True)
        assert [s.reason for s in seen.skipped] == ["letter-already-made"]  # Bruno's was sent

        assert template.document is not None
        code = main(["--db", str(tmp_path / "books.sqlite3"), "letters", "send", "--letter",
                     str(template.document.id), "--to", "customers", "--preview",
                     "--date", JAN_5.isoformat()])  # fmt: skip
        out = capsys.readouterr().out
        assert code == 0
        assert f"Anna Kask ({letter.display_number} sent again (cancelled before))" in out

        again = letter_batch.send(books, template, CUSTOMERS_ONLY, on=JAN_5)
        assert (again.made, again.queued) == ((), 1)  # the same letter: no new number
        deliver(books)
        assert len(smtp_server.received) == 2
        assert smtp_server.received[-1].rcpt_tos == (anna.emails[0].address,)

        # Sent now: never again.
        last = letter_batch.send(books, template, CUSTOMERS_ONLY, on=JAN_5)
        assert last.queued == 0
        assert {s.reason for s in last.skipped} == {"letter-already-made"}
        deliver(books)
    assert len(smtp_server.received) == 2
    assert _letters(books) == ["LET-1", "LET-2"]
    assert books.check() == []


def test_the_preview_json_says_which_letter_goes_again(
    books: Ledger,
    smtp_server: SmtpTestServer,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    anna = _party(books, "Anna Kask")
    template = letter_batch.from_document(books, _template(books, anna))
    with connected(books, smtp_server):
        letter_batch.send(books, template, CUSTOMERS_ONLY, on=JAN_5)
        (annas,) = outbox.entries(books, party_id=anna.id)
        outbox.cancel(books, annas.id)
        assert template.document is not None
        code = main(["--db", str(tmp_path / "books.sqlite3"), "letters", "send", "--letter",
                     str(template.document.id), "--to", "customers", "--preview",
                     "--json"])  # fmt: skip
    assert code == 0
    (row,) = json.loads(capsys.readouterr().out)["letters"]
    assert (row["made"], row["cancelled_before"]) == ("LET-1", True)
    assert books.find_document(DocumentType.LETTER, 1) is not None
