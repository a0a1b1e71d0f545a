"""Keyboard-first pieces every form and dialog uses: the first field takes the keyboard when a window opens, mouse
wheels leave drop-downs and number fields alone unless they have the focus, and buttons get mnemonics.

A form is entered as fast as someone talks only if no key is lost: the first key typed must land in the first
field, and scrolling a long form with the wheel must not silently change an age group or a date on the way.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QShortcutEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from hrdoc.domain.marks import N_
from hrdoc.gui import app_filters
from hrdoc.gui.i18n import tr

# Widgets a turn of the wheel would change (a date field is a spin box too).
WHEEL_CHANGED = (QComboBox, QAbstractSpinBox)


class KeyboardGuard(QObject):
    """Installed once on the application, so that every window has it by construction, dialogs added later
    included: the wheel over a drop-down or number field without the focus goes to what holds it (the form
    scrolls) and never gives it the focus; every button row shown (a message box's too) gets mnemonics, and a
    button's mnemonic presses it at once."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, WHEEL_CHANGED) and not watched.hasFocus():
                event.ignore()  # ignored and filtered: Qt offers the event to the parent widgets instead
                return True
        elif kind == QEvent.Type.Polish:
            # Qt gives a WheelFocus widget the focus before any filter sees the wheel event: take that away.
            if isinstance(watched, WHEEL_CHANGED) and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Show and isinstance(watched, QDialogButtonBox):
            box_mnemonics(watched)
        elif kind == QEvent.Type.Shortcut and isinstance(watched, QAbstractButton):
            return _press_at_once(watched, event)
        return False


def _press_at_once(button: QAbstractButton, event: QEvent) -> bool:
    """Alt+letter presses its button at once. Qt presses it as an animated click, 100 ms later: the keys typed in
    the meantime went to the field left ("Add perpetrator" then a name typed at once: the name's first letters
    landed in the description, not in the new row). Ambiguous letters are left to Qt (they move the focus)."""
    if not isinstance(event, QShortcutEvent) or event.isAmbiguous() or not button.isEnabled():
        return False
    if button.focusPolicy() != Qt.FocusPolicy.NoFocus:
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
    button.click()
    return True


_GUARD: KeyboardGuard | None = None


def install_guard() -> None:
    """Install the application-wide :class:`KeyboardGuard` (once per application)."""
    global _GUARD
    guard = app_filters.install(KeyboardGuard, _GUARD)
    _GUARD = guard if isinstance(guard, KeyboardGuard) else None


def guard_wheels(root: QWidget) -> None:
    """Make sure the application-wide :class:`KeyboardGuard` is installed, and apply it to ``root``'s fields
    polished before it was (the app installs it at start; tests building a window alone get it here)."""
    install_guard()
    widgets: list[QWidget] = [root] if isinstance(root, WHEEL_CHANGED) else []
    for kind in WHEEL_CHANGED:
        widgets += root.findChildren(kind)
    for widget in widgets:
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def is_input(widget: QWidget) -> bool:
    """A field a person types in or chooses from (not a label, button or read-only text), usable now."""
    if not widget.isEnabled() or not widget.isVisibleTo(widget.window()):
        return False
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return True
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    return isinstance(widget, QCheckBox | QRadioButton)


def first_input(root: QWidget) -> QWidget | None:
    """The first field of ``root`` in the order Tab visits them, or None."""
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and is_input(widget):
            # A spin box or editable combo box hands the focus to its line edit: name the widget itself.
            parent = widget.parentWidget()
            if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
                return parent
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_first_input(root: QWidget) -> QWidget | None:
    """Give the keyboard to the first field of ``root`` (see :func:`first_input`), unless a field of it already
    has it (one the dialog chose); the field that has it, or None."""
    focused = root.focusWidget()
    if focused is not None and focused is not root and root.isAncestorOf(focused) and is_input(focused):
        return focused
    widget = first_input(root)
    if widget is not None:
        # Not as Tab would: that selects a line's text, and the next key typed would replace what a restored
        # draft or an edited record holds. The cursor goes after the text instead.
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            line = widget
            _cursor_at_end(line)
            # A dialog being shown sends its focus widget a Tab-like focus event, which selects the line: again
            # once that is done, before any key typed is handled.
            QTimer.singleShot(0, line, lambda: _cursor_at_end(line))
    return widget


def _cursor_at_end(line: QLineEdit) -> None:
    if line.selectedText() == line.text():
        line.deselect()
        line.end(False)


def mnemonic_of(text: str) -> str:
    """The letter after a single ampersand in ``text`` (lower case), or "" ("&&" is a literal ampersand)."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1
        index += 1
    return ""


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an ampersand before its first letter not in ``taken`` (lower case), which it then takes.
    Text that already has a mnemonic keeps it."""
    if letter := mnemonic_of(text):
        taken.add(letter)
        return text
    for index, char in enumerate(text):
        if char.isalnum() and char.lower() not in taken and (index == 0 or text[index - 1] != "&"):
            taken.add(char.lower())
            return f"{text[:index]}&{text[index:]}"
    return text


def give_mnemonics(buttons: Iterable[QAbstractButton], taken: set[str] | None = None) -> None:
    """A mnemonic on each of ``buttons`` that has none (Alt+letter presses it), each letter used once."""
    used = set() if taken is None else taken
    listed = list(buttons)
    used.update(mnemonic_of(button.text()) for button in listed)  # letters already chosen come first
    used.discard("")
    for button in listed:
        button.setText(with_mnemonic(button.text(), used))


# The main menu bar's titles, as main_menus.py makes them: their letters, as translated, are the menu bar's (a page
# made before the window's menu bar, as in a test, reads them here).
MENU_TITLES = (N_("&File"), N_("&Edit"), N_("&Case"), N_("Ev&idence"), N_("&View"), N_("&Help"))


def menu_letters(widget: QWidget | None = None) -> frozenset[str]:
    """The letters that open the main menu bar's menus (Alt+letter) in the interface's language: those of the
    menu bar of ``widget``'s window if it has one, else those of the translated titles (:data:`MENU_TITLES`)."""
    window = widget.window() if widget is not None else None
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    texts = [a.text() for a in bar.actions()] if bar is not None and bar.actions() else [tr(t) for t in MENU_TITLES]
    return frozenset(letter for letter in map(mnemonic_of, texts) if letter)


def reserved_letters(widget: QWidget | None = None) -> set[str]:
    """Letters the workspace's other buttons leave to the menu bar, the detail pane's Save and Revert, and a
    page's New, Edit and Delete, as the interface's language letters them (a page's buttons take theirs after the
    menu bar's: :func:`hrdoc.gui.workspace.lazy_pages.name_buttons`)."""
    taken = set(menu_letters(widget))
    reserved = taken | {mnemonic_of(tr("&Save")), mnemonic_of(tr("Rever&t"))}
    for text in (tr("New…"), tr("Edit…"), tr("Delete…")):  # as a page's table gives them, in this order
        reserved.add(mnemonic_of(with_mnemonic(text, taken)))
    reserved.discard("")
    return reserved


def box_mnemonics(box: QDialogButtonBox, taken: set[str] | None = None) -> None:
    """Mnemonics on a dialog's button row (Qt's own Save, OK and Cancel have none on most desktops)."""
    give_mnemonics(box.buttons(), taken)
