"""The envelope of one SMTP mail transaction: the MAIL, RCPT and DATA commands with the
parameters the server offers (SIZE, SMTPUTF8, 8BITMIME, DSN), their replies sent and read
one by one or pipelined (RFC 2920), and the error for an envelope the server would not take.
:class:`~ledgerpost.mail.transport.SmtpTransport` runs the transaction with them."""

from __future__ import annotations

from collections.abc import Sequence

from ledgerpost.mail import errors
from ledgerpost.mail.connection import Connection, Reply, reply_error
from ledgerpost.mail.throttle import throttle_of
from ledgerpost.mail.wire import wire_address


def commands(
    connection: Connection,
    mail_from: str,
    recipients: Sequence[str],
    payload: bytes,
    utf8: bool,
    dsn_notify: str,
) -> list[bytes]:
    """MAIL FROM (with the parameters the server offers), one RCPT TO per recipient (asking
    for ``dsn_notify`` reports when the server offers DSN) and DATA, in order."""
    params = b""
    if connection.offers("size"):
        params += b" SIZE=%d" % len(payload)
    if utf8:
        params += b" SMTPUTF8"
    if connection.offers("8bitmime") and not payload.isascii():
        params += b" BODY=8BITMIME"
    notify = b""
    if dsn_notify and connection.offers("dsn"):
        # RFC 3461: reports carry back only the headers (ours and the Message-ID match it)
        params += b" RET=HDRS"
        notify = b" NOTIFY=" + dsn_notify.encode("ascii")
    commands = [b"MAIL FROM:<" + wire_address(mail_from, utf8) + b">" + params + b"\r\n"]
    commands += [b"RCPT TO:<" + wire_address(r, utf8) + b">" + notify + b"\r\n" for r in recipients]
    commands.append(b"DATA\r\n")
    return commands


def exchange(connection: Connection, commands: list[bytes], pipelined: bool) -> list[Reply]:
    """The replies to MAIL, each RCPT and DATA, in order; fewer when it stopped early."""
    replies: list[Reply] = []
    if pipelined:
        connection.write(b"".join(commands))
        return read_replies(connection, len(commands))
    for index, command in enumerate(commands):
        if index == len(commands) - 1 and not any(code < 300 for code, _ in replies[1:]):
            break  # no recipient was taken: DATA would only be refused
        replies.append(connection.command(command))
        if replies[-1][0] == 421 or (index == 0 and replies[-1][0] >= 300):
            break
    return replies


def read_replies(connection: Connection, count: int) -> list[Reply]:
    """The replies to ``count`` pipelined commands; fewer when the server said 421."""
    replies: list[Reply] = []
    for _ in range(count):
        replies.append(connection.read())
        if replies[-1][0] == 421:
            break
    return replies


def refusal(
    mail_reply: Reply,
    data_reply: Reply | None,
    refused: dict[str, Reply],
    accepted: tuple[str, ...],
) -> Exception:
    """The error for an envelope the server would not take whole: MAIL refused, every
    recipient refused (a throttle, else temporary when any refusal was), or DATA refused."""
    if mail_reply[0] >= 300:
        return reply_error(*mail_reply)
    if not accepted:
        throttle = throttle_of(*next(iter(refused.values())))
        if throttle is not None:
            return throttle
        temporary = any(code < 500 for code, _ in refused.values())
        kind = errors.TemporaryReply if temporary else errors.PermanentReply
        return kind(*next(iter(refused.values())), refused)
    assert data_reply is not None
    return reply_error(*data_reply)
