"""Known trouble with the mail server, each told in one plain sentence for a bookkeeper.

Every error says whether trying again later may help (``retryable``); the outbox worker relies
on it. All the sentences live here, in one place, so that they can be translated later.
Connection trouble also inherits ``ConnectionError`` or ``TimeoutError`` (as aiosmtplib does),
except :class:`DeliveryUncertain`, which must never be lumped in with retryable failures.
No error ever carries the password.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

SSL_OR_STARTTLS = "port 465 expects SSL; choose SSL, or STARTTLS on 587"


class MailError(Exception):
    """Known trouble delivering mail; ``str(error)`` is one sentence the user can act on."""

    retryable: ClassVar[bool] = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class CannotConnect(MailError, ConnectionError):
    retryable = True

    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__(
            f"The mail server {host} could not be reached on port {port} ({reason}); "
            "check the server name and port, or try again later."
        )
        self.host, self.port, self.reason = host, port, reason


class ConnectionLost(MailError, ConnectionError):
    """The connection ended before the end of the message was sent: nothing was delivered."""

    retryable = True

    def __init__(self, host: str) -> None:
        super().__init__(
            f"The connection to the mail server {host} was lost before the message was sent; "
            "it will be tried again later."
        )
        self.host = host


class ServerTimeout(MailError, TimeoutError):
    retryable = True

    def __init__(self, host: str, seconds: float) -> None:
        super().__init__(
            f"The mail server {host} did not answer within {seconds:g} seconds; "
            "it will be tried again later."
        )
        self.host, self.seconds = host, seconds


class CertificateNotTrusted(MailError):
    def __init__(self, host: str, detail: str) -> None:
        detail = detail.rstrip(".")
        super().__init__(
            f"The certificate of the mail server {host} is not trusted ({detail}); if your "
            "company uses its own certificate, choose its CA file in the SMTP settings."
        )
        self.host, self.detail = host, detail


class TlsMismatch(MailError):
    """SSL spoken to a STARTTLS (or plain) port, or a plain greeting awaited on an SSL port."""

    def __init__(self, host: str, port: int, ssl_expected_by_server: bool) -> None:
        if ssl_expected_by_server:
            what = f"The mail server {host} expects SSL from the first byte on port {port}"
        else:
            what = f"The mail server {host} does not speak SSL from the first byte on port {port}"
        super().__init__(f"{what}: {SSL_OR_STARTTLS}.")
        self.host, self.port = host, port


class TlsFailed(MailError):
    def __init__(self, host: str, detail: str) -> None:
        super().__init__(
            f"A secure connection to the mail server {host} could not be set up ({detail}); "
            "check the security setting or ask your provider for the right settings."
        )
        self.host, self.detail = host, detail


class StartTlsNotOffered(MailError):
    def __init__(self, host: str) -> None:
        super().__init__(
            f"The mail server {host} does not offer STARTTLS, so the connection cannot be "
            f"encrypted: {SSL_OR_STARTTLS}."
        )
        self.host = host


class AuthenticationFailed(MailError):
    def __init__(self, user: str, code: int, text: str) -> None:
        super().__init__(
            f"The mail server refused the user name or password for {user} ({code} {text}); "
            "check them in the SMTP settings."
        )
        self.user, self.code, self.text = user, code, text


class AuthNotOffered(MailError):
    def __init__(self, host: str) -> None:
        super().__init__(
            f"The mail server {host} offers no sign-in method LedgerPost can use (PLAIN or "
            "LOGIN) on this connection; choose STARTTLS or SSL, or leave the user name empty "
            "if the server needs no sign-in."
        )
        self.host = host


class InsecureAuthRefused(MailError):
    def __init__(self, host: str) -> None:
        super().__init__(
            f"LedgerPost will not send your password to {host} over an unencrypted connection; "
            "choose STARTTLS or SSL, or allow insecure sign-in explicitly in the SMTP settings."
        )
        self.host = host


class PasswordMissing(MailError):
    def __init__(self, user: str) -> None:
        super().__init__(f"No password is known for {user}; enter it in the SMTP settings.")
        self.user = user


class SmtpUtf8NotOffered(MailError):
    """SMTPUTF8 is needed, for ``address`` (or, when it is empty, for the message itself)."""

    def __init__(self, address: str, host: str) -> None:
        if address:
            message = (
                f"The address {address} has letters that only mail servers offering SMTPUTF8 "
                f"accept, and {host} does not offer it; ask for an address in plain Latin letters."
            )
        else:
            message = (
                "The message needs a mail server that offers SMTPUTF8 (international text in "
                f"addresses and headers), and {host} does not offer it."
            )
        super().__init__(message)
        self.address, self.host = address, host


def _refusals(refused: Mapping[str, tuple[int, str]]) -> str:
    return "; ".join(f"{address}: {code} {text}" for address, (code, text) in refused.items())


class ServerReply(MailError):
    """The server answered, and not with yes; ``code`` and ``text`` are its words.

    ``refused`` names each recipient the server turned down, with its own reply.
    """

    def __init__(
        self, message: str, code: int, text: str, refused: Mapping[str, tuple[int, str]]
    ) -> None:
        super().__init__(message)
        self.code, self.text = code, text
        self.refused: dict[str, tuple[int, str]] = dict(refused)


class TemporaryReply(ServerReply):
    retryable = True

    def __init__(
        self, code: int, text: str, refused: Mapping[str, tuple[int, str]] | None = None
    ) -> None:
        if refused:
            message = (
                "The mail server could not take any of the recipients for now "
                f"({_refusals(refused)}); it will be tried again later."
            )
        else:
            message = (
                f"The mail server could not take the message for now ({code} {text}); "
                "it will be tried again later."
            )
        super().__init__(message, code, text, refused or {})


class PermanentReply(ServerReply):
    def __init__(
        self, code: int, text: str, refused: Mapping[str, tuple[int, str]] | None = None
    ) -> None:
        if refused:
            message = f"The mail server refused every recipient ({_refusals(refused)})."
        else:
            message = f"The mail server refused the message ({code} {text})."
        super().__init__(message, code, text, refused or {})


class DeliveryUncertain(MailError):
    """The end of the message was sent, then no answer came: it may have arrived.

    Never retried automatically; the user decides to send again (same Message-ID) or to mark
    it as sent.
    """

    def __init__(self, host: str, timed_out: bool = False) -> None:
        what = "did not answer in time" if timed_out else "ended"
        subject = (
            f"The mail server {host}" if timed_out else f"The connection to the mail server {host}"
        )
        super().__init__(
            f"{subject} {what} after the whole message was sent, "
            "so it may or may not have arrived; check with the recipient, then send it again "
            "or mark it as sent."
        )
        self.host, self.timed_out = host, timed_out
