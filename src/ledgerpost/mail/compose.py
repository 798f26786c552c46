"""The MIME bytes of an outgoing message, written by hand so that composing is mostly joining.

Layout: ``multipart/mixed`` holding a ``multipart/alternative`` (plain text and HTML: the
sender's note on top, set apart, then the template text, greeting and signature) and the
attachments; without attachments the alternative part is the whole message. Headers: Date,
From, To, Cc, Reply-To, Subject, Message-ID, MIME-Version. There is never a Bcc header: BCC
recipients exist only in the envelope. There is no ``Auto-Submitted`` header either: a person
chose to send this message (RFC 3834 reserves the header for mail a program decides to send,
and receivers suppress their out-of-office replies to it, which the bookkeeper wants to see).

Header values from people (subject, display names, file names) are never folded into new
header lines: a line break or another control character in one is refused, naming the field.
Non-ASCII text goes into RFC 2047 encoded words (file names: RFC 2231, plus an encoded
``name=`` for old clients). A message to or from a non-ASCII mailbox is an RFC 6532 message:
its headers are raw UTF-8, which only travels with SMTPUTF8; every other message is 7-bit,
with IDNA (``xn--``) domains. The output is a function of the input alone (the boundaries
come from the Message-ID), and the same print copy always gives the same bytes.

The parts themselves (text parts, attachments in base64, the cache of print copies' parts
that makes composing mostly a join) are written by :mod:`ledgerpost.mail.mime_parts`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import format_datetime
from typing import ClassVar

from ledgerpost.domain.addresses import Mailbox
from ledgerpost.domain.message import Attachment, OutgoingMessage
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.sizes import MB, Size
from ledgerpost.i18n.problems import render
from ledgerpost.mail.mime_headers import ATOM, CRLF, address_header, unstructured
from ledgerpost.mail.mime_parts import (
    PARTS,
    PartCache,
    base64_lines,
    base64_size,
    encode_attachment,
    part_head,
    part_size,
    text_part,
)
from ledgerpost.mail.report_values import REFERENCE_HEADER
from ledgerpost.mail.wire import WireReady, goes_as_it_is

DEFAULT_SIZE_LIMIT = 20 * MB
"""The limit when the server announces none with SIZE."""
MAX_FILENAME_BYTES = 255
NOTE_RULE = "-" * 24

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_DOT_ATOM = re.compile(rf"{ATOM}(\.{ATOM})*|[^\x00-\x20\x7f<>()\[\]\\,;:@\"]+")
_MESSAGE_ID = re.compile(r"<[!-;=?-~]+@[!-;=?-~]+>")
_CONTENT_TYPE = re.compile(r"[A-Za-z0-9!#$&^_.+\-]+/[A-Za-z0-9!#$&^_.+\-]+")


class ComposeError(ValueError):
    """The message cannot be written as MIME; trying again will not help."""

    retryable: ClassVar[bool] = False

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(" ".join(_said(p) for p in problems))
        self.problems = tuple(problems)


def _said(problem: Problem) -> str:
    """The problem in English, after the field it names (for logs and the outbox)."""
    text = render(problem)
    return f"{problem.field}: {text}" if problem.field else text


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text_problem(code: str, where: str, value: str) -> Problem | None:
    """``code``-control or ``code``-chars when ``value`` cannot go into a header."""
    if _CONTROL.search(value):
        return Problem.of(f"{code}-control", where)
    if not _encodable(value):
        return Problem.of(f"{code}-chars", where)
    return None


def _mailbox_problems(field: str, box: Mailbox) -> list[Problem]:
    where = f"{field}: {box.address!r}"
    found = [
        _text_problem("header-name", where, box.name),
        _text_problem("header-address", where, box.address),
    ]
    writable = _DOT_ATOM.fullmatch(box.local) and re.fullmatch(r"[^\s<>@,;:\"]+", box.domain)
    if not writable and not found[1]:
        found.append(Problem.of("header-address", where))
    return [p for p in found if p]


def header_problems(message: OutgoingMessage, attachments: Sequence[Attachment]) -> list[Problem]:
    """Everything that stops ``message`` from being composed, each naming its field."""
    found: list[Problem | None] = [_text_problem("header-subject", "subject", subject_of(message))]
    if not message.recipients:
        found.append(Problem.of("message-no-recipient", "to"))
    boxes = [("from", message.sender)]
    boxes += [("to", m) for m in message.to] + [("cc", m) for m in message.cc]
    boxes += [("bcc", m) for m in message.bcc]
    if message.reply_to:
        boxes.append(("reply-to", message.reply_to))
    for field, box in boxes:
        found += _mailbox_problems(field, box)
    if not re.fullmatch(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", message.language):
        found.append(Problem.of("message-language", "language", language=repr(message.language)))
    if not _MESSAGE_ID.fullmatch(message.message_id):
        found.append(Problem.of("message-id", "message-id", message_id=repr(message.message_id)))
    found += _text_field_problems(message)
    for item in attachments:
        found += _attachment_problems(item)
    return [p for p in found if p]


def _text_field_problems(message: OutgoingMessage) -> list[Problem]:
    found: list[Problem] = []
    for field in ("note", "body", "greeting", "signature"):
        text = str(getattr(message, field))
        if "\x00" in text:
            found.append(Problem.of("text-null", field, field=field))
        elif not _encodable(text):
            found.append(Problem.of("text-chars", field, field=field))
    return found


def _attachment_problems(item: Attachment) -> list[Problem | None]:
    where = f"attachment: {item.filename!r}"
    found = [_text_problem("attachment-name", where, item.filename)]
    if not item.filename.strip():
        found.append(Problem.of("attachment-name-empty", where))
    elif len(item.filename.encode("utf-8", "replace")) > MAX_FILENAME_BYTES:
        found.append(Problem.of("attachment-name-long", where, limit=MAX_FILENAME_BYTES))
    if not _CONTENT_TYPE.fullmatch(item.content_type):
        found.append(Problem.of("attachment-type", where, content_type=repr(item.content_type)))
    return found


def size_problem(size: int, server_limit: int | None = None) -> Problem | None:
    """A problem when ``size`` bytes exceed the server's SIZE (or the 20 MB default)."""
    limit = server_limit or DEFAULT_SIZE_LIMIT
    if size <= limit:
        return None
    return Problem.of(
        "message-too-large-server" if server_limit else "message-too-large",
        "attachments",
        size=Size(size),
        limit=Size(limit),
    )


