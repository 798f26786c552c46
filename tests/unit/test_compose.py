"""The MIME composer: read back with the stdlib parser, header by header and part by part."""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import random
import re
from dataclasses import replace
from email.header import decode_header, make_header
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerpost.domain.addresses import Mailbox, parse_entry
from ledgerpost.domain.message import Attachment, OutgoingMessage
from ledgerpost.i18n.problems import render
from ledgerpost.mail.compose import (
    DEFAULT_SIZE_LIMIT,
    MB,
    ComposeError,
    PartCache,
    base64_lines,
    check_message,
    compose,
    compose_parts,
    date_line,
    encode_attachment,
    message_size,
    size_problem,
    with_lines,
)
from ledgerpost.mail.wire import WireReady, data_for_wire


def box(text: str) -> Mailbox:
    parsed = parse_entry(text)
    assert isinstance(parsed, Mailbox), parsed
    return parsed


def pdf(size: int = 48 * 1024, seed: int = 7) -> bytes:
    noise = random.Random(seed).randbytes(size - 9)
    return b"%PDF-1.4\n" + noise


PDF = pdf()
PRINT_COPY = Attachment("INV-17.pdf", "application/pdf", PDF, hashlib.sha256(PDF).hexdigest())


def message(**changes: object) -> OutgoingMessage:
    base = OutgoingMessage(
        sender=box('"Näide OÜ" <arved@naide.ee>'),
        to=(box("Jörg Müller <joerg@example.de>"),),
        cc=(box("Пётр Иванов <petr@example.ru>"),),
        bcc=(box("archive@naide.ee"), box("Boss <boss@naide.ee>")),
        reply_to=box("Raamatupidamine <raamat@naide.ee>"),
        subject="Rechnung INV-17 für Müller",
        message_id="<4f2a9c@naide.ee>",
        date=dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC),
        note="Bitte beachten Sie die neue Bankverbindung.",
        body="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung.",
        greeting="Mit freundlichen Grüßen",
        signature="Näide OÜ",
        language="de",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def parse(raw: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def text_of(parsed: EmailMessage, subtype: str) -> str:
    part = parsed.get_body(preferencelist=(subtype,))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


def test_headers_are_present_and_right() -> None:
    parsed = parse(compose(message(), [PRINT_COPY]))
    assert parsed["From"].addresses[0].display_name == "Näide OÜ"
    assert parsed["From"].addresses[0].addr_spec == "arved@naide.ee"
    assert [a.addr_spec for a in parsed["To"].addresses] == ["joerg@example.de"]
    assert parsed["To"].addresses[0].display_name == "Jörg Müller"
    assert parsed["Cc"].addresses[0].display_name == "Пётр Иванов"
    assert parsed["Reply-To"].addresses[0].addr_spec == "raamat@naide.ee"
    assert parsed["Subject"] == "Rechnung INV-17 für Müller"
    assert parsed["Message-ID"] == "<4f2a9c@naide.ee>"
    assert parsed["MIME-Version"] == "1.0"
    assert parsed["Date"].datetime == dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
    assert parsed.get_content_type() == "multipart/mixed"
    assert "Auto-Submitted" not in parsed
    assert parsed.defects == []


def test_bcc_is_in_the_envelope_and_nowhere_in_the_bytes() -> None:
    outgoing = message()
    raw = compose(outgoing, [PRINT_COPY])
    assert [m.address for m in outgoing.recipients] == [
        "joerg@example.de",
        "petr@example.ru",
        "archive@naide.ee",
        "boss@naide.ee",
    ]
    assert re.search(rb"(?im)^bcc", raw) is None
    assert b"archive@naide.ee" not in raw and b"boss@naide.ee" not in raw
    parsed = parse(raw)
    assert "Bcc" not in parsed
    assert not any("Boss" in str(value) for value in parsed.values())


def test_a_bcc_only_message_has_undisclosed_recipients() -> None:
    parsed = parse(compose(message(to=(), cc=()), []))
    assert parsed["To"].groups[0].display_name == "undisclosed-recipients"
    assert parsed["To"].addresses == ()


@pytest.mark.parametrize(
    ("language", "name", "subject", "filename"),
    [
        ("de", "Jörg Müller-Lüdenscheidt", "Rechnung Nr. 17 – Grüße", "Rechnung Müller Ä.pdf"),
        ("ru", "Общество «Ромашка»", "Счёт № 17 от 23.11.2026", "Счёт №17.pdf"),
        ("ar", "شركة الأمل للتجارة", "فاتورة رقم 17", "فاتورة 17.pdf"),
    ],
)
def test_non_ascii_names_subjects_and_file_names_survive(
    language: str, name: str, subject: str, filename: str
) -> None:
    outgoing = message(
        to=(Mailbox("kunde", "example.com", name),), subject=subject, language=language
    )
    attachment = Attachment(filename, "application/pdf", PDF, PRINT_COPY.sha256)
    raw = compose(outgoing, [attachment])
    assert raw.isascii()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    parsed = parse(raw)
    assert parsed["To"].addresses[0].display_name == name
    assert parsed["Subject"] == subject
    (found,) = parsed.iter_attachments()
    assert found.get_filename() == filename
    assert found.get_content() == PDF
    assert found.get_content_type() == "application/pdf"


def test_arabic_html_is_right_to_left_and_says_its_language() -> None:
    parsed = parse(compose(message(language="ar", body="تحية طيبة وبعد،"), [PRINT_COPY]))
    page = text_of(parsed, "html")
    assert '<html lang="ar" dir="rtl">' in page
    assert '<body dir="rtl">' in page
    assert "تحية طيبة وبعد،" in page
    german = text_of(parse(compose(message(), [])), "html")
    assert 'lang="de" dir="ltr"' in german


def test_the_note_comes_first_then_body_greeting_and_signature() -> None:
    parsed = parse(compose(message(), [PRINT_COPY]))
    for subtype in ("plain", "html"):
        text = text_of(parsed, subtype)
        order = [
            text.index("Bitte beachten Sie die neue Bankverbindung."),
            text.index("anbei erhalten Sie unsere Rechnung."),
            text.index("Mit freundlichen Grüßen"),
            text.rindex("Näide OÜ"),
        ]
        assert order == sorted(order), subtype
    plain = text_of(parsed, "plain")
    assert "\n\n------------------------\n\n" in plain
    assert 'class="note"' in text_of(parsed, "html")


def test_html_escapes_what_people_typed() -> None:
    outgoing = message(note='<script>alert("x")</script> & co', body="A < B\n\nC > D")
    page = text_of(parse(compose(outgoing, [])), "html")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in page
    assert "<p>A &lt; B</p>" in page and "<p>C &gt; D</p>" in page


def test_without_a_note_there_is_no_note_block() -> None:
    parsed = parse(compose(message(note="  "), []))
    assert parsed.get_content_type() == "multipart/alternative"
    assert "------" not in text_of(parsed, "plain")
    assert 'class="note"' not in text_of(parsed, "html")


def test_attachment_bytes_are_identical_after_decoding() -> None:
    extra = Attachment("daten.bin", "application/octet-stream", bytes(range(256)) * 3)
    empty = Attachment("leer.txt", "text/plain", b"")
    parsed = parse(compose(message(), [PRINT_COPY, extra, empty]))
    found = list(parsed.iter_attachments())
    assert [a.get_filename() for a in found] == ["INV-17.pdf", "daten.bin", "leer.txt"]
    assert found[0].get_content() == PDF
    assert found[1].get_content() == extra.data
    assert found[2].get_payload(decode=True) == b""


def test_idna_domains_in_a_plain_message() -> None:
    outgoing = message(to=(box("Jörg <joerg@bücher.de>"),), sender=box("info@näide.ee"))
    assert not outgoing.needs_smtputf8
    raw = compose(outgoing, [])
    assert raw.isascii()
    parsed = parse(raw)
    assert parsed["To"].addresses[0].addr_spec == "joerg@xn--bcher-kva.de"
    assert parsed["From"].addresses[0].addr_spec == "info@xn--nide-loa.ee"


def test_a_utf8_mailbox_makes_an_smtputf8_message() -> None:
    outgoing = message(to=(box("Jörg <jörg@bücher.de>"),), subject="Grüße")
    assert outgoing.needs_smtputf8
    raw = compose(outgoing, [])
    assert "To: Jörg <jörg@bücher.de>".encode() in raw
    assert "Subject: Grüße".encode() in raw
    assert b"=?utf-8?" not in raw.split(b"\r\n\r\n")[0]
    # RFC 6532: the headers are UTF-8; the stdlib reads them as text.
    parsed = email.message_from_string(raw.decode("utf-8"), policy=email.policy.default)
    assert parsed["To"].addresses[0].addr_spec == "jörg@bücher.de"
    assert parsed["To"].addresses[0].display_name == "Jörg"
    assert parsed["Subject"] == "Grüße"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"subject": "Invoice\r\nBcc: victim@example.com"}, "subject"),
        ({"subject": "Invoice\nX-Injected: 1"}, "subject"),
        ({"subject_prefix": "[TEST]\r\nBcc: x@example.com"}, "subject"),
        ({"to": (Mailbox("a", "example.com", "Eve\r\nBcc: x@e.com"),)}, "to: 'a@example.com'"),
        ({"sender": Mailbox("a", "example.com", "Eve\nX: 1")}, "from: 'a@example.com'"),
        ({"reply_to": Mailbox("a", "example.com", "Eve\rX: 1")}, "reply-to: 'a@example.com'"),
        ({"cc": (Mailbox("a\r\nBcc: x", "example.com"),)}, "cc: 'a\\r\\nBcc: x@example.com'"),
        ({"message_id": "<a@b>\r\nBcc: x@example.com"}, "message-id"),
    ],
)
def test_header_injection_is_refused_naming_the_field(
    changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ComposeError) as caught:
        compose(message(**changes), [PRINT_COPY])
    assert [p.field for p in caught.value.problems] == [field]
    assert re.search("line break|on one line", str(caught.value))


