"""Delivering through the sending accounts: passwords (OS keyring only), the connection test,
delivery runs. Each message goes through the account chosen when it was queued; an account
whose password the server refused waits (see :mod:`ledgerpost.services.mail_accounts`)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from ledgerpost.domain.mail_accounts import AccountState, MailAccount
from ledgerpost.domain.smtp import AuthMethod, ServerFacts, SmtpSettings
from ledgerpost.mail.connection import Secret
from ledgerpost.mail.connection_check import ConnectionCheck
from ledgerpost.mail.errors import ACCOUNT_REFUSED, AccountPaused, MailError
from ledgerpost.mail.secrets import SaveResult
from ledgerpost.mail.secrets import account_key as secret_key
from ledgerpost.mail.transport import SmtpTransport
from ledgerpost.services import mail_accounts as accounts
from ledgerpost.services import settings as settings_service
from ledgerpost.services.account_sign_in import secret_of
from ledgerpost.services.delivery import pool as delivery_pool
from ledgerpost.services.delivery.composing import PrintCopyWait
from ledgerpost.services.delivery.pace_gate import PacedAccount, PaceGate
from ledgerpost.services.delivery.run_report import RunReport as RunReport  # what callers get back
from ledgerpost.services.delivery.worker import DeliveryWorker
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger

PASSWORDS = accounts.PASSWORDS
"""One store per process: where no keyring exists, it keeps passwords for this session."""


def _default_for(ledger: Ledger, smtp: SmtpSettings) -> MailAccount | None:
    """The account whose server and login ``smtp`` is, the default one first (the one-server
    API names an account by its settings)."""
    every = sorted(accounts.accounts(ledger), key=lambda a: not a.default)
    return next((a for a in every if (a.smtp.host, a.smtp.user) == (smtp.host, smtp.user)), None)


def account_key(ledger: Ledger, smtp: SmtpSettings) -> str:
    """The keyring entry of the password of the account whose server ``smtp`` is."""
    found = _default_for(ledger, smtp) or accounts.default(ledger)
    name = found.name if found is not None else accounts.DEFAULT_NAME
    return secret_key(ledger.location, name, smtp.host, smtp.user)


def require_smtp(ledger: Ledger) -> SmtpSettings:
    smtp = settings_service.smtp_settings(ledger)
    if smtp is None:
        raise LedgerError.of("smtp-not-set")
    return smtp


def save_password(ledger: Ledger, smtp: SmtpSettings, password: str) -> SaveResult:
    """Keep the default account's password (a refused one is thereby fixed)."""
    found = _default_for(ledger, smtp)
    if found is not None:
        return accounts.save_password(ledger, found, password)
    return PASSWORDS.save(account_key(ledger, smtp), password)


def password_for(ledger: Ledger, smtp: SmtpSettings, given: str | None = None) -> str | None:
    """The password given now, else the kept one; None when the server needs no login."""
    if given is not None:
        return given
    if not smtp.wants_auth:
        return None
    found = _default_for(ledger, smtp)
    if found is not None:
        return accounts.password_of(ledger, found)
    return PASSWORDS.load(account_key(ledger, smtp))


def transport_factory(smtp: SmtpSettings, password: Secret) -> Callable[[], SmtpTransport]:
    return lambda: SmtpTransport(smtp, password)


def server_learner(ledger: Ledger, smtp: SmtpSettings) -> Callable[[ServerFacts], None]:
    """What a delivery worker calls with what its server said of itself (SIZE, SMTPUTF8), for
    the checks before queueing."""
    return lambda facts: settings_service.remember_server(ledger, smtp, facts)


def paced_account(ledger: Ledger, account: MailAccount | None = None) -> PacedAccount:
    """The pace ``account`` (None: the default) obeys, under its name: its own, as stored now
    (the default account's with any ``smtp.per_*`` settings moved into it first; a ledger
    without accounts obeys those settings)."""
    chosen = account or accounts.default(ledger)
    if chosen is None:
        return PacedAccount(accounts.DEFAULT_NAME, settings_service.pace(ledger))
    claims = tuple(_claims(chosen))
    if chosen.default:  # the settings' pace is the default account's (and moves into it)
        return PacedAccount(chosen.name, settings_service.pace(ledger), claims)
    return PacedAccount(chosen.name, chosen.pace, claims)


def pace_gate(ledger: Ledger, account: PacedAccount) -> PaceGate:
    """A gate for one delivery worker of ``account`` (each worker gets its own)."""
    return PaceGate(ledger.db, account.key, account.pace, accounts=account.accounts)


