"""Which account a message goes from: explicit > the user's card > the kind > the default."""

from __future__ import annotations

from ledgerpost.domain.mail_accounts import MailAccount, name_problems
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.domain.users import SignedIn, User
from ledgerpost.services.account_choice import choose

SMTP = SmtpSettings("smtp.example.com", 587)
BILLING = MailAccount("billing", "custom", SMTP, default=True, id=1)
ACCOUNTS = MailAccount("accounts", "custom", SMTP, id=2)
MARI = MailAccount("mari", "custom", SMTP, id=3)
EVERY = (ACCOUNTS, BILLING, MARI)
KINDS = {"mail.document_accounts": {"statement": "accounts"}}


def signed_in(account_id: int | None = None) -> SignedIn:
    return SignedIn(User("mari", mail_account_id=account_id))


def test_the_default_account_when_nothing_else_says() -> None:
    assert choose(EVERY, acting=signed_in(), kind="invoice", values=KINDS) == BILLING


def test_the_kind_of_document_before_the_default() -> None:
    assert choose(EVERY, acting=signed_in(), kind="statement", values=KINDS) == ACCOUNTS


def test_the_users_card_before_the_kind() -> None:
    assert choose(EVERY, acting=signed_in(3), kind="statement", values=KINDS) == MARI


def test_the_explicit_choice_before_everything() -> None:
    found = choose(EVERY, explicit="billing", acting=signed_in(3), kind="statement", values=KINDS)
    assert found == BILLING


def test_an_unknown_explicit_name_is_a_problem_naming_the_known_ones() -> None:
    found = choose(EVERY, explicit="nobody", acting=signed_in())
    assert isinstance(found, Problem)
    assert (found.code, found.field) == ("account-unknown", "account")
    assert dict(found.params)["names"] == "accounts, billing, mari"


def test_a_kind_naming_a_vanished_account_falls_back_to_the_default() -> None:
    values = {"mail.document_accounts": {"statement": "gone"}}
    assert choose(EVERY, kind="statement", values=values) == BILLING


def test_no_account_at_all() -> None:
    assert choose((), kind="invoice") is None


def test_account_names_say_what_is_wrong() -> None:
    assert name_problems("accounts@billing.ee") == []
    assert [p.code for p in name_problems(" ")] == ["account-name"]
    assert [p.code for p in name_problems("two words")] == ["account-name-letters"]
    assert [p.field for p in name_problems("x" * 65)] == ["name"]
