"""Selecting a row of a table the same way in both reading directions.

``QTableView.selectRow`` looks for the column at the view's starting edge: in a right-to-left layout, where the
columns leave part of the view empty (a short table in a wide pane), it finds none and selects nothing, so the
first case of the case list was never opened in Arabic. Every table of hrdoc selects its rows through here.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the current and only selected row of ``view`` (as ``selectRow`` does, in either direction)."""
    model, header = view.model(), view.horizontalHeader()
    shown = (header.logicalIndex(v) for v in range(header.count()))
    column = next((c for c in shown if not header.isSectionHidden(c)), 0)
    index = model.index(row, column, view.rootIndex())
    if index.isValid():
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(index, flags)
