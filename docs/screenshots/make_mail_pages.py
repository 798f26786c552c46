"""Regenerate docs/screenshots/email-queue.png and sent-report.png from real deliveries.

A demo ledger, a local aiosmtpd (tests/helpers/smtp_server) that refuses one recipient and
hangs up after one message, and the real delivery worker. Run from the repository root:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/make_mail_pages.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from tests.helpers.certificates import make_certificate  # noqa: E402
from tests.helpers.mail_queue import connect, posted_invoices, real_queue  # noqa: E402
from tests.helpers.memory_keyring import memory_keyring  # noqa: E402
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer  # noqa: E402
from tests.helpers.users import as_user  # noqa: E402

from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.mail.credits_page import CreditsPage  # noqa: E402
from ledgerpost.gui.mail.outbox_page import OutboxPage  # noqa: E402
from ledgerpost.gui.mail.sent_report_page import SentReportPage  # noqa: E402
from ledgerpost.gui.main_window import MainWindow, PageFactory  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402
from ledgerpost.services.sending import SendRequest, queue  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


class Window(MainWindow):
    """The main window with the three mail pages, wired as the report proposes."""

    def extra_pages(self) -> list[tuple[str, str, PageFactory]]:
        return [
            ("email-queue", self.tr("Email queue"), OutboxPage),
            ("sent-report", self.tr("Sent messages"), SentReportPage),
            ("credits", self.tr("Message credits"), CreditsPage),
        ]


def settle(app: QApplication, runner: Runner) -> None:
    for _ in range(5):
        runner.wait()
        app.processEvents()


def main() -> None:
    work = Path(tempfile.mkdtemp())
    db = work / "shots.sqlite3"
    subprocess.run([sys.executable, "-m", "ledgerpost", "--db", str(db), "demo"], check=True)
    ledger = Ledger.open(str(db))
    server = SmtpTestServer(
        certificate=make_certificate(work), starttls=True, user=TEST_USER, password=TEST_PASSWORD
    ).start()
    with memory_keyring():
        connect(ledger, server, credit=1000)
        for document_id in posted_invoices(ledger)[6:16]:  # the customers' own addresses
            queue(ledger, SendRequest(document_id=document_id, by=as_user("mari")))
        made = real_queue(ledger, server)
    server.stop()
    print(made)

    app = QApplication.instance() or QApplication(sys.argv)
    apply_language("en")  # as the application does at start: English dates, not the C locale's
    context = AppContext(ledger, Runner(), session=as_user("mari"))
    window = Window(ledger, context)
    window.resize(1280, 720)
    window.show()
    settle(app, context.runner)
    nav = window.navigation
    pages = {
        nav.topLevelItem(i).text(0): nav.topLevelItem(i) for i in range(nav.topLevelItemCount())
    }

    nav.setCurrentItem(pages["Email queue"])
    settle(app, context.runner)
    queue_page = window.pages.currentWidget()
    assert isinstance(queue_page, OutboxPage)
    queue_page.select_ids([made.failed])
    queue_page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    settle(app, context.runner)
    window.grab().save(str(OUT / "email-queue.png"))

    nav.setCurrentItem(pages["Sent messages"])
    report = window.pages.currentWidget()
    assert isinstance(report, SentReportPage)
    report.date_from.setDate(QDate.currentDate().addDays(-30))
    report.refresh()
    settle(app, context.runner)
    window.grab().save(str(OUT / "sent-report.png"))

    ledger.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
