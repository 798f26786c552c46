"""Regenerate docs/screenshots/sent-report-states.png: the sent report after a real mailbox
check applied bounces, a delay and deliveries (aiosmtpd sends, Dovecot keeps the reports).
Run from the repository root, as root (the test Dovecot needs it):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/make_sent_states.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from tests.gui.test_delivery_states import BOX, PASSWORD, append, dsn, imap_of  # noqa: E402
from tests.helpers.certificates import make_certificate  # noqa: E402
from tests.helpers.dovecot import DovecotServer  # noqa: E402
from tests.helpers.mail_queue import connect, posted_invoices, real_queue  # noqa: E402
from tests.helpers.memory_keyring import memory_keyring  # noqa: E402
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer  # noqa: E402
from tests.helpers.users import as_user  # noqa: E402

from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.mail.sent_report_page import SentReportPage  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402
from ledgerpost.services import mail_accounts, mailbox_check, mailbox_settings, outbox  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402
from ledgerpost.services.sending import SendRequest, queue  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    work = Path(tempfile.mkdtemp())
    db = work / "shots.sqlite3"
    subprocess.run([sys.executable, "-m", "ledgerpost", "--db", str(db), "demo"], check=True)
    ledger = Ledger.open(str(db))
    server = SmtpTestServer(
        certificate=make_certificate(work), starttls=True, user=TEST_USER, password=TEST_PASSWORD
    ).start()
    imap_server = DovecotServer.start({BOX: PASSWORD})
    with memory_keyring():
        connect(ledger, server, credit=1000)
        for document_id in posted_invoices(ledger)[6:12]:
            queue(ledger, SendRequest(document_id=document_id, by=as_user("mari")))
        real_queue(ledger, server)
        name = ([a.name for a in mail_accounts.accounts(ledger)] or ["default"])[0]
        imap = imap_of(imap_server)
        assert mailbox_settings.save(ledger, mailbox_settings.MailboxAccount(name, imap)) == []
        mailbox_settings.save_password(ledger, name, PASSWORD)
        sent = [e for e in outbox.entries(ledger) if e.status.value == "sent"]
        actions = ["failed", "delivered", "delayed", "delivered", "failed", "delivered"]
        append(
            imap,
            *(
                dsn(e.message_id, e.to.split(",")[0].strip(), a)
                for e, a in zip(sent, actions, strict=False)
            ),
        )
        print(mailbox_check.check_mailbox(ledger).as_json())
    server.stop()
    imap_server.stop()

    app = QApplication.instance() or QApplication(sys.argv)
    apply_language("en")
    runner = Runner()
    page = SentReportPage(AppContext(ledger, runner, session=as_user("mari")))
    page.resize(1280, 520)
    page.date_from.setDate(QDate.currentDate().addDays(-30))
    page.show()
    for _ in range(8):
        runner.wait()
        app.processEvents()
    page.grab().save(str(OUT / "sent-report-states.png"))
    ledger.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
