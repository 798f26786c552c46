"""Delivering composed messages to the company's SMTP server over one reused connection.

The mail transaction is written here rather than left to ``smtplib.sendmail`` so that it can
be pipelined (RFC 2920) when the server offers it, and so that every failure is classified the
way the outbox needs (ARCHITECTURE, "The life of a message"): 421 or a drop before the end of
DATA is safe to repeat, and is repeated once on a fresh connection; a drop or timeout after
it is :class:`~ledgerpost.mail.errors.DeliveryUncertain` and never repeated. A transport is
used by one thread at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import TracebackType

from ledgerpost.domain.smtp import ServerFacts, SmtpSettings
from ledgerpost.mail import envelope, errors
from ledgerpost.mail.connection import (
    Connection,
    Dropped,
    Reply,
    Secret,
    open_connection,
    reply_error,
)
from ledgerpost.mail.connection_check import ConnectionCheck
from ledgerpost.mail.throttle import throttle_of
from ledgerpost.mail.wire import data_for_wire, needs_smtputf8


@dataclass(frozen=True, slots=True)
class Delivery:
    """The server took the message: its final reply, and whom it took it for."""

    code: int
    text: str
    accepted: tuple[str, ...]
    refused: dict[str, tuple[int, str]] = field(default_factory=dict)
    """Recipients the server turned down while taking the message for the others."""


class Withdrawn(Exception):
    """``before_data`` said no: the message was not sent (the connection was closed in the
    middle of its DATA, so the server drops what it had of it)."""


@dataclass(frozen=True, slots=True)
class Envelope:
    """A message's sender, recipients and bytes: what :meth:`SmtpTransport.send` takes, for the
    message after this one (``ahead``)."""

    mail_from: str
    recipients: Sequence[str]
    data: bytes
    smtputf8: bool = False


@dataclass(frozen=True, slots=True)
class _SentAhead:
    """An envelope written behind the previous message's data, its replies not read yet."""

    key: tuple[str, tuple[str, ...], bool]
    payload: bytes


class _Once:
    """A callback (``before_data``, ``meanwhile``) called at most once, however many
    connections a send takes; later calls give its first answer."""

    def __init__(self, call: Callable[[], bool] | None) -> None:
        self.call, self.answer = call, True

    def __call__(self) -> bool:
        if self.call is not None:
            self.answer, self.call = self.call(), None
        return self.answer


def _called(call: Callable[[], None]) -> bool:
    call()
    return True


class _SafeToRepeat(Exception):
    """Nothing was delivered and the connection is gone (421 or a drop): repeat on a new one."""

    def __init__(self, error: errors.MailError) -> None:
        super().__init__(str(error))
        self.error = error


