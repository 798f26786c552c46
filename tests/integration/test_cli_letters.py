"""``ledgerpost letters send`` over a real ledger file and a real SMTP server: the preview
names who gets the letter and who not, the run makes and queues them as one batch, and the
same command again makes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.services.ledger import Ledger
from tests.conftest import TEST_COMPANY
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.smtp_server import SmtpTestServer


def test_letters_send_previews_queues_and_never_twice(
    tmp_path: Path, smtp_server: SmtpTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "books.sqlite3"
    books = Ledger.open(str(path))
    books.create_company(TEST_COMPANY)
    for name, language in (("Mari Tamm", "et"), ("Hans Weber", "de")):
        slug = name.split()[0].lower()
        books.add_party(
            Party(
                PartyKind.CUSTOMER,
                name,
                language,
                emails=(EmailAddress(f"{slug}@example.com", AddressRole.BILLING),),
            )
        )
    books.add_party(Party(PartyKind.CUSTOMER, "No Address Ltd", "en"))
    body = tmp_path / "body.txt"
    body.write_text("Our office moves.\n\n- new street 1\n- same phone", encoding="utf-8")
    argv = ["--db", str(path), "letters", "send", "--subject", "We move", "--body-file", str(body)]
    argv += ["--signer", "Anna Kask", "--to", "customers"]
    with connected(books, smtp_server):
        assert main([*argv, "--preview"]) == 0
        out = capsys.readouterr().out
        assert "2 letter(s) to send, costing 2 credit(s)" in out
        assert "skipped No Address Ltd:" in out and "Mari Tamm" in out
        assert main([*argv, "--json"]) == 0
        made = json.loads(capsys.readouterr().out)
        assert sorted(made["made"]) == ["LET-1", "LET-2"] and made["queued"] == 2
        assert [s["reasons"] for s in made["skipped"]] == [["no-recipient"]]
        deliver(books)
        assert main(argv) == 0
        again = capsys.readouterr().out
        assert "0 letter(s) made, 0 queued, 3 skipped." in again
        assert "already has this letter (LET-" in again
        assert main([*argv, "--language", "de", "--preview", "--json"]) == 0
        only = json.loads(capsys.readouterr().out)
        assert only["count"] == 0 and [s["party"] for s in only["skipped"]] == ["Hans Weber"]
    books.close()
    assert sorted(r.rcpt_tos for r in smtp_server.received) == [
        ("hans@example.com",),
        ("mari@example.com",),
    ]
