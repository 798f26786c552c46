"""Modified UTF-7 folder names, with the examples of RFC 3501 §5.1.3."""

from __future__ import annotations

import pytest

from ledgerpost.mail import imap_utf7
from ledgerpost.mail.imap_session import quoted

CASES = [
    ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),  # the RFC's example
    ("&", "&-"),
    ("Tom & Jerry", "Tom &- Jerry"),
    ("INBOX", "INBOX"),
    ("Отчёты", "&BB4EQgRHBFEEQgRL-"),
    ("Zustellberichte/Ä", "Zustellberichte/&AMQ-"),
    ("Entwürfe", "Entw&APw-rfe"),
    ("😀", "&2D3eAA-"),  # outside the BMP: a surrogate pair
]


@pytest.mark.parametrize(("name", "wire"), CASES)
def test_encode_and_decode_are_each_others_inverse(name: str, wire: str) -> None:
    assert imap_utf7.encode(name) == wire
    assert imap_utf7.decode(wire) == name


def test_the_rfcs_unshortened_form_is_not_used_but_still_read() -> None:
    # "&Jjo!" is the RFC's example of an illegal form; a stray "&" without "-" is kept.
    assert imap_utf7.decode("&Jjo!") == "&Jjo!"
    assert imap_utf7.decode("&U,BTF2XlZyyKng-") == "台北日本語"


def test_a_folder_name_is_quoted_in_modified_utf7() -> None:
    assert quoted("Отчёты") == '"&BB4EQgRHBFEEQgRL-"'
    assert quoted('a"b') == '"a\\"b"'
