"""What comes back after the 250, end to end: invoices sent through a real Postfix, its real
DSNs (and read receipts put in by the test) read from a real Dovecot by ``mailbox check``,
applied to the outbox messages and the party cards.

The servers come from tests/helpers/postfix and tests/helpers/dovecot (as root; skipped
elsewhere unless ``CI=true``, where a missing server fails the run).
"""

from __future__ import annotations

import datetime as dt
import email
import email.utils
import io
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.domain.smtp import Security
from ledgerpost.mail.imap_session import quoted
from ledgerpost.mail.mailbox import ImapSettings, Mailbox
from ledgerpost.mail.outbox_reference import make_reference
from ledgerpost.mail.transport import SmtpTransport
from ledgerpost.services import credits, mailbox_settings, outbox
from ledgerpost.services import settings as settings_service
from ledgerpost.services.delivery.report_headers import reference_key
from ledgerpost.services.delivery.worker import DeliveryWorker
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.mailbox_check import bounced_addresses, check_mailbox
from ledgerpost.services.sending import SendRequest, preflight, queue
from ledgerpost.storage import report_repository as report_repo
from tests.helpers import dovecot, postfix
from tests.helpers.certificates import HOST
from tests.helpers.dovecot import DovecotServer
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.postfix import RECIPIENT_DOMAIN, SENDER_DOMAIN, PostfixServer

PASSWORD = "pässwörd 2"
WAIT_SECONDS = 90.0
SENDERS = [f"books{n}@{SENDER_DOMAIN}" for n in range(1, 21)]
GOOD = f"good@{RECIPIENT_DOMAIN}"
UNKNOWN = f"unknown@{RECIPIENT_DOMAIN}"
ACCOUNT = "default"
"""The sending account the SMTP settings make."""
_unused = iter(SENDERS)


def _start_or_skip(start: Callable[[], object]) -> object:
    try:
        return start()
    except (dovecot.ServerMissing, postfix.ServerMissing) as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must test delivery reports, but {exc}", pytrace=False)
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def imap_server() -> Iterator[DovecotServer]:
    server = _start_or_skip(lambda: DovecotServer.start(dict.fromkeys([*SENDERS, GOOD], PASSWORD)))
    assert isinstance(server, DovecotServer)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def mta(imap_server: DovecotServer) -> Iterator[PostfixServer]:
    server = _start_or_skip(lambda: PostfixServer.start(imap_server.lmtp_port))
    assert isinstance(server, PostfixServer)
    yield server
    server.stop()


def imap_of(server: DovecotServer, address: str) -> ImapSettings:
    ca = str(server.certificate.ca_file)
    return ImapSettings(HOST, server.imaps_port, Security.SSL, address, ca)


@pytest.fixture
def shop(ledger: Ledger, mta: PostfixServer, imap_server: DovecotServer) -> Iterator[Ledger]:
    """The ledger sends through the Postfix as an address of its own, whose mailbox (where the
    reports land) is the sending account's (the settings' one, 'default'); the IMAP password
    in an in-memory keyring."""
    sender = next(_unused)
    values = {
        "smtp.host": HOST,
        "smtp.port": mta.port,
        "smtp.security": "none",
        "smtp.from_address": sender,
        "smtp.from_name": "Test Company OÜ",
    }
    assert settings_service.save(ledger, values) == []
    credits.add(ledger, 1000, "TEST", "test")
    with memory_keyring():
        account = mailbox_settings.MailboxAccount(ACCOUNT, imap_of(imap_server, sender))
        assert mailbox_settings.save(ledger, account) == []
        mailbox_settings.save_password(ledger, ACCOUNT, PASSWORD)
        yield ledger


def customer(ledger: Ledger, name: str, address: str, invoices: int) -> tuple[int, list[int]]:
    party = ledger.add_party(
        Party(PartyKind.CUSTOMER, name, emails=(EmailAddress(address, AddressRole.BILLING),))
    )
    assert party.id is not None
    ids = []
    for n in range(invoices):
        line = Line(f"Work {n}", Decimal(1), Decimal(100 + n), Decimal(22))
        doc = Document(DocumentType.INVOICE, party.id, dt.date(2026, 12, 1), "EUR", (line,))
        result = ledger.save_and_post(doc)
        assert result.posted and result.document.id is not None
        ids.append(result.document.id)
    return party.id, ids


