"""Parties and documents from files: every row checked first, then all written in one
transaction, or nothing when any row has a problem."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from ledgerpost.domain import import_rows as rows_of
from ledgerpost.domain import party_rows
from ledgerpost.domain.accounts import OPENING_ACCOUNT
from ledgerpost.domain.documents import DEFAULT_SERIES, Document, DocumentType
from ledgerpost.domain.exchange import converted, is_converted, posted_entry
from ledgerpost.domain.import_rows import DocumentSpec, Row
from ledgerpost.domain.journal import OPENING_TYPES, JournalEntry, opening_entry_for
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.domain.posting import problems_before_posting
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.i18n import account_names
from ledgerpost.services import access, allocating, journal_texts
from ledgerpost.services import parties as party_cards
from ledgerpost.services.import_files import read_csv, read_json_documents
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import company_repository as company_repo
from ledgerpost.storage import document_repository as document_repo
from ledgerpost.storage import journal_repository as journal_repo
from ledgerpost.storage import numbering_repository as numbering_repo
from ledgerpost.storage import party_repository as party_repo
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.party_bulk import add_parties, all_parties

OPENING_SERIES: dict[DocumentType, str] = {
    DocumentType.INVOICE: "OINV",
    DocumentType.CREDIT_NOTE: "OCN",
    DocumentType.PURCHASE_INVOICE: "OPINV",
}
"""Opening items are numbered in series of their own, so the first invoice made here is still
INV-1; the earlier program's number is the document's reference."""


@dataclass(frozen=True, slots=True)
class PartyImport:
    """What a party file does (or, in a dry run, would do) to the cards."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: tuple[Problem, ...] = ()
    written: bool = False


@dataclass(frozen=True, slots=True)
class Created:
    key: str
    document: Document


@dataclass(frozen=True, slots=True)
class DocumentImport:
    created: tuple[Created, ...] = ()
    problems: tuple[Problem, ...] = ()
    checked: int = 0
    """The documents the file describes that passed every check (all of them, or none are
    written); in a dry run nothing is created."""


# --- parties ---------------------------------------------------------------------------


def _with_ids(incoming: Party, stored: Party, header: tuple[str, ...] = ()) -> Party:
    """``incoming`` as an update of ``stored``: its id, and contact persons kept by name; a
    column the file does not have keeps the card's value (``party_rows.kept_where_absent``)."""
    ids = {c.name: c.id for c in stored.contacts}
    contacts = tuple(replace(c, id=ids.get(c.name)) for c in incoming.contacts)
    update = replace(incoming, id=stored.id, contacts=contacts)
    return party_rows.kept_where_absent(update, stored, header)


def _party_problems(rows: list[Row]) -> tuple[list[tuple[Row, Party]], list[Problem]]:
    parsed: list[tuple[Row, Party]] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for row in rows:
        party, found = party_rows.party_from_row(row)
        problems += found
        if party is None:
            continue
        problems += [p.at(f"{row.where}: {p.field}") for p in party_cards.problems(party)]
        first = seen.setdefault(party.code, row.where)
        if first != row.where:
            problems.append(
                Problem.of("import-code-twice", row.field("code"), code=party.code, line=first)
            )
        parsed.append((row, party))
    return parsed, problems


def import_parties(
    ledger: Ledger, path: Path, *, dry_run: bool = False, by: SignedIn | None = None
) -> PartyImport:
    """Add the cards of a party CSV whose code is new and update those whose code exists."""
    try:
        return _import_parties(ledger, path, dry_run, by)
    except _Refused as refused:
        return PartyImport(problems=(refused.problem,))


def _import_parties(ledger: Ledger, path: Path, dry_run: bool, by: SignedIn | None) -> PartyImport:
    header, rows = read_csv(path)
    problems = rows_of.missing_columns(header, ("code", "name"))
    problems += rows_of.unknown_columns(header, party_rows.PARTY_COLUMNS)
    parsed, found = _party_problems(rows)
    problems += found
    with ledger.db.write() as s:
        access.require(s, by, Right.SEE_CONTACTS)
        stored: dict[str, list[Party]] = {}
        for party in all_parties(s):
            stored.setdefault(party.code, []).append(party)
        new: list[Party] = []
        changed: list[tuple[Row, Party]] = []
        unchanged = 0
        for row, party in parsed:
            same_code = stored.get(party.code, [])
            if len(same_code) > 1:
                problems.append(
                    Problem.of("import-code-ambiguous", row.field("code"), code=party.code)
                )
            elif not same_code:
                new.append(party)
            elif (update := _with_ids(party, same_code[0], header)) == same_code[0]:
                unchanged += 1
            else:
                changed.append((row, update))
        if not problems and not dry_run:
            add_parties(s, new)
            _update_all(s, changed)  # a refusal rolls the whole file back
        result = PartyImport(len(new), len(changed), unchanged, tuple(problems))
    return result if result.problems or dry_run else replace(result, written=True)


