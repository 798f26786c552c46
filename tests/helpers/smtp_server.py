"""A real SMTP server on loopback for tests: aiosmtpd with optional TLS, AUTH, SMTPUTF8 and
PIPELINING, a record of every message it received, and programmable failures.

Typical use (see the ``smtp_server`` fixtures in ``tests/integration/conftest.py``)::

    server = SmtpTestServer(certificate=make_certificate(tmp_path), starttls=True,
                            user=TEST_USER, password=TEST_PASSWORD)
    with server:
        transport = SmtpTransport(server.settings(), TEST_PASSWORD)
        ...
        assert server.received[0].rcpt_tos == ("mari@example.com",)

``make_certificate`` and ``TestCertificate`` live in ``tests/helpers/certificates.py`` and are
re-exported here. Everything the handler does runs in the server's own thread; the lists it
fills are safe to read from the test once the client has its reply.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from ledgerpost.domain.smtp import Security, SmtpSettings
from tests.helpers.certificates import HOST, TestCertificate, make_certificate
from tests.helpers.oauth_server import OAuthTestServer
from tests.helpers.smtp_oauth import OAuthMechanisms

TEST_USER = "bookkeeper@example.com"
TEST_PASSWORD = "Pässwörd ✓ 秘密"
"""UTF-8 on purpose: smtplib.login cannot send it, our AUTH PLAIN must."""

Stage = Literal["mail", "rcpt", "data"]
DEFAULT_TEXTS = {
    421: "4.3.2 Service shutting down, closing connection",
    450: "4.2.1 Mailbox busy, try again later",
    451: "4.3.0 Local error in processing",
    452: "4.3.1 Insufficient system storage",  # 4.5.3 is "too many recipients": a throttle
    550: "5.1.1 Mailbox unavailable",
    552: "5.3.4 Message size exceeds fixed limit",
    554: "5.7.1 Message rejected as spam",
}


def free_port() -> int:
    """A loopback port nobody listens on right now (aiosmtpd cannot be given port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


# --- what the server saw ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedMessage:
    """One message as the server took it (or, in ``dropped``, read and then hung up on)."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    """The raw bytes after DATA, dot-unstuffed, with CRLF line ends."""
    smtputf8: bool
    """Whether the client said SMTPUTF8 on MAIL FROM."""
    mail_options: tuple[str, ...]
    peer: tuple[str, int]
    """The client's address and port: one per TCP connection."""
    pipelined: bool
    """Whether RCPT/DATA were already waiting when MAIL FROM was read (RFC 2920)."""


@dataclass
class _Throttle:
    """A provider's per-minute limit: more than ``per_minute`` messages in 60 seconds (by
    ``clock``) are answered ``code text`` at MAIL (not taken) or after the final dot."""

    per_minute: int
    clock: Callable[[], dt.datetime]
    stage: Literal["mail", "data"]
    code: int
    text: str
    taken: list[dt.datetime] = field(default_factory=list)

    def refuses(self) -> bool:
        now = self.clock()
        self.taken = [t for t in self.taken if now - t < dt.timedelta(minutes=1)]
        return len(self.taken) >= self.per_minute


@dataclass
class _Failure:
    action: Literal["reply", "drop", "hang", "pass", "slow"]
    stage: Stage
    remaining: int
    code: int = 0
    text: str = ""
    seconds: float = 0.0


class _Handler:
    """aiosmtpd hooks: capture, count and fail as the test asked."""

    def __init__(self, owner: SmtpTestServer) -> None:
        self.owner = owner

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        with self.owner.lock:
            self.owner.ehlo_count += 1
            self.owner.peers.add(_peer(session))
        if self.owner.pipelining:
            responses.insert(-1, "250-PIPELINING")
        if not self.owner.offer_auth:
            responses = [r for r in responses if not r.upper().startswith("250-AUTH")]
        return responses

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        # Peeking at aiosmtpd's reader: were the next commands already sent with this one?
        waiting = bytes(getattr(server._reader, "_buffer", b""))
        failure = self.owner.take_failure()
        envelope.ledgerpost = {"pipelined": b"\r\n" in waiting, "failure": failure}  # type: ignore[attr-defined]
        throttled = self.owner.throttled("mail")
        if throttled:
            return throttled
        trouble = await self._trouble(server, failure, "mail")
        if trouble:
            return trouble
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        failure: _Failure | None = envelope.ledgerpost["failure"]  # type: ignore[attr-defined]
        trouble = await self._trouble(server, failure, "rcpt")
        if trouble:
            return trouble
        refusal = self.owner.refused_addresses.get(address.lower())
        if refusal:
            return f"{refusal[0]} {refusal[1]}"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        extra: dict[str, Any] = envelope.ledgerpost  # type: ignore[attr-defined]
        message = ReceivedMessage(
            mail_from=str(envelope.mail_from),
            rcpt_tos=tuple(envelope.rcpt_tos),
            data=bytes(envelope.original_content or b""),
            smtputf8=envelope.smtp_utf8,
            mail_options=tuple(envelope.mail_options),
            peer=_peer(session),
            pipelined=extra["pipelined"],
        )
        trouble = await self._trouble(server, extra["failure"], "data", message)
        if trouble:
            return trouble
        throttled = self.owner.throttled("data")
        if throttled:
            return throttled
        with self.owner.lock:
            self.owner.received.append(message)
            self.owner.received_at.append(time.monotonic())
            if self.owner.throttle is not None:
                self.owner.throttle.taken.append(self.owner.throttle.clock())
        return "250 2.0.0 OK queued"

    async def _trouble(
        self,
        server: SMTP,
        failure: _Failure | None,
        stage: Stage,
        message: ReceivedMessage | None = None,
    ) -> str | None:
        """The reply a planned failure gives at this stage; None to go on as usual."""
        if failure is None or failure.stage != stage or failure.action == "pass":
            return None
        if failure.action == "reply":
            return f"{failure.code} {failure.text}"
        if failure.action == "slow":  # a content filter at work: late, then as usual
            await asyncio.sleep(failure.seconds)
            return None
        if message is not None:
            with self.owner.lock:
                self.owner.dropped.append(message)
        if failure.action == "drop":
            assert server.transport is not None
            server.transport.close()
        # Say nothing; the closed connection (or stop()) cancels this wait.
        await asyncio.sleep(failure.seconds or 3600)
        return "451 4.4.2 Answered too late"


class _OAuthHandler(OAuthMechanisms, _Handler):
    """The handler of a server that takes OAuth2 tokens (``oauth=``)."""


def _peer(session: Session) -> tuple[str, int]:
    peer = session.peer
    return (str(peer[0]), int(peer[1])) if isinstance(peer, tuple) else ("?", 0)


class _Smtp(SMTP):
    """aiosmtpd's server, which also hangs up after any 421, as a real server does."""

    async def smtp_AUTH(self, arg: str) -> None:
        with warnings.catch_warnings():
            # aiosmtpd sets its own deprecated Session.login_data on every successful AUTH.
            warnings.simplefilter("ignore", DeprecationWarning)
            await super().smtp_AUTH(arg)

    async def push(self, status: Any) -> None:
        await super().push(status)
        line = status.encode() if isinstance(status, str) else bytes(status)
        if line.startswith(b"421") and self.transport is not None:
            self.transport.close()


class _Controller(Controller):
    def factory(self) -> SMTP:
        with warnings.catch_warnings():
            # "Requiring AUTH while not requiring TLS": on purpose, for auth_require_tls=False.
            warnings.simplefilter("ignore", UserWarning)
            return _Smtp(self.handler, **self.SMTP_kwargs)


# --- the server --------------------------------------------------------------------------------


class SmtpTestServer:
    """An aiosmtpd server on 127.0.0.1 and a fixed free port, started with :meth:`start`.

    Options (all keyword):

    - ``certificate``: a :class:`TestCertificate`; needed for ``starttls`` or ``ssl_on_connect``.
    - ``starttls``: offer STARTTLS and refuse mail before it (``require_starttls=True``).
    - ``ssl_on_connect``: TLS from the first byte, as on port 465 (instead of ``starttls``).
    - ``user``/``password``: require AUTH (PLAIN and LOGIN) with these; UTF-8 is fine.
    - ``auth_require_tls``: offer AUTH only over TLS (aiosmtpd's default); False for the
      "allow insecure sign-in" case on a plain connection.
    - ``auth_mechanisms``: which of PLAIN and LOGIN to offer (both by default).
    - ``smtputf8``: offer SMTPUTF8 (default on).
    - ``offer_auth``: False to offer no AUTH at all, even over TLS, as a relay port does
      (Postfix on port 25 without SASL); aiosmtpd itself always says AUTH.
    - ``pipelining``: advertise PIPELINING (aiosmtpd processes pipelined commands in order
      anyway; it just does not say so by default).
    - ``port``: a fixed port, e.g. to come back on the same one; a free one by default.
    - ``oauth``: an :class:`OAuthTestServer`: sign-in with its access tokens for ``user``
      (XOAUTH2 and OAUTHBEARER, or those in ``oauth_mechanisms``) instead of a password;
      ``google_challenge`` answers a refused XOAUTH2 token with Google's 334 JSON first.
    - ``auth_refusal``: the reply to every password sign-in, e.g. Microsoft 365's "550 5.7.30".
    """

    def __init__(
        self,
        *,
        certificate: TestCertificate | None = None,
        starttls: bool = False,
        ssl_on_connect: bool = False,
        user: str | None = None,
        password: str | None = None,
        auth_require_tls: bool = True,
        auth_mechanisms: tuple[str, ...] = ("PLAIN", "LOGIN"),
        smtputf8: bool = True,
        offer_auth: bool = True,
        pipelining: bool = False,
        port: int | None = None,
        size_limit: int = 33_554_432,
        oauth: OAuthTestServer | None = None,
        oauth_mechanisms: tuple[str, ...] = ("XOAUTH2", "OAUTHBEARER"),
        google_challenge: bool = False,
        auth_refusal: str = "",
    ) -> None:
        if (starttls or ssl_on_connect) and certificate is None:
            raise ValueError("TLS needs a certificate (make_certificate)")
        self.certificate = certificate
        self.starttls = starttls
        self.ssl_on_connect = ssl_on_connect
        self.user, self.password = user, password
        self.auth_require_tls = auth_require_tls
        self.auth_mechanisms = auth_mechanisms
        self.smtputf8 = smtputf8
        self.offer_auth = offer_auth
        self.pipelining = pipelining
        self.size_limit = size_limit
        self.oauth, self.oauth_mechanisms = oauth, oauth_mechanisms
        self.google_challenge, self.auth_refusal = google_challenge, auth_refusal
        """Announced as SIZE (aiosmtpd refuses larger messages with 552); 0: none announced."""
        self.host = HOST
        self.port = port or free_port()
        self.lock = threading.Lock()
        self.received: list[ReceivedMessage] = []
        """Every message the server accepted, in order."""
        self.received_at: list[float] = []
        """When each of ``received`` was accepted (``time.monotonic()``)."""
        self.dropped: list[ReceivedMessage] = []
        """Messages read in full, then hung up on or left unanswered (drop/hang hooks)."""
        self.ehlo_count = 0
        self.peers: set[tuple[str, int]] = set()
        self.auth_attempts: list[tuple[str, str]] = []
        """(mechanism, login) of every sign-in attempt; passwords are not kept."""
        self.refused_addresses: dict[str, tuple[int, str]] = {}
        self.throttle: _Throttle | None = None
        self.throttle_replies = 0
        """Throttle replies given (see :meth:`throttle_over`)."""
        self._failures: deque[_Failure] = deque()
        self._controller: _Controller | None = None

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> SmtpTestServer:
        """Listen on ``self.port`` (again, after :meth:`stop`)."""
        if self._controller is not None:
            return self
        kwargs: dict[str, Any] = {
            "hostname": self.host,
            "port": self.port,
            "enable_SMTPUTF8": self.smtputf8,
            "auth_require_tls": self.auth_require_tls,
            "ready_timeout": 5.0,
            "data_size_limit": self.size_limit,
        }
        if self.certificate and self.starttls:
            kwargs.update(tls_context=self.certificate.server_context(), require_starttls=True)
        if self.certificate and self.ssl_on_connect:
            kwargs["ssl_context"] = self.certificate.server_context()
            # aiosmtpd counts only STARTTLS as TLS; this connection is encrypted from the start.
            kwargs["auth_require_tls"] = False
        if self.user is not None:
            kwargs.update(authenticator=self._authenticate, auth_required=True)
            offered = self.oauth_mechanisms if self.oauth else self.auth_mechanisms
            every = {"PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER"}
            kwargs["auth_exclude_mechanism"] = sorted(every - {m.upper() for m in offered})
        handler = _OAuthHandler(self) if self.oauth else _Handler(self)
        self._controller = _Controller(handler, **kwargs)
        self._controller.start()
        return self

    def stop(self) -> None:
        """Stop listening and close every open connection; :meth:`start` brings it back."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    @property
    def running(self) -> bool:
        return self._controller is not None

    def __enter__(self) -> SmtpTestServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- what a client needs -----------------------------------------------------------------

    @property
    def ca_file(self) -> str:
        return str(self.certificate.ca_file) if self.certificate else ""

    def settings(self, **overrides: Any) -> SmtpSettings:
        """Client settings that match this server (trusting its CA); override any field."""
        security = Security.NONE
        if self.starttls:
            security = Security.STARTTLS
        if self.ssl_on_connect:
            security = Security.SSL
        settings = SmtpSettings(
            host=self.host,
            port=self.port,
            security=security,
            user=self.user or "",
            from_address="bookkeeper@example.com",
            from_name="Test Company",
            ca_file=self.ca_file,
            timeout_seconds=60.0,  # generous: a busy machine may be slow to greet or hand shake
        )
        return replace(settings, **overrides)

    @property
    def connection_count(self) -> int:
        """Distinct client connections that said EHLO/HELO (aiosmtpd's start probe is not one)."""
        with self.lock:
            return len(self.peers)

    # --- programmable trouble ------------------------------------------------------------------

    def fail_next(self, code: int, *, at: Stage = "rcpt", count: int = 1, text: str = "") -> None:
        """Answer the next ``count`` mail transactions with ``code`` at MAIL, every RCPT, or
        the end of DATA. A 421 also closes the connection, as a real server does."""
        text = text or DEFAULT_TEXTS.get(code, "Refused")
        self._queue(_Failure("reply", at, count, code, text))

    def pass_next(self, count: int = 1) -> None:
        """Let the next ``count`` mail transactions through: trouble queued after this
        call is for the ones after them."""
        self._queue(_Failure("pass", "mail", count))

    def drop_next(self, *, at: Stage = "data", count: int = 1) -> None:
        """Hang up without answering at MAIL, the first RCPT, or after reading the whole
        message (``at="data"``: the message arrived but the client cannot know)."""
        self._queue(_Failure("drop", at, count))

    def hang_next(self, *, at: Stage = "data", count: int = 1, seconds: float = 3600.0) -> None:
        """Say nothing for ``seconds`` at MAIL, the first RCPT, or after the whole message."""
        self._queue(_Failure("hang", at, count, seconds=seconds))

    def drop_after_data(self, count: int = 1) -> None:
        """Read the next ``count`` messages in full, then hang up without answering."""
        self.drop_next(at="data", count=count)

    def hang_after_data(self, count: int = 1, seconds: float = 3600.0) -> None:
        """Read the next ``count`` messages in full, then say nothing for ``seconds``."""
        self.hang_next(at="data", count=count, seconds=seconds)

    def answer_data_after(self, seconds: float, count: int = 1) -> None:
        """Read the next ``count`` messages in full, take ``seconds`` over each, then accept."""
        self._queue(_Failure("slow", "data", count, seconds=seconds))

    def throttle_over(
        self,
        per_minute: int,
        *,
        clock: Callable[[], dt.datetime],
        at: Literal["mail", "data"] = "mail",
        code: int = 421,
        text: str = "4.7.0 Temporary server error. Please try again later. PRX5",
    ) -> None:
        """Be a provider with a limit: once ``per_minute`` messages were taken within the last
        60 seconds of ``clock``, answer ``code text`` at MAIL (the message is not taken) or,
        with ``at="data"``, after the final dot (refused). A 421 also hangs up."""
        self.throttle = _Throttle(per_minute, clock, at, code, text)

    def throttled(self, stage: Stage) -> str | None:
        """The throttle reply for a transaction at ``stage`` now, if the limit is reached."""
        with self.lock:
            throttle = self.throttle
            if throttle is None or throttle.stage != stage or not throttle.refuses():
                return None
            self.throttle_replies += 1
            return f"{throttle.code} {throttle.text}"

    def refuse_recipient(self, address: str, code: int = 550, text: str = "") -> None:
        """Always refuse RCPT TO ``address`` with ``code`` (per-recipient refusals)."""
        self.refused_addresses[address.lower()] = (code, text or DEFAULT_TEXTS.get(code, "No"))

    def _queue(self, failure: _Failure) -> None:
        with self.lock:
            self._failures.append(failure)

    def take_failure(self) -> _Failure | None:
        """The trouble planned for the transaction that starts now, if any (handler side)."""
        with self.lock:
            if not self._failures:
                return None
            failure = self._failures[0]
            failure.remaining -= 1
            if failure.remaining <= 0:
                self._failures.popleft()
            return failure

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = data.login.decode("utf-8", "replace")
        with self.lock:
            self.auth_attempts.append((mechanism, login))
        if self.auth_refusal:
            return AuthResult(success=False, handled=False, message=self.auth_refusal)
        ok = login == self.user and data.password == (self.password or "").encode("utf-8")
        return AuthResult(success=ok, handled=False)


__all__ = [
    "HOST",
    "TEST_PASSWORD",
    "TEST_USER",
    "ReceivedMessage",
    "SmtpTestServer",
    "Stage",
    "TestCertificate",
    "free_port",
    "make_certificate",
]
