"""The peer a Python user would pick instead: django-post-office, queue and ``send_queued_mail``.

Run by ``batch_send.py --peers`` inside a virtual environment of its own (Django and
django-post-office, made once under the bench's ``--dir``); it never imports LedgerPost. Given
a sink, it queues ``--count`` messages with the same text, HTML and PDF as ours into a fresh
SQLite database (Django's default SQLite settings), then sends them as its management command
does (``send_queued_mail_until_done``: batches of ``BATCH_SIZE``, ``--processes`` forked
processes, ``--threads`` threads each with a reused connection), and prints one JSON line:
messages queued and sent, seconds for each phase. ``--nodelay`` sends through a subclass of
Django's SMTP backend that sets ``TCP_NODELAY`` on its socket (the stock backend does not).

What it guarantees after a crash between the server's 250 and its status update (read from
django-post-office 3.12, ``post_office/mail.py``, ``_send_bulk``): nothing for the batch in
flight. A process takes up to ``BATCH_SIZE`` queued emails, sends them all over its threads'
connections, and only then marks the sent ones with one ``UPDATE ... SET status=sent``. No mark
is written before a message's data goes and none after each 250, so a crash (or a kill, or a
lost connection to the database) at any point of a batch leaves every message of that batch
already accepted by the server still ``queued``: the next run sends each of them again. Up to
``BATCH_SIZE`` × processes duplicates, and no message is ever told apart as "may have gone".
Ours leaves at most the one message whose end of data was in flight, marked ``uncertain``.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import time
from pathlib import Path

TEXT = "Dear customer,\n\nplease find the invoice attached.\n\nLedgerPost Demo"
HTML = "<p>Dear customer,</p><p>please find the invoice attached.</p><p>LedgerPost Demo</p>"


def configure(work: Path, args: argparse.Namespace) -> None:
    import django
    from django.conf import settings

    backend = (
        "peer_post_office.NoDelayBackend"
        if args.nodelay
        else ("django.core.mail.backends.smtp.EmailBackend")
    )
    settings.configure(
        DEBUG=False,
        SECRET_KEY="bench-only",
        USE_TZ=True,
        INSTALLED_APPS=["django.contrib.contenttypes", "post_office"],
        DATABASES={
            "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(work / "peer.sqlite3")}
        },
        MEDIA_ROOT=str(work / "media"),
        EMAIL_BACKEND="post_office.EmailBackend",
        EMAIL_HOST=args.host,
        EMAIL_PORT=args.port,
        EMAIL_USE_TLS=args.security == "starttls",
        EMAIL_HOST_USER=args.user,
        EMAIL_HOST_PASSWORD=os.environ.get("PEER_SMTP_PASSWORD", ""),
        EMAIL_TIMEOUT=60,
        POST_OFFICE={
            "BACKENDS": {"default": backend},
            "THREADS_PER_PROCESS": args.threads,
            "BATCH_DELIVERY_TIMEOUT": 3600,
            "MESSAGE_ID_ENABLED": True,
        },
        TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
        LOGGING_CONFIG=None,
    )
    django.setup()


def _nodelay_backend() -> type:
    from django.core.mail.backends.smtp import EmailBackend

    class NoDelayBackend(EmailBackend):  # type: ignore[misc]
        """Django's SMTP backend with TCP_NODELAY on its socket, as ours sets."""

        def open(self):  # type: ignore[no-untyped-def]
            opened = super().open()
            if self.connection is not None and self.connection.sock is not None:
                self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return opened

    return NoDelayBackend


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--security", choices=("starttls", "none"), default="starttls")
    parser.add_argument("--user", default="")
    parser.add_argument("--pdf", type=Path, required=True, help="the PDF every message carries")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--nodelay", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for old in args.work.glob("peer.sqlite3*"):
        old.unlink()
    sys.modules["peer_post_office"] = sys.modules[__name__]
    configure(args.work, args)
    globals()["NoDelayBackend"] = _nodelay_backend()

    import logging

    from django.core.files.base import ContentFile
    from django.core.management import call_command
    from post_office import mail
    from post_office.models import STATUS, Email

    logging.disable(logging.WARNING)  # post_office logs every message at INFO
    call_command("migrate", verbosity=0)
    pdf = args.pdf.read_bytes()
    start = time.perf_counter()
    for n in range(args.count):
        mail.send(
            recipients=[f"customer{n}@example.com"],
            sender="LedgerPost Demo <billing@example.com>",
            subject=f"Invoice {n}",
            message=TEXT,
            html_message=HTML,
            attachments={"invoice.pdf": ContentFile(pdf)},
            priority="medium",
        )
    queued_seconds = time.perf_counter() - start
    start = time.perf_counter()
    mail.send_queued_mail_until_done(
        lockfile=str(args.work / "send.lock"), processes=args.processes
    )
    sent_seconds = time.perf_counter() - start
    sent = Email.objects.filter(status=STATUS.sent).count()
    print(
        json.dumps(
            {"queued": args.count, "queue_seconds": queued_seconds, "sent": sent,
             "seconds": sent_seconds}
        )
    )  # fmt: skip


if __name__ == "__main__":
    main()
