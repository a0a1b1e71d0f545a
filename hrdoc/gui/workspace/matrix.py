"""The corroboration matrix: which sources, accounts and evidence files support which allegations and incidents."""

from __future__ import annotations

import collections
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain import enums
from hrdoc.domain.registry import Kind
from hrdoc.gui import colours
from hrdoc.gui.accessibility import name
from hrdoc.gui.i18n import tr
from hrdoc.gui.models.record_table import KEEP_PAGES, PAGE, PLACEHOLDER, PageReads, RecordTableModel
from hrdoc.gui.workspace.page import CaseData, Page, TablePage, field_column, listing
from hrdoc.services.cases import RecordRow
from hrdoc.services.record_keys import Key

_ROOT = QModelIndex()

HEADER_LINES = 3  # a source's column header: its title on at most this many lines, then "…"
HEADER_CHARS = 24  # and about this many characters a line, so that the matrix keeps several sources in view


def header_text(title: str, tail: str, metrics: QFontMetrics, width: int, lines: int = HEADER_LINES) -> str:
    """``title`` and ``tail`` (a source's grade, "(B3)") wrapped at word breaks onto at most ``lines`` lines of
    ``width`` pixels; a longer title's end is cut with "…", the tail kept whole after it."""
    advance = metrics.horizontalAdvance
    wrapped: list[str] = []
    for word in [*title.split(), *([tail] if tail else [])]:
        if wrapped and advance(f"{wrapped[-1]} {word}") <= width:
            wrapped[-1] = f"{wrapped[-1]} {word}"
        else:
            wrapped.append(word)
    if len(wrapped) > lines:
        # What is left did not fit on one line with the tail (else the wrapping would have put it there): cut it.
        ending = f" {tail}" if tail else ""
        rest = " ".join(wrapped[lines - 1 :])
        rest = rest[: len(rest) - len(ending)]
        cut = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width - advance(ending))
        wrapped = [*wrapped[: lines - 1], cut + ending]
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in wrapped)


Cell = tuple[str, str, str, str]  # text ("Supports B3"), relation, excerpt, link id
Row = tuple[str, dict[int, Cell]]  # an allegation's label, and its cells by column
Reading = Callable[[list[int]], Callable[[], dict[int, list[Row]]]]  # page numbers -> the job reading them


class MatrixModel(QAbstractTableModel):
    """The corroboration matrix as a model: a row's label and cells are read with its page of rows when first
    shown (:meth:`set_rows`), not stored as widgets or held whole, so a case with tens of thousands of
    allegations and thousands of sources opens at once. Given a job to read pages (``reading``), the pages shown
    are read off the GUI thread: a row not read yet is blank, labelled "…", until its page arrives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[tuple[str, str, str, str]] = []  # kind, id, header on one line, tooltip
        # Each column's header as shown (on a few lines: header_text), made when the header first shows it.
        self._shown: Callable[[int], str] = lambda column: self.columns[column][2]
        self._headers: dict[int, str] = {}
        self._count = 0
        self._read: Callable[[int], list[Row]] = lambda _page: []
        self._pages: collections.OrderedDict[int, list[Row]] = collections.OrderedDict()
        self._reading: Reading | None = None
        self._reads: PageReads[list[Row]] = PageReads(lambda numbers: self._job(numbers), self._arrived, self)

    def set_rows(
        self,
        count: int,
        read: Callable[[int], list[Row]],
        columns: list[tuple[str, str, str, str]],
        shown: Callable[[int], str] | None = None,
        reading: Reading | None = None,
    ) -> None:
        """``count`` rows, read ``PAGE`` at a time by ``read(page number)``, under these columns, each headed by
        ``shown(column)`` (by default its header on one line); the rows shown read off the GUI thread by the
        jobs ``reading(page numbers)`` gives, if given."""
        self.beginResetModel()
        self._reads.forget()
        self._reading = reading
        self._count, self._read, self.columns = count, read, columns
        self._shown = shown if shown is not None else (lambda column: self.columns[column][2])
        self._headers.clear()
        self._pages.clear()
        self.endResetModel()

    def set_matrix(
        self,
        row_labels: list[str],
        columns: list[tuple[str, str, str, str]],
        cells: dict[tuple[int, int], Cell],
        shown: Callable[[int], str] | None = None,
    ) -> None:
        """A matrix held whole: its rows' labels and its cells by (row, column)."""
        rows: list[Row] = [(label, {}) for label in row_labels]
        for (row, column), cell in cells.items():
            rows[row][1][column] = cell
        self.set_rows(len(rows), lambda page: rows[page * PAGE : (page + 1) * PAGE], columns, shown)

    def row(self, row: int) -> Row:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._pages[number] = self._read(number)
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else ("", {})

    def cell(self, row: int, column: int) -> Cell | None:
        return self.row(row)[1].get(column) if 0 <= row < self._count else None

    def _held(self, row: int) -> Row | None:
        """A row as shown: None while its page is read off the GUI thread (read at once without a job)."""
        if self._reading is None:
            return self.row(row)
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            self._reads.ask(number)
            return None
        self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else ("", {})

    def _job(self, numbers: list[int]) -> Callable[[], dict[int, list[Row]]] | None:
        wanted = [n for n in numbers if n not in self._pages]
        return self._reading(wanted) if self._reading is not None and wanted else None

    def _arrived(self, read: dict[int, list[Row]]) -> None:
        for number, page in read.items():
            self._pages[number] = page
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
            first, last = number * PAGE, min(number * PAGE + PAGE, self._count) - 1
            if last >= first and self.columns:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
            if last >= first:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, first, last)

    @property
    def cells(self) -> dict[tuple[int, int], Cell]:
        """Every cell of the matrix, by (row, column): for tests (it reads every row)."""
        return {(r, c): cell for r in range(self._count) for c, cell in self.row(r)[1].items()}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES or not 0 <= index.row() < self._count:
            return None
        held = self._held(index.row())
        cell = held[1].get(index.column()) if held is not None else None
        if cell is None:
            return None
        text, relation, excerpt, link_id = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(colours.tint(relation).background) if relation in colours.TINT_HUES else None
        if role == Qt.ItemDataRole.ForegroundRole:  # readable on the tint, in a light or a dark theme
            return QBrush(colours.tint(relation).text) if relation in colours.TINT_HUES else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return excerpt
        return link_id

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                if section not in self._headers:
                    self._headers[section] = self._shown(section)
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section][3]
        vertical = orientation == Qt.Orientation.Vertical
        if vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._count:
            held = self._held(section)
            return held[0] if held is not None else PLACEHOLDER
        return None


