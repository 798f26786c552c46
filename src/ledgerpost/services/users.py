"""Users and rights: logging in, and the administrator's work on user cards and passwords.

A fresh ledger has one administrator and asks for no password (``session`` gives the
administrator). Once any active user has a password, ``login_required`` is true and only
``authenticate`` gives a session. A failed login never says whether the name or the password
was wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import (
    Right,
    SignedIn,
    User,
    decoy_hash,
    hash_password,
    login_problems,
    needs_rehash,
    password_problems,
    verify_password,
)
from ledgerpost.services import access
from ledgerpost.services.errors import LoginFailed
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import user_repository as repo


@dataclass(frozen=True, slots=True)
class UserResult:
    """The user as saved, or why nothing was saved."""

    user: User | None
    problems: tuple[Problem, ...] = ()

    @property
    def saved(self) -> bool:
        return not self.problems


def login_required(ledger: Ledger) -> bool:
    with ledger.db.read() as s:
        return repo.any_password(s)


def session(ledger: Ledger) -> SignedIn:
    """The administrator's session on a ledger without passwords (``LoginRequired`` else)."""
    with ledger.db.read() as s:
        return access.implicit(s)


def authenticate(ledger: Ledger, login: str, password: str) -> SignedIn:
    """A session for ``login`` if ``password`` is theirs; ``LoginFailed`` otherwise."""
    with ledger.db.read() as s:
        stored = repo.password_hash(s, login.strip())
    if not stored:
        verify_password(password, decoy_hash())
        raise LoginFailed()
    if not verify_password(password, stored):
        raise LoginFailed()
    with ledger.db.write() as s:
        user = repo.find_user(s, login.strip())
        if user is None or user.id is None:
            raise LoginFailed()
        if needs_rehash(stored):
            repo.set_password_hash(s, user.id, hash_password(password))
    return SignedIn(user)


def refresh(ledger: Ledger, current: SignedIn) -> SignedIn:
    """The session with the user's card as it is stored now (rights may have changed)."""
    with ledger.db.read() as s:
        user = repo.find_user(s, current.login)
    if user is None or not user.active:
        raise LoginFailed()
    return SignedIn(user)


def users(ledger: Ledger, by: SignedIn | None = None) -> list[User]:
    """Every user, by login name; for a user who manages users."""
    with ledger.db.read() as s:
        access.require(s, by, Right.MANAGE_USERS)
        return repo.list_users(s)


def signers(ledger: Ledger) -> list[str]:
    """The names of the active users, who may sign a letter; any user may read them."""
    with ledger.db.read() as s:
        return sorted((u.name for u in repo.list_users(s) if u.active), key=str.casefold)


def _card_problems(user: User) -> list[Problem]:
    found = login_problems(user.login)
    if user.email and ("@" not in user.email or any(c.isspace() for c in user.email.strip())):
        found.append(Problem.of("email", "email", value=repr(user.email)))
    return found


def add_user(
    ledger: Ledger, user: User, password: str = "", by: SignedIn | None = None
) -> UserResult:
    """A new user, with a password when one is given."""
    user = replace(user, login=user.login.strip(), email=user.email.strip(), id=None)
    found = _card_problems(user)
    with ledger.db.read() as s:
        acting = access.require(s, by, Right.MANAGE_USERS)
        acting_has_password = bool(repo.password_hash(s, acting.login))
    if password:
        found += password_problems(password, user.login)
        if not acting_has_password:
            found.append(_own_first())
    with ledger.db.read() as s:
        if repo.find_user(s, user.login) is not None:
            found.append(Problem.of("login-taken", "login", login=user.login))
    if found:
        return UserResult(None, tuple(found))
    hashed = hash_password(password) if password else ""
    with ledger.db.write() as s:
        return UserResult(repo.add_user(s, user, hashed))


def update_user(ledger: Ledger, user: User, by: SignedIn | None = None) -> UserResult:
    """Save a changed card and rights; the login name and the password stay.

    The last active user who manages users keeps that right and stays active.
    """
    user_id = user.id
    if user_id is None:
        raise ValueError("a new user is added, not updated")
    user = replace(user, email=user.email.strip())
    found = _card_problems(user)
    with ledger.db.write() as s:
        access.require(s, by, Right.MANAGE_USERS)
        stored = repo.get_user(s, user_id)
        user = replace(user, login=stored.login)
        keeps_admin = user.active and Right.MANAGE_USERS in user.rights
        others = repo.count_active_with_right(s, Right.MANAGE_USERS.value, besides=user_id)
        if not keeps_admin and others == 0:
            found.append(Problem.of("last-administrator", "rights", name=stored.name))
        if found:
            return UserResult(None, tuple(found))
        return UserResult(repo.update_user(s, user))


def deactivate(ledger: Ledger, user_id: int, by: SignedIn | None = None) -> UserResult:
    """The user can no longer log in; what they queued keeps their name."""
    with ledger.db.read() as s:
        user = repo.get_user(s, user_id)
    return update_user(ledger, replace(user, active=False), by)


def _own_first() -> Problem:
    # Once any password exists everyone logs in: without one of your own you would be locked out.
    return Problem.of("own-password-first", "password")


def set_password(
    ledger: Ledger,
    login: str,
    password: str,
    by: SignedIn | None = None,
    *,
    current: str | None = None,
) -> list[Problem]:
    """Set ``login``'s password. A user changes their own with ``current``; a user who
    manages users sets anyone's. From the first password on, the ledger asks for a login."""
    with ledger.db.read() as s:
        acting = access.resolve(s, by)
        user = repo.find_user(s, login)
        stored = repo.password_hash(s, login) or ""
        acting_has_password = bool(repo.password_hash(s, acting.login))
    if user is None or user.id is None:
        return [Problem.of("no-user", "login", login=login)]
    own = acting.login == user.login
    if not acting.may(Right.MANAGE_USERS):
        if not own:
            raise access.not_allowed(acting, Right.MANAGE_USERS)
        if stored and not verify_password(current or "", stored):
            return [Problem.of("current-password", "current")]
    found = password_problems(password, user.login)
    if not own and not acting_has_password:
        found.append(_own_first())
    if found:
        return found
    hashed = hash_password(password)
    with ledger.db.write() as s:
        repo.set_password_hash(s, user.id, hashed)
    return []
