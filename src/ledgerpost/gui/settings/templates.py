"""The "Messages" tab: the words each kind of document is mailed with, per language.

Pick a kind and a language, edit subject, text, greeting and signature; the preview beside
shows the message filled with sample values in that language. Placeholders are listed with
what they stand for and go in at the cursor with a click. Whatever differs from the bundled
wording is kept as the user's own (the ``mail.templates`` setting); "Restore default" drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.templates import (
    EMPLOYEE_REPORT,
    KINDS,
    OPEN_ITEMS,
    PLACEHOLDERS,
    STATEMENT,
    TEXT_FIELDS,
    MessageTemplate,
    placeholders_for,
    problems_of,
)
from ledgerpost.gui.settings.fields import problem_label, show_problem
from ledgerpost.gui.widgets.labels import document_type_name
from ledgerpost.gui.widgets.language import LANGUAGE_NAMES, problem_message
from ledgerpost.services import message_templates as templates
from ledgerpost.services.message_templates import Key

Editor = QLineEdit | QPlainTextEdit


class TemplatesTab(QWidget):
    def __init__(
        self, company_name: Callable[[], str], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.company_name = company_name
        self.own: dict[Key, MessageTemplate] = {}
        self._loading = False
        self._build_pickers(language)
        form = self._build_form()
        self._build_preview()
        self._lay_out(form)
        self._connect()
        self._load()

    def _build_pickers(self, language: str) -> None:
        """Kind and language of the message, whose wording it is, and the restore button."""
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of message"))
        for kind in KINDS:
            self.kind.addItem(self.kind_name(kind), kind)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Whose wording this is"))
        self.restore = QPushButton(self.tr("&Restore default"))
        self.restore.setAccessibleName(self.tr("Restore the default wording"))

    def _build_form(self) -> QFormLayout:
        """Subject, text, greeting and signature, each with its problem line below."""
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.greeting = QLineEdit()
        self.signature = QPlainTextEdit()
        self.signature.setMaximumHeight(70)
        self.editors: dict[str, Editor] = {
            "subject": self.subject,
            "body": self.body,
            "greeting": self.greeting,
            "signature": self.signature,
        }
        names = {
            "subject": self.tr("Subject"),
            "body": self.tr("Message text"),
            "greeting": self.tr("Greeting"),
            "signature": self.tr("Signature"),
        }
        self.problems = {name: problem_label(names[name]) for name in TEXT_FIELDS}
        self._last_editor: Editor = self.body
        form = QFormLayout()
        for name, editor in self.editors.items():
            editor.setAccessibleName(names[name])
            editor.installEventFilter(self)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(self.problems[name])
            label = QLabel(names[name] + ":")
            label.setBuddy(editor)
            form.addRow(label, box)
        return form

    def _build_preview(self) -> None:
        """The placeholder list and the preview with sample values."""
        self.placeholders = QListWidget()
        self.placeholders.setAccessibleName(self.tr("Placeholders"))
        self.placeholders.setToolTip(self.tr("Click one to put it in at the cursor"))
        self.placeholders.setMaximumHeight(150)
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setStyleSheet("font-weight: bold;")
        self.preview_subject.setAccessibleName(self.tr("Preview of the subject"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of the message"))
        self.general_problem = problem_label(self.tr("Problem with the templates"))

    def _lay_out(self, form: QFormLayout) -> None:
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(self.tr("Message for:")))
        pickers.addWidget(self.kind, 1)
        pickers.addWidget(QLabel(self.tr("in")))
        pickers.addWidget(self.language)
        pickers.addStretch(1)
        pickers.addWidget(self.state)
        pickers.addWidget(self.restore)

        editing = QWidget()
        left = QVBoxLayout(editing)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        help_box = QGroupBox(self.tr("Placeholders (click to insert)"))
        QVBoxLayout(help_box).addWidget(self.placeholders)
        left.addWidget(help_box)
        preview_box = QGroupBox(self.tr("Preview with sample values"))
        right = QVBoxLayout(preview_box)
        right.addWidget(self.preview_subject)
        right.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.addWidget(editing)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.general_problem)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.restore.clicked.connect(self.restore_default)
        for editor in self.editors.values():
            editor.cursorPositionChanged.connect(lambda *_, editor=editor: self._remember(editor))
        self.subject.textChanged.connect(self._edited)
        self.greeting.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.signature.textChanged.connect(self._edited)
        self.placeholders.itemClicked.connect(self._insert)
        self.placeholders.itemActivated.connect(self._insert)
        self.kind.currentIndexChanged.connect(self._load)
        self.language.currentIndexChanged.connect(self._load)

    def kind_name(self, kind: str) -> str:
        if kind == STATEMENT:
            return self.tr("Customer statement")
        if kind == OPEN_ITEMS:
            return self.tr("Customer statement, open items")
        if kind == EMPLOYEE_REPORT:
            return self.tr("Employee report")
        return document_type_name(DocumentType(kind))

    def placeholder_meaning(self, name: str) -> str:
        return {
            "party_name": self.tr("the customer's, supplier's or employee's name"),
            "document_number": self.tr("the document number"),
            "date": self.tr("the document date"),
            "total": self.tr("the total with its currency"),
            "due_date": self.tr("the date payment is due"),
            "company_name": self.tr("your company's name"),
            "period": self.tr("the period the statement or report covers"),
            "subject": self.tr("the letter's own subject"),
        }.get(name, "")

    # --- values -------------------------------------------------------------------------

    def key(self) -> Key:
        return (self.kind.currentData(), self.language.currentData())

    def choose(self, kind: str, language: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.language.setCurrentIndex(self.language.findData(language))

    def values(self) -> dict[str, Any]:
        return {"mail.templates": templates.to_setting(self.own.values())}

    def set_values(self, values: dict[str, Any]) -> None:
        self.own = templates.own_templates(values.get("mail.templates", []))
        self._load()

    def first_with_problems(self) -> Key | None:
        """The first of the user's templates that cannot be saved as it is."""
        for key, template in sorted(self.own.items()):
            if problems_of(template):
                return key
        return None

    def show_problems(self, problems: dict[str, str]) -> bool:
        show_problem(self.general_problem, problems.get("mail.templates", ""))
        return "mail.templates" in problems

    def edited_template(self) -> MessageTemplate:
        kind, language = self.key()
        return MessageTemplate(
            kind=kind,
            language=language,
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            greeting=self.greeting.text(),
            signature=self.signature.toPlainText(),
        )

    def restore_default(self) -> None:
        self.own.pop(self.key(), None)
        self._load()

    # --- editing ------------------------------------------------------------------------

    def _load(self) -> None:
        kind, language = self.key()
        template = templates.current(kind, language, self.own)
        self._loading = True
        try:
            for name, editor in self.editors.items():
                if isinstance(editor, QLineEdit):
                    editor.setText(template.text(name))
                else:
                    editor.setPlainText(template.text(name))
        finally:
            self._loading = False
        direction = (
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
        for widget in (*self.editors.values(), self.preview, self.preview_subject):
            widget.setLayoutDirection(direction)
        self.placeholders.clear()
        allowed = placeholders_for(kind)
        for name in (*PLACEHOLDERS, "period", "subject"):
            if name in allowed:
                item = QListWidgetItem(f"{{{name}}} — {self.placeholder_meaning(name)}")
                item.setData(Qt.ItemDataRole.UserRole, f"{{{name}}}")
                self.placeholders.addItem(item)
        self._refresh()

    def _edited(self) -> None:
        if self._loading:
            return
        template = self.edited_template()
        if template == templates.bundled(template.kind, template.language):
            self.own.pop(self.key(), None)
        else:
            self.own[self.key()] = template
        self._refresh()

    def _refresh(self) -> None:
        template = self.edited_template()
        own = self.key() in self.own
        self.state.setText(self.tr("Your own wording") if own else self.tr("Default wording"))
        self.restore.setEnabled(own)
        by_field: dict[str, list[str]] = {}
        for problem in problems_of(template):
            by_field.setdefault(problem.field, []).append(problem_message(problem))
        for name, label in self.problems.items():
            show_problem(label, " ".join(by_field.get(name, [])))
        filled = templates.preview(template, self.company_name())
        self.preview_subject.setText(self.tr("Subject: %1").replace("%1", filled.subject))
        closing = "\n".join(t for t in (filled.greeting, filled.signature) if t.strip())
        self.preview.setPlainText(filled.body + ("\n\n" + closing if closing else ""))

    def refresh_preview(self) -> None:
        """Redraw the preview (the company name may have changed)."""
        self._refresh()

    def _insert(self, item: QListWidgetItem) -> None:
        text = str(item.data(Qt.ItemDataRole.UserRole))
        editor = self._last_editor
        if isinstance(editor, QLineEdit):
            editor.insert(text)
        else:
            editor.insertPlainText(text)
        editor.setFocus()

    def _remember(self, editor: Editor) -> None:
        if not self._loading:
            self._last_editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self.editors.values():
            self._remember(watched)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)
