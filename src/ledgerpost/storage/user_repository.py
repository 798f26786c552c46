"""Users in and out as domain values. A password hash leaves this module only for checking."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ledgerpost.domain.users import User, rights_from, rights_text
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.user_models import UserRow


def _user_from(row: UserRow) -> User:
    return User(
        login=row.login,
        display_name=row.display_name,
        email=row.email,
        signature=row.signature,
        rights=rights_from(row.rights),
        active=row.active,
        has_password=bool(row.password_hash),
        id=row.id,
        mail_account_id=row.mail_account_id,
    )


def list_users(session: Session) -> list[User]:
    return [_user_from(r) for r in session.scalars(select(UserRow).order_by(UserRow.login))]


def find_user(session: Session, login: str) -> User | None:
    row = session.scalar(select(UserRow).where(UserRow.login == login))
    return _user_from(row) if row is not None else None


def get_user(session: Session, user_id: int) -> User:
    row = session.get(UserRow, user_id)
    if row is None:
        raise StorageError.of("user-id-unknown", "", id=user_id)
    return _user_from(row)


def password_hash(session: Session, login: str) -> str | None:
    """The stored hash of an active user ("" without a password); None for no such user."""
    row = session.scalar(select(UserRow).where(UserRow.login == login, UserRow.active))
    return row.password_hash if row is not None else None


def any_password(session: Session) -> bool:
    """Whether any active user has a password: then everyone logs in."""
    query = select(UserRow.id).where(UserRow.active, UserRow.password_hash != "").limit(1)
    return session.scalar(query) is not None


def first_with_right(session: Session, right: str) -> User | None:
    """The oldest active user holding ``right`` (the administrator a fresh ledger has)."""
    for row in session.scalars(select(UserRow).where(UserRow.active).order_by(UserRow.id)):
        if right in row.rights.split(","):
            return _user_from(row)
    return None


def count_active_with_right(session: Session, right: str, *, besides: int | None = None) -> int:
    rows = session.scalars(select(UserRow).where(UserRow.active))
    return sum(1 for r in rows if right in r.rights.split(",") and r.id != besides)


def add_user(session: Session, user: User, password_hash: str = "") -> User:
    if session.scalar(select(func.count()).where(UserRow.login == user.login)):
        raise StorageError.of("login-taken", "", login=user.login)
    row = UserRow(created_at=datetime.now(UTC).replace(tzinfo=None), password_hash=password_hash)
    _fill(row, user)
    session.add(row)
    session.flush()
    return _user_from(row)


def update_user(session: Session, user: User) -> User:
    """Save a changed card (the login and the password stay as they are)."""
    if user.id is None:
        raise ValueError("a new user cannot be updated; add it")
    row = session.get(UserRow, user.id)
    if row is None:
        raise StorageError.of("user-id-unknown", "", id=user.id)
    login = row.login
    _fill(row, user)
    row.login = login
    session.flush()
    return _user_from(row)


def set_password_hash(session: Session, user_id: int, password_hash: str) -> None:
    row = session.get(UserRow, user_id)
    if row is None:
        raise StorageError.of("user-id-unknown", "", id=user_id)
    row.password_hash = password_hash


def _fill(row: UserRow, user: User) -> None:
    row.login = user.login
    row.display_name = user.display_name
    row.email = user.email
    row.signature = user.signature
    row.rights = rights_text(user.rights)
    row.active = user.active