def send(
    ledger: Ledger, documents: list[int], notify: str = "", receipt: bool = False
) -> list[int]:
    """Queue each document to its card's address and deliver them all through the Postfix."""
    ids = []
    for document_id in documents:
        result = queue(ledger, SendRequest(document_id=document_id, read_receipt=receipt))
        assert result.outbox_id is not None, result.preflight.problems
        ids.append(result.outbox_id)
    smtp = settings_service.smtp_settings(ledger)
    assert smtp is not None

    def transport() -> SmtpTransport:
        made = SmtpTransport(smtp, None)
        if notify:
            made.dsn_notify = notify
        return made

    DeliveryWorker(ledger, transport).run_until_idle()
    sent = {e.id for e in outbox.entries(ledger, OutboxStatus.SENT)}
    assert set(ids) <= sent
    return ids


def wait_for(settings: ImapSettings, count: int, mta: PostfixServer) -> list[bytes]:
    """The folder's messages once there are ``count`` (read without touching any mark)."""
    deadline = time.monotonic() + WAIT_SECONDS
    with Mailbox.open(settings, password=PASSWORD) as box:
        while True:
            found = box.new_messages("INBOX", None).messages
            if len(found) >= count:
                return [m.raw for m in found]
            assert time.monotonic() < deadline, mta.log_tail()
            time.sleep(0.3)


def arrived(server: DovecotServer, ledger: Ledger, outbox_id: int, mta: PostfixServer) -> bytes:
    """The message ``outbox_id`` as it reached GOOD's mailbox (shared by the tests)."""
    (entry,) = [e for e in outbox.entries(ledger) if e.id == outbox_id]
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        with Mailbox.open(imap_of(server, GOOD), password=PASSWORD) as box:
            for m in box.new_messages("INBOX", None).messages:
                if entry.message_id.encode() in m.raw:
                    return m.raw
        assert time.monotonic() < deadline, mta.log_tail()
        time.sleep(0.3)


def shop_imap(ledger: Ledger) -> ImapSettings:
    found = mailbox_settings.load(ledger, ACCOUNT)
    assert found is not None
    return found.imap


def delivery_of(ledger: Ledger) -> dict[int, tuple[str, str]]:
    return {e.id: (e.delivery, e.delivery_detail) for e in outbox.entries(ledger)}


def append(settings: ImapSettings, *messages: bytes) -> None:
    with Mailbox.open(settings, password=PASSWORD) as box:
        for raw in messages:
            status, said = box._imap.append(quoted("INBOX"), "", None, raw)
            assert status == "OK", said


def cli(capsys: pytest.CaptureFixture[str], ledger: Ledger, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", ledger.location, *argv])
    out, err = capsys.readouterr()
    return code, out + err


# --- bounces ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_batch_with_an_unknown_address_marks_exactly_those_messages_bounced(
    shop: Ledger, mta: PostfixServer, capsys: pytest.CaptureFixture[str]
) -> None:
    good_party, good_docs = customer(shop, "Kohal OÜ", GOOD, 3)
    gone_party, gone_docs = customer(shop, "Kadunud OÜ", UNKNOWN, 2)
    good_ids = send(shop, good_docs)
    gone_ids = send(shop, gone_docs)
    wait_for(shop_imap(shop), len(gone_ids), mta)  # NOTIFY=FAILURE,DELAY: no success reports

    started = time.monotonic()
    found = check_mailbox(shop, ACCOUNT)
    seconds = time.monotonic() - started
    assert (found.read, found.matched, found.bounced, found.unmatched) == (2, 2, 2, 0), seconds
    outcomes = delivery_of(shop)
    assert {i for i, (d, _) in outcomes.items() if d == "bounced"} == set(gone_ids)
    assert all(outcomes[i] == ("", "") for i in good_ids)
    assert all(UNKNOWN in outcomes[i][1] and "5.1.1" in outcomes[i][1] for i in gone_ids)
    (mark,) = bounced_addresses(shop, gone_party)
    assert (mark.address, mark.status) == (UNKNOWN, "5.1.1") and "550" in mark.text
    assert bounced_addresses(shop, good_party) == []
    # The send dialog warns (and does not refuse) the next time.
    check = preflight(shop, SendRequest(document_id=gone_docs[0], resend=True))
    assert check.ok and [w.code for w in check.warnings] == ["warn-bounced"]

    assert check_mailbox(shop, ACCOUNT).read == 0  # nothing new
    code, out = cli(capsys, shop, "mailbox", "check", "--json")
    assert code == 0 and json.loads(out)["read"] == 0
    # A changed UIDVALIDITY reads the folder again and applies nothing twice.
    with shop.db.write() as s:
        report_repo.put_folder_mark(s, ACCOUNT, "INBOX", "1:0")
    again = check_mailbox(shop, ACCOUNT)
    assert (again.read, again.matched, again.bounced, again.changed) == (2, 2, 0, [])

    code, out = cli(capsys, shop, "outbox", "list", "--status", "bounced", "--json")
    assert code == 0 and sorted(m["id"] for m in json.loads(out)) == sorted(gone_ids)
    code, out = cli(capsys, shop, "report", "sent", "--format", "json")
    rows = {int(m["id"]): m for m in json.loads(out)["messages"]}
    assert code == 0 and {rows[i]["delivery"] for i in gone_ids} == {"bounced"}
    assert "5.1.1" in rows[gone_ids[0]]["delivery_detail"]
    code, out = cli(capsys, shop, "report", "sent", "--format", "csv")
    assert "delivery,delivery_detail" in out.splitlines()[0]


