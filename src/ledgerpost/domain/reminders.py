"""Payment reminders by level: which level each customer's overdue invoices have reached, and
who is left out of a reminder run and why.

A level is due a number of days after an invoice's due date (negative: before it, a friendly
notice). Each invoice climbs one level at a time, never two on one day: a reminder is sent
only when one of the invoices it names reaches a level it has not been reminded at, and the
reminder's level is the highest any of them then has. Pure rules; ``services.reminders`` reads
the ledger and sends.

Only invoices are reminded. A fee an earlier reminder charged is an open item of the customer
(it is on the open-items statement a level attaches) but never starts a reminder, nor climbs
levels, nor counts towards the minimum: reminding about reminder fees would never end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.open_items import OpenItem
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.reminder_levels import level_problems

DEFAULT_LEVELS: list[dict[str, Any]] = [
    {"level": 1, "days": 7, "attach_invoices": True, "attach_statement": False, "fee": "0"},
    {"level": 2, "days": 21, "attach_invoices": True, "attach_statement": True, "fee": "0"},
    {"level": 3, "days": 35, "attach_invoices": True, "attach_statement": True, "fee": "10.00"},
]
"""The ``reminders.levels`` setting as shipped; each level's words come from the bundled
texts in the customer's language unless the level carries its own ``texts``."""

TEXT_FIELDS = ("subject", "body")


class SkipReason(StrEnum):
    """Why a customer with overdue invoices gets no reminder in a run."""

    NO_REMINDERS = "no-reminders"
    DISPUTED = "disputed"
    ALREADY_REMINDED = "already-reminded"
    BELOW_MINIMUM = "below-minimum"
    NO_ADDRESS = "no-address"


@dataclass(frozen=True, slots=True)
class LevelText:
    """A level's words in one language, with ``{placeholders}``."""

    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class ReminderLevel:
    level: int
    days: int
    """Days after the due date when an invoice reaches this level (negative: before it)."""
    attach_invoices: bool = True
    attach_statement: bool = False
    fee: Decimal = Decimal(0)
    texts: tuple[tuple[str, LevelText], ...] = ()
    """The user's own words per language; the bundled ones cover the rest."""

    def text(self, language: str) -> LevelText | None:
        return dict(self.texts).get(language)


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    levels: tuple[ReminderLevel, ...]
    minimum: Decimal = Decimal(0)
    """A customer owing less than this (overdue, less money on account) is left out."""

    def level(self, number: int) -> ReminderLevel:
        return next(x for x in self.levels if x.level == number)


def _level_problem(entry: Any) -> str | None:
    if not isinstance(entry, dict):
        return "not an object"
    if not isinstance(entry.get("level"), int) or entry["level"] < 1:
        return "level"
    if not isinstance(entry.get("days"), int):
        return "days"
    try:
        if Decimal(str(entry.get("fee", "0"))) < 0:
            return "fee"
    except InvalidOperation:
        return "fee"
    texts = entry.get("texts", {})
    if not isinstance(texts, dict) or not all(
        isinstance(t, dict) and all(isinstance(t.get(f, ""), str) for f in TEXT_FIELDS)
        for t in texts.values()
    ):
        return "texts"
    return None


def levels_problem(value: Any) -> Problem | None:
    """What is wrong with a ``reminders.levels`` value: numbered 1, 2, ... with days rising."""
    if not isinstance(value, list) or not value:
        return Problem.of("setting-reminder-levels", what="a list of levels")
    for entry in value:
        wrong = _level_problem(entry)
        if wrong:
            return Problem.of("setting-reminder-levels", what=wrong)
    numbers = [e["level"] for e in value]
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        return Problem.of("setting-reminder-levels", what="levels 1, 2, 3, ...")
    # Days rising from level to level, fees, the user's own words: named level by level.
    found = level_problems(sorted(value, key=lambda e: e["level"]))
    return found[0] if found else None


