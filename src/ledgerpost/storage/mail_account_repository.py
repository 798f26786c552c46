"""Sending accounts in and out as domain values; the one default kept in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.mail_accounts import AccountState, MailAccount, OAuthClient, Pace
from ledgerpost.domain.smtp import AuthMethod, Security, SmtpSettings
from ledgerpost.storage.mail_account_models import MailAccountRow
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.pace_model import MailPaceRow
from ledgerpost.storage.report_models import MailboxSettingsRow
from ledgerpost.storage.types import utc_now
from ledgerpost.storage.user_models import UserRow

DEFAULT_NAME = "default"
"""The name of the account made from the one server a ledger had before accounts."""


def _account_from(row: MailAccountRow) -> MailAccount:
    oauth = None
    if row.client_id or row.authorize_url or row.token_url:
        oauth = OAuthClient(
            client_id=row.client_id,
            authorize_url=row.authorize_url,
            token_url=row.token_url,
            device_url=row.device_url,
            scopes=tuple(row.scopes.split()),
            revoke_url=row.revoke_url,
        )
    return MailAccount(
        name=row.name,
        profile=row.profile,
        smtp=SmtpSettings(
            host=row.host,
            port=row.port,
            security=Security(row.security),
            user=row.user,
            from_address=row.from_address,
            from_name=row.from_name,
            reply_to=row.reply_to,
            ca_file=row.ca_file,
            allow_insecure_auth=row.allow_insecure_auth,
            auth=AuthMethod(row.auth),
        ),
        oauth=oauth,
        pace=Pace(row.per_minute, row.per_day, row.recipients_per_message),
        default=row.is_default,
        state=AccountState(row.state),
        state_detail=row.state_detail,
        id=row.id,
    )


def _fill(row: MailAccountRow, account: MailAccount) -> None:
    smtp, oauth = account.smtp, account.oauth
    row.name, row.profile = account.name, account.profile
    row.host, row.port, row.security = smtp.host, smtp.port, smtp.security.value
    row.auth, row.user = smtp.auth.value, smtp.user
    row.from_address, row.from_name, row.reply_to = smtp.from_address, smtp.from_name, smtp.reply_to
    row.ca_file, row.allow_insecure_auth = smtp.ca_file, smtp.allow_insecure_auth
    row.client_id = oauth.client_id if oauth else ""
    row.authorize_url = oauth.authorize_url if oauth else ""
    row.token_url = oauth.token_url if oauth else ""
    row.device_url = oauth.device_url if oauth else ""
    row.revoke_url = oauth.revoke_url if oauth else ""
    row.scopes = " ".join(oauth.scopes) if oauth else ""
    row.per_minute, row.per_day = account.pace.per_minute, account.pace.per_day
    row.recipients_per_message = account.pace.recipients_per_message
    row.updated_at = utc_now()


def list_accounts(session: Session) -> list[MailAccount]:
    rows = session.scalars(select(MailAccountRow).order_by(MailAccountRow.name))
    return [_account_from(r) for r in rows]


def find_account(session: Session, name: str) -> MailAccount | None:
    row = session.scalar(select(MailAccountRow).where(MailAccountRow.name == name))
    return _account_from(row) if row is not None else None


def get_account(session: Session, account_id: int) -> MailAccount | None:
    row = session.get(MailAccountRow, account_id)
    return _account_from(row) if row is not None else None


def default_account(session: Session) -> MailAccount | None:
    row = session.scalar(select(MailAccountRow).where(MailAccountRow.is_default))
    return _account_from(row) if row is not None else None


def add_account(session: Session, account: MailAccount) -> MailAccount:
    """Insert ``account`` (READY); the first account, or one marked default, becomes the
    default."""
    first = session.scalar(select(func.count(MailAccountRow.id))) == 0
    now = utc_now()
    row = MailAccountRow(
        is_default=False, state=AccountState.READY.value, state_detail="", created_at=now
    )
    _fill(row, account)
    session.add(row)
    session.flush()
    if first or account.default:
        make_default(session, row.id)
    return _account_from(row)


def change_account(session: Session, account_id: int, account: MailAccount) -> MailAccount:
    """Store the changed settings of one account; its state goes back to READY."""
    row = session.get(MailAccountRow, account_id)
    if row is None:
        raise LookupError(f"there is no sending account {account_id}")
    _fill(row, account)
    row.state, row.state_detail, row.state_at = AccountState.READY.value, "", utc_now()
    session.flush()
    return _account_from(row)


def make_default(session: Session, account_id: int) -> None:
    """The one default: the old one stops being it in the same transaction."""
    session.execute(
        update(MailAccountRow)
        .where(MailAccountRow.is_default, MailAccountRow.id != account_id)
        .values(is_default=False)
    )
    session.execute(
        update(MailAccountRow).where(MailAccountRow.id == account_id).values(is_default=True)
    )
    session.expire_all()


def set_pace(session: Session, account_id: int, pace: Pace) -> None:
    """Store the account's pace alone (its state and the rest stay)."""
    session.execute(
        update(MailAccountRow)
        .where(MailAccountRow.id == account_id)
        .values(
            per_minute=pace.per_minute,
            per_day=pace.per_day,
            recipients_per_message=pace.recipients_per_message,
        )
    )
    session.expire_all()


