"""A contact person chosen on a document: kept with it, printed as the "Attn." line in the
party's language, and the first address the send dialog offers."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from ledgerpost.domain.parties import AddressRole, ContactPerson, EmailAddress, Party, PartyKind
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.document_editor import SAVE, DocumentEditor
from ledgerpost.gui.mail.send_dialog import SendDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import send_form
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document
from ledgerpost.services.sending import SendRequest


def add_company_customer(ledger: Ledger, name: str, language: str) -> Party:
    party = ledger.add_party(
        Party(
            PartyKind.CUSTOMER,
            name,
            language,
            emails=(EmailAddress("office@example.de", AddressRole.BILLING),),
            contacts=(
                ContactPerson("Sabine Krüger", (EmailAddress("sabine@example.de"),)),
                ContactPerson("Tom Berg", (EmailAddress("tom@example.de"),)),
            ),
        )
    )
    return ledger.party(party.id or 0)


def editor_for(qtbot: QtBot, ledger: Ledger, **kwargs: object) -> DocumentEditor:
    editor = DocumentEditor(AppContext(ledger, Runner()), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.party.count() > 0, timeout=30_000)
    return editor


def choose(editor: DocumentEditor, party: Party) -> None:
    editor.party.setCurrentIndex(editor.party.findData(party.id))


def post_invoice_for(qtbot: QtBot, editor: DocumentEditor, contact: str) -> None:
    editor.contact.setCurrentIndex(editor.contact.findText(contact))
    for column, value in enumerate(("Wartung", "1", "200", "19")):
        assert editor.lines.setData(editor.lines.index(0, column), value)
    editor.choose_save_option(SAVE)
    editor.post_button.click()
    qtbot.waitUntil(
        lambda: editor.document is not None and editor.document.is_posted, timeout=30_000
    )


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_editor_offers_the_chosen_partys_contact_persons(qtbot: QtBot, ledger: Ledger) -> None:
    first = add_company_customer(ledger, "Müller GmbH", "de")
    second = ledger.add_party(Party(PartyKind.CUSTOMER, "Solo OÜ", "et"))
    editor = editor_for(qtbot, ledger)
    choose(editor, first)
    names = [editor.contact.itemText(i) for i in range(editor.contact.count())]
    assert names == ["No contact person", "Sabine Krüger", "Tom Berg"]
    editor.contact.setCurrentIndex(2)
    choose(editor, second)  # another card: its own persons (none), nothing chosen
    assert editor.contact.count() == 1 and editor.contact.contact_id() is None
    choose(editor, first)
    assert editor.contact.count() == 3


def test_the_contact_is_stored_printed_as_attn_and_the_first_address_to_send_to(
    qtbot: QtBot, ledger: Ledger
) -> None:
    party = add_company_customer(ledger, "Müller GmbH", "de")
    sabine = party.contacts[0]
    editor = editor_for(qtbot, ledger)
    choose(editor, party)
    post_invoice_for(qtbot, editor, "Sabine Krüger")
    document = editor.document
    assert document is not None and document.contact_id == sabine.id
    assert ledger.document(document.id or 0).contact_id == sabine.id

    again = editor_for(qtbot, ledger, document=ledger.document(document.id or 0))
    qtbot.waitUntil(lambda: again.contact.count() == 3, timeout=30_000)
    assert again.contact.currentText() == "Sabine Krüger" and not again.contact.isEnabled()

    text = pdf_text(print_document(ledger, document.id or 0).pdf)
    assert "z. Hd. Sabine Krüger" in text  # the party's language: German
    assert "Attn. Sabine Krüger" in pdf_text(
        print_document(ledger, document.id or 0, language="en").pdf
    )

    form = send_form.load(ledger, SendRequest(document_id=document.id))
    assert form.request.to == "Sabine Krüger <sabine@example.de>"

    dialog = SendDialog(AppContext(ledger, Runner()), document.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "sabine@example.de" in dialog.to.text(), timeout=30_000)
    assert "office@example.de" not in dialog.to.text()


def test_without_a_contact_nothing_is_printed_and_the_card_is_mailed(
    qtbot: QtBot, ledger: Ledger
) -> None:
    party = add_company_customer(ledger, "Müller GmbH", "en")
    editor = editor_for(qtbot, ledger)
    choose(editor, party)
    post_invoice_for(qtbot, editor, "No contact person")
    document = editor.document
    assert document is not None and document.contact_id is None
    text = pdf_text(print_document(ledger, document.id or 0).pdf)
    assert "Attn." not in text and "Sabine" not in text
    form = send_form.load(ledger, SendRequest(document_id=document.id))
    assert "office@example.de" in form.request.to and "sabine" not in form.request.to
