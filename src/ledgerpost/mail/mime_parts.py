"""The encoded MIME parts of a message: its text parts, its attachments in base64 lines (text
files with the charset their bytes are in), and a cache of stored print copies' parts.

A stored print copy never changes, so its encoded part is kept (by sha256) and only joined
into each message that carries it (see ``bench/compose.py``).
"""

from __future__ import annotations

import binascii
import codecs
import functools
import hashlib
import re
import struct
import threading
from collections import OrderedDict
from itertools import chain

from ledgerpost.domain.message import Attachment
from ledgerpost.mail.mime_headers import CRLF, LINE, filename_params

MB = 1024 * 1024
OCTET_STREAM = "application/octet-stream"

_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def text_charset(data: bytes) -> str | None:
    """The charset a text file's bytes are in: "utf-8" when they decode as UTF-8 (ASCII and a
    UTF-8 byte order mark included), "utf-16" after a UTF-16 byte order mark; None otherwise.

    None covers the 8-bit Windows and ISO charsets: every byte decodes in each of them, so the
    bytes do not tell cp1252 from cp1251 or latin-1, and a guess shows a Russian or Estonian
    file with wrong letters. Such a file goes as ``application/octet-stream``, byte for byte,
    for the program that opens it to read as the sender's did. So do bytes with a NUL in them
    and UTF-32 (which few mail readers show).
    """
    if data.startswith(_UTF32_BOMS):
        return None
    if data.startswith(_UTF16_BOMS):
        try:
            data.decode("utf-16")
        except UnicodeDecodeError:
            return None
        return "utf-16"
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def part_type(item: Attachment) -> str:
    """The Content-Type of an attachment's part: a text type with its charset (or, when the
    charset cannot be told, ``application/octet-stream``), any other type as it is."""
    content_type = item.content_type.lower()
    if not content_type.startswith("text/"):
        return content_type
    charset = text_charset(item.data)
    return f'{content_type}; charset="{charset}"' if charset else OCTET_STREAM


def text_part(subtype: str, text: str, language: str) -> bytes:
    """A UTF-8 text part (plain or HTML): 7bit when it can be, else the shorter of
    quoted-printable and base64."""
    data = text.encode("utf-8")
    lines = data.split(b"\n")
    if data.isascii() and max(len(line) for line in lines) <= LINE and b"=_" not in data:
        encoding, body = "7bit", data.replace(b"\n", b"\r\n")
    else:
        # Only the shorter is made: base64's length is known without encoding.
        quoted = _dots_quoted(binascii.b2a_qp(data, istext=True)).replace(b"\n", b"\r\n")
        if len(quoted) <= base64_size(len(data)):
            encoding, body = "quoted-printable", quoted
        else:
            encoding, body = "base64", base64_lines(data)
    head = (
        f'Content-Type: text/{subtype}; charset="utf-8"{CRLF}'
        f"Content-Language: {language}{CRLF}"
        f"Content-Transfer-Encoding: {encoding}{CRLF}{CRLF}"
    )
    return head.encode("ascii") + body


def _dots_quoted(quoted: bytes) -> bytes:
    """Quoted-printable lines with a leading dot written ``=2E`` (the same text to a reader)
    where the line stays within 76 characters: a line of a message may not start with a dot
    as it is, so such a message is looked through and dot-stuffed as it is sent; a soft line
    break puts one there often ("... 151,89 EUR=" then ". Palume ...")."""
    if not quoted.startswith(b".") and b"\n." not in quoted:
        return quoted
    return _LEADING_DOT_LINE.sub(_quoted_dot, quoted)


_LEADING_DOT_LINE = re.compile(rb"^\.([^\n]*)", re.MULTILINE)


def _quoted_dot(found: re.Match[bytes]) -> bytes:
    rest = found.group(1)
    return b"=2E" + rest if len(rest) + 3 <= _LINE else found.group(0)


