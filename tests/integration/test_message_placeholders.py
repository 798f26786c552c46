"""Every message that can be sent fills every placeholder of its template: each document type,
the statement (both forms) and the employee report, in each of the six languages, as the send
dialog and the outbox get it."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from ledgerpost.domain.documents import Document, DocumentType, Letter, Line, amount_line
from ledgerpost.domain.parties import LANGUAGES, AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.domain.templates import EMPLOYEE_REPORT, KINDS, OPEN_ITEMS, STATEMENT
from ledgerpost.mail.templates import load_template
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import Preflight, SendRequest, preflight

ON = dt.date(2026, 3, 5)
PERIOD = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
SENDABLE = KINDS  # the reports over a period too
_TOKEN = re.compile(r"\{(\w+)\}")


def _party(ledger: Ledger, kind: PartyKind, language: str) -> Party:
    return ledger.add_party(
        Party(
            kind,
            f"{kind.value} {language}",
            language,
            emails=(EmailAddress(f"{kind.value}.{language}@example.com", AddressRole.GENERAL),),
        )
    )


def _posted(ledger: Ledger, document: Document) -> Document:
    draft = ledger.save_draft(document)
    assert draft.id is not None
    result = ledger.post(draft.id)
    assert result.posted, result
    return ledger.document(draft.id)


def _documents(ledger: Ledger, language: str) -> dict[str, SendRequest]:
    customer = _party(ledger, PartyKind.CUSTOMER, language)
    supplier = _party(ledger, PartyKind.SUPPLIER, language)
    assert customer.id is not None and supplier.id is not None
    lines = (Line("Consulting", Decimal(1), Decimal("1000"), Decimal(22)),)
    money = amount_line(Decimal("1220"))
    later = ON + dt.timedelta(days=30)
    made = {
        # No due date of its own: the payment terms give it one, as on the print copy.
        DocumentType.INVOICE: Document(DocumentType.INVOICE, customer.id, ON, "EUR", lines),
        DocumentType.QUOTATION: Document(
            DocumentType.QUOTATION, customer.id, ON, "EUR", lines, due_date=later
        ),
        # Receipts and payments are amounts: no VAT.
        DocumentType.RECEIPT: Document(DocumentType.RECEIPT, customer.id, ON, "EUR", money),
        DocumentType.PAYMENT: Document(DocumentType.PAYMENT, supplier.id, ON, "EUR", money),
        DocumentType.PURCHASE_INVOICE: Document(
            DocumentType.PURCHASE_INVOICE, supplier.id, ON, "EUR", lines, due_date=later
        ),
        DocumentType.LETTER: Document(
            DocumentType.LETTER,
            customer.id,
            ON,
            "EUR",
            letter=Letter("Our new address", "We have moved."),
        ),
        # A reminder run mails its level's own words; these are a reminder sent by hand.
        DocumentType.REMINDER: Document(
            DocumentType.REMINDER,
            customer.id,
            ON,
            "EUR",
            letter=Letter("Payment reminder", "INV-1 is open."),
        ),
    }
    requests = {}
    for kind, document in made.items():
        posted = _posted(ledger, document)
        requests[kind.value] = SendRequest(document_id=posted.id)
        if kind is DocumentType.INVOICE:
            credit = Document(
                DocumentType.CREDIT_NOTE,
                customer.id,
                ON,
                "EUR",
                (Line("Discount", Decimal(1), Decimal("100"), Decimal(22)),),
                credited_document_id=posted.id,
            )
            requests[DocumentType.CREDIT_NOTE.value] = SendRequest(
                document_id=_posted(ledger, credit).id
            )
    requests[STATEMENT] = SendRequest(party_id=customer.id, period=PERIOD)
    requests[OPEN_ITEMS] = SendRequest(party_id=customer.id, period=PERIOD, report=OPEN_ITEMS)
    employee = _party(ledger, PartyKind.EMPLOYEE, language)
    requests[EMPLOYEE_REPORT] = SendRequest(
        party_id=employee.id, period=PERIOD, report=EMPLOYEE_REPORT
    )
    return requests


def _filled_values(template_text: str, filled: str) -> dict[str, str]:
    """What each placeholder of ``template_text`` became in ``filled``."""
    names: list[str] = []
    pattern = ""
    for piece in re.split(r"(\{\w+\})", template_text):
        found = _TOKEN.fullmatch(piece)
        if found:
            pattern += f"(?P<p{len(names)}>.*?)"
            names.append(found.group(1))
        else:
            pattern += re.escape(piece)
    match = re.fullmatch(pattern, filled, re.DOTALL)
    assert match, (template_text, filled)
    return {name: match.group(f"p{i}") for i, name in enumerate(names)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_placeholder_renders_empty(ledger: Ledger, language: str) -> None:
    requests = _documents(ledger, language)
    assert set(requests) == set(SENDABLE)
    for kind, request in requests.items():
        check: Preflight = preflight(ledger, request)
        assert check.language == language
        template = load_template(kind, language)
        for part, filled in (("subject", check.subject), ("body", check.body)):
            values = _filled_values(getattr(template, part), filled)
            empty = [name for name, value in values.items() if not value.strip()]
            assert not empty, f"{kind} in {language}: {part} leaves {empty} empty: {filled!r}"


def test_the_statement_names_its_closing_date_and_balance(ledger: Ledger) -> None:
    requests = _documents(ledger, "en")
    body = preflight(ledger, requests[STATEMENT]).body
    # 1,220.00 invoiced, 122.00 credited, 1,220.00 received: 122.00 owed back.
    assert "The balance on Mar 31, 2026 is -122.00 EUR." in body.replace("\u00a0", " "), body


@pytest.mark.parametrize("kind", [DocumentType.QUOTATION, DocumentType.PURCHASE_INVOICE])
def test_a_document_without_the_due_date_its_message_names_is_refused(
    ledger: Ledger, kind: DocumentType
) -> None:
    """A quotation's "valid until" and a purchase invoice's "payment planned by" come from its
    own due date (no payment terms give one): without it the message is not sent with a gap."""
    party_kind = PartyKind.SUPPLIER if kind is DocumentType.PURCHASE_INVOICE else PartyKind.CUSTOMER
    party = _party(ledger, party_kind, "de")
    assert party.id is not None
    lines = (Line("Consulting", Decimal(1), Decimal("1000"), Decimal(22)),)
    posted = _posted(ledger, Document(kind, party.id, ON, "EUR", lines))
    check = preflight(ledger, SendRequest(document_id=posted.id))
    assert not check.ok
    template_problems = [p for p in check.problems if p.code.startswith("template-")]
    assert [(p.code, p.field, p.values) for p in template_problems] == [
        ("template-value", "body", {"placeholder": "{due_date}"})
    ]
    # A message the user wrote instead is theirs: nothing in it is left unfilled.
    typed = preflight(ledger, SendRequest(document_id=posted.id, body="Anbei unser Angebot."))
    assert not [p for p in typed.problems if p.code.startswith("template-")], typed.problems
