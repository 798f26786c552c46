"""The editor's currency: the company's by default with no rate to give; another shows the rate
row ("1 EUR = … USD"), refuses a rate that is no number above zero, and posts with it."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import Document, DocumentState, DocumentType, Line
from ledgerpost.services.ledger import Ledger
from tests.gui.test_document_editor import editor_for, type_line
from tests.helpers.books import add_customer


def _rate_shown(editor) -> bool:  # type: ignore[no-untyped-def]
    return editor.head.rate.isVisibleTo(editor)


def test_the_rate_shows_only_for_another_currency(qtbot: QtBot, ledger: Ledger) -> None:
    add_customer(ledger)
    editor = editor_for(qtbot, ledger)
    editor.show()
    assert editor.head.currency.code() == "EUR" and not _rate_shown(editor)
    editor.head.currency.choose("USD")
    assert _rate_shown(editor)
    assert editor.head.rate.before.text() == "1 EUR =" and editor.head.rate.after.text() == "USD"
    editor.head.currency.choose("EUR")
    assert not _rate_shown(editor)


def test_a_usd_invoice_is_posted_with_its_rate(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    add_customer(ledger)
    editor = editor_for(qtbot, ledger)
    editor.show()
    type_line(editor, 0, "Consulting", "2", "50", "22")
    editor.head.currency.choose("USD")
    assert editor.totals.text().endswith("Total 122.00 USD")

    editor.head.rate.edit.setText("-1")
    editor.post_button.click()
    assert "above zero" in editor.problems.text() and editor.document is None
    editor.head.rate.edit.setText("one")
    editor.post_button.click()
    assert "is not an exchange rate" in editor.problems.text() and editor.document is None

    editor.head.rate.edit.clear()  # no rate: saved as a draft, posting says what is missing
    editor.post_button.click()
    qtbot.waitUntil(lambda: "how many" in editor.problems.text())
    assert editor.document is not None and editor.document.state is DocumentState.DRAFT
    assert "how many USD one EUR is" in editor.problems.text()

    editor.head.rate.edit.setText("1,22")  # a comma is a decimal sign too
    assert editor.totals.text().endswith("Total 122.00 USD (= 100.00 EUR)")
    if os.environ.get("LEDGERPOST_SCREENSHOTS"):  # the picture in docs/screenshots
        qtbot.waitUntil(lambda: editor.totals.width() >= editor.totals.sizeHint().width())
        editor.grab().save(str(Path(os.environ["LEDGERPOST_SCREENSHOTS"]) / "editor.png"))
    editor.post_button.click()
    qtbot.waitUntil(lambda: editor.document is not None and editor.document.is_posted)
    assert editor.document.currency == "USD" and editor.document.rate == Decimal("1.22")
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows["1200"].debit == Decimal("100.00")  # 122 USD at 1 EUR = 1.22 USD
    assert ledger.check() == []
    assert not editor.head.rate.isEnabled() and editor.head.rate.edit.text() == "1.22"


def test_a_new_document_starts_in_the_partys_latest_currency(qtbot: QtBot, ledger: Ledger) -> None:
    party = add_customer(ledger)
    assert party.id is not None
    lines = (Line("Consulting", Decimal(1), Decimal("100"), Decimal(22)),)
    usd = Document(
        DocumentType.INVOICE, party.id, dt.date(2026, 3, 2), "USD", lines, rate=Decimal("1.25")
    )
    assert ledger.save_and_post(usd).posted
    editor = editor_for(qtbot, ledger)
    editor.show()
    qtbot.waitUntil(lambda: editor.head.currency.code() == "USD", timeout=30_000)
    assert _rate_shown(editor) and editor.head.rate.edit.text() == ""
    assert editor.head.rate.edit.placeholderText() == "last: 1.25"  # today's rate is typed
