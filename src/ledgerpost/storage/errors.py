"""Errors of the storage layer: trouble from the world, each a catalogue code with its values.

``StorageError.of(code, field, **values)`` names its sentence in the problem catalogue (area
``problem_texts_storage``), as a mail error does; ``str()`` is the English one, and the window
and the command line say it in the reader's language. A broken invariant of our own code is
no StorageError but a ``ValueError``: only a bug can cause it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from ledgerpost.domain.problems import Problem, Value
from ledgerpost.i18n.problems import render_line


class StorageError(Exception):
    """The ledger cannot be opened, read or written, or holds no such row."""

    problem: Problem | None = None
    """The catalogue code with its values (None only for an error made with words alone)."""

    @classmethod
    def of(cls, code: str, field: str = "", /, **values: Value) -> Self:
        """The error of a catalogue code: its English sentence is ``str()``."""
        problem = Problem.of(code, field, **values)
        error = cls(render_line(problem))
        error.problem = problem
        return error

    @property
    def code(self) -> str | None:
        return None if self.problem is None else self.problem.code

    @property
    def field(self) -> str:
        return "" if self.problem is None else self.problem.field

    @property
    def values(self) -> Mapping[str, Value]:
        return {} if self.problem is None else self.problem.values
