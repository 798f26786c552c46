"""Message and address bytes as they go on the wire: CRLF line ends, dot-stuffing (RFC 5321
section 4.5.2), and the ASCII or UTF-8 form of an envelope address (RFC 6531)."""

from __future__ import annotations

import re

from ledgerpost.domain.addresses import to_ascii_domain

_LINE_END = re.compile(rb"\r\n|\r|\n")
_LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)


class WireReady(bytes):
    """Message bytes known to go after DATA as they are: CRLF line ends only, no line starting
    with a dot, a CRLF at the end (``ledgerpost.mail.compose`` says so of what it makes). Other
    bytes are looked through, which costs a few passes over 65 KB for every message."""

    __slots__ = ()


def goes_as_it_is(piece: bytes) -> bool:
    """Whether a piece of a message (one that starts a line) has CRLF line ends only and no
    line starting with a dot: what :class:`WireReady` bytes are made of."""
    ends = piece.count(b"\r\n")
    return (
        piece.count(b"\r") == ends == piece.count(b"\n")
        and not piece.startswith(b".")
        and b"\n." not in piece
    )


def data_for_wire(data: bytes) -> bytes:
    """The message as sent after DATA: CRLF line ends, dot-stuffed, with the final dot."""
    if isinstance(data, WireReady):
        return data + b".\r\n"
    # Fast paths: a composer's LF-only or CRLF-only bytes need no regular expression.
    if b"\r" not in data:
        body = data.replace(b"\n", b"\r\n")
    elif data.count(b"\r") == data.count(b"\n") == data.count(b"\r\n"):
        body = data
    else:
        body = _LINE_END.sub(b"\r\n", data)
    if body.startswith(b".") or b"\n." in body:
        body = _LEADING_DOT.sub(b"..", body)
    if body and not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body + b".\r\n"


def needs_smtputf8(address: str) -> bool:
    """A mailbox name (before the @) beyond ASCII travels only with SMTPUTF8."""
    return not address.rpartition("@")[0].isascii()


def wire_address(address: str, utf8: bool) -> bytes:
    if any(c in address for c in "\r\n<>"):
        raise ValueError(f"not an address: {address!r}")
    if utf8:
        return address.encode("utf-8")
    local, _, domain = address.rpartition("@")
    return f"{local}@{to_ascii_domain(domain)}".encode("ascii")