def part_head(item: Attachment) -> bytes:
    """The headers of an attachment's part, up to the blank line before its base64 lines."""
    # Mail readers strip spaces around a file name; so does this, for the same name everywhere.
    name, filename = filename_params(item.filename.strip())
    return (
        f"Content-Type: {part_type(item)};{CRLF}\t{name}{CRLF}"
        f"Content-Disposition: attachment;{CRLF}\t{filename}{CRLF}"
        f"Content-Transfer-Encoding: base64{CRLF}{CRLF}"
    ).encode()


_LINE = 76
_BLOCK = struct.Struct(f"{_LINE}s" * 64)
"""64 base64 lines at a time, cut by ``struct`` in C: a Python loop of slices took longer than
the encoding."""


@functools.cache
def _line_block(count: int) -> struct.Struct:
    """``count`` (fewer than 64) lines at a time: what is left after the blocks."""
    return struct.Struct(f"{_LINE}s" * count)


def base64_lines(data: bytes) -> bytes:
    """``data`` in base64 lines of 76 characters, each ending in CRLF (RFC 2045): the bytes
    of ``base64.encodebytes`` with CRLF, in a fraction of its time (it encodes 57 bytes a
    call); encoded in one call and cut into lines 64 at a time."""
    encoded = binascii.b2a_base64(data, newline=False)
    if not encoded:
        return b""
    blocks = len(encoded) // _BLOCK.size * _BLOCK.size
    lines = list(chain.from_iterable(_BLOCK.iter_unpack(memoryview(encoded)[:blocks])))
    full = (len(encoded) - blocks) // _LINE
    lines += _line_block(full).unpack_from(encoded, blocks)
    tail = encoded[blocks + full * _LINE :]
    if tail:
        lines.append(tail)
    lines.append(b"")
    return b"\r\n".join(lines)


def encode_attachment(item: Attachment, head: bytes | None = None) -> bytes:
    """The whole MIME part of one attachment: its headers (``head``, when the caller wrote
    them already with :func:`part_head`) and its base64 lines."""
    return (part_head(item) if head is None else head) + base64_lines(item.data)


def base64_size(size: int) -> int:
    """The length of :func:`base64_lines` of ``size`` bytes."""
    encoded = 4 * ((size + 2) // 3)
    return encoded + 2 * ((encoded + 75) // 76)


def part_size(item: Attachment) -> int:
    """The length of :func:`encode_attachment` of ``item``, without encoding it."""
    return len(part_head(item)) + base64_size(item.size)


class PartCache:
    """Encoded parts of stored print copies, by sha256, file name and type; least used go first.

    A print copy never changes, so its part is encoded once and then only joined in. Safe to
    use from the delivery thread and the GUI thread at once.
    """

    def __init__(self, max_bytes: int = 64 * MB, max_parts: int = 256) -> None:
        self.max_bytes, self.max_parts = max_bytes, max_parts
        self._parts: OrderedDict[tuple[str, str, str, int], bytes] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def part(self, item: Attachment, head: bytes | None = None) -> bytes:
        """The encoded part of ``item``; ``head``: its :func:`part_head`, if written already."""
        if not item.sha256:
            return encode_attachment(item, head)
        key = (item.sha256.lower(), item.filename, item.content_type, item.size)
        with self._lock:
            found = self._parts.get(key)
            if found is not None:
                self._parts.move_to_end(key)
                self.hits += 1
                return found
            self.misses += 1
        part = encode_attachment(item, head)
        # Checked once, when it goes in: a part kept under a wrong sha256 would be mailed in
        # place of the right document from then on.
        genuine = item.verified or hashlib.sha256(item.data).hexdigest() == item.sha256.lower()
        if genuine and len(part) <= self.max_bytes // 4:
            with self._lock:
                if key not in self._parts:
                    self._parts[key] = part
                    self._bytes += len(part)
                while len(self._parts) > self.max_parts or self._bytes > self.max_bytes:
                    _, dropped = self._parts.popitem(last=False)
                    self._bytes -= len(dropped)
        return part

    def clear(self) -> None:
        with self._lock:
            self._parts.clear()
            self._bytes = 0


PARTS = PartCache()
"""The cache ``compose`` uses unless it is given another one."""
