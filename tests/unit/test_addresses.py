import pytest

from ledgerpost.domain.addresses import (
    Field,
    Mailbox,
    entry_bounds,
    parse_entry,
    parse_list,
    split_list,
)


def test_lists_split_on_commas_and_semicolons_but_not_inside_names() -> None:
    text = '"Müller, Jörg" <j@example.de>, anna@example.com; bob@example.org ;; '
    assert split_list(text) == [
        '"Müller, Jörg" <j@example.de>',
        "anna@example.com",
        "bob@example.org",
    ]
    parsed = parse_list(text)
    assert parsed.ok
    assert [str(m) for m in parsed.mailboxes] == [
        '"Müller, Jörg" <j@example.de>',
        "anna@example.com",
        "bob@example.org",
    ]
    assert parsed.mailboxes[0].name == "Müller, Jörg"


def test_bare_display_names_and_duplicates() -> None:
    parsed = parse_list("Mari Tamm <Mari@Example.COM>, mari@example.com")
    assert parsed.mailboxes == (Mailbox("Mari", "example.com", "Mari Tamm"),)


def test_international_domains_and_utf8_mailboxes() -> None:
    box = parse_entry("jörg.müller@bücher.example")
    assert isinstance(box, Mailbox)
    assert box.needs_smtputf8
    assert box.ascii_domain == "xn--bcher-kva.example"
    ascii_box = parse_entry("anna@bücher.example")
    assert isinstance(ascii_box, Mailbox) and not ascii_box.needs_smtputf8
    arabic = parse_entry("محمد <mohammed@example.com>")
    assert isinstance(arabic, Mailbox) and arabic.name == "محمد"


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        ("ivan.petrov example.com", "space"),
        ("anna@@example.org", "many-at"),
        ("anna.example.org", "no-at"),
        ("@example.org", "no-local"),
        ("anna@", "no-domain"),
        ("info@example.com.", "domain-dot-end"),
        ("x@localhost", "domain-no-dot"),
        ("x@example..com", "domain-dots"),
        ("x@-example.com", "domain-part"),
        ("x@example.123", "domain-number"),
        (".anna@example.com", "local-chars"),
        ("an(na@example.com", "local-chars"),
        ("Anna <anna@example.com", "brackets"),
        ("a" * 65 + "@example.com", "local-long"),
        ("anna@example.com\r\nBcc: spy@example.net", "control"),
    ],
)
def test_each_problem_names_the_address_and_the_reason(entry: str, code: str) -> None:
    found = parse_entry(entry, Field.CC)
    assert not isinstance(found, Mailbox)
    assert found.code == code
    assert found.field.startswith("cc: ")
    assert "\n" not in found.field and "\r" not in found.field


def test_all_problems_come_back_at_once_next_to_the_good_addresses() -> None:
    parsed = parse_list("good@example.com; bad example.com; also@@bad.org, fine@example.net")
    assert [m.address for m in parsed.mailboxes] == ["good@example.com", "fine@example.net"]
    assert [p.code for p in parsed.problems] == ["space", "many-at"]
    assert not parsed.ok


def test_the_entry_under_a_cursor_is_one_that_split_list_gives() -> None:
    first = '"Tamm \\"Mari, Jr\\"" <mari@example.com>'
    text = f'{first}; "Kask, Jaan" <jaan@example.com>'
    entries = split_list(text)
    assert entries == [first, '"Kask, Jaan" <jaan@example.com>']
    for cursor in range(len(text) + 1):
        start, end = entry_bounds(text, cursor)
        assert start <= cursor <= end
        assert text[start:end].strip() in entries
    assert entry_bounds(text, first.index("Jr")) == (0, len(first))


def test_the_character_classes_are_atext_and_label_characters_over_all_of_unicode() -> None:
    """The classes are written as what they leave out: the same sets as RFC 5322's atext and a
    label's letters, digits and hyphen, each widened to every non-ASCII character."""
    import re

    from ledgerpost.domain import addresses

    ascii_atext = set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-"
    )
    letters_digits = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    atext = re.compile(addresses._ATEXT)
    end = re.compile(addresses._LABEL_END)
    inner = re.compile(addresses._LABEL_INNER)
    for code in range(0x110000):
        char = chr(code)
        wide = code >= 0x80
        assert bool(atext.fullmatch(char)) == (wide or char in ascii_atext), hex(code)
        assert bool(end.fullmatch(char)) == (wide or char in letters_digits), hex(code)
        assert bool(inner.fullmatch(char)) == (wide or char in letters_digits | {"-"}), hex(code)