class SmtpTransport:
    """Sends messages through the configured server, reusing one connection for all of them.

    Connects on the first :meth:`send` (or :meth:`check_connection`), not when made, so that a
    server that is down now can take the message on a later call. Use it as a context manager,
    or call :meth:`close`. Every failure is a :class:`~ledgerpost.mail.errors.MailError`.
    """

    server_facts: ServerFacts | None = None
    """What the server said of itself on the last connection (SIZE, SMTPUTF8); None before."""
    dsn_notify = "FAILURE,DELAY"
    """When the server offers DSN (RFC 3461), each recipient asks for these reports (with
    RET=HDRS); empty: none asked for. Success reports are not: for a batch they would flood
    the sender's mailbox."""

    def __init__(self, settings: SmtpSettings, password: Secret) -> None:
        """``password`` is the account's password, or for an OAuth2 account (``settings.auth``)
        its :class:`~ledgerpost.mail.oauth_tokens.TokenSource`."""
        self._settings = settings
        self._password = password
        self._connection: Connection | None = None
        self._ahead: _SentAhead | None = None
        self._in_data = False
        """A DATA the server said 354 to whose end it has not answered yet."""
        self.connections_opened = 0
        self.server_size: int | None = None
        """The largest message the server announced (SIZE), once connected; None if none."""
        """How many connections this transport has opened (benchmarks and tests read it)."""

    def __repr__(self) -> str:
        s = self._settings
        return f"SmtpTransport({s.host}:{s.port}, {s.security.value}, user={s.user!r})"

    def __enter__(self) -> SmtpTransport:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def connected(self) -> bool:
        return self._connection is not None

    def close(self) -> None:
        """Say QUIT if the connection is still there, and close it."""
        if self._ahead is not None or self._in_data:
            self._discard()  # a DATA is open on it: only hanging up ends it without a message
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close(say_quit=True)

    def _discard(self) -> None:
        self._ahead, self._in_data = None, False
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close(say_quit=False)

    def _connect(self) -> Connection:
        if self._connection is None:
            self._connection = open_connection(self._settings, self._password)
            self.connections_opened += 1
            self.server_size = self._connection.size_limit()
            self.server_facts = ServerFacts(self.server_size, self._connection.offers("smtputf8"))
        return self._connection

    def server_offers(self, extension: str) -> bool:
        """Whether the server offers an ESMTP extension (e.g. "smtputf8"); connects if needed."""
        return self._connect().offers(extension)

    def check_connection(self) -> ConnectionCheck:
        """Connect, secure, sign in and say goodbye; what worked (its sentences are codes)."""
        self.close()
        tls_version = self._connect().tls_version
        self.close()
        s = self._settings
        user = s.user if s.wants_auth else ""
        return ConnectionCheck(s.host, s.port, s.security, tls_version, user)

    def send(
        self,
        mail_from: str,
        recipients: Sequence[str],
        data: bytes,
        *,
        smtputf8: bool = False,
        before_data: Callable[[], bool] | None = None,
        ahead: Envelope | None = None,
        meanwhile: Callable[[], None] | None = None,
    ) -> Delivery:
        """Deliver ``data`` (the composed message) to ``recipients`` (the envelope).

        ``smtputf8`` asks for SMTPUTF8 (e.g. for UTF-8 headers); it is used anyway when an
        address has a non-ASCII mailbox name. When some recipients are refused and others
        accepted, the message goes to the accepted ones and ``Delivery.refused`` names the rest.

        ``before_data`` is called once the server has taken the envelope, before the message
        goes (the outbox commits its data mark there); if it says False, nothing is sent and
        :class:`Withdrawn` is raised. ``ahead`` is the message to be sent next: with PIPELINING
        its envelope goes in the same write as this message's data (RFC 2920 allows the
        content and the next MAIL, RCPT and DATA in one group), so each message costs one
        round trip to the server instead of two. Its replies are read by the next :meth:`send`
        of that envelope. ``meanwhile`` is called once the data is written, before the reply is
        read: the caller's own work (composing the next message) overlaps the server's.
        """
        if isinstance(recipients, str) or not recipients:
            raise ValueError("recipients must be a non-empty list of addresses")
        addresses = (mail_from, *recipients)
        utf8 = smtputf8 or any(needs_smtputf8(a) for a in addresses)
        sent_ahead, self._ahead = self._ahead, None
        if sent_ahead is not None and sent_ahead.key != (mail_from, tuple(recipients), utf8):
            # Not the message whose envelope went ahead: only hanging up ends that DATA.
            self._discard()
            sent_ahead = None
        payload = sent_ahead.payload if sent_ahead is not None else data_for_wire(data)
        mark = _Once(before_data)
        overlap = _Once(None if meanwhile is None else lambda: _called(meanwhile))
        for attempt in (1, 2):
            connection = self._connect()
            if utf8 and not connection.offers("smtputf8"):
                address = next((a for a in addresses if needs_smtputf8(a)), "")
                raise errors.SmtpUtf8NotOffered(address, self._settings.host)
            try:
                return self._transaction(
                    connection,
                    mail_from,
                    recipients,
                    payload,
                    utf8,
                    sent_ahead,
                    mark,
                    ahead,
                    overlap,
                )
            except _SafeToRepeat as repeat:
                self._discard()
                sent_ahead = None
                if attempt == 2:
                    raise repeat.error from None
        raise AssertionError("unreachable")

    def _next_group(self, connection: Connection, ahead: Envelope | None) -> bytes:
        """The next message's envelope, to go behind this message's data; b"" when there is
        none, or it cannot go ahead (no PIPELINING, or an address the server cannot take)."""
        if ahead is None or not connection.offers("pipelining"):
            return b""
        addresses = (ahead.mail_from, *ahead.recipients)
        utf8 = ahead.smtputf8 or any(needs_smtputf8(a) for a in addresses)
        if utf8 and not connection.offers("smtputf8"):
            return b""  # its own send says why
        try:
            payload = data_for_wire(ahead.data)
            commands = envelope.commands(
                connection, ahead.mail_from, ahead.recipients, payload, utf8, self.dsn_notify
            )
        except ValueError:
            return b""
        key = (ahead.mail_from, tuple(ahead.recipients), utf8)
        self._ahead = _SentAhead(key, payload)
        return b"".join(commands)

    def _lost(self, dropped: Dropped, connection: Connection) -> Exception:
        """After a drop before the end of DATA: a timeout is told, a drop is repeated once."""
        self._discard()
        error = connection.lost(dropped)
        return error if dropped.timed_out else _SafeToRepeat(error)

    def _transaction(
        self,
        connection: Connection,
        mail_from: str,
        recipients: Sequence[str],
        payload: bytes,
        utf8: bool,
        sent_ahead: _SentAhead | None,
        before_data: _Once,
        ahead: Envelope | None,
        meanwhile: _Once,
    ) -> Delivery:
        commands = envelope.commands(
            connection, mail_from, recipients, payload, utf8, self.dsn_notify
        )
        replies = self._envelope_replies(connection, commands, sent_ahead is not None)
        mail_reply, data_reply = replies[0], None
        if len(replies) == len(commands):
            data_reply = replies[-1]
        answered = list(zip(recipients, replies[1:-1] if data_reply else replies[1:], strict=False))
        refused = {r: reply for r, reply in answered if reply[0] >= 300}
        accepted = tuple(r for r, reply in answered if reply[0] < 300)
        if mail_reply[0] >= 300 or not accepted or (data_reply and data_reply[0] != 354):
            raise self._envelope_refused(connection, mail_reply, data_reply, refused, accepted)

        self._in_data = True
        if not before_data():
            self._discard()
            raise Withdrawn(f"not sent: {mail_from} to {', '.join(recipients)}")
        try:
            connection.write(payload + self._next_group(connection, ahead))
        except Dropped as dropped:
            # The final dot did not go out whole: the server cannot have taken the message.
            raise self._lost(dropped, connection) from None
        meanwhile()
        try:
            code, text = connection.read(self._settings.data_timeout_seconds)
        except Dropped as dropped:
            self._discard()
            raise errors.DeliveryUncertain(self._settings.host, dropped.timed_out) from None
        self._in_data = False
        if code >= 300:
            if code == 421:
                self._discard()
            error = reply_error(code, text)
            error.refused = refused
            raise error
        return Delivery(code, text, accepted, refused)

    def _envelope_replies(
        self, connection: Connection, commands: list[bytes], sent_ahead: bool
    ) -> list[Reply]:
        """The envelope's replies: read now when its commands went ahead, behind the previous
        message's data, else sent and read; a drop or a 421 is safe to repeat."""
        try:
            if sent_ahead:
                replies = envelope.read_replies(connection, len(commands))
            else:
                replies = envelope.exchange(connection, commands, connection.offers("pipelining"))
        except Dropped as dropped:
            raise self._lost(dropped, connection) from None
        closing = next((reply for reply in replies if reply[0] == 421), None)
        if closing:
            throttle = throttle_of(*closing)
            if throttle is not None:  # a new connection would only be throttled again
                self._discard()
                raise throttle
            raise _SafeToRepeat(errors.TemporaryReply(*closing))
        return replies

    def _envelope_refused(
        self,
        connection: Connection,
        mail_reply: Reply,
        data_reply: Reply | None,
        refused: dict[str, Reply],
        accepted: tuple[str, ...],
    ) -> Exception:
        """The error for an envelope the server would not take whole (MAIL refused, every
        recipient refused, or DATA refused), after ending what is open on the connection."""
        if data_reply and data_reply[0] == 354:
            self._quietly(connection, b".\r\n")  # RFC 2920: end the DATA we cannot fill
        self._quietly(connection, b"RSET\r\n")
        return envelope.refusal(mail_reply, data_reply, refused, accepted)

    def _quietly(self, connection: Connection, line: bytes) -> None:
        """A housekeeping command whose failure only means a fresh connection next time."""
        try:
            if connection.command(line)[0] == 421:
                self._discard()
        except Dropped:
            self._discard()