def settings_of(levels: list[dict[str, Any]], minimum: str) -> ReminderSettings:
    """The reminder settings from the stored values (already checked when saved)."""
    found = []
    for entry in sorted(levels, key=lambda e: int(e["level"])):
        texts = tuple(
            sorted(
                (language, LevelText(str(t.get("subject", "")), str(t.get("body", ""))))
                for language, t in dict(entry.get("texts", {})).items()
            )
        )
        found.append(
            ReminderLevel(
                level=int(entry["level"]),
                days=int(entry["days"]),
                attach_invoices=bool(entry.get("attach_invoices", True)),
                attach_statement=bool(entry.get("attach_statement", False)),
                fee=Decimal(str(entry.get("fee", "0"))),
                texts=texts,
            )
        )
    return ReminderSettings(tuple(found), Decimal(str(minimum or "0")))


def reached(levels: Iterable[ReminderLevel], days_past_due: int) -> int:
    """The highest level an invoice ``days_past_due`` (negative: before) has reached; 0: none."""
    return max((x.level for x in levels if days_past_due >= x.days), default=0)


@dataclass(frozen=True, slots=True)
class PartyFacts:
    """What a run needs to know of a customer's card."""

    party_id: int
    name: str
    language: str
    has_address: bool
    no_reminders: bool = False
    disputed: bool = False


@dataclass(frozen=True, slots=True)
class RemindedItem:
    """An invoice a reminder names: its days past due, the level it had and now gets."""

    item: OpenItem
    days: int
    before: int
    level: int


@dataclass(frozen=True, slots=True)
class PlannedReminder:
    """One customer's reminder in one currency."""

    party_id: int
    party: str
    language: str
    currency: str
    level: int
    items: tuple[RemindedItem, ...]
    on_account: Decimal = Decimal(0)
    """Money on account (negative), shown beside the open invoices."""

    @property
    def open(self) -> Decimal:
        return sum((i.item.open for i in self.items), Decimal(0))

    @property
    def days_overdue(self) -> int:
        """Days past due of the oldest invoice named."""
        return max(i.days for i in self.items)


@dataclass(frozen=True, slots=True)
class SkippedParty:
    party_id: int
    party: str
    reason: SkipReason
    currency: str = ""
    open: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class RunPlan:
    as_of: dt.date
    reminders: tuple[PlannedReminder, ...]
    skipped: tuple[SkippedParty, ...] = field(default=())


@dataclass(slots=True)
class _Group:
    party_id: int
    currency: str
    invoices: list[OpenItem]
    on_account: Decimal


def _groups(items: Iterable[OpenItem]) -> list[_Group]:
    groups: dict[tuple[int, str], _Group] = {}
    for item in items:
        key = (item.party_id, item.currency)
        group = groups.setdefault(key, _Group(item.party_id, item.currency, [], Decimal(0)))
        if item.type is DocumentType.INVOICE:
            group.invoices.append(item)
        elif item.is_credit:
            group.on_account += item.open
    return list(groups.values())


def _waited(before: int, last_on: dt.date | None, as_of: dt.date) -> bool:
    """Whether an invoice reminded at level ``before`` on ``last_on`` may climb at ``as_of``:
    a day later at the soonest, so that two runs on one day never send two levels."""
    return before == 0 or last_on is None or as_of > last_on


def _named(
    group: _Group,
    settings: ReminderSettings,
    last: Mapping[int, int],
    as_of: dt.date,
    last_days: Mapping[int, dt.date],
) -> list[RemindedItem]:
    """The group's invoices that have reached a level, oldest due first."""
    found = []
    for item in sorted(group.invoices, key=lambda i: (i.due_date, i.document_id)):
        days = (as_of - item.due_date).days
        top = reached(settings.levels, days)
        if top == 0:
            continue
        before = last.get(item.document_id, 0)
        climbs = top > before and _waited(before, last_days.get(item.document_id), as_of)
        level = min(top, before + 1) if climbs else before
        found.append(RemindedItem(item, days, before, level))
    return found


