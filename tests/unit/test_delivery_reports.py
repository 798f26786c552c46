"""Delivery reports read from bytes, our outbox reference, and which sent message a report is about.

The samples in tests/data/reports: two made by the real Postfix of tests/helpers/postfix, the
others written after the published forms of Microsoft 365, old Exchange and Gmail. ``REFERENCE``
in a sample stands for a valid ``X-LedgerPost-Outbox`` value.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerpost.mail import errors, imap_errors
from ledgerpost.mail.delivery_reports import (
    MAX_MESSAGE_BYTES,
    OriginalFoundIn,
    ReportForm,
    ReportKind,
    read_reports,
)
from ledgerpost.mail.mailbox import HighWaterMark
from ledgerpost.mail.outbox_reference import (
    UNMATCHED,
    MatchedBy,
    make_reference,
    match_report,
    verify_reference,
)

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "reports"
KEY = b"the key of this ledger"
OUTBOX_ID = 1042


def sample(name: str) -> bytes:
    raw = (SAMPLES / name).read_bytes()
    return raw.replace(b"REFERENCE", make_reference(OUTBOX_ID, KEY).encode())


# --- the samples ------------------------------------------------------------------------------

EXPECTED = [
    # file, kind, form, recipient, status, diagnostic contains, matched by, Message-ID
    ("google-dsn-failure.eml", ReportKind.FAILED, ReportForm.DSN, "maria.ionescu@gmail.com",
     "5.1.1", "does not exist", MatchedBy.ORIGINAL_MESSAGE,
     "<invoice-2026-0144.1796198000@ledgerpost.test>"),
    ("google-legacy-failure.eml", ReportKind.FAILED, ReportForm.NON_STANDARD,
     "olga.petrova@example.ru", "5.1.1", "User unknown", MatchedBy.REFERENCE, ""),
    ("microsoft-365-ndr.eml", ReportKind.FAILED, ReportForm.DSN, "anna.tamm@contoso.com",
     "5.1.10", "RESOLVER.ADR.RecipientNotFound", MatchedBy.ORIGINAL_MESSAGE,
     "<invoice-2026-0142.1796197964@ledgerpost.test>"),
    ("microsoft-exchange-legacy-ndr.eml", ReportKind.FAILED, ReportForm.NON_STANDARD,
     "jaan.kask@fabrikam.example", "5.1.1", "does not exist", MatchedBy.REFERENCE, ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "kind", "form", "recipient", "status", "words", "by", "message_id"),
    EXPECTED,
    ids=[e[0] for e in EXPECTED],
)
def test_each_sample_says_who_failed_why_and_which_message_it_was(
    name: str,
    kind: ReportKind,
    form: ReportForm,
    recipient: str,
    status: str,
    words: str,
    by: MatchedBy,
    message_id: str,
) -> None:
    (report,) = read_reports(sample(name))
    assert (report.kind, report.form, report.recipient, report.status) == (
        kind, form, recipient, status
    )  # fmt: skip
    assert words in report.diagnostic
    assert report.permanent_failure
    match = match_report(report, KEY)
    assert (match.by, match.message_id, match.outbox_id) == (by, message_id, OUTBOX_ID)
    assert match_report(report, b"another key") == UNMATCHED  # the reference is not ours


def with_reference(raw: bytes, value: str) -> bytes:
    lines = [
        f"X-LedgerPost-Outbox: {value}".encode()
        if line.startswith(b"X-LedgerPost-Outbox:")
        else line
        for line in raw.split(b"\r\n")
    ]
    return b"\r\n".join(lines)


def test_the_real_postfix_bounce_names_the_original_in_its_headers_part() -> None:
    raw = (SAMPLES / "postfix-failed-5.1.1.eml").read_bytes()
    (report,) = read_reports(with_reference(raw, make_reference(7, KEY)))
    assert (report.kind, report.status, report.recipient) == (
        ReportKind.FAILED, "5.1.1", "unknown@example.test"
    )  # fmt: skip
    assert report.remote_mta == "127.0.0.1" and report.reporting_mta == "mx.ledgerpost.test"
    assert report.envelope_id == "ob7" and report.arrival is not None
    assert report.original.found_in is OriginalFoundIn.HEADERS
    match = match_report(report, KEY)
    assert (match.by, match.outbox_id) == (MatchedBy.ORIGINAL_MESSAGE, 7)
    assert match.message_id == "<179622188774.32312.16882455888616296181@ledgerpost.test>"
    # As saved, its reference was made with no key of ours: the whole report counts for nothing.
    (as_saved,) = read_reports(raw)
    assert match_report(as_saved, KEY) == UNMATCHED


def test_the_real_postfix_success_report_is_relayed_with_a_2xx_status() -> None:
    (report,) = read_reports((SAMPLES / "postfix-success.eml").read_bytes())
    assert (report.kind, report.status, report.recipient) == (
        ReportKind.RELAYED, "2.0.0", "good@example.test"
    )  # fmt: skip
    assert not report.permanent_failure


def mdn(
    disposition: str, *, original_id: str = "<sent.1@ledgerpost.test>", extra: str = ""
) -> bytes:
    return f"""\
