"""The books: chart of accounts, manual journal entries, trial balance and general ledger."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerpost.cli.main import main
from ledgerpost.domain.accounts import AccountKind
from ledgerpost.domain.books import ManualLine
from ledgerpost.domain.parties import Company
from ledgerpost.services import books
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice
from tests.integration.test_migrations import downgrade

DAY = dt.date(2026, 3, 2)
D = Decimal


def line(account: str, debit: str, credit: str, text: str = "") -> ManualLine:
    return ManualLine(account, D(debit), D(credit), text)


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    books_ = Ledger.open(str(tmp_path / "books.sqlite3"))
    books_.create_company(Company(name="Books OÜ", currency="EUR"))
    yield books_
    books_.close()


def test_an_unbalanced_entry_is_refused_naming_the_difference(ledger: Ledger) -> None:
    found = books.add_entry(ledger, DAY, [line("1000", "100", "0"), line("3000", "0", "90.50")])
    assert not found.done and found.entry is None
    (problem,) = found.problems
    assert problem.code == "manual-entry-unbalanced"
    assert problem.values["difference"] == D("9.50")
    assert books.entries(ledger) == []


def test_each_line_problem_names_its_line(ledger: Ledger) -> None:
    found = books.add_entry(
        ledger, DAY, [line("1000", "5", "5"), line("9999", "0", "0"), line("3000", "-1", "0")]
    )
    assert {(p.code, p.field) for p in found.problems} >= {
        ("entry-amount-side", "line 1"),
        ("entry-account-unknown", "line 2"),
        ("entry-amount-side", "line 2"),
        ("entry-amount-negative", "line 3"),
    }
    assert books.add_entry(ledger, DAY, [line("1000", "1", "0")]).problems[0].code == "entry-lines"


def test_an_archived_account_is_refused_in_new_entries(ledger: Ledger) -> None:
    assert books.add_account(ledger, "1010", "Petty cash", AccountKind.ASSET) == []
    assert books.add_account(ledger, "1010", "Again", AccountKind.ASSET)[0].code == "chart-exists"
    books.archive_account(ledger, "1010")
    found = books.add_entry(ledger, DAY, [line("1010", "10", "0"), line("3000", "0", "10")])
    assert [(p.code, p.field) for p in found.problems] == [("entry-account-archived", "line 1")]
    books.rename_account(ledger, "1010", "Cash box")
    assert {a.code: a for a in books.accounts(ledger)}["1010"].name == "Cash box"


def test_a_posted_entry_never_changes_and_a_reversal_undoes_it(ledger: Ledger) -> None:
    posted = books.add_entry(
        ledger, DAY, [line("1000", "100", "0", "capital"), line("3000", "0", "100")], post=True
    ).entry
    assert posted is not None and posted.posted and posted.number == 1
    again = books.post_entry(ledger, posted.id or 0)
    assert [p.code for p in again.problems] == ["entry-posted"]
    reversal = books.reverse_entry(ledger, 1, DAY).entry
    assert reversal is not None and reversal.number == 2 and reversal.reverses == 1
    assert books.reverse_entry(ledger, 1, DAY).problems[0].code == "entry-reversed"
    assert books.entry(ledger, 1) == posted
    found = books.trial_balance_at(ledger)
    assert all(r.balance == 0 for r in found.rows)


def test_a_reversal_names_the_entry_it_reverses_in_the_books_language(tmp_path: Path) -> None:
    for language, said in (
        ("en", "Reversal of JE-1: capital"),
        ("de", "Storno von JE-1: capital"),
        ("et", "JE-1 tühistamine: capital"),
    ):
        ledger = Ledger.open(str(tmp_path / f"{language}.sqlite3"))
        ledger.create_company(Company("Põhja Puit OÜ", "EUR", language))
        two = [line("1000", "100", "0"), line("3000", "0", "100")]
        assert books.add_entry(ledger, DAY, two, "capital", post=True).done
        reversal = books.reverse_entry(ledger, 1, DAY).entry
        assert reversal is not None and reversal.description == said
        ledger.close()


def test_the_default_chart_is_named_in_the_books_language(tmp_path: Path) -> None:
    names = {}
    for language in ("en", "de", "ru"):
        ledger = Ledger.open(str(tmp_path / f"chart-{language}.sqlite3"))
        ledger.create_company(Company("Põhja Puit OÜ", "EUR", language))
        names[language] = {a.code: a.name for a in books.accounts(ledger)}
        ledger.close()
    assert names["en"]["1200"] == "Accounts receivable" and names["en"]["3000"] == "Owner's equity"
    assert names["de"]["1200"] == "Forderungen aus Lieferungen und Leistungen"
    assert names["de"]["2400"] == "Umsatzsteuer"
    assert names["ru"]["1000"] == "Банк" and names["ru"]["4000"] == "Выручка от продаж"
    assert names["en"].keys() == names["de"].keys() == names["ru"].keys()  # the same codes


def test_a_posted_documents_entry_is_described_in_the_books_language(tmp_path: Path) -> None:
    said = {}
    for language in ("en", "de", "et"):
        ledger = Ledger.open(str(tmp_path / f"texts-{language}.sqlite3"))
        ledger.create_company(Company("Põhja Puit OÜ", "EUR", language))
        posted = ledger.save_and_post(invoice(add_customer(ledger, "Mari Tamm"), "100"))
        assert posted.posted
        found = books.general_ledger_of(ledger, "1200", dt.date(2026, 1, 1), DAY)
        said[language] = [r.movement.described for r in found.rows]
        ledger.close()
    assert said == {
        "en": ["Invoice INV-1 Mari Tamm"],
        "de": ["Rechnung INV-1 Mari Tamm"],
        "et": ["Arve INV-1 Mari Tamm"],
    }


def test_a_draft_counts_only_once_posted(ledger: Ledger) -> None:
    draft = books.add_entry(ledger, DAY, [line("1000", "7", "0"), line("3000", "0", "7")]).entry
    assert draft is not None and not draft.posted and draft.number is None
    assert books.trial_balance_at(ledger).rows == ()
    assert books.post_entry(ledger, draft.id or 0).entry.number == 1  # type: ignore[union-attr]
    assert books.trial_balance_at(ledger).debit_total == D("7")


def test_drafts_are_listed_first_and_only_a_draft_is_deleted(ledger: Ledger) -> None:
    two = [line("1000", "7", "0"), line("3000", "0", "7")]
    posted = books.add_entry(ledger, DAY, two, "capital", post=True).entry
    draft = books.add_entry(ledger, DAY, two, "not yet").entry
    assert posted is not None and draft is not None and draft.id is not None
    reversal = books.reverse_entry(ledger, 1, DAY).entry
    assert reversal is not None
    found = books.entries(ledger, drafts=True)
    assert [(e.description, e.number) for e in found] == [
        ("not yet", None),
        ("capital", 1),
        (reversal.description, 2),
    ]
    assert books.entries(ledger) == found[1:]
    assert books.reversed_numbers(found) == {1: 2}
    with pytest.raises(LedgerError) as refused:
        books.delete_draft_entry(ledger, posted.id or 0)
    assert refused.value.code == "entry-posted"
    books.delete_draft_entry(ledger, draft.id)
    assert [e.number for e in books.entries(ledger, drafts=True)] == [1, 2]
    with pytest.raises(LedgerError) as gone:
        books.delete_draft_entry(ledger, draft.id)
    assert gone.value.code == "entry-draft-unknown"
    balance = books.trial_balance_at(ledger)  # the entry and its reversal; the draft never
    assert balance.debit_total == D("14") and all(r.balance == 0 for r in balance.rows)


def test_the_journal_list_and_delete_on_the_command_line(
    ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    two = [line("1000", "12.50", "0"), line("3000", "0", "12.50")]
    draft = books.add_entry(ledger, DAY, two, "rent").entry
    assert draft is not None
    url = str(tmp_path / "books.sqlite3")
    assert main(["--db", url, "journal", "list", "--json"]) == 0
    (shown,) = json.loads(capsys.readouterr().out)
    assert shown["state"] == "draft" and shown["debit"] == "12.50" and shown["number"] is None
    assert main(["--db", url, "journal", "delete", str(draft.id)]) == 0
    assert main(["--db", url, "journal", "delete", str(draft.id)]) == 1
    assert f"no draft journal entry {draft.id}" in capsys.readouterr().err


ACCOUNTS = ("1000", "1200", "2000", "3000", "4000", "6000")
AMOUNTS = st.decimals(min_value=D("0.01"), max_value=D("9999.99"), places=2)
ENTRY = st.lists(st.tuples(st.sampled_from(ACCOUNTS), AMOUNTS), min_size=1, max_size=4)
DAYS = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 12, 31))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    entries=st.lists(st.tuples(DAYS, ENTRY, st.sampled_from(ACCOUNTS)), max_size=5),
    invoices=st.lists(st.tuples(DAYS, AMOUNTS), max_size=2),
    as_of=DAYS,
)
def test_the_trial_balance_balances_and_each_ledger_closes_on_it(
    ledger: Ledger,
    entries: list[tuple[dt.date, list[tuple[str, Decimal]], str]],
    invoices: list[tuple[dt.date, Decimal]],
    as_of: dt.date,
) -> None:
    customer = add_customer(ledger)
    for day, amount in invoices:
        draft = ledger.save_draft(invoice(customer, str(amount), on=day))
        assert ledger.post(draft.id or 0).posted
    for day, debits, counter in entries:
        lines = [line(a, str(x), "0") for a, x in debits]
        lines.append(line(counter, "0", str(sum(x for _, x in debits))))
        assert books.add_entry(ledger, day, lines, post=True).done
    found = books.trial_balance_at(ledger, as_of)
    assert found.debit_total == found.credit_total
    for row in found.rows:
        gl = books.general_ledger_of(ledger, row.account, dt.date(2026, 1, 1), as_of)
        assert gl.closing == row.balance
        assert gl.opening + gl.debit_total - gl.credit_total == gl.closing
    assert ledger.check() == []


def test_a_ledger_from_0013_upgrades_with_its_journal_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = Ledger.open(str(path))
    old.create_company(Company(name="Old OÜ", currency="EUR"))
    customer = add_customer(old)
    draft = old.save_draft(invoice(customer, "100"))
    assert old.post(draft.id or 0).posted
    before = books.trial_balance_at(old).rows
    old.close()
    downgrade(path, "0013")
    with sqlite3.connect(path) as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(account)")}
        lines = raw.execute(
            "SELECT account, debit_minor, credit_minor FROM journal_line"
        ).fetchall()
    assert "role" not in columns and len(lines) == 3

    again = Ledger.open(str(path))  # upgrades to the head
    try:
        assert books.trial_balance_at(again).rows == before
        roles = {a.code: a.role for a in books.accounts(again)}
        assert roles["1200"] == "receivables" and roles["4000"] == "sales"
        second = again.save_draft(invoice(customer, "50"))
        assert again.post(second.id or 0).posted
        gl = books.general_ledger_of(again, "1200", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        assert gl.closing == D("183.00") and len(gl.rows) == 2
        assert again.check() == []
    finally:
        again.close()


@pytest.mark.parametrize("language", ["en", "de", "et", "ru", "ro", "ar"])
def test_the_trial_balance_and_a_ledger_print_in_each_language(
    ledger: Ledger, language: str
) -> None:
    import io

    from pypdf import PdfReader

    lines = [line("1000", "1234.50", "0", "capital"), line("3000", "0", "1234.50")]
    assert books.add_entry(ledger, DAY, lines, post=True).done
    found = books.trial_balance_at(ledger, DAY)
    pdf = books.print_trial_balance(ledger, found, language)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    digits = "".join(ch for ch in text if ch.isdigit())
    assert "3000" in text and "123450" in digits
    gl = books.general_ledger_of(ledger, "1000", dt.date(2026, 1, 1), DAY)
    pdf = books.print_general_ledger(ledger, gl, language)
    assert "JE-1" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
