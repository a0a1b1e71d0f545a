"""What an export, import or sync did, with "Open conflicts…" when it left some to resolve."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui.dialogs import WARNING_STYLE
from hrdoc.gui.dialogs import note as _note
from hrdoc.gui.i18n import tr


class TransferResultDialog(QDialog):
    """What an export, import or sync did, with "Open conflicts…" when it left some to resolve."""

    def __init__(
        self,
        title: str,
        headline: str,
        lines: list[str],
        *,
        conflicts: int = 0,
        warning: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferResult")
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(headline))
        if warning:
            layout.addWidget(_note(warning, WARNING_STYLE))
        if lines:
            details = QPlainTextEdit("\n".join(lines))
            details.setObjectName("details")
            details.setReadOnly(True)
            details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            details.setMinimumHeight(details.fontMetrics().lineSpacing() * min(len(lines) + 2, 14))
            layout.addWidget(details, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.conflicts_button: QPushButton | None = None
        if conflicts:
            layout.addWidget(
                _note(
                    tr(
                        "{count} record(s) were changed both here and in the other copy. Both versions are kept "
                        "until you choose one."
                    ).format(count=conflicts),
                    WARNING_STYLE,
                )
            )
            self.conflicts_button = self.buttons.addButton(
                tr("Open conflicts…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.conflicts_button.setDefault(True)
            self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(
        cls,
        title: str,
        headline: str,
        lines: list[str],
        *,
        conflicts: int = 0,
        warning: str = "",
        parent: QWidget | None = None,
    ) -> bool:
        """Show the result; True if the user asked to open the conflicts."""
        dialog = cls(title, headline, lines, conflicts=conflicts, warning=warning, parent=parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and conflicts > 0
        finally:
            dialog.deleteLater()


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
