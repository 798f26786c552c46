"""A throwaway Dovecot IMAP server on loopback, for tests that read a mailbox back.

The Debian ``dovecot-imapd`` (and ``dovecot-lmtpd``) package's ``dovecot`` binary runs with a
config file of its own in a temp folder: users with passwords in a passwd-file, Maildirs in the
folder, IMAP with STARTTLS and IMAPS with a certificate from tests/helpers/certificates, and an
LMTP listener that Postfix (tests/helpers/postfix) delivers into. Every port is a free one of
127.0.0.1.

Dovecot starts as root and drops to its own users (``dovecot``, ``dovenull``, made by the
package); mail is kept as ``nobody``, since Dovecot refuses mail access as root. As a normal
user it would run with ``default_internal_user`` and ``default_login_user`` set to that user
and the mail kept as that user; the fixtures skip outside root unless ``CI=true``.

    server = DovecotServer.start(users={"me@example.test": "secret"})
    server.imap_port, server.imaps_port, server.lmtp_port, server.certificate.ca_file
    server.stop()
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.certificates import HOST, TestCertificate, make_certificate
from tests.helpers.smtp_server import free_port

BINARY = "/usr/sbin/dovecot"
MAIL_USER = "nobody"
START_SECONDS = 60.0


class ServerMissing(RuntimeError):
    """No usable Dovecot on this machine (not installed, or not root)."""


def _oauth2(folder: Path, introspection_url: str) -> tuple[str, str]:
    """The mechanism and the passdb that take XOAUTH2 tokens, checked at ``introspection_url``
    (RFC 7662, POSTed; the answer's ``email`` is the user)."""
    (folder / "oauth2.conf").write_text(
        f"introspection_mode = post\nintrospection_url = {introspection_url}\n"
        "username_attribute = email\nactive_attribute = active\nactive_value = true\n"
    )
    passdb = f"""passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {folder}/oauth2.conf
}}
"""
    return " xoauth2 oauthbearer", passdb


def _config(
    folder: Path, cert: TestCertificate, ports: tuple[int, int, int], introspection_url: str = ""
) -> str:
    imap, imaps, lmtp = ports
    mail = pwd.getpwnam(MAIL_USER)
    mechanisms, oauth_passdb = _oauth2(folder, introspection_url) if introspection_url else ("", "")
    return f"""\
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
protocols = imap lmtp
listen = {HOST}
ssl = yes
ssl_cert = <{cert.cert_file}
ssl_key = <{cert.key_file}
disable_plaintext_auth = yes
auth_mechanisms = plain login{mechanisms}
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:~/Maildir
lmtp_save_to_detail_mailbox = no
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/users
}}
{oauth_passdb}userdb {{
  driver = static
  args = uid={mail.pw_uid} gid={mail.pw_gid} home={folder}/mail/%d/%n allow_all_users=no
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {imap}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {imaps}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {HOST}
    port = {lmtp}
  }}
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


def _wait_for_port(port: int, deadline: float) -> bool:
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=5):
            return True
        time.sleep(0.1)
    return False


@dataclass
class DovecotServer:
    """One running Dovecot; ``stop`` ends it and removes its folder."""

    folder: Path
    certificate: TestCertificate
    imap_port: int
    imaps_port: int
    lmtp_port: int

    @classmethod
    def start(cls, users: Mapping[str, str], introspection_url: str = "") -> DovecotServer:
        """Write the config into a new temp folder, start, wait for the ports; with
        ``introspection_url`` the server also takes XOAUTH2 tokens that URL calls active."""
        if not Path(BINARY).is_file():
            raise ServerMissing(
                f"no {BINARY}; install the Debian packages 'dovecot-imapd' and "
                "'dovecot-lmtpd' (scripts/setup.sh --test does)"
            )
        if os.geteuid() != 0:
            raise ServerMissing("the test Dovecot runs as root (it keeps mail as 'nobody')")
        folder = Path(tempfile.mkdtemp(prefix="ledgerpost-dovecot-"))
        folder.chmod(0o755)  # Dovecot's own users read the config, the passwd-file, the keys
        certificate = make_certificate(folder / "tls")
        server = cls(folder, certificate, free_port(), free_port(), free_port())
        mail = pwd.getpwnam(MAIL_USER)
        (folder / "mail").mkdir()
        os.chown(folder / "mail", mail.pw_uid, mail.pw_gid)
        lines = [f"{name}:{secret}:::::" for name, secret in users.items()]
        (folder / "users").write_text("\n".join(lines) + "\n")
        (folder / "dovecot.conf").write_text(
            _config(
                folder,
                certificate,
                (server.imap_port, server.imaps_port, server.lmtp_port),
                introspection_url,
            )
        )
        try:
            server._launch()
        except BaseException:
            server.stop()
            raise
        return server

    @property
    def config_file(self) -> Path:
        return self.folder / "dovecot.conf"

    def _launch(self) -> None:
        # The daemon keeps inherited pipes open: its output goes to a file instead.
        with (self.folder / "start.log").open("w") as output:
            done = subprocess.run(
                [BINARY, "-c", str(self.config_file)], stdout=output, stderr=output, check=False
            )
        deadline = time.monotonic() + START_SECONDS
        ports = (self.imap_port, self.imaps_port, self.lmtp_port)
        if done.returncode != 0 or not all(_wait_for_port(p, deadline) for p in ports):
            said = (self.folder / "start.log").read_text(errors="replace").strip()
            raise RuntimeError(f"dovecot did not start: {said}\n{self.log_tail()}")

    def log_tail(self) -> str:
        log = self.folder / "dovecot.log"
        return log.read_text(errors="replace")[-3000:] if log.exists() else ""

    def stop(self) -> None:
        pid_file = self.folder / "run" / "master.pid"
        with contextlib.suppress(OSError, ValueError):
            pid = int(pid_file.read_text().strip())
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                os.kill(pid, 0)
                time.sleep(0.05)
        shutil.rmtree(self.folder, ignore_errors=True)
