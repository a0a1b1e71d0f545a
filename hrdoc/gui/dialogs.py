"""Pieces the app's small question dialogs share: wrapped notes, an OK/Cancel dialog that says what is
missing instead of closing (evidence, transfers), and service errors put in sentences."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hrdoc.domain.validation import ValidationError
from hrdoc.gui import colours
from hrdoc.gui.errors_text import error_text as user_error_text
from hrdoc.gui.errors_text import field_message
from hrdoc.gui.keyboard import box_mnemonics, focus_first_input, guard_wheels

# Colours from the palette, readable in a light and a dark theme (see hrdoc.gui.colours).
WARNING_STYLE = colours.WARNING_STYLE
ERROR_STYLE = colours.ERROR_STYLE
SECONDARY_STYLE = colours.SECONDARY_STYLE  # an explanation: quieter than the text, never greyed out


def error_text(error: BaseException) -> str:
    """An error the services raised, in sentences: field names left out, first letter capitalised, a full
    stop at the end."""
    if isinstance(error, ValidationError):
        parts = [field_message(e) for e in error.errors]
    elif isinstance(error, OSError) and error.strerror:
        parts = [f"{error.strerror}: {error.filename}" if error.filename else error.strerror]
    else:
        parts = [user_error_text(error)]
    return " ".join(_sentence(p) for p in parts if p)


def _sentence(text: str) -> str:
    """Capitalised (unless it begins with a name such as "events.csv" or "iPhone") and ending in a full stop."""
    first = text.split(" ", 1)[0]
    if first.isalpha() and first.islower():
        text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def note(text: str, style: str = "") -> QLabel:
    """A label that wraps, optionally coloured (WARNING_STYLE, ERROR_STYLE, SECONDARY_STYLE)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        colours.style(label, style)
    return label


class AskDialog(QDialog):
    """OK / Cancel with a line for what is wrong; ``check`` returns what is missing, or "" when all is well.

    Subclasses put their fields in ``self.body``. The dialog opens as tall as its wrapped lines need at its
    real width, no taller, with the keyboard in its first field; its buttons have mnemonics, and the wheel
    changes none of its drop-downs or number fields without the focus.
    """

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None, *, min_width: int = 560) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout()
        self.problem = note("", ERROR_STYLE)
        self.problem.setObjectName("problem")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        box_mnemonics(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addStretch(1)  # any room to spare goes here, not between the lines
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min_width)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            guard_wheels(self)
            focus_first_input(self)
            layout = self.layout()
            height = layout.heightForWidth(self.width()) if layout is not None and layout.hasHeightForWidth() else -1
            if height > 0:
                self.resize(self.width(), height)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def check(self) -> str:
        return ""

    def accept(self) -> None:
        problem = self.check()
        self.show_problem(problem)
        if not problem:
            super().accept()
