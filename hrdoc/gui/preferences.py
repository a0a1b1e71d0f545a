"""Preferences: who is working, when to lock, the organisation on report covers, and the interface's language
(taken into use when hrdoc next starts: :mod:`hrdoc.gui.i18n`); and the first run's question of who is working.

Values are read from and saved through the typed registry in :mod:`hrdoc.gui.settings`. A field that
cannot be saved says why, beside it, and Save stays disabled until every field is acceptable.

The investigator's name is who acts in everything the app writes: the audit log, the chain of custody, the
"acquired by" of evidence, the author of records. It is never guessed from the computer's login name (often
"root" or a shared account): the first run asks for it (:class:`InvestigatorDialog`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui import colours, i18n, settings
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import box_mnemonics, focus_first_input, guard_wheels
from hrdoc.services.languages import ENGLISH, LANGUAGES, RIGHT_TO_LEFT

MIN_MINUTES = 1
MAX_MINUTES = 240
MAX_NAME = 200  # the width of the created_by columns
MAX_ORGANISATION = 200
LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK = "\u200e", "\u200f"
NEXT_START = str(QT_TR_NOOP("Your choice takes effect when hrdoc next starts."))  # looked up in the chosen language too


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.setMinimumWidth(560)

        self.investigator = QLineEdit(settings.INVESTIGATOR.get())
        self.investigator.setObjectName("investigator")
        self.investigator.setMaxLength(MAX_NAME + 1)  # one more, so an over-long paste is explained, not cut
        self.investigator.setPlaceholderText(tr("for example A. Diallo, or a handle"))
        self.investigator_error = self._error_label("investigatorError")

        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setRange(MIN_MINUTES, MAX_MINUTES)
        self.autolock.setSuffix(tr(" min"))
        self.autolock.setValue(min(max(settings.AUTOLOCK_MINUTES.get(), MIN_MINUTES), MAX_MINUTES))
        self.autolock_error = self._error_label("autolockError")

        self.organisation = QLineEdit(settings.ORGANISATION.get())
        self.organisation.setObjectName("organisation")
        self.organisation.setMaxLength(MAX_ORGANISATION + 1)
        self.organisation.setPlaceholderText(tr("optional"))
        self.organisation_error = self._error_label("organisationError")

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:  # each in its own language, whatever the interface's
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.chosen_language()), 0))
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(
            form,
            tr("&Investigator name:"),
            self.investigator,
            self._hint(who_acts_hint()),
            self.investigator_error,
        )
        minutes = tr("Minutes without input before hrdoc locks ({minimum}–{maximum}).").format(
            minimum=MIN_MINUTES, maximum=MAX_MINUTES
        )
        self._add_row(form, tr("&Lock after idle:"), self.autolock, self._hint(minutes), self.autolock_error)
        organisation_hint = self._hint(tr("Shown on report covers."))
        self._add_row(form, tr("&Organisation:"), self.organisation, organisation_hint, self.organisation_error)
        self._add_row(form, tr("Lan&guage:"), self.language, self.language_note, None)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        box_mnemonics(self.buttons, {"i", "l", "o", "g"})
        guard_wheels(self)

        self.investigator.textChanged.connect(self.validate)
        self.organisation.textChanged.connect(self.validate)
        self.autolock.lineEdit().textChanged.connect(self.validate)  # typing, including half-typed numbers
        self.autolock.valueChanged.connect(self.validate)  # setValue() and the arrows change the text silently
        self.language.currentIndexChanged.connect(self._note_language)  # before validate(), which makes room
        self.language.currentIndexChanged.connect(self.validate)
        self._note_language()
        self.validate()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """Show the dialog; True if the user saved (the settings are then written)."""
        dialog = cls(parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()
        focus_first_input(self)

    def _fit_height(self) -> None:
        """As tall as the notes and errors need at the dialog's width: a note beside an error wraps onto more lines
        (more still in French), which the size hint, blind to wrapping, leaves out."""
        layout = self.layout()
        needed = max(self.sizeHint().height(), layout.totalHeightForWidth(self.width()) if layout else 0)
        if self.height() < needed:
            self.resize(self.width(), needed)

    # -- layout ----------------------------------------------------------------------------------------

    def _add_row(self, form: QFormLayout, text: str, field: QWidget, below: QLabel, beside: QLabel | None) -> None:
        label = QLabel(text)
        label.setBuddy(field)  # Alt+letter goes to the field; a screen reader names it by the label
        form.addRow(label, self._row(field, below, beside))

    @staticmethod
    def _error_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        colours.style(label, colours.ERROR_STYLE)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _hint(text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        colours.style(note, colours.SECONDARY_STYLE)  # quieter than the fields, still readable
        return note

    @staticmethod
    def _row(field: QWidget, below: QLabel, beside: QLabel | None) -> QWidget:
        """The field with a note below it and, beside both, where its error appears."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(field, 0, 0)
        grid.addWidget(below, 1, 0)
        if beside is not None:
            beside.setMinimumWidth(170)
            grid.addWidget(beside, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return box

    # -- validation ------------------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """What is wrong, per field ("investigator", "autolock", "organisation"); empty when all is well."""
        found: dict[str, str] = {}
        if name_problem := investigator_problem(self.investigator.text()):
            found["investigator"] = name_problem
        if not self.autolock.lineEdit().hasAcceptableInput():
            found["autolock"] = tr("Enter a whole number of minutes from {minimum} to {maximum}.").format(
                minimum=MIN_MINUTES, maximum=MAX_MINUTES
            )
        if len(self.organisation.text().strip()) > MAX_ORGANISATION:
            found["organisation"] = tr("At most {count} characters.").format(count=MAX_ORGANISATION)
        return found

    def validate(self) -> bool:
        found = self.problems()
        for key, label in (
            ("investigator", self.investigator_error),
            ("autolock", self.autolock_error),
            ("organisation", self.organisation_error),
        ):
            label.setText(found.get(key, ""))
            label.setVisible(key in found)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not found)
        if self.isVisible():  # an error or note needs room
            self._fit_height()
        return not found

    def _note_language(self) -> None:
        """A language other than the one running takes effect at the next start (the windows made so far keep
        their texts): said in the interface's language and, below, in the language chosen."""
        language = str(self.language.currentData())
        if language == i18n.running:
            self.language_note.hide()
            return
        text = tr(NEXT_START)
        if language == ENGLISH:
            theirs = NEXT_START
        else:
            catalogue = i18n.load_catalogue(language)
            theirs = (catalogue.translate(i18n.CONTEXT, NEXT_START) or "") if catalogue is not None else ""
        if theirs and theirs != text:
            # Its own direction inside the interface's (a French line in an Arabic dialog ends with its full stop).
            mark = RIGHT_TO_LEFT_MARK if language in RIGHT_TO_LEFT else LEFT_TO_RIGHT_MARK
            text += "\n" + mark + theirs + mark
        self.language_note.setText(text)
        self.language_note.show()

    def save(self) -> None:
        settings.INVESTIGATOR.set(self.investigator.text().strip())
        settings.AUTOLOCK_MINUTES.set(self.autolock.value())
        settings.ORGANISATION.set(self.organisation.text().strip())
        language = str(self.language.currentData())
        if settings.LANGUAGE.get() or language != i18n.system_language():  # else it keeps following the system's
            settings.LANGUAGE.set(language)

    def accept(self) -> None:
        if not self.validate():
            return
        self.save()
        super().accept()


