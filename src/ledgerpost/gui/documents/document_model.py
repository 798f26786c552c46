"""The document list as a Qt item model: the whole list at once, its rows read a page at a time.

The model reports every document the filter matches (counted in the background) and reads only
the pages the view looks at, in the background, wherever they are: dragging the scroll bar to
the middle of a million documents reads that page, not the pages in between. Until a page
arrives its rows show a placeholder. A bounded number of pages is kept (least recently seen go
first), so memory stays flat however far the list is scrolled.

Where a page starts: page 0 at the top; page ``p`` behind the last row of page ``p - 1`` when
that is loaded, or before the first row of page ``p + 1`` (keyset paging through the index, at
any depth); otherwise behind the ``p - 1``-th page key, collected for the whole list by one
background pass (``Ledger.page_keys``). Until those keys are there (about a second on a million
documents), a page far from any loaded one is read by position from the nearer end of the list.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal

from ledgerpost.domain.listing import DocumentFilter, DocumentSummary, ListKey
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.gui import errors
from ledgerpost.gui.documents.document_cells import PLACEHOLDER, ROLES, cell, mail_cell, paid_cell
from ledgerpost.gui.documents.list_paging import IN_FLIGHT, KEPT_PAGES, PAGE, WANTED, Read, Turn
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.gui.widgets.table_model import Index, RowsModel
from ledgerpost.services import outbox
from ledgerpost.services.ledger import Ledger

Fetched = tuple[list[DocumentSummary], dict[int, OutboxStatus], int]
"""A page's rows, their mail states and the company's payment terms."""


class DocumentListModel(RowsModel):
    """Newest documents first; every matching document is a row, loaded when it is looked at."""

    COLUMNS = ("mail", "type", "number", "date", "party", "total", "currency", "state", "paid")
    WIDTHS = (28, 130, 110, 100, 300, 110, 80, 90, 170)
    PARTY_COLUMN = 4

    counted = Signal(int)
    """The filter's full count is known (after each filter change or reload)."""
    page_loaded = Signal(int)
    """The rows of this page have arrived."""
    failed = Signal(str)
    """Reading the list failed; the text says why."""

    def __init__(self, ledger: Ledger, runner: Runner, parent: Any = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._runner = runner
        # The count and the page keys read the whole list: on their own thread, so that pages
        # never wait behind them.
        self._scans = Runner(self, threads=1)
        self._filter = DocumentFilter()
        self._turn = Turn()
        self._total: int | None = None
        self._shown = 0
        self._pages: OrderedDict[int, list[DocumentSummary]] = OrderedDict()
        self._stale: set[int] = set()
        self._keys: list[ListKey] | None = None
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._loading: set[int] = set()
        self._ahead: set[int] = set()
        """Pages of ``_loading`` read before they were asked for."""
        self._seen = 0
        self._mail: dict[int, OutboxStatus] = {}
        self._dispatcher = QTimer(self)
        self._dispatcher.setSingleShot(True)
        self._dispatcher.setInterval(0)
        self._dispatcher.timeout.connect(self._dispatch)
        self._headers = (
            "",
            self.tr("Type"),
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Party"),
            self.tr("Total"),
            self.tr("Currency"),
            self.tr("State"),
            self.tr("Paid"),
        )
        self.terms_days: int | None = None
        """The company's payment terms, read with each page (the paid column needs them)."""
        self.today = dt.date.today()

    # --- what the page and the tests ask ------------------------------------------------------

    @property
    def total(self) -> int | None:
        """How many documents the filter matches, loaded or not; None until counted."""
        return self._total

    @property
    def loading(self) -> bool:
        """Still counting, or pages the view asked for are not here yet."""
        return self._total is None or bool(self._loading or self._wanted)

    @property
    def generation(self) -> int:
        return self._turn.generation

    @property
    def kept_pages(self) -> int:
        return len(self._pages)

    @property
    def has_page_keys(self) -> bool:
        return self._keys is not None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def summary(self, row: int) -> DocumentSummary | None:
        """The document on ``row``, or None while its page is not loaded."""
        page, at = divmod(row, PAGE)
        rows = self._pages.get(page)
        return rows[at] if rows is not None and at < len(rows) else None

    # --- filter and reload --------------------------------------------------------------------

    def set_filter(self, flt: DocumentFilter) -> None:
        """Show ``flt``'s documents; the same filter again reloads in place (after a change)."""
        if flt == self._filter and self.generation:
            self._reload()
            return
        self.beginResetModel()
        self._turn.generation += 1
        self._filter = flt
        self._total = None
        self._shown = 0
        self._pages.clear()
        self._stale.clear()
        self._keys = None
        self._wanted.clear()
        self._loading.clear()
        self._ahead.clear()
        self._mail = {}
        self._seen = 0
        self.endResetModel()
        self._count()
        self._want(0)

    def _reload(self) -> None:
        """The ledger changed: read everything again, showing the old rows until the new ones
        are there, and keep the view where it is."""
        self._turn.generation += 1
        self._total = None
        self._keys = None
        self._stale = set(self._pages)
        self._wanted.clear()
        self._loading.clear()
        self._ahead.clear()
        self._count()
        if self._shown:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._shown - 1, len(self.COLUMNS) - 1)
            )
        self._want(0)

    def _count(self) -> None:
        generation, flt, ledger, turn = self.generation, self._filter, self._ledger, self._turn
        self._scans.run(
            lambda: ledger.count_documents(flt) if generation == turn.generation else None,
            lambda total: self._counted(generation, total),
            self._failed,
            owner=self,
        )

    def _counted(self, generation: int, total: int | None) -> None:
        if generation != self.generation or total is None:
            return
        self._total = total
        self._resize(total)
        self.counted.emit(total)
        if total > 2 * PAGE:
            generation, flt, ledger, turn = self.generation, self._filter, self._ledger, self._turn
            self._scans.run(
                lambda: ledger.page_keys(flt, PAGE) if generation == turn.generation else None,
                lambda keys: self._keys_found(generation, keys),
                self._failed,
                owner=self,
            )
        self._dispatcher.start()

    def _keys_found(self, generation: int, keys: list[ListKey] | None) -> None:
        if generation == self.generation and keys is not None:
            self._keys = keys
            self._dispatcher.start()

    def _resize(self, rows: int) -> None:
        if rows > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, rows - 1)
            self._shown = rows
            self.endInsertRows()
        elif rows < self._shown:
            self.beginRemoveRows(QModelIndex(), rows, self._shown - 1)
            self._shown = rows
            self.endRemoveRows()

    def _failed(self, exc: Exception) -> None:
        errors.tell(exc, self.failed.emit)

    # --- pages --------------------------------------------------------------------------------

    def _want(self, page: int) -> None:
        """The view looked at ``page``: read it soon, unless it is on its way."""
        self._seen = page
        if page in self._loading:
            self._ahead.discard(page)
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > WANTED:
            self._wanted.popitem(last=False)
        if not self._dispatcher.isActive():
            self._dispatcher.start()

    def _dispatch(self) -> None:
        for page in reversed(list(self._wanted)):
            if len(self._loading - self._ahead) >= IN_FLIGHT:
                return
            read = self._plan(page)
            if read is not None:
                del self._wanted[page]
                self._load(page, read)
            elif self._total is not None and page * PAGE >= self._total:
                del self._wanted[page]  # the list got shorter
        if self._wanted or self._loading:
            return
        # Idle: read a neighbour of the page last looked at before it is asked for, one at a
        # time, so that a page the view asks for next never waits behind more than one.
        for page in (self._seen + 1, self._seen - 1):
            fresh = page in self._pages and page not in self._stale
            if page >= 0 and not fresh:
                read = self._plan(page)
                if read is not None:
                    self._ahead.add(page)
                    self._load(page, read)
                    return

    def _fresh(self, page: int) -> list[DocumentSummary] | None:
        rows = self._pages.get(page)
        return rows if rows and page not in self._stale else None

    def _plan(self, page: int) -> Read | None:
        """How to read ``page`` with what is known now (None: not yet)."""
        total = self._total
        if total is not None and page * PAGE >= total:
            return None
        limit = PAGE if total is None else min(PAGE, total - page * PAGE)
        if page == 0:
            return Read(PAGE)
        if self._keys is not None and page - 1 < len(self._keys):
            return Read(limit, after=self._keys[page - 1])
        above = self._fresh(page - 1)
        if above is not None and len(above) == PAGE:
            return Read(limit, after=above[-1].key)
        below = self._fresh(page + 1)
        if below is not None:
            return Read(limit, after=below[0].key, newest_first=False)
        if total is None:
            return None
        # Neither keys nor a loaded neighbour yet: by position, from the nearer end.
        start = page * PAGE
        from_bottom = total - start - limit
        if start <= from_bottom:
            return Read(limit, offset=start)
        return Read(limit, offset=from_bottom, newest_first=False)

    def _load(self, page: int, read: Read) -> None:
        self._loading.add(page)
        generation, flt, ledger, turn = self.generation, self._filter, self._ledger, self._turn

        def fetch() -> Fetched | None:
            if generation != turn.generation:
                return None
            rows = ledger.documents(
                flt,
                limit=read.limit,
                after=read.after,
                offset=read.offset,
                newest_first=read.newest_first,
            )
            if not read.newest_first:
                rows.reverse()
            company = ledger.company()
            terms = company.payment_terms_days if company else 0
            return rows, outbox.mail_states(ledger, [r.id for r in rows]), terms

        self._runner.run(
            fetch,
            lambda result: self._arrived(generation, page, result),
            lambda exc: self._load_failed(generation, page, exc),
            owner=self,
        )

    def _load_failed(self, generation: int, page: int, exc: Exception) -> None:
        if generation == self.generation:
            self._loading.discard(page)
            self._ahead.discard(page)
            self._failed(exc)

    def _arrived(
        self,
        generation: int,
        page: int,
        result: Fetched | None,
    ) -> None:
        if generation != self.generation or result is None:
            return
        rows, mail, self.terms_days = result
        self.today = dt.date.today()
        self._loading.discard(page)
        self._ahead.discard(page)
        self._forget(page)
        self._pages[page] = rows
        self._stale.discard(page)
        self._mail.update(mail)
        while len(self._pages) > KEPT_PAGES:
            oldest = next(iter(self._pages))
            self._forget(oldest)
        if self._total is None and page == 0:
            if len(rows) < PAGE:  # the whole list is on this page: nothing left to count
                self._total = len(rows)
                self._resize(len(rows))
                self.counted.emit(len(rows))
            elif self._shown < len(rows):
                self._resize(len(rows))
        first = page * PAGE
        last = min(first + PAGE, self._shown) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
        self.page_loaded.emit(page)
        self._dispatcher.start()

    def _forget(self, page: int) -> None:
        self._stale.discard(page)
        rows = self._pages.pop(page, None)
        for row in rows or ():
            self._mail.pop(row.id, None)

    def refresh_mail_states(self) -> None:
        """Ask again (in the background) which of the kept documents were mailed."""
        ids = [row.id for rows in self._pages.values() for row in rows]
        if not ids:
            return
        generation, ledger = self.generation, self._ledger
        self._runner.run(
            lambda: outbox.mail_states(ledger, ids),
            lambda mail: self._mail_found(generation, ids, mail),
            self._failed,
            owner=self,
        )

    def _mail_found(self, generation: int, ids: list[int], mail: dict[int, OutboxStatus]) -> None:
        if generation != self.generation:
            return
        for document_id in ids:
            self._mail.pop(document_id, None)
        self._mail.update(mail)
        for page in self._pages:
            first = page * PAGE
            last = min(first + PAGE, self._shown) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, 0))

    # --- what a row shows ---------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for a dozen roles per cell on every repaint: the others leave at once.
        if role not in ROLES or not index.isValid():
            return None
        page, at = divmod(index.row(), PAGE)
        rows = self._pages.get(page)
        if rows is None or page in self._stale:
            self._want(page)
        elif page != self._seen:  # scrolled onto a loaded page: its neighbours may be next
            self._seen = page
            if not self._dispatcher.isActive():
                self._dispatcher.start()
        if rows is not None:
            self._pages.move_to_end(page)
        column = self.COLUMNS[index.column()]
        if rows is None or at >= len(rows):
            if role == Qt.ItemDataRole.DisplayRole and column in ("number", "party"):
                return PLACEHOLDER
            return None
        row = rows[at]
        if column == "mail":
            return mail_cell(self._mail.get(row.id), role)
        if column == "paid":
            return paid_cell(row, self.terms_days or 0, self.today, role)
        return cell(row, column, role)