_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole,
)


def _origin(link: RecordRow) -> str:
    return str(link["_names"].get("source_id") or link["_names"].get("account_id") or "") or str(
        link["_names"].get("evidence_id") or ""
    )


def _target(link: RecordRow) -> str:
    return str(link["_names"].get("allegation_id") or link["_names"].get("incident_id") or "")


class MatrixPage(Page):
    """Corroboration matrix: allegations down, sources and accounts across."""

    new_link_requested = Signal(object)  # defaults for the new link's form (dict)

    def __init__(self, labels: Callable[[str], dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = tr("Evidence links")
        self.labels = labels
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setObjectName("corroborationMatrix")
        name(self.table, tr("Corroboration matrix"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Each column as wide as its header's lines and its cells (sources' titles wrap: header_text).
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.verticalHeader().setDefaultSectionSize(28)
        # Activated: double-clicked, or Return on the current cell, so a link is made from the keyboard too.
        self.table.activated.connect(lambda index: self.open_cell(index.row(), index.column()))
        self._data: CaseData | None = None
        self._columns: list[tuple[str, str]] = []
        self._grades: dict[str, str] = {}
        self._violations: dict[str, str] = {}  # the words of violation codes, read once per showing
        self._titles: list[tuple[str, str]] = []  # each column's title and tail ("(B3)")
        self._position: dict[tuple[str, str], int] = {}  # (kind, id) of a source or account -> its column
        # The allegations down the matrix, in the order they were entered, read a page at a time.
        self.allegations = RecordTableModel([], self)
        self.allegations.filled.connect(self._allegations_known)
        self.links = TablePage(
            tr("All links"),
            "links",
            [
                # A link's origin and target are each one picker in its form, and one column here.
                field_column(Kind.LINK, "origin", _origin, keys=(Key.of("source_id", "account_id", "evidence_id"),)),
                field_column(Kind.LINK, "relation"),
                field_column(Kind.LINK, "target", _target, keys=(Key.of("allegation_id", "incident_id"),)),
                field_column(Kind.LINK, "locator"),
                field_column(Kind.LINK, "excerpt"),
            ],
            kind=Kind.LINK,
        )
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(
            tr(
                "Each cell: how the source or account bears on the allegation, and the source's grade. "
                "Double-click a cell, or press Enter on it, to add or edit its link."
            )
        )
        legend.setWordWrap(True)
        top_layout.addWidget(legend)
        top_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.links)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def tables(self) -> list[TablePage]:
        return [self.links]

    def focus_target(self) -> QWidget | None:
        return self.table  # the matrix first: Enter on a cell makes or opens its link

    def allegation_id(self, row: int) -> str:
        """The id of the allegation of a row of the matrix."""
        return self.allegations.record_id(row)

    def open_cell(self, row: int, column: int) -> None:
        """Open the link of a cell (selected in the list of links and edited); for a cell with none, a new link's
        form holding its source or account and its allegation."""
        cell = self.model.cell(row, column)
        if cell is not None:
            self.links.select_record(cell[3])  # listed below, and shown in the detail pane beside where there is one
            self.links.edit_requested.emit(Kind.LINK, cell[3])
            return
        if 0 <= row < self.allegations.total() and 0 <= column < len(self._columns):
            origin_kind, origin_id = self._columns[column]
            origin_field = "source_id" if origin_kind == Kind.SOURCE else "account_id"
            self.new_link_requested.emit({origin_field: origin_id, "allegation_id": self.allegation_id(row)})

    def show_case(self, data: CaseData) -> None:
        self._data = data
        self._violations = self.labels("violation_type")
        pages = data["pages"]
        case_id = uuid.UUID(data["case"]["id"])
        # (kind, id, title, tail): a source by its title and grade, an account by its witness.
        columns: list[tuple[str, str, str, str]] = []
        self._grades = {}
        for kind, rid, title, grade in pages.origins(case_id):
            if kind == Kind.SOURCE:
                self._grades[rid] = grade
                columns.append((kind, rid, title, f"({grade})"))
            else:
                columns.append((kind, rid, tr("Account of {witness}").format(witness=title or "?"), ""))
        self._columns = [(kind, rid) for kind, rid, _title, _tail in columns]
        self._position = {key: n for n, key in enumerate(self._columns)}
        self._titles = [(title, tail) for _kind, _rid, title, tail in columns]
        self._headers = [(kind, rid, f"{title} {tail}".strip(), title) for kind, rid, title, tail in columns]
        self.links.show_case(data)
        self.allegations.set_listing(pages, listing(data, Kind.ALLEGATION), size=data["figures"].counts["allegations"])

    def _allegations_known(self) -> None:
        """The allegations down the matrix are known: show them, their cells read a page at a time."""
        columns = self._headers if self._data is not None else []
        self.model.set_rows(self.allegations.total(), self._read_rows, columns, self._header_text, self._reading)
        self._fit_columns()

    def _header_text(self, column: int) -> str:
        """A column's header on at most HEADER_LINES lines (made when the header first shows it: a case may have
        thousands of sources)."""
        title, tail = self._titles[column]
        metrics = self.table.horizontalHeader().fontMetrics()
        return header_text(title, tail, metrics, HEADER_CHARS * metrics.averageCharWidth())

    def _read_rows(self, number: int) -> list[Row]:
        """A page of the matrix's rows, read now: its allegations' labels, and the links to them."""
        job = self._reading([number])
        return job().get(number, [])

    def _reading(self, numbers: list[int]) -> Callable[[], dict[int, list[Row]]]:
        """The job reading these pages of the matrix's rows (on a worker thread: it touches no widget and no model):
        their allegations' labels, and the links from sources and accounts to them."""
        data, total = self._data, self.allegations.total()
        wanted = {
            n: [self.allegations.record_id(r) for r in range(n * PAGE, min(n * PAGE + PAGE, total))] for n in numbers
        }
        violation, position, grades = self._violations, self._position, self._grades

        def read() -> dict[int, list[Row]]:
            if data is None:
                return {}
            pages = data["pages"]
            ids = [i for page in wanted.values() for i in page]
            records = {r["id"]: r for r in pages.rows(listing(data, Kind.ALLEGATION), ids)} if ids else {}
            cells: dict[str, dict[int, Cell]] = {i: {} for i in ids}
            for link in pages.referring(Kind.LINK, "allegation_id", ids) if ids else []:
                origin = (Kind.SOURCE, link["source_id"]) if link["source_id"] else (Kind.ACCOUNT, link["account_id"])
                if origin not in position or link["allegation_id"] not in cells:
                    continue
                grade = grades.get(origin[1], "") if origin[0] == Kind.SOURCE else ""
                text = f"{tr(enums.label(link['relation'], enums.LinkRelation))} {grade}".strip()  # "Supports B3"
                cells[link["allegation_id"]][position[origin]] = (text, link["relation"], link["excerpt"], link["id"])
            out: dict[int, list[Row]] = {}
            for number, page in wanted.items():
                out[number] = []
                for rid in page:
                    code = str(records[rid]["violation_type"]) if rid in records else ""
                    out[number].append((violation.get(code, code) if rid in records else "", cells[rid]))
            return out

        return read

    def _fit_columns(self) -> None:
        """Each column as wide as its header's lines or its cells ("Contradicts B3"), whichever is wider: a header
        on one line is as wide as its text, one wrapped onto several as the width it is wrapped at."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        wrapped = HEADER_CHARS * metrics.averageCharWidth()
        cell = max(
            metrics.horizontalAdvance(f"{tr(enums.label(r.value, enums.LinkRelation))} X9") for r in enums.LinkRelation
        )
        margin = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        for column, (title, tail) in enumerate(self._titles):
            lines = min(metrics.horizontalAdvance(f"{title} {tail}".strip()), wrapped)
            header.resizeSection(column, max(lines, cell) + margin)

    def cells(self) -> dict[tuple[str, str], str]:
        """What the matrix shows, by (allegation, source or account) header: for tests and exports."""
        return {
            (str(self.model.row(r)[0]), self.model.columns[c][2]): text
            for (r, c), (text, *_rest) in self.model.cells.items()
        }

    def clear(self) -> None:
        self._data = None
        self.model.set_matrix([], [], {})
        self.links.clear()
        self.allegations.clear()
        self._columns, self._titles, self._headers, self._position = [], [], [], {}
