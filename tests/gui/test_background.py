"""Background work (hrdoc.gui.background) outlives the window that asked for it without touching what is gone."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from hrdoc.gui.background import run_in_background


def test_a_window_deleted_before_the_event_loop_turns_leaves_no_call_on_its_progress_dialog(qtbot: Any) -> None:
    """The progress dialog's first step is called from the event loop; a window closed and deleted before that
    (the dialog deleted with it) must not leave a call on the deleted dialog (a RuntimeError in the event loop)."""
    window = QWidget()
    release = threading.Event()
    run_in_background(window, "Working", lambda _progress: release.wait(5), lambda _result: None)
    shiboken6.delete(window)  # the window and its dialog are deleted now, before the timer's turn
    qtbot.wait(50)  # the event loop turns: pytest-qt fails the test on any exception raised in it
    release.set()
    qtbot.wait(50)
