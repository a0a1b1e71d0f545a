"""Table columns as wide as what they hold: short values whole, long text shortened with its full text on hover.

A column whose widest cell is short — an identifier, a date, a number, a word from a vocabulary ("Extrajudicial or
summary execution", "reasonable grounds") — is always as wide as its cells and its header need, so it is never cut;
so is a column its model declares whole (``whole(column)``: a word chosen from a list, a date, a number), however
wide a font draws its longest value. The columns of long text (a title, a description, a narrative) share what is
left of the table's width in proportion to their length, each at least :data:`LONG_MIN` characters wide. Where the
columns cannot all have that much (a table beside the case list and the detail pane on a 1366-pixel laptop), the
headers wrap onto three lines instead of two, keeping room for the sort arrow only in the column sorted by (a header
that wraps, :class:`~hrdoc.gui.workspace.page.TwoLineHeader`), then the long text's columns narrow down to
:data:`LONG_TIGHT` characters; only a table still too narrow then scrolls sideways. A cell that is cut ends with "…"
and shows its full text as a tooltip (the model's tooltip, which :class:`~hrdoc.gui.models.record_table.
RecordTableModel` gives as the cell's text); a cell shown whole shows no tooltip, which would only repeat it.
In a right-to-left interface each cell's text is drawn in its own direction (:class:`CellDelegate`), so a Latin
title cut in an Arabic table ends with its "…" on the right, where the text was cut.

The columns are measured again whenever the table's rows are replaced or more are loaded (however a page fills
it, or its first rows arrive from a read off the GUI thread), and shared again whenever the table's width changes.
A model that can say what its rows held show (``texts(column, limit)``, as
:class:`~hrdoc.gui.models.record_table.RecordTableModel` does) is measured from those texts with the font's
metrics, which asks for no row not read yet and takes a few milliseconds where asking the view for each cell's
size took a tenth of a second for a page of rows. A column the user widened or narrowed by hand keeps
that width until the table's columns change.
"""

from __future__ import annotations

from typing import Protocol, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QToolTip

from hrdoc.gui.models.cells import CellDelegate

SHORT = 36  # characters: a column whose cells are at most this wide is shown whole
LONG_MIN = 18  # characters: the narrowest a column of long text gets while the table has room for it
LONG_TIGHT = 10  # characters: the narrowest it gets before the table scrolls sideways (three-line headers first)


class _Wrapping(Protocol):
    """A header whose labels wrap onto three lines when tight (:class:`~hrdoc.gui.workspace.page.TwoLineHeader`)."""

    tight: bool

    def set_tight(self, tight: bool) -> None: ...

    def sectionSizeHint(self, logicalIndex: int) -> int: ...


