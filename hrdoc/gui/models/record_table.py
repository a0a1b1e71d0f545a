"""A table model over a listing of a case's records, read from the store a page at a time.

The model holds the listing's order (the ids of its records, as :meth:`~hrdoc.services.record_pages.RecordPages.order`
gives them: sorted and filtered by the database) and the rows of the few pages in view; a row is read when the view
first asks for it, fifty at a time, and pages long out of view are dropped. A short listing is ordered at once; a
long one off the GUI thread (:attr:`pending` meanwhile), so sorting or filtering 20,000 records never holds the
window: the rows shown stay until the new order arrives.

Columns are described as data (:class:`ColumnSpec`): a cell's text from a row (a plain dict, see
:data:`~hrdoc.services.cases.RecordRow`), and the keys the column is sorted and filtered by in SQL
(:class:`~hrdoc.services.record_keys.Key`); a column without keys is neither.
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hrdoc.gui.background import run_in_background
from hrdoc.services.cases import RecordRow
from hrdoc.services.record_keys import Key
from hrdoc.services.record_pages import Listing, RecordPages

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PAGE = 50  # rows read at once: about two screens' worth
KEEP_PAGES = 40  # pages of rows kept; the first dropped is the one used longest ago
AT_ONCE = 2000  # a listing of up to this many records is ordered at once, a longer one off the GUI thread


class Role(IntEnum):
    RECORD_ID = Qt.ItemDataRole.UserRole + 1
    RECORD = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    value: Callable[[RecordRow], Any]
    align_right: bool = False
    keys: tuple[Key, ...] = ()  # what the column is sorted and filtered by
    reads: tuple[str, ...] = ()  # paths of other records' fields a cell shows, read with each row (Listing.shown)


class RecordTableModel(QAbstractTableModel):
    """Rows of one :class:`Listing` (see the module's docstring); empty until :meth:`set_listing`."""

    filled = Signal()  # the records listed are known: after a new listing, sort, filter or refresh

    def __init__(self, columns: Sequence[ColumnSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.pages: RecordPages | None = None
        self._base: Listing | None = None  # what is listed, before sorting and filtering
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._text = ""
        self._ids: list[str] = []
        self._rows: collections.OrderedDict[int, dict[str, RecordRow]] = collections.OrderedDict()
        self._generation = 0
        self._long = False  # ordered off the GUI thread
        self.pending = False  # an order is being read off the GUI thread

    # -- what is listed -------------------------------------------------------------------------------

    def set_listing(self, pages: RecordPages, listing: Listing, *, size: int | None = None) -> None:
        """List ``listing`` (its sort and text are the model's own), read through ``pages``. ``size``: about how
        many records it holds, if known (else it is counted), to choose whether it is ordered at once."""
        self.pages = pages
        self._base = replace(listing, sort=(), text="")
        self._long = (size if size is not None else pages.count(self._base)) > AT_ONCE
        self.refresh()

    def listing(self) -> Listing | None:
        """What is listed, sorted and filtered as the model now is."""
        if self._base is None:
            return None
        sort: tuple[tuple[Key, bool], ...] = ()
        if self._sort is not None:
            column, order = self._sort
            descending = order == Qt.SortOrder.DescendingOrder
            sort = tuple((key, descending) for key in self.columns[column].keys)
        search = tuple(key for c in self.columns for key in c.keys)
        shown = tuple(path for c in self.columns for path in c.reads)
        return replace(self._base, sort=sort, text=self._text, search=search, shown=shown)

    def refresh(self) -> None:
        """Read the listing's order again; rows are read again as they are shown."""
        self._generation += 1
        generation = self._generation
        listing, pages = self.listing(), self.pages
        if listing is None or pages is None:
            self._apply([], generation)
            return
        if not self._long:
            self._apply(pages.order(listing), generation)
            return
        self.pending = True
        run_in_background(
            None,
            "",
            lambda _progress: pages.order(listing),
            lambda ids: self._apply(ids, generation),
            lambda error: self._failed(error, generation),
            quiet=True,
        )

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:  # else the store was locked or another order asked for meanwhile
            self.pending = False
            raise error

    def _apply(self, ids: list[str], generation: int) -> None:
        if generation != self._generation:
            return  # another order was asked for meanwhile
        self.pending = False
        if ids == self._ids:
            self._rows.clear()  # the same records: read again as shown
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self.columns) - 1))
        elif len(ids) == len(self._ids):
            # Reordered (or as many records as before): the selection follows its record.
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            position = {rid: n for n, rid in enumerate(ids)}
            moved = [
                self.index(position[self._ids[i.row()]], i.column())
                if 0 <= i.row() < len(self._ids) and self._ids[i.row()] in position
                else QModelIndex()
                for i in old
            ]
            self._ids = ids
            self._rows.clear()
            self.changePersistentIndexList(old, moved)
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self._ids = ids
            self._rows.clear()
            self.endResetModel()
        self.filled.emit()

    def clear(self) -> None:
        self._base = None
        self._text = ""
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's keys, in SQL (a column without keys keeps the order as it is)."""
        if not 0 <= column < len(self.columns) or not self.columns[column].keys:
            return
        if self._sort != (column, order):
            self._sort = (column, order)
            if self._base is not None:
                self.refresh()

    def set_text(self, text: str) -> None:
        """Show only the records with ``text`` in one of the columns (as they show it)."""
        text = text.strip()
        if text == self._text:
            return
        self._text = text
        if self._base is not None:
            self.refresh()

    # -- rows -----------------------------------------------------------------------------------------

    def total(self) -> int:
        return len(self._ids)

    def record_id(self, row: int) -> str:
        return self._ids[row]

    def position(self, record_id: str) -> int | None:
        """The row of a record, if it is listed (as the model is now sorted and filtered)."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def record(self, row: int) -> RecordRow | None:
        """The record of a row, read with its page if it is not held (None if it was deleted since)."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE
        page = self._rows.get(number)
        if page is None:
            page = self._read(number)
        else:
            self._rows.move_to_end(number)
        return page.get(self._ids[row])

    def _read(self, number: int) -> dict[str, RecordRow]:
        listing, pages = self.listing(), self.pages
        ids = self._ids[number * PAGE : (number + 1) * PAGE]
        rows = pages.rows(listing, ids) if listing is not None and pages is not None else []
        page = {r["id"]: r for r in rows}
        self._rows[number] = page
        while len(self._rows) > KEEP_PAGES:
            self._rows.popitem(last=False)
        return page

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Role.RECORD_ID:
            return self._ids[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column.align_right else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Role.RECORD):
            return None
        record = self.record(index.row())
        if record is None:
            return None
        if role == Role.RECORD:
            return record
        value = column.value(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        # The cell's whole text, for where a narrow column shortens it (the workspace's tables show it only then:
        # hrdoc.gui.workspace.columns).
        return None if value is None or value == "" else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None
