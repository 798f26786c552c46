"""Known trouble with the mail server, each a code with its values, told as one plain sentence.

Every error says whether trying again later may help (``retryable``); the outbox worker relies
on it. The sentences live in the catalogue (:mod:`ledgerpost.i18n.mail_texts`), which
renders them in any language; ``str(error)`` is the English one, for logs and exceptions.
Connection trouble also inherits ``ConnectionError`` or ``TimeoutError`` (as aiosmtplib does),
except :class:`DeliveryUncertain`, which must never be lumped in with retryable failures.
No error ever carries the password. A mailbox's (IMAP) errors are in
:mod:`ledgerpost.mail.imap_errors`; a throttle reply is :mod:`ledgerpost.mail.throttle`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ledgerpost.i18n.problems import render_code

Value = str | int | float


class MailError(Exception):
    """Known trouble delivering mail: ``code`` names its sentence, ``params`` its values."""

    retryable: ClassVar[bool] = False

    def __init__(self, code: str, /, **params: Value) -> None:
        self.code = code
        self.params: tuple[tuple[str, Value], ...] = tuple(sorted(params.items()))
        super().__init__(self.message)

    @property
    def values(self) -> dict[str, Value]:
        return dict(self.params)

    @property
    def message(self) -> str:
        """The sentence in English."""
        return render_code(self.code, self.values)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class CannotConnect(MailError, ConnectionError):
    retryable = True

    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__("mail-cannot-connect", host=host, port=port, reason=reason)
        self.host, self.port, self.reason = host, port, reason


class ConnectionLost(MailError, ConnectionError):
    """The connection ended before the end of the message was sent: nothing was delivered."""

    retryable = True

    def __init__(self, host: str) -> None:
        super().__init__("mail-connection-lost", host=host)
        self.host = host


class ServerTimeout(MailError, TimeoutError):
    retryable = True

    def __init__(self, host: str, seconds: float) -> None:
        super().__init__("mail-timeout", host=host, seconds=f"{seconds:g}")
        self.host, self.seconds = host, seconds


class CertificateNotTrusted(MailError):
    def __init__(self, host: str, detail: str) -> None:
        detail = detail.rstrip(".")
        super().__init__("mail-certificate", host=host, detail=detail)
        self.host, self.detail = host, detail


class TlsMismatch(MailError):
    """SSL spoken to a STARTTLS (or plain) port, or a plain greeting awaited on an SSL port."""

    def __init__(self, host: str, port: int, ssl_expected_by_server: bool) -> None:
        code = "mail-ssl-expected" if ssl_expected_by_server else "mail-ssl-not-spoken"
        super().__init__(code, host=host, port=port)
        self.host, self.port = host, port


class TlsFailed(MailError):
    def __init__(self, host: str, detail: str) -> None:
        super().__init__("mail-tls-failed", host=host, detail=detail)
        self.host, self.detail = host, detail


class StartTlsNotOffered(MailError):
    def __init__(self, host: str, port: int) -> None:
        super().__init__("mail-no-starttls", host=host, port=port)
        self.host, self.port = host, port


class AuthenticationFailed(MailError):
    def __init__(self, user: str, code: int, text: str) -> None:
        super().__init__("mail-auth-failed", user=user, reply=code, text=text)
        self.user, self.reply_code, self.text = user, code, text


class AuthNotOffered(MailError):
    def __init__(self, host: str) -> None:
        super().__init__("mail-no-auth-method", host=host)
        self.host = host


class LoginNotOffered(AuthNotOffered):
    """The server offers no sign-in (AUTH) at all on this port: a relay port such as 25 once
    encrypted, or a server that offers it only over an encrypted connection."""

    def __init__(self, host: str, port: int, encrypted: bool) -> None:
        code = "mail-no-login-on-port" if encrypted else "mail-no-login-unencrypted"
        super(AuthNotOffered, self).__init__(code, host=host, port=port)  # past its code
        self.host, self.port, self.encrypted = host, port, encrypted


class InsecureAuthRefused(MailError):
    def __init__(self, host: str) -> None:
        super().__init__("mail-insecure-auth", host=host)
        self.host = host


class PasswordMissing(MailError):
    def __init__(self, user: str) -> None:
        super().__init__("mail-no-password", user=user)
        self.user = user


class SmtpUtf8NotOffered(MailError):
    """SMTPUTF8 is needed, for ``address`` (or, when it is empty, for the message itself)."""

    def __init__(self, address: str, host: str) -> None:
        if address:
            super().__init__("mail-smtputf8-address", address=address, host=host)
        else:
            super().__init__("mail-smtputf8-message", host=host)
        self.address, self.host = address, host


def _refusals(refused: Mapping[str, tuple[int, str]]) -> str:
    return "; ".join(f"{address}: {code} {text}" for address, (code, text) in refused.items())


class ServerReply(MailError):
    """The server answered, and not with yes; ``code`` and ``text`` are its words.

    ``refused`` names each recipient the server turned down, with its own reply. ``reply_code``
    is the server's number (``code`` is the error's, as for every mail error).
    """

    def __init__(
        self, error: str, code: int, text: str, refused: Mapping[str, tuple[int, str]]
    ) -> None:
        if refused:
            super().__init__(error, refusals=_refusals(refused))
        else:
            super().__init__(error, reply=code, text=text)
        self.reply_code, self.text = code, text
        self.refused: dict[str, tuple[int, str]] = dict(refused)


class TemporaryReply(ServerReply):
    retryable = True

    def __init__(
        self, code: int, text: str, refused: Mapping[str, tuple[int, str]] | None = None
    ) -> None:
        error = "mail-temporary-recipients" if refused else "mail-temporary"
        super().__init__(error, code, text, refused or {})


class PermanentReply(ServerReply):
    def __init__(
        self, code: int, text: str, refused: Mapping[str, tuple[int, str]] | None = None
    ) -> None:
        error = "mail-refused-recipients" if refused else "mail-refused"
        super().__init__(error, code, text, refused or {})


class DeliveryUncertain(MailError):
    """The end of the message was sent, then no answer came: it may have arrived.

    Never retried automatically; the user decides to send again (same Message-ID) or to mark
    it as sent.
    """

    def __init__(self, host: str, timed_out: bool = False) -> None:
        if timed_out:
            super().__init__("mail-uncertain-silent", host=host)
        else:
            super().__init__("mail-uncertain", host=host)
        self.host, self.timed_out = host, timed_out


# --- OAuth2 sign-in (Microsoft 365, Google): the provider's word, and the SMTP server's ---------


class SignInCancelled(MailError):
    """The user stopped the sign-in (closed the dialog, pressed Cancel)."""

    def __init__(self) -> None:
        super().__init__("mail-oauth-cancelled")


class NoBrowser(MailError):
    """No web browser could be opened here (a headless machine): use a device code."""

    def __init__(self) -> None:
        super().__init__("mail-oauth-no-browser")


class SignInTimedOut(MailError):
    """No answer from the browser or the device code's page within the time given."""

    def __init__(self, seconds: float) -> None:
        super().__init__("mail-oauth-timeout", seconds=f"{seconds:g}")
        self.seconds = seconds


