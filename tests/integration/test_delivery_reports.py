"""Delivery reports made by a real Postfix, read back from a real Dovecot over IMAP and parsed.

tests/helpers/postfix and tests/helpers/dovecot start the servers (as root; skipped elsewhere
unless ``CI=true``, where a missing server fails the run).
"""

from __future__ import annotations

import email.utils
import os
import smtplib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import EmailMessage

import pytest

from ledgerpost.domain.smtp import Security, SmtpSettings
from ledgerpost.mail import errors, imap_errors
from ledgerpost.mail.delivery_reports import ReportForm, ReportKind, read_reports
from ledgerpost.mail.imap_session import quoted
from ledgerpost.mail.mailbox import HighWaterMark, ImapSettings, Mailbox, NewMail, move_messages
from ledgerpost.mail.outbox_reference import MatchedBy, make_reference, match_report
from ledgerpost.mail.transport import SmtpTransport
from tests.helpers import dovecot, postfix
from tests.helpers.certificates import HOST
from tests.helpers.dovecot import DovecotServer
from tests.helpers.postfix import RECIPIENT_DOMAIN, SENDER_DOMAIN, PostfixServer

KEY = b"test key for outbox references"
PASSWORD = "pässwörd 1"  # not ASCII: IMAP LOGIN could not send it, AUTHENTICATE PLAIN can
WAIT_SECONDS = 60.0
SENDERS = [f"sender{n}@{SENDER_DOMAIN}" for n in range(1, 41)]
"""A mailbox for each test (Dovecot reads a changed passwd-file at most once a second)."""
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
    users = {address: PASSWORD for address in [*SENDERS, f"good@{RECIPIENT_DOMAIN}"]}
    server = _start_or_skip(lambda: DovecotServer.start(users))
    assert isinstance(server, DovecotServer)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def mta(imap_server: DovecotServer) -> Iterator[PostfixServer]:
    server = _start_or_skip(lambda: PostfixServer.start(imap_server.lmtp_port))
    assert isinstance(server, PostfixServer)
    yield server
    server.stop()


@dataclass(frozen=True)
class Account:
    address: str
    settings: ImapSettings

    def open(self) -> Mailbox:
        return Mailbox.open(self.settings, password=PASSWORD)


@pytest.fixture
def account(imap_server: DovecotServer) -> Account:
    """A mailbox of the test's own (the sender's address, where its reports land)."""
    address = next(_unused)
    ca = str(imap_server.certificate.ca_file)
    settings = ImapSettings(HOST, imap_server.imaps_port, Security.SSL, address, ca)
    return Account(address, settings)


def original(account: Account, to: str, outbox_id: int) -> tuple[str, bytes]:
    msg = EmailMessage()
    msg["From"] = account.address
    msg["To"] = to
    msg["Subject"] = f"Invoice {outbox_id}"
    msg["Date"] = email.utils.formatdate()
    msg["Message-ID"] = message_id = email.utils.make_msgid(domain=SENDER_DOMAIN)
    msg["X-LedgerPost-Outbox"] = make_reference(outbox_id, KEY)
    msg.set_content("Please find the invoice attached.\n")
    return message_id, bytes(msg)


def wait_for(account: Account, count: int, folder: str = "INBOX") -> NewMail:
    deadline = time.monotonic() + WAIT_SECONDS
    with account.open() as mailbox:
        while True:
            found = mailbox.new_messages(folder, None)
            if len(found.messages) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.2)


# --- reports made by Postfix ------------------------------------------------------------------


@pytest.mark.slow
def test_a_refused_address_comes_back_as_a_failed_dsn_for_the_original(
    mta: PostfixServer, account: Account
) -> None:
    message_id, data = original(account, f"unknown@{RECIPIENT_DOMAIN}", 41)
    settings = SmtpSettings(HOST, mta.port, Security.NONE)
    with SmtpTransport(settings, None) as transport:
        transport.send(account.address, [f"unknown@{RECIPIENT_DOMAIN}"], data)
    mail = wait_for(account, 1)
    assert len(mail.messages) == 1, mta.log_tail()
    (report,) = read_reports(mail.messages[0].raw)
    assert (report.kind, report.form, report.status) == (ReportKind.FAILED, ReportForm.DSN, "5.1.1")
    assert report.recipient == f"unknown@{RECIPIENT_DOMAIN}"
    assert "550 5.1.1" in report.diagnostic
    assert report.reporting_mta == postfix.HOSTNAME
    assert report.arrival is not None
    match = match_report(report, KEY)
    assert (match.by, match.message_id, match.outbox_id) == (
        MatchedBy.ORIGINAL_MESSAGE,
        message_id,
        41,
    )


