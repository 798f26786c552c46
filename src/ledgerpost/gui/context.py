"""What every window, page and dialog is handed: the ledger and the means to use it well."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import users
from ledgerpost.services.ledger import Ledger


class Changes(QObject):
    """One channel for "this changed, redraw what shows it"."""

    documents = Signal()
    outbox = Signal()
    credits = Signal()
    settings = Signal()
    users = Signal()
    parties = Signal()
    """Cards were added or changed outside their page (an import)."""


@dataclass
class AppContext:
    ledger: Ledger
    runner: Runner
    session: SignedIn | None = None
    """Who is logged in; None: the administrator of a ledger without passwords (looked up
    here, once, as the window starts)."""
    changes: Changes = field(default_factory=Changes)
    session_passwords: dict[str, str] = field(default_factory=dict)
    """SMTP passwords typed in this session where no keyring exists (never written anywhere)."""

    def __post_init__(self) -> None:
        if self.session is None:
            self.session = users.session(self.ledger)

    @property
    def by(self) -> SignedIn:
        """The session, typed: always set once the context exists."""
        assert self.session is not None
        return self.session

    @property
    def user(self) -> str:
        """The login name of whoever is at work."""
        return self.by.login

    def may(self, right: Right) -> bool:
        return self.by.may(right)

    def smtp_password(self, smtp: SmtpSettings) -> str | None:
        from ledgerpost.services import mail_account  # the keyring and the mail stack: not at start

        key = mail_account.account_key(self.ledger, smtp)
        return self.session_passwords.get(key) or mail_account.password_for(self.ledger, smtp)
