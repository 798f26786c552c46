"""The mailbox check of an OAuth2 sending account signs in with XOAUTH2 and the account's
stored token: a real Dovecot that takes XOAUTH2, asking a loopback introspection endpoint
whether the token the tests' authorization server issued is active."""

from __future__ import annotations

import http.server
import json
import os
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from ledgerpost.domain.mail_accounts import MailAccount
from ledgerpost.domain.smtp import AuthMethod, Security, SmtpSettings
from ledgerpost.mail.mailbox import ImapSettings
from ledgerpost.services import account_sign_in, mail_accounts, mailbox_check, mailbox_settings
from ledgerpost.services.ledger import Ledger
from tests.helpers import dovecot
from tests.helpers.certificates import HOST, make_certificate
from tests.helpers.dovecot import DovecotServer
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.oauth_server import OAuthTestServer, browser

BOX = "sales@example.com"


class _Introspection(http.server.BaseHTTPRequestHandler):
    """RFC 7662: ``token=…`` in, ``{"active": …, "email": …}`` out, from the issued tokens."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = dict(urllib.parse.parse_qsl(self.rfc822_body(length)))
        owner: OAuthTestServer = self.server.oauth  # type: ignore[attr-defined]
        token = form.get("token", "")
        with owner.lock:
            known = owner.access_tokens.get(token)
        self.server.asked.append(token)  # type: ignore[attr-defined]
        active = known is not None and time.monotonic() < known[1]
        body = json.dumps({"active": "true", "email": known[0]} if active else {"active": "false"})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    def rfc822_body(self, length: int) -> str:
        return self.rfile.read(length).decode()


@pytest.fixture
def oauth_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OAuthTestServer]:
    certificate = make_certificate(tmp_path / "oauth-ca")
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.ca_file))
    with OAuthTestServer(certificate, default_user=BOX) as server:
        yield server


@pytest.fixture
def introspection(oauth_server: OAuthTestServer) -> Iterator[http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer((HOST, 0), _Introspection)
    server.daemon_threads = True
    server.oauth = oauth_server  # type: ignore[attr-defined]
    server.asked = []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def imap_server(introspection: http.server.ThreadingHTTPServer) -> Iterator[DovecotServer]:
    url = f"http://{HOST}:{introspection.server_address[1]}/introspect"
    try:
        server = DovecotServer.start({"other@example.com": "unused"}, introspection_url=url)
    except dovecot.ServerMissing as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must test the OAuth2 mailbox, but {exc}", pytrace=False)
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.mark.slow
def test_an_oauth2_accounts_mailbox_is_read_with_xoauth2_and_its_stored_token(
    demo_ledger: Ledger,
    oauth_server: OAuthTestServer,
    imap_server: DovecotServer,
    introspection: http.server.ThreadingHTTPServer,
) -> None:
    with memory_keyring():
        smtp = SmtpSettings(
            host=HOST,
            port=587,
            security=Security.STARTTLS,
            user=BOX,
            from_address=BOX,
            auth=AuthMethod.OAUTH2,
        )
        account = MailAccount("sales", "custom", smtp, oauth=oauth_server.client())
        assert mail_accounts.add(demo_ledger, account) == []
        account_sign_in.sign_in(demo_ledger, "sales", open_browser=browser(oauth_server))
        ca = str(imap_server.certificate.ca_file)
        imap = ImapSettings(HOST, imap_server.imaps_port, Security.SSL, BOX, ca)
        assert (
            mailbox_settings.save(demo_ledger, mailbox_settings.MailboxAccount("sales", imap)) == []
        )

        found = mailbox_check.check_mailbox(demo_ledger, "sales")  # no password anywhere
        assert found.read == 0
        assert introspection.asked == list(oauth_server.access_tokens)[-1:]  # type: ignore[attr-defined]

        oauth_server.expire_access_tokens()  # the token Dovecot saw has expired: a fresh one
        mailbox_check.check_mailbox(demo_ledger, "sales")
        assert oauth_server.token_requests[-1] == "refresh_token"
