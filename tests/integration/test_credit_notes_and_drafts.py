"""Credit notes never credit more than is left of their invoice and settle it when posted;
drafts can be deleted, posted documents never, and numbering does not notice. Through the
services and the command line, on real ledger files."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.services import credit_notes, payments
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice

DAY = dt.date(2026, 3, 1)


def posted_invoice(ledger: Ledger, *amounts: str) -> int:
    party = add_customer(ledger)
    result = ledger.save_and_post(invoice(party, *amounts))  # 22 % VAT on each line
    assert result.posted and result.document.id is not None
    return result.document.id


def credit(ledger: Ledger, invoice_id: int, price: str) -> Document:
    draft = credit_notes.new_credit_note(ledger, invoice_id, on=DAY)
    return replace(draft, lines=(Line("returned", Decimal(1), Decimal(price), Decimal(22)),))


def test_the_second_credit_note_may_credit_only_what_is_left(ledger: Ledger) -> None:
    invoice_id = posted_invoice(ledger, "100")  # 122.00
    (target,) = credit_notes.credit_targets(ledger, ledger.document(invoice_id).party_id)
    assert target.left == Decimal("122.00")

    first = ledger.save_and_post(credit(ledger, invoice_id, "60"))  # 73.20
    assert first.posted, first.problems
    assert first.document.display_number == "CN-1"
    # posting settled the invoice as far as the credit note goes (the allocation rules' own)
    (settled,) = payments.allocations(ledger, invoice_id)
    assert (settled.source_id, settled.amount) == (first.document.id, Decimal("73.20"))

    (target,) = credit_notes.credit_targets(ledger, ledger.document(invoice_id).party_id)
    assert target.left == Decimal("48.80")
    second = credit(ledger, invoice_id, "50")  # 61.00 > 48.80
    (problem,) = target.problems(second)
    assert (problem.code, problem.field) == ("credit-too-much", "total")
    refused = ledger.save_and_post(second)
    assert not refused.posted and [p.code for p in refused.problems] == ["credit-too-much"]
    assert refused.problems[0].values["amount"] == Decimal("48.80")
    exact = ledger.save_and_post(replace(refused.document, lines=(
        Line("the rest", Decimal(1), Decimal(40), Decimal(22)),)))  # fmt: skip
    assert exact.posted and exact.document.display_number == "CN-2"
    assert ledger.documents(DocumentFilter(type=DocumentType.INVOICE))[0].open == Decimal(0)
    assert ledger.check() == []


def test_only_a_posted_invoice_gets_a_credit_note(ledger: Ledger) -> None:
    party = add_customer(ledger)
    draft = ledger.save_draft(invoice(party))
    assert draft.id is not None
    with pytest.raises(LedgerError) as refused:
        credit_notes.new_credit_note(ledger, draft.id)
    assert refused.value.code == "credit-not-invoice"


def test_a_draft_is_deleted_and_numbering_goes_on_without_a_gap(ledger: Ledger) -> None:
    invoice_id = posted_invoice(ledger, "10")
    party_id = ledger.document(invoice_id).party_id
    draft = ledger.save_draft(invoice(ledger.party(party_id), "20"))
    assert draft.id is not None and draft.number is None
    gone = ledger.delete_draft(draft.id)
    assert gone.id == draft.id and ledger.count_documents() == 1
    later = ledger.save_and_post(invoice(ledger.party(party_id), "30"))
    assert later.document.display_number == "INV-2"
    with pytest.raises(LedgerError) as refused:
        ledger.delete_draft(invoice_id)
    assert refused.value.code == "delete-posted" and ledger.count_documents() == 2
    assert ledger.check() == []


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_refuses_a_second_credit_note_over_the_rest_and_settles(
    ledger: Ledger, ledger_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invoice_id = posted_invoice(ledger, "100")  # INV-1, 122.00
    party_id = ledger.document(invoice_id).party_id

    def credit_file(name: str, price: str) -> str:
        path = tmp_path / name
        path.write_text(json.dumps([{"type": "credit-note", "party": str(party_id),
            "date": "2026-03-09", "corrects": "INV-1", "lines": [{"description": "back",
            "quantity": 1, "unit_price": price, "vat_rate": 22}]}]), encoding="utf-8")  # fmt: skip
        return str(path)

    code, out, err = run(capsys, "--db", ledger_url, "documents", "add", "--file",
                         credit_file("first.json", "60"), "--post")  # fmt: skip
    assert code == 0, err
    assert out.split("\t")[1] == "CN-1"
    assert sum(a.amount for a in payments.allocations(ledger, invoice_id)) == Decimal("73.20")
    code, out, err = run(capsys, "--db", ledger_url, "documents", "add", "--file",
                         credit_file("second.json", "50"), "--post")  # fmt: skip
    assert code == 1 and "48.80" in err and "INV-1" in err
    assert ledger.count_documents(DocumentFilter(type=DocumentType.CREDIT_NOTE)) == 1
    assert ledger.check() == []


def test_documents_delete_removes_a_draft_by_id_and_refuses_a_number(
    ledger: Ledger, ledger_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    invoice_id = posted_invoice(ledger, "10")
    draft = ledger.save_draft(invoice(ledger.party(ledger.document(invoice_id).party_id)))
    code, out, err = run(capsys, "--db", ledger_url, "documents", "delete", "INV-1")
    assert code != 0 and "INV-1 is posted and cannot be deleted" in err
    code, out, err = run(capsys, "--db", ledger_url, "documents", "delete", "999")
    assert code != 0 and "there is no document 999" in err
    code, out, err = run(capsys, "--db", ledger_url, "documents", "delete", str(draft.id))
    assert code == 0, err
    assert f"Deleted the draft invoice {draft.id}." in out
    assert ledger.count_documents() == 1
