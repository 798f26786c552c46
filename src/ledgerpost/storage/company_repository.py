"""The company's own card and its chart of accounts, in and out of the database."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledgerpost.domain.accounts import Account
from ledgerpost.domain.parties import Company, PostalAddress
from ledgerpost.storage.models import AccountRow, CompanyRow
from ledgerpost.storage.types import utc_now

_COMPANY_FIELDS = (
    "name",
    "currency",
    "language",
    "vat_number",
    "registration_number",
    "sender_name",
    "sender_address",
    "reply_to",
    "bank_account",
    "payment_terms_days",
    "bank_bic",
    "phone",
    "electronic_address",
    "electronic_scheme",
)
ADDRESS_FIELDS = ("street", "postal_code", "city", "country", "country_code")


def get_company(session: Session) -> Company | None:
    row = session.get(CompanyRow, 1)
    if row is None:
        return None
    return Company(
        address=PostalAddress(**{f: getattr(row, f) for f in ADDRESS_FIELDS}),
        **{f: getattr(row, f) for f in _COMPANY_FIELDS},
    )


def save_company(session: Session, company: Company) -> None:
    row = session.get(CompanyRow, 1) or CompanyRow(id=1, created_at=utc_now())
    for f in _COMPANY_FIELDS:
        setattr(row, f, getattr(company, f))
    for f in ADDRESS_FIELDS:
        setattr(row, f, getattr(company.address, f))
    session.add(row)


def ensure_chart(session: Session, chart: Iterable[Account]) -> None:
    known = set(session.scalars(select(AccountRow.code)))
    session.add_all(
        AccountRow(
            code=a.code,
            name=a.name,
            kind=a.kind.value,
            role=None if a.role is None else a.role.value,
            vat_code=a.vat_code,
            bank=a.bank,
        )
        for a in chart
        if a.code not in known
    )


def account_names(session: Session) -> dict[str, str]:
    return {code: name for code, name in session.execute(select(AccountRow.code, AccountRow.name))}
