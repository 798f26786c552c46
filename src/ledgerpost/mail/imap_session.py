"""Opening an IMAP connection: TCP, TLS (SSL or STARTTLS), sign-in, each failure a MailError.

Used by :mod:`ledgerpost.mail.mailbox`. AUTHENTICATE PLAIN is preferred to LOGIN because
:mod:`imaplib`'s LOGIN cannot send a non-ASCII password; XOAUTH2 takes the account's tokens
(:class:`~ledgerpost.mail.oauth_sasl.AccessTokens`). No password or token is ever logged or
put in an error's text.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import socket
import ssl
from collections.abc import Callable

from ledgerpost.domain.smtp import Security
from ledgerpost.mail import errors, imap_errors, imap_utf7, oauth_sasl
from ledgerpost.mail.oauth_sasl import AccessTokens


def tls_context(host: str, ca_file: str) -> ssl.SSLContext:
    """Verifying context: the system's certificates, or only ``ca_file``."""
    try:
        return ssl.create_default_context(cafile=ca_file or None)
    except (OSError, ssl.SSLError) as error:
        detail = f"the CA file {ca_file} cannot be read: {error}"
        raise imap_errors.ImapCertificateNotTrusted(host, detail) from None


def connect(
    host: str, port: int, security: Security, ca_file: str, timeout: float
) -> imaplib.IMAP4:
    """A greeted connection, encrypted as ``security`` says."""
    try:
        if security is Security.SSL:
            context = tls_context(host, ca_file)
            return imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=timeout)
        imap = imaplib.IMAP4(host, port, timeout=timeout)
    except ssl.SSLCertVerificationError as error:
        raise imap_errors.ImapCertificateNotTrusted(host, str(error.verify_message)) from None
    except ssl.SSLError as error:
        raise errors.TlsFailed(host, str(error.reason or error)) from None
    except socket.gaierror:
        raise errors.CannotConnect(host, port, "the server name is not known") from None
    except TimeoutError:
        raise errors.CannotConnect(host, port, f"no answer within {timeout:g} seconds") from None
    except imaplib.IMAP4.error as error:
        raise errors.CannotConnect(host, port, f"not an IMAP server ({error})") from None
    except OSError as error:
        raise errors.CannotConnect(host, port, error.strerror or str(error)) from None
    if security is Security.STARTTLS:
        try:
            _start_tls(imap, host, ca_file)
        except BaseException:
            with contextlib.suppress(Exception):
                imap.shutdown()
            raise
    return imap


def _start_tls(imap: imaplib.IMAP4, host: str, ca_file: str) -> None:
    if "STARTTLS" not in imap.capabilities:
        raise imap_errors.ImapStartTlsNotOffered(host)
    try:
        imap.starttls(tls_context(host, ca_file))
    except ssl.SSLCertVerificationError as error:
        raise imap_errors.ImapCertificateNotTrusted(host, str(error.verify_message)) from None
    except ssl.SSLError as error:
        raise errors.TlsFailed(host, str(error.reason or error)) from None
    except imaplib.IMAP4.abort:
        raise imap_errors.ImapConnectionLost(host) from None
    except imaplib.IMAP4.error as error:
        raise errors.TlsFailed(host, str(error)) from None
    except OSError:
        raise imap_errors.ImapConnectionLost(host) from None


def sign_in(
    imap: imaplib.IMAP4,
    host: str,
    user: str,
    password: str | None,
    tokens: AccessTokens | None,
) -> None:
    """XOAUTH2 when ``tokens`` are given (once more with a fresh token if the first is
    refused), else AUTHENTICATE PLAIN, else LOGIN."""
    offered = {str(c).upper() for c in imap.capabilities}
    if tokens is not None:
        if "AUTH=XOAUTH2" not in offered:
            raise imap_errors.ImapAuthNotOffered(host, "XOAUTH2")
        try:
            _xoauth2(imap, host, user, tokens.access_token())
        except imap_errors.ImapAuthenticationFailed:
            _xoauth2(imap, host, user, tokens.force_refresh())
        return
    secret = password or ""
    if "AUTH=PLAIN" in offered:
        blob = f"\0{user}\0{secret}".encode()
        _run_sign_in(imap, host, user, secret, lambda: imap.authenticate("PLAIN", _once(blob)))
    elif "LOGINDISABLED" in offered:
        raise imap_errors.ImapAuthNotOffered(host, "PLAIN")
    else:
        _run_sign_in(imap, host, user, secret, lambda: imap.login(user, secret))


def _xoauth2(imap: imaplib.IMAP4, host: str, user: str, token: str) -> None:
    blob = base64.b64decode(oauth_sasl.xoauth2(user, token))  # imaplib encodes it again
    _run_sign_in(imap, host, user, token, lambda: imap.authenticate("XOAUTH2", _once(blob)))


def refresh_capabilities(imap: imaplib.IMAP4, host: str) -> None:
    """Ask again after sign-in: servers offer more then (MOVE, UIDPLUS), imaplib keeps the old."""
    try:
        status, data = imap.capability()
    except (imaplib.IMAP4.error, OSError):
        raise imap_errors.ImapConnectionLost(host) from None
    last = data[-1] if status == "OK" and data and isinstance(data[-1], bytes) else b""
    if last:
        imap.capabilities = tuple(last.decode("ascii", "replace").upper().split())


def _once(answer: bytes) -> Callable[[bytes], bytes]:
    """Answers the first challenge; any later one (an error's details) with nothing."""
    given: list[bool] = []

    def respond(_challenge: bytes) -> bytes:
        if given:
            return b""
        given.append(True)
        return answer

    return respond


def _run_sign_in(
    imap: imaplib.IMAP4, host: str, user: str, secret: str, run: Callable[[], object]
) -> None:
    try:
        run()
    except imaplib.IMAP4.abort:
        raise imap_errors.ImapConnectionLost(host) from None
    except imaplib.IMAP4.error as error:
        said = str(error).strip("b'\"")
        if secret:
            said = said.replace(secret, "***")
        raise imap_errors.ImapAuthenticationFailed(user, said) from None
    except UnicodeEncodeError:
        raise imap_errors.ImapAuthNotOffered(host, "PLAIN") from None
    except TimeoutError:
        raise errors.ServerTimeout(host, float(imap.sock.gettimeout() or 0)) from None
    except OSError:
        raise imap_errors.ImapConnectionLost(host) from None


def quoted(name: str) -> str:
    """A folder name as an IMAP quoted string, in modified UTF-7 (RFC 3501 §5.1.3)."""
    wire = imap_utf7.encode(name)
    return '"' + wire.replace("\\", "\\\\").replace('"', '\\"') + '"'