def big_send_due(ledger: Ledger) -> bool:
    """Whether so many messages are due now that worker processes should send them."""
    return delivery_pool.worth_it(ledger)


def _account(ledger: Ledger, name: str | None) -> MailAccount:
    if name:
        return accounts.get(ledger, name)
    require_smtp(ledger)
    found = accounts.default(ledger)
    assert found is not None
    return found


def test_connection(
    ledger: Ledger, given_password: str | None = None, account: str | None = None
) -> ConnectionCheck:
    """Connect, encrypt, log in and log out through ``account`` (by name; None: the default):
    what worked, with the server's size limit once learned; a LedgerError when it did not.
    A refused password pauses the account, a good one resumes it."""
    chosen = _account(ledger, account)
    smtp = chosen.smtp
    password = secret_of(ledger, chosen, given_password)
    try:
        with SmtpTransport(smtp, password) as transport:
            said = transport.check_connection()
    except ACCOUNT_REFUSED as exc:
        if given_password is None:  # the kept password: the account waits for a new one
            accounts.refused(ledger, chosen.name, exc)
        raise LedgerError.passing_on(exc) from exc
    except MailError as exc:
        raise LedgerError.passing_on(exc) from exc
    if not chosen.ready and given_password is None:
        accounts.set_state(ledger, chosen.name, AccountState.READY)
    if transport.server_facts is not None:
        settings_service.remember_server(ledger, smtp, transport.server_facts)
    if transport.server_size:
        said = replace(said, size_limit=transport.server_size)
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
    account: str | None = None,
) -> RunReport:
    """Deliver what is due, each message through its own sending account, one account after
    the other (``account``: only that one). ``given_password`` is the default account's.

    An account whose password the server refused is skipped: its messages wait, and the report
    says why (``messages``). See :func:`deliver_account` for the connections of each.
    """
    require_smtp(ledger)
    chosen = [accounts.get(ledger, account)] if account else accounts.accounts(ledger)
    total = RunReport()
    for each in sorted(chosen, key=lambda a: not a.default):
        if stop is not None and stop.is_set():
            break
        if not each.ready:
            total.messages.append(str(AccountPaused(each.name, each.state is not _REFUSED)))
            continue
        password = secret_of(ledger, each, given_password if each.default else None)
        report = deliver_account(
            ledger,
            each,
            password,
            once=once,
            connections=connections,
            stop=stop,
            progress=progress,
            processes=processes,
        )
        total.add(report)
    return total


_REFUSED = AccountState.PASSWORD_REFUSED


def _claims(account: MailAccount) -> list[int | None]:
    """The account ids its workers claim: the default one also takes messages naming none."""
    return [account.id, None] if account.default else [account.id]


def deliver_account(
    ledger: Ledger,
    account: MailAccount,
    password: Secret,
    *,
    once: bool = False,
    connections: int = 1,
    stop: threading.Event | None = None,
    progress: Callable[[], None] | None = None,
    processes: bool | None = None,
) -> RunReport:
    """Deliver the due messages of one account over ``connections`` SMTP connections at once.

    When many due messages still need their print copy, those are rendered meanwhile in
    worker processes (``services.delivery.prerender``): rendering is CPU-bound, the sending is not.
    When many are due with their print copies ready, each connection is a worker process of
    its own (``services.delivery.pool``) if ``processes`` says so (the window, to keep its
    interpreter free). By default, with several connections, one of them is this process's own
    and starts sending at once while worker processes start for the others, as many as the due
    messages and the cores pay for (:func:`_processes_for`), the connections shared out
    between them and this process (one connection alone in a process would only cost that
    start). ``progress`` is called every half second meanwhile.

    Every worker obeys the account's pace (:func:`paced_account`): each gets a
    :class:`PaceGate` of its own over the budget the ledger keeps for the account.
    """
    smtp = account.smtp
    factory = transport_factory(smtp, password)
    claims = _claims(account)
    paced = paced_account(ledger, account)

    def worker(batch_size: int = 20, rendering: PrintCopyWait | None = None) -> DeliveryWorker:
        return DeliveryWorker(
            ledger,
            factory,
            batch_size=batch_size,
            prerender=rendering,
            learn_server=server_learner(ledger, smtp),
            accounts=claims,
            account_refused=lambda exc: accounts.refused(ledger, account.name, exc),
            pace=pace_gate(ledger, paced),
        )

    with contextlib.ExitStack() as stack:
        from ledgerpost.services.delivery import prerender  # the renderer, when it is wanted

        rendering = prerender.for_due_messages(ledger)
        if rendering is not None:
            stack.enter_context(rendering)
        elif isinstance(password, str | None) and (
            started := _processes_for(ledger, connections, processes, claims)
        ):  # (an OAuth2 token source stays in this process: its refreshes are shared here)
            # Asked for processes (the window): all of them, its interpreter stays free. Else
            # one connection is this process's own and sends while the others start; the
            # connections are shared out between the processes and this one.
            each = connections // (started + (not processes))
            here = [
                worker(batch_size=delivery_pool.BATCH) for _ in range(connections - started * each)
            ]
            return delivery_pool.deliver(
                ledger,
                smtp,
                password,
                processes=started,
                connections_each=each,
                once=once,
                stop=stop,
                progress=progress,
                here=here,
                account=(account.name, claims),
                paced=paced,
            )
        # Claims of the pool's size once every print copy is there (a claim is a write the
        # lanes wait for); smaller while copies are rendered, so the first goes out soon.
        size = delivery_pool.BATCH if rendering is None else 20
        workers = [worker(batch_size=size, rendering=rendering) for _ in range(connections)]
        return _run(workers, once, stop)


