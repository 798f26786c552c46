"""The account a queued message names, and its From: explicit > the user's card > the kind of
document (setting ``mail.document_accounts``) > the default. Real ledger file."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ledgerpost.domain.mail_accounts import MailAccount, Pace
from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.domain.users import ALL_RIGHTS, SignedIn, User
from ledgerpost.services import batch, mail_accounts, users
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, preflight, queue
from tests.conftest import AS_OF
from tests.helpers.mail_queue import posted_invoices


def _account(name: str) -> MailAccount:
    address = f"{name}@firma.ee"
    return MailAccount(
        name, "custom", SmtpSettings("mail.firma.ee", 587, user=address, from_address=address)
    )


def _queued_from(ledger: Ledger, request: SendRequest) -> tuple[str, str]:
    """(account name, envelope sender) of the message the request queues."""
    result = queue(ledger, request)
    assert result.outbox_id is not None, result.preflight.problems
    with ledger.db.read() as s:
        row = s.connection().exec_driver_sql(
            "SELECT m.name, o.sender FROM outbox_message o JOIN mail_account m"
            " ON m.id = o.account_id WHERE o.id = ?",
            (result.outbox_id,),
        )
        name, sender = row.one()
    assert result.preflight.account == name
    return str(name), str(sender).rpartition("<")[2].rstrip(">")


def test_the_account_of_a_message_in_order_of_precedence(demo_ledger: Ledger) -> None:
    for name in ("billing", "accounts", "mari"):
        assert mail_accounts.add(demo_ledger, _account(name)) == []
    first, second, third, fourth = posted_invoices(demo_ledger)[:4]
    to = "a@example.com"
    assert _queued_from(demo_ledger, SendRequest(document_id=first, to=to)) == (
        "billing",
        "billing@firma.ee",
    )  # the first account made is the default

    kinds = {"mail.document_accounts": {"statement": "accounts"}}
    assert settings_service.save(demo_ledger, kinds) == []
    customer = demo_ledger.document(first).party_id
    statement = SendRequest(party_id=customer, period=(dt.date(2026, 1, 1), AS_OF), to=to)
    assert _queued_from(demo_ledger, statement) == ("accounts", "accounts@firma.ee")
    assert _queued_from(demo_ledger, SendRequest(document_id=second, to=to))[0] == "billing"

    added = users.add_user(demo_ledger, User("mari", rights=ALL_RIGHTS))
    assert added.user is not None
    mail_accounts.set_user_account(demo_ledger, "mari", "mari")
    mari = users.refresh(demo_ledger, SignedIn(added.user))
    assert mari.user.mail_account_id == mail_accounts.get(demo_ledger, "mari").id
    assert _queued_from(demo_ledger, SendRequest(document_id=third, to=to, by=mari)) == (
        "mari",
        "mari@firma.ee",
    )
    explicit = SendRequest(document_id=fourth, to=to, by=mari, account="accounts")
    assert _queued_from(demo_ledger, explicit)[0] == "accounts"


def test_the_kinds_setting_names_known_kinds_and_real_names(demo_ledger: Ledger) -> None:
    for wrong in ({"newsletter": "accounts"}, {"invoice": " "}, {"invoice": 7}):
        found = settings_service.save(demo_ledger, {"mail.document_accounts": wrong})
        assert [(p.code, p.field) for p in found] == [
            ("setting-document-accounts", "mail.document_accounts")
        ]
    assert settings_service.get(demo_ledger, "mail.document_accounts") == {}


def test_the_recipient_limit_is_the_sending_accounts(demo_ledger: Ledger) -> None:
    """Google takes 100 recipients a message; the account a message goes from decides, not
    the default account's (or the one mail server's) limit."""
    assert mail_accounts.add(demo_ledger, _account("office")) == []  # the default: no limit
    small = replace(_account("small"), pace=Pace(recipients_per_message=2))
    assert mail_accounts.add(demo_ledger, small) == []
    invoice = posted_invoices(demo_ledger)[0]
    three = {"to": "a@example.org", "cc": "b@example.org, c@example.org", "resend": True}

    def limited(account: str | None) -> list[dict[str, object]]:
        found = preflight(demo_ledger, SendRequest(document_id=invoice, account=account, **three))  # type: ignore[arg-type]
        return [dict(p.values) for p in found.problems if p.code == "pace-too-many-recipients"]

    assert limited(None) == []
    assert limited("office") == []
    assert limited("small") == [{"count": 3, "limit": 2}]


def test_a_batch_of_statements_goes_from_their_account_unless_one_is_chosen(
    demo_ledger: Ledger,
) -> None:
    """The batch dialog's first choice, "each message's usual account", is None here: the
    statements' own account (``mail.document_accounts``) is kept, as for a single send."""
    for name in ("billing", "accounts"):
        assert mail_accounts.add(demo_ledger, _account(name)) == []
    kinds = {"mail.document_accounts": {"statement": "accounts"}}
    assert settings_service.save(demo_ledger, kinds) == []
    period = (dt.date(2026, 1, 1), AS_OF)

    def accounts_of(result: batch.BatchResult) -> set[str]:
        with demo_ledger.db.read() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT DISTINCT m.name FROM outbox_message o JOIN mail_account m"
                " ON m.id = o.account_id WHERE o.batch_id = ?",
                (result.batch_id,),
            )
            return {str(name) for (name,) in rows}

    usual = batch.queue_batch(demo_ledger, None, dates=period)
    assert usual.queued > 0 and accounts_of(usual) == {"accounts"}
    earlier = (period[0], AS_OF - dt.timedelta(days=1))  # another period: not in the outbox yet
    chosen = batch.queue_batch(demo_ledger, None, dates=earlier, account="billing")
    assert chosen.queued > 0 and accounts_of(chosen) == {"billing"}
