"""Regenerate docs/screenshots/customers.png, party-editor.png, users.png and
customers-hidden-contact.png on the demo company. Run from the repository root:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/make_user_pages.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ledgerpost.domain.parties import PartyKind  # noqa: E402
from ledgerpost.domain.users import ADMINISTRATOR, Right, User  # noqa: E402
from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.main_window import MainWindow  # noqa: E402
from ledgerpost.gui.people.parties_page import PartiesPage  # noqa: E402
from ledgerpost.gui.people.users_page import UsersPage  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402
from ledgerpost.services import users  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
ADMIN_PASSWORD = "screenshot password"


def settle(app: QApplication, runner: Runner) -> None:
    for _ in range(5):
        runner.wait()
        app.processEvents()


def people(ledger: Ledger, admin_password: str = ADMIN_PASSWORD) -> None:
    """The administrator with a password and two more users with fewer rights (the tour,
    make_tour.py, signs in with the same people)."""
    admin = users.session(ledger)
    users.update_user(
        ledger,
        User(
            ADMINISTRATOR,
            "Kadri Mets",
            "kadri@demo.example",
            rights=frozenset(Right),
            id=admin.user.id,
        ),
        admin,
    )
    users.set_password(ledger, ADMINISTRATOR, admin_password, admin)
    clerk = frozenset({Right.POST_DOCUMENTS, Right.SEND_EMAIL, Right.SEE_CONTACTS})
    users.add_user(
        ledger, User("anna", "Anna Kask", "anna@demo.example", rights=clerk), "anna's pw!", admin
    )
    users.add_user(
        ledger, User("jaan", "Jaan Tamm", rights=frozenset({Right.POST_DOCUMENTS})), "", admin
    )


def main() -> None:
    work = Path(tempfile.mkdtemp())
    db = work / "shots.sqlite3"
    subprocess.run([sys.executable, "-m", "ledgerpost", "--db", str(db), "demo"], check=True)
    ledger = Ledger.open(str(db))
    people(ledger)
    app = QApplication.instance() or QApplication(sys.argv)

    session = users.authenticate(ledger, ADMINISTRATOR, ADMIN_PASSWORD)
    context = AppContext(ledger, Runner(), session)
    window = MainWindow(ledger, context)
    window.resize(1280, 720)
    window.show()
    settle(app, context.runner)
    nav = window.navigation
    items = {
        nav.topLevelItem(i).data(0, 256)[0]: nav.topLevelItem(i)
        for i in range(nav.topLevelItemCount())
    }

    nav.setCurrentItem(items[PartyKind.CUSTOMER.value])
    settle(app, context.runner)
    customers = window.page(PartyKind.CUSTOMER.value)
    assert isinstance(customers, PartiesPage)
    with_contacts = next(
        r for r in range(customers.model.rowCount()) if customers.model.card(r).party.contacts
    )
    customers.table.selectRow(with_contacts)
    settle(app, context.runner)
    window.grab().save(str(OUT / "customers.png"))
    customers.edit_selected()
    settle(app, context.runner)
    assert customers.editor is not None
    customers.editor.grab().save(str(OUT / "party-editor.png"))
    customers.editor.reject()

    nav.setCurrentItem(items["users"])
    settle(app, context.runner)
    page = window.page("users")
    assert isinstance(page, UsersPage)
    page.table.selectRow(1)
    settle(app, context.runner)
    window.grab().save(str(OUT / "users.png"))
    window.close()

    jaan = users.refresh(ledger, users.authenticate(ledger, "anna", "anna's pw!"))
    jaan = type(jaan)(User("jaan", "Jaan Tamm", rights=frozenset({Right.POST_DOCUMENTS})))
    clerk_context = AppContext(ledger, Runner(), jaan)
    clerk_window = MainWindow(ledger, clerk_context)
    clerk_window.resize(1280, 720)
    clerk_window.show()
    settle(app, clerk_context.runner)
    nav = clerk_window.navigation
    for i in range(nav.topLevelItemCount()):
        if nav.topLevelItem(i).data(0, 256)[0] == PartyKind.CUSTOMER.value:
            nav.setCurrentItem(nav.topLevelItem(i))
    settle(app, clerk_context.runner)
    clerk_window.grab().save(str(OUT / "customers-hidden-contact.png"))

    ledger.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
