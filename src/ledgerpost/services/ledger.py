"""The ledger's use cases: company, parties, drafts, posting, lists, statements, checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy.orm import Session

from ledgerpost.domain.accounts import DEFAULT_CHART, REMINDER_FEE_ACCOUNT
from ledgerpost.domain.allocation import check_allocations
from ledgerpost.domain.credits import TRIAL_CREDITS, CreditEntry, CreditKind
from ledgerpost.domain.documents import (
    DEFAULT_SERIES,
    Document,
    DocumentState,
    DocumentType,
    Line,
)
from ledgerpost.domain.exchange import is_converted, posted_entry
from ledgerpost.domain.invariants import (
    check_credits,
    check_entries,
    check_numbering,
    check_posted_documents,
)
from ledgerpost.domain.journal import TrialBalanceRow, trial_balance
from ledgerpost.domain.listing import DocumentFilter, DocumentSummary, ListKey
from ledgerpost.domain.parties import Company, Party, PartyKind
from ledgerpost.domain.posting import problems_before_posting
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.statement import RECEIVABLE_SIGN, Statement, build_statement
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.i18n import account_names
from ledgerpost.services import access, allocating, journal_texts
from ledgerpost.services.errors import LedgerError, NoCompany
from ledgerpost.services.open_checks import open_item_problems
from ledgerpost.storage import allocation_repository as allocation_repo
from ledgerpost.storage import chart_repository as chart_repo
from ledgerpost.storage import company_repository as company_repo
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import document_listing as listing_repo
from ledgerpost.storage import document_repository as document_repo
from ledgerpost.storage import exchange_repository as exchange_repo
from ledgerpost.storage import journal_repository as journal_repo
from ledgerpost.storage import numbering_repository as numbering_repo
from ledgerpost.storage import party_repository as party_repo
from ledgerpost.storage.database import (
    Database,
    is_server_url,
    open_database,
    resolve_url,
    safe_url,
)

ALL_DOCUMENTS = DocumentFilter()


@dataclass(frozen=True, slots=True)
class PostResult:
    """The document as it now stands, and why it was not posted if it was not."""

    document: Document
    problems: tuple[Problem, ...] = ()

    @property
    def posted(self) -> bool:
        return not self.problems


class Ledger:
    """One open ledger. The GUI and the CLI reach the books only through this door."""

    def __init__(self, database: Database) -> None:
        self.db = database

    @classmethod
    def open(cls, db: str | None = None, *, create: bool = True) -> Ledger:
        """Open the ledger ``db`` names (a missing file is made unless ``create`` is False); a
        shared ledger's password comes from the keyring (or libpq's ``~/.pgpass``), never from
        the ledger."""
        return cls(open_database(db, create=create, password=_server_password(db)))

    def close(self) -> None:
        self.db.close()

    @property
    def location(self) -> str:
        """Where the books are, fit to show (a database password is masked)."""
        return safe_url(self.db.url)

    # --- company ------------------------------------------------------------------------

    def company(self) -> Company | None:
        with self.db.read() as s:
            return company_repo.get_company(s)

    def require_company(self) -> Company:
        company = self.company()
        if company is None:
            raise NoCompany()
        return company

    def create_company(self, company: Company) -> None:
        """Start the books: the company card, the default chart, one series per type, and the
        trial message credits."""
        with self.db.write() as s:
            if company_repo.get_company(s) is not None:
                raise LedgerError.of("company-exists")
            company_repo.save_company(s, company)
            company_repo.ensure_chart(s, account_names.all_named(DEFAULT_CHART, company.language))
            for doc_type, code in DEFAULT_SERIES.items():
                numbering_repo.ensure_series(s, code, doc_type)
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            credit_repo.add_credit(
                s, CreditEntry(CreditKind.GRANT, TRIAL_CREDITS, "trial credits", now)
            )

    def update_company(self, company: Company) -> None:
        with self.db.write() as s:
            company_repo.save_company(s, company)

    # --- parties ------------------------------------------------------------------------

    def add_party(self, party: Party) -> Party:
        with self.db.write() as s:
            return party_repo.add_party(s, party)

    def update_party(self, party: Party) -> Party:
        """Save a changed card; documents already posted keep the name they were posted with."""
        with self.db.write() as s:
            return party_repo.update_party(s, party)

    def party_currency(self, party_id: int) -> tuple[str, Decimal | None] | None:
        """What the party's latest document was in, and its rate: a new one starts there."""
        with self.db.read() as s:
            return exchange_repo.latest_of_party(s, party_id)

    def party(self, party_id: int) -> Party:
        with self.db.read() as s:
            return party_repo.get_party(s, party_id)

    def parties(self, kind: PartyKind | None = None, *, archived: bool = False) -> list[Party]:
        """The cards for the pickers; archived ones too with ``archived`` (for history)."""
        with self.db.read() as s:
            return party_repo.list_parties(s, kind, archived=archived)

    # --- documents ----------------------------------------------------------------------

    def save_draft(self, document: Document) -> Document:
        """Save a new or changed draft; a posted document cannot be saved over."""
        company = self.require_company()
        with self.db.write() as s:
            party = party_repo.find_party(s, document.party_id)
            draft = replace(
                document,
                state=DocumentState.DRAFT,
                number=None,
                fingerprint="",
                series=document.series or DEFAULT_SERIES[document.type],
                currency=document.currency or company.currency,
                rate=_rate_for(document, company.currency),
                party_name=party.name if party else document.party_name,
            )
            return document_repo.save_document(s, draft)

    def post(self, document_id: int, by: SignedIn | None = None) -> PostResult:
        """Give a draft the next number of its series and its journal entry, in one transaction.

        Returns the problems instead when the draft is not ready; the draft stays as saved.
        ``NotAllowed`` when ``by`` may not post documents.
        """
        with self.db.write() as s:
            access.require(s, by, Right.POST_DOCUMENTS)
            return post_in(s, document_id)

    def save_and_post(self, document: Document, by: SignedIn | None = None) -> PostResult:
        """Save the draft first (so it is never lost), then post it."""
        draft = self.save_draft(document)
        assert draft.id is not None
        return self.post(draft.id, by)

    def document_by_key(self, key: str) -> Document:
        """A document by its id (``12``) or its number (``INV-7``); ``LedgerError``
        ``document-unknown`` when there is none."""
        with self.db.read() as s:
            found = document_repo.find_by_key(s, key)
        if found is None:
            raise LedgerError.of("document-unknown", "document", key=key)
        return found

    def delete_draft(self, document_id: int) -> Document:
        """Remove a draft for good (it has no number yet, so numbering is untouched); a
        posted document is never deleted (``LedgerError`` ``delete-posted``)."""
        with self.db.write() as s:
            document = document_repo.get_document(s, document_id)
            if document.is_posted:
                raise LedgerError.of("delete-posted", "document", number=document.display_number)
            return document_repo.delete_draft(s, document_id)

    def credit_note_for(
        self, invoice_id: int, lines: tuple[Line, ...] | None = None, on: dt.date | None = None
    ) -> Document:
        """A draft credit note against a posted invoice, by default for all of it."""
        return self.save_draft(credit_note_draft(self.document(invoice_id), lines, on))

    def document(self, document_id: int) -> Document:
        with self.db.read() as s:
            return document_repo.get_document(s, document_id)

    def documents_by_id(self, ids: Sequence[int]) -> dict[int, Document]:
        """Several documents at once (a batch's page); ids that do not exist are left out."""
        with self.db.read() as s:
            return document_repo.get_documents(s, list(ids))

    def find_document(
        self, doc_type: DocumentType, number: int, series: str | None = None
    ) -> Document | None:
        with self.db.read() as s:
            return document_repo.find_document(s, doc_type, number, series)

    def documents(
        self,
        flt: DocumentFilter = ALL_DOCUMENTS,
        *,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
        after: DocumentSummary | ListKey | None = None,
    ) -> list[DocumentSummary]:
        """A page of the list; ``after`` the last row of the previous page, or its key (fast at
        any depth)."""
        key = after.key if isinstance(after, DocumentSummary) else after
        with self.db.read() as s:
            return listing_repo.list_documents(
                s, flt, limit=limit, offset=offset, newest_first=newest_first, after=key
            )

    def count_documents(self, flt: DocumentFilter = ALL_DOCUMENTS) -> int:
        with self.db.read() as s:
            return listing_repo.count_documents(s, flt)

    def page_keys(self, flt: DocumentFilter, every: int) -> list[ListKey]:
        """The key of every ``every``-th document, newest first: ``documents(after=keys[p - 1],
        limit=every)`` is page ``p`` of the list, found through the index at any depth.

        One pass over the list (about a second for a million documents): run it in the
        background, once per filter."""
        with self.db.read() as s:
            return listing_repo.page_keys(s, flt, every)

    # --- reports ------------------------------------------------------------------------

    def statement(
        self, party_id: int, start: dt.date, end: dt.date, currency: str | None = None
    ) -> Statement:
        """The party's account in one currency: ``currency``, else that of its latest
        document (the company's when it has none); documents in another are left out."""
        company = self.require_company()
        with self.db.read() as s:
            party = party_repo.get_party(s, party_id)
            types = [t.value for t in RECEIVABLE_SIGN]
            currency = currency or (
                exchange_repo.latest_currency(s, party_id, types) or company.currency
            )
            opening = document_repo.party_balance_before(s, party_id, start, currency)
            movements = document_repo.party_movements(s, party_id, start, end, currency)
        return build_statement(
            party_id, party.name, currency, start, end, movements, opening=opening
        )

    def trial_balance(self) -> tuple[TrialBalanceRow, ...]:
        company = self.require_company()
        with self.db.read() as s:
            return trial_balance(
                journal_repo.account_sums(s, company.currency), company_repo.account_names(s)
            )

    def check(self) -> list[Problem]:
        """The whole invariant list over the stored ledger."""
        with self.db.read() as s:
            entries = list(journal_repo.entry_totals(s))
            problems = check_entries(entries)
            debits = {e.document_id: e.debit for e in entries if e.document_id is not None}
            company = company_repo.get_company(s)
            problems += check_posted_documents(
                document_repo.iter_posted_documents(s), debits, company.currency if company else ""
            )
            problems += check_numbering(
                document_repo.posted_numbers(s), numbering_repo.issued_numbers(s)
            )
            problems += check_credits(credit_repo.credit_balance(s), credit_repo.credit_sum(s))
            problems += check_allocations(*allocation_repo.kept_and_summed(s))
            problems += open_item_problems(s)
        return problems


