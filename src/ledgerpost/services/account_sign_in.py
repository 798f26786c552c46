"""Signing a sending account in with OAuth2 (``account login``, later the settings page), and
the secret each account's connections use: its password, or its OAuth2 token source."""

from __future__ import annotations

import ssl
import threading
import webbrowser
from collections.abc import Callable

from ledgerpost.domain.mail_accounts import AccountState, MailAccount
from ledgerpost.domain.smtp import AuthMethod
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.mail.connection import Secret
from ledgerpost.mail.errors import MailError
from ledgerpost.mail.oauth_sign_in import DeviceCode
from ledgerpost.mail.oauth_tokens import TokenSource, account_tokens
from ledgerpost.mail.secrets import SaveResult
from ledgerpost.services import access
from ledgerpost.services import mail_accounts as accounts
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger


def token_source(
    ledger: Ledger, account: MailAccount, tls: ssl.SSLContext | None = None
) -> TokenSource:
    """The account's OAuth2 tokens (its refresh token in the keyring, under
    :func:`ledgerpost.services.mail_accounts.token_key`)."""
    if account.oauth is None:
        raise LedgerError.of("oauth-not-set", "", name=account.name)
    return account_tokens(account.oauth, ledger.location, account.name, account.smtp.user, tls=tls)


def secret_of(ledger: Ledger, account: MailAccount, given: str | None = None) -> Secret:
    """What the account's connections sign in with: its token source (OAuth2), else the
    password given now or kept; None when the server needs no login."""
    if account.auth is AuthMethod.OAUTH2:
        return token_source(ledger, account)
    if given is not None:
        return given
    return accounts.password_of(ledger, account) if account.smtp.wants_auth else None


def sign_in(
    ledger: Ledger,
    name: str,
    *,
    device: bool = False,
    show: Callable[[DeviceCode], object] = print,
    open_browser: Callable[[str], object] = webbrowser.open,
    by: SignedIn | None = None,
    tls: ssl.SSLContext | None = None,
    cancel: threading.Event | None = None,
) -> SaveResult:
    """Sign the account ``name`` in: the system browser and a loopback redirect, or with
    ``device`` a code the user enters elsewhere (given to ``show``). The refresh token goes to
    the keyring and the account is ready again. Setting ``cancel`` stops the wait (the settings
    page's Cancel). LedgerError with the plain sentence otherwise (the MailError its cause)."""
    with ledger.db.read() as s:
        access.require(s, by, Right.MANAGE_SETTINGS)
    account = accounts.get(ledger, name)
    if account.auth is not AuthMethod.OAUTH2:
        raise LedgerError.of("oauth-password-account", "", name=name)
    source = token_source(ledger, account, tls)
    try:
        if device:
            tokens = source.sign_in.with_device_code(show, cancel=cancel)
        else:
            tokens = source.sign_in.with_browser(
                login_hint=account.smtp.user, open_browser=open_browser, cancel=cancel
            )
        kept = source.keep(tokens)
    except MailError as exc:
        raise LedgerError.passing_on(exc) from exc
    if not account.ready:
        accounts.set_state(ledger, name, AccountState.READY)
    return kept