class ColumnFitter(QObject):
    """Sizes the columns of one table (see the module's docstring); made once per table by :func:`fit_columns`."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.natural: dict[int, int] = {}  # column → width its header and cells need
        self.cells: dict[int, int] = {}  # column → width its cells need
        self.floor = LONG_MIN  # characters: the narrowest a column of long text gets now (LONG_TIGHT when tight)
        self.long: set[int] = set()  # columns of long text
        self.by_hand: dict[int, int] = {}  # column → width the user gave it
        self._dragging = False  # the user is dragging a column's edge in the header
        self._columns = -1
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        header.sortIndicatorChanged.connect(self.refit_soon)  # a tight header keeps the arrow's room where it shows
        self.header_viewport = header.viewport()
        self.header_viewport.installEventFilter(self)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setItemDelegate(CellDelegate(table))  # a cut cell's "…" where it was cut, in either direction
        table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self.viewport = table.viewport()
        self.viewport.installEventFilter(self)  # resized after the table is: its width is the room
        self._pending = False  # the rows changed since the columns were last measured
        self._queued = False  # a refit is queued for the next turn of the event loop
        model = table.model()
        if model is not None:
            model.modelReset.connect(self.refit_soon)
            model.rowsInserted.connect(self.refit_soon)
            head_read = getattr(model, "head_read", None)  # the first rows were read (at once, or off the GUI thread)
            if head_read is not None:
                head_read.connect(self.refit_soon)

    def refit_soon(self, *_changed: object) -> None:
        """Measure and share again once the rows have settled (many changes at once are one refit)."""
        self._pending = True
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        """The queued refit, unless the columns were measured since the rows changed (:func:`fit_columns` right
        after a page listed its rows): measuring the same rows twice was a third of a page's first fill."""
        self._queued = False
        if self._pending:
            self.fit()

    def fit(self) -> None:
        """Measure the columns and share the table's width between them, now."""
        self._pending = False
        self.measure()
        self.apply()

    # -- measuring -------------------------------------------------------------------------------------------

    def measure(self) -> None:
        """Read again how wide each column's header and cells need to be (the rows the table has loaded)."""
        model = self.table.model()
        columns = model.columnCount() if model is not None else 0
        if columns != self._columns:
            self.by_hand.clear()  # other columns: what the user set was for those
            self._columns = columns
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        self.natural.clear()
        self.cells.clear()
        self.long.clear()
        texts = getattr(model, "texts", None)
        whole = getattr(model, "whole", None)  # columns whose values are declared short, whatever the font
        for column in range(columns):
            if header.isSectionHidden(column):
                continue
            if texts is not None:
                cells = self._width(texts(column, header.resizeContentsPrecision()))
            else:
                cells = self.table.sizeHintForColumn(column)
            self.cells[column] = cells
            self.natural[column] = max(cells, header.sectionSizeHint(column))
            if cells > SHORT * char and not (whole is not None and whole(column)):
                self.long.add(column)

    def _width(self, texts: list[str]) -> int:
        """How wide a column must be for these cells' texts, as the view's own measure gives it (the text and its
        margins, the grid's line, and a pixel for rounding): never narrower, or a cell shown whole would be cut."""
        if not texts:
            return -1
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for text in texts for line in (text.splitlines() or [""]))
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        return widest + 2 * margin + (1 if self.table.showGrid() else 0) + 1

    # -- sharing the width -----------------------------------------------------------------------------------

    def tighten(self, room: int) -> None:
        """Headers on two lines and long text at least :data:`LONG_MIN` characters wide where the columns fit
        ``room`` so; else a tight header (three lines, the sort arrow's room only where it shows: a wrapping
        header's :meth:`~hrdoc.gui.workspace.page.TwoLineHeader.set_tight`), then long text down to
        :data:`LONG_TIGHT` characters."""
        if not hasattr(self.table.horizontalHeader(), "set_tight"):  # a header that does not wrap
            return
        header = cast(_Wrapping, self.table.horizontalHeader())
        was = header.tight
        char = self.table.fontMetrics().averageCharWidth()
        for tight, floor in ((False, LONG_MIN), (True, LONG_MIN), (True, LONG_TIGHT)):
            header.tight = tight  # measured so, the view not told yet
            natural = {c: max(self.cells.get(c, -1), header.sectionSizeHint(c)) for c in self.natural}
            fixed = (self.by_hand.get(c, w) for c, w in natural.items() if c not in self.long or c in self.by_hand)
            if sum(fixed) + floor * char * len(self.long - self.by_hand.keys()) <= room:
                break
        header.tight = was
        header.set_tight(tight)
        self.natural, self.floor = natural, floor

    def widths(self, room: int) -> dict[int, int]:
        """Each shown column's width in a table ``room`` pixels wide."""
        floor = self.floor * self.table.fontMetrics().averageCharWidth()
        widths = {c: self.by_hand.get(c, w) for c, w in self.natural.items() if c not in self.long or c in self.by_hand}
        long = {c: self.natural[c] for c in self.long if c not in self.by_hand}
        left = room - sum(widths.values())
        if long and sum(long.values()) > left:
            # Shared in proportion to their length, none below the floor (those at the floor are taken out first).
            while long:
                total = sum(long.values())
                share = {c: max(0, left) * w // total for c, w in long.items()}
                small = {c for c, w in share.items() if w < floor}
                if not small:
                    widths.update(share)
                    break
                for c in small:
                    widths[c] = floor
                    left -= floor
                    del long[c]
        else:
            widths.update(long)
        spare = room - sum(widths.values())
        if spare > 0 and widths:
            last = max(widths)  # the last column takes what is left, as a stretched last section would
            widths[last] += spare
        return widths

    def apply(self) -> None:
        room = self.table.viewport().width()
        if room <= 0 or not self.natural:
            return
        self.tighten(room)
        header = self.table.horizontalHeader()
        for column, width in self.widths(room).items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._dragging:  # not a reset of the model, a sort, or this fitter's own sizing
            self.by_hand[column] = new

    # -- events ----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # While Python deletes a table it owns, shiboken empties this fitter's attributes before Qt destroys the
        # viewport, whose last event (Destroy) still comes here: nothing to size then.
        table = self.__dict__.get("table")
        if table is None or not shiboken6.isValid(table):
            return False
        if watched is self.viewport:
            if kind == QEvent.Type.Resize:
                self.apply()
            elif kind == QEvent.Type.ToolTip:
                return isinstance(event, QHelpEvent) and self._whole_cell_tip(event)
        elif watched is self.header_viewport and kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
        ):
            self._dragging = kind == QEvent.Type.MouseButtonPress
        return False

    def _whole_cell_tip(self, event: QHelpEvent) -> bool:
        """True (the tooltip is not shown) over a cell whose text is shown whole and whose tooltip only repeats
        it; False lets the table show the tooltip as usual."""
        index = self.table.indexAt(event.pos())
        if not index.isValid():
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if not tip or str(tip) != str(text or ""):
            return False
        if not cut(self.table, index.row(), index.column()):
            QToolTip.hideText()
            event.ignore()
            return True
        return False


def cut(table: QTableView, row: int, column: int) -> bool:
    """Whether the text of a cell (a row and column of the table's model) is shortened to fit its column."""
    return table.sizeHintForIndex(table.model().index(row, column)).width() > table.columnWidth(column)


def fit_columns(table: QTableView) -> ColumnFitter:
    """Size ``table``'s columns to what they hold now (after its rows changed), and from now on to its width."""
    fitter = table.findChild(ColumnFitter)
    if fitter is None:
        fitter = ColumnFitter(table)
    fitter.fit()
    return fitter
