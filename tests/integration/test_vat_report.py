"""The VAT report: its totals equal the journal's VAT accounts for any period, every figure
is traceable to documents, and it comes out as a table, CSV, JSON and a PDF in six languages."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.parties import LANGUAGES, Company, Party, PartyKind
from ledgerpost.services import vat_reports
from ledgerpost.services.ledger import Ledger
from tests.helpers.pdf_reading import pdf_text

START = dt.date(2026, 1, 1)
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999.99"), places=2)
quantities = st.decimals(min_value=Decimal("0.5"), max_value=Decimal("40"), places=1)
rates = st.sampled_from([Decimal(0), Decimal(9), Decimal(20), Decimal(22), Decimal("5.5")])
lines = st.lists(
    st.builds(Line, st.just("Work"), quantities, amounts, rates), min_size=1, max_size=4
).map(tuple)
kinds = st.sampled_from(
    [DocumentType.INVOICE, DocumentType.CREDIT_NOTE, DocumentType.PURCHASE_INVOICE]
)
documents = st.lists(
    st.tuples(kinds, st.integers(0, 120), lines, st.booleans()), min_size=1, max_size=8
)
periods = st.tuples(st.integers(0, 120), st.integers(0, 120)).map(sorted)


def _books(folder: Path, made: list[tuple[DocumentType, int, tuple[Line, ...], bool]]) -> Ledger:
    ledger = Ledger.open(str(folder / "vat.sqlite3"))
    ledger.create_company(Company("VAT Test OÜ", currency="EUR"))
    customer = ledger.add_party(Party(PartyKind.CUSTOMER, "Mari Tamm", "et"))
    supplier = ledger.add_party(Party(PartyKind.SUPPLIER, "Paber AS", "et"))
    assert customer.id is not None and supplier.id is not None
    invoices: list[int] = []  # posted and not credited yet
    for kind, day, its_lines, posted in made:
        date = START + dt.timedelta(days=day)
        party = supplier.id if kind is DocumentType.PURCHASE_INVOICE else customer.id
        credited = None
        if kind is DocumentType.CREDIT_NOTE:
            if not invoices:
                continue
            credited = invoices.pop()  # each invoice credited once, by its first line
            original = ledger.document(credited)
            date = max(date, original.date)
            its_lines = original.lines[:1]  # never more than the invoice it corrects
        draft = ledger.save_draft(
            Document(kind, party, date, "EUR", its_lines, credited_document_id=credited)
        )
        assert draft.id is not None
        if posted or kind is DocumentType.INVOICE:
            result = ledger.post(draft.id)
            assert result.posted, result
            if kind is DocumentType.INVOICE:
                invoices.append(draft.id)
    return ledger


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, periods)
def test_the_report_equals_the_journal_for_any_period(
    made: list[tuple[DocumentType, int, tuple[Line, ...], bool]], period: list[int]
) -> None:
    start, end = (START + dt.timedelta(days=n) for n in period)
    with tempfile.TemporaryDirectory() as folder:
        ledger = _books(Path(folder), made)
        try:
            found, others = vat_reports.report(ledger, start, end)
            journal = vat_reports.journal_vat(ledger, start, end, "EUR")
        finally:
            ledger.close()
    assert others == ()
    assert found.output_vat == journal.output_vat
    assert found.input_vat == journal.input_vat
    assert found.net_due == journal.output_vat - journal.input_vat
    for line in (*found.output, *found.input):  # each line is the sum of its documents
        assert line.vat == sum((d.vat for d in line.documents), Decimal(0))
        assert line.net == sum((d.net for d in line.documents), Decimal(0))
        assert all(start <= d.date <= end for d in line.documents)


@pytest.fixture
def vat_ledger(tmp_path: Path) -> str:
    lines_22 = (Line("Consulting", Decimal(2), Decimal("500"), Decimal(22)),)
    mixed = (
        Line("Book", Decimal(1), Decimal("40"), Decimal(9)),
        Line("Desk", Decimal(1), Decimal("300"), Decimal(22)),
    )
    ledger = _books(
        tmp_path,
        [
            (DocumentType.INVOICE, 5, lines_22, True),  # 1,000 net, 220 VAT
            (DocumentType.INVOICE, 20, mixed, True),  # 40 @ 9 % (3.60), 300 @ 22 % (66)
            (DocumentType.CREDIT_NOTE, 25, (), True),  # credits INV-2's book: -40 / -3.60
            (DocumentType.PURCHASE_INVOICE, 10, lines_22[:1], True),  # input 220
            (DocumentType.PURCHASE_INVOICE, 15, mixed, False),  # a draft: not in the report
            (DocumentType.INVOICE, 60, lines_22, True),  # after the period
        ],
    )
    ledger.close()
    return str(tmp_path / "vat.sqlite3")


def test_the_cli_gives_rates_documents_and_the_amount_due(
    vat_ledger: str, capsys: pytest.CaptureFixture[str]
) -> None:
    period = ["--from", "2026-01-01", "--to", "2026-01-31"]
    assert main(["--db", vat_ledger, "vat-report", *period, "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["output_vat"], found["input_vat"], found["net_due"]) == (
        "286.00",
        "220.00",
        "66.00",
    )
    assert [(r["side"], r["rate"], r["net"], r["vat"]) for r in found["rates"]] == [
        ("output", "22", "1300.00", "286.00"),
        ("output", "9", "0.00", "0.00"),  # the book, invoiced and credited
        ("input", "22", "1000.00", "220.00"),
    ]
    by_document = {(r["document"], r["rate"]): r["vat"] for r in found["documents"]}
    assert by_document[("INV-1", "22")] == "220.00"
    assert by_document[("CN-1", "9")] == "-3.60"

    assert main(["--db", vat_ledger, "vat-report", *period, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sum(Decimal(r["vat"]) for r in rows if r["side"] == "output") == Decimal("286.00")
    assert {r["document"] for r in rows} == {"INV-1", "INV-2", "CN-1", "PINV-1"}

    assert main(["--db", vat_ledger, "vat-report", *period]) == 0
    assert "VAT due 66.00" in capsys.readouterr().out


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_names_every_document_in_each_language(
    vat_ledger: str, tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"vat-{language}.pdf"
    argv = ["--db", vat_ledger, "vat-report", "--from", "2026-01-01", "--to", "2026-01-31"]
    assert main([*argv, "--format", "pdf", "--out", str(out), "--lang", language]) == 0
    text = pdf_text(out.read_bytes())
    for number in ("INV-1", "INV-2", "CN-1", "PINV-1"):
        assert number in text, (language, number)
    assert "INV-3" not in text
    if language != "en":
        assert "VAT report" not in text and "Output VAT" not in text, text[:400]
