"""``ledgerpost print`` and ``ledgerpost statement``: files written, exit codes, plain errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.services.ledger import Ledger
from tests.helpers.pdf_reading import page_texts, pdf_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(demo_ledger: Ledger) -> str:
    return demo_ledger.db.url.removeprefix("sqlite:///")


def test_print_writes_the_stored_copy(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.pdf"
    code, said, err = run(capsys, "--db", db, "print", "invoice", "INV-4", "--out", str(out))
    assert (code, err) == (0, "")
    assert "stored copy" in said
    first = out.read_bytes()
    assert "INV-4" in pdf_text(first)
    code, _, _ = run(capsys, "--db", db, "print", "invoice", "4", "--out", str(out))
    assert code == 0 and out.read_bytes() == first


def test_print_into_a_folder_uses_the_file_name_in_the_chosen_language(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--db", db, "print", "invoice", "2", "--out", str(tmp_path))
    assert run(capsys, *args, "--lang", "et")[0] == 0
    assert run(capsys, *args, "--lang", "ar")[0] == 0
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["Arve INV-2.pdf", "فاتورة INV-2.pdf"]


def test_no_such_document_is_an_operational_failure(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    code, said, err = run(capsys, "--db", db, "print", "invoice", "999", "--out", str(out))
    assert code == 1 and said == ""
    assert err.strip() == "there is no invoice numbered 999"
    assert not out.exists()


def test_a_missing_folder_is_reported_plainly(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "x.pdf"
    code, _, err = run(capsys, "--db", db, "print", "invoice", "1", "--out", str(out))
    assert code == 1 and "does not exist" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["print", "bill", "1", "--out", "x.pdf"],
        ["print", "invoice", "1"],
        ["print", "invoice", "1", "--out", "x.pdf", "--lang", "fr"],
        ["statement", "C0001", "--from", "2026-13-01", "--to", "2026-12-31", "--out", "x.pdf"],
    ],
)
def test_usage_errors_exit_2(db: str, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", db, *argv])
    assert exited.value.code == 2
    assert capsys.readouterr().err


def test_a_reversed_period_is_a_usage_error(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--db", db, "statement", "C0001", "--from", "2026-06-01", "--to", "2026-01-01",
        "--out", str(tmp_path / "s.pdf"),
    )  # fmt: skip
    assert code == 2 and "before" in err


def test_statement_by_party_code_or_id(
    db: str, demo_ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer = next(p for p in demo_ledger.parties() if p.code == "C0002")
    period = ("--from", "2025-01-01", "--to", "2026-12-31")
    by_code, by_id = tmp_path / "code.pdf", tmp_path / "id.pdf"
    assert run(capsys, "--db", db, "statement", "c0002", *period, "--out", str(by_code))[0] == 0
    assert (
        run(capsys, "--db", db, "statement", str(customer.id), *period, "--out", str(by_id))[0] == 0
    )
    assert by_code.read_bytes() == by_id.read_bytes()
    assert customer.name in pdf_text(by_code.read_bytes())
    code, _, err = run(capsys, "--db", db, "statement", "C9999", *period, "--out", str(by_id))
    assert code == 1 and "C9999" in err


def test_employee_report_from_the_command_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "e.pdf"
    args = ("employee-report", "E002", "--from", "2025-01-01", "--to", "2026-12-31")
    code, _, err = run(capsys, "--db", db, *args, "--out", str(out))
    assert (code, err) == (0, "")
    assert len(page_texts(out.read_bytes())) == 1
