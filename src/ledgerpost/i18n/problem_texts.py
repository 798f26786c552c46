"""Problems in the reader's language: the English sentences of the core, translated at the edge.

The domain and the services describe a :class:`~ledgerpost.domain.problems.Problem` with a
stable ``code`` and a plain English sentence built from a fixed pattern. The patterns are
listed here, once; each is a gettext message (``translations/po``). :func:`problem_text`
finds the pattern a message was made from (among those of its code), reads the values back
out of it and writes the translated pattern with the same values. A message of no known
pattern is shown as it came, in English, rather than not at all.
"""

from __future__ import annotations

import re
from functools import cache

from ledgerpost.domain.problems import Problem
from ledgerpost.i18n.translate import translator

ADDRESS_CODES = (
    "control", "brackets", "space", "no-at", "many-at", "no-local", "no-domain",
    "local-long", "local-chars", "domain", "long",
)  # fmt: skip
"""Codes of a typed address's problems; a card's address reports them under "email"."""

WARNING = "warning"
"""The code under which the patterns of the send check's warnings (plain sentences) are kept."""

PROBLEM_PATTERNS: dict[str, tuple[str, ...]] = {
    # addresses typed into To, CC, BCC, From, Reply-To
    "control": ("contains a line break or control character",),
    "brackets": ("has an unmatched < or >",),
    "space": ("contains a space",),
    "no-at": ("has no @ between mailbox and domain",),
    "many-at": ("has more than one @",),
    "no-local": ("has nothing before the @",),
    "no-domain": ("has no domain after the @",),
    "local-long": ("the part before @ is over {limit} bytes",),
    "local-chars": (
        "the part before @ has a character that is not allowed, "
        "or a dot at its start, end or twice in a row",
    ),
    "domain": (
        "the domain {domain} ends with a dot",
        "the domain {domain} has no dot (e.g. example.com)",
        "the domain {domain} has two dots in a row",
        "the domain {domain} has an invalid part {part}",
        "the domain {domain} ends in a number",
        "the domain {domain} cannot be written for DNS",
        "the domain {domain} is too long",
    ),
    "long": ("is longer than {limit} characters",),
    # the mail server
    "smtp-host": ("the server name is empty or has spaces",),
    "smtp-port": ("{port} is not a port number",),
    "smtp-insecure-auth": (
        "the password would travel unencrypted; choose starttls or ssl, "
        "or allow insecure authentication explicitly",
    ),
    "smtp-timeout": ("the timeout must be positive",),
    # sending a document
    "not-posted": (
        "only posted documents can be sent; post this one first",
        "only approved documents can be sent; post this one first",
    ),
    "not-customer": ("{name} is not a customer; statements are for customers",),
    "nothing": ("name a document, or a party and period",),
    "no-recipient": (
        "there is no address to send to; {name}'s card has none that fits, so type one",
        "The message has no recipient.",
    ),
    "no-valid-recipient": ("none of the To addresses is valid",),
    "no-sender": ("there is no valid From address: set one in the SMTP settings",),
    "reply-to": ("{address} is not a valid address",),
    "language": (
        "{language} is not a language LedgerPost speaks ({languages})",
        "{language} is not a language.",
    ),
    "header-break": ("the subject must be one line",),
    "no-subject": ("the subject is empty",),
    "attachment-missing": ("no such file",),
    "too-large": (
        "with the attachments the message would be about {size} MB as sent; "
        "the limit is {limit} MB",
        "with the attachments the message would be about {size} MB as sent; "
        "the server takes at most {limit} MB",
    ),
    # settings
    "setting-unknown": ("there is no such setting",),
    "setting-invalid": (
        "{value} is not an address",
        "{value} is not a port",
        "must be zero or more",
        "must be more than zero",
        "must be starttls, ssl or none",
        "each template needs kind, language, subject and body",
        "the logo is not readable",
        "the logo must be a PNG or JPEG picture",
        "the logo is {size} KB; at most {limit} KB fits",
        "must not be negative",
        "{value} is not an amount",
        "{key} must be a {type}",
        "must be empty (the system's language) or one of: {languages}",
    ),
    "company-name": ("the company needs a name",),
    "company-currency": ("{currency} is not a currency code; it has three letters, like EUR",),
    "company-address": ("{value} is not an address",),
    "company-terms": ("must be zero or more",),
    "password": (
        "name the mail server first",
        "a password needs a user name; enter the user name",
    ),
    "logo": (
        "the logo must be a PNG or JPEG picture",
        "the logo is {size} KB; at most {limit} KB fits (a smaller picture prints just as well)",
    ),
    # message templates
    "template-brace": (
        "There is a lone {brace} at character {position}; write {{{{ or }}}} for a brace of "
        "its own.",
    ),
    "template-placeholder": (
        "{placeholder} is not a placeholder this message can fill in; use one of: {names}.",
    ),
    "template-value": ("There is no value for {placeholder} in this message.",),
    "template-subject-line-break": (
        "The subject would have a line break once filled in; a subject is one line.",
        "The subject has a line break; a subject is one line.",
    ),
    "template-kind": ("{kind} is not a kind of message; use one of: {kinds}.",),
    "template-language": ("{language} is not one of the languages: {languages}.",),
    "template-subject-empty": ("The subject is empty.",),
    "template-body-empty": ("The message text is empty.",),
    # posting a document
    "already-posted": ("{number} is already posted",),
    "party-missing": ("no party chosen",),
    "currency": ("{currency} is not a currency code",),
    "due-date": ("the due date is before the document date",),
    "no-lines": ("the document has no lines",),
    "line-description": ("has no description",),
    "line-quantity": ("quantity is zero",),
    "line-vat": ("VAT rate {rate}% is not between 0 and 100",),
    "total": ("the total must be more than zero",),
    "letter-subject": ("the letter has no header",),
    "letter-body": ("the letter has no text",),
    "credit-target": (
        "a credit note must name the invoice it corrects",
        "only a posted invoice can be credited",
        "the credited invoice belongs to another party",
    ),
    "credit-too-much": ("only {amount} of {number} is left to credit",),
    # users, rights and cards
    "login": (
        "a login name is 1 to 64 letters, digits, dots, dashes, underscores or @, "
        "and starts with a letter or digit",
    ),
    "password-short": ("use at least {count} characters",),
    "password-long": ("use at most {count} characters",),
    "password-spaces": ("a password may not start or end with a space",),
    "password-login": ("the password may not be the login",),
    "login-taken": ("there is already a user {login}",),
    "last-administrator": (
        "{name} is the only one who manages users; give that right to someone else first",
    ),
    "own-password-first": (
        "set your own password first; from the first password on, everyone logs in",
    ),
    "no-user": ("there is no user {login}",),
    "current-password": ("the current password is wrong",),
    "name": ("the name is empty",),
    "contact-name": ("a contact person needs a name",),
    "no-send-right": ("{name} may not {right}; ask a user who manages users to give that right",),
    "hidden-contact": (
        "{name} is a hidden contact for you: you may not see its addresses, "
        "so you cannot send to it",
    ),
    # warnings: the message can go, but the user should know
    WARNING: (
        "the From address {address} is on another domain than the login {login}; "
        "the server may refuse it (553)",
        "no SMTP server is set yet; the message waits in the outbox until one is",
        "no credit left: the message will wait until credits are added",
    ),
}
"""Every English pattern a problem's message is made from, by code."""

