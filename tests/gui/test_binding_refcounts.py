"""The Qt binding keeps Python's reference counts right. PySide6 6.12.0 on Python 3.11 released ``None`` once
too often on every Qt call returning nothing, so a long session (or the GUI test run) ended in "Fatal Python
error: none_dealloc" (or "bool_dealloc"). The binding is pinned below it (pyproject.toml); this test fails on a
binding with the fault, whatever its version."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.gui

CALLS = 1000


def test_calls_returning_nothing_keep_none_alive(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.setWindowTitle("hrdoc")
        widget.update()
    assert sys.getrefcount(None) - before > -CALLS // 10  # a faulty binding loses one per call: -2000
