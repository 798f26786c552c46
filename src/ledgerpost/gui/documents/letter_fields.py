"""What the editor shows of a customer letter instead of lines and totals: the header (the
email's subject when it is mailed), the body (paragraphs apart by a blank line, a list as lines
starting with "- "), the closing ("Kind regards"), the signer, chosen from the users or typed,
and the language it is written in (its print copy's labels and its message follow it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ledgerpost.domain.documents import Letter
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import LANGUAGE_NAMES
from ledgerpost.services import users


class LetterFields(QWidget):
    """The letter's own fields; ``changed`` whenever one of them does."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._new = True
        """No letter shown yet: the writer's own name is offered as the signer."""
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Header"))
        self.subject.setPlaceholderText(self.tr("The subject, also of the email"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Body"))
        self.body.setPlaceholderText(
            self.tr(
                "Dear customer,\n\nA blank line starts a new paragraph.\n"
                "- a line starting with a dash is an item of a list"
            )
        )
        self.body.setTabChangesFocus(True)
        self.greeting = QLineEdit()
        self.greeting.setAccessibleName(self.tr("Closing"))
        self.greeting.setPlaceholderText(self.tr("e.g. Kind regards"))
        self.signer = QComboBox()
        self.signer.setEditable(True)
        self.signer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.signer.setAccessibleName(self.tr("Signed by"))
        self.signer.setToolTip(self.tr("A user of the ledger, or any name typed here"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Written in"))
        self.language.setToolTip(
            self.tr("The print copy's labels and the email's words follow this language")
        )
        self.language.addItem(self.tr("The party's language"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Header"), self.subject)
        form.addRow(self.tr("&Body"), self.body)
        form.addRow(self.tr("&Closing"), self.greeting)
        form.addRow(self.tr("Si&gned by"), self.signer)
        form.addRow(self.tr("&Written in"), self.language)
        for edit in (self.subject, self.greeting):
            edit.textChanged.connect(self.changed)
        self.body.textChanged.connect(self.changed)
        self.signer.editTextChanged.connect(self.changed)
        self.language.currentIndexChanged.connect(self.changed)
        self._load_signers()

    def _load_signers(self) -> None:
        """The active users' names, read in the background; a typed name stays as typed."""
        ledger = self.context.ledger

        def fill(names: list[str]) -> None:
            typed = self.signer.currentText()
            self.signer.blockSignals(True)
            self.signer.clear()
            self.signer.addItems(names)
            self.signer.setEditText(typed or (self._own_name(names) if self._new else ""))
            self.signer.blockSignals(False)

        self.context.runner.run(lambda: users.signers(ledger), fill, owner=self)

    def _own_name(self, names: list[str]) -> str:
        """A new letter is signed by whoever writes it, when their card has a name."""
        mine = self.context.by.user.name
        return mine if mine in names else ""

    def set_letter(self, letter: Letter | None) -> None:
        self._new = self._new and letter is None
        letter = letter or Letter("", "")
        self.subject.setText(letter.subject)
        self.body.setPlainText(letter.body)
        self.greeting.setText(letter.greeting)
        self.signer.setEditText(letter.signer)
        self.language.setCurrentIndex(max(self.language.findData(letter.language), 0))

    def letter(self) -> Letter:
        """The letter as the fields stand (the body as typed, its ends trimmed)."""
        return Letter(
            subject=self.subject.text().strip(),
            body=self.body.toPlainText().strip("\n").rstrip(),
            greeting=self.greeting.text().strip(),
            signer=self.signer.currentText().strip(),
            language=str(self.language.currentData() or ""),
        )

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.subject, self.greeting):
            edit.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        self.signer.setEnabled(not read_only)
        self.language.setEnabled(not read_only)
