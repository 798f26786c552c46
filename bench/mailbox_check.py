"""How long ``mailbox check`` takes for N reports: N invoices sent through a real Postfix,
N delivery reports (one in ten a bounce) put into the sender's real Dovecot mailbox, then one
check that reads and applies them all, and one that finds nothing new. Run as root (the test
servers' helpers start Postfix and Dovecot).

    .venv/bin/python bench/mailbox_check.py [--count N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.helpers.certificates import HOST
from tests.helpers.dovecot import DovecotServer
from tests.helpers.postfix import RECIPIENT_DOMAIN, SENDER_DOMAIN, PostfixServer

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.parties import AddressRole, Company, EmailAddress, Party, PartyKind
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
from ledgerpost.services.mailbox_check import check_mailbox
from ledgerpost.services.sending import SendRequest, queue

SENDER = f"books@{SENDER_DOMAIN}"
GOOD = f"good@{RECIPIENT_DOMAIN}"
PASSWORD = "bench"


def report(to: str, message_id: str, reference: str, failed: bool) -> bytes:
    action, status = ("failed", "5.1.1") if failed else ("delivered", "2.0.0")
    return f"""\
From: MAILER-DAEMON@{RECIPIENT_DOMAIN}
To: {to}
Subject: Delivery Status Notification
Message-ID: {email.utils.make_msgid(domain=RECIPIENT_DOMAIN)}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.{RECIPIENT_DOMAIN}

Final-Recipient: rfc822; {GOOD}
Action: {action}
Status: {status}

--b
Content-Type: text/rfc822-headers

Message-ID: {message_id}
X-LedgerPost-Outbox: {reference}

--b--
""".replace("\n", "\r\n").encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=500)
    count = parser.parse_args().count
    imap = DovecotServer.start({SENDER: PASSWORD, GOOD: PASSWORD})
    mta = PostfixServer.start(imap.lmtp_port)
    try:
        ledger = Ledger.open(str(Path(tempfile.mkdtemp()) / "bench.sqlite3"))
        ledger.create_company(Company(name="Bench OÜ", currency="EUR", language="en"))
        values = {"smtp.host": HOST, "smtp.port": mta.port, "smtp.security": "none",
                  "smtp.from_address": SENDER}  # fmt: skip
        assert settings_service.save(ledger, values) == []
        credits.add(ledger, count, "BENCH", "bench")
        card = (EmailAddress(GOOD, AddressRole.BILLING),)
        party = ledger.add_party(Party(PartyKind.CUSTOMER, "Vastuvõtja OÜ", emails=card))
        assert party.id is not None
        for n in range(count):
            line = Line(f"Work {n}", Decimal(1), Decimal(100), Decimal(22))
            doc = ledger.save_and_post(
                Document(DocumentType.INVOICE, party.id, dt.date(2026, 12, 1), "EUR", (line,))
            ).document
            assert queue(ledger, SendRequest(document_id=doc.id)).outbox_id is not None
        smtp = settings_service.smtp_settings(ledger)
        assert smtp is not None
        started = time.monotonic()
        DeliveryWorker(ledger, lambda: SmtpTransport(smtp, None)).run_until_idle()
        print(f"sent {count} through Postfix in {time.monotonic() - started:.1f} s")
        settings = ImapSettings(
            HOST, imap.imaps_port, Security.SSL, SENDER, str(imap.certificate.ca_file)
        )
        key = reference_key(ledger)
        with Mailbox.open(settings, password=PASSWORD) as box:
            for n, e in enumerate(outbox.entries(ledger)):
                raw = report(SENDER, e.message_id, make_reference(e.id, key), n % 10 == 0)
                box._imap.append(quoted("INBOX"), "", None, raw)
        assert (
            mailbox_settings.save(ledger, mailbox_settings.MailboxAccount("bench", settings)) == []
        )
        for label in ("first check", "second check"):
            started = time.monotonic()
            found = check_mailbox(ledger, "bench", password=PASSWORD)
            took = time.monotonic() - started
            rate = f", {found.read / took:.0f} reports/s" if found.read else ""
            print(f"{label}: {took:.2f} s for {found.as_json()}{rate}")
    finally:
        mta.stop()
        imap.stop()


if __name__ == "__main__":
    main()
