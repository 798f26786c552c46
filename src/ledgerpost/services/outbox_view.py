"""A queued message as it went out: the stored MIME bytes, read back into what a person sees.

The bytes are the ones handed to the server (a retry sends the very same bytes), so this is
the honest answer to "what exactly did the customer get?".
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage

from ledgerpost.mail.compose import date_line, with_lines
from ledgerpost.mail.wire import WireReady, goes_as_it_is
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import outbox_view as repo
from ledgerpost.storage.outbox_repository import KeptMime


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    name: str
    content_type: str
    size: int
    """Decoded size in bytes."""


@dataclass(frozen=True, slots=True)
class MessageView:
    """One stored message, decoded: its headers in order, its text, its attachments."""

    outbox_id: int
    raw: bytes
    headers: tuple[tuple[str, str], ...]
    text: str
    attachments: tuple[AttachmentInfo, ...]

    def header(self, name: str) -> str:
        """The first header called ``name`` (any case), decoded; "" when absent."""
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return ""


def stored_mime(ledger: Ledger, outbox_id: int) -> bytes | None:
    """The exact bytes that went (or will go) to the server; None until composed (when queued,
    or else for its first try). A message never tried has no ``Date`` line yet."""
    with ledger.db.read() as s:
        found = repo.stored_mime(s, outbox_id)
        date = None if found is None else repo.first_attempt_at(s, outbox_id)
    if found is None:
        return None
    kept, copy = found
    return whole_message(kept, None if copy is None else (copy.sha256, copy.pdf), date)


def whole_message(
    kept: KeptMime, copy: tuple[str, bytes] | None, date: dt.datetime | None = None
) -> bytes:
    """A message's stored bytes with its print copy's base64 lines put back where they were
    cut out; ``copy`` is that print copy's (sha256, bytes) as the ledger has it now. Bytes
    stored without their ``Date`` line get it in front, for ``date`` (the first attempt's
    time, UTC as the ledger keeps it); a message never tried has none yet."""
    if kept.print_copy_at is None:
        ready = goes_as_it_is(kept.mime) and kept.mime.endswith(b"\r\n")
        mime = WireReady(kept.mime) if ready else kept.mime
    elif copy is None or copy[0] != kept.print_copy_sha256:
        raise LedgerError.of("print-copy-gone")
    else:
        mime = with_lines(kept.mime, kept.print_copy_at, copy[1])
    if kept.dated or date is None:
        return mime
    dated = date_line(date.replace(tzinfo=dt.UTC)).encode("ascii") + mime
    return WireReady(dated) if isinstance(mime, WireReady) else dated


def queued_by(ledger: Ledger) -> list[str]:
    """Who has queued mail in this ledger: the choices of the sent report's user filter."""
    with ledger.db.read() as s:
        return repo.queued_by(s)


def read_message(outbox_id: int, raw: bytes) -> MessageView:
    """Decode ``raw`` with the standard library, as a mail program would."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    headers = tuple((key, str(value)) for key, value in message.items())
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if isinstance(body, EmailMessage):
        content = body.get_content()
        text = content if isinstance(content, str) else ""
    attachments = []
    for part in message.walk():
        if part.is_multipart() or part is body:
            continue
        name = part.get_filename()
        if name is None and part.get_content_disposition() != "attachment":
            continue
        payload = part.get_payload(decode=True)
        attachments.append(
            AttachmentInfo(
                name or "",
                part.get_content_type(),
                len(payload) if isinstance(payload, bytes) else 0,
            )
        )
    return MessageView(outbox_id, raw, headers, text, tuple(attachments))


def message_view(ledger: Ledger, outbox_id: int) -> MessageView | None:
    """The stored message decoded, or None when it has not been composed yet."""
    raw = stored_mime(ledger, outbox_id)
    return None if raw is None else read_message(outbox_id, raw)
