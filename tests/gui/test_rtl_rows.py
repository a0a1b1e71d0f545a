"""Rows are selected in a right-to-left layout as in a left-to-right one (issue 16, point 3).

Qt's own ``QTableView.selectRow`` selects nothing in a right-to-left layout when the columns leave part of the
view empty; in Arabic the case list then never opened the first case, and no page showed a record.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from hrdoc.gui import i18n
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.rows import select_row
from hrdoc.services.context import StoreContext

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_select_row_in_a_table_narrower_than_its_view(qtbot, direction: Qt.LayoutDirection) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    model = QStandardItemModel(3, 2, view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.resize(600, 200)
    for column in range(2):
        view.setColumnWidth(column, 60)
    view.show()
    select_row(view, 1)
    assert view.currentIndex().row() == 1
    assert [index.row() for index in view.selectionModel().selectedRows()] == [1]


def test_the_arabic_interface_opens_the_first_case(qtbot, demo_ctx: StoreContext, qapp: QApplication) -> None:
    installed = i18n.install(qapp, "ar")
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
            window.show()
            window.refresh()
        assert window.current_case_id() is not None
        assert window.workspace.case_id == window.current_case_id()
    finally:
        installed.remove()
