"""The settings dialog: company, sending accounts, message templates, sending and credits.

Every field comes from a declared setting (ledgerpost.domain.settings) or the company card.
OK and Apply check everything first and show each problem next to its field; nothing is
written while any value is wrong. Saving runs in the background; Cancel or Esc discards.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ledgerpost.domain.parties import Company
from ledgerpost.domain.problems import Problem
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.settings.accounts import AccountsTab
from ledgerpost.gui.settings.company import CompanyTab
from ledgerpost.gui.settings.fields import FieldSet, add_row
from ledgerpost.gui.settings.language import LanguageTab
from ledgerpost.gui.settings.reminder_levels import ReminderLevelsTab
from ledgerpost.gui.settings.templates import LANGUAGE_NAMES, TemplatesTab
from ledgerpost.gui.widgets.language import problem_message
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import settings as settings_service
from ledgerpost.services import settings_editor
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.settings_editor import ApplyResult, SettingsChange

SENDING_KEYS = ("mail.send_delay_seconds", "mail.test_address", "mail.size_limit_mb")
CREDIT_KEYS = ("credits.package_size", "credits.package_price", "credits.package_currency")


class SettingsDialog(QDialog):
    notice = Signal(str)
    """A sentence for the status bar after saving (e.g. where the password is kept)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        self.resize(940, 680)
        self._saving = False
        ledger = context.ledger
        values = settings_service.load(ledger)
        self._build_tabs(ledger)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._fill(values)

    def _build_tabs(self, ledger: Ledger) -> None:
        """Company, sending accounts, messages, sending, credits and language, one tab each."""
        company = ledger.company()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        # A new ledger has no company yet: the same tab starts its books (name, currency).
        self.company_tab: CompanyTab | None = CompanyTab(
            company or Company(name=""),
            settings_editor.load_logo(ledger) if company else None,
            new=company is None,
        )
        self.tabs.addTab(self.company_tab, self.tr("&Company"))
        self.accounts_tab = AccountsTab(self.context)
        self.smtp_tab = self.accounts_tab.smtp_tab
        self.tabs.addTab(self.accounts_tab, self.tr("Sending &accounts"))
        self.templates_tab = TemplatesTab(self._company_name, company.language if company else "en")
        self.tabs.addTab(self.templates_tab, self.tr("Messa&ges"))
        self.sending = FieldSet(SENDING_KEYS)
        self.sending_page = self._form_page(
            self.sending,
            self.tr(
                "How messages leave the outbox. While you try things out, set a test address: "
                "then nothing reaches a customer."
            ),
        )
        self.tabs.addTab(self.sending_page, self.tr("&Sending"))
        self.credits = FieldSet(CREDIT_KEYS)
        self.credits_page = self._form_page(
            self.credits,
            self.tr(
                "Each message the server accepts uses one credit; credits are bought in "
                "packages of this size and price."
            ),
        )
        self.tabs.addTab(self.credits_page, self.tr("C&redits"))
        self.reminders_tab = ReminderLevelsTab()
        self.tabs.addTab(self.reminders_tab, self.tr("Re&minders"))
        self.language_tab = LanguageTab()
        self.tabs.addTab(self.language_tab, self.tr("&Language"))

    def _build_buttons(self) -> None:
        """The save status, and OK / Apply / Cancel."""
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Save status"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(lambda: self.save(close=True))
        self.buttons.rejected.connect(self.reject)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(lambda: self.save(close=False))

    def _fill(self, values: dict[str, Any]) -> None:
        """Every tab shows the saved values; the messages' preview follows the company name."""
        self.smtp_tab.set_values(values)
        self.templates_tab.set_values(values)
        self.sending.set_values(values)
        self.credits.set_values(values)
        self.reminders_tab.set_values(values)
        self.language_tab.set_values(values)
        if self.company_tab is not None:
            self.company_tab.edits["company.name"].textChanged.connect(
                self.templates_tab.refresh_preview
            )

    def _form_page(self, fields: FieldSet, explanation: str) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        for field in fields.fields.values():
            field.show_description()
            add_row(form, field)
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _company_name(self) -> str:
        if self.company_tab is not None:
            return self.company_tab.edits["company.name"].text().strip()
        return ""

    # --- saving -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every declared setting as the dialog shows it now."""
        values: dict[str, Any] = {}
        values.update(self.smtp_tab.values())
        values.update(self.templates_tab.values())
        values.update(self.sending.values())
        values.update(self.credits.values())
        values.update(self.reminders_tab.values())
        values.update(self.language_tab.values())
        return values

    def change(self) -> SettingsChange:
        company_tab = self.company_tab
        return SettingsChange(
            values=self.values(),
            company=company_tab.company() if company_tab else None,
            logo=company_tab.logo if company_tab else None,
            logo_changed=company_tab.logo_changed if company_tab else False,
            password=self.smtp_tab.typed_password(),
        )

    @property
    def saving(self) -> bool:
        return self._saving

    def save(self, close: bool) -> None:
        """Check everything; store it in the background only if nothing is wrong."""
        if self._saving:
            return
        key = self.templates_tab.first_with_problems()
        if key is not None:
            self.tabs.setCurrentWidget(self.templates_tab)
            self.templates_tab.choose(*key)
            self._say(
                self.tr(
                    "Nothing was saved: the %1 message in %2 has problems, shown in red; "
                    "correct them or restore the default."
                )
                .replace("%1", self.templates_tab.kind_name(key[0]).lower())
                .replace("%2", LANGUAGE_NAMES.get(key[1], key[1])),
                problem=True,
            )
            return
        change = self.change()
        problems = settings_editor.problems(change)
        if problems:
            self._show_problems(problems)
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self._say(self.tr("Saving…"))
        ledger, by = self.context.ledger, self.context.by
        self.context.runner.run(
            lambda: settings_editor.apply(ledger, change, by),
            lambda result: self._saved(result, change, close),
            self._save_failed,
        )

    def _saved(self, result: ApplyResult, change: SettingsChange, close: bool) -> None:
        if not isValid(self):
            return
        self._saving = False
        self.buttons.setEnabled(True)
        if result.problems:
            self._show_problems(list(result.problems))
            return
        self._clear_problems()
        if self.company_tab is not None:
            self.company_tab.saved()
        if result.account_key:
            self.context.session_passwords[result.account_key] = change.password
            self.smtp_tab.password_saved(result.password_note)
        self.accounts_tab.refresh()
        self.context.changes.settings.emit()
        self._say(self.tr("Settings saved."))
        if result.password_note:
            self.notice.emit(self.tr("Settings saved. %1").replace("%1", result.password_note))
        if close:
            self.accept()

    def _save_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._saving = False
        self.buttons.setEnabled(True)
        if not errors.is_known(error):
            self._say(self.tr("The settings could not be saved because of an unexpected error."))
        text = self.tr("Nothing was saved: %1")
        errors.tell(error, lambda reason: self._say(text.replace("%1", reason), problem=True))

    # --- problems -----------------------------------------------------------------------

    def _pages(self) -> list[tuple[QWidget, Any]]:
        pages: list[tuple[QWidget, Any]] = []
        if self.company_tab is not None:
            pages.append((self.company_tab, self.company_tab))
        pages += [
            (self.accounts_tab, self.smtp_tab),
            (self.templates_tab, self.templates_tab),
            (self.sending_page, self.sending),
            (self.credits_page, self.credits),
            (self.reminders_tab, self.reminders_tab),
            (self.language_tab, self.language_tab),
        ]
        return pages

    def _show_problems(self, problems: list[Problem]) -> None:
        by_key: dict[str, str] = {}
        for problem in problems:
            joined = by_key.get(problem.field, "")
            by_key[problem.field] = f"{joined} {problem_message(problem)}".strip()
        wrong = [page for page, holder in self._pages() if holder.show_problems(by_key)]
        if wrong and self.tabs.currentWidget() not in wrong:
            self.tabs.setCurrentWidget(wrong[0])
        self._say(
            self.tr(
                "Nothing was saved: %n value(s) need a correction, shown in red.", "", len(by_key)
            ),
            problem=True,
        )

    def _clear_problems(self) -> None:
        for _page, holder in self._pages():
            holder.show_problems({})

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style(Tone.PROBLEM) if problem else "")
