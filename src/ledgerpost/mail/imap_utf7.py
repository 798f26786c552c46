"""IMAP's modified UTF-7 for folder names (RFC 3501 §5.1.3): printable ASCII stands for itself
("&" as "&-"), anything else goes as "&" + modified base64 of UTF-16BE ("," for "/") + "-"."""

from __future__ import annotations

import base64


def encode(name: str) -> str:
    """The folder name as the server wants it on the wire."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            text = base64.b64encode(raw).decode("ascii").rstrip("=").replace("/", ",")
            out.append(f"&{text}-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def decode(wire: str) -> str:
    """The folder name a server sent, as the user reads it; a malformed shift is kept as is."""
    out: list[str] = []
    i = 0
    while i < len(wire):
        ch = wire[i]
        end = wire.find("-", i + 1) if ch == "&" else -1
        if ch != "&" or end < 0:
            out.append(ch)
            i += 1
            continue
        chunk = wire[i + 1 : end]
        if not chunk:
            out.append("&")
        else:
            data = chunk.replace(",", "/")
            try:
                out.append(base64.b64decode(data + "=" * (-len(data) % 4)).decode("utf-16-be"))
            except (ValueError, UnicodeDecodeError):
                out.append(wire[i : end + 1])
        i = end + 1
    return "".join(out)
