"""Who a document goes to by default, and who it comes from."""

from __future__ import annotations

from dataclasses import replace

from ledgerpost.domain.addresses import (
    Field,
    Mailbox,
    join_entries,
    parse_entry,
    parse_list,
    split_list,
)
from ledgerpost.domain.documents import Document
from ledgerpost.domain.parties import AddressRole, Company, Party
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import SmtpSettings


def default_to(
    party: Party,
    document: Document | None,
    recent: str,
    role: AddressRole = AddressRole.BILLING,
    bounced: frozenset[str] = frozenset(),
) -> str:
    """The addresses on the document, else its contact person's, else the card's for ``role``;
    the addresses last used for this party come first, those that bounced (lower case) last."""
    if document is not None and document.recipients.strip():
        chosen = split_list(document.recipients)
    else:
        contact = next(
            (c for c in party.contacts if document is not None and c.id == document.contact_id),
            None,
        )
        if contact is not None and contact.emails:
            chosen = [e.address for e in contact.emails]
        else:
            chosen = list(party.emails_for(role))
    last = split_list(recent)
    ordered = [a for a in last if a in chosen] + [a for a in chosen if a not in last]
    ordered.sort(key=lambda a: a.strip().lower() in bounced)  # stable: the order stays
    return ", ".join(ordered)


def card_addresses(party: Party) -> list[str]:
    """Every address on the party's card and its contact persons', and its default copies'."""
    found = [e.address for e in party.emails] + [
        e.address for c in party.contacts for e in c.emails
    ]
    return found + [box.address for box in copy_boxes(party)]


def copy_boxes(party: Party) -> tuple[Mailbox, ...]:
    """The valid mailboxes of the card's default CC and BCC (the card's check names the rest)."""
    return parse_list(join_entries((*party.default_cc, *party.default_bcc)), Field.CC).mailboxes


def with_copies(
    typed: str, defaults: tuple[str, ...], bounced: frozenset[str] = frozenset()
) -> str:
    """A CC or BCC list: the card's ``defaults`` first (those that bounced, lower case, after
    the others, as in :func:`default_to`), then what was typed."""
    ordered = sorted(defaults, key=lambda a: _bare(a) in bounced)
    return ", ".join(e for e in (join_entries(ordered), typed.strip()) if e)


def _bare(entry: str) -> str:
    parsed = parse_entry(entry)
    return parsed.address.lower() if isinstance(parsed, Mailbox) else entry.strip().lower()


def with_names(boxes: tuple[Mailbox, ...], party: Party | None) -> tuple[Mailbox, ...]:
    """``boxes``, each bare one on ``party``'s card named: the contact person's name for a
    contact's address, else the party's."""
    if party is None:
        return boxes
    names = {e.address.lower(): party.name for e in party.emails}
    for contact in party.contacts:
        names.update({e.address.lower(): contact.name for e in contact.emails})
    return tuple(
        replace(b, name=names.get(b.address.lower(), "")) if not b.name else b for b in boxes
    )


def sender(company: Company, smtp: SmtpSettings | None) -> Mailbox | None:
    """The From: the SMTP settings' address, else the company's sender address."""
    address = smtp.from_address if smtp and smtp.from_address else company.sender_address
    name = (smtp.from_name if smtp and smtp.from_name else company.sender_name) or company.name
    if not address:
        return None
    parsed = parse_entry(address, Field.FROM)
    if not isinstance(parsed, Mailbox):
        return None
    return Mailbox(parsed.local, parsed.domain, name)


def reply_to(
    document: Document | None, company: Company, smtp: SmtpSettings | None, signer: str = ""
) -> str:
    """The document's reply-to, else the sending user's card, else the SMTP default, else the
    company's."""
    if document is not None and document.reply_to.strip():
        return document.reply_to.strip()
    if signer.strip():
        return signer.strip()
    if smtp and smtp.reply_to:
        return smtp.reply_to
    return company.reply_to


def login_domain_warning(sender_box: Mailbox, smtp: SmtpSettings | None) -> Problem | None:
    """Servers answer 553 when the From is not one the login may use; warn early."""
    if smtp is None or "@" not in smtp.user:
        return None
    login_domain = smtp.user.rsplit("@", 1)[1].lower()
    if login_domain != sender_box.ascii_domain:
        return Problem.of("warn-login-domain", "from", address=sender_box.address, login=smtp.user)
    return None


def mailboxes(text: str, field: Field) -> tuple[Mailbox, ...]:
    return parse_list(text, field).mailboxes
