"""A tour of the whole window, for looking at it: every page and dialog in English, Estonian
and Arabic, grabbed as PNGs into a temp folder (or the folder given as the first argument).

A demo ledger (services.demo.make_demo), three users (the administrator has a password, so the
login dialog appears), a local aiosmtpd (tests/helpers/smtp_server) that the real delivery
worker delivers to: sent, refused, uncertain, waiting and held messages. Run from the
repository root, after compiling the catalogues (``python tools/translations.py compile``):

    PYTHONPATH=src xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python docs/screenshots/make_tour.py [FOLDER]

Nothing in docs/screenshots is replaced: copy the pictures that really changed by hand.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # make_user_pages

from make_user_pages import people  # noqa: E402
from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from tests.helpers.certificates import make_certificate  # noqa: E402
from tests.helpers.mail_queue import connect, posted_invoices, real_queue  # noqa: E402
from tests.helpers.memory_keyring import memory_keyring  # noqa: E402
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer  # noqa: E402

from ledgerpost.domain.documents import DocumentState, DocumentType  # noqa: E402
from ledgerpost.domain.listing import DocumentFilter  # noqa: E402
from ledgerpost.domain.parties import PartyKind  # noqa: E402
from ledgerpost.domain.users import ADMINISTRATOR  # noqa: E402
from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.documents.document_editor import DocumentEditor  # noqa: E402
from ledgerpost.gui.mail.batch_dialog import BatchDialog  # noqa: E402
from ledgerpost.gui.mail.send_dialog import SendDialog  # noqa: E402
from ledgerpost.gui.main_window import MainWindow  # noqa: E402
from ledgerpost.gui.people.login_dialog import LoginDialog  # noqa: E402
from ledgerpost.gui.settings.dialog import SettingsDialog  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner, wait_for_all  # noqa: E402
from ledgerpost.services import users  # noqa: E402
from ledgerpost.services.demo.company import DemoSpec, make_demo  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402
from ledgerpost.services.sending import SendRequest, queue  # noqa: E402

PASSWORD = "tour password"
PAGES = (
    PartyKind.CUSTOMER.value,
    PartyKind.SUPPLIER.value,
    PartyKind.EMPLOYEE.value,
    "email-queue",
    "sent-report",
    "credits",
    "users",
)


def settle(app: QApplication, runner: Runner, rounds: int = 6) -> None:
    for _ in range(rounds):
        runner.wait()
        app.processEvents()


def make_ledger(path: Path, work: Path) -> Ledger:
    ledger = Ledger.open(str(path))
    make_demo(ledger, DemoSpec())
    server = SmtpTestServer(
        certificate=make_certificate(work), starttls=True, user=TEST_USER, password=TEST_PASSWORD
    ).start()
    with memory_keyring():
        connect(ledger, server, credit=1000)
        for document_id in posted_invoices(ledger)[6:16]:
            queue(ledger, SendRequest(document_id=document_id, by=users.session(ledger)))
        real_queue(ledger, server)
    server.stop()
    people(ledger, admin_password=PASSWORD)
    return ledger


def grab(widget: QWidget, out: Path, name: str) -> None:
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def tour(app: QApplication, ledger: Ledger, language: str, out: Path) -> None:
    apply_language(language)
    runner = Runner()
    login = LoginDialog(ledger, runner, ledger.location)
    login.login.setText(ADMINISTRATOR)
    login.show()
    settle(app, runner)
    grab(login, out, f"login-{language}")
    login.close()

    context = AppContext(ledger, runner, users.authenticate(ledger, ADMINISTRATOR, PASSWORD))
    window = MainWindow(ledger, context)
    window.resize(1280, 720)
    window.show()
    settle(app, runner)
    page = window.documents
    page.use_dates.setChecked(True)
    page.date_from.setDate(QDate(2025, 1, 1))
    page.mail.setCurrentIndex(min(3, page.mail.count() - 1))
    page.apply.click()
    settle(app, runner)
    grab(window, out, f"documents-filtered-{language}")
    page.use_dates.setChecked(False)
    page.mail.setCurrentIndex(0)
    page.apply.click()
    settle(app, runner)
    grab(window, out, f"documents-{language}")

    nav = window.navigation
    items = {
        nav.topLevelItem(i).data(0, 256)[0]: nav.topLevelItem(i)
        for i in range(nav.topLevelItemCount())
    }
    for key in PAGES:
        nav.setCurrentItem(items[key])
        settle(app, runner)
        grab(window, out, f"page-{key}-{language}")
    nav.setCurrentItem(items["documents"])
    settle(app, runner)

    rows = ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
    draft = next(r for r in rows if r.state is DocumentState.DRAFT)
    posted = next(r for r in rows if r.state is DocumentState.POSTED)
    for name, row in (("draft", draft), ("posted", posted)):
        editor = DocumentEditor(context, ledger.document(row.id), parent=window)
        editor.show()
        settle(app, runner)
        grab(editor, out, f"editor-{name}-{language}")
        editor.close()

    dialog = SendDialog(context, posted.id, parent=window)
    dialog.show()
    for _ in range(40):
        settle(app, runner, 2)
        if dialog.send_button.isEnabled():
            break
    dialog.to.setText(dialog.to.text() + ", bad@@example, ok@example.com")
    dialog.to.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(20):
        settle(app, runner, 2)
    grab(dialog, out, f"send-dialog-{language}")
    dialog.close()

    batch = BatchDialog(context, None, window)
    batch.show()
    batch.choice.by_dates.setChecked(True)
    batch.choice.date_from.setDate(QDate(2025, 1, 1))
    batch.preview_button.click()
    for _ in range(10):
        settle(app, runner, 2)
    grab(batch, out, f"batch-preview-{language}")
    batch.close()

    settings = SettingsDialog(context, window)
    settings.show()
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        settle(app, runner)
        grab(settings, out, f"settings-{index}-{language}")
    settings.close()
    window.close()
    settle(app, runner)


def empty_tour(app: QApplication, path: Path, language: str, out: Path) -> None:
    """A brand-new ledger (no company, no documents): what a first start looks like."""
    apply_language(language)
    ledger = Ledger.open(str(path))
    context = AppContext(ledger, Runner())
    window = MainWindow(ledger, context)
    window.resize(1280, 720)
    window.show()
    settle(app, context.runner)
    grab(window, out, f"empty-documents-{language}")
    nav = window.navigation
    items = {
        nav.topLevelItem(i).data(0, 256)[0]: nav.topLevelItem(i)
        for i in range(nav.topLevelItemCount())
    }
    for key in (PartyKind.CUSTOMER.value, "email-queue", "sent-report"):
        nav.setCurrentItem(items[key])
        settle(app, context.runner)
        grab(window, out, f"empty-{key}-{language}")
    window.close()
    settle(app, context.runner)
    ledger.close()


def main() -> None:
    work = Path(tempfile.mkdtemp())
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else work / "tour"
    out.mkdir(parents=True, exist_ok=True)
    ledger = make_ledger(work / "tour.sqlite3", work)
    app = QApplication.instance() or QApplication(sys.argv)
    for language in ("en", "et", "ar"):
        tour(app, ledger, language, out)
        empty_tour(app, work / f"empty-{language}.sqlite3", language, out)
    wait_for_all()
    app.processEvents()
    ledger.close()
    print(f"pictures in {out}")


if __name__ == "__main__":
    main()
