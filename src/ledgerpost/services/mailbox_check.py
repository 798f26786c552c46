"""Reading what came back to a sending account: bounces, delivery reports and read receipts,
applied to the outbox messages they are about and to the addresses on the party cards.

:func:`check_mailbox` reads the folder's messages above the stored HighWaterMark, parses each
(:func:`~ledgerpost.mail.delivery_reports.read_reports`) and matches each report to a sent
message (:func:`~ledgerpost.mail.outbox_reference.match_report`: the attached original's
Message-ID, an MDN's Original-Message-ID, or our signed reference; a forged reference matches
nothing, and nothing is guessed). What a matched report says:

- ``failed``: the message is ``bounced`` and the address is marked bounced;
- ``delivered``, ``relayed``, ``expanded``: ``delivered``, and the address's bounce mark goes;
- ``delayed``: the message stays sent, with the note;
- ``displayed`` (an MDN): ``read``, at the receipt's time.

An outcome only moves forward (domain.delivery_outcome). Each applied report is kept by a
digest of its bytes and recipient, so a folder read again (a changed UIDVALIDITY) applies none
twice; the mark is stored in the transaction that applies the batch it closes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ledgerpost.domain.delivery_outcome import DeliveryDetail, DeliveryOutcome, moves_forward
from ledgerpost.domain.smtp import AuthMethod
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.mail.delivery_reports import ReportKind, read_reports
from ledgerpost.mail.errors import MailError
from ledgerpost.mail.mailbox import HighWaterMark, Mailbox
from ledgerpost.mail.oauth_sasl import AccessTokens
from ledgerpost.mail.outbox_reference import match_report
from ledgerpost.mail.report_values import DeliveryReport
from ledgerpost.services import access, account_sign_in, mail_accounts, mailbox_settings
from ledgerpost.services.delivery.report_headers import reference_key
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import report_repository as report_repo

OUTCOME_OF = {
    ReportKind.FAILED: DeliveryOutcome.BOUNCED,
    ReportKind.DELIVERED: DeliveryOutcome.DELIVERED,
    ReportKind.RELAYED: DeliveryOutcome.DELIVERED,
    ReportKind.EXPANDED: DeliveryOutcome.DELIVERED,
    ReportKind.DELAYED: DeliveryOutcome.DELAYED,
    ReportKind.DISPLAYED: DeliveryOutcome.READ,
}
"""What each kind of report makes of a message; the other MDN dispositions change nothing."""


@dataclass
class CheckResult:
    """What one check found: messages read, reports matched (applied now or before) and not,
    and of the reports applied now, how many of each kind."""

    read: int = 0
    matched: int = 0
    bounced: int = 0
    delivered: int = 0
    delayed: int = 0
    read_receipts: int = 0
    unmatched: int = 0
    moved: int = 0
    changed: list[int] = field(default_factory=list)
    """The outbox ids whose outcome changed."""

    def as_json(self) -> dict[str, int]:
        return {
            "read": self.read,
            "matched": self.matched,
            "bounced": self.bounced,
            "delivered": self.delivered,
            "delayed": self.delayed,
            "read_receipts": self.read_receipts,
            "unmatched": self.unmatched,
            "moved": self.moved,
        }


def check_mailbox(
    ledger: Ledger,
    account_name: str | None = None,
    *,
    password: str | None = None,
    tokens: AccessTokens | None = None,
    clock: Callable[[], dt.datetime] = utcnow,
    batch: int = 200,
) -> CheckResult:
    """Read the account's folder since the last check and apply what came back; raises a
    MailError when the mailbox cannot be read (nothing is applied then)."""
    account = mailbox_settings.require(ledger, account_name)
    if tokens is None and password is None:
        tokens = oauth_tokens(ledger, account.name)
    if tokens is None:
        password = mailbox_settings.password_for(ledger, account.name, password)
    key = reference_key(ledger)
    with ledger.db.read() as s:
        mark = HighWaterMark.from_text(report_repo.folder_mark(s, account.name, account.folder))
    result = CheckResult()
    with Mailbox.open(account.imap, password=password, tokens=tokens) as box:
        while True:
            mail = box.new_messages(account.folder, mark, batch=batch)
            reported: list[int] = []
            with ledger.db.write() as s:
                for fetched in mail.messages:
                    result.read += 1
                    if _apply_message(s, fetched.raw, key, clock(), result):
                        reported.append(fetched.uid)
                report_repo.put_folder_mark(s, account.name, account.folder, mail.mark.to_text())
            if account.move_to and reported:
                box.move(account.folder, reported, account.move_to)
                result.moved += len(reported)
            mark = mail.mark
            if not mail.more:
                return result


def oauth_tokens(ledger: Ledger, account_name: str) -> AccessTokens | None:
    """The sending account's OAuth2 tokens when it signs in with OAuth2 (its mailbox then
    takes XOAUTH2 with the same stored token), else None."""
    for sending in mail_accounts.accounts(ledger):
        if sending.name == account_name and sending.auth is AuthMethod.OAUTH2:
            return account_sign_in.token_source(ledger, sending)
    return None


@dataclass(frozen=True, slots=True)
class AllChecked:
    """What one round over every mailbox found: the sums, and each account's failure."""

    found: CheckResult
    failures: dict[str, Exception]