def _reason(
    facts: PartyFacts,
    named: list[RemindedItem],
    disputed_left: bool,
    owed: Decimal,
    settings: ReminderSettings,
) -> SkipReason | None:
    if facts.no_reminders:
        return SkipReason.NO_REMINDERS
    if facts.disputed or (disputed_left and not named):
        return SkipReason.DISPUTED
    if not any(i.level > i.before for i in named):
        return SkipReason.ALREADY_REMINDED
    if owed <= 0 or owed < settings.minimum:
        return SkipReason.BELOW_MINIMUM
    if not facts.has_address:
        return SkipReason.NO_ADDRESS
    return None


def plan_run(
    items: Iterable[OpenItem],
    parties: Mapping[int, PartyFacts],
    settings: ReminderSettings,
    as_of: dt.date,
    *,
    last_levels: Mapping[int, int],
    disputed_invoices: frozenset[int] = frozenset(),
    last_days: Mapping[int, dt.date] | None = None,
) -> RunPlan:
    """Who gets which reminder at ``as_of`` and who is left out, from the customers' open
    items, the level each invoice was last reminded at (and on which day: the next level
    comes a day later at the soonest) and the invoices in dispute."""
    on = last_days or {}
    reminders: list[PlannedReminder] = []
    skipped: list[SkippedParty] = []
    for group in _groups(items):
        facts = parties.get(group.party_id)
        if facts is None or not group.invoices:
            continue
        undisputed = _Group(
            group.party_id,
            group.currency,
            [i for i in group.invoices if i.document_id not in disputed_invoices],
            group.on_account,
        )
        named = _named(undisputed, settings, last_levels, as_of, on)
        disputed_left = bool(_named(group, settings, last_levels, as_of, on)) and not named
        if not named and not disputed_left:
            continue  # nothing has reached a level yet
        owed = sum((i.item.open for i in named), Decimal(0)) + group.on_account
        reason = _reason(facts, named, disputed_left, owed, settings)
        if reason is not None:
            open_amount = sum((i.item.open for i in named), Decimal(0))
            skipped.append(
                SkippedParty(group.party_id, facts.name, reason, group.currency, open_amount)
            )
            continue
        level = max(i.level for i in named)
        reminders.append(
            PlannedReminder(
                group.party_id,
                facts.name,
                facts.language,
                group.currency,
                level,
                tuple(named),
                group.on_account,
            )
        )
    order = {p: n for n, p in enumerate(sorted(parties, key=lambda p: parties[p].name.casefold()))}
    return RunPlan(
        as_of,
        tuple(sorted(reminders, key=lambda r: (order.get(r.party_id, 0), r.currency))),
        tuple(sorted(skipped, key=lambda s: (order.get(s.party_id, 0), s.currency))),
    )


INVOICES_TOKEN = "{invoices}"
"""Where a reminder's print copy puts its table of invoices (kept in the stored body)."""


@dataclass(frozen=True, slots=True)
class ReminderLine:
    """An invoice as a sent reminder named it, kept with the reminder (it never changes)."""

    invoice_id: int
    number: str
    date: dt.date
    due_date: dt.date
    days: int
    total: Decimal
    open: Decimal
    level: int


def before_due(lines: Sequence[ReminderLine]) -> bool:
    """Whether a reminder naming ``lines`` is a friendly notice: none of its invoices was past
    due when it was made, one at least not yet due. Its table says when each falls due, not
    how many days it is overdue (that would read 0 on every line)."""
    return (
        bool(lines)
        and all(line.days <= 0 for line in lines)
        and any(line.days < 0 for line in lines)
    )


def due_in(line: ReminderLine) -> int:
    """Days from the reminder's day to the invoice's due date (0: due that day)."""
    return max(-line.days, 0)