def credit_note_draft(
    invoice: Document, lines: tuple[Line, ...] | None = None, on: dt.date | None = None
) -> Document:
    """A new (unsaved) credit note naming posted ``invoice``, by default with all its lines."""
    if not invoice.is_posted or invoice.type is not DocumentType.INVOICE:
        raise LedgerError.of("credit-not-invoice", "corrects")
    return Document(
        type=DocumentType.CREDIT_NOTE,
        party_id=invoice.party_id,
        date=on or dt.date.today(),
        currency=invoice.currency,
        rate=invoice.rate,  # a correction at the rate the invoice was booked at
        lines=invoice.lines if lines is None else lines,
        party_name=invoice.party_name,
        reference=invoice.display_number,
        credited_document_id=invoice.id,
        contact_id=invoice.contact_id,
        recipients=invoice.recipients,
    )


def post_in(s: Session, document_id: int) -> PostResult:
    """Post the draft ``document_id`` inside the caller's write transaction (see Ledger.post);
    a credit note settles the invoice it corrects, as far as that is still open."""
    document = document_repo.get_document(s, document_id)
    party = party_repo.find_party(s, document.party_id)
    credited = None
    already = Decimal(0)
    if document.credited_document_id is not None:
        allocating.hold(s)  # before the invoice's row: allocations take this order too
        credited = document_repo.get_document(s, document.credited_document_id)
        already = document_repo.credited_so_far(s, document.credited_document_id)
    company = company_repo.get_company(s)
    company_currency = company.currency if company is not None else document.currency
    company_language = company.language if company is not None else "en"
    problems = problems_before_posting(document, party, credited, already, company_currency)
    if problems or party is None:
        return PostResult(document, tuple(problems))
    series = document.series or DEFAULT_SERIES[document.type]
    numbering_repo.ensure_series(s, series, document.type)
    number = numbering_repo.take_number(s, series)
    posted = replace(document, party_name=party.name).posted_as(series, number)
    saved = document_repo.save_document(s, posted)
    entry = posted_entry(
        saved, party.kind, company_currency, credited.type if credited is not None else None
    )
    if entry is not None:
        entry = replace(entry, description=journal_texts.posted(saved, company_language))
    if entry is not None and any(x.account == REMINDER_FEE_ACCOUNT.code for x in entry.lines):
        # The first fee adds the account (named in the books' language).
        chart_repo.ensure_role(s, account_names.named(REMINDER_FEE_ACCOUNT, company_language))
    if entry is not None:
        if not entry.is_balanced:
            raise AssertionError(f"posting {saved.display_number} would not balance")
        if is_converted(saved, company_currency):
            journal_repo.add_entry(s, entry, company_currency, saved.currency)
        else:
            journal_repo.add_entry(s, entry, saved.currency)
    if saved.type is DocumentType.CREDIT_NOTE:
        allocating.settle_credited(s, saved)
    return PostResult(saved)


def _rate_for(document: Document, company_currency: str) -> Decimal | None:
    """The draft's rate as kept: none in the company's own currency."""
    currency = document.currency or company_currency
    return None if currency == company_currency else document.rate


def _server_password(db: str | None) -> str | None:
    """The keyring's password for a database server; a ledger file opens without importing
    the keyring."""
    if not is_server_url(resolve_url(db)):
        return None
    from ledgerpost.services.database_password import password_for

    return password_for(db)
