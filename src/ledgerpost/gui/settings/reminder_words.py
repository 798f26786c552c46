"""The words of one reminder level in one language: subject and text, the bundled ones until
the user writes their own; "Restore bundled words" drops the user's.

The level's own words are kept in its ``texts`` (``reminders.levels``); a text the same as
the bundled one is not kept, so later improvements of the bundled words still reach it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.reminder_levels import KIND, field_of
from ledgerpost.domain.reminders import LevelText
from ledgerpost.domain.templates import placeholders_for
from ledgerpost.gui.settings.fields import problem_label, show_problem
from ledgerpost.gui.widgets.language import LANGUAGE_NAMES
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import reminder_texts


def bundled(entry: dict[str, Any], language: str) -> LevelText:
    """The bundled words of the level ``entry`` in ``language``, else English's (a level due
    before the due date: the friendly notice's)."""
    level, days = int(entry["level"]), int(entry.get("days", 0))
    found = reminder_texts.bundled_words(level, days, language)
    english = reminder_texts.bundled_words(level, days, reminder_texts.FALLBACK)
    assert english is not None  # the installation always has English
    return found or english


class ReminderWords(QGroupBox):
    edited = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: dict[str, Any] | None = None
        self._loading = False
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the words"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.state = QLabel()
        self.state.setStyleSheet(style(Tone.QUIET))
        self.restore = QPushButton(self.tr("Restore &bundled words"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Reminder subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Reminder text"))
        self.problems = {
            "subject": problem_label(self.tr("Problem with the subject")),
            "body": problem_label(self.tr("Problem with the text")),
        }
        names = ", ".join("{" + p + "}" for p in sorted(placeholders_for(KIND)))
        hint = QLabel(self.tr("Placeholders: %1").replace("%1", names))
        hint.setWordWrap(True)
        hint.setStyleSheet(style(Tone.QUIET))
        self._lay_out(hint)
        self.language.currentIndexChanged.connect(self._show)
        self.subject.textEdited.connect(self._keep)
        self.body.textChanged.connect(self._keep)
        self.restore.clicked.connect(self._restore)

    def _lay_out(self, hint: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language)
        top.addWidget(self.state, 1)
        top.addWidget(self.restore)
        form = QFormLayout()
        for label, editor, name in (
            (self.tr("Subject:"), self.subject, "subject"),
            (self.tr("Text:"), self.body, "body"),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(self.problems[name])
            form.addRow(label, box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(hint)

    def code(self) -> str:
        return str(self.language.currentData())

    def show_level(self, entry: dict[str, Any] | None) -> None:
        """Edit the words of ``entry`` (a level of the table), in the chosen language."""
        self.entry = entry
        self.setEnabled(entry is not None)
        self.setTitle(
            self.tr("Words of level %1").replace("%1", str(entry["level"])) if entry else ""
        )
        self._show()

    def _show(self) -> None:
        entry, language = self.entry, self.code()
        self._loading = True
        if entry is None:
            self.subject.clear()
            self.body.clear()
        else:
            own = dict(entry.get("texts", {})).get(language)
            words = (
                LevelText(own.get("subject", ""), own.get("body", ""))
                if own
                else bundled(entry, language)
            )
            self.subject.setText(words.subject)
            self.body.setPlainText(words.body)
        self._loading = False
        self._show_state()

    def _show_state(self) -> None:
        own = self.entry is not None and self.code() in dict(self.entry.get("texts", {}))
        self.state.setText(self.tr("Your own words") if own else self.tr("The bundled words"))
        self.restore.setEnabled(own)

    def _keep(self) -> None:
        """Keep what was typed as the level's own words (none when it is the bundled)."""
        if self._loading or self.entry is None:
            return
        language = self.code()
        texts = dict(self.entry.get("texts", {}))
        typed = LevelText(self.subject.text(), self.body.toPlainText())
        if typed == bundled(self.entry, language):
            texts.pop(language, None)
        else:
            texts[language] = {"subject": typed.subject, "body": typed.body}
        self.entry["texts"] = texts
        self._show_state()
        self.edited.emit()

    def _restore(self) -> None:
        if self.entry is not None:
            texts = dict(self.entry.get("texts", {}))
            texts.pop(self.code(), None)
            self.entry["texts"] = texts
            self._show()
            self.edited.emit()

    def show_problems(self, by_field: dict[str, str]) -> None:
        """The problems of the words shown (level and language), under their editor."""
        for name, label in self.problems.items():
            key = field_of(int(self.entry["level"]), name, self.code()) if self.entry else ""
            show_problem(label, by_field.get(key, ""))