def put_default_smtp(session: Session, smtp: SmtpSettings, profile: str) -> None:
    """Store ``smtp`` as the default account's server (made, named ``default``, with
    ``profile``, when there is none yet). Its sign-in method stays as it was."""
    current = default_account(session)
    if current is None or current.id is None:
        add_account(session, MailAccount(DEFAULT_NAME, profile, smtp, default=True))
        return
    kept = replace(smtp, auth=current.smtp.auth)
    if kept != current.smtp:
        change_account(session, current.id, replace(current, smtp=kept))


def set_state(
    session: Session, account_id: int, state: AccountState, detail: str, at: dt.datetime
) -> bool:
    """Put the account in ``state``; False when it was in it already."""
    row = session.get(MailAccountRow, account_id)
    if row is None:
        raise LookupError(f"there is no sending account {account_id}")
    if row.state == state.value and row.state_detail == detail:
        return False
    row.state, row.state_detail, row.state_at = state.value, detail, at
    return True


def set_user_account(session: Session, login: str, account_id: int | None) -> bool:
    """Name the account of a user's messages; False when there is no such user."""
    row = session.scalar(select(UserRow).where(UserRow.login == login))
    if row is None:
        return False
    row.mail_account_id = account_id
    return True


def waiting_counts(session: Session, statuses: list[str]) -> dict[int | None, int]:
    """Messages in ``statuses`` per account id (None: rows that name none)."""
    rows = session.execute(
        select(OutboxRow.account_id, func.count(OutboxRow.id))
        .where(OutboxRow.status.in_(statuses))
        .group_by(OutboxRow.account_id)
    )
    return {account_id: count for account_id, count in rows}


def messages_naming(session: Session, account_id: int, statuses: list[str]) -> int:
    """How many messages in ``statuses`` name the account."""
    return int(
        session.scalar(
            select(func.count(OutboxRow.id)).where(
                OutboxRow.account_id == account_id, OutboxRow.status.in_(statuses)
            )
        )
        or 0
    )


def remove_account(session: Session, account_id: int) -> None:
    """Remove one account: the messages left naming it (sent, failed, cancelled) and the user
    cards choosing it name none from now on; its mailbox settings and pace go with it."""
    row = session.get(MailAccountRow, account_id)
    if row is None:
        raise LookupError(f"there is no sending account {account_id}")
    name = row.name
    session.execute(
        update(OutboxRow).where(OutboxRow.account_id == account_id).values(account_id=None)
    )
    session.execute(
        update(UserRow).where(UserRow.mail_account_id == account_id).values(mail_account_id=None)
    )
    session.execute(delete(MailboxSettingsRow).where(MailboxSettingsRow.account_name == name))
    session.execute(delete(MailPaceRow).where(MailPaceRow.account_key == name))
    session.delete(row)
    session.flush()
