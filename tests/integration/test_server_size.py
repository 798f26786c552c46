"""The size check before queueing follows what the server announced (ESMTP SIZE), learned on
connecting; the setting is only the fallback. Real aiosmtpd on loopback, real ledger file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.i18n.problems import render
from ledgerpost.services import mail_account
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.mail_queue import connect
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer

Factory = Callable[..., SmtpTestServer]
MB = 1024 * 1024


def _invoice(ledger: Ledger) -> int:
    return next(
        s.id for s in ledger.documents(DocumentFilter(type=DocumentType.INVOICE)) if s.number
    )


def _server(factory: Factory, size: int) -> SmtpTestServer:
    return factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD, size_limit=size)


def test_the_connection_test_learns_the_servers_limit_and_the_check_uses_it(
    demo_ledger: Ledger, smtp_server_factory: Factory, tmp_path: Path
) -> None:
    server = _server(smtp_server_factory, 2 * MB)
    with memory_keyring():
        connect(demo_ledger, server)
        said = str(mail_account.test_connection(demo_ledger))
    assert "up to 2.0 MB" in said
    values = settings_service.load(demo_ledger)
    smtp = settings_service.smtp_settings(demo_ledger)
    assert settings_service.size_limit(values, smtp) == (2 * MB, True)

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(1_800_000))  # 1.8 MB: 2.4 MB once in base64
    request = SendRequest(
        document_id=_invoice(demo_ledger), to="a@example.com", attachments=(scan,)
    )
    result = queue(demo_ledger, request)
    assert result.outbox_id is None
    (problem,) = [p for p in result.preflight.problems if p.code == "too-large-server"]
    assert "the server takes at most 2.0 MB" in render(problem)

    # The setting (20 MB) would have let it through: it is only the fallback.
    assert int(values["mail.size_limit_mb"]) * MB > 3 * MB


def test_another_server_forgets_the_limit_learned_from_the_first(
    demo_ledger: Ledger, smtp_server_factory: Factory
) -> None:
    with memory_keyring():
        connect(demo_ledger, _server(smtp_server_factory, 2 * MB))
        mail_account.test_connection(demo_ledger)
        connect(demo_ledger, _server(smtp_server_factory, 2 * MB), credit=0)  # another port
    values = settings_service.load(demo_ledger)
    smtp = settings_service.smtp_settings(demo_ledger)
    assert settings_service.size_limit(values, smtp) == (20 * MB, False)


def test_delivery_learns_the_limit_too(demo_ledger: Ledger, smtp_server_factory: Factory) -> None:
    server = _server(smtp_server_factory, 5 * MB)
    with memory_keyring():
        connect(demo_ledger, server)
        request = SendRequest(document_id=_invoice(demo_ledger), to="a@example.com")
        assert queue(demo_ledger, request).queued
        assert mail_account.deliver(demo_ledger, TEST_PASSWORD).sent == 1
    assert len(server.received) == 1
    values = settings_service.load(demo_ledger)
    smtp = settings_service.smtp_settings(demo_ledger)
    assert settings_service.size_limit(values, smtp) == (5 * MB, True)
