"""What a batch preview says of the account's pace: when the batch would be done.

The plan is :func:`ledgerpost.domain.pace.forecast` from the account's usage today (kept in
the ledger); messages already waiting in the queue are not counted ahead of the batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ledgerpost.domain import pace as rules
from ledgerpost.i18n.translate import Translator, translator
from ledgerpost.services import mail_account, mail_accounts
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import pace_repository as pace_repo


def forecast(
    ledger: Ledger, recipients: Sequence[int], account: str | None = None
) -> rules.Forecast | None:
    """When messages to ``recipients`` (a count each) would go from the sending account named
    ``account`` (None: the default) at its pace; None without a pace."""
    chosen = mail_accounts.get(ledger, account) if account else None
    paced = mail_account.paced_account(ledger, chosen)
    pace = paced.pace
    if not (pace.per_minute or pace.per_day):
        return None
    with ledger.db.read() as s:
        usage = pace_repo.usage(s, paced.key)
    limit = rules.recipient_limit(pace) or 0
    # A message over the limit is a problem of its own (never queued); it is planned as one.
    counts = [min(n, limit) if limit else n for n in recipients]
    return rules.forecast(pace, usage, counts, utcnow())


def finish_sentence(found: rules.Forecast, words: Translator | None = None) -> str:
    """The preview's sentence, e.g. "200 messages: all today; at 30 a minute, about 7
    minutes" or "3,000 messages: 2,000 today, the rest tomorrow from 00:00"."""
    words = words or translator("en")
    values = {
        "count": words.number(Decimal(found.count), 0),
        "today": words.number(Decimal(found.today), 0),
        "per_minute": words.number(Decimal(found.per_minute or 0), 0),
        "minutes": words.number(Decimal(found.minutes), 0),
        "date": words.date(found.last_day) if found.last_day else "",
    }
    if found.all_today:
        if found.per_minute and found.minutes >= 2:
            text = words.gettext(
                "{count} messages: all today; at {per_minute} a minute, about {minutes} minutes"
            )
        else:
            text = words.gettext("{count} messages: all today, within about a minute")
    elif found.days == 2:
        if found.today:
            text = words.gettext("{count} messages: {today} today, the rest tomorrow from 00:00")
        else:
            text = words.gettext("{count} messages: none today, all tomorrow from 00:00")
    else:
        text = words.gettext(
            "{count} messages: {today} today, the rest from tomorrow 00:00, the last on {date}"
        )
    return text.format(**values)
