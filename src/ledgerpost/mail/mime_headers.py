"""Header lines and parameters as RFC 5322, 2047, 2231 and 6532 want them, read back exactly.

Free text (a subject, a display name) goes out as it is when a reader gets it back unchanged:
printable, single spaces, no ``=?``, short words; otherwise as base64 encoded words of whole
characters, whose spaces are inside the encoding. In an RFC 6532 (SMTPUTF8) message, UTF-8 text
goes out raw. File names use RFC 2231 (``filename*``), split into numbered pieces when long,
plus an encoded-word ``name=`` that old mail readers understand. Nothing here checks for line
breaks: the composer refuses them before it gets here.
"""

from __future__ import annotations

import base64
import re
import urllib.parse
from collections.abc import Iterable, Sequence

from ledgerpost.domain.addresses import Mailbox

CRLF = "\r\n"
LINE = 78
ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u00a1-\U0010ffff]+"
_ATOM_PHRASE = re.compile(rf"{ATOM}( {ATOM})*")
_SAFE_FILENAME = re.compile(r"[A-Za-z0-9._()+,\-]+( [A-Za-z0-9._()+,\-]+)*")
_WORD_BYTES = 70


def _encoded_words(text: str, first: int) -> list[str]:
    """``text`` as RFC 2047 base64 words of whole characters; the first fits ``first``."""
    words: list[str] = []
    budget = max(first, 16)
    chunk: list[str] = []
    size = 0
    for ch in text:
        n = len(ch.encode("utf-8"))
        if chunk and 12 + 4 * ((size + n + 2) // 3) > budget:
            words.append(_word("".join(chunk)))
            chunk, size, budget = [], 0, LINE - 3
        chunk.append(ch)
        size += n
    words.append(_word("".join(chunk)))
    return words


def _word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def _is_plain(text: str, utf8: bool) -> bool:
    """Whether ``text`` survives as it is in an unstructured header, without encoding."""
    if not text or "=?" in text or text != text.strip(" ") or "  " in text:
        return False
    if not (text.isascii() or utf8) or any(c.isspace() and c != " " for c in text):
        return False
    return all(len(w.encode("utf-8")) <= _WORD_BYTES for w in text.split(" "))


def _fold(name: str, tokens: Iterable[str]) -> str:
    """A header line of space-separated ``tokens``, folded before a token that would not fit."""
    line = f"{name}:"
    lines: list[str] = []
    for token in tokens:
        if len(line) + 1 + len(token) > LINE and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = ""
        line += " " + token
    lines.append(line)
    return CRLF.join(lines) + CRLF


def unstructured(name: str, value: str, utf8: bool) -> str:
    if not value:
        return f"{name}:{CRLF}"
    if _is_plain(value, utf8):
        return _fold(name, value.split(" "))
    return _fold(name, _encoded_words(value, LINE - len(name) - 2))


def _mailbox_tokens(box: Mailbox, utf8: bool) -> list[str]:
    domain = box.domain if utf8 else box.ascii_domain
    spec = f"{box.local}@{domain}"
    name = box.name
    if not name:
        return [spec]
    if "=?" not in name and (name.isascii() or utf8):
        if _ATOM_PHRASE.fullmatch(name) and len(name) < 900:
            return [*name.split(" "), f"<{spec}>"]
        plain = not any(c.isspace() and c != " " for c in name)
        if plain and len(name.encode("utf-8")) < 900:
            quoted = name.replace("\\", "\\\\").replace('"', '\\"')
            return [f'"{quoted}"', f"<{spec}>"]
    return [*_encoded_words(name, LINE - 12), f"<{spec}>"]


def address_header(name: str, boxes: Sequence[Mailbox], utf8: bool) -> str:
    tokens: list[str] = []
    for index, box in enumerate(boxes):
        item = _mailbox_tokens(box, utf8)
        if index < len(boxes) - 1:
            item[-1] += ","
        tokens += item
    return _fold(name, tokens)


def filename_params(filename: str) -> tuple[str, str]:
    """The ``name=`` parameter of Content-Type and the filename of Content-Disposition."""
    if _SAFE_FILENAME.fullmatch(filename):
        return f'name="{filename}"', f'filename="{filename}"'
    name = f'name="{_word(filename)}"'
    encoded = urllib.parse.quote(filename, safe="")
    if len(encoded) <= 60:
        return name, f"filename*=utf-8''{encoded}"
    pieces = re.findall(r"%[0-9A-F]{2}|[^%]", encoded)
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        if len(current) + len(piece) > 60:
            chunks.append(current)
            current = ""
        current += piece
    chunks.append(current)
    params = [f"filename*0*=utf-8''{chunks[0]}"]
    params += [f"filename*{i}*={chunk}" for i, chunk in enumerate(chunks[1:], start=1)]
    return name, f";{CRLF}\t".join(params)
