"""The company keeping the books and the parties it deals with."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

LANGUAGES: tuple[str, ...] = ("en", "et", "de", "ru", "ro", "ar")
"""Languages the product speaks; documents print and mail in the party's language."""


class PartyKind(StrEnum):
    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    EMPLOYEE = "employee"


class EInvoiceFormat(StrEnum):
    """How a customer takes its invoices as structured data (EN 16931), beside the print copy."""

    NONE = "none"
    FACTURX = "facturx"
    XRECHNUNG_CII = "xrechnung-cii"
    XRECHNUNG_UBL = "xrechnung-ubl"
    PEPPOL_UBL = "peppol-ubl"
    CIUSRO_UBL = "ciusro-ubl"


class AddressRole(StrEnum):
    """What an email address on a card is for."""

    BILLING = "billing"
    STATEMENTS = "statements"
    GENERAL = "general"


@dataclass(frozen=True, slots=True)
class PostalAddress:
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    country_code: str = ""
    """ISO 3166-1 alpha-2, e.g. ``DE``: what an e-invoice needs (BT-40, BT-55)."""

    def lines(self) -> tuple[str, ...]:
        city_line = " ".join(part for part in (self.postal_code, self.city) if part)
        return tuple(line for line in (self.street, city_line, self.country) if line)


@dataclass(frozen=True, slots=True)
class EmailAddress:
    """An address as written on a card; it may be malformed, the mailer checks it."""

    address: str
    role: AddressRole = AddressRole.GENERAL


@dataclass(frozen=True, slots=True)
class ContactPerson:
    """A person at a company customer or supplier, with their own addresses."""

    name: str
    emails: tuple[EmailAddress, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Party:
    """A customer, supplier or employee card. Emails are kept in the order given."""

    kind: PartyKind
    name: str
    language: str = "en"
    code: str = ""
    vat_number: str = ""
    address: PostalAddress = field(default_factory=PostalAddress)
    emails: tuple[EmailAddress, ...] = ()
    contacts: tuple[ContactPerson, ...] = ()
    buyer_reference: str = ""
    """BT-10 of an e-invoice: the Leitweg-ID of a German public buyer, else what they ask for."""
    electronic_address: str = ""
    """BT-49: where the customer receives e-invoices (a Peppol id or an email address)."""
    electronic_scheme: str = ""
    """The EAS code of ``electronic_address`` (``EM`` email, ``0204`` Leitweg-ID, ``9930``...)."""
    einvoice_format: EInvoiceFormat | None = None
    """None: the default, Factur-X for a business customer (one with a VAT id), else none."""
    default_cc: tuple[str, ...] = ()
    """Addresses every message to this party is copied to (the customer's accountant, say)."""
    default_bcc: tuple[str, ...] = ()
    """Addresses every message to this party is blind-copied to."""
    id: int | None = None

    @property
    def chosen_einvoice_format(self) -> EInvoiceFormat:
        if self.einvoice_format is not None:
            return self.einvoice_format
        return EInvoiceFormat.FACTURX if self.vat_number.strip() else EInvoiceFormat.NONE

    def emails_for(self, role: AddressRole) -> tuple[str, ...]:
        """Addresses with ``role``, falling back to general ones, then to any, in card order."""
        exact = tuple(e.address for e in self.emails if e.role is role)
        if exact:
            return exact
        general = tuple(e.address for e in self.emails if e.role is AddressRole.GENERAL)
        return general or tuple(e.address for e in self.emails)


@dataclass(frozen=True, slots=True)
class Company:
    """The company whose ledger this is."""

    name: str
    currency: str = "EUR"
    language: str = "en"
    address: PostalAddress = field(default_factory=PostalAddress)
    vat_number: str = ""
    registration_number: str = ""
    sender_name: str = ""
    sender_address: str = ""
    reply_to: str = ""
    bank_account: str = ""
    """The IBAN invoices are paid to (BT-84)."""
    payment_terms_days: int = 14
    bank_bic: str = ""
    """BT-86, the BIC of the bank of ``bank_account``."""
    phone: str = ""
    """The seller contact's telephone (BT-42); the contact is ``sender_name``/``sender_address``."""
    electronic_address: str = ""
    """BT-34: where the company receives e-invoices; ``sender_address`` (as email) if empty."""
    electronic_scheme: str = ""
