"""The texts the program writes on the journal entries it makes, in the books' language (the
company card's): what the general ledger's Text column, its PDF and the exports show. Written
once, when the entry is made; an entry is never changed after, so neither is its text."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ledgerpost.domain.documents import Document
from ledgerpost.i18n.translate import translator
from ledgerpost.i18n.value_names import sentence_name
from ledgerpost.storage import company_repository as company_repo


def books_language(session: Session) -> str:
    """The language the books are kept in (English before there is a company)."""
    company = company_repo.get_company(session)
    return company.language if company is not None else "en"


def _kind(language: str, document: Document) -> str:
    name = sentence_name(translator(language), document.type)
    return name[:1].upper() + name[1:]


def posted(document: Document, language: str) -> str:
    """A posted document's entry: "Invoice INV-3 Acme", "Rechnung RE-3 Acme"."""
    return f"{_kind(language, document)} {document.display_number} {document.party_name}"


def opening(document: Document, language: str) -> str:
    """An opening item brought over from an earlier program, by that program's number."""
    said = translator(language).gettext("Opening item: {document} {reference} {party}")
    return said.format(
        document=_kind(language, document),
        reference=document.reference,
        party=document.party_name,
    )


def exchange_difference(invoice: str, payment: str, language: str) -> str:
    """The exchange difference of an allocation, by the numbers of its two documents."""
    said = translator(language).gettext("Exchange difference {invoice} {payment}")
    return said.format(invoice=invoice, payment=payment)


def reversed_text(text: str, language: str) -> str:
    """The entry that undoes an entry with ``text``."""
    return translator(language).gettext("Reversed: {text}").format(text=text)
