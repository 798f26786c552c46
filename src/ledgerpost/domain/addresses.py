"""Email address lists as people type them, and every problem with them, per address.

Lists accept ``,`` or ``;`` between addresses, display names (``"Müller, Jörg" <j@example.de>``),
internationalised domains and UTF-8 mailboxes (which need a server offering SMTPUTF8).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import StrEnum

from ledgerpost.domain.problems import Problem

MAX_ADDRESS = 254
MAX_LOCAL = 64
MAX_LABEL = 63

# RFC 5322 atext, widened to any non-ASCII character for RFC 6531 mailboxes; written as what
# it leaves out (the ASCII specials, space and controls): the same set, and a range up to
# U+10FFFF written out costs the regular-expression compiler some 20 ms at every start.
_ATEXT = r'[^\x00-\x20"(),.:;<>@\[\\\]\x7f]'
_DOT_ATOM = re.compile(rf"{_ATEXT}+(\.{_ATEXT}+)*")
# A domain label: letters, digits and any non-ASCII character, with hyphens inside.
_LABEL_END = r"[^\x00-\x2f:-@\[-\x60{-\x7f]"
_LABEL_INNER = r"[^\x00-\x2c./:-@\[-\x60{-\x7f]"  # the same and "-"
_LABEL = re.compile(rf"{_LABEL_END}({_LABEL_INNER}*{_LABEL_END})?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class Field(StrEnum):
    TO = "to"
    CC = "cc"
    BCC = "bcc"
    REPLY_TO = "reply-to"
    FROM = "from"


@dataclass(frozen=True, slots=True)
class Mailbox:
    """One checked address: ``local@domain`` with an optional display name."""

    local: str
    domain: str
    name: str = ""

    @property
    def address(self) -> str:
        return f"{self.local}@{self.domain}"

    @property
    def ascii_domain(self) -> str:
        """The domain as DNS and SMTP see it (IDNA, ``xn--``)."""
        return to_ascii_domain(self.domain)

    @property
    def needs_smtputf8(self) -> bool:
        """A non-ASCII mailbox can only travel through a server that offers SMTPUTF8."""
        return not self.local.isascii()

    def __str__(self) -> str:
        if not self.name:
            return self.address
        return f"{quote_name(self.name)} <{self.address}>"


def quote_name(name: str) -> str:
    """A display name as it may stand before ``<address>``; quoted when it has specials."""
    if re.fullmatch(r"[\w .'\-]+", name) and not name.startswith(" "):
        return name
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_ascii_domain(domain: str) -> str:
    if domain.isascii():
        return domain.lower()
    return domain.encode("idna").decode("ascii").lower()


@dataclass(frozen=True, slots=True)
class AddressList:
    """What a To, CC or BCC field holds once read: good mailboxes and what is wrong."""

    mailboxes: tuple[Mailbox, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def separators(text: str) -> list[int]:
    """Where ``text`` is split into entries: each ``,`` or ``;`` outside quotes (where ``\\"``
    is a quote inside the quoted string) and outside angle brackets."""
    found: list[int] = []
    quoted = escaped = False
    angle = 0
    for i, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == "\\" and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif not quoted and ch == "<":
            angle += 1
        elif not quoted and ch == ">" and angle:
            angle -= 1
        elif not quoted and not angle and ch in ",;":
            found.append(i)
    return found


def split_list(text: str) -> list[str]:
    """The entries of a list, split at its :func:`separators`."""
    bounds = [-1, *separators(text), len(text)]
    entries = (text[start + 1 : end] for start, end in itertools.pairwise(bounds))
    return [e.strip() for e in entries if e.strip()]


def entry_bounds(text: str, cursor: int) -> tuple[int, int]:
    """Start and end of the entry that the position ``cursor`` is in (split as
    :func:`split_list` splits; the separators are outside)."""
    start, end = 0, len(text)
    for i in separators(text):
        if i < cursor:
            start = i + 1
        else:
            end = i
            break
    return start, end


def _problem(field: Field, entry: str, code: str, **params: str | int) -> Problem:
    return Problem.of(code, f"{field.value}: {entry}", **params)


def parse_entry(entry: str, field: Field = Field.TO) -> Mailbox | Problem:
    """One address as typed, with or without a display name."""
    if _CONTROL.search(entry):
        return _problem(
            field,
            entry.replace("\r", "\\r").replace("\n", "\\n"),
            "control",
        )
    name = ""
    spec = entry
    match = re.fullmatch(r'\s*(?P<name>"(?:[^"\\]|\\.)*"|[^<>"]*?)\s*<(?P<spec>[^<>]*)>\s*', entry)
    if match:
        raw_name = match.group("name").strip()
        if raw_name.startswith('"'):
            raw_name = re.sub(r"\\(.)", r"\1", raw_name[1:-1])
        name = raw_name.strip()
        spec = match.group("spec").strip()
    elif "<" in entry or ">" in entry:
        return _problem(field, entry, "brackets")
    return _parse_spec(spec, name, field, entry)


def _shape_problem(spec: str, field: Field, entry: str) -> Problem | None:
    """What is wrong with the shape of ``local@domain``, if anything."""
    if " " in spec:
        return _problem(field, entry, "space")
    if "@" not in spec:
        return _problem(field, entry, "no-at")
    if spec.count("@") > 1:
        return _problem(field, entry, "many-at")
    local, domain = spec.split("@")
    if not local:
        return _problem(field, entry, "no-local")
    return None if domain else _problem(field, entry, "no-domain")


def _parse_spec(spec: str, name: str, field: Field, entry: str) -> Mailbox | Problem:
    shape = _shape_problem(spec, field, entry)
    if shape:
        return shape
    local, domain = spec.split("@")
    if len(local.encode("utf-8")) > MAX_LOCAL:
        return _problem(field, entry, "local-long", limit=MAX_LOCAL)
    if not _DOT_ATOM.fullmatch(local):
        return _problem(field, entry, "local-chars")
    domain_problem = _domain_problem(domain)
    if domain_problem:
        code, part = domain_problem
        if part:
            return _problem(field, entry, code, domain=repr(domain), part=repr(part))
        return _problem(field, entry, code, domain=repr(domain))
    if len(local) + 1 + len(to_ascii_domain(domain)) > MAX_ADDRESS:
        return _problem(field, entry, "long", limit=MAX_ADDRESS)
    return Mailbox(local, domain.lower() if domain.isascii() else domain, name)


def _domain_problem(domain: str) -> tuple[str, str] | None:
    """The code of what is wrong with ``domain`` and the part concerned ("" for the whole)."""
    if domain.endswith("."):
        return "domain-dot-end", ""
    labels = domain.split(".")
    if len(labels) < 2:
        return "domain-no-dot", ""
    for label in labels:
        if not label:
            return "domain-dots", ""
        if len(label) > MAX_LABEL or not _LABEL.fullmatch(label):
            return "domain-part", label
    if labels[-1].isdigit():
        return "domain-number", ""
    try:
        ascii_domain = to_ascii_domain(domain)
    except UnicodeError:
        return "domain-dns", ""
    if len(ascii_domain) > 253:
        return "domain-long", ""
    return None


def parse_list(text: str, field: Field = Field.TO) -> AddressList:
    """Every mailbox in ``text``, and every problem at once; duplicates are dropped quietly."""
    mailboxes: list[Mailbox] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for entry in split_list(text):
        parsed = parse_entry(entry, field)
        if isinstance(parsed, Problem):
            problems.append(parsed)
            continue
        key = f"{parsed.local}@{parsed.ascii_domain}".lower()
        if key not in seen:
            seen.add(key)
            mailboxes.append(parsed)
    return AddressList(tuple(mailboxes), tuple(problems))


def as_list_entry(entry: str) -> str:
    """``entry`` as it can stand in a list: a display name with a comma or a quote quoted
    (``Kask, Anna <a@x.ee>`` becomes ``"Kask, Anna" <a@x.ee>``); an invalid entry as it is."""
    parsed = parse_entry(entry.strip())
    return str(parsed) if isinstance(parsed, Mailbox) else entry.strip()


def join_entries(entries: tuple[str, ...] | list[str]) -> str:
    """Entries (each one address) as one list that :func:`split_list` splits back."""
    return ", ".join(as_list_entry(e) for e in entries if e.strip())


def is_valid_address(text: str) -> bool:
    return isinstance(parse_entry(text), Mailbox)