def _processes_for(
    ledger: Ledger, connections: int, asked: bool | None, claims: list[int | None]
) -> int:
    """How many of ``connections`` go out from worker processes: asked for (the window), all
    of them once a big send is due; else (the command line) one stays here, and a process
    is started only for as many as the due messages pay for and the cores can run."""
    if asked:
        return connections if delivery_pool.worth_it(ledger, True, claims) else 0
    if asked is False or connections < 2:
        return 0
    wanted = min(connections - 1, delivery_pool.spare_cores())
    return delivery_pool.worth_starting(ledger, wanted, True, claims)


def _run(workers: list[DeliveryWorker], once: bool, stop: threading.Event | None) -> RunReport:
    total = RunReport()
    with ThreadPoolExecutor(max_workers=len(workers), thread_name_prefix="delivery") as pool:
        for report in pool.map(lambda worker: worker.run(once, stop), workers):
            total.add(report)
    return total


class AccountWorkers:
    """One delivery worker per ready sending account, each keeping its connection between
    rounds (the window's background delivery); an account's worker is made again when its
    settings change, and a paused account has none."""

    def __init__(self, ledger: Ledger, password: Callable[[SmtpSettings], str | None]) -> None:
        self._ledger = ledger
        self._password = password
        self._workers: dict[str, tuple[MailAccount, DeliveryWorker]] = {}

    def _worker(self, account: MailAccount) -> DeliveryWorker:
        kept = self._workers.get(account.name)
        if kept is not None and kept[0] == account:
            return kept[1]
        if kept is not None:
            kept[1].close()
        smtp = account.smtp
        worker = DeliveryWorker(
            self._ledger,
            transport_factory(smtp, self._secret(account)),
            learn_server=server_learner(self._ledger, smtp),
            accounts=_claims(account),
            account_refused=lambda exc: accounts.refused(self._ledger, account.name, exc),
        )
        self._workers[account.name] = (account, worker)
        return worker

    def _paced(self, account: MailAccount, worker: DeliveryWorker) -> DeliveryWorker:
        """The worker with the pace as the account and settings say now (they may change while
        the window is open)."""
        paced = paced_account(self._ledger, account)
        if worker.pace is None or worker.pace.pace != paced.pace:
            worker.pace = pace_gate(self._ledger, paced)
        return worker

    def _secret(self, account: MailAccount) -> Secret:
        if account.auth is AuthMethod.OAUTH2:
            return secret_of(self._ledger, account)
        return self._password(account.smtp)

    def run_once(self) -> RunReport:
        """One batch of each ready account; ``messages`` says which accounts wait, and why."""
        total = RunReport()
        ready = set()
        for account in accounts.accounts(self._ledger):
            if not account.ready:
                total.messages.append(
                    str(AccountPaused(account.name, account.state is not _REFUSED))
                )
            else:
                ready.add(account.name)
                total.add(self._paced(account, self._worker(account)).run_once())
        for name in set(self._workers) - ready:
            self._workers.pop(name)[1].close()
        return total

    def close(self) -> None:
        for _account, worker in self._workers.values():
            worker.close()
        self._workers.clear()
