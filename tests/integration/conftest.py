"""Fixtures for the integration suite: a real SMTP server on loopback (tests/helpers/smtp_server).

``smtp_server`` is the usual company server: STARTTLS required, AUTH with a UTF-8 password,
SMTPUTF8 offered. ``smtp_server_factory(**options)`` makes and starts any other kind (see
``SmtpTestServer`` for the options); every server made is stopped after the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.smtp_server import (
    TEST_PASSWORD,
    TEST_USER,
    SmtpTestServer,
    TestCertificate,
    make_certificate,
)


@pytest.fixture(scope="session")
def smtp_certificate(tmp_path_factory: pytest.TempPathFactory) -> TestCertificate:
    """A throwaway CA and server certificate, made once per run."""
    return make_certificate(Path(tmp_path_factory.mktemp("smtp-tls")))


@pytest.fixture
def smtp_server_factory(
    smtp_certificate: TestCertificate,
) -> Iterator[Callable[..., SmtpTestServer]]:
    """Start an SmtpTestServer with any options; the certificate is filled in."""
    servers: list[SmtpTestServer] = []

    def make(**options: Any) -> SmtpTestServer:
        options.setdefault("certificate", smtp_certificate)
        server = SmtpTestServer(**options)
        servers.append(server)
        return server.start()

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def smtp_server(smtp_server_factory: Callable[..., SmtpTestServer]) -> SmtpTestServer:
    """STARTTLS required, AUTH as TEST_USER with TEST_PASSWORD, SMTPUTF8 offered."""
    return smtp_server_factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD)