class ProviderRefused(MailError):
    """The provider's sign-in service said no: its ``error`` and ``error_description`` (an
    AADSTS code, say) as it gave them."""

    def __init__(self, error: str, description: str = "") -> None:
        super().__init__("mail-oauth-refused", error=error, description=description or error)
        self.error, self.description = error, description


class ProviderUnreachable(MailError, ConnectionError):
    """The sign-in service could not be reached, or had trouble of its own (HTTP 5xx)."""

    retryable = True

    def __init__(self, host: str, reason: str) -> None:
        super().__init__("mail-oauth-unreachable", host=host, reason=reason)
        self.host, self.reason = host, reason


class NotHttps(MailError):
    """A sign-in address that is not https: no token goes over plain HTTP."""

    def __init__(self, url: str) -> None:
        super().__init__("mail-oauth-not-https", url=url)
        self.url = url


class SignInNeeded(MailError):
    """No refresh token, or the provider revoked or expired it (``invalid_grant``): the
    account must sign in again; its messages wait meanwhile. Not worth a retry."""

    def __init__(self, user: str, detail: str = "") -> None:
        if detail:
            super().__init__("mail-oauth-sign-in-needed-detail", user=user, detail=detail)
        else:
            super().__init__("mail-oauth-sign-in-needed", user=user)
        self.user, self.detail = user, detail


class OAuthNotOffered(MailError):
    def __init__(self, host: str) -> None:
        super().__init__("mail-oauth-not-offered", host=host)
        self.host = host


class TokenRefused(MailError):
    """The SMTP server refused a freshly refreshed token too (wrong mailbox signed in, SMTP
    sign-in turned off for the mailbox, a scope missing)."""

    def __init__(self, user: str, code: int, text: str) -> None:
        super().__init__("mail-oauth-token-refused", user=user, reply=code, text=text)
        self.user, self.reply_code, self.text = user, code, text


class BasicAuthDisabled(AuthenticationFailed):
    """Microsoft 365's ``5.7.30 Basic authentication is not supported``: a password account
    that must sign in with OAuth2 instead."""

    def __init__(self, user: str, code: int, text: str) -> None:
        # Past AuthenticationFailed's own sentence, to MailError's.
        super(AuthenticationFailed, self).__init__(
            "mail-basic-auth-disabled", user=user, reply=code, text=text
        )
        self.user, self.reply_code, self.text = user, code, text


class SendAsDenied(PermanentReply):
    """Microsoft 365's ``5.7.60`` / SendAsDeniedException: the mailbox signed in may not send
    as the message's From address."""

    def __init__(self, code: int, text: str) -> None:
        # Past PermanentReply's own sentence, to ServerReply's.
        super(PermanentReply, self).__init__("mail-send-as-denied", code, text, {})


# --- sending accounts ----------------------------------------------------------------------


class AccountPaused(MailError):
    """Delivery through the account waits for the user: its server refused the password, or
    its OAuth2 sign-in is missing or was revoked. Its messages wait; none fails."""

    def __init__(self, account: str, sign_in: bool = False) -> None:
        super().__init__(
            "mail-account-sign-in" if sign_in else "mail-account-paused", account=account
        )
        self.account, self.sign_in = account, sign_in


ACCOUNT_REFUSED = (AuthenticationFailed, SignInNeeded, TokenRefused)
"""The server refused the account's sign-in (535 and the like), or its OAuth2 sign-in is gone:
retrying cannot help until the user fixes the account, and would lock the mailbox behind the
server's guard (fail2ban)."""
