"""What every window, page and dialog is handed: the ledger and the means to use it well."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.gui.runner import Runner
from ledgerpost.services import mail_account
from ledgerpost.services.ledger import Ledger


class Changes(QObject):
    """One channel for "this changed, redraw what shows it"."""

    documents = Signal()
    outbox = Signal()
    credits = Signal()
    settings = Signal()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


@dataclass
class AppContext:
    ledger: Ledger
    runner: Runner
    changes: Changes = field(default_factory=Changes)
    user: str = field(default_factory=_login_name)
    session_passwords: dict[str, str] = field(default_factory=dict)
    """SMTP passwords typed in this session where no keyring exists (never written anywhere)."""

    def smtp_password(self, smtp: SmtpSettings) -> str | None:
        key = mail_account.account_key(self.ledger, smtp)
        return self.session_passwords.get(key) or mail_account.password_for(self.ledger, smtp)
