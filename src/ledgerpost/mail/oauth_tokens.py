"""An account's OAuth2 tokens while LedgerPost runs: the access token in memory only, the
refresh token in the OS keyring only (:mod:`ledgerpost.mail.secrets`).

:class:`TokenSource` is what the SMTP transport asks for a token; it refreshes shortly before
the access token expires, and at once when the server refused it (:meth:`force_refresh`).
Several threads may share one; several processes share the keyring entry (a rotated refresh
token written by one is read by the others).
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable

from ledgerpost.domain.mail_accounts import OAuthClient
from ledgerpost.mail import errors
from ledgerpost.mail.oauth_http import Tokens
from ledgerpost.mail.oauth_sign_in import SignIn
from ledgerpost.mail.secrets import PasswordStore, SaveResult, token_key

LEEWAY_SECONDS = 60.0
"""Refresh this long before the access token expires (at most half its lifetime)."""
STORE = PasswordStore()
"""The default store: one per process, so that without a keyring the session's memory is
shared by every token source."""


class TokenSource:
    """Access tokens for one account's ``user``, refreshed with the refresh token kept in
    ``store`` under ``key``."""

    def __init__(
        self,
        sign_in: SignIn,
        store: PasswordStore,
        key: str,
        *,
        user: str,
        leeway: float = LEEWAY_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.sign_in, self.store, self.key, self.user = sign_in, store, key, user
        self.leeway = leeway
        self._clock = clock
        self._lock = threading.Lock()
        self._access = ""
        self._refresh_at = 0.0
        self.refreshes = 0
        """How many refreshes this source made (tests and the log read it)."""

    def __repr__(self) -> str:
        return f"TokenSource({self.user!r}, {self.key!r}, in_memory={bool(self._access)})"

    @property
    def signed_in(self) -> bool:
        """Whether a refresh token is kept (in the keyring, or this session's memory)."""
        return bool(self.store.load(self.key))

    def keep(self, tokens: Tokens) -> SaveResult:
        """Keep what a sign-in gave: the refresh token in the store, the access token here."""
        if not tokens.refresh_token:
            raise errors.ProviderRefused("invalid_response", "no refresh token was given")
        with self._lock:
            result = self.store.save(self.key, tokens.refresh_token)
            self._use(tokens)
        return result

    def access_token(self) -> str:
        """A token that is not about to expire: the one in memory, else a refreshed one.
        Raises SignInNeeded, ProviderRefused or ProviderUnreachable (retryable)."""
        with self._lock:
            if self._access and self._clock() < self._refresh_at:
                return self._access
            return self._refresh()

    def force_refresh(self) -> str:
        """A new access token whatever the old one's time (the server refused it)."""
        with self._lock:
            return self._refresh()

    def forget(self, *, revoke: bool = True) -> None:
        """Sign out: revoke the refresh token where the provider can, and remove it."""
        with self._lock:
            refresh_token = self.store.load(self.key)
            self._access, self._refresh_at = "", 0.0
            self.store.forget(self.key)
        if revoke and refresh_token:
            self.sign_in.revoke(refresh_token)

    def _refresh(self) -> str:
        refresh_token = self.store.load(self.key)
        if not refresh_token:
            raise errors.SignInNeeded(self.user)
        try:
            tokens = self.sign_in.refresh(refresh_token, user=self.user)
        except errors.SignInNeeded:
            # Another process may have rotated it meanwhile: try the one kept now, once.
            again = self.store.load(self.key)
            if not again or again == refresh_token:
                self._access = ""
                raise
            tokens = self.sign_in.refresh(again, user=self.user)
            refresh_token = again
        if tokens.refresh_token != refresh_token:
            self.store.save(self.key, tokens.refresh_token)
        self.refreshes += 1
        self._use(tokens)
        return self._access

    def _use(self, tokens: Tokens) -> None:
        lifetime = tokens.expires_in if tokens.expires_in is not None else 3600.0
        self._access = tokens.access_token
        self._refresh_at = self._clock() + lifetime - min(self.leeway, lifetime / 2)


def account_tokens(
    client: OAuthClient,
    ledger_id: str,
    account_name: str,
    user: str,
    *,
    store: PasswordStore | None = None,
    tls: ssl.SSLContext | None = None,
) -> TokenSource:
    """The token source of one ledger's sending account (its refresh token under
    :func:`~ledgerpost.mail.secrets.token_key`)."""
    return TokenSource(
        SignIn(client, tls=tls),
        store or STORE,
        token_key(ledger_id, account_name),
        user=user,
    )
