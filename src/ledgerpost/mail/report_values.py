"""The values of a delivery report, and the small readers of its fields.

:mod:`ledgerpost.mail.delivery_reports` (the standard forms) and
:mod:`ledgerpost.mail.bounce_formats` (the others) both make them.
"""

from __future__ import annotations

import datetime as dt
import email.message
import email.utils
from dataclasses import dataclass
from enum import StrEnum

MAX_TEXT_CHARS = 256 * 1024
"""How much of one text part is looked at."""
REFERENCE_HEADER = "X-LedgerPost-Outbox"


class ReportKind(StrEnum):
    """What happened: a DSN's Action (RFC 3464 2.3.3) or an MDN's disposition (RFC 8098 3.2.6)."""

    DELIVERED = "delivered"
    RELAYED = "relayed"  # passed on to a server that sends no reports
    EXPANDED = "expanded"  # delivered to a list or alias
    FAILED = "failed"
    DELAYED = "delayed"
    DISPLAYED = "displayed"
    DELETED = "deleted"
    DISPATCHED = "dispatched"
    PROCESSED = "processed"


class ReportForm(StrEnum):
    DSN = "dsn"
    MDN = "mdn"
    NON_STANDARD = "non-standard"


class OriginalFoundIn(StrEnum):
    """Where the report named the original's Message-ID; never free text."""

    MESSAGE = "message/rfc822"
    HEADERS = "text/rfc822-headers"
    ORIGINAL_MESSAGE_ID = "original-message-id"
    IN_REPLY_TO = "in-reply-to"
    NOWHERE = ""


@dataclass(frozen=True, slots=True)
class Original:
    """What a report says about the message it is about."""

    message_id: str = ""
    found_in: OriginalFoundIn = OriginalFoundIn.NOWHERE
    reference: str = ""
    """The :data:`REFERENCE_HEADER` value seen in the report, not yet verified."""


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """One recipient's fate, as one report tells it."""

    kind: ReportKind
    recipient: str
    form: ReportForm
    status: str = ""
    """The enhanced status code, e.g. ``5.1.1`` (RFC 3463); empty when the report gave none."""
    diagnostic: str = ""
    remote_mta: str = ""
    reporting_mta: str = ""
    original: Original = Original()
    arrival: dt.datetime | None = None
    """When the reporting server got the message (or, for an MDN, when the report was made)."""
    envelope_id: str = ""
    report_message_id: str = ""

    @property
    def permanent_failure(self) -> bool:
        return self.kind is ReportKind.FAILED


# --- fields -----------------------------------------------------------------------------------


def text(value: object) -> str:
    """A header value as one clean line of text."""
    if value is None:
        return ""
    words = str(value).encode("utf-8", "replace").decode("utf-8", "replace").split()
    return " ".join(words)[:2000]


def typed_value(value: object) -> str:
    """The part after ``type;`` (``rfc822; a@b`` is ``a@b``), or the whole value."""
    line = text(value)
    return line.split(";", 1)[1].strip() if ";" in line else line


def message_id(value: object) -> str:
    """The first ``<...>`` of a header, or the bare word."""
    line = text(value)
    if "<" in line and ">" in line.split("<", 1)[1]:
        return "<" + line.split("<", 1)[1].split(">", 1)[0].strip() + ">"
    return f"<{line}>" if line and " " not in line else ""


def when(value: object) -> dt.datetime | None:
    line = text(value)
    if not line:
        return None
    try:
        return email.utils.parsedate_to_datetime(line)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def part_text(part: email.message.Message) -> str:
    """A leaf part's text, decoded as its charset says (or as UTF-8), at most MAX_TEXT_CHARS."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        inner = part.get_payload()
        return inner[:MAX_TEXT_CHARS] if isinstance(inner, str) else ""
    charset = str(part.get_content_charset() or "utf-8")
    try:
        return payload[: MAX_TEXT_CHARS * 4].decode(charset, "replace")[:MAX_TEXT_CHARS]
    except LookupError:
        return payload[: MAX_TEXT_CHARS * 4].decode("utf-8", "replace")[:MAX_TEXT_CHARS]