def check_message(
    message: OutgoingMessage, attachments: Sequence[Attachment], server_limit: int | None = None
) -> list[Problem]:
    """Every problem before queueing: unsafe header values, then the size."""
    found = header_problems(message, attachments)
    if not found:
        too_large = size_problem(message_size(message, attachments), server_limit)
        if too_large:
            found.append(too_large)
    return found


def subject_of(message: OutgoingMessage) -> str:
    """The subject as sent: the test-mode prefix, one space, the subject."""
    if not message.subject_prefix:
        return message.subject
    return f"{message.subject_prefix.rstrip()} {message.subject}"


def uses_utf8_headers(message: OutgoingMessage) -> bool:
    """A non-ASCII mailbox anywhere in the headers makes this an RFC 6532 (SMTPUTF8) message."""
    reply = message.reply_to is not None and message.reply_to.needs_smtputf8
    return message.needs_smtputf8 or reply


def _boundary(message: OutgoingMessage, kind: str) -> str:
    digest = hashlib.sha256(f"{kind}\0{message.message_id}".encode()).hexdigest()
    return f"=_{kind}_{digest[:28]}"


def date_line(when: dt.datetime) -> str:
    """The ``Date`` header line for ``when`` (a naive time is the machine's local time)."""
    if when.tzinfo is None:
        when = when.astimezone()
    return f"Date: {format_datetime(when)}{CRLF}"