def check_all(ledger: Ledger, clock: Callable[[], dt.datetime] = utcnow) -> AllChecked:
    """Check every account's mailbox that is set (the window's background round); one
    account's failure does not stop the others."""
    total = CheckResult()
    failures: dict[str, Exception] = {}
    for name in mailbox_settings.names(ledger):
        try:
            found = check_mailbox(ledger, name, clock=clock)
        except (MailError, LedgerError) as exc:
            failures[name] = exc
            continue
        for key in ("read", "matched", "bounced", "delivered", "delayed", "read_receipts"):
            setattr(total, key, getattr(total, key) + getattr(found, key))
        total.unmatched += found.unmatched
        total.moved += found.moved
        total.changed.extend(found.changed)
    return AllChecked(total, failures)


def _apply_message(
    s: Session, raw: bytes, key: bytes, now: dt.datetime, result: CheckResult
) -> bool:
    """Apply each report in one message; True when any of them matched a sent message."""
    matched = False
    whole = hashlib.sha256(raw).hexdigest()
    for report in read_reports(raw):
        match = match_report(report, key)
        row = (
            report_repo.sent_message(s, message_id=match.message_id, outbox_id=match.outbox_id)
            if match.matched
            else None
        )
        if row is None:
            result.unmatched += 1
            continue
        matched = True
        result.matched += 1
        digest = hashlib.sha256(
            f"{whole}\0{report.recipient.lower()}\0{report.kind.value}".encode()
        ).hexdigest()
        if report_repo.applied(s, digest):
            continue
        report_repo.add_applied(s, digest, row.id, now)
        _apply_report(s, row.id, report, now, result)
    return matched


def _naive_utc(when: dt.datetime | None, default: dt.datetime) -> dt.datetime:
    if when is None:
        return default
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


def _apply_report(
    s: Session, outbox_id: int, report: DeliveryReport, now: dt.datetime, result: CheckResult
) -> None:
    outcome = OUTCOME_OF.get(report.kind)
    if outcome is None:
        return
    counter = {
        DeliveryOutcome.BOUNCED: "bounced",
        DeliveryOutcome.DELIVERED: "delivered",
        DeliveryOutcome.DELAYED: "delayed",
        DeliveryOutcome.READ: "read_receipts",
    }[outcome]
    setattr(result, counter, getattr(result, counter) + 1)
    if outcome is DeliveryOutcome.BOUNCED:
        report_repo.mark_bounced(
            s, report.recipient, report.status, report.diagnostic, outbox_id, now
        )
    elif outcome in (DeliveryOutcome.DELIVERED, DeliveryOutcome.READ):
        report_repo.clear_bounce(s, report.recipient)
    current = report_repo.outcomes(s, [outbox_id]).get(outbox_id)
    if moves_forward(current.delivery if current else DeliveryOutcome.NONE, outcome):
        at = _naive_utc(report.arrival, now) if outcome is DeliveryOutcome.READ else now
        detail = DeliveryDetail(report.recipient, report.status, report.diagnostic)
        report_repo.set_outcome(s, outbox_id, outcome, detail, at)
        result.changed.append(outbox_id)


@dataclass(frozen=True, slots=True)
class BouncedAddress:
    address: str
    bounced_at: dt.datetime
    status: str
    text: str


def bounced_addresses(ledger: Ledger, party_id: int) -> list[BouncedAddress]:
    """The addresses on ``party_id``'s card (and its contacts') that bounced, oldest first."""
    party = ledger.party(party_id)
    addresses = [e.address for e in party.emails]
    addresses += [e.address for c in party.contacts for e in c.emails]
    with ledger.db.read() as s:
        found = report_repo.bounces(s, addresses)
    return sorted(
        (BouncedAddress(b.address, b.bounced_at, b.status, b.text) for b in found.values()),
        key=lambda b: b.bounced_at,
    )


def clear_bounce(ledger: Ledger, address: str, *, by: SignedIn | None = None) -> bool:
    """Take the bounce mark off ``address`` (the customer has mended the mailbox); True when
    there was one. Only a user who may see contact addresses changes what is known of them."""
    with ledger.db.write() as s:
        access.require(s, by, Right.SEE_CONTACTS)
        return report_repo.clear_bounce(s, address)
