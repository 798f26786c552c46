"""Problems of addresses, mail servers, sending accounts, sending and composing.

English sentences by problem code; see :mod:`ledgerpost.i18n.problem_catalogue`."""

from __future__ import annotations

MAIL_TEXTS: dict[str, str] = {
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
}
