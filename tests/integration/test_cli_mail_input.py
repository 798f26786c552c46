"""What the mail commands make of their input: refused input changes nothing; a send time is
taken with an offset or as local time and stored as naive UTC."""

from __future__ import annotations

import datetime as dt
import io
import os
import time
from collections.abc import Iterator

import pytest

from ledgerpost.cli.main import main
from ledgerpost.services import outbox
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice
from tests.helpers.mail_queue import connected
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: str,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--db", db, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_refused_smtp_set_changes_nothing(
    ledger: Ledger,
    ledger_url: str,
    smtp_server: SmtpTestServer,
    keyring_backend: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = smtp_server.settings()
    code, _, err = cli(
        capsys, monkeypatch, ledger_url, "smtp", "set", "--host", s.host, "--port", str(s.port),
        "--security", "starttls", "--user", s.user, "--password-stdin", "--ca-file", s.ca_file,
        stdin=TEST_PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, err
    before = settings_service.load(ledger)
    assert before["smtp.ca_file"]
    code, _, err = cli(
        capsys, monkeypatch, ledger_url, "smtp", "set", "--host", "mail.example.org",
        "--port", "25", "--security", "none", "--user", "someone", "--password-stdin",
        stdin="another secret\n",
    )  # fmt: skip
    assert code == 1
    assert "the password would travel unencrypted" in err
    assert settings_service.load(ledger) == before
    assert list(keyring_backend.entries.values()) == [TEST_PASSWORD]


@pytest.fixture
def tallinn() -> Iterator[None]:
    """Local time is Tallinn's (UTC+2 in December) while the test runs."""
    was = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Tallinn"
    time.tzset()
    yield
    if was is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = was
    time.tzset()


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2026-12-02T06:08:17+00:00", dt.datetime(2026, 12, 2, 6, 8, 17)),
        ("2026-12-02T08:08:17+02:00", dt.datetime(2026, 12, 2, 6, 8, 17)),
        ("2026-12-02T08:08:17", dt.datetime(2026, 12, 2, 6, 8, 17)),  # local, in Tallinn
    ],
)
def test_send_at_takes_an_offset_or_local_time(
    ledger: Ledger,
    ledger_url: str,
    smtp_server: SmtpTestServer,
    tallinn: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    given: str,
    stored: dt.datetime,
) -> None:
    draft = ledger.save_draft(invoice(add_customer(ledger)))
    assert draft.id is not None and ledger.post(draft.id).posted
    with connected(ledger, smtp_server):
        code, _, err = cli(
            capsys, monkeypatch, ledger_url, "send", "invoice", "1", "--send-at", given
        )
    assert code == 0, err
    (entry,) = outbox.entries(ledger)
    assert entry.send_at == stored
