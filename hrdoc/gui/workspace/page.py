"""What every workspace page is: a view over the case's data, and the filterable table most pages are made of.

The case is loaded once by the workspace (off the GUI thread) as the same JSON-ready data ``hrdoc show --json``
prints, with protected identities masked; every page reads from it. A table with a record kind asks for New /
Edit / Delete through signals; the workspace shell does the work.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from typing import Any, Literal, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.registry import N_, Kind
from hrdoc.gui import shortcuts
from hrdoc.gui.accessibility import name
from hrdoc.gui.forms.specs import field_label, field_text, kind_name
from hrdoc.gui.models.record_table import ColumnSpec, RecordFilterProxy, RecordTableModel, Role
from hrdoc.gui.undo import RecordUndoStack
from hrdoc.gui.workspace.columns import fit_columns
from hrdoc.services.cases import CaseExport, RecordRow, SectionName
from hrdoc.services.context import StoreContext


class CaseData(CaseExport):
    """The case as the workspace holds it: :class:`CaseExport` (identities masked) plus what the workspace reads
    along with it off the GUI thread."""

    audit: list[RecordRow]  # the case's audit log entries, oldest first
    names: dict[str, str]  # a short label for every record of the case, by id (see :func:`record_names`)
    open_conflicts: int  # merge conflicts of the case still waiting for a choice


# What a table page shows: a section of the case's records, or its audit log.
TableSection = Literal[SectionName, "audit"]


class CaseHost(Protocol):
    """What a page that acts on the open case (the evidence page) reads from the workspace that hosts it."""

    ctx: StoreContext
    case_id: uuid.UUID | None
    data: CaseData | None
    undo_stack: RecordUndoStack

    def current_page(self) -> Page: ...

    def current_selection(self) -> tuple[str, str] | None: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


# The headers of table columns that show no single field (several fields read together, or what the case adds
# to a record), declared once; every other column is headed by its field's registry label (:func:`field_column`).
DATE_HEADER = N_("Date")  # an incident's dates and how precise they are (date_text)
GRADE_HEADER = N_("Grade")  # a source's reliability and credibility together, e.g. B2
CONSENT_HEADER = N_("Consent")  # a witness's consent at a glance (consent_badges)


def field_column(
    kind: Kind, name: str, value: Callable[[RecordRow], Any] | None = None, *, align_right: bool = False
) -> ColumnSpec:
    """A column showing the field ``name`` of records of ``kind``, headed by the field's registry label as the
    forms show it; ``value``: what a cell shows, if not the field in words (a choice by its label)."""
    return ColumnSpec(field_label(kind, name), value or field_text(kind, name), align_right)


def consent_badges(consent: RecordRow | None) -> str:
    """Consent at a glance: ✓ given, ✗ not given, for record / quote / name / partners / recontact."""
    if not consent:
        return tr("no consent recorded")
    parts = (
        ("to_be_recorded", tr("record")),
        ("to_be_quoted", tr("quote")),
        ("to_be_named", tr("name")),
        ("share_with_partners", tr("partners")),
        ("contact_again", tr("recontact")),
    )
    return "  ".join(f"{'✓' if consent.get(key) else '✗'} {label}" for key, label in parts)


def date_text(record: RecordRow) -> str:
    start, end, precision = record.get("start_date"), record.get("end_date"), record.get("date_precision")
    if not start:
        return tr("unknown date")
    when = start if not end or end == start else f"{start} – {end}"
    words = {
        "exact": "",
        "approximate_day": tr(" (approx.)"),
        "month": tr(" (month known)"),
        "year": tr(" (year known)"),
    }
    return when + words.get(str(precision), "")


def record_names(data: CaseExport, labels: Callable[[str], dict[str, str]]) -> dict[str, str]:
    """A short label for every record of the case, by id, for columns that refer to other records."""
    names: dict[str, str] = {}
    names.update({r["id"]: r["name"] for r in data["locations"]})
    names.update({r["id"]: r["title"] for r in data["incidents"]})
    names.update({r["id"]: r["name"] for r in data["actors"]})
    names.update({r["id"]: r["label"] for r in data["victims"]})
    names.update({r["id"]: r["pseudonym"] for r in data["witnesses"]})
    names.update({r["id"]: r["title"] for r in data["sources"]})
    names.update({r["id"]: r["original_filename"] for r in data["evidence_files"]})
    violation = labels("violation_type")
    for a in data["allegations"]:
        what = violation.get(a["violation_type"], a["violation_type"])
        names[a["id"]] = f"{what} — {names.get(a['incident_id'], '?')}"
    for a in data["accounts"]:
        names[a["id"]] = tr("Account of {0}").format(names.get(a["witness_id"], "?"))
    return names


def record_label(record: RecordRow) -> str:
    for key in ("reference", "title", "name", "label", "pseudonym", "original_filename", "violation_type"):
        if record.get(key):
            return str(record[key])
    return str(record.get("relation") or record.get("involvement") or record.get("id", ""))


class TwoLineHeader(QHeaderView):
    """A table's column headers, each label wrapped onto two lines where it is long, so a column is as wide as
    its cells need rather than its label (labels are the registry's, as full as the forms show them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        text = str(self.model().headerData(logicalIndex, self.orientation()) or "") if self.model() else ""
        metrics = self.fontMetrics()
        words = text.split()
        # The narrowest width at which the label fits on two lines: its best break between words.
        halves = (
            max(metrics.horizontalAdvance(" ".join(words[:i])), metrics.horizontalAdvance(" ".join(words[i:])))
            for i in range(1, len(words))
        )
        full = metrics.horizontalAdvance(text)
        size.setWidth(size.width() - full + min(halves, default=full))
        size.setHeight(max(size.height(), 2 * metrics.lineSpacing() + 8))
        return size


_touch_clock = itertools.count(1)


class Page(QWidget):
    """One view of the workspace."""

    title = ""
    icon_name = ""  # which icon the navigation shows for this page

    def show_case(self, data: CaseData) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def tables(self) -> list[TablePage]:
        """The editable tables on this page, if any."""
        return []

    def focus_target(self) -> QWidget | None:
        """What takes the keyboard when the user goes to this page (Alt+digit): the table worked in last, else
        the page's first widget that takes the keyboard."""
        table = self.active_table()
        if table is not None:
            return table.table
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if self.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
                return widget
            widget = widget.nextInFocusChain()
        return None

    def active_table(self) -> TablePage | None:
        """The table the user worked in last (the first one if none yet)."""
        tables = self.tables()
        if not tables:
            return None
        focused = [t for t in tables if t.table.hasFocus()]
        return focused[0] if focused else max(tables, key=lambda t: t.touched)


class TablePage(Page):
    """A filterable table of one section of the case; with New / Edit / Delete when ``kind`` is given. The table
    and its filter are named for a screen reader by what the table lists: ``listing``, where the page's ``title``
    says more ("Witnesses & accounts" lists the witnesses, the accounts in a table of their own), else the title."""

    new_requested = Signal(str)  # kind
    edit_requested = Signal(str, str)  # kind, record id
    delete_requested = Signal(str, str)  # kind, record id

    def __init__(
        self,
        title: str,
        section: TableSection,
        columns: list[ColumnSpec],
        parent: QWidget | None = None,
        *,
        kind: Kind | None = None,
        listing: str = "",
    ) -> None:
        super().__init__(parent)
        self.title = title
        listed = listing or title
        self.section: TableSection = section
        self.kind = kind
        self.touched = 0
        self.model = RecordTableModel(columns, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter"))
        name(self.filter, tr("Filter: {0}").format(listed))  # a page may have two tables, each with its filter
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table = QTableView()
        name(self.table, listed)
        self.table.setHorizontalHeader(TwoLineHeader(self.table))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Column widths are measured on the first rows only: a case with thousands of records opens at once.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Sized by what the columns hold, again whenever the rows change, however a page fills the table (the
        # allegations of the selected incident are set by their page, never through show_case).
        fit_columns(self.table)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._touch())
        if kind is not None:
            what = kind_name(kind)
            self.new_button = QPushButton(tr("New…"))
            self.new_button.setObjectName(f"new_{kind}")
            # Each says its keys, as declared once in shortcuts (the window's New, Edit and Delete act on the table
            # worked in last).
            self.new_button.setToolTip(shortcuts.tip(tr("Add a new {0}").format(what), shortcuts.NEW_RECORD))
            self.edit_button = QPushButton(tr("Edit…"))
            self.edit_button.setObjectName(f"edit_{kind}")
            edit = tr("Edit the selected {0}, or double-click it").format(what)
            self.edit_button.setToolTip(shortcuts.tip(edit, shortcuts.EDIT))
            self.delete_button = QPushButton(tr("Delete…"))
            self.delete_button.setObjectName(f"delete_{kind}")
            delete = tr("Delete the selected {0}; asks first, cannot be undone").format(what)
            self.delete_button.setToolTip(shortcuts.tip(delete, shortcuts.DELETE))
            for button in (self.new_button, self.edit_button, self.delete_button):
                top.addWidget(button)
            self.new_button.clicked.connect(self.request_new)
            self.edit_button.clicked.connect(self.request_edit)
            self.delete_button.clicked.connect(self.request_delete)
            self.table.doubleClicked.connect(lambda _index: self.request_edit())
            for key in ("Return", "Enter"):
                shortcut = QShortcut(QKeySequence(key), self.table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(self.request_edit)

    def _touch(self) -> None:
        self.touched = next(_touch_clock)

    def tables(self) -> list[TablePage]:
        return [self] if self.kind else []

    def request_new(self) -> None:
        self._touch()
        if self.kind:
            self.new_requested.emit(self.kind)

    def request_edit(self) -> None:
        self._touch()
        record = self.selected()
        if self.kind and record is not None:
            self.edit_requested.emit(self.kind, record["id"])

    def request_delete(self) -> None:
        self._touch()
        record = self.selected()
        if self.kind and record is not None:
            self.delete_requested.emit(self.kind, record["id"])

    def rows(self, data: CaseData) -> list[RecordRow]:
        return list(data[self.section])

    def show_case(self, data: CaseData) -> None:
        self.set_rows(self.rows(data))
        fit_columns(self.table)  # short columns whole, long text shortened with a tooltip (workspace.columns)

    def set_rows(self, rows: list[RecordRow]) -> None:
        """Show ``rows``, keeping the selected record selected if it is still there."""
        current = self.selected()
        self.model.set_records(rows)
        if current is not None:
            self.select_record(current["id"])

    def select_record(self, record_id: str) -> bool:
        for row in range(self.model.total()):
            if self.model.record(row)["id"] == record_id:
                while self.model.rowCount() <= row and self.model.canFetchMore(QModelIndex()):
                    self.model.fetchMore(QModelIndex())
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.setCurrentIndex(index)
                    self.table.selectRow(index.row())
                    return True
        return False

    def clear(self) -> None:
        self.model.clear()
        self.filter.clear()

    def selected(self) -> RecordRow | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else index.data(Role.RECORD)