def test_a_line_break_in_a_file_name_is_refused() -> None:
    bad = Attachment("a.pdf\r\nContent-Type: text/html", "application/pdf", b"x")
    with pytest.raises(ComposeError) as caught:
        compose(message(), [bad])
    (problem,) = caught.value.problems
    assert problem.code == "attachment-name-control"
    assert "The file name contains a line break" in str(caught.value)
    assert check_message(message(), [bad]) == [problem]


def test_cached_and_uncached_parts_are_byte_identical() -> None:
    cache = PartCache()
    outgoing = message()
    first = compose(outgoing, [PRINT_COPY], cache=cache)
    second = compose(outgoing, [PRINT_COPY], cache=cache)
    uncached = compose(outgoing, [PRINT_COPY], cache=None)
    assert first == second == uncached
    assert (cache.misses, cache.hits) == (1, 1)
    assert encode_attachment(PRINT_COPY) in uncached


def test_a_wrong_sha256_is_never_cached() -> None:
    cache = PartCache()
    lying = Attachment("INV-17.pdf", "application/pdf", b"other bytes", PRINT_COPY.sha256)
    compose(message(), [lying], cache=cache)
    parsed = parse(compose(message(), [PRINT_COPY], cache=cache))
    assert next(parsed.iter_attachments()).get_content() == PDF
    assert cache.hits == 0


