"""A table model over records of one kind, with columns described as data.

Rows are plain dicts (:data:`~hrdoc.services.cases.RecordRow`, from :func:`hrdoc.services.serialize.record_dict`
or a service query), so the model stays a thin adapter. Large lists are handed over whole but exposed in windows
(``canFetchMore`` / ``fetchMore``), so a view asks for the rows it can show, not for all of them at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from hrdoc.services.cases import RecordRow

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
FETCH_BATCH = 200


class Role(IntEnum):
    RECORD_ID = Qt.ItemDataRole.UserRole + 1
    RECORD = Qt.ItemDataRole.UserRole + 2
    SORT_KEY = Qt.ItemDataRole.UserRole + 3
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    value: Callable[[RecordRow], Any]
    align_right: bool = False


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[ColumnSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[RecordRow] = []
        self._shown = 0
        self._search: list[str] | None = None
        self._sort_column: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records: Sequence[RecordRow]) -> None:
        self.beginResetModel()
        self._all = list(records)
        self._search = None
        self._shown = min(len(self._all), FETCH_BATCH)
        if self._sort_column is not None:
            self._sort_rows(*self._sort_column)
        self.endResetModel()

    def fetch_all(self) -> None:
        """Expose every row (for filtering: a filter must see all records, not the first window)."""
        if self._shown < len(self._all):
            self.beginInsertRows(_ROOT, self._shown, len(self._all) - 1)
            self._shown = len(self._all)
            self.endInsertRows()

    def search_text(self, row: int) -> str:
        """Every column of a row as one lower-case string, computed once per record list."""
        if self._search is None:
            self._search = [" ".join(str(c.value(r) or "") for c in self.columns).casefold() for r in self._all]
        return self._search[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the records themselves with Python's sort (fast even for thousands of rows)."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._all[i.row()].get("id") if 0 <= i.row() < len(self._all) else None for i in old]
        self._sort_column = (column, order)
        self._sort_rows(column, order)
        position = {r.get("id"): n for n, r in enumerate(self._all)}
        moved = [
            self.index(position[rid], i.column()) if rid in position and position[rid] < self._shown else QModelIndex()
            for rid, i in zip(ids, old, strict=True)
        ]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        value = self.columns[column].value
        reverse = order == Qt.SortOrder.DescendingOrder

        def key(record: RecordRow) -> tuple[bool, Any]:
            v = value(record)
            return (v is None or v == "", v if isinstance(v, int | float) else str(v or "").casefold())

        try:
            self._all.sort(key=key, reverse=reverse)
        except TypeError:  # numbers and text in one column: compare as text
            self._all.sort(key=lambda r: str(value(r) or "").casefold(), reverse=reverse)
        self._search = None

    def clear(self) -> None:
        self.set_records([])

    def record(self, row: int) -> RecordRow:
        return self._all[row]

    def total(self) -> int:
        return len(self._all)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(FETCH_BATCH, len(self._all) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(_ROOT, self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        record = self._all[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The cell's whole text, for where a narrow column shortens it (the workspace's tables show it only
            # then: hrdoc.gui.workspace.columns).
            value = column.value(record)
            return None if value is None or value == "" else str(value)
        if role == Role.SORT_KEY:
            value = column.value(record)
            return (value is None, value if isinstance(value, int | float) else str(value or "").casefold())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.RECORD_ID:
            return record.get("id")
        if role == Role.RECORD:
            return record
        if role == Role.SEARCH_TEXT:
            return " ".join(str(c.value(record) or "") for c in self.columns).casefold()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Free-text filter over every column; sorting is done by the source model, on the records themselves.

    (A proxy sorting through Python ``lessThan`` calls back into Python tens of thousands of times for a few
    thousand rows, and freezes the window; ``list.sort`` with precomputed keys does not.)
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        source = self.sourceModel()
        if self._text and isinstance(source, RecordTableModel):
            source.fetch_all()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            return self._text in source.search_text(source_row)
        index = source.index(source_row, 0, source_parent)
        return self._text in str(source.data(index, Role.SEARCH_TEXT))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)
