"""The company's mail account: its password (OS keyring only), connection test, delivery runs."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from ledgerpost.domain.pace import DEFAULT_ACCOUNT
from ledgerpost.domain.sizes import readable_size
from ledgerpost.domain.smtp import ServerFacts, SmtpSettings
from ledgerpost.mail.errors import MailError
from ledgerpost.mail.secrets import PasswordStore, SaveResult, password_key
from ledgerpost.mail.transport import SmtpTransport
from ledgerpost.services import settings as settings_service
from ledgerpost.services.delivery import pool as delivery_pool
from ledgerpost.services.delivery.pace_gate import PacedAccount, PaceGate
from ledgerpost.services.delivery.worker import DeliveryWorker, RunReport
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger

PASSWORDS = PasswordStore()
"""One store per process: where no keyring exists, it keeps passwords for this session."""


def account_key(ledger: Ledger, smtp: SmtpSettings) -> str:
    return password_key(ledger.location, smtp.host, smtp.user)


def require_smtp(ledger: Ledger) -> SmtpSettings:
    smtp = settings_service.smtp_settings(ledger)
    if smtp is None:
        raise LedgerError("no mail server is set; run 'ledgerpost smtp set' first")
    return smtp


def save_password(ledger: Ledger, smtp: SmtpSettings, password: str) -> SaveResult:
    return PASSWORDS.save(account_key(ledger, smtp), password)


def password_for(ledger: Ledger, smtp: SmtpSettings, given: str | None = None) -> str | None:
    """The password given now, else the kept one; None when the server needs no login."""
    if given is not None:
        return given
    if not smtp.wants_auth:
        return None
    return PASSWORDS.load(account_key(ledger, smtp))


def transport_factory(smtp: SmtpSettings, password: str | None) -> Callable[[], SmtpTransport]:
    return lambda: SmtpTransport(smtp, password)


def server_learner(ledger: Ledger, smtp: SmtpSettings) -> Callable[[ServerFacts], None]:
    """What a delivery worker calls with what its server said of itself (SIZE, SMTPUTF8), for
    the checks before queueing."""
    return lambda facts: settings_service.remember_server(ledger, smtp, facts)


def paced_account(ledger: Ledger) -> PacedAccount:
    """The one SMTP setup's account key and the pace its settings give it."""
    return PacedAccount(DEFAULT_ACCOUNT, settings_service.pace(ledger))


def pace_gate(ledger: Ledger, account: PacedAccount) -> PaceGate:
    """A gate for one delivery worker of ``account`` (each worker gets its own)."""
    return PaceGate(ledger.db, account.key, account.pace)


def test_connection(ledger: Ledger, given_password: str | None = None) -> str:
    """Connect, encrypt, log in and log out; a plain sentence either way."""
    smtp = require_smtp(ledger)
    try:
        with SmtpTransport(smtp, password_for(ledger, smtp, given_password)) as transport:
            said = transport.check_connection()
    except MailError as exc:
        raise LedgerError(str(exc)) from exc
    if transport.server_facts is not None:
        settings_service.remember_server(ledger, smtp, transport.server_facts)
    if transport.server_size:
        said += f" It takes messages of up to {readable_size(transport.server_size)}."
    return said


def deliver(
    ledger: Ledger,
    given_password: str | None = None,
    *,
    once: bool = False,
    connections: int = 1,
    stop: threading.Event | None = None,
    progress: Callable[[], None] | None = None,
    processes: bool | None = None,
    account: PacedAccount | None = None,
) -> RunReport:
    """Deliver what is due over ``connections`` SMTP connections at once.

    When many due messages still need their print copy, those are rendered meanwhile in
    worker processes (``services.delivery.prerender``): rendering is CPU-bound, the sending is not.
    When many are due with their print copies ready, each connection is a worker process of
    its own (``services.delivery.pool``) if ``processes`` says so (the window, to keep its
    interpreter free). By default, with several connections, one of them is this process's own
    and starts sending at once while the others start as processes (one connection alone in a
    process would only cost that start). ``progress`` is called every half second meanwhile.

    Every worker obeys ``account``'s pace (by default the settings' pace of the one SMTP
    setup, key "default"): each gets a :class:`PaceGate` of its own over the shared budget.
    """
    smtp = require_smtp(ledger)
    account = account or paced_account(ledger)
    password = password_for(ledger, smtp, given_password)
    factory = transport_factory(smtp, password)
    with contextlib.ExitStack() as stack:
        from ledgerpost.services.delivery import prerender  # the renderer, when it is wanted

        rendering = prerender.for_due_messages(ledger)
        if rendering is not None:
            stack.enter_context(rendering)
        elif delivery_pool.worth_it(ledger, connections > 1 if processes is None else processes):
            # Asked for processes (the window): all of them, its interpreter stays free. Else
            # one connection is this process's own and sends while the others start.
            here = None
            if not processes:
                here = DeliveryWorker(
                    ledger,
                    factory,
                    batch_size=delivery_pool.BATCH,
                    learn_server=server_learner(ledger, smtp),
                    pace=pace_gate(ledger, account),
                )
            return delivery_pool.deliver(
                ledger,
                smtp,
                password,
                processes=connections - (here is not None),
                once=once,
                stop=stop,
                progress=progress,
                here=here,
                account=account,
            )
        workers = [
            DeliveryWorker(
                ledger,
                factory,
                prerender=rendering,
                learn_server=server_learner(ledger, smtp),
                pace=pace_gate(ledger, account),
            )
            for _ in range(connections)
        ]
        return _run(workers, once, stop)


def _run(workers: list[DeliveryWorker], once: bool, stop: threading.Event | None) -> RunReport:
    total = RunReport()
    with ThreadPoolExecutor(max_workers=len(workers), thread_name_prefix="delivery") as pool:
        for report in pool.map(lambda worker: worker.run(once, stop), workers):
            total.add(report)
    return total
