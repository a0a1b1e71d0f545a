"""A table model over a listing of a case's records, read from the store a page at a time.

The model holds the listing's order (the ids of its records, as :meth:`~hrdoc.services.record_pages.RecordPages.order`
gives them: sorted and filtered by the database) and the rows of the few pages in view; a row is read when the view
first asks for it, fifty at a time, and pages long out of view are dropped. A short listing is ordered at once; a
long one off the GUI thread (:attr:`pending` meanwhile), so sorting or filtering 20,000 records never holds the
window: the rows shown stay until the new order arrives. A view's model (``rows_off_thread``) of more than a page
also reads its rows off the GUI thread: a row not read yet shows "…" until its page arrives, as model views do, so
scrolling through 40,000 records never waits for the store (:class:`PageReads`). What asks for a record itself
(:meth:`RecordTableModel.record`, :data:`Role.RECORD`: the record selected) reads it at once.

Columns are described as data (:class:`ColumnSpec`): a cell's text from a row (a plain dict, see
:data:`~hrdoc.services.cases.RecordRow`), and the keys the column is sorted and filtered by in SQL
(:class:`~hrdoc.services.record_keys.Key`); a column without keys is neither.
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from hrdoc.domain.errors import Phrase
from hrdoc.gui.background import one_at_a_time, run_in_background
from hrdoc.gui.i18n import tr
from hrdoc.services.cases import RecordRow
from hrdoc.services.chronology import Period
from hrdoc.services.record_keys import Key
from hrdoc.services.record_pages import Listing, RecordPages

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PAGE = 50  # rows read at once: about two screens' worth
KEEP_PAGES = 40  # pages of rows kept; the first dropped is the one used longest ago
READ_AT_ONCE = 3  # pages read off the GUI thread in one go: the last asked for, those of the rows in view
PLACEHOLDER = "…"  # a row not read yet
AT_ONCE = 2000  # a listing of up to this many records is ordered at once, a longer one off the GUI thread


class Role(IntEnum):
    RECORD_ID = Qt.ItemDataRole.UserRole + 1
    RECORD = Qt.ItemDataRole.UserRole + 2


# Roles as plain numbers: data() is asked for each of them per cell painted or measured.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_RECORD_ID = int(Role.RECORD_ID)
_RECORD = int(Role.RECORD)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)

T = TypeVar("T")


class PageReads(QObject, Generic[T]):
    """Pages a view asked for, read off the GUI thread a few at a time, the last asked first (scrolling by the
    scroll bar asks for pages it has already left: those still in view are asked again when it repaints).
    ``start(numbers)``, on the GUI thread, gives the job that reads those pages on a worker thread (None if none
    needs reading); ``arrived``
    gets what it read, on the GUI thread, unless :meth:`forget` was called meanwhile."""

    def __init__(
        self,
        start: Callable[[list[int]], Callable[[], dict[int, T]] | None],
        arrived: Callable[[dict[int, T]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._start = start
        self._arrived = arrived
        self._asked: dict[int, None] = {}  # in the order asked
        self._reading = False
        self._soon = False
        self._generation = 0

    def ask(self, number: int) -> None:
        self._asked.pop(number, None)
        self._asked[number] = None
        if not self._soon and not self._reading:
            self._soon = True
            QTimer.singleShot(0, self, self._read)  # every page asked for while the view paints, in one go

    def asked(self, number: int) -> bool:
        return number in self._asked

    def forget(self) -> None:
        """The pages asked for, and those being read, are no longer wanted (the rows were ordered again)."""
        self._generation += 1
        self._asked.clear()

    def _read(self) -> None:
        self._soon = False
        if self._reading or not self._asked:
            return
        numbers = list(self._asked)[-READ_AT_ONCE:]
        self._asked.clear()
        job, generation = self._start(numbers), self._generation
        if job is None:
            return
        self._reading = True
        run_in_background(
            None,
            "",
            lambda _progress: job(),
            lambda pages: self._done(pages, generation),
            lambda error: self._done(None, generation, error),
            quiet=True,
            pool=one_at_a_time(),
        )

    def _done(self, pages: dict[int, T] | None, generation: int, error: BaseException | None = None) -> None:
        self._reading = False
        if generation == self._generation:
            if error is not None:
                raise error
            if pages is not None:
                self._arrived(pages)
        if self._asked:
            self._read()


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    value: Callable[[RecordRow], Any]
    align_right: bool = False
    keys: tuple[Key, ...] = ()  # what the column is sorted and filtered by
    reads: tuple[str, ...] = ()  # paths of other records' fields a cell shows, read with each row (Listing.shown)
    whole: bool = False  # its values are words of a list, dates or numbers: shown whole however long (columns.py)


class RecordTableModel(QAbstractTableModel):
    """Rows of one :class:`Listing` (see the module's docstring); empty until :meth:`set_listing`."""

    filled = Signal()  # the records listed are known: after a new listing, sort, filter or refresh
    head_read = Signal()  # the first rows were read, at once or off the GUI thread (columns are sized from them)

    def __init__(
        self, columns: Sequence[ColumnSpec], parent: QObject | None = None, *, rows_off_thread: bool = False
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows_off_thread = rows_off_thread  # a view's model: rows shown read off the GUI thread
        self._reads: PageReads[list[RecordRow]] = PageReads(self._start_reading, self._pages_read, self)
        self.pages: RecordPages | None = None
        self._base: Listing | None = None  # what is listed, before sorting and filtering
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._text = ""
        self._period: Period | None = None  # only the incidents that may have happened in it (the timeline's)
        self._ids: list[str] = []
        self._rows: collections.OrderedDict[int, dict[str, RecordRow]] = collections.OrderedDict()
        self._stale: dict[str, RecordRow] = {}  # rows read before the listing was ordered again, by id
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
        return replace(self._base, sort=sort, text=self._text, search=search, shown=shown, period=self._period)

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
            pool=one_at_a_time(),
        )

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:  # else the store was locked or another order asked for meanwhile
            self.pending = False
            raise error

    def _apply(self, ids: list[str], generation: int) -> None:
        if generation != self._generation:
            return  # another order was asked for meanwhile
        self.pending = False
        self._reads.forget()
        # What was shown stays shown, row by row, until the rows are read again (a refresh after a save would
        # otherwise show "…" for a moment).
        self._stale = {rid: r for page in self._rows.values() for rid, r in page.items()} if self._off_thread() else {}
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

    def set_period(self, period: Period | None) -> None:
        """Show only the incidents that may have happened in ``period`` (all of them for None)."""
        if period == self._period:
            return
        self._period = period
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
            page = self._keep(number, self._read_now(number))
            if number == 0:
                self.head_read.emit()  # the columns are measured again from the rows now held (workspace.columns)
        else:
            self._rows.move_to_end(number)
        return page.get(self._ids[row])

    def held(self, row: int) -> RecordRow | None:
        """The record of a row if its page is held; else None (its page is asked for, off the GUI thread, when the
        model reads its rows so; else read at once)."""
        number = row // PAGE
        page = self._rows.get(number)
        if page is not None:
            self._rows.move_to_end(number)
            return page.get(self._ids[row])
        if not self._off_thread():
            return self.record(row)
        self._reads.ask(number)
        return self._stale.get(self._ids[row])

    def _off_thread(self) -> bool:
        return self.rows_off_thread and len(self._ids) > PAGE

    def _read_now(self, number: int) -> dict[str, RecordRow]:
        listing, pages = self.listing(), self.pages
        ids = self._ids[number * PAGE : (number + 1) * PAGE]
        rows = pages.rows(listing, ids) if listing is not None and pages is not None else []
        return {r["id"]: r for r in rows}

    def _keep(self, number: int, page: dict[str, RecordRow]) -> dict[str, RecordRow]:
        self._rows[number] = page
        self._rows.move_to_end(number)
        while len(self._rows) > KEEP_PAGES:
            self._rows.popitem(last=False)
        return page

    def _start_reading(self, numbers: list[int]) -> Callable[[], dict[int, list[RecordRow]]] | None:
        """The job reading these pages (their ids as ordered now) on a worker thread, in one unit of work."""
        listing, pages = self.listing(), self.pages
        wanted = {n: self._ids[n * PAGE : (n + 1) * PAGE] for n in numbers if n not in self._rows}
        if listing is None or pages is None or not wanted:
            return None

        def read() -> dict[int, list[RecordRow]]:
            rows = {r["id"]: r for r in pages.rows(listing, [i for ids in wanted.values() for i in ids])}
            return {n: [rows[i] for i in ids if i in rows] for n, ids in wanted.items()}

        return read

    def _pages_read(self, read: dict[int, list[RecordRow]]) -> None:
        last = len(self.columns) - 1
        for number, rows in read.items():
            self._keep(number, {r["id"]: r for r in rows})
            first = number * PAGE
            end = min(first + PAGE, len(self._ids)) - 1
            if end >= first and last >= 0:
                self.dataChanged.emit(self.index(first, 0), self.index(end, last))
        if 0 in read:
            self.head_read.emit()

    def texts(self, column: int, limit: int) -> list[str]:
        """What the rows held among the first ``limit`` show in ``column`` (to size it without reading rows)."""
        held = [r for r in range(min(limit, len(self._ids))) if (r // PAGE) in self._rows]
        return [str(self.data(self.index(r, column)) or "") for r in held]

    def whole(self, column: int) -> bool:
        """Whether ``column`` holds values always shown whole (:attr:`ColumnSpec.whole`), however wide."""
        return 0 <= column < len(self.columns) and self.columns[column].whole

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == _RECORD_ID:
            return self._ids[index.row()]
        column = self.columns[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        if role == _RECORD:
            return self.record(index.row())
        if role != _DISPLAY and role != _TOOLTIP:
            return None
        record = self.held(index.row())
        if record is None:
            # Not read yet (off the GUI thread), or deleted since: "…" where the row's first cell is.
            unread = self._off_thread() and self._reads.asked(index.row() // PAGE)
            return PLACEHOLDER if unread and role == _DISPLAY and index.column() == 0 else None
        value = column.value(record)
        if isinstance(value, Phrase):  # words a service made (an audit entry's sentence): in the reader's language
            value = value.words(tr)
        if role == _DISPLAY:
            return "" if value is None else str(value)
        # The cell's whole text, for where a narrow column shortens it (the workspace's tables show it only then:
        # hrdoc.gui.workspace.columns).
        return None if value is None or value == "" else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None
