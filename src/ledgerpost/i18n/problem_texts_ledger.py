"""Problems of users and rights, the ledger's invariants, import files and the services.

English sentences by problem code; see :mod:`ledgerpost.i18n.problem_catalogue`."""

from __future__ import annotations

LEDGER_TEXTS: dict[str, str] = {
    # users, rights and cards
    "country-code": "{value} is not a country code; choose the country (ISO code such as DE)",
    "vat-id": (
        "{value} is not a VAT id: it starts with the country's two letters, "
        "then the number, such as DE123456789"
    ),
    "login": (
        "a login name is 1 to 64 letters, digits, dots, dashes, underscores or @, "
        "and starts with a letter or digit"
    ),
    "password-short": "use at least {count} characters",
    "password-long": "use at most {count} characters",
    "password-spaces": "a password may not start or end with a space",
    "password-login": "the password may not be the login",
    "login-taken": "there is already a user {login}",
    "last-administrator": (
        "{name} is the only one who manages users; give that right to someone else first"
    ),
    "own-password-first": (
        "set your own password first; from the first password on, everyone logs in"
    ),
    "no-user": "there is no user {login}",
    "current-password": "the current password is wrong",
    "name": "the name is empty",
    "contact-name": "a contact person needs a name",
    "not-saved": "{reason}",
    "no-send-right": "{name} may not {right}; ask a user who manages users to give that right",
    # logging in, and the right each action needs (the names as services.access.RIGHT_NAMES)
    "login-required": (
        "this ledger asks for a login; log in first (the command line takes --user LOGIN, with "
        "the password on the first line of standard input or in $LEDGERPOST_PASSWORD)"
    ),
    "login-failed": "the login name or the password is wrong",
    "not-allowed-post": (
        "{name} may not post documents; ask a user who manages users to give that right"
    ),
    "not-allowed-send": (
        "{name} may not send email; ask a user who manages users to give that right"
    ),
    "not-allowed-contacts": (
        "{name} may not see contact addresses; ask a user who manages users to give that right"
    ),
    "not-allowed-settings": (
        "{name} may not manage settings; ask a user who manages users to give that right"
    ),
    "not-allowed-credits": (
        "{name} may not manage credits; ask a user who manages users to give that right"
    ),
    "not-allowed-users": (
        "{name} may not manage users; ask a user who manages users to give that right"
    ),
    "hidden-contact": (
        "{name} is a hidden contact for you: you may not see its addresses, "
        "so you cannot send to it"
    ),
    # the company
    "no-company": "this ledger has no company yet; enter it in Settings, on the Company tab",
    "company-exists": "this ledger already has a company",
    "demo-needs-empty-ledger": "this ledger already has a company; give the demo an empty --db",
    # the ledger's invariants
    "entry-empty": "has no lines",
    "entry-unbalanced": "debits {debit} do not equal credits {credit}",
    "posted-no-fingerprint": "posted without a fingerprint",
    "posted-changed": "changed after it was posted",
    "posted-no-entry": "has no journal entry",
    "entry-mismatch": "journal entry of {debit} does not match the document's {expected}",
    "number-duplicate": "number {number} is used twice",
    "number-gap": "numbers {numbers} were issued but no document has them",
    "number-beyond": "numbers {numbers} lie outside 1..{last}",
    "credit-balance": "the balance is {balance} but the credit entries add up to {total}",
    "credit-negative": "the balance is {balance}",
    "open-receivable-journal": (
        "{party} owes {journal} {currency} on the receivables account in the journal, "
        "but the open items add up to {open} {currency}"
    ),
    "open-payable-journal": (
        "{party} is owed {journal} {currency} on the payables account in the journal, "
        "but the open items add up to {open} {currency}"
    ),
    "open-kept": (
        "the open amounts kept for {party} say {kept} {currency}, "
        "but the documents add up to {summed} {currency}"
    ),
    # import files
    "import-unreadable": "the file cannot be read: {reason}",
    "import-encoding": "the file is not UTF-8 text",
    "import-json": "the file is not the JSON expected ({reason})",
    "import-column-missing": "the column {column} is missing",
    "import-column-unknown": "{column} is not a column this file may have",
    "import-number": "{value} is not a number",
    "import-date": "{value} is not a date like 2026-03-31",
    "import-date-missing": "the date is missing",
    "import-flag": "{value} is neither yes nor no",
    "import-code-missing": "the code is missing; cards are matched by their code",
    "import-code-twice": "the code {code} was already used on {line}",
    "import-code-ambiguous": "several cards in the ledger have the code {code}",
    "import-kind": "{kind} is not a kind of card; use {allowed}",
    "import-role": "{role} is not an address role; use billing, statements or general",
    "import-einvoice-format": "{value} is not an e-invoice format; use {allowed}",
    "import-contact": "{value} is not a contact person like Name <address; address>",
    "import-type": "{type} is not a document type; use {allowed}",
    "import-party-missing": "the party is missing",
    "import-party-unknown": "there is no party with the id or code {party}",
    "import-party-ambiguous": "several parties have the code {party}",
    "import-invoice-unknown": "there is no invoice numbered {number}",
    "import-opening-type": (
        "only invoices, credit notes and purchase invoices can be opening items"
    ),
    # what the services refuse, with the reason
    "period-reversed": "the period ends ({end}) before it starts ({start})",
    "smtp-not-set": "no mail server is set; set one in Settings, Mail server",
    "smtp-host-needed": "enter the name of the mail server first",
    "print-copy-gone": (
        "the print copy this message was composed with is no longer in the ledger, "
        "so the message cannot be read back or sent again"
    ),
    "no-administrator": "this ledger has no active administrator",
    "backup-exists": "{path} already exists; a backup never writes over a file",
    "backup-no-folder": "there is no folder {path} to put the backup in",
    "backup-missing": "there is no backup at {path}",
    "restore-target-exists": (
        "{path} already exists; restore into a new file (a restore never writes over a ledger)"
    ),
    "backup-unreadable": "{path} is not a LedgerPost backup ({reason})",
    "backup-no-company": "{path} holds no company: it is not a ledger's backup",
    "copy-needs-server": (
        "copying needs a PostgreSQL database address, such as "
        "postgresql+psycopg://USER@HOST/DATABASE, not {target}"
    ),
    "password-for-file": (
        "a ledger file has no password; only a shared ledger on a database server has one"
    ),
    "password-in-url": "leave the password out of the database address; it is asked for instead",
    "password-empty": "the password is empty",
    "user-unknown": "there is no user {login}",
    "mailbox-account-needed": "choose the sending account whose mailbox to read",
    "mailbox-not-set": "no mailbox is set for the account {name}",
    "oauth-not-set": "the account {name} has no OAuth2 client id",
    "oauth-password-account": "the account {name} signs in with a password, not with OAuth2",
}
