"""Problems are data: a code, the field concerned and the values the sentence needs.

The sentence itself lives in one catalogue (:mod:`ledgerpost.i18n.problems`), which renders a
problem in the reader's language; the core never writes prose for a problem.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from ledgerpost.domain.sizes import Size

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


def values_json(values: Mapping[str, object]) -> str:
    """A problem's values as the JSON text an outbox row keeps: a size as ``{"bytes": n}`` (so
    that it is shown the reader's way when read back), a number as a number, anything else as
    its text."""
    kept: dict[str, object] = {}
    for name, value in values.items():
        if isinstance(value, Size):
            kept[name] = {"bytes": int(value)}
        elif isinstance(value, int) and not isinstance(value, bool):
            kept[name] = int(value)
        else:
            kept[name] = str(value)
    return json.dumps(kept, ensure_ascii=False)


def values_from_json(text: str | None) -> tuple[tuple[str, str | int], ...]:
    """The pairs ``values_json`` wrote (empty for no text or damaged text), sorted by name."""
    if not text:
        return ()
    try:
        values = json.loads(text)
    except ValueError:
        return ()
    if not isinstance(values, dict):
        return ()
    pairs: list[tuple[str, str | int]] = []
    for name, value in values.items():
        if isinstance(value, dict) and isinstance(value.get("bytes"), int):
            pairs.append((name, Size(value["bytes"])))
        elif isinstance(value, int | str):
            pairs.append((name, value))
        else:
            pairs.append((name, str(value)))
    return tuple(sorted(pairs))