def test_the_cache_stays_within_its_bounds() -> None:
    cache = PartCache(max_bytes=4 * 70_000, max_parts=3)
    for seed in range(6):
        data = pdf(48 * 1024, seed)
        item = Attachment(f"{seed}.pdf", "application/pdf", data, hashlib.sha256(data).hexdigest())
        cache.part(item)
    assert len(cache._parts) <= 3
    assert cache._bytes <= 4 * 70_000


def test_message_size_is_the_composed_size() -> None:
    items = [PRINT_COPY, Attachment("Счёт.pdf", "application/pdf", pdf(1000, 3))]
    assert message_size(message(), items) == len(compose(message(), items))
    assert message_size(message(), []) == len(compose(message(), []))


def test_size_check_names_the_size_and_the_limit() -> None:
    assert size_problem(DEFAULT_SIZE_LIMIT) is None
    problem = size_problem(DEFAULT_SIZE_LIMIT + MB)
    assert problem is not None
    assert problem.code == "message-too-large"
    assert "21.0 MB" in render(problem) and "usual limit of 20.0 MB" in render(problem)
    server = size_problem(11 * MB, server_limit=10 * MB)
    assert server is not None and "mail server's limit of 10.0 MB" in render(server)
    assert size_problem(5 * MB, server_limit=0) is None
    big = Attachment("big.pdf", "application/pdf", bytes(16 * MB))
    (found,) = check_message(message(), [big])
    assert found.code == "message-too-large"
    assert check_message(message(), [big], server_limit=30 * MB) == []


def test_the_test_prefix_goes_before_the_subject() -> None:
    prefixed = message(subject_prefix="[TEST to joerg@example.de] ")
    assert parse(compose(prefixed, []))["Subject"] == "[TEST to joerg@example.de] " + (
        "Rechnung INV-17 für Müller"
    )


def test_long_subjects_fold_and_come_back_whole() -> None:
    subject = "Rechnung " + " ".join(f"Position{i}" for i in range(40))
    raw = compose(message(subject=subject), [])
    head = raw.split(b"\r\n\r\n")[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 78
    assert parse(raw)["Subject"] == subject


def test_the_same_message_gives_the_same_bytes() -> None:
    assert compose(message(), [PRINT_COPY]) == compose(message(), [PRINT_COPY])


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

# Any text a person might type, including specials, quotes and encoded-word look-alikes.
_text = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from(' "\\=?<>,;:()\r\n\t'),
    min_size=1,
    max_size=120,
)


