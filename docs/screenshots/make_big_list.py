"""Regenerate docs/screenshots/main-window-million.png: the main window scrolled deep into a
ledger of 1,345,960 documents (the one ``bench/ledger_scale.py`` builds), with mail icons.

The ledger is copied first (the copy gets a few outbox rows, so that the envelope, the warning
and the waiting icon show on rows deep down). Run from the repository root:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/make_big_list.py \\
        /tmp/lpb1m/ledger-1000000-3000-1.sqlite3
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402
from tests.helpers.outbox_rows import add_messages  # noqa: E402

from ledgerpost.domain.outbox import OutboxStatus  # noqa: E402
from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.main_window import MainWindow  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "main-window-million.png"
ROW = 873_412
"""The row scrolled to: about two thirds down the list."""


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="lp-big-shot-"))
    copy = work / "big.sqlite3"
    shutil.copy(sys.argv[1], copy)
    ledger = Ledger.open(str(copy))
    near = ledger.documents(limit=20, offset=ROW)
    marks = {1: OutboxStatus.SENT, 3: OutboxStatus.SENT, 4: OutboxStatus.SENT}
    marks |= {8: OutboxStatus.FAILED, 11: OutboxStatus.SENT, 14: OutboxStatus.QUEUED}
    for at, status in marks.items():
        add_messages(ledger, 1, status=status, document_id=near[at].id)

    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(ledger, AppContext(ledger, Runner()))
    window.resize(1180, 720)
    window.show()
    model = window.documents.model
    table = window.documents.table

    def wait(condition: object, limit: float = 60) -> None:
        began = time.perf_counter()
        while not condition() and time.perf_counter() - began < limit:  # type: ignore[operator]
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)

    wait(lambda: model.has_page_keys)
    table.scrollTo(model.index(ROW, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    table.selectRow(ROW + 7)
    wait(lambda: all(model.summary(r) is not None for r in range(ROW, ROW + 25)))
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(OUT))
    print(f"wrote {OUT}")
    window.context.runner.wait()
    ledger.close()
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
