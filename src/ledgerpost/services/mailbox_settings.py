"""Where a sending account's mailbox is read (IMAP), by the account's name; its password in
the OS keyring only, under a key of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import Security
from ledgerpost.mail.mailbox import ImapSettings
from ledgerpost.mail.secrets import PasswordStore, SaveResult
from ledgerpost.services import mail_accounts
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import report_repository as report_repo
from ledgerpost.storage.report_models import MailboxSettingsRow

IMAP_SERVICE = "LedgerPost IMAP"
PASSWORDS = PasswordStore(IMAP_SERVICE)
"""One store per process: where no keyring exists, it keeps passwords for this session."""
DEFAULT_FOLDER = "INBOX"


@dataclass(frozen=True, slots=True)
class MailboxAccount:
    """One account's mailbox: how to reach it, which folder to read, where reports go."""

    name: str
    imap: ImapSettings
    folder: str = DEFAULT_FOLDER
    move_to: str = ""
    """Matched reports are moved here; empty: they stay where they are."""
    read_receipts: bool = False
    """The account's messages ask for a read receipt by default."""

    def problems(self) -> list[Problem]:
        found = []
        if not self.name.strip():
            found.append(Problem.of("mailbox-account-name", "name"))
        host = self.imap.host.strip()
        if not host or any(c.isspace() for c in host):
            found.append(Problem.of("smtp-host", "host"))
        if not 0 < self.imap.port < 65536:
            found.append(Problem.of("smtp-port", "port", port=self.imap.port))
        if self.imap.security is Security.NONE:
            found.append(Problem.of("smtp-insecure-auth", "security"))
        if not self.folder.strip():
            found.append(Problem.of("mailbox-folder", "folder"))
        if self.imap.ca_file and not Path(self.imap.ca_file).is_file():
            found.append(Problem.of("mailbox-ca-file", "ca_file", file=self.imap.ca_file))
        return found


def password_key(ledger: Ledger, account_name: str) -> str:
    """The keyring entry of one ledger's account's IMAP password (not a secret itself)."""
    return f"{ledger.location}:imap:{account_name}"


def save(ledger: Ledger, account: MailboxAccount) -> list[Problem]:
    """Keep ``account``'s mailbox settings (all problems at once, nothing kept if any). Once
    the ledger has sending accounts, the name must be one of them; before, the mailbox goes
    with the ledger's one SMTP setting under any name."""
    problems = account.problems()
    known = {a.name for a in mail_accounts.accounts(ledger)}
    if known and account.name.strip() and account.name.strip() not in known:
        problems.append(Problem.of("mailbox-unknown-account", "name", name=account.name))
    if problems:
        return problems
    s = account.imap
    row = MailboxSettingsRow(
        account_name=account.name.strip(),
        host=s.host.strip(),
        port=s.port,
        security=s.security.value,
        user=s.user,
        folder=account.folder.strip(),
        move_to=account.move_to.strip(),
        ca_file=s.ca_file,
        read_receipts=account.read_receipts,
    )
    with ledger.db.write() as session:
        report_repo.put_mailbox_settings(session, row)
    return []


def load(ledger: Ledger, account_name: str) -> MailboxAccount | None:
    with ledger.db.read() as session:
        row = report_repo.mailbox_settings(session, account_name)
        if row is None:
            return None
        imap = ImapSettings(row.host, row.port, Security(row.security), row.user, row.ca_file)
        return MailboxAccount(row.account_name, imap, row.folder, row.move_to, row.read_receipts)


def names(ledger: Ledger) -> list[str]:
    with ledger.db.read() as session:
        return report_repo.mailbox_names(session)


def require(ledger: Ledger, account_name: str | None) -> MailboxAccount:
    """The named account's mailbox; without a name, the only one there is."""
    if account_name is None:
        known = names(ledger)
        if len(known) != 1:
            raise LedgerError.of("mailbox-account-needed")
        account_name = known[0]
    found = load(ledger, account_name)
    if found is None:
        raise LedgerError.of("mailbox-not-set", "", name=account_name)
    return found


def save_password(ledger: Ledger, account_name: str, password: str) -> SaveResult:
    return PASSWORDS.save(password_key(ledger, account_name), password)


def password_for(ledger: Ledger, account_name: str, given: str | None = None) -> str | None:
    return given if given is not None else PASSWORDS.load(password_key(ledger, account_name))
