"""Driving forms with the keyboard alone, as a person would: each key goes to whatever has the keyboard when it is
pressed (a picker's search box, a nested form), never to a widget the test chose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from hrdoc.gui.forms.dialog import RecordDialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(qtbot, text: str) -> None:
    """Type ``text`` a key at a time into whatever has the keyboard when each key is pressed."""
    for char in text:
        qtbot.keyClicks(focused(), char)
        qtbot.wait(1)  # what the window system does between two keys (a search opening takes the keyboard)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)
    qtbot.wait(1)


def quietly(dialog: QWidget) -> None:
    """For ``qtbot.addWidget(before_close_func=…)``: a form closed by the test's end, not by a person, asks
    nothing."""
    assert isinstance(dialog, RecordDialog)
    dialog.keep_draft = True
