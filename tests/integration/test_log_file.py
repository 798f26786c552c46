"""The log file: a real delivery's outcomes are in it, its password and its body are not."""

from __future__ import annotations

from pathlib import Path

from ledgerpost.platform.logs import log_file, start_logging, stop_logging
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.mail_queue import REFUSED, connected, deliver, posted_invoices
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer
from tests.helpers.users import as_user

BODY_MARKER = "BODY-MARKER-7f3a9"


def test_a_delivery_logs_its_outcomes_without_the_password_or_the_body(
    demo_ledger: Ledger, smtp_server: SmtpTestServer, user_folders: Path
) -> None:
    path = start_logging()
    assert path == log_file()
    assert str(path).startswith(str(user_folders))  # XDG_STATE_HOME of this test
    try:
        with connected(demo_ledger, smtp_server):
            invoices = posted_invoices(demo_ledger)
            smtp_server.refuse_recipient(REFUSED)
            ids = []
            for document_id, to in ((invoices[0], "anna@example.com"), (invoices[1], REFUSED)):
                request = SendRequest(
                    document_id=document_id,
                    to=to,
                    body=f"Dear customer, {BODY_MARKER}, regards",
                    by=as_user("mari"),
                )
                result = queue(demo_ledger, request)
                assert result.outbox_id is not None, result.preflight.problems
                ids.append(result.outbox_id)
            deliver(demo_ledger)
    finally:
        stop_logging()
    text = path.read_text(encoding="utf-8")
    sent, refused = ids
    assert f"outbox {sent} sent (250)" in text
    assert f"outbox {refused} failed: PermanentReply 550" in text
    assert TEST_PASSWORD not in text
    assert BODY_MARKER not in text
    assert REFUSED not in text and "anna@example.com" not in text
