"""A table model over records of one kind, with columns described as data.

Rows are plain dicts (from :func:`hrdoc.services.serialize.record_dict` or a service query), so the model
stays a thin adapter. Large lists are handed over whole but exposed in windows (``canFetchMore`` /
``fetchMore``), so a view asks for the rows it can show, not for all of them at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

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
    value: Callable[[dict[str, Any]], Any]
    align_right: bool = False


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[ColumnSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[dict[str, Any]] = []
        self._shown = 0

    def set_records(self, records: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._all = list(records)
        self._shown = min(len(self._all), FETCH_BATCH)
        self.endResetModel()

    def clear(self) -> None:
        self.set_records([])

    def record(self, row: int) -> dict[str, Any]:
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
    """Free-text filter over every column, and sorting by typed keys (numbers as numbers)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSortRole(Role.SORT_KEY)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._text in str(self.sourceModel().data(index, Role.SEARCH_TEXT))

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(Role.SORT_KEY), right.data(Role.SORT_KEY)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