From: Mari Tamm <mari@example.com>
To: billing@ledgerpost.test
Subject: Read: Invoice 7
Date: Wed, 02 Dec 2026 10:00:00 +0200
Message-ID: <mdn.1@example.com>
{extra}MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="b"

--b
Content-Type: text/plain

Your message was displayed.

--b
Content-Type: message/disposition-notification

Reporting-UA: mail.example.com; Example Mail
Final-Recipient: rfc822;mari@example.com
Original-Message-ID: {original_id}
Disposition: manual-action/MDN-sent-manually; {disposition}

--b--
""".replace("\n", "\r\n").encode()


@pytest.mark.parametrize(
    ("disposition", "kind"),
    [("displayed", ReportKind.DISPLAYED), ("deleted", ReportKind.DELETED),
     ("processed/error", ReportKind.PROCESSED), ("Displayed", ReportKind.DISPLAYED)],
)  # fmt: skip
def test_a_read_receipt_is_its_disposition_for_the_original_message_id(
    disposition: str, kind: ReportKind
) -> None:
    (report,) = read_reports(mdn(disposition))
    assert (report.kind, report.form, report.recipient) == (
        kind,
        ReportForm.MDN,
        "mari@example.com",
    )
    assert report.arrival is not None
    match = match_report(report, KEY)
    assert (match.by, match.message_id) == (
        MatchedBy.ORIGINAL_MESSAGE_ID,
        "<sent.1@ledgerpost.test>",
    )


def test_in_reply_to_is_the_last_standard_place_for_the_original() -> None:
    raw = mdn("displayed", original_id="", extra="In-Reply-To: <sent.2@ledgerpost.test>\n")
    (report,) = read_reports(raw)
    match = match_report(report, KEY)
    assert (match.by, match.message_id) == (MatchedBy.IN_REPLY_TO, "<sent.2@ledgerpost.test>")
    assert read_reports(mdn("unheard-of")) == []


def dsn(action: str, status: str, headers: str) -> bytes:
    return f"""\
From: MAILER-DAEMON@mx.example.com
Subject: Delayed Mail (still being retried)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com
Arrival-Date: Wed,  2 Dec 2026 10:00:00 +0000 (UTC)

Final-Recipient: rfc822; slow@example.com
Action: {action}
Status: {status}
Diagnostic-Code: smtp; 451 4.4.1 No answer from host

Final-Recipient: rfc822; fine@example.com
Action: delivered
Status: 2.0.0

--b
Content-Type: text/rfc822-headers

