"""Problems of settings, templates, the chart of accounts, posting and allocating.

English sentences by problem code; see :mod:`ledgerpost.i18n.problem_catalogue`."""

from __future__ import annotations

BOOKS_TEXTS: dict[str, str] = {
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
    "chart-bank-asset": "a bank account is an asset account",
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
    "entry-draft-unknown": "there is no draft journal entry {id}",
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
    "party-kinds": "a {type} is made out to a {allowed} or {other}, not to a {kind}",
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
    "voucher-bank-account": (
        "account {account} is not one of the bank accounts (see: ledgerpost accounts list)"
    ),
    "voucher-cash-bank": "cash goes through no bank account: leave out the bank account {account}",
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
}
