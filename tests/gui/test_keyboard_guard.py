"""The application-wide keyboard guard: every window the app shows, not only record forms, has wheel-safe
drop-downs and number fields and mnemonics on its button rows (evidence, report, search and exchange dialogs
are built without calling anything for it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)

from hrdoc.gui.keyboard import install_guard, mnemonic_of

pytestmark = pytest.mark.gui


def wheel(widget: QComboBox | QSpinBox) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_a_dialog_built_anywhere_is_safe_from_the_wheel(qtbot) -> None:
    install_guard()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    line = QLineEdit()
    combo = QComboBox()
    combo.addItems(["one", "two", "three"])
    spin = QSpinBox()
    for widget in (line, combo, spin):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    line.setFocus()
    wheel(combo)
    wheel(spin)
    assert combo.currentIndex() == 0 and spin.value() == 0
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)  # with the focus, the wheel is the user's choice
    assert combo.currentIndex() == 1


def test_every_button_row_shown_gets_mnemonics(qtbot) -> None:
    install_guard()
    box = QMessageBox(QMessageBox.Icon.Question, "Delete", "Delete this record?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    row = box.findChild(QDialogButtonBox)
    assert row is not None
    letters = [mnemonic_of(button.text()) for button in row.buttons()]
    assert all(letters) and len(set(letters)) == len(letters)