def dsn(to: str, headers: str, recipient: str = GOOD, action: str = "failed") -> bytes:
    return f"""\
From: MAILER-DAEMON@{RECIPIENT_DOMAIN}
To: {to}
Subject: Undelivered Mail Returned to Sender
Message-ID: {email.utils.make_msgid(domain=RECIPIENT_DOMAIN)}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.{RECIPIENT_DOMAIN}

Final-Recipient: rfc822; {recipient}
Action: {action}
Status: {"4.4.1" if action == "delayed" else "5.1.1"}

--b
Content-Type: text/rfc822-headers

{headers}
--b--
""".replace("\n", "\r\n").encode()


# --- delivered, and read --------------------------------------------------------------------


def read_receipt(to: str, message_id: str, reader: str, when: str) -> bytes:
    """A read receipt as RFC 8098 makes it (its section 9 has the example)."""
    return f"""\
From: {reader}
To: {to}
Subject: Read: your invoice
Date: {when}
Message-ID: {email.utils.make_msgid(domain=RECIPIENT_DOMAIN)}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="RAA14128"

--RAA14128
Content-Type: text/plain; charset=utf-8

The message sent to {reader} was displayed.

--RAA14128
Content-Type: message/disposition-notification

Reporting-UA: mail.{RECIPIENT_DOMAIN}; Example Mail 1.0
Final-Recipient: rfc822;{reader}
Original-Message-ID: {message_id}
Disposition: manual-action/MDN-sent-manually; displayed

--RAA14128--
""".replace("\n", "\r\n").encode()


@pytest.mark.slow
def test_a_success_report_delivers_and_a_read_receipt_reads(
    shop: Ledger, mta: PostfixServer, imap_server: DovecotServer
) -> None:
    party, docs = customer(shop, "Lugeja OÜ", GOOD, 1)
    with shop.db.write() as s:  # an earlier bounce, which a later delivery clears
        report_repo.mark_bounced(s, GOOD, "5.2.2", "mailbox full", None, dt.datetime(2026, 1, 1))
    (sent,) = send(shop, docs, notify="SUCCESS,FAILURE", receipt=True)
    wait_for(shop_imap(shop), 1, mta)
    found = check_mailbox(shop)  # the only account
    assert (found.matched, found.delivered, found.unmatched) == (1, 1, 0)
    assert delivery_of(shop)[sent][0] == "delivered"
    assert bounced_addresses(shop, party) == []

    # What the recipient got: our signed reference and the read receipt request.
    headers = email.message_from_bytes(arrived(imap_server, shop, sent, mta))
    assert headers["X-LedgerPost-Outbox"] == make_reference(sent, reference_key(shop))
    asked = email.utils.parseaddr(headers["Disposition-Notification-To"])[1]
    assert asked == email.utils.parseaddr(headers["From"])[1] == shop_imap(shop).user
    message_id = headers["Message-ID"]

    when = "Wed, 02 Dec 2026 09:30:00 +0200"
    append(shop_imap(shop), read_receipt(headers["From"], message_id, GOOD, when))
    account = mailbox_settings.load(shop, ACCOUNT)
    assert account is not None  # matched reports now go to a folder of their own
    assert mailbox_settings.save(shop, replace(account, move_to="LedgerPost/Reports")) == []
    found = check_mailbox(shop, ACCOUNT)
    assert (found.read, found.read_receipts, found.moved) == (1, 1, 1)
    with Mailbox.open(shop_imap(shop), password=PASSWORD) as box:
        assert len(box.new_messages("INBOX", None).messages) == 1  # the success DSN stayed
        moved = box.new_messages("LedgerPost/Reports", None).messages
        assert [message_id.encode() in m.raw for m in moved] == [True]
    (entry,) = [e for e in outbox.entries(shop) if e.id == sent]
    assert entry.delivery == "read" and entry.delivery_at == dt.datetime(2026, 12, 2, 7, 30)
    assert check_mailbox(shop, ACCOUNT).read == 0
    # A late delay report is counted and moves nothing back.
    late = dsn(shop_imap(shop).user, f"Message-ID: {message_id}\n", action="delayed")
    append(shop_imap(shop), late)
    found = check_mailbox(shop, ACCOUNT)
    assert (found.matched, found.delayed, found.changed) == (1, 1, [])
    assert delivery_of(shop)[sent][0] == "read"


