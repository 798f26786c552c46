"""The English sentence of every problem code (context ``problem`` in ``translations/po``).

A sentence's ``{name}`` placeholders are the problem's parameters; ``{{`` and ``}}`` are
braces of their own. Rendering is :mod:`ledgerpost.i18n.problems`.
"""

from __future__ import annotations

PROBLEM_TEXTS: dict[str, str] = {
    # addresses typed into To, CC, BCC, From, Reply-To or a card
    "control": "contains a line break or control character",
    "brackets": "has an unmatched < or >",
    "space": "contains a space",
    "no-at": "has no @ between mailbox and domain",
    "many-at": "has more than one @",
    "no-local": "has nothing before the @",
    "no-domain": "has no domain after the @",
    "local-long": "the part before @ is over {limit} bytes",
    "local-chars": (
        "the part before @ has a character that is not allowed, "
        "or a dot at its start, end or twice in a row"
    ),
    "domain-dot-end": "the domain {domain} ends with a dot",
    "domain-no-dot": "the domain {domain} has no dot (e.g. example.com)",
    "domain-dots": "the domain {domain} has two dots in a row",
    "domain-part": "the domain {domain} has an invalid part {part}",
    "domain-number": "the domain {domain} ends in a number",
    "domain-dns": "the domain {domain} cannot be written for DNS",
    "domain-long": "the domain {domain} is too long",
    "long": "is longer than {limit} characters",
    "email": "{value} is not an email address",
    # the mail server
    "smtp-host": "the server name is empty or has spaces",
    "smtp-port": "{port} is not a port number",
    "smtp-insecure-auth": (
        "the password would travel unencrypted; choose starttls or ssl, "
        "or allow insecure authentication explicitly"
    ),
    "smtp-timeout": "the timeout must be positive",
    # sending accounts and their sign-in
    "account-name": "the account needs a name",
    "oauth-client-id": (
        "sign-in needs the client id of the company's own app registration at the provider"
    ),
    "oauth-url": "{url} is not an https address",
    "oauth-scope": "sign-in needs at least one scope",
    "oauth-user": "sign-in needs the mailbox's address as the login name",
    "pace-not-positive": "{value} is not a number of 1 or more",
    "account-name-letters": (
        "{name} cannot name an account: use up to {limit} letters, digits and . _ @ -"
    ),
    "account-name-taken": "there is already an account named {name}",
    "account-profile": "{profile} is not a provider profile ({profiles})",
    "account-unknown": "there is no sending account named {name} (there are: {names})",
    "account-remove-waiting": (
        "account {account} cannot be removed: {count} message(s) still to go (or in doubt) name "
        "it; send or cancel them in the outbox first"
    ),
    "account-remove-default": (
        "account {account} is the default: choose the new default among {names} "
        "(--new-default) to remove it"
    ),
    "account-password-refused": (
        "the mail server refused the password for account {account}: fix it in Settings "
        "({count} message(s) wait for it)"
    ),
    "account-sign-in-needed": (
        "account {account} needs to sign in again: sign in from Settings "
        "({count} message(s) wait for it)"
    ),
    "pace-too-many-recipients": (
        "{count} recipients are more than the mail account takes in one message ({limit}); "
        "send it as several messages"
    ),
    # sending a document
    "not-posted": "only posted documents can be sent; post this one first",
    "not-approved": "only approved documents can be sent; post this one first",
    "not-customer": "{name} is not a customer; statements are for customers",
    "not-employee": "{name} is not an employee; employee reports are for employees",
    "nothing": "name a document, or a party and period",
    "no-recipient": "there is no address to send to; {name}'s card has none that fits, so type one",
    "no-valid-recipient": "none of the To addresses is valid",
    "no-sender": "there is no valid From address: set one in the SMTP settings",
    "reply-to": "{address} is not a valid address",
    "language": "{language} is not a language LedgerPost speaks ({languages})",
    "header-break": "the subject must be one line",
    "no-subject": "the subject is empty",
    "attachment-missing": "no such file",
    "too-large": "with the attachments the message would be {size} as sent; the limit is {limit}",
    "too-large-server": (
        "with the attachments the message would be {size} as sent; the server takes at most {limit}"
    ),
    "smtputf8-address": (
        "{address} has letters before the @ (such as ü or я) that only mail servers offering "
        "SMTPUTF8 take, and the mail server {host} does not take such addresses (it did not "
        "offer SMTPUTF8 when LedgerPost last connected); ask for an address without them"
    ),
    "already-sent": "already sent on {when} to {to}; tick “Send again” to send it once more",
    "already-queued": (
        "already in the outbox ({status}) since {when} for {to}; "
        "tick “Send again” to send it once more"
    ),
    # warnings of the send check: the message can go, but the user should know
    "warn-login-domain": (
        "the From address {address} is on another domain than the login {login}; "
        "the server may refuse it (553)"
    ),
    "warn-no-smtp": "no SMTP server is set yet; the message waits in the outbox until one is",
    "warn-no-credit": "no credit left: the message will wait until credits are added",
    "warn-bounced": ("{address} bounced on {when} ({status}); it is tried last, check the address"),
    # the mailbox where an account's reports arrive
    "mailbox-account-name": "the account needs a name",
    "mailbox-folder": "the folder to read needs a name",
    "mailbox-unknown-account": "there is no sending account {name} (see 'account list')",
    "mailbox-ca-file": "the certificate file {file} does not exist",
    # composing the message
    "header-name-control": "The display name contains a line break or another control character.",
    "header-name-chars": "The display name contains characters that cannot be written.",
    "header-address-control": "The address contains a line break or another control character.",
    "header-address-chars": "The address contains characters that cannot be written.",
    "header-address": "The address cannot be written.",
    "header-subject-control": "The subject contains a line break or another control character.",
    "header-subject-chars": "The subject contains characters that cannot be written.",
    "message-no-recipient": "The message has no recipient.",
    "message-language": "{language} is not a language.",
    "message-id": "{message_id} is not a Message-ID of the form <id@domain> on one line.",
    "text-null": "The {field} contains a null character.",
    "text-chars": "The {field} contains characters that cannot be written.",
    "attachment-name-control": (
        "The file name contains a line break or another control character."
    ),
    "attachment-name-chars": "The file name contains characters that cannot be written.",
    "attachment-name-empty": "The file name is empty.",
    "attachment-name-long": "The file name is longer than {limit} bytes.",
    "attachment-type": "{content_type} is not a file type.",
    "message-too-large": (
        "The message would be {size} with its attachments, over the usual limit of "
        "{limit}; leave out an attachment or send it in another message."
    ),
    "message-too-large-server": (
        "The message would be {size} with its attachments, over the mail server's limit of "
        "{limit}; leave out an attachment or send it in another message."
    ),
    # settings
    "setting-unknown": "there is no such setting",
    "setting-document-accounts": (
        "each kind of document ({kinds}) must name one account by its name"
    ),
    "setting-type": "{key} must be a {type}",
    "setting-address": "{value} is not an address",
    "setting-port": "{value} is not a port",
    "setting-zero-or-more": "must be zero or more",
    "setting-positive": "must be more than zero",
    "setting-security": "must be starttls, ssl or none",
    "setting-templates": "each template needs kind, language, subject and body",
    "setting-reminder-levels": "the reminder levels are wrong: check {what}",
    "dispute-not-invoice": "{number} is no sales invoice: only a sales invoice can be disputed",
    "setting-logo-unreadable": "the logo is not readable",
    "setting-logo-type": "the logo must be a PNG or JPEG picture",
    "setting-logo-size": "the logo is {size} KB; at most {limit} KB fits",
    "setting-negative": "must not be negative",
    "setting-amount": "{value} is not an amount",
    "setting-ui-language": "must be empty (the system's language) or one of: {languages}",
    "setting-server-size": "must be 'host:port bytes', e.g. 'smtp.example.com:587 10485760'",
    "setting-server-smtputf8": "must be 'host:port yes' or 'host:port no'",
    "company-name": "the company needs a name",
    "company-currency": "{currency} is not a currency code; it has three letters, like EUR",
    "company-address": "{value} is not an address",
    "company-terms": "must be zero or more",
    "password-no-server": "name the mail server first",
    "password-no-user": "a password needs a user name; enter the user name",
    "logo-type": "the logo must be a PNG or JPEG picture",
    "logo-size": (
        "the logo is {size} KB; at most {limit} KB fits (a smaller picture prints just as well)"
    ),
    # message templates
    "template-brace": (
        "There is a lone {brace} at character {position}; write {{{{ or }}}} for a brace of "
        "its own."
    ),
    "template-placeholder": (
        "{placeholder} is not a placeholder this message can fill in; use one of: {names}."
    ),
    "template-value": (
        "this document has nothing to fill in for {placeholder}: "
        "fill it in on the document, or change the message"
    ),
    "template-subject-line-break": (
        "The subject would have a line break once filled in; a subject is one line."
    ),
    "template-subject-break": "The subject has a line break; a subject is one line.",
    "template-kind": "{kind} is not a kind of message; use one of: {kinds}.",
    "template-language": "{language} is not one of the languages: {languages}.",
    "template-subject-empty": "The subject is empty.",
    "template-body-empty": "The message text is empty.",
    # the chart of accounts and manual journal entries
    "chart-number": "{number} is not an account number (letters and digits, at most 20)",
    "chart-exists": "there is already an account {number}",
    "chart-name": "the account needs a name",
    "chart-kind": "the kind must be asset, liability, equity, income or expense",
    "chart-unknown": "there is no account {account} in the chart",
    "chart-has-role": "account {account} is used by posting and cannot be archived",
    "entry-lines": "a journal entry needs at least two lines, not {count}",
    "entry-account-unknown": "there is no account {account} in the chart",
    "entry-account-archived": "account {account} is archived",
    "entry-amount-negative": "an amount is negative",
    "entry-amount-side": "give either a debit or a credit, not both or neither",
    "manual-entry-unbalanced": (
        "debits {debit} and credits {credit} differ by {difference}; an entry must balance"
    ),
    "entry-posted": "journal entry {number} is already posted and cannot change",
    "entry-unknown": "there is no journal entry {number}",
    "entry-reversed": "journal entry {number} was already reversed by {by}",
    "party-referenced": (
        "{name} cannot be deleted: {documents} document(s), {lines} journal line(s) and "
        "{messages} message(s) refer to it; archive it instead"
    ),
    # posting a document
    "already-posted": "{number} is already posted",
    "delete-posted": "{number} is posted and cannot be deleted; correct it with a credit note",
    "document-unknown": (
        "there is no document {key} (a draft by its id, a posted one by its number)"
    ),
    "party-missing": "no party chosen",
    "party-kind": "a {type} is made out to a {allowed}, not to a {kind}",
    "currency": "{currency} is not a currency code",
    "due-date": "the due date is before the document date",
    "no-lines": "the document has no lines",
    "line-description": "has no description",
    "line-quantity": "quantity is zero",
    "line-vat": "VAT rate {rate}% is not between 0 and 100",
    "total": "the total must be more than zero",
    "letter-subject": "the letter has no header",
    "letter-body": "the letter has no text",
    "credit-no-target": "a credit note must name the invoice it corrects",
    "credit-not-invoice": "only a posted invoice can be credited",
    "credit-other-party": "the credited invoice belongs to another party",
    "credit-too-much": "only {amount} of {number} is left to credit",
    # e-invoices (EN 16931, XRechnung): each missing field named by its BT id
    "einvoice-type": "a {type} has no e-invoice form; only invoices and credit notes have one",
    "einvoice-seller-vat": "the company's VAT id (BT-31) is missing",
    "einvoice-seller-country": "the company's country code (BT-40), such as DE, is missing",
    "einvoice-seller-city": "the company's city (BT-37) is missing",
    "einvoice-seller-postcode": "the company's post code (BT-38) is missing",
    "einvoice-seller-contact": "the company's contact person (BT-41) is missing",
    "einvoice-seller-phone": "the company's contact telephone (BT-42) is missing",
    "einvoice-seller-email": "the company's contact email (BT-43) is missing",
    "einvoice-seller-address": "the company's electronic address (BT-34) is missing",
    "einvoice-seller-iban": "the company's IBAN (BT-84) is missing",
    "einvoice-buyer-vat": "the buyer's VAT id (BT-48) is missing",
    "einvoice-buyer-country": "the buyer's country code (BT-55), such as DE, is missing",
    "einvoice-buyer-city": "the buyer's city (BT-52) is missing",
    "einvoice-buyer-postcode": "the buyer's post code (BT-53) is missing",
    "einvoice-buyer-reference": (
        "the buyer reference (BT-10) is missing; a German public buyer's is its Leitweg-ID"
    ),
    "einvoice-buyer-address": "the buyer's electronic address (BT-49) is missing",
    "einvoice-preceding": "the credit note names no invoice it corrects (BT-25)",
    "einvoice-currency": "{currency} has more than two decimals; EN 16931 amounts have two (BT-5)",
    "einvoice-vat-rounding": (
        "the VAT at {rate}% is {ledger}, but EN 16931 rounding gives {expected} (BT-117); "
        "split the document"
    ),
    "einvoice-rule": "the e-invoice breaks rule {rule}: {text}",
    "voucher-vat": "a receipt or payment is an amount received or paid; it carries no VAT",
    # allocating receipts, payments and credit notes to invoices
    "allocation-source": "only a posted receipt, payment or credit note can be allocated",
    "allocation-unknown": "there is no posted invoice with this number to settle",
    "allocation-type": "a {source} cannot settle a {target}",
    "allocation-party": "{number} belongs to another party",
    "allocation-currency": "{source} money cannot settle a document in {target}",
    "allocation-amount": "the amount to allocate must be more than zero",
    "allocation-beyond-open": "only {open} is left open on it",
    "allocation-beyond-left": "only {left} of {number} is left to allocate",
    "allocation-date": "an allocation cannot be dated before {date}",
    "allocation-kept": "its kept allocated amount {kept} differs from its allocations, {total}",
    "allocation-over": "{allocated} is allocated of a total of {total}",
    "einvoice-format-unsupported": "LedgerPost cannot write {format} e-invoices yet",
    "einvoice-not-facturx": (
        "the stored print copy is a plain PDF, not Factur-X: the customer does not take "
        "Factur-X, or did not when the copy was stored"
    ),
    "einvoice-rule-warning": "the e-invoice breaks the advice of rule {rule}: {text}",
    # received e-invoices imported as draft purchase invoices
    "einvoice-import-unreadable": "the file cannot be read as an e-invoice: {reason}",
    "einvoice-import-no-xml": (
        "the PDF carries no e-invoice XML (factur-x.xml or zugferd-invoice.xml)"
    ),
    "einvoice-import-type": (
        "an e-invoice of type {code} (BT-3) cannot become a purchase invoice; "
        "a credit note is entered by hand"
    ),
    "einvoice-import-number": "the e-invoice has no invoice number (BT-1)",
    "einvoice-import-lines": "the e-invoice has no lines (BG-25)",
    "einvoice-import-total": (
        "the invoice's {field_id} is {invoice} {currency}, but its lines make {ledger} "
        "(allowances, charges or a prepaid amount are not taken over)"
    ),
    "einvoice-import-supplier": (
        "no supplier card has the VAT id or electronic address of {seller} ({vat_id}); "
        "add the card or import with --create-supplier"
    ),
    "einvoice-import-duplicate": (
        "invoice {number} of this supplier is already booked as {document}"
    ),
    "einvoice-import-duplicate-draft": (
        "invoice {number} of this supplier is already entered, as draft purchase invoice {draft}"
    ),
    "einvoice-import-buyer": (
        "the invoice is made out to {buyer} with VAT id {vat_id}, not to this company"
    ),
    # the company's e-invoice fields
    "company-bic": "{value} is not a BIC: 8 or 11 letters and digits, such as BYLADEM1001",
    "company-phone": "{value} is not a telephone number: it needs at least three digits",
    "company-scheme": (
        "{value} is not an electronic address scheme: EM for an email address, "
        "or a four-digit EAS code such as 9930"
    ),
    # CIUS-RO (Romania)
    "einvoice-ro-seller-county": (
        "the company's county (BT-39, ISO 3166-2:RO) cannot be told: a Romanian address "
        "needs its six-digit postal code"
    ),
    "einvoice-ro-buyer-county": (
        "the buyer's county (BT-54, ISO 3166-2:RO) cannot be told: a Romanian address "
        "needs its six-digit postal code"
    ),
    "einvoice-ro-seller-street": "the company's street (BT-35) is missing; CIUS-RO requires it",
    "einvoice-ro-buyer-street": "the buyer's street (BT-50) is missing; CIUS-RO requires it",
    "einvoice-ro-currency": (
        "CIUS-RO asks the VAT of an invoice in {currency} in RON too (BT-6, BT-111); "
        "LedgerPost writes CIUS-RO invoices in RON only"
    ),
    "einvoice-ro-buyer-id": "the buyer's VAT id or registration number (BT-47, BT-48) is missing",
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
    "already-sent": "already sent on {when} to {to}; add --resend to send it once more",
    "already-queued": (
        "already in the outbox ({status}) since {when} for {to}; add --resend to send it once more"
    ),
}
"""Where the command line says a code otherwise than the window: its flags for the window's
boxes. Same placeholders as the window's sentence (a test checks it)."""
