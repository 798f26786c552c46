"""Regenerate docs/screenshots/message-view-queued.png: a message composed as it was queued
(its print copy stored), opened from the email queue before it is sent. Run from the
repository root:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/make_message_view.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from tests.helpers.mail_queue import posted_invoices  # noqa: E402

from ledgerpost.gui.mail.message_view_dialog import MessageViewDialog  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.services import outbox, outbox_view  # noqa: E402
from ledgerpost.services import settings as settings_service  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402
from ledgerpost.services.printing import print_document  # noqa: E402
from ledgerpost.services.sending import SendRequest, queue  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    db = Path(tempfile.mkdtemp()) / "shots.sqlite3"
    subprocess.run([sys.executable, "-m", "ledgerpost", "--db", str(db), "demo"], check=True)
    ledger = Ledger.open(str(db))
    settings_service.save(ledger, {"smtp.from_address": "billing@example.com"})
    document_id = posted_invoices(ledger)[6]
    print_document(ledger, document_id)  # stored: the message is composed as it is queued
    result = queue(ledger, SendRequest(document_id=document_id))
    assert result.outbox_id is not None, result.preflight.problems
    view = outbox_view.message_view(ledger, result.outbox_id)
    assert view is not None
    entry = {e.id: e for e in outbox.entries(ledger)}[result.outbox_id]

    app = QApplication.instance() or QApplication(sys.argv)
    apply_language("en")
    dialog = MessageViewDialog(view, entry)
    dialog.resize(760, 620)
    dialog.show()
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(OUT / "message-view-queued.png"))
    ledger.close()


if __name__ == "__main__":
    main()
