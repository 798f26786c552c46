"""The chart of accounts as the ledger keeps it: added, renamed, archived, found by role."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ledgerpost.domain.accounts import Account, AccountKind, Role
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.models import AccountRow, EntryLineRow


def _account(row: AccountRow) -> Account:
    return Account(
        code=row.code,
        name=row.name,
        kind=AccountKind(row.kind),
        role=None if row.role is None else Role(row.role),
        vat_code=row.vat_code,
        archived=row.archived,
        bank=row.bank,
    )


def chart(session: Session) -> dict[str, Account]:
    """Every account by code, in code order."""
    rows = session.scalars(select(AccountRow).order_by(AccountRow.code))
    return {row.code: _account(row) for row in rows}


def role_codes(session: Session) -> dict[Role, str]:
    rows = session.execute(
        select(AccountRow.role, AccountRow.code).where(AccountRow.role.is_not(None))
    )
    return {Role(role): code for role, code in rows if role is not None}


def ensure_role(session: Session, account: Account) -> str:
    """The code of the account holding ``account``'s role, adding ``account`` to the chart
    first when no account holds it (at the next free code after its own when the ledger
    already uses that code for something else)."""
    assert account.role is not None
    held = session.scalar(select(AccountRow.code).where(AccountRow.role == account.role.value))
    if held is not None:
        return held
    known = set(session.scalars(select(AccountRow.code)))
    code = account.code
    while code in known:
        code = str(int(code) + 1) if code.isdigit() else code + "-1"
    session.add(
        AccountRow(
            code=code,
            name=account.name,
            kind=account.kind.value,
            role=account.role.value,
            vat_code=account.vat_code,
            archived=False,
        )
    )
    session.flush()
    return code


def add_account(session: Session, account: Account) -> None:
    session.add(
        AccountRow(
            code=account.code,
            name=account.name,
            kind=account.kind.value,
            role=None,
            vat_code=account.vat_code,
            archived=False,
            bank=account.bank,
        )
    )
    session.flush()


def _row(session: Session, code: str) -> AccountRow:
    row = session.get(AccountRow, code)
    if row is None:
        raise StorageError.of("chart-unknown", "", account=code)
    return row


def rename_account(session: Session, code: str, name: str) -> None:
    _row(session, code).name = name


def set_archived(session: Session, code: str, archived: bool) -> None:
    _row(session, code).archived = archived


def is_used(session: Session, code: str) -> bool:
    """Whether any journal line points at the account."""
    return bool(session.scalar(select(exists().where(EntryLineRow.account == code))))


def delete_account(session: Session, code: str) -> None:
    session.delete(_row(session, code))
