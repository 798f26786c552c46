"""Import rows read into the domain's values, and each bad cell named by its line and column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.import_rows import (
    Row,
    document_from_rows,
    group_document_rows,
)
from ledgerpost.domain.parties import AddressRole, ContactPerson, EmailAddress
from ledgerpost.domain.party_rows import (
    parse_contacts,
    parse_emails,
    party_from_row,
    party_to_row,
)


def test_emails_with_roles_and_contact_persons_read_back_as_written() -> None:
    emails = parse_emails("billing:a@x.ee; statements: b@x.ee ;c@x.ee")
    assert emails == (
        EmailAddress("a@x.ee", AddressRole.BILLING),
        EmailAddress("b@x.ee", AddressRole.STATEMENTS),
        EmailAddress("c@x.ee"),
    )
    assert parse_emails("boss:a@x.ee") == "boss"
    people = parse_contacts("Anna Kask <billing:anna@x.ee; a@x.ee> | Jaan Tamm")
    assert people == (
        ContactPerson(
            "Anna Kask", (EmailAddress("anna@x.ee", AddressRole.BILLING), EmailAddress("a@x.ee"))
        ),
        ContactPerson("Jaan Tamm"),
    )


def test_a_party_row_round_trips() -> None:
    row = Row(
        "line 2",
        {
            "code": "C1",
            "kind": "supplier",
            "name": "Paber AS",
            "language": "et",
            "emails": "billing:a@x.ee",
            "contacts": "Mari <m@x.ee>",
            "city": "Tartu",
        },
    )
    party, problems = party_from_row(row)
    assert problems == [] and party is not None
    again, _ = party_from_row(Row("line 2", party_to_row(party)))
    assert again == party


def test_bad_cells_are_named_by_line_and_column() -> None:
    _, problems = party_from_row(Row("line 9", {"kind": "friend", "emails": "vip:a@x.ee"}))
    assert [p.field for p in problems] == ["line 9: code", "line 9: kind", "line 9: emails"]
    rows = [
        Row(
            "line 4",
            {
                "type": "invoice",
                "party": "C1",
                "date": "2026-13-01",
                "description": "Tea",
                "quantity": "two",
                "unit_price": "1",
            },
        )
    ]
    spec, problems = document_from_rows(rows, "EUR")
    assert spec is None
    assert [(p.code, p.field) for p in problems] == [
        ("import-date", "line 4: date"),
        ("import-number", "line 4: quantity"),
    ]


def test_rows_of_one_document_go_together() -> None:
    rows = [
        Row(
            "line 2",
            {
                "document": "A",
                "type": "invoice",
                "party": "C1",
                "date": "2026-01-05",
                "description": "One",
                "unit_price": "10",
                "vat_rate": "22",
            },
        ),
        Row(
            "line 3",
            {
                "document": "B",
                "type": "letter",
                "party": "C1",
                "date": "2026-01-05",
                "subject": "Hello",
                "body": "Text",
                "greeting": "Regards",
                "signer": "Anna Kask",
                "language": "ET",
            },
        ),
        Row(
            "line 4", {"document": "A", "description": "Two", "quantity": "3", "unit_price": "1.5"}
        ),
    ]
    groups = group_document_rows(rows)
    assert [[r.where for r in g] for g in groups] == [["line 2", "line 4"], ["line 3"]]
    spec, problems = document_from_rows(groups[0], "eur")
    assert problems == [] and spec is not None
    assert (spec.type, spec.date, spec.currency) == (
        DocumentType.INVOICE,
        dt.date(2026, 1, 5),
        "EUR",
    )
    assert [line.quantity for line in spec.lines] == [Decimal(1), Decimal(3)]
    letter, _ = document_from_rows(groups[1], "EUR")
    assert letter is not None and letter.letter is not None and letter.letter.subject == "Hello"
    assert (letter.letter.greeting, letter.letter.signer, letter.letter.language) == (
        "Regards",
        "Anna Kask",
        "et",
    )
