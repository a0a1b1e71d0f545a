"""What every workspace page is: a view over the open case, and the filterable table most pages are made of.

The workspace reads only what a case is at a glance when it opens (:class:`CaseData`: the case record and its
figures); each table reads its records from the store a page at a time as it scrolls, sorted and filtered by the
database (:class:`~hrdoc.gui.models.record_table.RecordTableModel`), with protected identities masked. A table with
a record kind asks for New / Edit / Delete through signals; the workspace shell does the work.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from typing import Any, Literal, Protocol, TypedDict

from PySide6.QtCore import (
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain import registry
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind, Widget
from hrdoc.gui import shortcuts
from hrdoc.gui.accessibility import name
from hrdoc.gui.forms.specs import day_text, field_label, field_text, kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.models.record_table import ColumnSpec, RecordTableModel, Role
from hrdoc.gui.rows import select_row
from hrdoc.gui.undo import RecordUndoStack
from hrdoc.gui.workspace.columns import fit_columns
from hrdoc.services.cases import RecordRow, SectionName
from hrdoc.services.context import StoreContext
from hrdoc.services.record_keys import Key
from hrdoc.services.record_pages import AUDIT, CaseFigures, Listing, RecordPages


class CaseData(TypedDict):
    """The open case as the workspace holds it: the case record, what it holds at a glance (counted by the
    database), and where its records are read from, a page at a time."""

    case: RecordRow
    figures: CaseFigures
    open_conflicts: int  # merge conflicts of the case still waiting for a choice
    pages: RecordPages


TYPING_PAUSE_MS = 150  # a table's filter is applied once typing pauses this long

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


def listing(data: CaseData, kind: str, **where: str) -> Listing:
    """The records of ``kind`` in the open case, perhaps only those whose fields hold these values."""
    return Listing(kind, uuid.UUID(data["case"]["id"]), where=tuple(where.items()))


def section_kind(section: TableSection) -> str:
    """The kind of record a section of a case holds (its audit log: audit entries)."""
    return AUDIT if section == "audit" else registry.by_table(section).name


# The headers of table columns that show no single field (several fields read together, or what the case adds
# to a record), declared once; every other column is headed by its field's registry label (:func:`field_column`).
DATE_HEADER = N_("Date")  # an incident's dates and how precise they are (date_text)
GRADE_HEADER = N_("Grade")  # a source's reliability and credibility together, e.g. B2
CONSENT_HEADER = N_("Consent")  # a witness's consent at a glance (consent_badges)

# Fields whose values a table shows whole, however long a font makes them: words of a list, dates, numbers.
WHOLE_WIDGETS = frozenset(
    {Widget.CHOICE, Widget.VOCAB, Widget.SUBVOCAB, Widget.DATE, Widget.DATETIME, Widget.INT, Widget.FLOAT}
)


def field_column(
    kind: Kind,
    name: str,
    value: Callable[[RecordRow], Any] | None = None,
    *,
    align_right: bool = False,
    keys: tuple[Key, ...] | None = None,
) -> ColumnSpec:
    """A column showing the field ``name`` of records of ``kind``, headed by the field's registry label as the
    forms show it; ``value``: what a cell shows, if not the field in words (a choice by its label, a reference by
    the name of the record referred to). Sorted and filtered by the field (a reference by that name), or by
    ``keys``."""
    declared = next((f for f in registry.kind(kind).fields if f.name == name), None)  # else a compound picker's
    if value is None and declared is not None and declared.ref is not None:
        value = named(name)
    if keys is None:
        keys = (Key.of(name),) if declared is not None else ()
    whole = declared is not None and declared.widget in WHOLE_WIDGETS
    return ColumnSpec(field_label(kind, name), value or field_text(kind, name), align_right, keys, whole=whole)


def named(field: str) -> Callable[[RecordRow], str]:
    """A cell showing the name of the record the field refers to (read with the row: ``"_names"``)."""
    return lambda record: str(record.get("_names", {}).get(field, ""))


def consent_badges(consent: RecordRow | None) -> str:
    """Consent at a glance: ✓ given, ✗ not given, for record / quote / name / partners / recontact."""
    if not consent:
        return tr("no consent recorded")
    parts = (
        ("to_be_recorded", tr("record", "consent")),  # agreed to be recorded (a verb, not the noun)
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
    # A day known to its month or year is written so ("mars 2022"), and says no more of its precision.
    precision = str(precision or "exact")
    first, last = day_text(start, precision), day_text(end, precision)
    when = first if not end or last == first else f"{first} – {last}"
    return when + (tr(" (approx.)") if precision == "approximate_day" else "")


def record_label(record: RecordRow) -> str:
    for key in ("reference", "title", "name", "label", "pseudonym", "original_filename", "violation_type"):
        if record.get(key):
            return str(record[key])
    return str(record.get("relation") or record.get("involvement") or record.get("id", ""))


class TwoLineHeader(QHeaderView):
    """A table's column headers, each label wrapped onto two lines where it is long, so a column is as wide as
    its cells need rather than its label (labels are the registry's, as full as the forms show them).

    Where the table is too narrow for its columns otherwise, the column fitter makes it *tight* (:meth:`set_tight`):
    the labels wrap onto three lines, and only the column the table is sorted by keeps room for the sort arrow
    (Qt keeps it in every column, the width of a short label again; the fitter measures again on each sort)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tight = False

    def set_tight(self, tight: bool) -> None:
        if tight != self.tight:
            self.tight = tight
            self.headerDataChanged(self.orientation(), 0, max(0, self.count() - 1))  # its height is measured again
            self.updateGeometry()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        text = str(self.model().headerData(logicalIndex, self.orientation()) or "") if self.model() else ""
        metrics = self.fontMetrics()
        words = text.split()
        full = metrics.horizontalAdvance(text)
        lines = 3 if self.tight else 2
        width = size.width() - full + _narrowest(words, lines, metrics.horizontalAdvance, full)
        if self.tight and self.isSortIndicatorShown() and logicalIndex != self.sortIndicatorSection():
            # the arrow's room, as Qt's style adds it: the label's one-line height and a margin
            width -= size.height() + self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        size.setWidth(width)
        size.setHeight(max(size.height(), lines * metrics.lineSpacing() + 8))
        return size


def _narrowest(words: list[str], lines: int, width: Callable[[str], int], full: int) -> int:
    """The narrowest width at which ``words`` fit on ``lines`` lines (2 or 3): their best breaks between words."""
    if lines == 2 or len(words) < 3:
        return min(
            (max(width(" ".join(words[:i])), width(" ".join(words[i:]))) for i in range(1, len(words))), default=full
        )
    return min(
        max(width(" ".join(words[:i])), width(" ".join(words[i:j])), width(" ".join(words[j:])))
        for i in range(1, len(words) - 1)
        for j in range(i + 1, len(words))
    )


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
        model: type[RecordTableModel] = RecordTableModel,
    ) -> None:
        super().__init__(parent)
        self.title = title
        listed = listing or title
        self.section: TableSection = section
        self.kind = kind
        self.touched = 0
        self._wanted: str | None = None  # a record to select once the rows listed are known
        self.model = model(columns, self)
        self.model.rows_off_thread = True  # rows not read yet show "…" until they arrive: scrolling never waits
        self.model.filled.connect(self._filled)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter"))
        name(
            self.filter, tr("Filter: {filter}").format(filter=listed)
        )  # a page may have two tables, each with its filter
        self.filter.setClearButtonEnabled(True)
        # The table is filtered again once typing pauses, not at each key (each is a query).
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(lambda: self.model.set_text(self.filter.text()))
        self.filter.textChanged.connect(lambda _text: self._typing.start())
        self.table = QTableView()
        name(self.table, listed)
        self.table.setHorizontalHeader(TwoLineHeader(self.table))
        self.table.setModel(self.model)
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
            self.new_button.setToolTip(shortcuts.tip(tr("Add a new {kind}").format(kind=what), shortcuts.NEW_RECORD))
            self.edit_button = QPushButton(tr("Edit…"))
            self.edit_button.setObjectName(f"edit_{kind}")
            edit = tr("Edit the selected {kind}, or double-click it").format(kind=what)
            self.edit_button.setToolTip(shortcuts.tip(edit, shortcuts.EDIT))
            self.delete_button = QPushButton(tr("Delete…"))
            self.delete_button.setObjectName(f"delete_{kind}")
            delete = tr("Delete the selected {kind}; asks first, cannot be undone").format(kind=what)
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

    def show_case(self, data: CaseData) -> None:
        kind = section_kind(self.section)
        figures = data["figures"]
        size = figures.audit_entries if self.section == "audit" else figures.counts.get(self.section, 0)
        self.list_records(data, listing(data, kind), size=size)
        fit_columns(self.table)  # short columns whole, long text shortened with a tooltip (workspace.columns)

    def list_records(self, data: CaseData, records: Listing, *, size: int | None = None) -> None:
        """List ``records``, read from the open case; the selected record stays selected if it is listed."""
        index = self.table.currentIndex()
        self._wanted = str(index.data(Role.RECORD_ID)) if index.isValid() else None
        self.model.set_listing(data["pages"], records, size=size)

    def _filled(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.select_record(wanted)

    def select_record(self, record_id: str) -> bool:
        """Select a record and scroll to it (once the rows listed are known, if they are being read)."""
        if self.model.pending:
            self._wanted = record_id
            return True
        row = self.model.position(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        select_row(self.table, row)
        return True

    def clear_filter(self) -> None:
        """Empty the filter and show every record at once."""
        self.filter.clear()
        self._typing.stop()
        self.model.set_text("")

    def clear(self) -> None:
        self._wanted = None
        self.filter.clear()
        self._typing.stop()
        self.model.clear()

    def selected(self) -> RecordRow | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else index.data(Role.RECORD)