def who_acts_hint() -> str:
    return tr(
        "Recorded as who acts in the audit log and the chain of custody, who acquired evidence, and the author "
        "of what you create.",
    )


def investigator_problem(text: str) -> str:
    """What is wrong with ``text`` as the investigator's name, or ""."""
    name = text.strip()
    if not name:
        return tr("Enter your name or handle.")
    if len(name) > MAX_NAME:
        return tr("At most {count} characters.").format(count=MAX_NAME)
    return ""


class InvestigatorDialog(QDialog):
    """First run (no name in Preferences): who is working. The name is saved in Preferences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("investigatorDialog")
        self.setWindowTitle(tr("Who is working?"))
        self.setMinimumWidth(460)
        intro = QLabel(tr("Enter your name or the handle your team knows you by."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("investigator")
        self.name.setMaxLength(MAX_NAME + 1)
        self.name.setPlaceholderText(tr("for example A. Diallo, or a handle"))
        label = QLabel(tr("&Investigator name:"))
        label.setBuddy(self.name)
        hint = QLabel(who_acts_hint() + " " + tr("You can change it later in Preferences."))
        hint.setWordWrap(True)
        self.error = PreferencesDialog._error_label("investigatorError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("C&ontinue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Quit"))
        box_mnemonics(self.buttons, {"i"})
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(lambda _text: self.error.hide())
        self.name.setFocus()

    def accept(self) -> None:
        problem = investigator_problem(self.name.text())
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            self.name.setFocus()
            return
        settings.INVESTIGATOR.set(self.name.text().strip())
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        """The name entered (and saved in Preferences), or None if the user would rather quit."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return settings.INVESTIGATOR.get()
        finally:
            dialog.deleteLater()
