"""Bounces in no standard form: which recipients failed, read by ``flufl.bounce``'s detectors.

``flufl.bounce`` (GNU Mailman's bounce scanner) knows some forty formats of old MTAs and
providers (Exchange's "did not reach the following recipient", Google's "Delivery to the
following recipient failed", qmail, Exim, Yahoo, ...) but tells only the addresses. The status
code and the server's words are taken from the human text next to them; the header
``X-Failed-Recipients`` (Exim, Google) names recipients when no detector does. Standard reports
never come here (:mod:`ledgerpost.mail.delivery_reports`).
"""

from __future__ import annotations

import email.message
import re

from flufl.bounce import all_failures

from ledgerpost.mail.report_values import (
    MAX_TEXT_CHARS,
    REFERENCE_HEADER,
    DeliveryReport,
    Original,
    ReportForm,
    ReportKind,
    message_id,
    part_text,
    text,
    when,
)

_STATUS = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])")
_REPLY = re.compile(r"(?<!\d)([45]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})?[^\n]*")
_REFERENCE = re.compile(
    rf"^{re.escape(REFERENCE_HEADER)}:[ \t]*([^\s]+)", re.IGNORECASE | re.MULTILINE
)
_ADDRESS = re.compile(r"[^\s<>@,;:\"()]+@[^\s<>@,;:\"()]+")
_DIAGNOSTIC_CHARS = 300


def non_standard_reports(
    message: email.message.Message, parts: list[email.message.Message], original: Original
) -> list[DeliveryReport]:
    """A report per failed recipient that the detectors (or X-Failed-Recipients) name."""
    if not looks_like_bounce(message):
        return []
    _hide_attachments(parts)
    temporary, permanent = _failed_addresses(message)
    if not temporary and not permanent:
        return []
    body = "\n".join(part_text(p) for p in parts if p.get_content_maintype() == "text")
    original = _reference_in_text(original, body)
    found = []
    for recipient, kind in [
        *((a, ReportKind.FAILED) for a in sorted(permanent)),
        *((a, ReportKind.DELAYED) for a in sorted(temporary - permanent)),
    ]:
        status, diagnostic = _words_about(recipient, body)
        found.append(
            DeliveryReport(
                kind=kind,
                recipient=recipient,
                form=ReportForm.NON_STANDARD,
                status=status,
                diagnostic=diagnostic,
                reporting_mta=text(message.get("From")),
                original=original,
                arrival=when(message.get("Date")),
                report_message_id=message_id(message.get("Message-ID")),
            )
        )
    return found


_DAEMONS = ("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "mdaemon", "maildelivery")
_SUBJECT = re.compile(
    r"undeliver|undelivered|delivery|failure|failed|returned|bounce|rejected|not delivered"
    r"|unzustellbar|nicht zustellbar|kätte toimetamata|не доставлено|nedistribuit"
    r"|غير قابلة للتسليم",
    re.IGNORECASE,
)


def looks_like_bounce(message: email.message.Message) -> bool:
    """Sent by a mail system, not a person: the detectors' heuristics would misread the rest
    (and take seconds over a large attachment)."""
    if message.get("X-Failed-Recipients") or text(message.get("Return-Path")) == "<>":
        return True
    sender = text(message.get("From")).lower()
    if any(daemon in sender for daemon in _DAEMONS):
        return True
    automatic = text(message.get("Auto-Submitted")).lower().startswith("auto-")
    return automatic and bool(_SUBJECT.search(text(message.get("Subject"))))


def _hide_attachments(parts: list[email.message.Message]) -> None:
    """Empty every leaf that is not text, and cut long texts: the detectors read every line."""
    for part in parts:
        if part.is_multipart():
            continue
        if part.get_content_maintype() not in ("text", "message"):
            part.set_payload("")
        else:
            payload = part.get_payload()
            if isinstance(payload, str) and len(payload) > MAX_TEXT_CHARS:
                part.set_payload(payload[:MAX_TEXT_CHARS])


def _failed_addresses(message: email.message.Message) -> tuple[set[str], set[str]]:
    """(temporary, permanent) failures, as lower-case addresses."""
    try:
        temporary, permanent = all_failures(message)
    except Exception:  # a detector tripping on odd input means "not this format"
        temporary, permanent = frozenset(), frozenset()
    named = {_address(a) for a in permanent} - {""}
    delayed = {_address(a) for a in temporary} - {""}
    if not named and not delayed:
        for value in message.get_all("X-Failed-Recipients") or []:
            named |= {a.lower() for a in _ADDRESS.findall(text(value))}
    return delayed, named


def _address(raw: bytes) -> str:
    word = raw.decode("ascii", "replace").strip().strip("<>").lower()
    return word if _ADDRESS.fullmatch(word) else ""


def _words_about(recipient: str, body: str) -> tuple[str, str]:
    """The status code and the server's reply nearest after the recipient's address."""
    lowered = body.lower()
    start = lowered.find(recipient)
    window = body[start : start + 2000] if start >= 0 else body[:4000]
    reply = _REPLY.search(window)
    if reply:
        diagnostic = " ".join(reply.group(0).split())[:_DIAGNOSTIC_CHARS]
    else:  # no reply quoted: the lines under the address are the server's words
        diagnostic = " ".join(" ".join(window.splitlines()[1:4]).split())[:_DIAGNOSTIC_CHARS]
    status = _STATUS.search(diagnostic) or _STATUS.search(window)
    code = status.group(1) if status else ""
    if not code and reply:
        code = f"{reply.group(1)[0]}.0.0"
    return code, diagnostic


def _reference_in_text(original: Original, body: str) -> Original:
    """Our reference header quoted in the text (its HMAC makes it safe to take from there)."""
    if original.reference:
        return original
    found = _REFERENCE.search(body)
    if not found:
        return original
    return Original(original.message_id, original.found_in, found.group(1))
