"""Recording why the server did not take one message: throttled, uncertain, refused, to retry.

Called by the delivery worker in its write transaction. A throttle is not an attempt (the
message waits for the account's pause); an uncertain delivery is never resent without the
user's word; a refused sign-in, when the account can pause, sends the message back unharmed to
wait for the fix; a refusal of the message fails it; anything else is retried with backoff
until a day of retries has passed.
"""

from __future__ import annotations

import datetime as dt
import json
import logging

from sqlalchemy.orm import Session

from ledgerpost.domain.outbox import OutboxEvent, backoff, should_give_up
from ledgerpost.domain.problems import values_json
from ledgerpost.mail.errors import (
    ACCOUNT_REFUSED,
    DeliveryUncertain,
    PermanentReply,
    SmtpUtf8NotOffered,
)
from ledgerpost.mail.throttle import Throttled
from ledgerpost.services.delivery import pace_gate
from ledgerpost.services.delivery.pace_gate import PaceGate
from ledgerpost.services.delivery.run_report import Outcome, RunReport
from ledgerpost.storage import outbox_repository as repo

log = logging.getLogger(__name__)

MESSAGE_REFUSED = (PermanentReply, SmtpUtf8NotOffered)
"""Refusals of this one message: it fails, the connection goes on with the next."""


def record_failure(
    s: Session,
    outcome: Outcome,
    report: RunReport,
    *,
    now: dt.datetime,
    pace: PaceGate | None,
    account_pauses: bool,
) -> dt.datetime | None:
    """Write why the server did not take ``outcome``'s message (in the caller's transaction)
    and count it in ``report``; the time a throttle makes the account wait, else None.
    ``account_pauses``: a refused sign-in pauses the account (the message waits unharmed)."""
    outbox_id, exc = outcome.outbox_id, outcome.error
    assert exc is not None
    code = getattr(exc, "reply_code", None)  # the server's number, when it answered
    common = {
        "claimed_by": None,
        "last_code": code,
        "last_error": str(exc),
        "last_error_code": exc.code,
        "last_error_params": values_json(exc.values),
        "refused": refused_json(getattr(exc, "refused", None)),
    }
    kind = type(exc).__name__  # never str(exc): the server's words may quote an address
    if isinstance(exc, Throttled):
        until = pace_gate.throttle_until(pace, s, exc, now)
        common.update(pace_gate.NOT_AN_ATTEMPT)
        repo.settle(s, outbox_id, OutboxEvent.TEMPORARY, next_attempt_at=until, **common)
        report.throttled += 1
        log.info("outbox %s throttled: %s %s, waits until %s", outbox_id, kind, code, until)
        return until
    if isinstance(exc, DeliveryUncertain):
        repo.settle(s, outbox_id, OutboxEvent.CRASHED, **common)
        report.uncertain += 1
        log.warning("outbox %s uncertain: %s %s", outbox_id, kind, code)
    elif isinstance(exc, ACCOUNT_REFUSED) and account_pauses:
        # Not the message's fault and not worth a retry: it waits for the account's fix.
        values = {**common, **repo.unclaimed_values()}
        repo.move(s, outbox_id, OutboxEvent.TEMPORARY, next_attempt_at=now, **values)
        log.warning("outbox %s waits: the account's sign-in was refused", outbox_id)
    elif isinstance(exc, MESSAGE_REFUSED):
        repo.settle(s, outbox_id, OutboxEvent.PERMANENT, **common)
        report.failed += 1
        log.warning("outbox %s failed: %s %s", outbox_id, kind, code)
    else:
        _retry_or_give_up(s, outbox_id, common, report, now, f"{kind} {code}")
    return None


def _retry_or_give_up(
    s: Session,
    outbox_id: int,
    common: dict[str, object],
    report: RunReport,
    now: dt.datetime,
    what: str,
) -> None:
    row = repo.get_message(s, outbox_id)
    if should_give_up(now - (row.first_attempt_at or now)):
        error = f"gave up after a day of retries: {common['last_error']}"
        repo.move(s, outbox_id, OutboxEvent.GIVE_UP, **{**common, "last_error": error})
        report.failed += 1
        log.warning("outbox %s failed after a day of retries: %s", outbox_id, what)
    else:
        after = now + backoff(row.attempts)
        repo.move(s, outbox_id, OutboxEvent.TEMPORARY, next_attempt_at=after, **common)
        report.retry += 1
        log.info("outbox %s to retry: %s", outbox_id, what)


def refused_json(refused: dict[str, tuple[int, str]] | None) -> str:
    """The recipients a failed envelope refused, as a sent message keeps them ("" if none)."""
    if not refused:
        return ""
    return json.dumps({a: list(r) for a, r in refused.items()}, ensure_ascii=False)
