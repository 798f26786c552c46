"""Problems of a letter to many parties at once (a letter batch).

English sentences by problem code; see :mod:`ledgerpost.i18n.problem_catalogue`."""

from __future__ import annotations

LETTER_TEXTS: dict[str, str] = {
    "letter-batch-template": "{key} is not a letter; a letter batch starts from a letter",
    "letter-batch-no-recipients": (
        "choose whom the letter goes to: customers, suppliers, employees or the cards themselves"
    ),
    "letter-already-made": "{name} already has this letter ({number}); it is not made twice",
    "letter-made-meanwhile": "{name} got this letter from another run meanwhile",
    "letter-archived": "{name} is archived",
}
