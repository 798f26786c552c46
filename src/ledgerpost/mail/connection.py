"""One open SMTP connection: greeted, secured with TLS and signed in, every failure told plainly.

:func:`open_connection` does the setup with :mod:`smtplib` and :mod:`ssl` (certificates are
always verified: the system store, or only the CA file of the settings). AUTH PLAIN is written
by hand because smtplib cannot send a non-ASCII password (ARCHITECTURE, "Platform facts");
LOGIN is the fallback. An OAuth2 account signs in with a token instead
(:mod:`ledgerpost.mail.oauth_sasl`). The password or token is never logged and never put in an
error's text.
"""

from __future__ import annotations

import base64
import contextlib
import smtplib
import socket
import ssl

from ledgerpost.domain.smtp import AuthMethod, Security, SmtpSettings
from ledgerpost.mail import errors, oauth_sasl
from ledgerpost.mail.oauth_sasl import AccessTokens
from ledgerpost.mail.throttle import throttle_of

Reply = tuple[int, str]
Secret = str | AccessTokens | None
"""A password, or where OAuth2 access tokens come from."""

# Microsoft 365's words for "no passwords here any more: sign in with OAuth2".
_BASIC_AUTH_OFF = (
    "5.7.30",
    "basic authentication is not supported",
    "basic authentication is disabled",
)
# Microsoft 365's words for "this mailbox may not send as that From address".
_SEND_AS_DENIED = ("5.7.60", "sendasdenied")

# OpenSSL's words for "the other side does not speak TLS here".
_NOT_TLS = frozenset(
    {
        "WRONG_VERSION_NUMBER",
        "RECORD_LAYER_FAILURE",
        "PACKET_LENGTH_TOO_LONG",
        "UNKNOWN_PROTOCOL",
        "HTTP_REQUEST",
    }
)


class Dropped(Exception):
    """The connection ended (``timed_out`` False) or went silent for the timeout (True)."""

    def __init__(self, timed_out: bool) -> None:
        super().__init__("timed out" if timed_out else "connection closed")
        self.timed_out = timed_out


def _dropped(error: smtplib.SMTPServerDisconnected) -> Dropped:
    # smtplib turns every OSError into SMTPServerDisconnected; a timeout stays in the context.
    return Dropped(isinstance(error.__context__, TimeoutError))


