"""The corroboration matrix: which sources, accounts and evidence files support which allegations and incidents."""

from __future__ import annotations

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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain import enums
from hrdoc.domain.registry import Kind
from hrdoc.gui import colours
from hrdoc.gui.accessibility import name
from hrdoc.gui.workspace.page import (
    CaseData,
    Page,
    TablePage,
    field_column,
    tr,
)
from hrdoc.services.cases import RecordRow

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


def _origin_id(link: RecordRow) -> str:
    return str(link["source_id"] or link["account_id"] or link["evidence_id"] or "")


class MatrixModel(QAbstractTableModel):
    """The corroboration matrix as a model: cells are looked up, not stored as widgets, so a case with
    thousands of allegations and sources opens at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.row_labels: list[str] = []
        self.columns: list[tuple[str, str, str, str]] = []  # kind, id, header on one line, tooltip
        self.shown: list[str] = []  # each column's header as shown: on a few lines (header_text)
        self.cells: dict[tuple[int, int], tuple[str, str, str, str]] = {}  # text, relation, excerpt, link id

    def set_matrix(
        self,
        row_labels: list[str],
        columns: list[tuple[str, str, str, str]],
        cells: dict[tuple[int, int], tuple[str, str, str, str]],
        shown: list[str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.row_labels, self.columns, self.cells = row_labels, columns, cells
        self.shown = shown if shown is not None else [column[2] for column in columns]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.row_labels)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cells.get((index.row(), index.column()))
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
        if role == Qt.ItemDataRole.UserRole:
            return link_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.shown[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section][3]
        vertical = orientation == Qt.Orientation.Vertical
        if vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.row_labels):
            return self.row_labels[section]
        return None


class MatrixPage(Page):
    """Corroboration matrix: allegations down, sources and accounts across."""

    new_link_requested = Signal(object)  # defaults for the new link's form (dict)

    def __init__(
        self, labels: Callable[[str], dict[str, str]], names: dict[str, str], parent: QWidget | None = None
    ) -> None:
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
        self._rows: list[str] = []
        self._columns: list[tuple[str, str]] = []
        self.links = TablePage(
            tr("All links"),
            "links",
            [
                # A link's origin and target are each one picker in its form, and one column here.
                field_column(Kind.LINK, "origin", lambda r: names.get(_origin_id(r), "")),
                field_column(Kind.LINK, "relation"),
                field_column(Kind.LINK, "target", lambda r: names.get(r["allegation_id"] or r["incident_id"], "")),
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

    def open_cell(self, row: int, column: int) -> None:
        """Open the link of a cell (selected in the list of links and edited); for a cell with none, a new link's
        form holding its source or account and its allegation."""
        cell = self.model.cells.get((row, column))
        if cell is not None:
            self.links.select_record(cell[3])  # listed below, and shown in the detail pane beside where there is one
            self.links.edit_requested.emit(Kind.LINK, cell[3])
            return
        if 0 <= row < len(self._rows) and 0 <= column < len(self._columns):
            origin_kind, origin_id = self._columns[column]
            origin_field = "source_id" if origin_kind == Kind.SOURCE else "account_id"
            self.new_link_requested.emit({origin_field: origin_id, "allegation_id": self._rows[row]})

    def show_case(self, data: CaseData) -> None:
        violation = self.labels("violation_type")
        witnesses = {w["id"]: w["pseudonym"] for w in data["witnesses"]}
        grades = {s["id"]: f"{s['reliability'] or '?'}{s['credibility'] or '?'}" for s in data["sources"]}
        # (kind, id, title, tail): a source by its title and grade, an account by its witness.
        columns: list[tuple[str, str, str, str]] = [
            (Kind.SOURCE, s["id"], s["title"], f"({grades[s['id']]})") for s in data["sources"]
        ]
        columns += [
            (Kind.ACCOUNT, a["id"], tr("Account of {0}").format(witnesses.get(a["witness_id"], "?")), "")
            for a in data["accounts"]
        ]
        rows = data["allegations"]
        self._rows = [a["id"] for a in rows]
        self._columns = [(kind, rid) for kind, rid, _title, _tail in columns]
        self.links.show_case(data)
        position = {(kind, rid): i for i, (kind, rid, _title, _tail) in enumerate(columns)}
        row_of = {a["id"]: i for i, a in enumerate(rows)}
        cells: dict[tuple[int, int], tuple[str, str, str, str]] = {}
        for link in data["links"]:
            if link["allegation_id"] not in row_of:
                continue
            origin = (Kind.SOURCE, link["source_id"]) if link["source_id"] else (Kind.ACCOUNT, link["account_id"])
            if origin not in position:
                continue
            grade = grades.get(origin[1], "") if origin[0] == Kind.SOURCE else ""
            text = f"{tr(enums.label(link['relation'], enums.LinkRelation))} {grade}".strip()  # "Supports B3"
            cells[(row_of[link["allegation_id"]], position[origin])] = (
                text,
                link["relation"],
                link["excerpt"],
                link["id"],
            )
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        width = HEADER_CHARS * metrics.averageCharWidth()
        self.model.set_matrix(
            [violation.get(code, code) for code in (str(a["violation_type"]) for a in rows)],
            [(kind, rid, f"{title} {tail}".strip(), title) for kind, rid, title, tail in columns],
            cells,
            [header_text(title, tail, metrics, width) for _kind, _rid, title, tail in columns],
        )
        self.table.resizeColumnsToContents()  # each column as wide as its header's longest line, or its cells

    def cells(self) -> dict[tuple[str, str], str]:
        """What the matrix shows, by (allegation, source or account) header: for tests and exports."""
        return {
            (self.model.row_labels[r], self.model.columns[c][2]): text
            for (r, c), (text, *_rest) in self.model.cells.items()
        }

    def clear(self) -> None:
        self.model.set_matrix([], [], {})
        self.links.clear()
        self._rows, self._columns = [], []
