"""The demo's cards: customers in the six languages (most with one to three addresses, a few
with none or a malformed one, as real cards do), suppliers and employees, and the lines and days
of their documents. Every address is on example.com, example.org or example.net."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from ledgerpost.domain.documents import Line
from ledgerpost.domain.parties import (
    LANGUAGES,
    AddressRole,
    ContactPerson,
    EmailAddress,
    Party,
    PartyKind,
    PostalAddress,
)
from ledgerpost.services.demo.names import (
    COMPANIES,
    COUNTRY_CODES,
    DOMAINS,
    PEOPLE,
    PRODUCTS,
    STREETS,
)
from ledgerpost.services.ledger import Ledger


class CardMaker:
    """Cards, lines and days drawn from one seeded random source: the same seed and 'today'
    give the same cards in the same order."""

    def __init__(self, seed: int, as_of: dt.date) -> None:
        self.as_of = as_of
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def mailbox(self, local: str) -> str:
        domain = self.rng.choice(DOMAINS)
        address = f"{local}@{domain}"
        n = 2
        while address in self.used:
            address = f"{local}{n}@{domain}"
            n += 1
        self.used.add(address)
        return address

    def malformed(self, local: str) -> str:
        domain = self.rng.choice(DOMAINS)
        return self.rng.choice(
            (
                f"{local} {domain}",  # no @ at all
                f"{local}@@{domain}",  # doubled @
                f"{local}@{domain}.",  # trailing dot
                f"{local.replace('.', ' ')}@{domain}",  # space in the mailbox
            )
        )

    def emails(self, local: str) -> tuple[EmailAddress, ...]:
        roll = self.rng.random()
        if roll < 0.10:
            return ()
        count = self.rng.choice((1, 1, 2, 2, 3))
        roles = [AddressRole.BILLING, AddressRole.STATEMENTS, AddressRole.GENERAL]
        self.rng.shuffle(roles)
        found = [
            EmailAddress(self.mailbox(local if i == 0 else f"{local}.{role.value}"), role)
            for i, role in enumerate(roles[:count])
        ]
        if roll > 0.95:
            found[0] = EmailAddress(self.malformed(local), found[0].role)
        return tuple(found)

    def customer(self, index: int) -> Party:
        language = LANGUAGES[index % len(LANGUAGES)]
        street, city, country = STREETS[language]
        country_code = COUNTRY_CODES[language]
        address = PostalAddress(street, f"{10000 + index * 7}", city, country, country_code)
        if self.rng.random() < 0.4:
            name, local = self.rng.choice(COMPANIES[language])
            given, family, person_local = self.rng.choice(PEOPLE[language])
            contact = ContactPerson(
                f"{given} {family}",
                (EmailAddress(self.mailbox(person_local), AddressRole.BILLING),),
            )
            return Party(
                PartyKind.CUSTOMER,
                name,
                language,
                code=f"C{index + 1:04d}",
                vat_number=f"{country_code}{100000 + index}",
                address=address,
                emails=self.emails(local),
                contacts=(contact,),
                buyer_reference=f"{country_code}-{index + 1:04d}",
            )
        given, family, local = self.rng.choice(PEOPLE[language])
        return Party(
            PartyKind.CUSTOMER,
            f"{given} {family}",
            language,
            code=f"C{index + 1:04d}",
            address=address,
            emails=self.emails(local),
        )

    def lines(self) -> tuple[Line, ...]:
        return tuple(
            Line(
                description,
                Decimal(self.rng.choice((1, 1, 2, 3, 5, 10))),
                Decimal(price),
                Decimal(rate),
            )
            for description, price, rate in self.rng.sample(PRODUCTS, self.rng.randint(1, 4))
        )

    def day(self, after: dt.date | None = None, within: int = 364) -> dt.date:
        start = after or self.as_of - dt.timedelta(days=within)
        span = (self.as_of - start).days
        return start + dt.timedelta(days=self.rng.randint(0, max(span, 0)))


def add_suppliers(ledger: Ledger, maker: CardMaker) -> list[Party]:
    """Four suppliers, one in each of Estonian, German, English and Romanian."""
    return [
        ledger.add_party(
            Party(
                PartyKind.SUPPLIER,
                name,
                language,
                code=f"S{i + 1:03d}",
                address=PostalAddress(*STREETS[language][:1], "", *STREETS[language][1:]),
                emails=(EmailAddress(maker.mailbox(f"invoices.{local}"), AddressRole.BILLING),),
            )
        )
        for i, (language, (name, local)) in enumerate(
            (lang, COMPANIES[lang][3]) for lang in ("et", "de", "en", "ro")
        )
    ]


def add_employees(ledger: Ledger, maker: CardMaker) -> list[Party]:
    """Three employees, who are paid their travel expenses."""
    return [
        ledger.add_party(
            Party(
                PartyKind.EMPLOYEE,
                f"{given} {family}",
                language,
                code=f"E{i + 1:03d}",
                emails=(EmailAddress(maker.mailbox(local)),),
            )
        )
        for i, (language, (given, family, local)) in enumerate(
            (lang, PEOPLE[lang][5]) for lang in ("et", "ru", "ar")
        )
    ]
