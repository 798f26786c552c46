"""How the document list reads its pages: their size, how many are kept and read at once, and
where one starts (see ``document_model`` for the whole story)."""

from __future__ import annotations

from dataclasses import dataclass

from ledgerpost.domain.listing import ListKey

PAGE = 200
"""Rows read at a time."""

KEPT_PAGES = 50
"""Pages kept in memory; beyond that the least recently shown page is dropped."""

IN_FLIGHT = 2
"""Pages read at the same time."""

WANTED = 4
"""Pages the view asked for that are remembered: a fast drag of the scroll bar asks for many,
and only the latest ones are still on screen."""


@dataclass(frozen=True, slots=True)
class Read:
    """How to read one page: behind a key or at an offset, from the top or from the bottom."""

    limit: int
    after: ListKey | None = None
    offset: int = 0
    newest_first: bool = True


class Turn:
    """Which filter (or reload) is current; background jobs read it to skip work no longer
    wanted, without touching the model from their thread."""

    __slots__ = ("generation",)

    def __init__(self) -> None:
        self.generation = 0
