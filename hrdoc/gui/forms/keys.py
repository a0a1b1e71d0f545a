"""The keyboard behaviour of every record form: typed into at once, saved with Ctrl+Enter, never lost to a key.

- When the form opens, the first field has the focus, so the first key typed lands in it.
- Return or Enter in a one-line field or a drop-down moves to the next field; in a multi-line field it starts a
  new line. It never saves: a Return typed out of habit would save a half-filled form (and send the rest of the
  typing to the main window). A focused button still presses itself.
- Ctrl+Enter (or Ctrl+Return) saves, from any field.
- Esc, Cancel or the window's close button on a changed form asks "Discard changes?", keeping on editing by
  default; an unchanged form closes at once.

The detail pane beside a workspace table (:mod:`hrdoc.gui.workspace.detail`) edits in place with the same keys,
from the functions below: there Esc asks before reverting what was typed.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QScrollArea, QWidget

from hrdoc.gui import shortcuts
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import focus_first_input


def return_key(event: QKeyEvent) -> Literal["save", "next"] | None:
    """What a Return or Enter key does in a form: Ctrl+Enter saves, a plain one moves to the next field."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return None
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers == Qt.KeyboardModifier.ControlModifier:
        return "save"
    if modifiers == Qt.KeyboardModifier.NoModifier:
        return "next"
    return None


def keep_in_view(owner: QWidget, field_area: QScrollArea | None) -> None:
    """Scroll the fields so the one that has the focus shows."""
    focused = owner.focusWidget()
    if field_area is not None and focused is not None and field_area.isAncestorOf(focused):
        field_area.ensureWidgetVisible(focused)


def confirm_discard(parent: QWidget, question: str) -> bool:
    """Ask before throwing away what was typed; keeping on editing is the default (Return, Esc)."""
    box = QMessageBox(parent)
    box.setObjectName("discardChanges")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Discard changes?"))
    box.setText(question)
    box.setInformativeText(tr("What you typed in this form is lost if you discard it."))
    discard = box.addButton(tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    box.deleteLater()
    return box.clickedButton() is discard


class KeyboardForm(QDialog):
    """A dialog of fields, entered from the keyboard. Subclasses say whether the form ``is_changed``, what
    ``discard_question`` to ask, what to do once ``discarded``; ``field_area`` is the scroll area holding the fields,
    if any, kept showing the field that gets the focus."""

    field_area: QScrollArea | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._focused = False
        for keys in shortcuts.SAVE_FORM.sequences():  # the keys are declared once, where Help lists them
            QShortcut(keys, self, self.accept)

    def is_changed(self) -> bool:
        return False

    def discard_question(self) -> str:
        return tr("Discard the changes to this form?")

    def discarded(self) -> None:
        """Called when the form closes without saving, after any question."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused:
            self._focused = True
            focus_first_input(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = return_key(event)
        if action == "save":
            self.accept()  # Ctrl+Enter reaching the form as a key press (its shortcut is for an active window)
        elif action == "next":
            self.focusNextChild()
            keep_in_view(self, self.field_area)
        else:
            super().keyPressEvent(event)

    def confirm_discard(self) -> bool:
        """Ask before throwing away what was typed; keeping on editing is the default (Return, Esc)."""
        return confirm_discard(self, self.discard_question())

    def reject(self) -> None:
        """Esc, Cancel or the close button: a changed form asks first and, unless told to discard, stays open."""
        if self.is_changed():
            focused = self.focusWidget()
            if not self.confirm_discard():
                self.activateWindow()  # back to the field being typed in
                if focused is not None:
                    focused.setFocus()
                return
        self.discarded()
        super().reject()