class Connection:
    """Bytes out, replies in: what the transaction code needs from an open connection."""

    def __init__(self, smtp: smtplib.SMTP, settings: SmtpSettings, secret: Secret) -> None:
        self._smtp = smtp
        self._settings = settings
        self._password = secret if isinstance(secret, str) else None
        self._tokens = secret if isinstance(secret, AccessTokens) else None
        self._hidden: list[str] = [self._password] if self._password else []
        self.tls_version = ""

    def __repr__(self) -> str:
        return f"Connection({self._settings.host}:{self._settings.port})"

    def offers(self, extension: str) -> bool:
        return bool(self._smtp.has_extn(extension))

    def size_limit(self) -> int | None:
        """The largest message the server takes, as it announced (ESMTP SIZE, RFC 1870);
        None when it announced none, or no fixed one (SIZE 0)."""
        announced = str(self._smtp.esmtp_features.get("size", "")).strip()
        return int(announced) if announced.isdigit() and int(announced) > 0 else None

    def write(self, data: bytes) -> None:
        """Raises :class:`Dropped`."""
        try:
            self._smtp.send(data)
        except smtplib.SMTPServerDisconnected as error:
            raise _dropped(error) from None

    def read(self, timeout: float | None = None) -> Reply:
        """The next reply, its lines joined, waited for ``timeout`` seconds instead of the
        settings' when given; raises :class:`Dropped`."""
        sock = self._smtp.sock
        if timeout is not None and sock is not None:
            sock.settimeout(timeout)
        try:
            code, raw = self._smtp.getreply()
        except smtplib.SMTPServerDisconnected as error:
            raise _dropped(error) from None
        except smtplib.SMTPResponseException as error:
            code, raw = error.smtp_code, bytes(str(error.smtp_error), "utf-8")
        finally:
            if timeout is not None and sock is not None and self._smtp.sock is sock:
                sock.settimeout(self._settings.timeout_seconds)
        if code < 100:
            raise Dropped(False)  # not SMTP: nothing can be concluded from it
        return code, self.scrub(raw.decode("utf-8", "replace").replace("\n", " "))

    def command(self, line: bytes) -> Reply:
        self.write(line)
        return self.read()

    def scrub(self, text: str) -> str:
        """A server's words with the password or token taken out, should a server echo it."""
        for secret in self._hidden:
            if secret in text:
                text = text.replace(secret, "***")
        return text

    def _hide(self, secret: str) -> None:
        if secret and secret not in self._hidden:
            self._hidden.append(secret)

    def close(self, *, say_quit: bool) -> None:
        if say_quit:
            with contextlib.suppress(Dropped):
                self.command(b"QUIT\r\n")
        self._smtp.close()

    # --- setting up ----------------------------------------------------------------------------

    def lost(self, dropped: Dropped) -> errors.MailError:
        s = self._settings
        if dropped.timed_out:
            return errors.ServerTimeout(s.host, s.timeout_seconds)
        return errors.ConnectionLost(s.host)

    def _setup_command(self, line: bytes) -> Reply:
        try:
            return self.command(line)
        except Dropped as dropped:
            raise self.lost(dropped) from None

    def ehlo(self) -> None:
        name = _helo_name(self._smtp.sock)
        try:
            code, raw = self._smtp.ehlo(name)
            if code != 250:
                code, raw = self._smtp.helo(name)
        except smtplib.SMTPServerDisconnected as error:
            raise self.lost(_dropped(error)) from None
        if code != 250:
            raise reply_error(code, self.scrub(raw.decode("utf-8", "replace")))

    def start_tls(self, context: ssl.SSLContext) -> None:
        host = self._settings.host
        if not self.offers("starttls"):
            raise errors.StartTlsNotOffered(host, self._settings.port)
        code, text = self._setup_command(b"STARTTLS\r\n")
        if code != 220:
            if 400 <= code < 500:
                raise errors.TemporaryReply(code, text)
            raise errors.TlsFailed(host, f"{code} {text}")
        plain = self._smtp.sock
        if plain is None:  # the server hung up after its 220
            raise errors.ConnectionLost(host)
        try:
            tls = context.wrap_socket(plain, server_hostname=host)
        except ssl.SSLCertVerificationError as error:
            raise errors.CertificateNotTrusted(host, str(error.verify_message)) from None
        except ssl.SSLError as error:
            raise errors.TlsFailed(host, str(error.reason or error)) from None
        except TimeoutError:
            raise errors.ServerTimeout(host, self._settings.timeout_seconds) from None
        except OSError:
            raise errors.ConnectionLost(host) from None
        self._smtp.sock = tls
        self._smtp.file = None
        self.tls_version = str(tls.version())
        self.ehlo()

    def require_login_offered(self) -> None:
        """Raises :class:`~ledgerpost.mail.errors.LoginNotOffered` when the server offers no
        sign-in at all here, with the advice that fits: another port once encrypted (a relay
        port such as 25 has no AUTH), encryption first otherwise."""
        if not self.offers("auth"):
            s = self._settings
            raise errors.LoginNotOffered(s.host, s.port, encrypted=bool(self.tls_version))

    def authenticate(self) -> None:
        user, password = self._settings.user, self._password or ""
        mechanisms = str(self._smtp.esmtp_features.get("auth", "")).upper().split()
        if self._settings.auth is AuthMethod.OAUTH2:
            if self._tokens is None:
                raise errors.SignInNeeded(user)
            address = (self._settings.host, self._settings.port)
            oauth_sasl.authenticate(
                self._setup_command, mechanisms, user, self._tokens, address, self._hide
            )
            return
        if "PLAIN" in mechanisms:
            blob = base64.b64encode(f"\0{user}\0{password}".encode())
            code, text = self._setup_command(b"AUTH PLAIN " + blob + b"\r\n")
        elif "LOGIN" in mechanisms:
            code, text = self._setup_command(b"AUTH LOGIN\r\n")
            for secret in (user, password):
                if code != 334:
                    break
                code, text = self._setup_command(base64.b64encode(secret.encode()) + b"\r\n")
        else:
            raise errors.AuthNotOffered(self._settings.host)
        if code == 235:
            return
        if 400 <= code < 500:
            raise errors.TemporaryReply(code, text)
        if any(words in text.lower() for words in _BASIC_AUTH_OFF):
            raise errors.BasicAuthDisabled(user, code, text)
        raise errors.AuthenticationFailed(user, code, text)


