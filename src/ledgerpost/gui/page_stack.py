"""The main window's pages, each made on its first visit (the window starts with only the
documents page built, and without importing the others' modules)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ledgerpost.domain.parties import PartyKind
from ledgerpost.gui.context import AppContext

PageFactory = Callable[[AppContext], QWidget]


class PageStack(QStackedWidget):
    """A stacked widget whose pages are made by their factory when first asked for; until
    then an empty widget holds the page's place."""

    made = Signal(str, QObject)
    """A page was made: its key and the page."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._index: dict[str, int] = {}
        self._factories: dict[str, PageFactory] = {}

    def add(self, key: str, page: QWidget | PageFactory) -> None:
        if isinstance(page, QWidget):
            self._index[key] = self.addWidget(page)
        else:
            self._factories[key] = page
            self._index[key] = self.addWidget(QWidget())

    def made_already(self, key: str) -> bool:
        """Whether the page ``key`` was visited (made) already."""
        return key in self._index and key not in self._factories

    def page(self, key: str) -> QWidget:
        """The page ``key``, made now if this is its first visit."""
        index = self._index[key]
        factory = self._factories.pop(key, None)
        if factory is not None:
            holder = self.widget(index)
            page = factory(self.context)
            self.insertWidget(index, page)
            self.removeWidget(holder)
            holder.deleteLater()
            self.made.emit(key, page)
        return self.widget(index)

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.setCurrentWidget(page)
        return page


def parties_page(context: AppContext, kind: PartyKind) -> QWidget:
    from ledgerpost.gui.people.parties_page import PartiesPage

    return PartiesPage(context, kind=kind)


def outbox_page(context: AppContext) -> QWidget:
    from ledgerpost.gui.mail.outbox_page import OutboxPage

    return OutboxPage(context)


def sent_report_page(context: AppContext) -> QWidget:
    from ledgerpost.gui.mail.sent_report_page import SentReportPage

    return SentReportPage(context)


def credits_page(context: AppContext) -> QWidget:
    from ledgerpost.gui.mail.credits_page import CreditsPage

    return CreditsPage(context)


def ageing_page(context: AppContext) -> QWidget:
    from ledgerpost.gui.documents.ageing_page import AgeingPage

    return AgeingPage(context)


def users_page(context: AppContext) -> QWidget:
    from ledgerpost.gui.people.users_page import UsersPage

    return UsersPage(context)


def party_pages() -> list[tuple[PartyKind, PageFactory]]:
    return [(kind, partial(parties_page, kind=kind)) for kind in PartyKind]


def books_page(context: AppContext) -> QWidget:
    from ledgerpost.gui.books.books_page import BooksPage

    return BooksPage(context)


def vat_report_page(context: AppContext) -> QWidget:
    from ledgerpost.gui.books.vat_page import VatReportPage

    return VatReportPage(context)
