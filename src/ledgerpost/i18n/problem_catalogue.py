"""The English sentence of every problem code (context ``problem`` in ``translations/po``).

A sentence's ``{name}`` placeholders are the problem's parameters; ``{{`` and ``}}`` are
braces of their own. Rendering is :mod:`ledgerpost.i18n.problems`.

The sentences live in one module per area (``problem_texts_*``); a new area gets a module of
its own and a line in :data:`AREAS`. A code belongs to one area only (a test checks it).
"""

from __future__ import annotations

from ledgerpost.i18n.problem_texts_books import BOOKS_TEXTS
from ledgerpost.i18n.problem_texts_currency import CURRENCY_TEXTS
from ledgerpost.i18n.problem_texts_documents import DOCUMENTS_TEXTS
from ledgerpost.i18n.problem_texts_einvoice import EINVOICE_TEXTS
from ledgerpost.i18n.problem_texts_ledger import LEDGER_TEXTS
from ledgerpost.i18n.problem_texts_letters import LETTER_TEXTS
from ledgerpost.i18n.problem_texts_mail import MAIL_TEXTS
from ledgerpost.i18n.problem_texts_reminders import REMINDER_TEXTS
from ledgerpost.i18n.problem_texts_storage import STORAGE_TEXTS

AREAS: tuple[dict[str, str], ...] = (
    MAIL_TEXTS,
    BOOKS_TEXTS,
    EINVOICE_TEXTS,
    LEDGER_TEXTS,
    DOCUMENTS_TEXTS,
    REMINDER_TEXTS,
    LETTER_TEXTS,
    STORAGE_TEXTS,
    CURRENCY_TEXTS,
)
"""Every area's sentences, in the order the catalogue lists them."""

PROBLEM_TEXTS: dict[str, str] = {code: text for area in AREAS for code, text in area.items()}

COMMAND_LINE_TEXTS: dict[str, str] = {
    "smtp-not-set": "no mail server is set; run 'ledgerpost smtp set' first",
    "copy-needs-server": (
        "copy-to needs a PostgreSQL database URL, such as "
        "postgresql+psycopg://USER@HOST/DATABASE, not {target}"
    ),
    "password-for-file": (
        "a ledger file has no password; name the shared ledger's database with --db "
        "postgresql+psycopg://USER@HOST/DATABASE"
    ),
    "password-in-url": "leave the password out of the database URL; it is asked for instead",
    "mailbox-account-needed": (
        "name the account whose mailbox to read (--account NAME); set one with "
        "'ledgerpost account imap NAME ...'"
    ),
    "mailbox-not-set": (
        "no mailbox is set for the account {name}; set one with 'ledgerpost account imap NAME ...'"
    ),
    "no-company": "this ledger has no company yet; run 'ledgerpost init --company NAME'",
    "already-sent": "already sent on {when} to {to}; add --resend to send it once more",
    "already-queued": (
        "already in the outbox ({status}) since {when} for {to}; add --resend to send it once more"
    ),
}
"""Where the command line says a code otherwise than the window: its flags for the window's
boxes. Same placeholders as the window's sentence (a test checks it)."""
