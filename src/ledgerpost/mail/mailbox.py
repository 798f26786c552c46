"""Reading the sender's mailbox over IMAP: the messages that came since the last look.

Stdlib :mod:`imaplib` over SSL or STARTTLS (certificates always verified: the system store, or
only the settings' CA file). Sign-in with a password (AUTHENTICATE PLAIN, which carries UTF-8,
else LOGIN) or with XOAUTH2 from the account's access tokens. :meth:`Mailbox.new_messages`
returns the messages with a UID above the caller's :class:`HighWaterMark` and the new mark to
store; a changed UIDVALIDITY means every message is read again (RFC 9051 2.3.1.1). Messages are
read with BODY.PEEK, so nothing is marked as seen; nothing is deleted, except that
:meth:`Mailbox.move` moves the messages it is given (and only those) to another folder.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType

from ledgerpost.domain.smtp import Security
from ledgerpost.mail import errors, imap_errors
from ledgerpost.mail.imap_session import connect, quoted, refresh_capabilities, sign_in
from ledgerpost.mail.oauth_sasl import AccessTokens

REPORTS_FOLDER = ("LedgerPost", "Reports")
"""Where :meth:`Mailbox.move` puts matched reports: ``LedgerPost/Reports`` with the server's
own hierarchy separator."""
MAX_FETCH_BYTES = 20 * 1024 * 1024
"""A message is fetched at most this far (a bounce may carry a large attachment back)."""
DEFAULT_BATCH = 200

_UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")


@dataclass(frozen=True, slots=True)
class ImapSettings:
    """Where the mailbox is. The password is never here."""

    host: str
    port: int = 993
    security: Security = Security.SSL
    user: str = ""
    ca_file: str = ""
    allow_insecure_auth: bool = False
    timeout_seconds: float = 60.0


@dataclass(frozen=True, slots=True)
class HighWaterMark:
    """How far a folder has been read: its UIDVALIDITY and the highest UID seen then."""

    uid_validity: int
    last_uid: int

    def to_text(self) -> str:
        return f"{self.uid_validity}:{self.last_uid}"

    @classmethod
    def from_text(cls, value: str) -> HighWaterMark | None:
        validity, _, last = value.partition(":")
        if validity.isdigit() and last.isdigit():
            return cls(int(validity), int(last))
        return None


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    uid: int
    raw: bytes


@dataclass(frozen=True, slots=True)
class NewMail:
    """What came since the mark, and the mark to store once it has been handled."""

    messages: tuple[FetchedMessage, ...]
    mark: HighWaterMark
    read_again: bool
    """True when the folder was read from the start: no mark yet, or UIDVALIDITY changed."""
    more: bool
    """True when more new messages wait than one call takes (``batch``)."""


class Mailbox:
    """An open, signed-in IMAP connection; use as a context manager."""

    def __init__(self, imap: imaplib.IMAP4, settings: ImapSettings) -> None:
        self._imap = imap
        self._settings = settings

    @classmethod
    def open(
        cls,
        settings: ImapSettings,
        *,
        password: str | None = None,
        tokens: AccessTokens | None = None,
    ) -> Mailbox:
        """Connect, secure, sign in (password, or XOAUTH2 with ``tokens``); raises a MailError."""
        s = settings
        if s.security is Security.NONE and not s.allow_insecure_auth:
            raise imap_errors.ImapInsecureAuthRefused(s.host)
        if password is None and tokens is None:
            raise imap_errors.ImapSecretMissing(s.user)
        imap = connect(s.host, s.port, s.security, s.ca_file, s.timeout_seconds)
        try:
            sign_in(imap, s.host, s.user, password, tokens)
            refresh_capabilities(imap, s.host)
        except BaseException:
            with contextlib.suppress(Exception):
                imap.shutdown()
            raise
        return cls(imap, s)

    def __enter__(self) -> Mailbox:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._imap.logout()

    # --- reading ------------------------------------------------------------------------------

    def new_messages(
        self, folder: str, since: HighWaterMark | None, *, batch: int = DEFAULT_BATCH
    ) -> NewMail:
        """Messages of ``folder`` above ``since`` (all of them if the folder's UIDVALIDITY is
        not the mark's), oldest first, at most ``batch``; with the mark that follows them."""
        validity = self._select(folder, readonly=True)
        read_again = since is None or since.uid_validity != validity
        last = 0 if read_again or since is None else since.last_uid
        uids = [uid for uid in self._search(f"UID {last + 1}:*") if uid > last]
        taken = uids[:batch]
        messages = tuple(FetchedMessage(uid, self._fetch(uid)) for uid in taken)
        mark = HighWaterMark(validity, max([last, *taken]))
        return NewMail(messages, mark, read_again, more=len(uids) > len(taken))

    def _select(self, folder: str, *, readonly: bool) -> int:
        try:
            self._call("SELECT", lambda: self._imap.select(quoted(folder), readonly=readonly))
        except imap_errors.ImapCommandRefused as refused:
            # RFC 5530's [NONEXISTENT], or the words of servers without it (Dovecot 2.3).
            said = refused.text.lower()
            if any(words in said for words in ("nonexistent", "exist", "no such", "unknown")):
                raise imap_errors.ImapFolderMissing(self._settings.host, folder) from None
            raise
        _, data = self._imap.response("UIDVALIDITY")
        found = data[-1] if data and isinstance(data[-1], bytes) else b""
        if not found.isdigit():
            raise imap_errors.ImapCommandRefused(self._settings.host, "SELECT", "no UIDVALIDITY")
        return int(found)

    def _search(self, criteria: str) -> list[int]:
        data = self._call("UID SEARCH", lambda: self._imap.uid("SEARCH", criteria))
        words = b" ".join(d for d in data if isinstance(d, bytes)).split()
        return sorted(int(w) for w in words if w.isdigit())

    def _fetch(self, uid: int) -> bytes:
        data = self._call(
            "UID FETCH",
            lambda: self._imap.uid("FETCH", str(uid), f"(BODY.PEEK[]<0.{MAX_FETCH_BYTES}>)"),
        )
        for item in data:
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
                return item[1]
        return b""  # expunged meanwhile

    # --- moving -------------------------------------------------------------------------------

    def move(self, folder: str, uids: Sequence[int], target: str | None = None) -> str:
        """Move the messages ``uids`` of ``folder`` into ``target`` (made if missing; the
        reports folder by default); returns the target's name. Other messages stay as they are."""
        target = target or self.reports_folder()
        if not uids:
            return target
        self.ensure_folder(target)
        self._select(folder, readonly=False)
        move_messages(self._imap, self._settings.host, uids, target)
        return target

    def reports_folder(self) -> str:
        """``LedgerPost/Reports`` with the server's hierarchy separator."""
        data = self._call("LIST", lambda: self._imap.list('""', '""'))
        first = data[0] if data and isinstance(data[0], bytes) else b""
        found = re.search(rb'\) "(.)"', first)
        separator = found.group(1).decode() if found else "/"
        return separator.join(REPORTS_FOLDER)

    def ensure_folder(self, name: str) -> None:
        data = self._call("LIST", lambda: self._imap.list('""', quoted(name)))
        if any(isinstance(d, bytes) for d in data):
            return
        self._call("CREATE", lambda: self._imap.create(quoted(name)))

    def _call(self, command: str, run: Callable[[], tuple[str, Sequence[object]]]) -> list[object]:
        return checked(self._settings.host, command, run, self._settings.timeout_seconds)


def checked(
    host: str, command: str, run: Callable[[], tuple[str, Sequence[object]]], timeout: float = 0.0
) -> list[object]:
    """Run one IMAP command; its data on OK, else the MailError that says what went wrong."""
    try:
        status, data = run()
    except imaplib.IMAP4.abort:
        raise imap_errors.ImapConnectionLost(host) from None
    except imaplib.IMAP4.error as error:
        status, data = "NO", [str(error).encode()]
    except TimeoutError:
        raise errors.ServerTimeout(host, timeout) from None
    except (OSError, ssl.SSLError):
        raise imap_errors.ImapConnectionLost(host) from None
    if status != "OK":
        said = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
        raise imap_errors.ImapCommandRefused(host, command, said[:300] or status)
    return list(data)


def uid_set(uids: Iterable[int]) -> str:
    return ",".join(str(uid) for uid in sorted(set(uids)))


def move_messages(
    imap: imaplib.IMAP4,
    host: str,
    uids: Sequence[int],
    target: str,
    *,
    use_move: bool | None = None,
) -> None:
    """UID MOVE if offered (RFC 6851), else UID COPY, flag \\Deleted, and UID EXPUNGE of just
    those UIDs (RFC 4315); without UIDPLUS they stay flagged, as plain EXPUNGE would remove
    other people's deleted mail too."""
    capabilities = {str(c).upper() for c in imap.capabilities}
    which = uid_set(uids)
    if use_move if use_move is not None else "MOVE" in capabilities:
        checked(host, "UID MOVE", lambda: imap.uid("MOVE", which, quoted(target)))
        return
    checked(host, "UID COPY", lambda: imap.uid("COPY", which, quoted(target)))
    checked(host, "UID STORE", lambda: imap.uid("STORE", which, "+FLAGS.SILENT", r"(\Deleted)"))
    if "UIDPLUS" in capabilities:
        checked(host, "UID EXPUNGE", lambda: imap.uid("EXPUNGE", which))
