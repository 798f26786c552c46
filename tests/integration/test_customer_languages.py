"""An Estonian and an Arabic customer get their invoice, on paper and by mail, in their own
words, formats and direction: the print copy and the message that reaches the server."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.books import invoice
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.pdf_reading import pdf_text, placed_strings
from tests.helpers.smtp_server import SmtpTestServer

PAGE_MIDDLE = 595.27 / 2
NAMES = {"et": "Õunapuu Kõrts OÜ", "ar": "شركة النور للتجارة"}


@pytest.fixture
def mailing(ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[Ledger]:
    with connected(ledger, smtp_server):
        yield ledger


def posted_invoice(ledger: Ledger, language: str) -> int:
    party = ledger.add_party(
        Party(
            PartyKind.CUSTOMER,
            NAMES[language],
            language,
            emails=(EmailAddress(f"books.{language}@example.com", AddressRole.BILLING),),
        )
    )
    # 1,000.00 net + 22 % VAT = 1,220.00, on 5 March 2026.
    draft = ledger.save_draft(invoice(party, "1000", on=dt.date(2026, 3, 5)))
    assert draft.id is not None and ledger.post(draft.id).posted
    return draft.id


def mailed(ledger: Ledger, server: SmtpTestServer, document_id: int) -> EmailMessage:
    result = queue(ledger, SendRequest(document_id=document_id))
    assert result.queued, result
    deliver(ledger)
    message = email.message_from_bytes(server.received[-1].data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def plain(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return part.get_content().replace("\u00a0", " ").replace("\u202f", " ")


def test_an_estonian_customer(mailing: Ledger, smtp_server: SmtpTestServer) -> None:
    document_id = posted_invoice(mailing, "et")
    pdf = print_document(mailing, document_id).pdf
    text = pdf_text(pdf)
    for words in ("Arve", "Kuupäev", "Tasuda kokku", "5. märts 2026", "1 220,00"):
        assert words in text
    assert "1,220.00" not in text and "2026-03-05" not in text
    party_x = [p.x for p in placed_strings(pdf) if "Õunapuu" in p.text]
    assert party_x and party_x[0] < PAGE_MIDDLE, "left to right: the customer on the left"

    message = mailed(mailing, smtp_server, document_id)
    assert message.get_body(("plain",))["Content-Language"] == "et"
    assert str(message["Subject"]).startswith("Arve nr INV-1")
    body = plain(message)
    assert body.startswith("Lugupeetud Õunapuu Kõrts OÜ!")
    assert "kuupäevaga 5. märts 2026 summas 1 220,00 EUR" in body
    html = message.get_body(("html",))
    assert html is not None and 'dir="ltr"' in html.get_content()
    (pdf_part,) = [
        p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"
    ]
    assert pdf_part.get_content() == pdf, "the mail carries the very print copy"


def test_an_arabic_customer(mailing: Ledger, smtp_server: SmtpTestServer) -> None:
    document_id = posted_invoice(mailing, "ar")
    pdf = print_document(mailing, document_id).pdf
    text = pdf_text(pdf)
    for words in ("فاتورة", "التاريخ", "المبلغ المستحق", "05/03/2026", "1,220.00"):
        assert words in text
    placed = placed_strings(pdf)
    party_x = [p.x for p in placed if "النور" in p.text]
    due_x = [p.x for p in placed if "المبلغ المستحق" in p.text]
    assert party_x and party_x[0] > PAGE_MIDDLE, "right to left: the customer on the right"
    assert due_x and due_x[0] < PAGE_MIDDLE, "and the total due at the line's end, on the left"

    message = mailed(mailing, smtp_server, document_id)
    assert message.get_body(("plain",))["Content-Language"] == "ar"
    assert "فاتورة" in str(message["Subject"]) and "INV-1" in str(message["Subject"])
    body = plain(message)
    assert "INV-1" in body and "1,220.00" in body and "05/03/2026" in body
    html = message.get_body(("html",))
    assert html is not None
    assert '<html lang="ar" dir="rtl">' in html.get_content()
    (pdf_part,) = [
        p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"
    ]
    assert pdf_part.get_content() == pdf
