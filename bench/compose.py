"""Composing one message with a 48 KB print copy: stdlib ``email``, ours uncached, ours cached.

Prints the time per message and what 2,000 messages cost; asserts nothing about time.

    .venv/bin/python bench/compose.py [--messages 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.policy
import hashlib
import random
import time
from collections.abc import Callable
from email.message import EmailMessage

from ledgerpost.domain.addresses import Mailbox
from ledgerpost.domain.message import Attachment, OutgoingMessage
from ledgerpost.mail.compose import PartCache, compose, html_text, plain_text, subject_of

PDF_SIZE = 48 * 1024


def sample(index: int, data: bytes) -> tuple[OutgoingMessage, Attachment]:
    message = OutgoingMessage(
        sender=Mailbox("arved", "naide.ee", "Näide OÜ"),
        to=(Mailbox(f"kunde{index}", "example.de", "Jörg Müller"),),
        cc=(Mailbox("buchhaltung", "example.de"),),
        bcc=(Mailbox("archiv", "naide.ee"),),
        reply_to=Mailbox("raamat", "naide.ee", "Raamatupidamine"),
        subject=f"Rechnung INV-{index} von Näide OÜ",
        message_id=f"<{index:08x}.bench@naide.ee>",
        date=dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC),
        note="Bitte beachten Sie unsere neue Bankverbindung.",
        body=(
            "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung "
            f"INV-{index} vom 23.11.2026 über 1.234,50 EUR. Bitte begleichen Sie den Betrag "
            "bis zum 07.12.2026."
        ),
        greeting="Mit freundlichen Grüßen",
        signature="Näide OÜ",
        language="de",
    )
    attachment = Attachment(
        f"Rechnung INV-{index}.pdf", "application/pdf", data, hashlib.sha256(data).hexdigest()
    )
    return message, attachment


def stdlib(message: OutgoingMessage, attachment: Attachment) -> bytes:
    """The same message built the ordinary way, for comparison."""
    mail = EmailMessage(policy=email.policy.SMTP)
    mail["From"] = str(message.sender)
    mail["To"] = ", ".join(str(m) for m in message.to)
    mail["Cc"] = ", ".join(str(m) for m in message.cc)
    mail["Subject"] = subject_of(message)
    mail["Message-ID"] = message.message_id
    mail.set_content(plain_text(message))
    mail.add_alternative(html_text(message), subtype="html")
    mail.add_attachment(
        attachment.data, maintype="application", subtype="pdf", filename=attachment.filename
    )
    return mail.as_bytes()


def per_message(label: str, run: Callable[[int], bytes], count: int) -> float:
    run(0)
    start = time.perf_counter()
    size = 0
    for index in range(count):
        size += len(run(index))
    seconds = time.perf_counter() - start
    print(f"{label:<42} {seconds / count * 1000:8.3f} ms/message  ({size / count / 1024:.0f} KB)")
    return seconds / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()
    pdf = b"%PDF-1.4\n" + random.Random(1).randbytes(PDF_SIZE - 9)
    message, copy = sample(1, pdf)
    count = args.messages
    print(f"one message, one {PDF_SIZE // 1024} KB PDF attachment, {count} runs each")
    base = per_message("stdlib email (build + as_bytes)", lambda i: stdlib(message, copy), 300)
    bare = per_message("compose, no cache", lambda i: compose(message, [copy], cache=None), count)
    cache = PartCache()
    warm = per_message(
        "compose, print copy part cached", lambda i: compose(message, [copy], cache=cache), count
    )
    distinct = [sample(i, pdf[:-8] + i.to_bytes(8, "big")) for i in range(count)]
    fresh = PartCache()
    first = per_message(
        "compose, 2,000 different print copies",
        lambda i: compose(distinct[i][0], [distinct[i][1]], cache=fresh),
        count,
    )
    print()
    print(f"stdlib / no cache: {base / bare:5.1f}x   stdlib / cached: {base / warm:5.1f}x")
    print(
        f"{count} messages: stdlib {base * count:.2f} s, no cache {bare * count:.2f} s, "
        f"cached {warm * count:.2f} s, each copy new {first * count:.2f} s"
    )
    print(f"cache: {cache.hits} hits, {cache.misses} misses")


if __name__ == "__main__":
    main()
