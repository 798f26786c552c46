"""Problems are data: each names where it is and why, so all of them can be shown at once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the user's data or the ledger.

    ``code`` is stable for programs and translations, ``where`` names the field, address or
    document concerned, ``message`` is a plain English sentence for people.
    """

    code: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message
