"""The send dialog says what becomes of a customer's e-invoice: the XML attached and validated
(listed and counted with the attachments), or the problems by BT id that keep it off; nothing
for a customer taking none. The size check counts the XML too."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ledgerpost.domain.parties import AddressRole, EInvoiceFormat, EmailAddress, Party
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.send_dialog import SendDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.mail.mime_parts import part_size
from ledgerpost.services import send_checks
from ledgerpost.services.einvoice_copies import make_xml
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest
from tests.helpers.einvoice_books import post_invoice_and_credit
from tests.helpers.einvoice_parties import PUBLIC_BUYER, SELLER

PEPPOL_SELLER = dataclasses.replace(
    SELLER, electronic_address="DE123456789", electronic_scheme="9930"
)
XRECHNUNG_BUYER = dataclasses.replace(
    PUBLIC_BUYER,
    einvoice_format=EInvoiceFormat.XRECHNUNG_UBL,
    emails=(EmailAddress("eingang@bezirksamt.example", AddressRole.BILLING),),
)


@pytest.fixture
def context(ledger: Ledger) -> Iterator[AppContext]:
    ledger.update_company(PEPPOL_SELLER)
    ctx = AppContext(ledger, Runner())
    yield ctx
    ctx.runner.wait()


def dialog_for(qtbot: QtBot, context: AppContext, party: Party) -> tuple[SendDialog, int]:
    invoice_id, _ = post_invoice_and_credit(context.ledger, party)
    dialog = SendDialog(context, invoice_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._checked is not None, timeout=30_000)
    return dialog, invoice_id


def test_an_attached_xrechnung_is_said_validated_and_counted(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog, invoice_id = dialog_for(qtbot, context, XRECHNUNG_BUYER)
    qtbot.waitUntil(lambda: dialog.einvoice.isVisible(), timeout=30_000)
    assert dialog.einvoice.text() == "XRechnung attached, validated ✓"
    xml = make_xml(context.ledger, invoice_id, EInvoiceFormat.XRECHNUNG_UBL)
    assert xml.xml is not None
    items = [dialog.attachments.list.item(i).text() for i in range(dialog.attachments.list.count())]
    assert any(text.endswith("(e-invoice)") and xml.file_name in text for text in items)
    assert dialog.attachments._einvoice == len(xml.xml)


def test_what_keeps_the_xml_off_is_named_by_its_bt_id(qtbot: QtBot, context: AppContext) -> None:
    no_reference = dataclasses.replace(XRECHNUNG_BUYER, buyer_reference="")
    dialog, _ = dialog_for(qtbot, context, no_reference)
    qtbot.waitUntil(lambda: dialog.einvoice.isVisible(), timeout=30_000)
    text = dialog.einvoice.text()
    assert text.startswith("XRechnung not attached, because:") and "BT-10" in text
    items = [dialog.attachments.list.item(i).text() for i in range(dialog.attachments.list.count())]
    assert not any("(e-invoice)" in item for item in items)


def test_a_customer_taking_no_e_invoice_gets_no_line(qtbot: QtBot, context: AppContext) -> None:
    plain = dataclasses.replace(XRECHNUNG_BUYER, vat_number="", einvoice_format=None)
    dialog, _ = dialog_for(qtbot, context, plain)
    context.runner.wait()
    qtbot.wait(50)
    assert not dialog.einvoice.isVisible() and dialog.einvoice.state is None


def test_the_size_check_counts_the_xml(context: AppContext) -> None:
    invoice_id, _ = post_invoice_and_credit(context.ledger, XRECHNUNG_BUYER)
    request = SendRequest(document_id=invoice_id)
    (xml,) = send_checks.einvoice_files(context.ledger, request)
    size, sent, problems = send_checks.attachments_and_size(
        context.ledger, request, {"mail.size_limit_mb": 0}, None, None
    )
    assert size == xml.size > 0
    assert sent > part_size(xml) and [p.code for p in problems] == ["too-large"]


def test_the_xml_is_made_once_and_goes_in_the_message_composed_as_it_is_queued(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checks and the queueing share one XML (it was made twice for every message, the
    dearest part of queueing a batch); the bytes stored as it is queued carry it beside the
    print copy."""
    from ledgerpost.services import einvoice_copies, outbox_view, printing, sending
    from ledgerpost.services import settings as settings_service

    ledger = context.ledger
    assert settings_service.save(ledger, {"smtp.from_address": "billing@example.com"}) == []
    invoice_id, _ = post_invoice_and_credit(ledger, XRECHNUNG_BUYER)
    printing.print_document(ledger, invoice_id)  # the print copy stored: composed when queued
    made: list[int] = []

    def counted(*args: object, **kwargs: object) -> object:
        made.append(1)
        return make_xml(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(einvoice_copies, "make_xml", counted)
    result = sending.queue(ledger, SendRequest(document_id=invoice_id))
    assert result.queued and result.outbox_id is not None, result.preflight.problems
    assert made == [1]
    view = outbox_view.message_view(ledger, result.outbox_id)
    assert view is not None  # stored before any delivery
    assert [a.content_type for a in view.attachments] == ["application/pdf", "application/xml"]
    assert view.header("Date") == ""  # the first attempt's time, when it is tried
