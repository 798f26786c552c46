"""Our reference in every sent message, and which sent message a delivery report is about.

Each message carries ``X-LedgerPost-Outbox: <outbox id>.<HMAC>``: the HMAC-SHA256 of the id
under a key of the caller's, cut to 96 bits, so nobody without the key can make a report that
names an outbox row. :func:`match_report` takes, in this order, the Message-ID of the original
attached to the report (message/rfc822 or text/rfc822-headers), else the report's
Original-Message-ID or In-Reply-To, else our reference with a valid HMAC; a Message-ID written
in free text counts for nothing. A reference that is present but forged makes the whole report
unmatched, even when a Message-ID was given too. Nothing is guessed.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import StrEnum

from ledgerpost.mail.report_values import DeliveryReport, OriginalFoundIn

_MAC_HEX = 24
_PURPOSE = b"ledgerpost-outbox-reference\0"


def _mac(outbox_id: int, key: bytes) -> str:
    digest = hmac.new(key, _PURPOSE + str(outbox_id).encode(), hashlib.sha256).hexdigest()
    return digest[:_MAC_HEX]


def make_reference(outbox_id: int, key: bytes) -> str:
    """The header value for outbox row ``outbox_id``."""
    if outbox_id < 0 or not key:
        raise ValueError("an outbox id of 0 or more and a non-empty key are needed")
    return f"{outbox_id}.{_mac(outbox_id, key)}"


def verify_reference(value: str, key: bytes) -> int | None:
    """The outbox id ``value`` names if its HMAC is right under ``key``, else None."""
    number, dot, mac = value.strip().partition(".")
    well_formed = number.isascii() and number.isdigit() and len(number) <= 18 and mac.isascii()
    if not dot or not well_formed or not key:
        return None
    outbox_id = int(number)
    return outbox_id if hmac.compare_digest(_mac(outbox_id, key), mac.lower()) else None


class MatchedBy(StrEnum):
    ORIGINAL_MESSAGE = "original-message"  # the attached original's Message-ID
    ORIGINAL_MESSAGE_ID = "original-message-id"
    IN_REPLY_TO = "in-reply-to"
    REFERENCE = "reference"  # only our header, with a valid HMAC
    UNMATCHED = "unmatched"


@dataclass(frozen=True, slots=True)
class ReportMatch:
    """Which sent message a report is about: its Message-ID and/or our outbox id."""

    by: MatchedBy
    message_id: str = ""
    outbox_id: int | None = None

    @property
    def matched(self) -> bool:
        return self.by is not MatchedBy.UNMATCHED


UNMATCHED = ReportMatch(MatchedBy.UNMATCHED)

_BY_PLACE = {
    OriginalFoundIn.MESSAGE: MatchedBy.ORIGINAL_MESSAGE,
    OriginalFoundIn.HEADERS: MatchedBy.ORIGINAL_MESSAGE,
    OriginalFoundIn.ORIGINAL_MESSAGE_ID: MatchedBy.ORIGINAL_MESSAGE_ID,
    OriginalFoundIn.IN_REPLY_TO: MatchedBy.IN_REPLY_TO,
}


def match_report(report: DeliveryReport, key: bytes) -> ReportMatch:
    """Which sent message ``report`` refers to, or :data:`UNMATCHED`."""
    original = report.original
    outbox_id = verify_reference(original.reference, key) if original.reference else None
    if original.reference and outbox_id is None:
        return UNMATCHED  # a forged or damaged reference: trust nothing in this report
    by = _BY_PLACE.get(original.found_in)
    if by is not None and original.message_id:
        return ReportMatch(by, original.message_id, outbox_id)
    if outbox_id is not None:
        return ReportMatch(MatchedBy.REFERENCE, "", outbox_id)
    return UNMATCHED