def _headers(message: OutgoingMessage, utf8: bool, dated: bool = True) -> str:
    parts = [date_line(message.date)] if dated else []
    parts.append(address_header("From", [message.sender], utf8))
    if message.to:
        parts.append(address_header("To", message.to, utf8))
    else:
        parts.append(f"To: undisclosed-recipients:;{CRLF}")
    if message.cc:
        parts.append(address_header("Cc", message.cc, utf8))
    if message.reply_to:
        parts.append(address_header("Reply-To", [message.reply_to], utf8))
    parts.append(unstructured("Subject", subject_of(message), utf8))
    if message.read_receipt:
        parts.append(address_header("Disposition-Notification-To", [message.sender], utf8))
    if message.reference:
        parts.append(f"{REFERENCE_HEADER}: {message.reference}{CRLF}")
    parts.append(f"Message-ID: {message.message_id}{CRLF}MIME-Version: 1.0{CRLF}")
    return "".join(parts)


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")


def plain_text(message: OutgoingMessage) -> str:
    """The plain-text body: note and a rule, then body, then greeting and signature."""
    blocks: list[str] = []
    note = _lines(message.note)
    if note.strip():
        blocks += [note, NOTE_RULE]
    body = _lines(message.body)
    if body.strip():
        blocks.append(body)
    closing = "\n".join(t for t in (_lines(message.greeting), _lines(message.signature)) if t)
    if closing.strip():
        blocks.append(closing)
    return "\n\n".join(blocks) + "\n"


def _paragraphs(text: str) -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n", _lines(text)) if p.strip()]
    return "".join(
        "<p>" + html.escape(p, quote=True).replace("\n", "<br>\n") + "</p>\n" for p in paragraphs
    )


def html_text(message: OutgoingMessage) -> str:
    """The HTML body, in the recipient's language and writing direction; user text escaped."""
    direction = "rtl" if message.right_to_left else "ltr"
    language = html.escape(message.language, quote=True)
    parts = [
        "<!DOCTYPE html>\n",
        f'<html lang="{language}" dir="{direction}">\n',
        '<head><meta charset="utf-8"></head>\n',
        f'<body dir="{direction}">\n',
    ]
    if _lines(message.note).strip():
        parts.append(
            '<div class="note" dir="auto" style="margin:0 0 1.5em;padding:0 0 1em;'
            'border-bottom:1px solid #bbb;">\n' + _paragraphs(message.note) + "</div>\n"
        )
    parts.append(_paragraphs(message.body))
    closing = [_lines(t) for t in (message.greeting, message.signature) if _lines(t).strip()]
    if closing:
        parts.append(_paragraphs("\n".join(closing)))
    parts.append("</body>\n</html>\n")
    return "".join(parts)


def _multipart(boundary: str, parts: Sequence[bytes], before: Sequence[bytes] = ()) -> bytes:
    """``before`` (the headers), then ``parts`` between their boundaries: joined in one go
    (a 70 KB message is copied once, not once for every piece added)."""
    opening = f"--{boundary}{CRLF}".encode("ascii")
    between = f"{CRLF}--{boundary}{CRLF}".encode("ascii")
    closing = f"{CRLF}--{boundary}--{CRLF}".encode("ascii")
    pieces = [*before, opening]
    for index, part in enumerate(parts):
        if index:
            pieces.append(between)
        pieces.append(part)
    pieces.append(closing)
    return b"".join(pieces)


def _alternative(message: OutgoingMessage) -> tuple[str, bytes]:
    boundary = _boundary(message, "alt")
    language = message.language
    parts = [
        text_part("plain", plain_text(message), language),
        text_part("html", html_text(message), language),
    ]
    return boundary, _multipart(boundary, parts)


