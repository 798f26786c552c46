"""The gettext template: every message the code outside Qt asks for through
:mod:`ledgerpost.i18n.translate`.

``python tools/translations.py update`` merges it into ``translations/po/<lang>.po``; the tests
check that every message in it is translated. Three sources: ``gettext``/``pgettext`` calls
in the print-copy, mail, service and CLI code; the descriptions of the declared settings
(context ``setting``); the names of the accounts the program adds to a chart (context
``account``, :mod:`ledgerpost.i18n.account_names`); and the problem patterns (context ``problem``,
the codes of problems and mail errors in :mod:`ledgerpost.i18n.problems`, on each surface).
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file

from ledgerpost.domain.settings import SETTINGS
from ledgerpost.i18n import account_names
from ledgerpost.i18n.problems import CONTEXT, SURFACE_TEXTS

PACKAGE = Path(__file__).resolve().parent.parent
KEYWORDS = {"_": None, "gettext": None, "pgettext": ((1, "c"), 2), "tr": None}
FOLDERS = ("documents", "services", "mail", "cli")


def code_messages() -> set[tuple[str | None, str]]:
    """(context, message) of every translation call in the code outside the window."""
    found: set[tuple[str | None, str]] = set()
    for folder in FOLDERS:
        for _file, _line, message, _comments, context in extract_from_dir(
            PACKAGE / folder, keywords=KEYWORDS, comment_tags=()
        ):
            found.add((context, message))
    for name in ("translate.py", "value_names.py"):
        for _line, message, _comments, context in extract_from_file(
            "python", PACKAGE / "i18n" / name, keywords=KEYWORDS, comment_tags=()
        ):
            found.add((context, message))
    return found


def template_catalogue() -> Catalog:
    catalog = Catalog(project="LedgerPost", version="0.1", charset="utf-8")
    for context, message in sorted(code_messages(), key=lambda m: (m[0] or "", m[1])):
        catalog.add(message, context=context)
    for setting in SETTINGS:
        catalog.add(setting.description, context="setting")
    for account in account_names.ADDED:
        catalog.add(account.name, context=account_names.CONTEXT)
    for texts in SURFACE_TEXTS.values():
        for text in texts.values():
            catalog.add(text, context=CONTEXT)
    return catalog