class _Refused(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _update_all(s: Session, changed: list[tuple[Row, Party]]) -> None:
    for row, party in changed:
        try:
            party_repo.update_party(s, party)
        except StorageError as exc:
            field = row.field("contacts")
            problem = exc.problem.at(field) if exc.problem else None
            raise _Refused(problem or Problem.of("not-saved", field, reason=str(exc))) from exc


# --- documents -------------------------------------------------------------------------


def document_groups(path: Path) -> tuple[list[list[Row]], list[Problem]]:
    """The rows of each document in a ``.json`` or ``.csv`` file."""
    if path.suffix.casefold() == ".json":
        return read_json_documents(path), []
    header, rows = read_csv(path)
    problems = rows_of.missing_columns(header, ("type", "party", "date"))
    problems += rows_of.unknown_columns(header, rows_of.DOCUMENT_COLUMNS)
    return rows_of.group_document_rows(rows), problems


@dataclass
class _Books:
    """What the documents of one file are checked against, inside the import's transaction."""

    session: Session
    currency: str
    by_code: dict[str, list[Party]]
    by_id: dict[int, Party]
    credited: dict[int | str, Decimal]
    in_file: dict[str, Document]
    """The documents of the file so far by key: as they will be posted (number not yet taken)
    when they are to be posted, else as drafts; a credit note may name one by its key."""

    def party(self, key: str) -> Party | list[Party] | None:
        if key.isdigit() and int(key) in self.by_id:
            return self.by_id[int(key)]
        found = self.by_code.get(key.casefold(), [])
        return found[0] if len(found) == 1 else (found or None)

    def invoice(self, number: str) -> Document | None:
        series, _, digits = number.strip().rpartition("-")
        if not digits.isdigit():
            return None
        try:
            return document_repo.find_document(
                self.session, DocumentType.INVOICE, int(digits), series or None
            )
        except StorageError:
            return None


def _draft(spec: DocumentSpec, party: Party | None, credited: Document | None) -> Document:
    series = (OPENING_SERIES.get(spec.type, "") if spec.opening else "") or DEFAULT_SERIES[
        spec.type
    ]
    return Document(
        type=spec.type,
        party_id=party.id if party and party.id is not None else 0,
        party_name=party.name if party else "",
        date=spec.date,
        currency=spec.currency,
        rate=spec.rate,
        lines=spec.lines,
        series=series,
        due_date=spec.due_date,
        reference=spec.reference or (spec.key if spec.opening else ""),
        notes=spec.notes,
        credited_document_id=credited.id if credited else None,
        letter=spec.letter,
    )


def _found(
    spec: DocumentSpec, books: _Books
) -> tuple[Party | None, Document | None, list[Problem]]:
    """The party and the corrected invoice a spec names, or why they cannot be found."""
    where = spec.where
    found = books.party(spec.party)
    problems: list[Problem] = []
    if isinstance(found, list):
        problems.append(Problem.of("import-party-ambiguous", f"{where}: party", party=spec.party))
        found = None
    elif found is None:
        problems.append(Problem.of("import-party-unknown", f"{where}: party", party=spec.party))
    credited = None
    if spec.type is DocumentType.CREDIT_NOTE and spec.corrects:
        credited = books.in_file.get(spec.corrects) or books.invoice(spec.corrects)
        if credited is None:
            problems.append(
                Problem.of("import-invoice-unknown", f"{where}: corrects", number=spec.corrects)
            )
    if spec.opening and spec.type not in OPENING_TYPES:
        problems.append(Problem.of("import-opening-type", f"{where}: opening"))
    return found, credited, problems


def _credited_before(
    books: _Books, spec: DocumentSpec, credited: Document, gross: Decimal
) -> Decimal:
    """How much of ``credited`` is credited already (in the ledger and earlier in the file);
    this credit note's ``gross`` is counted for the next."""
    target: int | str = credited.id if credited.id is not None else spec.corrects
    if target not in books.credited:
        books.credited[target] = (
            document_repo.credited_so_far(books.session, credited.id)
            if credited.id is not None
            else Decimal(0)
        )
    already = books.credited[target]
    books.credited[target] = already + gross
    return already


def _check(
    spec: DocumentSpec, books: _Books, posting: bool
) -> tuple[Document | None, list[Problem]]:
    """The draft a spec makes and what stands in the way of posting it, at the spec's row."""
    found, credited, problems = _found(spec, books)
    if problems:
        return None, problems
    draft = _draft(spec, found, credited)
    already = Decimal(0)
    if credited is not None:
        already = _credited_before(books, spec, credited, draft.totals.gross)
    checked = problems_before_posting(draft, found, credited, already, books.currency)
    if spec.opening and not spec.corrects:  # an open credit from before, its invoice settled
        checked = [p for p in checked if p.code != "credit-no-target"]
    if spec.key:
        books.in_file[spec.key] = draft.posted_as(draft.series, 0) if posting else draft
    return draft, [p.at(f"{spec.where}: {p.field}") for p in checked]


def _post(
    s: Session, draft: Document, opening: bool, kind: PartyKind, company_currency: str
) -> Document:
    numbering_repo.ensure_series(s, draft.series, draft.type)
    posted = draft.posted_as(draft.series, numbering_repo.take_number(s, draft.series))
    saved = document_repo.save_document(s, posted)
    foreign = is_converted(saved, company_currency)
    language = journal_texts.books_language(s)
    if opening:
        entry: JournalEntry | None = opening_entry_for(saved)
        if entry is not None and foreign and saved.rate is not None:
            entry = converted(entry, saved.rate, company_currency)
        text = journal_texts.opening(saved, language)
    else:
        entry = posted_entry(saved, kind, company_currency)
        text = journal_texts.posted(saved, language)
    if entry is not None:
        entry = replace(entry, description=text)
    if entry is not None:
        if not entry.is_balanced:
            raise AssertionError(f"posting {saved.display_number} would not balance")
        if foreign:
            journal_repo.add_entry(s, entry, company_currency, saved.currency)
        else:
            journal_repo.add_entry(s, entry, saved.currency)
    return saved


def _books(s: Session, currency: str) -> _Books:
    by_code: dict[str, list[Party]] = {}
    by_id: dict[int, Party] = {}
    for party in all_parties(s):
        assert party.id is not None
        by_id[party.id] = party
        if party.code:
            by_code.setdefault(party.code.casefold(), []).append(party)
    return _Books(s, currency, by_code, by_id, {}, {})


def add_documents(
    ledger: Ledger,
    path: Path,
    *,
    post: bool = False,
    dry_run: bool = False,
    by: SignedIn | None = None,
) -> DocumentImport:
    """Make the documents a file describes (and post them with ``post``; opening items are
    always posted), all in one transaction, or none while any row has a problem. A
    ``dry_run`` checks everything the same way and writes nothing."""
    company = ledger.require_company()
    groups, problems = document_groups(path)
    specs: list[DocumentSpec] = []
    for group in groups:
        spec, found = rows_of.document_from_rows(group, company.currency)
        problems += found
        if spec is not None:
            specs.append(spec)
    with ledger.db.write() as s:
        if post or any(spec.opening for spec in specs):
            access.require(s, by, Right.POST_DOCUMENTS)
        if any(spec.type is DocumentType.CREDIT_NOTE for spec in specs):
            allocating.hold(s)  # before any invoice's row, as posting a credit note does
        books = _books(s, company.currency)
        drafts = []
        for spec in specs:
            draft, found = _check(spec, books, post or spec.opening)
            problems += found
            drafts.append(draft)
        if problems:
            return DocumentImport(problems=tuple(problems))
        if dry_run:
            return DocumentImport(checked=len(drafts))
        return DocumentImport(_write(books, specs, drafts, post), checked=len(drafts))


def _write(
    books: _Books, specs: list[DocumentSpec], drafts: list[Document | None], post: bool
) -> tuple[Created, ...]:
    """Save (and post) every checked draft in the import's transaction, in the file's order."""
    s = books.session
    if any(spec.opening for spec in specs):
        language = journal_texts.books_language(s)
        company_repo.ensure_chart(s, (account_names.named(OPENING_ACCOUNT, language),))
        s.flush()
    created = []
    saved_by_key: dict[str, Document] = {}
    for spec, draft in zip(specs, drafts, strict=True):
        assert draft is not None
        if spec.type is DocumentType.CREDIT_NOTE and spec.corrects in saved_by_key:
            draft = replace(draft, credited_document_id=saved_by_key[spec.corrects].id)
        if post or spec.opening:
            saved = _post(s, draft, spec.opening, books.by_id[draft.party_id].kind, books.currency)
            if saved.type is DocumentType.CREDIT_NOTE:
                allocating.settle_credited(s, saved)  # as posting one in the window does
        else:
            saved = document_repo.save_document(s, draft)
        created.append(Created(spec.key, saved))
        if spec.key:
            saved_by_key[spec.key] = saved
    return tuple(created)
