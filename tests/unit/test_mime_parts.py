"""Text attachments carry the charset their bytes are in: read back with the stdlib parser."""

from __future__ import annotations

import binascii
import codecs
import datetime as dt
import email
import email.policy
from email.message import EmailMessage

import pytest

from ledgerpost.domain.addresses import Mailbox, parse_entry
from ledgerpost.domain.message import Attachment, OutgoingMessage
from ledgerpost.mail.compose import compose, message_size
from ledgerpost.mail.mime_parts import (
    base64_lines,
    encode_attachment,
    part_size,
    text_charset,
    text_part,
)

CSV = "Arve;Klient;Summa\nINV-17;Jüri Õunapuu OÜ;1 234,50 €\nСчёт-3;Пётр;99,00 ₽\n"


def box(text: str) -> Mailbox:
    parsed = parse_entry(text)
    assert isinstance(parsed, Mailbox), parsed
    return parsed


MESSAGE = OutgoingMessage(
    sender=box("arved@naide.ee"),
    to=(box("mari@example.com"),),
    subject="Arved",
    message_id="<4f2a9c@naide.ee>",
    date=dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC),
    body="Tere!",
)


def sent_back(item: Attachment) -> EmailMessage:
    raw = compose(MESSAGE, [item], cache=None)
    assert len(raw) == message_size(MESSAGE, [item])
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    (found,) = parsed.iter_attachments()
    assert isinstance(found, EmailMessage)
    assert found.get_filename() == item.filename
    assert found.get_payload(decode=True) == item.data  # byte for byte, whatever the type
    return found


@pytest.mark.parametrize(
    ("filename", "content_type"), [("arved.csv", "text/csv"), ("loe mind.txt", "text/plain")]
)
def test_a_utf8_text_file_says_utf8_and_reads_back_as_written(
    filename: str, content_type: str
) -> None:
    found = sent_back(Attachment(filename, content_type, CSV.encode("utf-8")))
    assert found.get_content_type() == content_type
    assert found.get_content_charset() == "utf-8"
    assert found.get_content() == CSV


def test_a_utf8_byte_order_mark_is_utf8_too() -> None:
    data = codecs.BOM_UTF8 + CSV.encode("utf-8")
    found = sent_back(Attachment("excel.csv", "text/csv", data))
    assert found.get_content_charset() == "utf-8"
    assert found.get_content().lstrip("\ufeff") == CSV


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_after_its_byte_order_mark(encoding: str) -> None:
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    found = sent_back(Attachment("unicode.txt", "text/plain", bom + CSV.encode(encoding)))
    assert found.get_content_charset() == "utf-16"
    assert found.get_content() == CSV


@pytest.mark.parametrize("encoding", ["cp1252", "cp1251", "iso-8859-13"])
def test_an_eight_bit_file_goes_unchanged_as_octet_stream(encoding: str) -> None:
    text = {"cp1251": "Счёт;Пётр;99,00\n", "iso-8859-13": "Arve;Õunapuu;šokolaad\n"}
    data = text.get(encoding, "Rechnung;Müller;1.234,50 €\n").encode(encoding)
    assert text_charset(data) is None  # every byte decodes in each of them: no guess
    found = sent_back(Attachment("export.csv", "text/csv", data))
    assert found.get_content_type() == "application/octet-stream"
    assert found.get_content_charset() is None


def test_nul_bytes_are_not_text() -> None:
    assert text_charset(b"PK\x03\x04\x00\x00") is None
    assert text_charset(codecs.BOM_UTF32_LE + "a".encode("utf-32-le")) is None
    assert text_charset(b"") == "utf-8"


def test_other_types_keep_their_type_and_get_no_charset() -> None:
    found = sent_back(Attachment("INV-17.pdf", "application/pdf", b"%PDF-1.4\n" + bytes(300)))
    assert found.get_content_type() == "application/pdf"
    assert found.get_content_charset() is None


def test_the_measured_part_is_the_written_part() -> None:
    for data in (CSV.encode("utf-8"), CSV.encode("cp1251", "replace"), bytes(1000)):
        item = Attachment("a.csv", "text/csv", data)
        assert part_size(item) == len(encode_attachment(item))


@pytest.mark.parametrize(
    "text",
    [
        "Tere, arve on lisatud. Tänan ja ilusat päeva!\n" * 3,  # mostly ASCII: quoted-printable
        "Здравствуйте! Счёт во вложении. Спасибо!\n" * 3,  # mostly Cyrillic: base64
        "مرحبا، الفاتورة مرفقة.\n",
        "x" * 200 + "\n",  # a line too long for 7bit
    ],
)
def test_a_text_part_is_the_shorter_encoding_and_reads_back(text: str) -> None:
    data = text.encode("utf-8")
    quoted = binascii.b2a_qp(data, istext=True).replace(b"\n", b"\r\n")
    based = base64_lines(data)
    part = text_part("plain", text, "et")
    head, body = part.split(b"\r\n\r\n", 1)
    expected = "quoted-printable" if len(quoted) <= len(based) else "base64"
    assert f"Content-Transfer-Encoding: {expected}".encode() in head
    assert body == (quoted if expected == "quoted-printable" else based)
    parsed = email.message_from_bytes(part, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    assert parsed.get_content().replace("\r\n", "\n") == text
