"""``ledgerpost account list|add|change|default|remove|test|login``: the company's sending
accounts; their passwords and refresh tokens go to the OS keyring."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError, read_line
from ledgerpost.cli.mail_parser import KEEP
from ledgerpost.domain.addresses import is_valid_address
from ledgerpost.domain.mail_accounts import MailAccount, OAuthClient, Pace
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import DEFAULT_PORTS, AuthMethod, Security, SmtpSettings
from ledgerpost.mail import providers
from ledgerpost.mail.oauth_sign_in import DeviceCode
from ledgerpost.mail.providers import ProviderProfile
from ledgerpost.services import account_sign_in, mail_account, mail_accounts


def _entry(ctx: CommandContext, account: MailAccount) -> dict[str, Any]:
    smtp = account.smtp
    return {
        "name": account.name,
        "profile": account.profile,
        "host": smtp.host,
        "port": smtp.port,
        "security": smtp.security.value,
        "auth": smtp.auth.value,
        "user": smtp.user,
        "from_address": smtp.from_address,
        "per_minute": account.pace.per_minute,
        "per_day": account.pace.per_day,
        "default": account.default,
        "signed_in": mail_accounts.signed_in(ctx.ledger, account),
        "state": account.state.value,
    }


def run_account_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    entries = [_entry(ctx, a) for a in mail_accounts.accounts(ctx.ledger)]
    if args.json:
        ctx.print_json(entries)
        return EXIT_OK
    yes, no = ctx.tr("yes"), ctx.tr("no")
    ctx.print_table(
        ["name", "profile", "server", "auth", "user", "default", "signed in", "state"],
        [
            [
                e["name"],
                e["profile"],
                f"{e['host']}:{e['port']} {e['security']}",
                e["auth"],
                e["user"],
                yes if e["default"] else "",
                yes if e["signed_in"] else no,
                e["state"],
            ]
            for e in entries
        ],
    )
    return EXIT_OK


def _port(args: argparse.Namespace, profile: ProviderProfile, security: Security) -> int:
    if args.port is not None:
        return int(args.port)
    if security is profile.security:
        return profile.port
    return dict((s, p) for p, s in profile.alternatives).get(security, DEFAULT_PORTS[security])


def _oauth(args: argparse.Namespace, profile: ProviderProfile) -> OAuthClient:
    return OAuthClient(
        client_id=args.client_id.strip(),
        authorize_url=args.authorize_url or profile.authorize_url,
        token_url=args.token_url or profile.token_url,
        device_url=args.device_url or profile.device_url,
        scopes=tuple(args.scope) if args.scope else profile.scopes,
        revoke_url=profile.revoke_url,
    )


def account_from(args: argparse.Namespace) -> MailAccount:
    """The account the arguments describe, the profile filling in what they leave out."""
    profile = providers.profile(args.profile)
    assert profile is not None  # argparse took only the bundled names
    security = Security(args.security) if args.security else profile.security
    auth = AuthMethod(args.auth) if args.auth else profile.auth[0]
    user = args.user.strip()
    smtp = SmtpSettings(
        host=(args.host if args.host is not None else profile.host).strip(),
        port=_port(args, profile, security),
        security=security,
        user=user,
        from_address=args.from_address or (user if is_valid_address(user) else ""),
        from_name=args.from_name,
        reply_to=args.reply_to,
        ca_file=args.ca_file,
        allow_insecure_auth=args.allow_insecure_auth,
        auth=auth,
    )
    pace = Pace(
        per_minute=args.per_minute or profile.pace.per_minute,
        per_day=args.per_day or profile.pace.per_day,
        recipients_per_message=profile.pace.recipients_per_message,
    )
    oauth = _oauth(args, profile) if auth is AuthMethod.OAUTH2 else None
    return MailAccount(args.name, args.profile, smtp, oauth, pace, default=args.default)


def run_account_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.ca_file and not Path(args.ca_file).is_file():
        raise UsageError(ctx.tr("--ca-file {file}: no such file", file=args.ca_file))
    account = account_from(args)
    if args.password_stdin and account.auth is AuthMethod.OAUTH2:
        raise UsageError(ctx.tr("--password-stdin: an OAuth2 account signs in, without a password"))
    password = read_line() if args.password_stdin else None
    if password is not None and not account.smtp.user:
        return ctx.fail_with([Problem.of("password-no-user", "password")])
    problems = mail_accounts.add(ctx.ledger, account, ctx.session)
    if problems:
        return ctx.fail_with(problems)
    stored = mail_accounts.get(ctx.ledger, account.name)
    smtp = stored.smtp
    ctx.say(
        ctx.tr(
            "Account {name}: mail goes through {host}:{port} ({security}).",
            name=stored.name,
            host=smtp.host,
            port=smtp.port,
            security=smtp.security.value,
        )
    )
    if stored.default:
        ctx.say(ctx.tr("It is the default account."))
    if password is not None:
        _keep_password(ctx, stored, password)
    return EXIT_OK


def run_account_test(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = read_line() if args.password_stdin else None
    found = mail_account.test_connection(ctx.ledger, password, account=args.name)
    ctx.say(ctx.sentences(found.sentences))
    return EXIT_OK


def run_account_login(args: argparse.Namespace, ctx: CommandContext) -> int:
    def show(code: DeviceCode) -> None:
        ctx.say(
            ctx.tr(
                "Open {uri} on any device and enter the code {code}; waiting for the sign-in.",
                uri=code.verification_uri,
                code=code.user_code,
            )
        )
        ctx.out.flush()

    if not args.device:
        ctx.say(ctx.tr("Signing in through the web browser; waiting for the sign-in."))
        ctx.out.flush()
    kept = account_sign_in.sign_in(
        ctx.ledger, args.name, device=args.device, show=show, by=ctx.session
    )
    ctx.say(ctx.tr("Account {name} is signed in.", name=args.name))
    if kept.in_keyring:
        ctx.say(kept.message)
    else:
        ctx.complain(kept.message)
    return EXIT_OK


def run_account_default(args: argparse.Namespace, ctx: CommandContext) -> int:
    mail_accounts.make_default(ctx.ledger, args.name, ctx.session)
    ctx.say(ctx.tr("Account {name} is the default account now.", name=args.name))
    return EXIT_OK


def _changed_pace(args: argparse.Namespace, pace: Pace) -> Pace:
    minute, day = args.pace if args.pace else (KEEP, KEEP)
    if args.per_minute is not None:
        minute = args.per_minute
    if args.per_day is not None:
        day = args.per_day
    return dataclasses.replace(
        pace,
        per_minute=pace.per_minute if minute == KEEP else minute,
        per_day=pace.per_day if day == KEEP else day,
    )


def changed_account(args: argparse.Namespace, account: MailAccount) -> MailAccount:
    """``account`` with what the arguments of ``account change`` give, the rest kept."""
    smtp = account.smtp
    given = {
        "host": args.host.strip() if args.host is not None else None,
        "port": args.port,
        "security": Security(args.security) if args.security else None,
        "user": args.user.strip() if args.user is not None else None,
        "from_address": args.from_address,
        "from_name": args.from_name,
        "reply_to": args.reply_to,
        "ca_file": args.ca_file,
    }
    smtp = dataclasses.replace(smtp, **{k: v for k, v in given.items() if v is not None})
    return dataclasses.replace(account, smtp=smtp, pace=_changed_pace(args, account.pace))


def run_account_change(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.ca_file and not Path(args.ca_file).is_file():
        raise UsageError(ctx.tr("--ca-file {file}: no such file", file=args.ca_file))
    old = mail_accounts.get(ctx.ledger, args.name)
    if args.password_stdin and old.auth is AuthMethod.OAUTH2:
        raise UsageError(ctx.tr("--password-stdin: an OAuth2 account signs in, without a password"))
    account = changed_account(args, old)
    password = read_line() if args.password_stdin else None
    if password is not None and not account.smtp.user:
        return ctx.fail_with([Problem.of("password-no-user", "password")])
    problems = mail_accounts.change(ctx.ledger, args.name, account, ctx.session)
    if problems:
        return ctx.fail_with(problems)
    stored = mail_accounts.get(ctx.ledger, args.name)
    smtp = stored.smtp
    ctx.say(
        ctx.tr(
            "Account {name}: mail goes through {host}:{port} ({security}).",
            name=stored.name,
            host=smtp.host,
            port=smtp.port,
            security=smtp.security.value,
        )
    )
    moved = (old.smtp.host, old.smtp.user) != (smtp.host, smtp.user)
    if moved:  # the old server's password is never offered to another server or login
        mail_accounts.PASSWORDS.forget(mail_accounts.secret_key(ctx.ledger, old))
    if password is not None:
        _keep_password(ctx, stored, password)
    elif moved and stored.auth is AuthMethod.PASSWORD and smtp.wants_auth:
        ctx.complain(
            ctx.tr(
                "The server or login changed: give the password again with --password-stdin "
                "(it is kept in the OS keyring)."
            )
        )
    return EXIT_OK


def _keep_password(ctx: CommandContext, account: MailAccount, password: str) -> None:
    saved = mail_accounts.save_password(ctx.ledger, account, password)
    if saved.in_keyring:
        ctx.say(saved.message)
    else:
        ctx.complain(
            ctx.tr(
                "{note} From the command line, give it again with --password-stdin to "
                "'smtp test' and 'outbox run'.",
                note=saved.message,
            )
        )


def run_account_remove(args: argparse.Namespace, ctx: CommandContext) -> int:
    problems = mail_accounts.remove(ctx.ledger, args.name, args.new_default, ctx.session)
    if problems:
        return ctx.fail_with(problems)
    ctx.say(ctx.tr("Account {name} is removed.", name=args.name))
    if args.new_default:
        ctx.say(ctx.tr("Account {name} is the default account now.", name=args.new_default))
    return EXIT_OK