def _display_name(header_value: str, parsed_name: str) -> str:
    """The display name as RFC 2047 reads it.

    Python 3.11 keeps the space between two encoded words of one display name (CPython
    gh-128110, fixed later); real mail readers drop it, as the RFC says.
    """
    phrase = header_value.rsplit("<", 1)[0].strip()
    if phrase.startswith("=?"):
        return str(make_header(decode_header(phrase)))
    return parsed_name


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=_text, name=_text, filename=_text)
def test_any_text_composes_and_reads_back_exactly_or_is_refused(
    subject: str, name: str, filename: str
) -> None:
    outgoing = message(subject=subject, to=(Mailbox("kunde", "example.com", name),))
    item = Attachment(filename, "application/pdf", b"%PDF-1.4 tiny")
    try:
        raw = compose(outgoing, [item])
    except ComposeError as error:
        unfit = [t for t in (subject, name, filename) if CONTROL.search(t)]
        unfit += [filename] if not filename.strip() or len(filename.encode()) > 255 else []
        assert unfit, error
        assert all(render(p).endswith(".") for p in error.problems)
        return
    assert raw.isascii()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    parsed = parse(raw)
    assert parsed["Subject"] == subject
    to_value = raw.split(b"\r\nTo: ", 1)[1].split(b"\r\nCc: ", 1)[0].decode()
    to_value = to_value.replace("\r\n", "")
    assert _display_name(to_value, parsed["To"].addresses[0].display_name) == name
    assert parsed["To"].addresses[0].addr_spec == "kunde@example.com"
    (found,) = parsed.iter_attachments()
    assert found["Content-Disposition"].params["filename"] == filename.strip()
    # The older get_filename() also takes "<...>" and '"...."' off the decoded name.
    assert found.get_filename() == email.utils.collapse_rfc2231_value(filename.strip()).strip()
    assert found.get_content() == b"%PDF-1.4 tiny"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=_text, name=_text)
def test_any_text_round_trips_in_an_smtputf8_message(subject: str, name: str) -> None:
    outgoing = message(subject=subject, to=(Mailbox("jörg", "bücher.de", name),))
    try:
        raw = compose(outgoing, [])
    except ComposeError:
        assert CONTROL.search(subject) or CONTROL.search(name)
        return
    parsed = email.message_from_string(raw.decode("utf-8"), policy=email.policy.default)
    assert parsed["Subject"] == subject
    to_value = raw.decode().split("\r\nTo: ", 1)[1].split("\r\nCc: ", 1)[0].replace("\r\n", "")
    assert _display_name(to_value, parsed["To"].addresses[0].display_name) == name
    assert parsed["To"].addresses[0].addr_spec == "jörg@bücher.de"


def test_text_keeps_tabs_and_line_breaks_but_refuses_null_and_lone_surrogates() -> None:
    plain = text_of(parse(compose(message(note="a\tb\r\nc"), [])), "plain")
    assert plain.startswith("a\tb\nc\n")
    with pytest.raises(ComposeError, match="null character"):
        compose(message(body="a\x00b"), [])
    with pytest.raises(ComposeError, match="cannot be written"):
        compose(message(signature="\udcff"), [])


@given(st.binary(max_size=400))
def test_base64_lines_are_those_of_the_standard_library_with_crlf(data: bytes) -> None:
    assert base64_lines(data) == base64.encodebytes(data).replace(b"\n", b"\r\n")


@pytest.mark.parametrize("size", [0, 1, 56, 57, 58, 114, 46_157, 1_000_000])
def test_base64_lines_of_a_whole_print_copy(size: int) -> None:
    data = random.Random(size).randbytes(size)
    encoded = base64_lines(data)
    assert encoded == base64.encodebytes(data).replace(b"\n", b"\r\n")
    assert all(len(line) <= 76 for line in encoded.split(b"\r\n"))
    assert base64.b64decode(encoded) == data


