"""Sending accounts as values: what makes one unusable, named by field."""

from __future__ import annotations

from ledgerpost.domain.mail_accounts import MailAccount, OAuthClient, Pace
from ledgerpost.domain.smtp import AuthMethod, SmtpSettings

CLIENT = OAuthClient(
    client_id="3f1c-company-app",
    authorize_url="https://login.example.com/authorize",
    token_url="https://login.example.com/token",
    scopes=("https://outlook.office.com/SMTP.Send", "offline_access"),
)


def codes(account: MailAccount) -> list[tuple[str, str]]:
    return [(p.code, p.field) for p in account.problems()]


def test_a_password_account_needs_only_its_server() -> None:
    account = MailAccount("office", "custom", SmtpSettings("smtp.example.com", 587, user="u"))
    assert codes(account) == []
    assert account.auth is AuthMethod.PASSWORD


def test_an_oauth2_account_needs_the_company_client_id_and_a_mailbox() -> None:
    smtp = SmtpSettings("smtp.office365.com", 587, auth=AuthMethod.OAUTH2)
    assert codes(MailAccount("m365", "microsoft365", smtp)) == [
        ("oauth-client-id", "client_id"),
        ("oauth-user", "user"),
    ]
    no_id = OAuthClient("", CLIENT.authorize_url, CLIENT.token_url, scopes=CLIENT.scopes)
    signed = SmtpSettings("smtp.office365.com", 587, user="a@b.example", auth=AuthMethod.OAUTH2)
    assert codes(MailAccount("m365", "microsoft365", signed, no_id)) == [
        ("oauth-client-id", "client_id")
    ]
    assert codes(MailAccount("m365", "microsoft365", signed, CLIENT)) == []


def test_endpoints_must_be_https_even_on_loopback() -> None:
    plain = OAuthClient(
        "id", "http://login.example.com/a", "http://127.0.0.1:8080/t", scopes=("s",)
    )
    assert [(p.code, p.field) for p in plain.problems()] == [
        ("oauth-url", "authorize_url"),
        ("oauth-url", "token_url"),
    ]
    assert [
        p.code for p in OAuthClient("id", CLIENT.authorize_url, CLIENT.token_url).problems()
    ] == ["oauth-scope"]


def test_a_pace_counts_from_one() -> None:
    assert Pace(30, 10_000, 100).problems() == []
    assert [(p.field, p.values) for p in Pace(0, None, -1).problems()] == [
        ("per_minute", {"value": 0}),
        ("recipients_per_message", {"value": -1}),
    ]
    smtp = SmtpSettings("smtp.example.com", 587)
    assert codes(MailAccount(" ", "custom", smtp, pace=Pace(per_day=0))) == [
        ("account-name", "name"),
        ("pace-not-positive", "per_day"),
    ]
