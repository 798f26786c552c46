"""What a mail server or a recipient reported back about a message we sent, read from its bytes.

:func:`read_reports` turns one message of the mailbox into a list of :class:`DeliveryReport`,
one per recipient it speaks of: DSNs (RFC 3464, also RFC 6533's global ones), MDNs (RFC 8098)
with the stdlib ``email`` package, and bounces in no standard form through
:mod:`ledgerpost.mail.bounce_formats`. An empty list means "not a report we understand"; no
input, however broken, makes it raise. Which sent message a report is about is decided by
:mod:`ledgerpost.mail.outbox_reference`, never here.
"""

from __future__ import annotations

import email
import email.message
from collections.abc import Iterator
from email.parser import HeaderParser
from email.policy import compat32

from ledgerpost.mail.bounce_formats import non_standard_reports
from ledgerpost.mail.report_values import (
    MAX_TEXT_CHARS,
    REFERENCE_HEADER,
    DeliveryReport,
    Original,
    OriginalFoundIn,
    ReportForm,
    ReportKind,
    message_id,
    part_text,
    text,
    typed_value,
    when,
)

__all__ = [
    "MAX_MESSAGE_BYTES",
    "MAX_TEXT_CHARS",
    "REFERENCE_HEADER",
    "DeliveryReport",
    "Original",
    "OriginalFoundIn",
    "ReportForm",
    "ReportKind",
    "read_reports",
]

MAX_MESSAGE_BYTES = 20 * 1024 * 1024
"""Past this a message is read only this far: a report is small, its attachment may not be."""
_STATUS_TYPES = frozenset({"message/delivery-status", "message/global-delivery-status"})
_MDN_TYPES = frozenset(
    {"message/disposition-notification", "message/global-disposition-notification"}
)
_HEADER_TYPES = frozenset(
    {"text/rfc822-headers", "message/rfc822-headers", "message/global-headers"}
)
_MESSAGE_TYPES = frozenset({"message/rfc822", "message/global"})


def read_reports(raw: bytes) -> list[DeliveryReport]:
    """Every recipient's report in ``raw``; empty when it is no report. Never raises."""
    try:
        message = email.message_from_bytes(raw[:MAX_MESSAGE_BYTES], policy=compat32)
        return _reports(message)
    except Exception:  # broken input is "no report", whatever broke
        return []


def _reports(message: email.message.Message) -> list[DeliveryReport]:
    parts = list(own_parts(message))
    original = _original(message, parts)
    for part in parts:
        content_type = part.get_content_type()
        if content_type in _STATUS_TYPES:
            return _dsn_reports(message, part, original)
        if content_type in _MDN_TYPES:
            return _mdn_reports(message, part, original)
    return non_standard_reports(message, parts, original)


def own_parts(message: email.message.Message) -> Iterator[email.message.Message]:
    """The message and its parts, not looking inside attached messages (the original)."""
    yield message
    if message.is_multipart() and message.get_content_maintype() == "multipart":
        for part in message.get_payload():
            if isinstance(part, email.message.Message):
                yield from own_parts(part)


# --- fields -----------------------------------------------------------------------------------


def field_blocks(part: email.message.Message) -> list[email.message.Message]:
    """A status part's blocks of fields: the per-message one first, then one per recipient."""
    payload = part.get_payload()
    if isinstance(payload, list) and all(isinstance(b, email.message.Message) for b in payload):
        return list(payload)
    body = part_text(part).replace("\r\n", "\n")
    parser = HeaderParser(policy=compat32)
    return [parser.parsestr(block.strip() + "\n") for block in body.split("\n\n") if block.strip()]


# --- the original -----------------------------------------------------------------------------


def _original(message: email.message.Message, parts: list[email.message.Message]) -> Original:
    for part in parts:
        content_type = part.get_content_type()
        headers: email.message.Message | None = None
        found_in = OriginalFoundIn.NOWHERE
        if content_type in _MESSAGE_TYPES:
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], email.message.Message):
                headers, found_in = inner[0], OriginalFoundIn.MESSAGE
        elif content_type in _HEADER_TYPES:
            headers = HeaderParser(policy=compat32).parsestr(part_text(part))
            found_in = OriginalFoundIn.HEADERS
        if headers is not None:
            named = message_id(headers.get("Message-ID"))
            reference = text(headers.get(REFERENCE_HEADER))
            if named or reference:
                return Original(named, found_in if named else OriginalFoundIn.NOWHERE, reference)
    return Original()


def _with_fallback(original: Original, named: str, found_in: OriginalFoundIn) -> Original:
    if original.message_id or not named:
        return original
    return Original(named, found_in, original.reference)


# --- DSN and MDN ------------------------------------------------------------------------------

_ACTIONS = {kind.value: kind for kind in ReportKind}


def _dsn_reports(
    message: email.message.Message, part: email.message.Message, original: Original
) -> list[DeliveryReport]:
    blocks = field_blocks(part)
    if len(blocks) < 2:
        return []
    about = blocks[0]
    original = _with_fallback(
        original, message_id(message.get("In-Reply-To")), OriginalFoundIn.IN_REPLY_TO
    )
    found = []
    for block in blocks[1:]:
        kind = _ACTIONS.get(text(block.get("Action")).lower().split(" ")[0])
        recipient = typed_value(block.get("Final-Recipient") or block.get("Original-Recipient"))
        if kind is None or not recipient or kind in _MDN_KINDS:
            continue
        found.append(
            DeliveryReport(
                kind=kind,
                recipient=recipient,
                form=ReportForm.DSN,
                status=text(block.get("Status")).split(" ")[0],
                diagnostic=typed_value(block.get("Diagnostic-Code")),
                remote_mta=typed_value(block.get("Remote-MTA")),
                reporting_mta=typed_value(about.get("Reporting-MTA")),
                original=original,
                arrival=when(about.get("Arrival-Date")),
                envelope_id=text(about.get("Original-Envelope-Id")),
                report_message_id=message_id(message.get("Message-ID")),
            )
        )
    return found


_MDN_KINDS = frozenset(
    {ReportKind.DISPLAYED, ReportKind.DELETED, ReportKind.DISPATCHED, ReportKind.PROCESSED}
)


def _mdn_reports(
    message: email.message.Message, part: email.message.Message, original: Original
) -> list[DeliveryReport]:
    blocks = field_blocks(part)
    if not blocks:
        return []
    fields = blocks[0]
    # "manual-action/MDN-sent-manually; displayed" or "...; displayed/error"
    disposition = text(fields.get("Disposition")).rpartition(";")[2].strip().lower()
    kind = _ACTIONS.get(disposition.split("/")[0].strip())
    recipient = typed_value(fields.get("Final-Recipient") or fields.get("Original-Recipient"))
    if kind not in _MDN_KINDS or kind is None or not recipient:
        return []
    original = _with_fallback(
        original, message_id(fields.get("Original-Message-ID")), OriginalFoundIn.ORIGINAL_MESSAGE_ID
    )
    original = _with_fallback(
        original, message_id(message.get("In-Reply-To")), OriginalFoundIn.IN_REPLY_TO
    )
    return [
        DeliveryReport(
            kind=kind,
            recipient=recipient,
            form=ReportForm.MDN,
            diagnostic=text(fields.get("Error") or fields.get("Failure")),
            reporting_mta=typed_value(fields.get("Reporting-UA")),
            original=original,
            arrival=when(message.get("Date")),
            report_message_id=message_id(message.get("Message-ID")),
        )
    ]