@dataclass(frozen=True, slots=True)
class Composed:
    """A composed message, and where each attachment's base64 lines start in it."""

    mime: bytes
    bodies: tuple[int, ...] = ()

    def without(self, index: int, size: int) -> tuple[bytes, int]:
        """The bytes without the base64 lines of attachment ``index`` (``size`` bytes before
        encoding), and where they go back in (:func:`with_lines`): a stored print copy is
        kept once, not a second time inside every message that carried it."""
        at = self.bodies[index]
        return self.mime[:at] + self.mime[at + base64_size(size) :], at


def with_lines(kept: bytes, at: int, data: bytes) -> bytes:
    """The message that :meth:`Composed.without` cut ``data``'s base64 lines out of: ready for
    the wire as it is (:class:`WireReady`) when the bytes around them are, as base64 lines
    always are (so only the few kilobytes around them are looked through, not the whole)."""
    before, after = kept[:at], kept[at:]
    whole = b"".join((before, base64_lines(data), after))
    ready = goes_as_it_is(before) and goes_as_it_is(after) and after.endswith(b"\r\n")
    return WireReady(whole) if ready else whole


def compose(
    message: OutgoingMessage,
    attachments: Sequence[Attachment] = (),
    cache: PartCache | None = PARTS,
) -> bytes:
    """The message as it goes over SMTP (CRLF line ends). ``cache=None`` encodes everything.

    Raises :class:`ComposeError` naming every unsafe field (a line break in the subject, a
    display name or a file name, and the like).
    """
    return compose_parts(message, attachments, cache).mime


def compose_parts(
    message: OutgoingMessage,
    attachments: Sequence[Attachment] = (),
    cache: PartCache | None = PARTS,
    *,
    dated: bool = True,
) -> Composed:
    """:func:`compose`, telling where each attachment's base64 lines are. ``dated=False``:
    without the ``Date`` line, which then goes in front when the message is sent
    (:func:`date_line`); every other header is where it would be."""
    problems = header_problems(message, attachments)
    if problems:
        raise ComposeError(problems)
    head = _headers(message, uses_utf8_headers(message), dated).encode("utf-8")
    alt_boundary, alternative = _alternative(message)
    alt_type = f'Content-Type: multipart/alternative;{CRLF}\tboundary="{alt_boundary}"{CRLF}'
    heads = [part_head(item) for item in attachments]
    ready = all(map(goes_as_it_is, [head, alternative, *heads]))
    if not attachments:
        whole = head + alt_type.encode("ascii") + CRLF.encode("ascii") + alternative
        return Composed(WireReady(whole) if ready else whole)
    boundary = _boundary(message, "mixed")
    parts = [alt_type.encode("ascii") + CRLF.encode("ascii") + alternative]
    for item, item_head in zip(attachments, heads, strict=True):
        if cache is not None:
            parts.append(cache.part(item, item_head))
        else:
            parts.append(encode_attachment(item, item_head))
    mixed_type = f'Content-Type: multipart/mixed;{CRLF}\tboundary="{boundary}"{CRLF}{CRLF}'
    start = len(head) + len(mixed_type) + len(f"--{boundary}{CRLF}")
    between = len(f"{CRLF}--{boundary}{CRLF}")
    bodies = []
    at = start + len(parts[0]) + between
    for head_of_part, part in zip(heads, parts[1:], strict=True):
        bodies.append(at + len(head_of_part))
        at += len(part) + between
    mime = _multipart(boundary, parts, (head, mixed_type.encode("ascii")))
    return Composed(WireReady(mime) if ready else mime, tuple(bodies))


def message_size(message: OutgoingMessage, attachments: Sequence[Attachment]) -> int:
    """The exact size ``compose`` gives, without encoding the attachments' contents.

    Raises :class:`ComposeError` as ``compose`` does.
    """
    empty = [Attachment(a.filename, a.content_type, b"") for a in attachments]
    shell = len(compose(message, empty, cache=None)) - sum(map(part_size, empty))
    return shell + sum(map(part_size, attachments))