PROBLEM_PATTERNS["email"] = (
    "{value} is not an email address",
    *(p for code in ADDRESS_CODES for p in PROBLEM_PATTERNS[code]),
)

_FIELD = re.compile(r"\{\{|\}\}|\{(\w+)\}")


@cache
def _matcher(pattern: str) -> re.Pattern[str]:
    """The pattern as a regular expression that reads its values back out of a message."""
    parts: list[str] = []
    position = 0
    for match in _FIELD.finditer(pattern):
        parts.append(re.escape(pattern[position : match.start()]))
        name = match.group(1)
        parts.append(re.escape(match.group(0)[0]) if name is None else f"(?P<{name}>.+?)")
        position = match.end()
    parts.append(re.escape(pattern[position:]))
    return re.compile("".join(parts), re.DOTALL)


def _fill(pattern: str, values: dict[str, str]) -> str:
    def put(match: re.Match[str]) -> str:
        name = match.group(1)
        return match.group(0)[0] if name is None else values.get(name, match.group(0))

    return _FIELD.sub(put, pattern)


def problem_text(problem: Problem, language: str) -> str:
    """``problem.message`` in ``language`` (English when no pattern of its code fits)."""
    translate = translator(language)
    for pattern in PROBLEM_PATTERNS.get(problem.code, ()):
        found = _matcher(pattern).fullmatch(problem.message)
        if found is not None:
            return _fill(translate.pgettext("problem", pattern), found.groupdict())
    return problem.message


def warning_text(warning: str, language: str) -> str:
    """One of the send check's warnings in ``language``."""
    return problem_text(Problem(WARNING, "", warning), language)
