"""Problems are data: a code, the field concerned and the values the sentence needs.

The sentence itself lives in one catalogue (:mod:`ledgerpost.i18n.problems`), which renders a
problem in the reader's language; the core never writes prose for a problem.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

Value = str | int | Decimal | date
"""What a problem's parameter may be: plain values a sentence can show."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the user's data or the ledger.

    ``code`` is stable for programs and names the sentence in the catalogue, ``field`` names
    the field, address or document concerned, ``params`` are the sentence's values as
    (name, value) pairs.
    """

    code: str
    field: str
    params: tuple[tuple[str, Value], ...] = ()

    @classmethod
    def of(cls, code: str, field: str = "", /, **params: Value) -> Problem:
        return cls(code, field, tuple(sorted(params.items())))

    @property
    def values(self) -> dict[str, Value]:
        return dict(self.params)

    def at(self, field: str) -> Problem:
        """The same problem reported under another field."""
        return replace(self, field=field)

    def __str__(self) -> str:
        values = ", ".join(f"{name}={value}" for name, value in self.params)
        text = f"{self.code}({values})" if values else self.code
        return f"{self.field}: {text}" if self.field else text
