"""Stored MIME bytes read back as a person sees them: headers, text, attachments."""

from __future__ import annotations

from email.message import EmailMessage

from ledgerpost.services.outbox_view import read_message


def test_headers_text_and_attachments_are_decoded() -> None:
    message = EmailMessage()
    message["From"] = "Müller GmbH <billing@example.com>"
    message["To"] = "jörg@example.de"
    message["Subject"] = "Rechnung INV-7 – Müller"
    message.set_content("Guten Tag,\nanbei die Rechnung.\n")
    message.add_alternative("<p>Guten Tag</p>", subtype="html")
    message.add_attachment(
        b"%PDF-1.4 " + b"x" * 2000,
        maintype="application",
        subtype="pdf",
        filename="Rechnung INV-7.pdf",
    )
    view = read_message(7, message.as_bytes())
    assert view.header("subject") == "Rechnung INV-7 – Müller"
    assert view.header("From") == "Müller GmbH <billing@example.com>"
    assert view.header("Bcc") == ""
    assert view.text == "Guten Tag,\nanbei die Rechnung.\n"
    assert [(a.name, a.content_type, a.size) for a in view.attachments] == [
        ("Rechnung INV-7.pdf", "application/pdf", 2009)
    ]


def test_a_message_with_only_html_shows_its_html() -> None:
    message = EmailMessage()
    message["Subject"] = "Hi"
    message.set_content("<p>Hi</p>", subtype="html")
    view = read_message(1, message.as_bytes())
    assert view.text == "<p>Hi</p>\n" and view.attachments == ()
