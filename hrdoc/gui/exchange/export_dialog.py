"""File → Export case: which case, for which audience, encrypted or not; and the passphrase a bundle asks for
when it is opened.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui import colours
from hrdoc.gui.dialogs import WARNING_STYLE, AskDialog
from hrdoc.gui.dialogs import note as _note
from hrdoc.gui.exchange.common import audience_description, audience_label, identities_warning, passphrase_edit
from hrdoc.gui.i18n import in_layout_direction, tr
from hrdoc.gui.unlock import MIN_LENGTH, strength_hint
from hrdoc.services.exchange.bundle import AUDIENCES


@dataclass(frozen=True)
class ExportChoice:
    audience: str
    passphrase: str | None = field(default=None, repr=False)


class ExportDialog(AskDialog):
    """Whom the bundle is for, and whether (and with what) to encrypt it."""

    def __init__(self, case_label: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Export case"), tr("Choose file…"), parent)
        self.setObjectName("exportDialog")
        heading = _note(in_layout_direction(f"<b>{html.escape(case_label)}</b>", self))
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(heading)
        self.body.addWidget(
            _note(
                tr(
                    "A bundle is one file holding the case as the chosen audience may receive it. Another hrdoc "
                    "imports it with File → Import case, merging it with any copy of the case it already has."
                )
            )
        )
        box = QGroupBox(tr("Audience"))
        box_layout = QVBoxLayout(box)
        self.audience_group = QButtonGroup(self)
        self.audience_buttons: dict[str, QRadioButton] = {}
        for number, audience in enumerate(AUDIENCES):
            button = QRadioButton(audience_label(audience))
            button.setObjectName(f"audience_{audience}")
            explanation = QLabel(audience_description(audience))
            explanation.setWordWrap(True)
            explanation.setIndent(22)
            colours.style(explanation, colours.SECONDARY_STYLE)  # quieter than the choices, still readable
            self.audience_group.addButton(button, number)
            self.audience_buttons[audience] = button
            box_layout.addWidget(button)
            box_layout.addWidget(explanation)
            if audience == "internal":
                warning = _note(identities_warning(), WARNING_STYLE)
                warning.setObjectName("identitiesWarning")
                warning.setIndent(22)
                box_layout.addWidget(warning)
        self.body.addWidget(box)

        self.encrypt = QCheckBox(tr("Encrypt with a bundle passphrase"))
        self.encrypt.setObjectName("encrypt")
        self.body.addWidget(self.encrypt)
        form = QFormLayout()
        self.passphrase = passphrase_edit("passphrase")
        self.confirm = passphrase_edit("confirm")
        self.hint = QLabel()
        self.hint.setObjectName("strength")
        self.hint.setWordWrap(True)  # a sentence, longer in French
        form.addRow(tr("Bundle passphrase:"), self.passphrase)
        form.addRow(tr("Repeat it:"), self.confirm)
        form.addRow("", self.hint)
        self.body.addLayout(form)
        self.passphrase_note = _note(
            tr(
                "Tell the recipient the passphrase another way than the file travels: in person or by phone. "
                "It cannot be recovered."
            )
        )
        self.body.addWidget(self.passphrase_note)
        self.plain_warning = _note("", WARNING_STYLE)
        self.plain_warning.setObjectName("plainWarning")
        self.body.addWidget(self.plain_warning)
        idle_hint = tr("A sentence of four or more unrelated words is easy to say and hard to guess.")
        self.hint.setText(idle_hint)
        self.passphrase.textChanged.connect(lambda text: self.hint.setText(strength_hint(text) if text else idle_hint))
        self.encrypt.toggled.connect(lambda _on: self._update())
        self.audience_group.idToggled.connect(lambda _id, on: self._audience_changed() if on else None)
        self.audience_buttons["internal"].setChecked(True)
        self._audience_changed()
        self.passphrase.setFocus()

    def audience(self) -> str:
        return next(a for a, b in self.audience_buttons.items() if b.isChecked())

    def set_audience(self, audience: str) -> None:
        self.audience_buttons[audience].setChecked(True)

    def _audience_changed(self) -> None:
        # Encryption is the default wherever the bundle holds more than what is public.
        self.encrypt.setChecked(self.audience() != "public")
        self._update()

    def _update(self) -> None:
        on = self.encrypt.isChecked()
        for widget in (self.passphrase, self.confirm, self.hint, self.passphrase_note):
            widget.setEnabled(on)
        warning = ""
        if not on and self.audience() == "internal":
            warning = tr(
                "Without a passphrase anyone who gets the file can read everything in it, identities included."
            )
        elif not on and self.audience() == "partners":
            warning = tr("Without a passphrase anyone who gets the file can read it.")
        self.plain_warning.setText(warning)
        self.plain_warning.setVisible(bool(warning))

    def check(self) -> str:
        if not self.encrypt.isChecked():
            return ""
        text = self.passphrase.text()
        if not text:
            return tr("Enter a bundle passphrase, or leave the bundle unencrypted.")
        if len(text) < MIN_LENGTH:
            return tr("The passphrase is too short: use at least {count} characters.").format(count=MIN_LENGTH)
        if self.confirm.text() != text:
            return tr("The two passphrases differ.")
        return ""

    def choice(self) -> ExportChoice:
        return ExportChoice(self.audience(), self.passphrase.text() if self.encrypt.isChecked() else None)

    @classmethod
    def ask(cls, case_label: str, parent: QWidget | None = None) -> ExportChoice | None:
        dialog = cls(case_label, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.passphrase.clear()
            dialog.confirm.clear()
            dialog.deleteLater()


# -- import ----------------------------------------------------------------------------------------------


class BundlePassphraseDialog(AskDialog):
    def __init__(self, file_name: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(tr("Encrypted bundle"), tr("Open", "button"), parent)
        self.setObjectName("bundlePassphraseDialog")
        self.body.addWidget(_note(tr("“{file}” is encrypted. Enter its bundle passphrase.").format(file=file_name)))
        form = QFormLayout()
        self.passphrase = passphrase_edit("passphrase")
        form.addRow(tr("Bundle passphrase:"), self.passphrase)
        self.body.addLayout(form)
        self.show_problem(error)

    def check(self) -> str:
        return "" if self.passphrase.text() else tr("Enter the bundle passphrase.")

    @classmethod
    def ask(cls, file_name: str, parent: QWidget | None = None, *, error: str = "") -> str | None:
        """The passphrase typed, or None if cancelled; ``error`` says why it is asked again."""
        dialog = cls(file_name, error, parent)
        try:
            return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.passphrase.clear()
            dialog.deleteLater()
