"""The evidence page's dialogs for what leaves the case: exporting a copy of a file for an audience, and removing
a file.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui import accessibility, colours
from hrdoc.gui.dialogs import AskDialog
from hrdoc.gui.dialogs import note as _note
from hrdoc.gui.evidence.dialogs import visibility_label
from hrdoc.gui.i18n import tr
from hrdoc.services.sharing import Audience


def export_description(audience: Audience) -> str:
    return {
        Audience.PUBLIC: tr(
            "A copy cleaned of whatever identifies a place, a person, a device or a time (GPS position, camera, "
            "authors, dates): pictures are re-encoded, PDFs rewritten. Files hrdoc cannot clean (saved web "
            "pages, e-mails, text, recordings, office documents) are refused, saying what to export instead. "
            "Only files marked public."
        ),
        Audience.PARTNERS: tr("An exact copy of the file (public and restricted files)."),
        Audience.INTERNAL: tr("An exact copy of the file, whatever its visibility."),
    }[audience]


class ExportDialog(AskDialog):
    """Who an exported copy is for; only the audiences the sharing policy lets the file go to can be chosen
    (``allowed``: ``EvidenceService.audiences``)."""

    def __init__(self, name: str, visibility: str, allowed: Sequence[Audience], parent: QWidget | None = None) -> None:
        super().__init__(tr("Export “{name}”").format(name=name), tr("Choose where…"), parent, min_width=620)
        self.setObjectName("exportDialog")
        self.visibility = visibility
        self.body.addWidget(
            _note(
                tr(
                    "This file is {visibility}. Who is the copy for? The original in the vault is never changed."
                ).format(visibility=visibility_label(visibility).split(" — ")[0].lower())
            )
        )
        box = QGroupBox(tr("Audience"))
        box_layout = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.buttons_by_audience: dict[Audience, QRadioButton] = {}
        for number, audience in enumerate(Audience):
            button = QRadioButton(audience.label)
            button.setObjectName(f"audience_{audience.value}")
            button.setEnabled(audience in allowed)
            note = _note(export_description(audience))
            note.setIndent(22)
            colours.style(note, colours.SECONDARY_STYLE)
            self.group.addButton(button, number)
            self.buttons_by_audience[audience] = button
            box_layout.addWidget(button)
            box_layout.addWidget(note)
        self.buttons_by_audience[allowed[0]].setChecked(True)
        self.body.addWidget(box)

    def audience(self) -> Audience:
        return next(a for a, b in self.buttons_by_audience.items() if b.isChecked())

    @classmethod
    def ask(
        cls, name: str, visibility: str, allowed: Sequence[Audience], parent: QWidget | None = None
    ) -> Audience | None:
        dialog = cls(name, visibility, allowed, parent)
        try:
            return dialog.audience() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class RemoveDialog(AskDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Remove evidence file"), tr("Remove"), parent, min_width=620)
        self.setObjectName("removeDialog")
        self.body.addWidget(
            _note(
                tr(
                    "Remove “{name}” from the case? Its file is deleted from the vault. Its chain of custody "
                    "stays, ending with who removed it, when and why. This cannot be undone."
                ).format(name=name)
            )
        )
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(tr("Why is it removed? (required; kept in the chain of custody)"))
        accessibility.name(self.reason, tr("Reason"))  # as its label says; the placeholder says more than a name should
        self.reason.setFixedHeight(70)
        self.body.addWidget(QLabel(tr("Reason")))
        self.body.addWidget(self.reason)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip())))

    def check(self) -> str:
        return "" if self.reason.toPlainText().strip() else tr("Say why the file is removed.")

    @classmethod
    def ask(cls, name: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(name, parent)
        try:
            return dialog.reason.toPlainText().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