@pytest.mark.slow
def test_notify_success_brings_a_positive_dsn(mta: PostfixServer, account: Account) -> None:
    message_id, data = original(account, f"good@{RECIPIENT_DOMAIN}", 42)
    with smtplib.SMTP(HOST, mta.port, timeout=WAIT_SECONDS) as smtp:
        smtp.sendmail(
            account.address, [f"good@{RECIPIENT_DOMAIN}"], data,
            mail_options=["RET=HDRS", "ENVID=outbox-42"], rcpt_options=["NOTIFY=SUCCESS,FAILURE"],
        )  # fmt: skip
    mail = wait_for(account, 1)
    assert len(mail.messages) == 1, mta.log_tail()
    (report,) = read_reports(mail.messages[0].raw)
    # Postfix says "relayed" for a hand-over by LMTP, "delivered" for its own local mailboxes.
    assert report.kind in (ReportKind.RELAYED, ReportKind.DELIVERED)
    assert report.status.startswith("2.") and report.envelope_id == "outbox-42"
    assert match_report(report, KEY).message_id == message_id


def mdn(account: Account, message_id: str, reader: str) -> bytes:
    """A read receipt as RFC 8098 makes it (its section 9 has the example)."""
    return f"""\
From: {reader}
To: {account.address}
Subject: Read: Invoice 43
Date: {email.utils.formatdate()}
Message-ID: {email.utils.make_msgid(domain=RECIPIENT_DOMAIN)}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="RAA14128"

--RAA14128
Content-Type: text/plain; charset=utf-8

The message sent to {reader} was displayed. This is no guarantee that it was read.

--RAA14128
Content-Type: message/disposition-notification

Reporting-UA: mail.{RECIPIENT_DOMAIN}; Example Mail 1.0
Original-Recipient: rfc822;{reader}
Final-Recipient: rfc822;{reader}
Original-Message-ID: {message_id}
Disposition: manual-action/MDN-sent-manually; displayed

--RAA14128--
""".replace("\n", "\r\n").encode()


def forged_dsn(account: Account, headers: str) -> bytes:
    """A DSN in the right form whose original's headers are ``headers``."""
    return f"""\
From: MAILER-DAEMON@{RECIPIENT_DOMAIN}
To: {account.address}
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.{RECIPIENT_DOMAIN}

Final-Recipient: rfc822; good@{RECIPIENT_DOMAIN}
Action: failed
Status: 5.1.1

--b
Content-Type: text/rfc822-headers

{headers}
--b--
""".replace("\n", "\r\n").encode()


@pytest.mark.slow
def test_a_read_receipt_through_postfix_is_displayed_for_the_right_message(
    mta: PostfixServer, account: Account
) -> None:
    message_id, _ = original(account, f"good@{RECIPIENT_DOMAIN}", 43)
    reader = f"good@{RECIPIENT_DOMAIN}"
    with smtplib.SMTP(HOST, mta.port, timeout=WAIT_SECONDS) as smtp:
        smtp.sendmail("", [account.address], mdn(account, message_id, reader))
    mail = wait_for(account, 1)
    assert len(mail.messages) == 1, mta.log_tail()
    (report,) = read_reports(mail.messages[0].raw)
    assert (report.kind, report.form, report.recipient) == (
        ReportKind.DISPLAYED,
        ReportForm.MDN,
        reader,
    )
    match = match_report(report, KEY)
    assert (match.by, match.message_id) == (MatchedBy.ORIGINAL_MESSAGE_ID, message_id)


@pytest.mark.slow
def test_forged_reports_match_nothing(mta: PostfixServer, account: Account) -> None:
    message_id, _ = original(account, f"good@{RECIPIENT_DOMAIN}", 44)
    mentioned = EmailMessage()
    mentioned["From"], mentioned["To"] = f"someone@{RECIPIENT_DOMAIN}", account.address
    mentioned["Subject"] = "Undelivered Mail Returned to Sender"
    mentioned.set_content(
        f"Your message {message_id} could not be delivered to good@{RECIPIENT_DOMAIN}:\n"
        f"Message-ID: {message_id}\n550 5.1.1 User unknown\n"
    )
    wrong_mac = make_reference(44, b"another key")
    forgeries = [
        bytes(mentioned),
        forged_dsn(account, f"X-LedgerPost-Outbox: {wrong_mac}\n"),
        forged_dsn(account, f"Message-ID: {message_id}\nX-LedgerPost-Outbox: {wrong_mac}\n"),
    ]
    with smtplib.SMTP(HOST, mta.port, timeout=WAIT_SECONDS) as smtp:
        for forgery in forgeries:
            smtp.sendmail("", [account.address], forgery)
    mail = wait_for(account, len(forgeries))
    assert len(mail.messages) == len(forgeries), mta.log_tail()
    reports = [r for fetched in mail.messages for r in read_reports(fetched.raw)]
    assert len(reports) >= 2  # both forged DSNs are read; the text may be taken for a bounce
    assert [match_report(r, KEY) for r in reports if match_report(r, KEY).matched] == []