def test_a_print_copy_cut_out_of_a_message_goes_back_in_byte_for_byte() -> None:
    pdf = random.Random(5).randbytes(46_157)
    extra = random.Random(6).randbytes(3_000)
    attachments = [
        Attachment("Arve 2026-0001.pdf", "application/pdf", pdf),
        Attachment("terms.pdf", "application/pdf", extra),
    ]
    composed = compose_parts(message(), attachments, cache=None)
    assert composed.mime == compose(message(), attachments, cache=None)
    for index, data in enumerate((pdf, extra)):
        kept, at = composed.without(index, len(data))
        assert len(kept) == len(composed.mime) - len(base64_lines(data))
        assert composed.mime[at : at + 76] == base64_lines(data)[:76]
        assert with_lines(kept, at, data) == composed.mime
        # Ready for the wire as the composed message was: only the kept bytes looked through.
        assert isinstance(with_lines(kept, at, data), WireReady)
    parsed = email.message_from_bytes(composed.mime, policy=email.policy.default)
    assert [p.get_content() for p in parsed.iter_attachments()] == [pdf, extra]


def test_a_message_put_back_together_with_a_dot_line_is_looked_through_as_it_is_sent() -> None:
    pdf = random.Random(7).randbytes(9_000)
    plain = message(note="", greeting="Regards", signature="Naide OU", body=".hidden\nline")
    composed = compose_parts(plain, [Attachment("a.pdf", "application/pdf", pdf)], cache=None)
    kept, at = composed.without(0, len(pdf))
    whole = with_lines(kept, at, pdf)
    assert whole == composed.mime and not isinstance(whole, WireReady)
    assert b"\r\n..hidden" in data_for_wire(whole)


def test_a_message_composed_undated_is_the_dated_one_less_its_date_line() -> None:
    dated = compose_parts(message(), [SMALL_COPY], cache=None)
    undated = compose_parts(message(), [SMALL_COPY], cache=None, dated=False)
    line = date_line(message().date).encode()
    assert line == b"Date: Mon, 23 Nov 2026 09:30:00 +0000\r\n"
    assert dated.mime == line + undated.mime and undated.mime.startswith(b"From: ")
    assert [at - len(line) for at in dated.bodies] == list(undated.bodies)


def test_a_message_without_attachments_has_no_bodies_to_cut() -> None:
    assert compose_parts(message()).bodies == ()


SMALL_COPY = Attachment("Rechnung INV-17.pdf", "application/pdf", random.Random(9).randbytes(5_000))


def test_a_composed_message_goes_after_data_as_it_is() -> None:
    composed = compose(message(), [SMALL_COPY])
    assert isinstance(composed, WireReady)
    assert data_for_wire(composed) == data_for_wire(bytes(composed)) == composed + b".\r\n"


def test_a_line_starting_with_a_dot_is_still_stuffed() -> None:
    """In a 7bit text part (plain ASCII, short lines) the dot stays: the transport stuffs it."""
    plain = message(note="", greeting="Regards", signature="Naide OU", body=".hidden line\nand")
    composed = compose(plain, [SMALL_COPY])
    assert b"Content-Transfer-Encoding: 7bit" in composed
    assert not isinstance(composed, WireReady)
    assert b"\r\n..hidden line" in data_for_wire(composed)


def test_a_quoted_printable_line_never_starts_with_a_dot() -> None:
    """Quoted-printable writes a leading dot as =2E (a soft line break often puts one there):
    the message then goes as it is, and reads the same."""
    body = "Rechnung über 151,89 EUR" + " x" * 24 + ". Bitte zahlen.\n.hidden line"
    composed = compose(message(body=body), [SMALL_COPY])
    assert isinstance(composed, WireReady)
    assert b"\n." not in composed and b"\r\n=2E" in composed
    assert all(len(line) <= 76 for line in composed.split(b"\r\n"))
    assert body in text_of(parse(composed), "plain")


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    note=st.text(alphabet=st.sampled_from(".\r\n a=ü\t-"), max_size=40),
    body=st.text(alphabet=st.sampled_from(".\r\n b=ö\t"), max_size=40),
)
def test_what_goes_after_data_never_depends_on_the_shortcut(note: str, body: str) -> None:
    composed = compose(message(note=note, body=body), [SMALL_COPY])
    assert data_for_wire(composed) == data_for_wire(bytes(composed))


def test_bytes_put_back_together_without_a_final_line_end_are_looked_through() -> None:
    """Ready for the wire means a CRLF at the end too: the final dot goes right behind it."""
    kept = b"From: a@example.com\r\n\r\nbefore\r\n"
    whole = with_lines(kept + b"--end--", len(kept), b"0123456789")
    assert not isinstance(whole, WireReady)
    assert data_for_wire(whole).endswith(b"--end--\r\n.\r\n")
    assert isinstance(with_lines(kept + b"--end--\r\n", len(kept), b"0123456789"), WireReady)
