"""Documents and parties from files, through the command line, on real ledger files: every row
is checked first and one problem anywhere writes nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.accounts import OPENING_BALANCES, RECEIVABLES
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.parties import AddressRole, EInvoiceFormat, PartyKind
from ledgerpost.domain.users import Right, User
from ledgerpost.i18n.problems import render_code
from ledgerpost.services import books as books_service
from ledgerpost.services import users
from ledgerpost.services.errors import NotAllowed
from ledgerpost.services.imports import add_documents, import_parties
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.pdf_reading import pdf_text

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def books(ledger: Ledger, ledger_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    """A ledger file with the sample parties in it."""
    code, out, err = run(
        capsys, "--db", ledger_url, "parties", "import", str(SAMPLES / "parties.csv")
    )
    assert code == 0, err
    assert "new 4, updated 0, unchanged 0" in out
    return ledger_url


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_every_document_type_is_created_posted_and_printed(
    books: str, ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", books, "documents", "add", "--file",
                         str(SAMPLES / "documents.csv"), "--post", "--dry-run")  # fmt: skip
    assert (code, out.strip()) == (0, "5 documents checked; nothing was written."), err
    code, out, err = run(capsys, "--db", books, "documents", "add", "--file",
                         str(SAMPLES / "documents.csv"), "--post")  # fmt: skip
    assert code == 0, err
    numbers = [line.split("\t")[1] for line in out.splitlines()]
    assert numbers == ["INV-1", "QUO-1", "PINV-1", "LET-1", "OINV-1"]
    code, out, err = run(capsys, "--db", books, "documents", "add", "--file",
                         str(SAMPLES / "documents.json"), "--post")  # fmt: skip
    assert code == 0, err
    assert [line.split("\t")[1] for line in out.splitlines()] == ["INV-2", "CN-1"]

    expected = {
        DocumentType.INVOICE: "Consulting (hours)",
        DocumentType.QUOTATION: "Catering for 40",
        DocumentType.PURCHASE_INVOICE: "Paper A4",
        DocumentType.LETTER: "We open at nine from April.",
        DocumentType.CREDIT_NOTE: "Travel not charged",
    }
    seen = set()
    for summary in ledger.documents():
        document = ledger.document(summary.id)
        assert document.is_posted
        text = pdf_text(print_document(ledger, summary.id).pdf)
        if document.type is not DocumentType.LETTER:  # a letter prints no number
            assert document.display_number in text
        assert ledger.party(document.party_id).name in text
        if document.series != "OINV":
            assert expected[document.type] in text, document.display_number
        seen.add(document.type)
    assert seen == set(expected)
    credit = ledger.find_document(DocumentType.CREDIT_NOTE, 1)
    invoice = ledger.find_document(DocumentType.INVOICE, 1, "INV")
    assert credit is not None and invoice is not None
    assert credit.credited_document_id == invoice.id
    assert credit.totals.gross == Decimal("146.40")
    assert ledger.check() == []


def test_drafts_are_saved_without_post(books: str, ledger: Ledger, capsys) -> None:
    code, out, err = run(capsys, "--db", books, "documents", "add", "--file",
                         str(SAMPLES / "documents.json"))  # fmt: skip
    assert code == 1  # the credit note names INV-1, which is not posted yet
    assert "document 2: corrects" in err and ledger.count_documents() == 0
    only_invoice = write(Path(books).with_name("one.json"), '[{"type": "invoice", "party": '
                         '"C100", "date": "2026-03-02", "lines": [{"description": "Tea", '
                         '"quantity": 2, "unit_price": "3.50", "vat_rate": 9}]}]')  # fmt: skip
    code, out, err = run(capsys, "--db", books, "documents", "add", "--file", str(only_invoice))
    assert code == 0, err
    assert out.startswith("invoice\t(draft ")
    [summary] = ledger.documents()
    draft = ledger.document(summary.id)
    assert not draft.is_posted and draft.totals.gross == Decimal("7.63")


def test_a_file_with_bad_rows_writes_nothing_and_names_each_row_and_field(
    books: str, ledger: Ledger, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    bad = write(Path(books).with_name("bad.csv"), (
        "document,type,party,date,description,quantity,unit_price,vat_rate\n"
        "X1,invoice,C100,2026-03-01,Fine,1,10,22\n"
        "X2,invoice,C100,2026-03-01,Broken,ten,10,22\n"
        "X3,invoice,NOBODY,2026-03-01,Lost,1,10,22\n"
        "X4,purchase-invoice,C101,31.03.2026,Wrong,1,10,22\n"
    ))  # fmt: skip
    code, out, err = run(capsys, "--db", books, "documents", "add", "--file", str(bad), "--post")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert "line 3: quantity: " + render_code("import-number", {"value": "'ten'"}) in lines
    assert "line 4: party: " + render_code("import-party-unknown", {"party": "NOBODY"}) in lines
    assert any(line.startswith("line 5: date: ") for line in lines)
    assert lines[-1] == "Nothing was written."
    assert ledger.count_documents() == 0

    monkeypatch.setenv("LEDGERPOST_LANG", "de")
    code, _, err = run(capsys, "--db", books, "documents", "add", "--file", str(bad))
    german = render_code("import-party-unknown", {"party": "NOBODY"}, "de")
    assert (
        code == 1
        and "line 4: party: " + german in err
        and german != render_code("import-party-unknown", {"party": "NOBODY"})
    )


def test_the_opening_balance_account_is_named_in_the_books_language(
    books: str, ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger.update_company(replace(ledger.require_company(), language="de"))
    opening = write(Path(books).with_name("opening-de.csv"), (
        "document,type,party,date,due_date,opening,description,quantity,unit_price,vat_rate\n"
        "2025-0412,invoice,C101,2025-12-15,2026-01-14,yes,Offene Rechnung,1,1480.00,0\n"
    ))  # fmt: skip
    code, _out, err = run(capsys, "--db", books, "documents", "add", "--file", str(opening))
    assert code == 0, err
    rows = {row.account: row for row in ledger.trial_balance()}
    assert rows[OPENING_BALANCES].name == "Saldenvorträge"
    assert rows[RECEIVABLES].name == "Accounts receivable"  # named when the books started
    found = books_service.general_ledger_of(
        ledger, OPENING_BALANCES, dt.date(2025, 1, 1), dt.date(2026, 12, 31)
    )
    assert [r.movement.described for r in found.rows] == [
        "Offener Posten: Rechnung 2025-0412 Õunapuu Kõrts OÜ"  # party C101
    ]


def test_opening_items_are_posted_against_the_opening_balance_account(
    books: str, ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    opening = write(Path(books).with_name("opening.csv"), (
        "document,type,party,date,due_date,opening,description,quantity,unit_price,vat_rate\n"
        "2025-0412,invoice,C101,2025-12-15,2026-01-14,yes,Open invoice,1,1480.00,0\n"
        "77-A,purchase-invoice,S200,2025-12-20,,yes,Open bill,1,300.00,0\n"
        "CN-9,credit-note,C101,2025-12-18,,yes,Open credit,1,80.00,0\n"
    ))  # fmt: skip
    code, out, err = run(capsys, "--db", books, "documents", "add", "--file", str(opening))
    assert code == 0, err
    assert [line.split("\t")[:2] for line in out.splitlines()] == [
        ["invoice", "OINV-1"],
        ["purchase-invoice", "OPINV-1"],
        ["credit-note", "OCN-1"],
    ]
    invoice = ledger.find_document(DocumentType.INVOICE, 1, "OINV")
    assert invoice is not None and invoice.reference == "2025-0412"
    rows = {row.account: row for row in ledger.trial_balance()}
    assert (rows[RECEIVABLES].debit, rows[RECEIVABLES].credit) == (Decimal(1480), Decimal(80))
    assert rows[OPENING_BALANCES].balance == Decimal("-1100.00")
    assert rows[OPENING_BALANCES].name == "Opening balances"
    assert "2025-0412" in pdf_text(print_document(ledger, invoice.id or 0).pdf)
    assert ledger.check() == []
    bad = write(Path(books).with_name("bad-opening.csv"),
                "type,party,date,opening,description,quantity,unit_price\n"
                "quotation,C101,2025-12-15,yes,Offer,1,5\n")  # fmt: skip
    code, _, err = run(capsys, "--db", books, "documents", "add", "--file", str(bad))
    assert code == 1 and "line 2: opening: " in err


def test_parties_round_trip(books: str, ledger: Ledger, tmp_path: Path, capsys) -> None:
    exported = tmp_path / "parties.csv"
    code, _, err = run(capsys, "--db", books, "parties", "export", "--out", str(exported))
    assert code == 0, err
    northwind = next(p for p in ledger.parties() if p.code == "C100")
    assert [e.role for e in northwind.emails] == [
        AddressRole.BILLING, AddressRole.STATEMENTS, AddressRole.GENERAL]  # fmt: skip
    assert [c.name for c in northwind.contacts] == ["Olivia Hughes", "Tom Price"]

    other = tmp_path / "other.sqlite3"
    assert run(capsys, "--db", str(other), "init", "--company", "Other OÜ")[0] == 0
    code, out, _ = run(capsys, "--db", str(other), "parties", "import", str(exported))
    assert code == 0 and "new 4, updated 0, unchanged 0" in out
    again = tmp_path / "again.csv"
    assert run(capsys, "--db", str(other), "parties", "export", "--out", str(again))[0] == 0
    assert again.read_text(encoding="utf-8") == exported.read_text(encoding="utf-8")

    copy = Ledger.open(str(other))
    try:

        def cards(books: Ledger) -> list:
            return sorted(
                (p.code, p.kind, p.name, p.language, p.vat_number, p.address, p.emails,
                 tuple((c.name, c.emails) for c in p.contacts))
                for p in books.parties()
            )  # fmt: skip

        assert cards(copy) == cards(ledger)
    finally:
        copy.close()
    code, out, _ = run(capsys, "--db", books, "parties", "import", str(exported))
    assert code == 0 and "new 0, updated 0, unchanged 4" in out


def test_a_dry_run_counts_and_an_update_goes_by_code(
    books: str, ledger: Ledger, tmp_path: Path, capsys
) -> None:
    text = (SAMPLES / "parties.csv").read_text(encoding="utf-8")
    changed = text.replace("Mari Maasikas", "Mari Mets") + (
        "C102,customer,New Customer GmbH,de,,Hauptstraße 7,10115,Berlin,DE,rechnung@new.example,\n"
    )
    path = write(tmp_path / "changed.csv", changed)
    before = sorted(p.name for p in ledger.parties())
    code, out, _ = run(capsys, "--db", books, "parties", "import", str(path), "--dry-run")
    assert code == 0 and "new 1, updated 1, unchanged 3" in out
    assert sorted(p.name for p in ledger.parties()) == before
    code, out, _ = run(capsys, "--db", books, "parties", "import", str(path))
    assert code == 0 and "new 1, updated 1, unchanged 3" in out
    names = {p.code: p.name for p in ledger.parties()}
    assert names["E300"] == "Mari Mets" and names["C102"] == "New Customer GmbH"
    assert len(names) == 5
    tom = next(p for p in ledger.parties() if p.code == "C100").contacts[1]
    assert tom.id is not None  # kept, not made anew


def test_an_update_blanks_nothing_the_file_does_not_name(
    books: str, ledger: Ledger, tmp_path: Path, capsys
) -> None:
    """A file of codes and names (or from a program without e-invoice fields) changes the
    names only: the language, addresses, contacts and e-invoice fields stay as they were."""
    card = next(p for p in ledger.parties() if p.code == "C100")
    einvoicing = replace(
        card,
        language="de",
        address=replace(card.address, country_code="GB"),
        buyer_reference="04011000-12345-34",
        electronic_address="invoices@northwind.example",
        electronic_scheme="EM",
        einvoice_format=EInvoiceFormat.XRECHNUNG_CII,
    )
    ledger.update_party(einvoicing)
    path = write(tmp_path / "names.csv", "code,name\nC100,Northwind Traders Limited\n")
    code, out, err = run(capsys, "--db", books, "parties", "import", str(path))
    assert code == 0 and "new 0, updated 1, unchanged 0" in out, err
    after = next(p for p in ledger.parties() if p.code == "C100")
    assert after == replace(einvoicing, name="Northwind Traders Limited")

    exported = tmp_path / "all.csv"
    assert run(capsys, "--db", books, "parties", "export", "--out", str(exported))[0] == 0
    row = next(r for r in csv.DictReader(exported.open(encoding="utf-8")) if r["code"] == "C100")
    assert (row["einvoice_format"], row["country_code"], row["electronic_scheme"]) == (
        "xrechnung-cii", "GB", "EM")  # fmt: skip
    wrong = write(tmp_path / "wrong.csv", "code,name,einvoice_format\nC100,N,zugferd-1\n")
    code, _, err = run(capsys, "--db", books, "parties", "import", str(wrong))
    assert code == 1 and "zugferd-1 is not an e-invoice format" in err


def test_bad_party_rows_write_nothing(books: str, ledger: Ledger, tmp_path: Path, capsys) -> None:
    path = write(tmp_path / "bad.csv", (
        "code,kind,name,emails\n"
        "N1,customer,Good One,good@example.com\n"
        "N2,partner,Bad Kind,bad@example.com\n"
        "N3,customer,Bad Mail,no-at-sign\n"
        "N1,customer,Twice,\n"
        ",customer,No Code,\n"
    ))  # fmt: skip
    code, _, err = run(capsys, "--db", books, "parties", "import", str(path))
    assert code == 1
    assert "line 3: kind: " in err and "line 4: email: no-at-sign: " in err
    assert "line 5: code: " in err and "line 6: code: " in err
    assert "Nothing was written." in err
    assert len(ledger.parties()) == 4


def ten_thousand_parties(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "kind", "name", "language", "city", "emails", "contacts"])
        for n in range(10_000):
            kind = ("customer", "supplier", "employee")[n % 3]
            writer.writerow([f"K{n:05}", kind, f"Party {n}", "et", "Tartu",
                             f"billing:p{n}@example.com; p{n}@example.org",
                             f"Person {n} <person{n}@example.com>" if n % 2 else ""])  # fmt: skip
    return path


@pytest.mark.slow
def test_ten_thousand_parties_in_one_import(ledger: Ledger, ledger_path: Path, tmp_path) -> None:
    path = ten_thousand_parties(tmp_path / "many.csv")
    result = import_parties(ledger, path)
    assert result.written and (result.new, result.problems) == (10_000, ())
    assert len(ledger.parties(PartyKind.SUPPLIER)) == 3_333
    assert import_parties(ledger, path, dry_run=True).unchanged == 10_000
    card = next(p for p in ledger.parties() if p.code == "K00001")
    assert card.contacts[0].emails[0].address == "person1@example.com"


@BOTH_BACKENDS
def test_imports_on_either_database(ledger: Ledger) -> None:
    assert import_parties(ledger, SAMPLES / "parties.csv").new == 4
    checked = add_documents(ledger, SAMPLES / "documents.csv", post=True, dry_run=True)
    assert (checked.problems, checked.created) == ((), ()) and checked.checked > 0
    assert ledger.documents() == []  # the dry run wrote nothing
    result = add_documents(ledger, SAMPLES / "documents.csv", post=True)
    assert result.checked == checked.checked == len(result.created)
    assert result.problems == ()
    assert [c.document.display_number for c in result.created][-1] == "OINV-1"
    assert add_documents(ledger, SAMPLES / "documents.json", post=True).problems == ()
    assert ledger.check() == []


def test_an_unreadable_file_is_one_problem(books: str, tmp_path: Path, capsys) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("code,name\nC1,Jürgen\n".encode("latin-1"))
    code, _, err = run(capsys, "--db", books, "parties", "import", str(path))
    assert code == 1 and render_code("import-encoding", {}) in err
    assert io.StringIO(err).readline()


def test_posting_from_a_file_takes_the_right_to_post(books: str, ledger: Ledger) -> None:
    assert users.set_password(ledger, "admin", "an admin password") == []
    admin = users.authenticate(ledger, "admin", "an admin password")
    clerk = User("clerk", "Clerk", rights=frozenset({Right.SEE_CONTACTS}))
    assert users.add_user(ledger, clerk, "a clerk password", admin).saved
    session = users.authenticate(ledger, "clerk", "a clerk password")
    with pytest.raises(NotAllowed):
        add_documents(ledger, SAMPLES / "documents.csv", post=True, by=session)
    with pytest.raises(NotAllowed):  # opening items are posted
        add_documents(ledger, SAMPLES / "documents.csv", by=session)
    assert ledger.count_documents() == 0
    drafts = Path(books).with_name("drafts.csv")
    drafts.write_text(
        "type,party,date,description,unit_price\ninvoice,C100,2026-03-02,Tea,4\n", encoding="utf-8"
    )
    result = add_documents(ledger, drafts, by=session)
    assert result.problems == () and not result.created[0].document.is_posted


def test_a_credit_note_may_name_an_invoice_of_the_same_file(books: str, ledger: Ledger) -> None:
    path = write(Path(books).with_name("pair.csv"), (
        "document,type,party,date,corrects,description,quantity,unit_price,vat_rate\n"
        "K1,invoice,C100,2026-04-01,,Desk,2,200,22\n"
        "K2,credit-note,C100,2026-04-03,K1,Desk returned,1,200,22\n"
        "K3,credit-note,C100,2026-04-04,K1,Another desk,2,200,22\n"
    ))  # fmt: skip
    result = add_documents(ledger, path, post=True)
    assert [p.field for p in result.problems] == ["line 4: total"]  # more than is left
    assert ledger.count_documents() == 0
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:3]) + "\n")
    drafts = add_documents(ledger, path)  # a draft invoice cannot be credited
    assert [(p.code, p.field) for p in drafts.problems] == [
        ("credit-not-invoice", "line 3: corrects")]  # fmt: skip
    result = add_documents(ledger, path, post=True)
    invoice, credit = (c.document for c in result.created)
    assert (invoice.display_number, credit.display_number) == ("INV-1", "CN-1")
    assert credit.credited_document_id == invoice.id
    assert ledger.check() == []


def test_a_letter_brings_its_closing_signer_and_language(books: str, ledger: Ledger) -> None:
    path = write(Path(books).with_name("letters.csv"), (
        "type,party,date,subject,body,greeting,signer,language\n"
        "letter,C100,2026-04-01,Neue Preise,Ab Mai gelten neue Preise.,Mit freundlichen Grüßen,"
        "Anna Kask,DE\n"
        "letter,C100,2026-04-02,Hello,Text,,,\n"
    ))  # fmt: skip
    result = add_documents(ledger, path, post=True)
    assert result.problems == ()
    german, plain = (c.document for c in result.created)
    assert german.letter is not None and plain.letter is not None
    assert (german.letter.greeting, german.letter.signer, german.letter.language) == (
        "Mit freundlichen Grüßen", "Anna Kask", "de")  # fmt: skip
    assert plain.letter.language == ""  # the party's
    copy = print_document(ledger, german.id or 0)
    assert copy.language == "de" and "Anna Kask" in pdf_text(copy.pdf)
    path.write_text(path.read_text(encoding="utf-8").replace(",DE\n", ",xx\n"), encoding="utf-8")
    bad = add_documents(ledger, path)
    assert [(p.code, p.field) for p in bad.problems] == [("language", "line 2: language")]
