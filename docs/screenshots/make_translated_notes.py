"""Regenerate docs/screenshots/settings-smtp-test-de.png (a connection test said in German) and
email-queue-marked-ar.png (the queue in Arabic: a message the user marked as sent, a refusal).

A demo ledger and a local aiosmtpd (tests/helpers/smtp_server). Run from the repository root:

    xvfb-run -a .venv/bin/python docs/screenshots/make_translated_notes.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402
from tests.helpers.certificates import make_certificate  # noqa: E402
from tests.helpers.mail_queue import connect, posted_invoices, real_queue  # noqa: E402
from tests.helpers.memory_keyring import memory_keyring  # noqa: E402
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer  # noqa: E402

from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.mail.outbox_page import OutboxPage  # noqa: E402
from ledgerpost.gui.settings.dialog import SettingsDialog  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402
from ledgerpost.services import outbox  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402
from ledgerpost.services.sending import SendRequest, queue  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication, runner: Runner, until: object = None) -> None:
    for _ in range(50):
        runner.wait()
        app.processEvents()
        if until is None or until():  # type: ignore[operator]
            return


def main() -> None:
    work = Path(tempfile.mkdtemp())
    db = work / "shots.sqlite3"
    subprocess.run([sys.executable, "-m", "ledgerpost", "--db", str(db), "demo"], check=True)
    ledger = Ledger.open(str(db))
    server = SmtpTestServer(
        certificate=make_certificate(work), starttls=True, user=TEST_USER, password=TEST_PASSWORD
    ).start()
    app = QApplication.instance() or QApplication(sys.argv)
    with memory_keyring():
        connect(ledger, server, credit=1000)
        for document_id in posted_invoices(ledger)[6:12]:
            queue(ledger, SendRequest(document_id=document_id))
        made = real_queue(ledger, server)
        outbox.mark_sent(ledger, made.uncertain, "mari")

        apply_language("de")
        runner = Runner()
        dialog = SettingsDialog(AppContext(ledger, runner))
        dialog.resize(900, 640)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.accounts_tab)
        tab = dialog.smtp_tab
        tab.password.setText(TEST_PASSWORD)
        tab.test_connection()
        settle(app, runner, lambda: not tab.testing)
        scroll = tab.test_result.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(tab.test_result)
        settle(app, runner)
        dialog.grab().save(str(OUT / "settings-smtp-test-de.png"))
        dialog.close()

        apply_language("ar")
        page = OutboxPage(AppContext(ledger, runner))
        page.resize(1200, 420)
        page.show()
        settle(app, runner, lambda: page.loads > 0 and not page._loading)
        page.select_ids([made.uncertain])
        settle(app, runner)
        page.grab().save(str(OUT / "email-queue-marked-ar.png"))
    server.stop()
    ledger.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
