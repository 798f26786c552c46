"""Known trouble reading a mailbox over IMAP (delivery reports, read receipts): mail errors as
:mod:`ledgerpost.mail.errors` defines them, each a code with its values."""

from __future__ import annotations

from ledgerpost.mail.errors import MailError


class ImapConnectionLost(MailError, ConnectionError):
    retryable = True

    def __init__(self, host: str) -> None:
        super().__init__("imap-connection-lost", host=host)
        self.host = host


class ImapCertificateNotTrusted(MailError):
    def __init__(self, host: str, detail: str) -> None:
        detail = detail.rstrip(".")
        super().__init__("imap-certificate", host=host, detail=detail)
        self.host, self.detail = host, detail


class ImapStartTlsNotOffered(MailError):
    def __init__(self, host: str) -> None:
        super().__init__("imap-no-starttls", host=host)
        self.host = host


class ImapInsecureAuthRefused(MailError):
    def __init__(self, host: str) -> None:
        super().__init__("imap-insecure-auth", host=host)
        self.host = host


class ImapSecretMissing(MailError):
    """Neither a password nor a token source was given for ``user``."""

    def __init__(self, user: str) -> None:
        super().__init__("imap-no-password", user=user)
        self.user = user


class ImapAuthNotOffered(MailError):
    def __init__(self, host: str, mechanism: str) -> None:
        super().__init__("imap-no-auth-method", host=host, mechanism=mechanism)
        self.host, self.mechanism = host, mechanism


class ImapAuthenticationFailed(MailError):
    def __init__(self, user: str, text: str) -> None:
        super().__init__("imap-auth-failed", user=user, text=text)
        self.user, self.text = user, text


class ImapFolderMissing(MailError):
    def __init__(self, host: str, folder: str) -> None:
        super().__init__("imap-no-folder", host=host, folder=folder)
        self.host, self.folder = host, folder


class ImapCommandRefused(MailError):
    """The server said NO or BAD to ``command``; a NO may pass (busy, over quota), so retry."""

    retryable = True

    def __init__(self, host: str, command: str, text: str) -> None:
        super().__init__("imap-refused", host=host, command=command, text=text)
        self.host, self.command, self.text = host, command, text
