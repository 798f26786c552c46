"""A customer letter in the editor: its own fields instead of lines, saved, approved (posted),
printed with paragraphs and a list, and mailed with its header as the subject."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import Document, DocumentState, DocumentType, Letter
from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.domain.users import Right, SignedIn, User
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.document_editor import SAVE, DocumentEditor
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.mail.send_dialog import SendDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import mail_account, send_form, users
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document
from ledgerpost.services.sending import SendRequest
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer

BODY = (
    "Dear Mr Müller,\n\n"
    "from 1 February our office moves to a new address.\n\n"
    "What changes for you:\n"
    "- invoices come from billing@example.com\n"
    "- the bank account stays the same\n\n"
    "Thank you for working with us."
)


def add_supplier(ledger: Ledger) -> Party:
    return ledger.add_party(
        Party(
            PartyKind.SUPPLIER,
            "Jörg Müller GmbH",
            "en",
            emails=(EmailAddress("joerg@example.de", AddressRole.GENERAL),),
        )
    )


def letter_editor(qtbot: QtBot, ledger: Ledger, **kwargs: object) -> DocumentEditor:
    context = AppContext(ledger, Runner())
    editor = DocumentEditor(context, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.party.count() > 0, timeout=30_000)
    qtbot.waitUntil(lambda: editor.letter_fields.signer.count() > 0, timeout=30_000)
    return editor


def write_letter(editor: DocumentEditor) -> None:
    fields = editor.letter_fields
    fields.subject.setText("Our new address")
    fields.body.setPlainText(BODY)
    fields.greeting.setText("Kind regards")
    fields.signer.setEditText("Anna Kask")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_letter_shows_its_own_fields_instead_of_lines(qtbot: QtBot, ledger: Ledger) -> None:
    add_supplier(ledger)  # a letter goes to any card: customers, suppliers, employees
    editor = letter_editor(qtbot, ledger, doc_type=DocumentType.LETTER)
    assert editor.letter_fields.isVisibleTo(editor)
    assert not editor.table.isVisibleTo(editor) and not editor.totals.isVisibleTo(editor)
    assert not editor.due.isVisibleTo(editor) and not editor.reference.isVisibleTo(editor)
    assert editor.lines.rowCount() == 0
    assert editor.windowTitle() == "Customer letter"


def test_a_letter_is_saved_approved_and_printed_with_its_paragraphs_and_list(
    qtbot: QtBot, ledger: Ledger
) -> None:
    party = add_supplier(ledger)
    editor = letter_editor(qtbot, ledger, doc_type=DocumentType.LETTER)
    editor.choose_save_option(SAVE)
    write_letter(editor)
    editor.save()
    qtbot.waitUntil(lambda: editor.document is not None, timeout=30_000)
    assert editor.document is not None and editor.document.state is DocumentState.DRAFT
    saved = ledger.document(editor.document.id or 0)
    assert saved.letter == Letter("Our new address", BODY, "Kind regards", "Anna Kask")
    assert saved.lines == () and saved.party_id == party.id

    editor.post_button.click()
    qtbot.waitUntil(
        lambda: editor.document is not None and editor.document.is_posted, timeout=30_000
    )
    assert editor.document.display_number == "LET-1"
    assert not editor.letter_fields.subject.isEnabled() or editor.letter_fields.subject.isReadOnly()
    assert not editor.letter_fields.signer.isEnabled()

    copy = print_document(ledger, editor.document.id or 0)
    text = pdf_text(copy.pdf)
    for words in (
        "Our new address",
        "Dear Mr Müller,",
        "from 1 February our office moves to a new address.",
        "invoices come from billing@example.com",
        "the bank account stays the same",
        "Kind regards",
        "Anna Kask",
        "Jörg Müller GmbH",
    ):
        assert words in text
    assert text.count("•") == 2  # the two items of the list, each with its bullet
    assert "- invoices" not in text


def test_an_empty_letter_is_kept_as_a_draft_and_says_what_it_lacks(
    qtbot: QtBot, ledger: Ledger
) -> None:
    add_supplier(ledger)
    editor = letter_editor(qtbot, ledger, doc_type=DocumentType.LETTER)
    editor.post_button.click()
    qtbot.waitUntil(lambda: bool(editor.problems.text()), timeout=30_000)
    assert editor.document is not None and not editor.document.is_posted
    assert "header" in editor.problems.text().lower()


def test_the_signer_is_chosen_from_the_users_and_a_new_letter_is_signed_by_its_writer(
    qtbot: QtBot, ledger: Ledger
) -> None:
    add_supplier(ledger)
    admin = users.session(ledger)
    users.add_user(ledger, User("kati", "Kati Saar", rights=frozenset(Right)), by=admin)
    users.add_user(ledger, User("anna", "Anna Kask", rights=frozenset(Right)), by=admin)
    anna = next(u for u in users.users(ledger, admin) if u.login == "anna")
    context = AppContext(ledger, Runner(), session=SignedIn(anna))
    editor = DocumentEditor(context, doc_type=DocumentType.LETTER)
    qtbot.addWidget(editor)
    signer = editor.letter_fields.signer
    qtbot.waitUntil(  # the users load in the background, then the writer is chosen
        lambda: signer.count() >= 2 and signer.currentText() == "Anna Kask", timeout=30_000
    )
    names = [signer.itemText(i) for i in range(signer.count())]
    assert "Anna Kask" in names and "Kati Saar" in names

    unsigned = Letter("Opening hours", "We open at 9.")
    qtbot.waitUntil(lambda: editor.party.currentData() is not None, timeout=30_000)
    party_id = editor.party.currentData()
    saved = ledger.save_draft(
        Document(DocumentType.LETTER, party_id, dt.date.today(), "EUR", letter=unsigned)
    )
    kept = DocumentEditor(context, saved)
    qtbot.addWidget(kept)
    qtbot.waitUntil(lambda: kept.letter_fields.signer.count() >= 2, timeout=30_000)
    assert kept.letter_fields.signer.currentText() == ""  # a saved letter keeps its own


@pytest.fixture
def mailing_ledger(ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[Ledger]:
    s = smtp_server.settings()
    assert settings_service.save(ledger, {
        "smtp.host": s.host, "smtp.port": s.port, "smtp.security": s.security.value,
        "smtp.user": s.user, "smtp.ca_file": s.ca_file,
        "smtp.from_address": "billing@example.com"}) == []  # fmt: skip
    with memory_keyring():
        smtp = settings_service.smtp_settings(ledger)
        assert smtp is not None
        mail_account.save_password(ledger, smtp, TEST_PASSWORD)
        yield ledger


def test_an_approved_letter_is_mailed_with_its_header_as_the_subject(
    qtbot: QtBot, mailing_ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    add_supplier(mailing_ledger)
    editor = letter_editor(qtbot, mailing_ledger, doc_type=DocumentType.LETTER)
    write_letter(editor)
    assert not editor.mail_button.isEnabled()  # only an approved letter is sent
    editor.post_button.click()
    qtbot.waitUntil(
        lambda: editor.document is not None and editor.document.is_posted, timeout=30_000
    )
    assert editor.mail_button.isEnabled()
    with qtbot.waitSignal(editor.send_requested, timeout=30_000) as asked:
        editor.mail_button.click()
    delivery = BackgroundDelivery(mailing_ledger, editor.context.smtp_password)
    dialog = SendDialog(editor.context, asked.args[0], delivery=delivery)
    qtbot.addWidget(dialog)
    delivery.start()
    try:
        qtbot.waitUntil(dialog.send_button.isEnabled, timeout=30_000)
        assert dialog.subject.text() == "Our new address"
        assert "joerg@example.de" in dialog.to.text()
        dialog.send_button.click()
        qtbot.waitUntil(lambda: len(smtp_server.received) == 1, timeout=30_000)
    finally:
        delivery.stop()
    message = email.message_from_bytes(smtp_server.received[0].data, policy=email.policy.default)
    assert message["Subject"] == "Our new address"
    (pdf,) = list(message.iter_attachments())
    assert "Our new address" in pdf_text(pdf.get_content())


def test_a_letter_written_in_another_language_prints_and_mails_in_it(
    qtbot: QtBot, ledger: Ledger
) -> None:
    add_supplier(ledger)  # an English card
    editor = letter_editor(qtbot, ledger, doc_type=DocumentType.LETTER)
    write_letter(editor)
    fields = editor.letter_fields
    assert fields.language.currentData() == ""  # the party's, unless another is chosen
    fields.language.setCurrentIndex(fields.language.findData("de"))
    editor.post_button.click()
    qtbot.waitUntil(
        lambda: editor.document is not None and editor.document.is_posted, timeout=30_000
    )
    document = ledger.document(editor.document.id or 0)
    assert document.letter is not None and document.letter.language == "de"
    assert ledger.check() == []  # its fingerprint counts the language

    copy = print_document(ledger, document.id or 0)
    assert copy.stored and copy.language == "de" and copy.file_name.startswith("Brief")
    assert "Datum" in pdf_text(copy.pdf)
    english = print_document(ledger, document.id or 0, language="en")
    assert not english.stored and "Date" in pdf_text(english.pdf)
    form = send_form.load(ledger, SendRequest(document_id=document.id))
    assert form.preflight.language == "de" and form.preflight.subject == "Our new address"

    again = letter_editor(qtbot, ledger, document=document)
    assert again.letter_fields.language.currentData() == "de"
    assert not again.letter_fields.language.isEnabled()
