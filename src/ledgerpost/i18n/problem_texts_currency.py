"""Problems of documents in another currency than the company's: their exchange rate.

English sentences by problem code; see :mod:`ledgerpost.i18n.problem_catalogue`."""

from __future__ import annotations

CURRENCY_TEXTS: dict[str, str] = {
    "rate-missing": (
        "the document is in {currency}, not {company}: give its exchange rate "
        "(how many {currency} one {company} is)"
    ),
    "rate-not-positive": "an exchange rate is above zero, not {rate}",
    "rate-number": "{value} is not an exchange rate; write it as a number such as 1.0850",
}
