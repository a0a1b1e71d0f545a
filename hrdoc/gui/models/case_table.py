"""The case list: a thin table model over CaseService summaries, and a proxy that filters it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from hrdoc.domain.enums import CaseStatus
from hrdoc.domain.registry import Kind
from hrdoc.gui.forms.specs import choice_label, day_text, field_label, number_text
from hrdoc.gui.i18n import tr
from hrdoc.services.case_summaries import CaseSummary

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(IntEnum):
    REFERENCE = 0
    TITLE = 1
    STATUS = 2
    INCIDENTS = 3
    UPDATED = 4


class Role(IntEnum):
    CASE_ID = Qt.ItemDataRole.UserRole + 1
    STATUS = Qt.ItemDataRole.UserRole + 2
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 3
    SORT = Qt.ItemDataRole.UserRole + 4  # what a column sorts by: dates and counts as values, not as words


def _headers() -> dict[Column, str]:
    """The case's fields by their registry labels; the count of incidents is the list's own."""
    return {
        Column.REFERENCE: field_label(Kind.CASE, "reference"),
        Column.TITLE: field_label(Kind.CASE, "title"),
        Column.STATUS: field_label(Kind.CASE, "status"),
        Column.INCIDENTS: tr("Incidents"),
        Column.UPDATED: field_label(Kind.CASE, "updated_at"),
    }


def status_label(status: str) -> str:
    """A case's status in words, as :class:`~hrdoc.domain.enums.CaseStatus` declares them ("Under review")."""
    return choice_label(status, CaseStatus)


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []

    def set_cases(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(cases)
        self.endResetModel()

    def clear(self) -> None:
        self.set_cases([])

    def case_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.REFERENCE:
                return case.reference
            if column is Column.TITLE:
                return case.title
            if column is Column.STATUS:
                return status_label(case.status)
            if column is Column.INCIDENTS:
                return number_text(case.counts.get("incidents", 0))
            return day_text(case.updated_at.date()) if case.updated_at else ""  # "27 mars 2022"
        if role == Role.SORT:  # what a column sorts by: the values themselves, not their words
            if column is Column.INCIDENTS:
                return case.counts.get("incidents", 0)
            if column is Column.UPDATED:
                return case.updated_at.isoformat() if case.updated_at else ""
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TITLE:
            return case.title  # the whole title where a narrow list shortens it
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.INCIDENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.CASE_ID:
            return str(case.id)
        if role == Role.STATUS:
            return case.status
        if role == Role.SEARCH_TEXT:
            return f"{case.reference} {case.title}".casefold()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return _headers()[Column(section)]
        return None


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters cases by free text (reference or title) and by status, through the model's roles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = ""
        self.setSortRole(Role.SORT)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._status and model.data(index, Role.STATUS) != self._status:
            return False
        return not self._text or self._text in str(model.data(index, Role.SEARCH_TEXT))