# --- forgeries --------------------------------------------------------------------------------


@pytest.mark.slow
def test_forged_reports_change_nothing(
    shop: Ledger, mta: PostfixServer, imap_server: DovecotServer, tmp_path: Path
) -> None:
    _, docs = customer(shop, "Kindel OÜ", GOOD, 1)
    (sent,) = send(shop, docs)
    message_id = email.message_from_bytes(arrived(imap_server, shop, sent, mta))["Message-ID"]
    wrong = make_reference(sent, b"another key")
    right = make_reference(sent, reference_key(shop))
    to = shop_imap(shop).user
    append(
        shop_imap(shop),
        dsn(to, f"Message-ID: {message_id}\nX-LedgerPost-Outbox: {wrong}\n"),  # forged HMAC
        dsn(to, f"Message-ID: <not-ours@{RECIPIENT_DOMAIN}>\n"),  # no reference, not ours
        dsn(to, f"Message-ID: <not-ours@{RECIPIENT_DOMAIN}>\nX-LedgerPost-Outbox: {right}\n"),
        b"From: someone@example.test\r\nSubject: hello\r\n\r\n" + message_id.encode() + b"\r\n",
    )
    found = check_mailbox(shop, ACCOUNT)
    assert (found.read, found.matched, found.unmatched, found.changed) == (4, 0, 3, [])
    assert delivery_of(shop)[sent] == ("", "")
    with shop.db.read() as s:
        assert report_repo.bounces(s, [GOOD]) == {}


def test_account_imap_keeps_the_settings_and_the_password_only_in_the_keyring(
    ledger: Ledger, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with memory_keyring() as keys:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        code, out = cli(
            capsys, ledger, "account", "imap", "shop", "--host", "imap.example.test", "--port",
            "993", "--security", "ssl", "--user", "books@example.test", "--password-stdin",
            "--move-to", "LedgerPost/Reports",
        )  # fmt: skip
        assert code == 0, out
        assert PASSWORD not in out
        assert keys.get_password(mailbox_settings.IMAP_SERVICE, f"{ledger.location}:imap:shop")
    found = mailbox_settings.load(ledger, "shop")
    assert found is not None
    assert (found.imap.host, found.imap.user, found.folder, found.move_to) == (
        "imap.example.test",
        "books@example.test",
        "INBOX",
        "LedgerPost/Reports",
    )
    raw = Path(ledger.location.removeprefix("sqlite:///")).read_bytes()
    assert PASSWORD.encode() not in raw
    code, out = cli(capsys, ledger, "account", "imap", "x", "--host", "a b", "--port", "0",
                    "--security", "ssl")  # fmt: skip
    assert code == 1 and "port" in out


def test_once_there_are_sending_accounts_the_mailbox_must_name_one(
    ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = cli(capsys, ledger, "account", "add", "sales", "--profile", "custom", "--host",
                    "127.0.0.1", "--from-address", f"sales@{SENDER_DOMAIN}")  # fmt: skip
    assert code == 0, out
    imap = ("--host", "imap.example.test", "--port", "993", "--security", "ssl")
    code, out = cli(capsys, ledger, "account", "imap", "shop", *imap)
    assert code == 1 and "sales" not in out and "shop" in out
    code, out = cli(capsys, ledger, "account", "imap", "sales", *imap, "--read-receipts", "on")
    assert code == 0, out
    found = mailbox_settings.load(ledger, "sales")
    assert found is not None and found.read_receipts
    _, docs = customer(ledger, "Vaatleja OÜ", GOOD, 1)
    result = queue(ledger, SendRequest(document_id=docs[0], account="sales"))
    assert result.outbox_id is not None, result.preflight.problems
    with ledger.db.read() as s:  # the account's default: this message asks for a receipt
        assert report_repo.read_receipts(s, [result.outbox_id]) == {result.outbox_id}