class FixedToken:
    def access_token(self) -> str:
        return "token"

    def force_refresh(self) -> str:
        return "token"


# --- the mailbox ------------------------------------------------------------------------------


def append(account: Account, folder: str, *subjects: str) -> None:
    with account.open() as mailbox:
        imap = mailbox._imap
        for subject in subjects:
            raw = f"From: a@b.test\r\nSubject: {subject}\r\n\r\nbody\r\n".encode()
            status, said = imap.append(quoted(folder), "", None, raw)
            assert status == "OK", said


def subjects(mail: NewMail) -> list[str]:
    return [email.message_from_bytes(m.raw)["Subject"] for m in mail.messages]


def test_the_high_water_mark_reads_only_new_mail(account: Account) -> None:
    append(account, "INBOX", "one", "two")
    with account.open() as mailbox:
        first = mailbox.new_messages("INBOX", None)
        assert subjects(first) == ["one", "two"] and first.read_again and not first.more
        assert mailbox.new_messages("INBOX", first.mark).messages == ()
    append(account, "INBOX", "three")
    stored = HighWaterMark.from_text(first.mark.to_text())
    with account.open() as mailbox:
        second = mailbox.new_messages("INBOX", stored)
        assert subjects(second) == ["three"] and not second.read_again
        assert second.mark.last_uid > first.mark.last_uid
        batch = mailbox.new_messages("INBOX", None, batch=2)
        assert subjects(batch) == ["one", "two"] and batch.more


def test_a_changed_uidvalidity_reads_the_folder_again(account: Account) -> None:
    with account.open() as mailbox:
        mailbox.ensure_folder("Receipts")
    append(account, "Receipts", "old")
    with account.open() as mailbox:
        mark = mailbox.new_messages("Receipts", None).mark
    with account.open() as mailbox:  # not while selected: Dovecot would hang up
        mailbox._imap.delete(quoted("Receipts"))
        mailbox.ensure_folder("Receipts")
    append(account, "Receipts", "new one", "new two")
    with account.open() as mailbox:
        again = mailbox.new_messages("Receipts", mark)
    assert again.mark.uid_validity != mark.uid_validity
    assert again.read_again and subjects(again) == ["new one", "new two"]


@pytest.mark.parametrize("use_move", [True, False], ids=["move", "copy-delete-expunge"])
def test_moving_takes_only_the_messages_named(account: Account, use_move: bool) -> None:
    append(account, "INBOX", "report", "keep", "report too")
    with account.open() as mailbox:
        found = mailbox.new_messages("INBOX", None)
        chosen = [m.uid for m in found.messages if b"report" in m.raw]
        if use_move:
            target = mailbox.move("INBOX", chosen)
        else:
            target = mailbox.reports_folder()
            mailbox.ensure_folder(target)
            mailbox._select("INBOX", readonly=False)
            move_messages(mailbox._imap, HOST, chosen, target, use_move=False)
        assert target == "LedgerPost/Reports"
        assert subjects(mailbox.new_messages("INBOX", None)) == ["keep"]
        assert subjects(mailbox.new_messages(target, None)) == ["report", "report too"]


def test_starttls_and_the_failures_are_mail_errors(
    imap_server: DovecotServer, account: Account
) -> None:
    starttls = ImapSettings(
        HOST, imap_server.imap_port, Security.STARTTLS, account.address, account.settings.ca_file
    )
    with Mailbox.open(starttls, password=PASSWORD) as mailbox:
        assert mailbox.new_messages("INBOX", None).messages == ()
        with pytest.raises(imap_errors.ImapFolderMissing):
            mailbox.new_messages("No such folder", None)
    with pytest.raises(imap_errors.ImapAuthenticationFailed) as refused:
        Mailbox.open(starttls, password="wrong")
    assert "wrong" not in str(refused.value)
    untrusted = ImapSettings(HOST, imap_server.imaps_port, Security.SSL, account.address)
    with pytest.raises(imap_errors.ImapCertificateNotTrusted):
        Mailbox.open(untrusted, password=PASSWORD)
    with pytest.raises(imap_errors.ImapAuthNotOffered):  # Dovecot here offers no XOAUTH2
        Mailbox.open(account.settings, tokens=FixedToken())
    plain = ImapSettings(HOST, imap_server.imap_port, Security.NONE, account.address)
    with pytest.raises(imap_errors.ImapInsecureAuthRefused):
        Mailbox.open(plain, password=PASSWORD)
    closed = ImapSettings(HOST, imap_server.lmtp_port + 0, Security.SSL, account.address)
    with pytest.raises((errors.TlsFailed, errors.CannotConnect)):
        Mailbox.open(closed, password=PASSWORD)
