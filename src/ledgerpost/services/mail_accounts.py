"""The ledger's sending accounts: list, add, change, make default, their state and secrets.

One account is the default while any exist. The password (or an OAuth2 refresh token) of each
is kept in the OS keyring under :func:`secret_key`, never in the database. Which account a
message goes from is :mod:`ledgerpost.services.account_choice`.
"""

from __future__ import annotations

import dataclasses

from ledgerpost.domain.mail_accounts import AccountState, MailAccount
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import AuthMethod
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.mail import oauth_tokens, providers
from ledgerpost.mail.errors import SignInNeeded, TokenRefused
from ledgerpost.mail.secrets import PasswordStore, SaveResult, account_key, password_key
from ledgerpost.mail.secrets import token_key as oauth_token_key
from ledgerpost.services import access
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import mail_account_repository as repo

PASSWORDS = PasswordStore()
"""One store per process: where no keyring exists, it keeps passwords for this session."""
DEFAULT_NAME = repo.DEFAULT_NAME


class UnknownAccount(LedgerError):
    """No sending account has this name."""

    def __init__(self, name: str) -> None:
        super().__init__(f"there is no sending account named {name!r}; see 'account list'")
        self.name = name


# --- reading ---------------------------------------------------------------------------------


def accounts(ledger: Ledger) -> list[MailAccount]:
    """Every sending account, by name."""
    with ledger.db.read() as s:
        return repo.list_accounts(s)


def find(ledger: Ledger, name: str) -> MailAccount | None:
    with ledger.db.read() as s:
        return repo.find_account(s, name)


def get(ledger: Ledger, name: str) -> MailAccount:
    """The account named ``name``; ``UnknownAccount`` when there is none."""
    found = find(ledger, name)
    if found is None:
        raise UnknownAccount(name)
    return found


def by_id(ledger: Ledger, account_id: int) -> MailAccount | None:
    with ledger.db.read() as s:
        return repo.get_account(s, account_id)


def default(ledger: Ledger) -> MailAccount | None:
    """The company's default account; None while the ledger has none."""
    with ledger.db.read() as s:
        return repo.default_account(s)


# --- changing ---------------------------------------------------------------------------------


def problems(account: MailAccount) -> list[Problem]:
    """Everything wrong with an account as it would be stored, each naming its field."""
    found = account.problems()
    if account.profile not in providers.profiles():
        found.append(
            Problem.of(
                "account-profile",
                "profile",
                profile=repr(account.profile),
                profiles=", ".join(providers.profiles()),
            )
        )
    return found


def add(ledger: Ledger, account: MailAccount, by: SignedIn | None = None) -> list[Problem]:
    """Store a new account if nothing is wrong with it (the first one becomes the default);
    otherwise store nothing and say why. ``NotAllowed`` without the right to manage settings."""
    with ledger.db.read() as s:
        access.require(s, by, Right.MANAGE_SETTINGS)
        taken = repo.find_account(s, account.name) is not None
    found = problems(account)
    if taken:
        found.insert(0, Problem.of("account-name-taken", "name", name=repr(account.name)))
    if found:
        return found
    with ledger.db.write() as s:
        repo.add_account(s, account)
    return []


def change(
    ledger: Ledger, name: str, account: MailAccount, by: SignedIn | None = None
) -> list[Problem]:
    """Store the changed settings of the account ``name`` (its state becomes ready again: the
    user has fixed what the server refused). The name stays."""
    with ledger.db.read() as s:
        access.require(s, by, Right.MANAGE_SETTINGS)
        old = repo.find_account(s, name)
    if old is None or old.id is None:
        raise UnknownAccount(name)
    account = dataclasses.replace(account, name=name)
    found = problems(account)
    if found:
        return found
    with ledger.db.write() as s:
        repo.change_account(s, old.id, account)
    return []


def make_default(ledger: Ledger, name: str, by: SignedIn | None = None) -> None:
    with ledger.db.read() as s:
        access.require(s, by, Right.MANAGE_SETTINGS)
        found = repo.find_account(s, name)
    if found is None or found.id is None:
        raise UnknownAccount(name)
    with ledger.db.write() as s:
        repo.make_default(s, found.id)


def set_state(ledger: Ledger, name: str, state: AccountState, detail: str = "") -> bool:
    """Put the account in ``state`` (PASSWORD_REFUSED or SIGN_IN_NEEDED pause its delivery;
    READY resumes it). ``detail`` is the server's reply, never a secret. False when it was in
    that state already."""
    found = get(ledger, name)
    assert found.id is not None
    with ledger.db.write() as s:
        return repo.set_state(s, found.id, state, detail, utcnow())


def set_user_account(
    ledger: Ledger, login: str, name: str | None, by: SignedIn | None = None
) -> None:
    """Name the account the messages of user ``login`` go from (None: the usual choice)."""
    with ledger.db.read() as s:
        access.require(s, by, Right.MANAGE_USERS)
    account_id = get(ledger, name).id if name else None
    with ledger.db.write() as s:
        if not repo.set_user_account(s, login, account_id):
            raise LedgerError.of("user-unknown", "", login=login)


# --- secrets ---------------------------------------------------------------------------------


def secret_key(ledger: Ledger, account: MailAccount) -> str:
    """The keyring entry of the account's password (service ``PASSWORDS.service``). Not a
    secret itself; it changes with the server or login."""
    return account_key(ledger.location, account.name, account.smtp.host, account.smtp.user)


def token_key(ledger: Ledger, account: MailAccount) -> str:
    """The keyring entry of the account's OAuth2 refresh token (the SMTP keyring service)."""
    return oauth_token_key(ledger.location, account.name)


def save_password(ledger: Ledger, account: MailAccount, password: str) -> SaveResult:
    """Keep the account's password; a refused password is thereby fixed (state ready)."""
    kept = PASSWORDS.save(secret_key(ledger, account), password)
    if account.state is AccountState.PASSWORD_REFUSED:
        set_state(ledger, account.name, AccountState.READY)
    return kept


def password_of(ledger: Ledger, account: MailAccount) -> str | None:
    """The kept password; the one kept before accounts existed for the same login, else None."""
    found = PASSWORDS.load(secret_key(ledger, account))
    if found is None:
        found = PASSWORDS.load(password_key(ledger.location, account.smtp.host, account.smtp.user))
    return found


def signed_in(ledger: Ledger, account: MailAccount) -> bool:
    """Whether a secret is kept: the refresh token (OAuth2), else the password."""
    if account.auth is AuthMethod.OAUTH2:
        return oauth_tokens.STORE.load(token_key(ledger, account)) is not None
    return password_of(ledger, account) is not None


def refused(ledger: Ledger, name: str, exc: Exception) -> None:
    """What delivery calls when the server refuses the account's sign-in: the account pauses
    until its password or settings change (PASSWORD_REFUSED), or until it signs in again
    (SIGN_IN_NEEDED: the refresh token is missing or revoked, or the server refused a fresh
    token)."""
    code, text = getattr(exc, "reply_code", ""), getattr(exc, "text", "")
    detail = f"{code} {text}".strip() or str(getattr(exc, "detail", ""))
    if isinstance(exc, SignInNeeded | TokenRefused):
        set_state(ledger, name, AccountState.SIGN_IN_NEEDED, detail)
    else:
        set_state(ledger, name, AccountState.PASSWORD_REFUSED, detail)
