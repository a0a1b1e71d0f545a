"""Help → Keyboard shortcuts: every key the app answers to, in one table (the README's list says the same)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hrdoc.gui.keyboard import box_mnemonics


def tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcuts() -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(keys, what they do)])."""
    return [
        (
            tr("Anywhere"),
            [
                ("Ctrl+L", tr("Lock now, also with a form open: what it holds is kept as an encrypted draft")),
                ("Ctrl+K", tr("Search every case")),
                ("Ctrl+F", tr("Filter the case list")),
                ("Ctrl+N", tr("New record of the kind the page shows (a case on the Overview)")),
                ("F2, Enter", tr("Edit the selected record")),
                ("Del", tr("Delete the selected record (asks first)")),
                ("Ctrl+Z, Ctrl+Shift+Z", tr("Undo, redo")),
                ("Alt+1 … Alt+9", tr("Go to a page of the open case")),
                ("Ctrl+P", tr("Report of the selected case")),
                ("Alt+letter", tr("The menu, button or field whose letter is underlined")),
            ],
        ),
        (
            tr("In a form"),
            [
                (tr("typing"), tr("The first field has the keyboard as soon as the form opens")),
                ("Tab, Shift+Tab", tr("Next, previous field")),
                ("Enter", tr("Next field; in a field of several lines, a new line. Enter never saves")),
                ("Ctrl+Enter", tr("Save")),
                ("Esc", tr("Cancel; a form with changes asks first, keeping on editing by default")),
                (tr("mouse wheel"), tr("Scrolls the form; changes a list or number only once it has the focus")),
            ],
        ),
    ]


def shortcuts_html() -> str:
    parts = []
    for section, rows in shortcuts():
        cells = "".join(
            f"<tr><td style='padding-right:16px'><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
            for keys, what in rows
        )
        parts.append(f"<h3>{html.escape(section)}</h3><table cellpadding='3'>{cells}</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        text = QTextBrowser()
        text.setObjectName("shortcuts")
        text.setHtml(shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box_mnemonics(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(640, 520)

    @classmethod
    def show_for(cls, parent: QWidget | None = None) -> None:
        dialog = cls(parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
