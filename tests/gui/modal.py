"""Answering the app's modal windows from a test, as a user would, without ever leaving one open forever."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

W = TypeVar("W", bound=QWidget)


def when_modal(
    kind: type[W], then: Callable[[W], None], *, name: str = "", other_than: QWidget | None = None, wait_s: float = 20.0
) -> list[W]:
    """Once a modal window of ``kind`` (with object name ``name``, if given; not ``other_than``) is up, call ``then``
    with it from the event loop. Returns the list the window is added to when seen. If ``then`` fails, the window is
    hidden (so its ``exec`` returns) before the error propagates to pytest-qt; if none comes within ``wait_s``,
    polling stops."""
    seen: list[W] = []
    deadline = time.monotonic() + wait_s

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        wrong = not isinstance(widget, kind) or (name and widget.objectName() != name) or widget is other_than
        if wrong or widget is None or not widget.isVisible():
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        seen.append(widget)
        try:
            then(widget)
        except BaseException:
            widget.hide()
            raise

    QTimer.singleShot(0, poll)
    return seen


def button(window: QWidget, text: str) -> QAbstractButton:
    """The button of ``window`` whose text, without its mnemonic's "&", begins with ``text``."""
    found = [b for b in window.findChildren(QAbstractButton) if b.text().replace("&", "").startswith(text)]
    assert len(found) == 1, [b.text() for b in window.findChildren(QAbstractButton)]
    return found[0]


def press(text: str) -> Callable[[QWidget], None]:
    """A ``then`` for :func:`when_modal` that clicks the button beginning with ``text``."""
    return lambda window: button(window, text).click()
