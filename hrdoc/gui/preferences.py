"""Preferences: who is working, when to lock, the organisation on report covers, and the UI language.

Values are read from and saved through the typed registry in :mod:`hrdoc.gui.settings`. A field that
cannot be saved says why, beside it, and Save stays disabled until every field is acceptable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui import settings

MIN_MINUTES = 1
MAX_MINUTES = 240
MAX_NAME = 200  # the width of the created_by columns
MAX_ORGANISATION = 200
LANGUAGES = (("en", "English"), ("fr", "Français"))


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)

        self.investigator = QLineEdit(settings.INVESTIGATOR.get())
        self.investigator.setObjectName("investigator")
        self.investigator.setMaxLength(MAX_NAME + 1)  # one more, so an over-long paste is explained, not cut
        self.investigator_error = self._error_label("investigatorError")

        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setRange(MIN_MINUTES, MAX_MINUTES)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setValue(min(max(settings.AUTOLOCK_MINUTES.get(), MIN_MINUTES), MAX_MINUTES))
        self.autolock_error = self._error_label("autolockError")

        self.organisation = QLineEdit(settings.ORGANISATION.get())
        self.organisation.setObjectName("organisation")
        self.organisation.setMaxLength(MAX_ORGANISATION + 1)
        self.organisation.setPlaceholderText(self.tr("optional"))
        self.organisation_error = self._error_label("organisationError")

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = self.language.findData(settings.LANGUAGE.get())
        self.language.setCurrentIndex(max(current, 0))
        self.language_note = QLabel(
            self.tr("The French translation comes in a later version; your choice is saved until then.")
        )
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("Investigator name:"),
            self._row(
                self.investigator,
                self._hint(self.tr("Recorded as the author of what you create.")),
                self.investigator_error,
            ),
        )
        minutes = self.tr("Minutes without input before hrdoc locks ({0}–{1}).").format(MIN_MINUTES, MAX_MINUTES)
        form.addRow(self.tr("Lock after idle:"), self._row(self.autolock, self._hint(minutes), self.autolock_error))
        form.addRow(
            self.tr("Organisation:"),
            self._row(self.organisation, self._hint(self.tr("Shown on report covers.")), self.organisation_error),
        )
        form.addRow(self.tr("Language:"), self._row(self.language, self.language_note, None))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.investigator.textChanged.connect(self.validate)
        self.organisation.textChanged.connect(self.validate)
        self.autolock.lineEdit().textChanged.connect(self.validate)  # typing, including half-typed numbers
        self.autolock.valueChanged.connect(self.validate)  # setValue() and the arrows change the text silently
        self.language.currentIndexChanged.connect(self.validate)
        self.validate()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """Show the dialog; True if the user saved (the settings are then written)."""
        dialog = cls(parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    # -- layout ----------------------------------------------------------------------------------------

    @staticmethod
    def _error_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet("color: #b00020;")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _hint(text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setEnabled(False)  # drawn in the palette's muted colour
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
        name = self.investigator.text().strip()
        if not name:
            found["investigator"] = self.tr("Enter your name or handle.")
        elif len(name) > MAX_NAME:
            found["investigator"] = self.tr("At most {0} characters.").format(MAX_NAME)
        if not self.autolock.lineEdit().hasAcceptableInput():
            found["autolock"] = self.tr("Enter a whole number of minutes from {0} to {1}.").format(
                MIN_MINUTES, MAX_MINUTES
            )
        if len(self.organisation.text().strip()) > MAX_ORGANISATION:
            found["organisation"] = self.tr("At most {0} characters.").format(MAX_ORGANISATION)
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
        self.language_note.setVisible(self.language.currentData() != "en")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not found)
        if self.isVisible() and self.height() < self.sizeHint().height():  # an error or note needs room
            self.resize(self.width(), self.sizeHint().height())
        return not found

    def save(self) -> None:
        settings.INVESTIGATOR.set(self.investigator.text().strip())
        settings.AUTOLOCK_MINUTES.set(self.autolock.value())
        settings.ORGANISATION.set(self.organisation.text().strip())
        settings.LANGUAGE.set(str(self.language.currentData()))

    def accept(self) -> None:
        if not self.validate():
            return
        self.save()
        super().accept()