def reply_error(code: int, text: str) -> errors.ServerReply:
    """The error for a server's no: a throttle reply, else 4xx temporary, anything else
    permanent."""
    throttle = throttle_of(code, text)
    if throttle is not None:
        return throttle
    if 400 <= code < 500:
        return errors.TemporaryReply(code, text)
    if any(words in text.lower() for words in _SEND_AS_DENIED):
        return errors.SendAsDenied(code, text)
    return errors.PermanentReply(code, text)


def tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    """Verifying context: the system's certificates, or only the settings' CA file."""
    cafile = settings.ca_file or None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as error:
        detail = f"the CA file {cafile} cannot be read: {error}"
        raise errors.CertificateNotTrusted(settings.host, detail) from None


def _helo_name(sock: socket.socket | None) -> str:
    name = socket.gethostname()
    if ("." in name and name.isascii()) or sock is None:
        return name
    address = str(sock.getsockname()[0])
    return f"[IPv6:{address}]" if ":" in address else f"[{address}]"


def open_connection(settings: SmtpSettings, password: Secret) -> Connection:
    """Connect, greet, secure and sign in as the settings say; raises a MailError.

    ``password`` is the password, or for an OAuth2 account (``settings.auth``) the source of
    its access tokens."""
    s = settings
    if s.wants_auth and s.security is Security.NONE and not s.allow_insecure_auth:
        raise errors.InsecureAuthRefused(s.host)
    if s.wants_auth and s.auth is AuthMethod.OAUTH2 and not isinstance(password, AccessTokens):
        raise errors.SignInNeeded(s.user)
    if s.wants_auth and s.auth is AuthMethod.PASSWORD and not isinstance(password, str):
        raise errors.PasswordMissing(s.user)
    smtp = _connect(s)
    connection = Connection(smtp, s, password)
    try:
        # A message goes out as several TLS records: with Nagle's algorithm the last one
        # waits for the server's delayed ACK, about 40 ms a message.
        if smtp.sock is not None:
            smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if isinstance(smtp.sock, ssl.SSLSocket):
            connection.tls_version = str(smtp.sock.version())
        connection.ehlo()
        if s.security is Security.STARTTLS:
            connection.start_tls(tls_context(s))
        if s.wants_auth:
            connection.require_login_offered()
            connection.authenticate()
    except BaseException:
        smtp.close()
        raise
    return connection


def _connect(s: SmtpSettings) -> smtplib.SMTP:
    """TCP (and for SSL the handshake) and the greeting, with each failure named."""
    # local_hostname is given so that smtplib does not look up our FQDN (slow on some networks).
    name, timeout = "localhost", s.timeout_seconds
    try:
        if s.security is Security.SSL:
            return smtplib.SMTP_SSL(s.host, s.port, name, timeout=timeout, context=tls_context(s))
        return smtplib.SMTP(s.host, s.port, name, timeout=timeout)
    except smtplib.SMTPConnectError as error:
        text = error.smtp_error
        text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        raise reply_error(error.smtp_code, text) from None
    except ssl.SSLError as error:
        raise _handshake_error(s, error) from None
    except smtplib.SMTPServerDisconnected as error:
        raise _greeting_lost(s, error) from None
    except socket.gaierror:
        raise errors.CannotConnect(s.host, s.port, "the server name is not known") from None
    except TimeoutError:
        reason = f"no answer within {s.timeout_seconds:g} seconds"
        raise errors.CannotConnect(s.host, s.port, reason) from None
    except OSError as error:
        raise errors.CannotConnect(s.host, s.port, error.strerror or str(error)) from None


def _handshake_error(s: SmtpSettings, error: ssl.SSLError) -> errors.MailError:
    """An SSL port's handshake failed: an untrusted certificate, or no TLS there at all."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return errors.CertificateNotTrusted(s.host, str(error.verify_message))
    if error.reason in _NOT_TLS:
        return errors.TlsMismatch(s.host, s.port, ssl_expected_by_server=False)
    return errors.TlsFailed(s.host, str(error.reason or error))


def _greeting_lost(s: SmtpSettings, error: smtplib.SMTPServerDisconnected) -> errors.MailError:
    """Connected, but no greeting: hung up at once, or silent for the timeout."""
    if not _dropped(error).timed_out:
        return errors.CannotConnect(s.host, s.port, "the server hung up at once")
    if s.security is not Security.SSL:
        # Connected, then silence: the server is waiting for a TLS hello (an SSL port).
        return errors.TlsMismatch(s.host, s.port, ssl_expected_by_server=True)
    return errors.ServerTimeout(s.host, s.timeout_seconds)
