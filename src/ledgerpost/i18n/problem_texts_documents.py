"""Problems of finding, printing and sending documents and reports, of the outbox and of
credits.

English sentences by problem code; see :mod:`ledgerpost.i18n.problem_catalogue`."""

from __future__ import annotations

DOCUMENTS_TEXTS: dict[str, str] = {
    # finding a document or a party
    "document-number": "'{number}' is not a document number such as 17 or INV-17",
    "document-not-found": "there is no {type} numbered {number}",
    "party-unknown": "there is no party with the id or code '{party}'",
    # print copies and period reports
    "print-language": "cannot print in '{language}'; choose one of {languages}",
    "statement-not-customer": "{name} is not a customer; statements are for customers",
    "report-not-employee": "{name} is not an employee",
    # composing a queued message
    "report-period-missing": "the report's party or period is missing",
    "sender-invalid": "the From address '{sender}' is not valid",
    # the outbox and credits
    "outbox-illegal-move": "message {message}: a message that is {status} cannot take '{event}'",
    "outbox-no-credit": "message {message}: no credit left",
    "outbox-marked-sent": "marked as sent by the user",
    "credit-none": "no credit left",
    "credit-top-up-zero": "a top-up must add at least one credit",
    "credit-top-up-reference": "a top-up needs a reference (an invoice or receipt number)",
}
