"""Stored print copies on a real ledger: printed once, the same bytes ever after."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.i18n.translate import translator
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import (
    find_document_id,
    print_document,
    print_employee_report,
    print_statement,
)
from ledgerpost.storage.print_copies import get_print_copy
from ledgerpost.storage.print_copy_model import PrintCopyRow
from tests.conftest import AS_OF
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.pdf_reading import amount_beside, pdf_text

ROOT = Path(__file__).resolve().parents[2]
pytestmark = BOTH_BACKENDS
TOTAL_LABELS = {
    DocumentType.INVOICE: "Total due",
    DocumentType.CREDIT_NOTE: "Total credited",
    DocumentType.QUOTATION: "Total",
    DocumentType.RECEIPT: "Amount received",
    DocumentType.PAYMENT: "Amount paid",
    DocumentType.PURCHASE_INVOICE: "Total payable",
}


def stored_rows(ledger: Ledger) -> int:
    with ledger.db.read() as session:
        return int(session.scalar(select(func.count(PrintCopyRow.id))) or 0)


def test_the_first_print_is_stored_and_later_prints_return_the_same_bytes(
    demo_ledger: Ledger,
) -> None:
    invoice_id = find_document_id(demo_ledger, DocumentType.INVOICE, "INV-5")
    first = print_document(demo_ledger, invoice_id)
    assert first.stored and not first.draft
    again = print_document(demo_ledger, invoice_id)
    assert again.pdf == first.pdf and again.stored
    with demo_ledger.db.read() as session:
        kept = get_print_copy(session, invoice_id)
    assert kept is not None
    assert kept.sha256 == hashlib.sha256(first.pdf).hexdigest() == first.sha256
    assert kept.file_name == first.file_name and kept.file_name.endswith("INV-5.pdf")
    assert stored_rows(demo_ledger) == 1


def test_a_change_to_company_settings_does_not_alter_a_stored_copy(demo_ledger: Ledger) -> None:
    invoice_id = find_document_id(demo_ledger, DocumentType.INVOICE, "7")
    before = print_document(demo_ledger, invoice_id)
    company = demo_ledger.require_company()
    demo_ledger.update_company(replace(company, name="Renamed Books AS", bank_account="X1"))
    after = print_document(demo_ledger, invoice_id)
    assert after.pdf == before.pdf
    assert "Renamed Books AS" not in pdf_text(after.pdf)
    other = find_document_id(demo_ledger, DocumentType.INVOICE, "8")
    assert "Renamed Books AS" in pdf_text(print_document(demo_ledger, other).pdf)


def test_a_draft_is_marked_and_never_stored(demo_ledger: Ledger) -> None:
    flt = DocumentFilter(state=DocumentState.DRAFT)
    draft = demo_ledger.documents(flt, limit=1)[0]
    assert draft.id is not None
    party = demo_ledger.party(draft.party_id)
    first = print_document(demo_ledger, draft.id)
    second = print_document(demo_ledger, draft.id)
    assert first.draft and second.draft and not first.stored
    assert translator(party.language).gettext("DRAFT") in pdf_text(first.pdf)
    assert stored_rows(demo_ledger) == 0


def test_another_language_is_printed_fresh_and_the_stored_copy_stays(
    demo_ledger: Ledger,
) -> None:
    invoice_id = find_document_id(demo_ledger, DocumentType.INVOICE, "3")
    party = demo_ledger.party(demo_ledger.document(invoice_id).party_id)
    other = "de" if party.language != "de" else "ro"
    translated = print_document(demo_ledger, invoice_id, language=other)
    assert not translated.stored and translated.language == other
    assert stored_rows(demo_ledger) == 0, "a print in another language does not fix the copy"
    kept = print_document(demo_ledger, invoice_id)
    assert kept.stored and kept.language == party.language
    assert print_document(demo_ledger, invoice_id, language=party.language).pdf == kept.pdf
    assert print_document(demo_ledger, invoice_id, language=other).stored is False


@pytest.mark.parametrize("doc_type", list(TOTAL_LABELS))
def test_printed_totals_equal_the_ledgers_totals(
    demo_ledger: Ledger, doc_type: DocumentType
) -> None:
    if doc_type is DocumentType.CREDIT_NOTE:
        invoice_id = find_document_id(demo_ledger, DocumentType.INVOICE, "INV-2")
        draft = demo_ledger.credit_note_for(invoice_id, on=AS_OF)
        assert draft.id is not None and demo_ledger.post(draft.id).posted
    flt = DocumentFilter(type=doc_type, state=DocumentState.POSTED)
    summaries = demo_ledger.documents(flt, limit=3)
    assert summaries
    for summary in summaries:
        assert summary.id is not None
        copy = print_document(demo_ledger, summary.id)
        label = translator(copy.language).gettext(TOTAL_LABELS[doc_type])
        printed = amount_beside(pdf_text(copy.pdf), label, copy.language, summary.currency)
        assert printed == summary.total, summary.display_number


def test_statement_and_employee_report_from_the_ledger(demo_ledger: Ledger) -> None:
    customer = next(p for p in demo_ledger.parties() if p.code == "C0001")
    assert customer.id is not None
    start, end = demo_ledger.documents(limit=1, newest_first=False)[0].date, AS_OF
    statement = demo_ledger.statement(customer.id, start, end)
    copy = print_statement(demo_ledger, customer.id, start, end)
    t = translator(copy.language)
    text = pdf_text(copy.pdf)
    assert customer.name in text
    assert amount_beside(text, t.gettext("Closing balance"), copy.language) == statement.closing
    employee = next(p for p in demo_ledger.parties() if p.code == "E001")
    assert employee.id is not None
    report = print_employee_report(demo_ledger, employee.id, start, end)
    assert employee.name in pdf_text(report.pdf)
    assert not report.stored and stored_rows(demo_ledger) == 0


@pytest.mark.slow
def test_two_processes_printing_first_store_one_copy_and_agree(
    demo_ledger: Ledger, demo_url: str, tmp_path: Path
) -> None:
    invoice_id = find_document_id(demo_ledger, DocumentType.INVOICE, "11")
    db = demo_url
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.print_once", db, str(invoice_id), str(go)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    go.touch()
    results = [worker.communicate(timeout=60)[0].split() for worker in workers]
    assert all(worker.returncode == 0 for worker in workers)
    assert len({sha for sha, _ in results}) == 1
    assert all(stored == "True" for _, stored in results)
    assert stored_rows(demo_ledger) == 1
    assert print_document(demo_ledger, invoice_id).sha256 == results[0][0]


def test_the_logo_from_the_settings_is_printed_on_a_new_copy(demo_ledger: Ledger) -> None:
    import base64
    import io

    from PIL import Image  # reportlab depends on pillow

    from ledgerpost.domain.documents import DocumentState
    from ledgerpost.domain.listing import DocumentFilter
    from ledgerpost.services import settings
    from ledgerpost.services.printing import print_document

    picture = io.BytesIO()
    Image.new("RGB", (120, 40), (200, 30, 30)).save(picture, "PNG")
    logo = base64.b64encode(picture.getvalue()).decode()
    assert settings.save(demo_ledger, {"company.logo": "not a picture"})[0].field == "company.logo"
    assert settings.save(demo_ledger, {"company.logo": logo}) == []
    first = demo_ledger.documents(DocumentFilter(state=DocumentState.POSTED), limit=1)[0]
    copy = print_document(demo_ledger, first.id)
    assert b"/Subtype /Image" in copy.pdf