{headers}
--b--
""".replace("\n", "\r\n").encode()


def test_one_dsn_reports_each_recipient_on_its_own() -> None:
    headers = "Message-ID: <sent.3@ledgerpost.test>\n"
    delayed, delivered = read_reports(dsn("delayed", "4.4.1", headers))
    assert (delayed.kind, delayed.recipient, delayed.status) == (
        ReportKind.DELAYED, "slow@example.com", "4.4.1"
    )  # fmt: skip
    assert "No answer" in delayed.diagnostic
    assert (delivered.kind, delivered.recipient) == (ReportKind.DELIVERED, "fine@example.com")
    assert {match_report(r, KEY).message_id for r in (delayed, delivered)} == {
        "<sent.3@ledgerpost.test>"
    }


def test_forged_reports_match_nothing() -> None:
    wrong = make_reference(OUTBOX_ID, b"a forger's key")
    right_id = "Message-ID: <sent.4@ledgerpost.test>\n"
    for headers in (f"X-LedgerPost-Outbox: {wrong}\n", f"{right_id}X-LedgerPost-Outbox: {wrong}\n"):
        for report in read_reports(dsn("failed", "5.1.1", headers)):
            assert match_report(report, KEY) == UNMATCHED
    # The Message-ID written in a plain message's text names nothing.
    text = (
        b"From: MAILER-DAEMON@example.com\r\nSubject: Undeliverable\r\n\r\n"
        b"Delivery to the following recipient failed permanently:\r\n\r\n  x@example.com\r\n\r\n"
        b"550 5.1.1 unknown\r\n----- Original message -----\r\n\r\n"
        b"Message-ID: <sent.4@ledgerpost.test>\r\n"
    )
    reports = read_reports(text)
    assert [r.recipient for r in reports] == ["x@example.com"]
    assert match_report(reports[0], KEY) == UNMATCHED
    # Written by a person, the same words are not even taken for a bounce.
    assert read_reports(text.replace(b"MAILER-DAEMON", b"someone")) == []


def test_an_ordinary_message_with_a_large_attachment_is_no_report() -> None:
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "Mari <mari@example.com>", "Re: delivery failed?"
    msg.set_content("Your invoice did not reach the following recipient: x@example.com\n")
    msg.add_attachment(bytes(range(256)) * 12_000, maintype="application", subtype="pdf")
    assert read_reports(bytes(msg)) == []


def test_a_plain_message_is_no_report() -> None:
    assert read_reports(b"From: a@b.c\r\nSubject: Hello\r\n\r\nThanks for the invoice!\r\n") == []
    assert read_reports(b"") == []


# --- the reference ----------------------------------------------------------------------------


def test_a_reference_names_its_outbox_row_only_under_its_key() -> None:
    value = make_reference(OUTBOX_ID, KEY)
    assert value.startswith(f"{OUTBOX_ID}.") and len(value.split(".")[1]) == 24
    assert verify_reference(value, KEY) == OUTBOX_ID
    assert verify_reference(f" {value.upper()} ", KEY) == OUTBOX_ID
    assert verify_reference(value, b"other") is None
    number, mac = value.split(".")
    assert verify_reference(f"{OUTBOX_ID + 1}.{mac}", KEY) is None
    assert verify_reference(f"{number}.{mac[:-1]}0", KEY) in (None, OUTBOX_ID)
    assert verify_reference(f"{number}.{'0' * 24}", KEY) is None
    for garbage in ("", ".", "x.y", "1042", "١٠٤٢." + mac, f"{number}.ü{mac[1:]}", "9" * 40 + ".a"):
        assert verify_reference(garbage, KEY) is None
    with pytest.raises(ValueError):
        make_reference(1, b"")


@given(st.text(max_size=80), st.binary(min_size=1, max_size=40))
def test_no_made_up_reference_is_taken(value: str, key: bytes) -> None:
    found = verify_reference(value, key)
    assert found is None or make_reference(found, key) == value.strip().lower()


# --- broken input -----------------------------------------------------------------------------

ALL = sorted(p.name for p in SAMPLES.glob("*.eml"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_any_bytes_parse_without_raising(raw: bytes) -> None:
    assert isinstance(read_reports(raw), list)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ALL), st.floats(0, 1), st.binary(max_size=20), st.integers(0, 5000))
def test_truncated_or_damaged_samples_never_raise(
    name: str, cut: float, noise: bytes, at: int
) -> None:
    raw = sample(name)
    damaged = raw[: int(len(raw) * cut)]
    spliced = raw[:at] + noise + raw[at:]
    for broken in (damaged, spliced):
        for report in read_reports(broken):
            match_report(report, KEY)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(ALL),
    st.sampled_from(["utf-8", "x-unknown", "utf-7", "iso-2022-jp", "", "utf-16", '"" ; ;']),
    st.sampled_from(["base64", "quoted-printable", "8bit", "x-uuencode", "bogus"]),
)
def test_wrong_charsets_and_encodings_never_raise(name: str, charset: str, encoding: str) -> None:
    raw = sample(name).replace(b"charset=", f"charset={charset}; x=".encode())
    raw = raw.replace(b"Content-Type: message/delivery-status", (
        f"Content-Type: message/delivery-status\r\nContent-Transfer-Encoding: {encoding}"
    ).encode())  # fmt: skip
    assert isinstance(read_reports(raw), list)


def test_a_huge_attachment_is_read_only_so_far() -> None:
    raw = sample("microsoft-365-ndr.eml")
    huge = raw.replace(b"Please find the invoice attached.", b"A" * (MAX_MESSAGE_BYTES + 1000))
    (report,) = read_reports(huge)
    assert report.status == "5.1.10"
    nested = b"Content-Type: multipart/mixed; boundary=x\r\n\r\n" + b"--x\r\n" * 100_000
    assert read_reports(nested) == []


# --- small values -----------------------------------------------------------------------------


def test_the_high_water_mark_is_stored_as_text() -> None:
    mark = HighWaterMark(1796198000, 52)
    assert HighWaterMark.from_text(mark.to_text()) == mark
    assert HighWaterMark.from_text("") is None and HighWaterMark.from_text("a:1") is None


@pytest.mark.parametrize(
    "error",
    [
        imap_errors.ImapConnectionLost("imap.example.com"),
        imap_errors.ImapCertificateNotTrusted("imap.example.com", "self-signed certificate."),
        imap_errors.ImapStartTlsNotOffered("imap.example.com"),
        imap_errors.ImapInsecureAuthRefused("imap.example.com"),
        imap_errors.ImapSecretMissing("mari@example.com"),
        imap_errors.ImapAuthNotOffered("imap.example.com", "XOAUTH2"),
        imap_errors.ImapAuthenticationFailed("mari@example.com", "[AUTHENTICATIONFAILED] no"),
        imap_errors.ImapFolderMissing("imap.example.com", "Reports"),
        imap_errors.ImapCommandRefused("imap.example.com", "UID MOVE", "over quota"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_each_mailbox_error_is_one_plain_sentence(error: errors.MailError) -> None:
    text = str(error)
    assert text[0].isupper() and text.endswith(".") and ". " not in text
    assert error.retryable is isinstance(
        error, imap_errors.ImapConnectionLost | imap_errors.ImapCommandRefused
    )
