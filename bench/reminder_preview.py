"""How long a reminder run's preview takes over 10,000 customers (goal: < 2 s).

Builds (once, cached in ``--dir``) a SQLite ledger through the real schema: ``--customers``
customers with an address, two posted invoices each (one overdue by 10 to 70 days, one not yet
due), one in five reminded at level 1 before, one in ten paid partly, one in fifty marked "no
reminders" or "disputed"; then times ``services.reminders.preview`` (the code path of
``ledgerpost remind --preview``) and ``services.reminder_view.view`` (the window's preview, with
each customer's fee and addresses) five times each and prints the best and the median against
the goal, and what the preview found. Figures only: nothing here asserts on time.

    .venv/bin/python bench/reminder_preview.py [--customers 10000] [--dir D] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from ledgerpost.domain.documents import Document, DocumentType, Letter, Line
from ledgerpost.domain.parties import AddressRole, Company, EmailAddress, Party, PartyKind
from ledgerpost.domain.reminders import ReminderLine
from ledgerpost.services import reminder_view, reminders
from ledgerpost.services.ledger import Ledger, post_in
from ledgerpost.storage import document_repository, party_repository, reminder_repository
from ledgerpost.storage.reminder_repository import PartyFlags

GOAL = 2.0
AS_OF = dt.date(2026, 6, 30)


def build(path: Path, customers: int) -> None:
    """The ledger: parties, invoices posted in one transaction per thousand customers."""
    ledger = Ledger.open(str(path))
    ledger.create_company(
        Company(
            name="Bench Books OÜ", bank_account="EE38 2200 2210 2014 5685", payment_terms_days=14
        )
    )
    for start in range(0, customers, 1000):
        with ledger.db.write() as s:
            for n in range(start, min(start + 1000, customers)):
                _customer(s, n)
        print(f"  {min(start + 1000, customers)} customers", file=sys.stderr)
    ledger.close()


def _customer(s: Session, n: int) -> None:
    party = party_repository.add_party(
        s,
        Party(
            PartyKind.CUSTOMER,
            f"Customer {n:05d}",
            ("en", "de", "et", "ru", "ro", "ar")[n % 6],
            emails=(EmailAddress(f"c{n}@example.com", AddressRole.BILLING),),
        ),
    )
    assert party.id is not None
    overdue = AS_OF - dt.timedelta(days=14 + 10 + n % 61)
    ids = []
    for day, amount in (
        (overdue, Decimal(100 + n % 900)),
        (AS_OF - dt.timedelta(days=3), Decimal(50)),
    ):
        lines = (Line("Service", Decimal(1), amount, Decimal(22)),)
        draft = document_repository.save_document(
            s, Document(DocumentType.INVOICE, party.id, day, "EUR", lines, party_name=party.name)
        )
        assert draft.id is not None
        result = post_in(s, draft.id)
        assert result.posted, result.problems
        ids.append(result.document)
    first = ids[0]
    if n % 5 == 0:
        assert first.id is not None and first.due_date is None
        line = ReminderLine(
            first.id, first.display_number, first.date, first.date + dt.timedelta(days=14),
            7, first.totals.gross, first.totals.gross, 1,
        )  # fmt: skip
        reminder = document_repository.save_document(
            s,
            Document(DocumentType.REMINDER, party.id, overdue + dt.timedelta(days=21), "EUR",
                     party_name=party.name,
                              letter=Letter("Reminder", "Words")),
        )  # fmt: skip
        assert reminder.id is not None
        post_in(s, reminder.id)
        reminder_repository.add_reminder(s, reminder.id, party.id, 1, reminder.date, [line], "EUR")
    if n % 50 == 1:
        reminder_repository.set_party_flags(s, party.id, PartyFlags(no_reminders=True))
    if n % 50 == 2:
        reminder_repository.set_party_flags(s, party.id, PartyFlags(disputed=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "ledgerpost-bench"
    )
    parser.add_argument("--profile", action="store_true", help="where the time goes")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    path = args.dir / f"reminders-{args.customers}.sqlite3"
    if not path.exists():
        print(f"building {path} ...", file=sys.stderr)
        started = time.perf_counter()
        build(path.with_suffix(".part"), args.customers)
        path.with_suffix(".part").rename(path)
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    ledger = Ledger.open(str(path))
    times = []
    found = None
    for _ in range(5):
        started = time.perf_counter()
        found = reminders.preview(ledger, AS_OF, today=AS_OF)
        times.append(time.perf_counter() - started)
    assert found is not None
    window = []
    for _ in range(5):
        started = time.perf_counter()
        shown = reminder_view.view(ledger, AS_OF, today=AS_OF)
        window.append(time.perf_counter() - started)
    assert shown.count == found.count
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        reminders.preview(ledger, AS_OF, today=AS_OF)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    ledger.close()
    best, median = min(times), statistics.median(times)
    reasons: dict[str, int] = {}
    for skipped in found.plan.skipped:
        reasons[skipped.reason.value] = reasons.get(skipped.reason.value, 0) + 1
    levels: dict[int, int] = {}
    for planned in found.plan.reminders:
        levels[planned.level] = levels.get(planned.level, 0) + 1
    print(f"reminder preview over {args.customers:,} customers ({2 * args.customers:,} invoices)")
    print(f"  best {best:.3f} s, median {median:.3f} s; goal {GOAL:.1f} s "
          f"(best is {best / GOAL:.2f} of the goal)")  # fmt: skip
    shown_best, shown_median = min(window), statistics.median(window)
    print(f"  the window's preview: best {shown_best:.3f} s, median {shown_median:.3f} s "
          f"(best is {shown_best / GOAL:.2f} of the goal)")  # fmt: skip
    print(f"  reminders {found.count:,} by level {dict(sorted(levels.items()))}, "
          f"skipped {len(found.plan.skipped):,} {dict(sorted(reasons.items()))}")  # fmt: skip


if __name__ == "__main__":
    main()
