"""A throwaway Postfix MTA on loopback that makes real delivery reports, for tests.

The Debian ``postfix`` package's binaries run with a ``config_directory`` and a
``queue_directory`` of their own in a temp folder (``postfix -c DIR start``); master.cf has
smtpd on a free port of 127.0.0.1 and every service unchrooted. Mail for :data:`SENDER_DOMAIN`
and :data:`RECIPIENT_DOMAIN` goes by LMTP into a Dovecot (tests/helpers/dovecot), which knows
only the users it was given: a recipient it does not know is refused there with ``550 5.1.1``,
and Postfix sends the sender a real DSN (RFC 3464). ``NOTIFY=SUCCESS`` gets a real "delivered"
DSN the same way. No DNS is asked and nothing leaves the machine.

Postfix's master runs as root and drops to the ``postfix`` user of the package; it cannot run
as a normal user, so the fixtures skip outside root unless ``CI=true``.

    mta = PostfixServer.start(lmtp_port=dovecot.lmtp_port)
    smtplib.SMTP("127.0.0.1", mta.port)
    mta.stop()
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.certificates import HOST
from tests.helpers.smtp_server import free_port

POSTFIX = "/usr/sbin/postfix"
SENDER_DOMAIN = "ledgerpost.test"
RECIPIENT_DOMAIN = "example.test"
HOSTNAME = "mx.ledgerpost.test"
START_SECONDS = 60.0

# Every service Postfix needs, none chrooted (there is nothing in the temp queue to chroot to).
_SERVICES = """\
pickup    unix  n - n 60    1 pickup
cleanup   unix  n - n -     0 cleanup
qmgr      unix  n - n 300   1 qmgr
rewrite   unix  - - n -     - trivial-rewrite
bounce    unix  - - n -     0 bounce
defer     unix  - - n -     0 bounce
trace     unix  - - n -     0 bounce
verify    unix  - - n -     1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -     - proxymap
smtp      unix  - - n -     - smtp
relay     unix  - - n -     - smtp
showq     unix  n - n -     - showq
error     unix  - - n -     - error
retry     unix  - - n -     - error
discard   unix  - - n -     - discard
lmtp      unix  - - n -     - lmtp
anvil     unix  - - n -     1 anvil
scache    unix  - - n -     1 scache
postlog   unix-dgram n - n - 1 postlogd
"""


class ServerMissing(RuntimeError):
    """No usable Postfix on this machine (not installed, or not root)."""


def _main_cf(folder: Path, lmtp_port: int) -> str:
    lmtp = f"lmtp:inet:{HOST}:{lmtp_port}"
    return f"""\
compatibility_level = 3.6
queue_directory = {folder}/queue
data_directory = {folder}/data
mail_owner = postfix
setgid_group = postdrop
maillog_file = {folder}/postfix.log
maillog_file_prefixes = {folder}
myhostname = {HOSTNAME}
mydomain = {SENDER_DOMAIN}
myorigin = $myhostname
mydestination =
inet_interfaces = {HOST}
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relay_domains = {SENDER_DOMAIN}, {RECIPIENT_DOMAIN}
transport_maps = inline:{{ {SENDER_DOMAIN}={lmtp}, {RECIPIENT_DOMAIN}={lmtp} }}
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
alias_maps =
alias_database =
local_recipient_maps =
biff = no
smtp_host_lookup = native
lmtp_host_lookup = native
smtp_dns_support_level = disabled
minimal_backoff_time = 1s
maximal_backoff_time = 2s
queue_run_delay = 1s
"""


@dataclass
class PostfixServer:
    """One running Postfix; ``stop`` ends it and removes its folder."""

    folder: Path
    port: int

    @classmethod
    def start(cls, lmtp_port: int) -> PostfixServer:
        """Configure a new temp folder, start Postfix there, wait for its smtpd port."""
        if not Path(POSTFIX).is_file():
            raise ServerMissing(
                f"no {POSTFIX}; install the Debian package 'postfix' (scripts/setup.sh --test does)"
            )
        if os.geteuid() != 0:
            raise ServerMissing("Postfix's master process must be started as root")
        folder = Path(tempfile.mkdtemp(prefix="ledgerpost-postfix-"))
        folder.chmod(0o755)
        server = cls(folder, free_port())
        server.config.mkdir()
        (folder / "queue").mkdir()  # its subfolders and data_directory Postfix makes itself
        (server.config / "main.cf").write_text(_main_cf(folder, lmtp_port))
        smtpd = f"{HOST}:{server.port} inet n - n - - smtpd\n"
        (server.config / "master.cf").write_text(smtpd + _SERVICES)
        try:
            server._postfix("start")
            server._wait()
        except BaseException:
            server.stop()
            raise
        return server

    @property
    def config(self) -> Path:
        return self.folder / "etc"

    def log_tail(self) -> str:
        log = self.folder / "postfix.log"
        return log.read_text(errors="replace")[-3000:] if log.exists() else ""

    def _postfix(self, command: str) -> None:
        # The master keeps inherited pipes open: its output goes to a file instead.
        with (self.folder / "command.log").open("w") as output:
            done = subprocess.run(
                [POSTFIX, "-c", str(self.config), command],
                stdout=output, stderr=output, stdin=subprocess.DEVNULL, check=False,
            )  # fmt: skip
        if done.returncode != 0:
            said = (self.folder / "command.log").read_text(errors="replace").strip()
            raise RuntimeError(f"postfix {command} failed: {said}\n{self.log_tail()}")

    def _wait(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection((HOST, self.port), 5):
                return
            time.sleep(0.1)
        raise RuntimeError(f"postfix did not listen on {self.port}\n{self.log_tail()}")

    def stop(self) -> None:
        if (self.folder / "queue" / "pid" / "master.pid").exists():
            with contextlib.suppress(RuntimeError):
                self._postfix("abort")
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and self._master_alive():
                time.sleep(0.05)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _master_alive(self) -> bool:
        try:
            pid = int((self.folder / "queue" / "pid" / "master.pid").read_text().strip())
            os.kill(pid, 0)
        except (OSError, ValueError):
            return False
        return True
