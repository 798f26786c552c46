"""The command line's contract: commands, JSON shapes, exit codes, errors on stderr."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from tests.conftest import AS_OF


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "demo.sqlite3")
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "demo",
        "--customers",
        "12",
        "--invoices",
        "25",
        "--seed",
        "3",
        "--as-of",
        AS_OF.isoformat(),
    )
    assert code == 0 and "12 customers" in out
    return db


def test_init_starts_a_ledger_and_refuses_a_second_company(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "books.sqlite3")
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "init",
        "--company",
        "Mägi & Pojad OÜ",
        "--currency",
        "eur",
        "--language",
        "et",
    )
    assert code == 0 and "Mägi & Pojad OÜ" in out
    code, _, err = run(capsys, "--db", db, "init", "--company", "Other")
    assert code == 1 and err.strip() == "this ledger already has a company"


def test_usage_errors_exit_2_with_a_plain_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "books.sqlite3")
    code, _, err = run(capsys, "--db", db, "init", "--company", "X", "--currency", "euro")
    assert code == 2 and "ISO 4217" in err
    with pytest.raises(SystemExit) as exited:
        main(["--db", db, "documents", "list", "--type", "bill"])
    assert exited.value.code == 2
    code, _, err = run(capsys, "--db", db, "documents", "list", "--numbers", "x-y")
    assert code == 2 and "number range" in err


def test_documents_list_json_has_the_promised_fields(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", demo_db, "documents", "list", "--type", "invoice", "--json")
    assert code == 0
    everything = json.loads(out)
    assert {r["state"] for r in everything} == {"draft", "posted"}
    code, out, _ = run(
        capsys,
        "--db",
        demo_db,
        "documents",
        "list",
        "--type",
        "invoice",
        "--state",
        "posted",
        "--json",
    )
    rows = json.loads(out)
    assert len(rows) == 25
    assert {"type", "series", "number", "date", "party", "total", "currency", "state"} <= set(
        rows[0]
    )
    assert [r["number"] for r in rows] == list(range(25, 0, -1))
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)  # numbered in date order


def test_documents_list_by_numbers_and_dates(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        demo_db,
        "documents",
        "list",
        "--type",
        "invoice",
        "--numbers",
        "5-9",
        "--json",
    )
    assert code == 0 and sorted(r["number"] for r in json.loads(out)) == [5, 6, 7, 8, 9]
    first = json.loads(out)[-1]["date"]
    code, out, _ = run(
        capsys, "--db", demo_db, "documents", "list", "--dates", f"{first}..{first}", "--json"
    )
    assert code == 0 and {r["date"] for r in json.loads(out)} == {first}
    code, out, _ = run(capsys, "--db", demo_db, "documents", "list", "--limit", "3")
    lines = out.splitlines()
    assert lines[0].split() == ["type", "number", "date", "party", "total", "currency", "state"]
    assert len(lines) == 2 + 3


def test_check_passes_on_the_demo_and_fails_with_exit_1_on_tampering(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", demo_db, "check")
    assert code == 0 and "consistent" in out
    with sqlite3.connect(demo_db) as raw:
        raw.execute(
            "UPDATE document SET party_name = 'Someone Else' WHERE number = 3 AND type = 'invoice'"
        )
    code, out, err = run(capsys, "--db", demo_db, "check")
    assert code == 1
    assert "invoice INV-3: changed after it was posted" in out
    assert "1 problem(s)" in err


def test_trial_balance_sums_to_zero(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", demo_db, "trial-balance", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 5
    from decimal import Decimal

    assert sum(Decimal(r["debit"]) for r in rows) == sum(Decimal(r["credit"]) for r in rows)


def test_demo_if_empty_leaves_an_existing_ledger_alone(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = Path(demo_db).stat().st_size
    code, out, _ = run(capsys, "--db", demo_db, "demo", "--if-empty")
    assert code == 0 and out == ""
    code, _, err = run(capsys, "--db", demo_db, "demo")
    assert code == 1 and "already has a company" in err
    assert Path(demo_db).stat().st_size >= before


def test_an_unreadable_database_is_an_operational_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "--db", str(junk), "documents", "list")
    assert code == 1 and "cannot open the ledger" in err
    assert len(err.strip().splitlines()) == 1
