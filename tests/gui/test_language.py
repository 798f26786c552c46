"""The window speaks the chosen language: Arabic right to left, switching keeps the work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.document_editor import DocumentEditor
from ledgerpost.gui.mail.send_dialog import SendDialog
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.widgets.language import (
    apply_language,
    chosen_language,
    current_language,
    read_decimal,
)
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.catalogues import compiled_catalogues

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)", extend=True
)


@pytest.fixture(autouse=True)
def catalogues(qapp: QApplication) -> None:
    compiled_catalogues()  # English again afterwards: the english_window fixture (conftest)


@pytest.fixture
def context(demo_ledger: Ledger) -> Iterator[AppContext]:
    ctx = AppContext(demo_ledger, Runner())
    yield ctx
    ctx.runner.wait()


def window_on(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context.ledger, context)
    qtbot.addWidget(window)
    window.show()
    return window


def navigation_texts(window: MainWindow) -> list[str]:
    nav = window.navigation
    return [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]


def posted_invoice(ledger: Ledger) -> int:
    rows = ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
    return next(r.id for r in rows if r.number is not None)


def test_arabic_turns_the_window_and_the_send_dialog_right_to_left(
    qtbot: QtBot, context: AppContext
) -> None:
    apply_language("ar")
    window = window_on(qtbot, context)
    assert QApplication.layoutDirection() == RTL
    assert window.layoutDirection() == RTL and window.isRightToLeft()
    assert "قائمة انتظار البريد" in navigation_texts(window)
    assert window.file_menu.title() == "&ملف"
    # Table columns follow: the first column is drawn at the right edge.
    window.documents.table.resize(900, 300)
    header = window.documents.table.horizontalHeader()
    assert header.sectionViewportPosition(0) > header.sectionViewportPosition(1)

    dialog = SendDialog(context, posted_invoice(context.ledger))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.to.isEnabled() and dialog._checked is not None)
    assert dialog.layoutDirection() == RTL
    assert dialog.windowTitle().startswith("إرسال بالبريد الإلكتروني")
    # A field takes the direction of what is written in it (the check after a short pause
    # sets it): a Latin address reads left to right inside the Arabic dialog; an Arabic name
    # with its address reads right to left, the bidi algorithm keeping "<address>" whole.
    dialog.to.line.setText("anna@example.com")
    qtbot.waitUntil(lambda: dialog.to.line.layoutDirection() == LTR)
    dialog.to.line.setText("محمد العلي <m.ali@example.com>")
    qtbot.waitUntil(lambda: dialog.to.line.layoutDirection() == RTL)
    assert [m.address for m in dialog.to.mailboxes()] == ["m.ali@example.com"]
    assert [m.name for m in dialog.to.mailboxes()] == ["محمد العلي"]


def test_estonian_words_dates_and_amounts(qtbot: QtBot, context: AppContext) -> None:
    apply_language("et")
    window = window_on(qtbot, context)
    assert QApplication.layoutDirection() == LTR
    assert "E-mailide järjekord" in navigation_texts(window)
    model = window.documents.model
    columns = model.COLUMNS

    def a_row_with_a_total() -> int | None:
        # Rows are counted before their page is read (in the background): wait for one.
        return next(
            (
                r
                for r in range(model.rowCount())
                if model.index(r, columns.index("total")).data() not in ("", None)
            ),
            None,
        )

    qtbot.waitUntil(lambda: a_row_with_a_total() is not None)
    row = a_row_with_a_total()
    assert row is not None
    total = model.index(row, columns.index("total")).data()
    date = model.index(row, columns.index("date")).data()
    assert "," in total and "." not in total  # 1 234,50: a decimal comma
    assert not date[:4].isdigit()  # "5. märts 2026", not 2026-03-05
    assert model.headerData(columns.index("party"), Qt.Orientation.Horizontal) == "Osapool"


def test_switching_in_settings_keeps_an_open_draft(qtbot: QtBot, context: AppContext) -> None:
    window = window_on(qtbot, context)
    editor = DocumentEditor(context, None, DocumentType.INVOICE, parent=window)
    qtbot.addWidget(editor)
    editor.show()
    editor.lines.add_line()
    editor.lines.setData(editor.lines.index(0, 0), "Raamatupidamisteenus")
    editor.lines.setData(editor.lines.index(0, 2), "1 234,5")

    assert settings_service.save(context.ledger, {"ui.language": "ar"}) == []
    context.changes.settings.emit()
    assert current_language() == "ar"
    assert window.isRightToLeft() and editor.isRightToLeft()
    assert "الرسائل المرسلة" in navigation_texts(window)

    assert settings_service.save(context.ledger, {"ui.language": "et"}) == []
    context.changes.settings.emit()
    assert not window.isRightToLeft()
    assert "Saadetud kirjad" in navigation_texts(window)
    assert window.file_menu.title() == "&Fail"
    # The draft is still open, with what was typed.
    assert editor.isVisible()
    assert editor.lines.lines()[0].description == "Raamatupidamisteenus"
    assert editor.lines.lines()[0].unit_price == Decimal("1234.5")
    qtbot.wait(600)  # the old pages are dropped once nothing can answer them
    assert window.documents.isVisible()


def test_the_setting_defaults_to_the_system_language() -> None:
    assert chosen_language("de") == "de"
    assert chosen_language("") in ("en", "et", "de", "ru", "ro", "ar")


@pytest.mark.parametrize(
    ("language", "typed", "value"),
    [
        ("en", "1,234.50", "1234.50"),
        ("en", "1.5", "1.5"),
        ("de", "1.234,5", "1234.5"),
        ("de", "1,5", "1.5"),
        ("de", "1.234", "1234"),
        ("et", "1 234,50", "1234.50"),
        ("et", "0,5", "0.5"),
        ("ru", "12\u00a0345,6", "12345.6"),
        ("ro", "2.500,75", "2500.75"),
        ("ar", "١٢٣٫٥", "123.5"),
        ("ar", "1,234.5", "1234.5"),
    ],
)
def test_amounts_are_read_with_the_locale_separator(language: str, typed: str, value: str) -> None:
    assert read_decimal(typed, language) == Decimal(value)


def test_nonsense_is_not_a_number() -> None:
    assert read_decimal("twelve", "en") is None
    assert read_decimal("", "de") is None


def test_dates_in_the_window_follow_the_language() -> None:
    from ledgerpost.gui.widgets.language import date_text

    apply_language("de")
    assert date_text(dt.date(2026, 3, 5)) == "05.03.2026"
    apply_language("ro")
    assert date_text(dt.date(2026, 3, 5)) == "5 mar. 2026"


def test_the_package_price_is_shown_and_typed_the_locale_way(
    qtbot: QtBot, context: AppContext
) -> None:
    from ledgerpost.gui.settings.dialog import SettingsDialog

    apply_language("de")
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    price = dialog.credits["credits.package_price"]
    assert price.editor.text() == "10,00"  # stored as "10.00"
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "S&prache"
    assert isinstance(price.editor, QLineEdit)
    price.editor.setText("1.234,50")
    assert dialog.values()["credits.package_price"] == "1234.50"
    assert dialog.values()["ui.language"] == ""
    dialog.language_tab.choice.setCurrentIndex(dialog.language_tab.choice.findData("ar"))
    assert dialog.values()["ui.language"] == "ar"
