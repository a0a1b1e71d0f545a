"""A case's workspace: navigation between its views, each a thin view over the case's data.

The case is loaded once (off the GUI thread) as the same JSON-ready data ``hrdoc show --json`` prints, with
protected identities masked; every page reads from it. Revealing an identity is a separate, audited call.
"""

from __future__ import annotations

import html
import itertools
import uuid
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.validation import ValidationError
from hrdoc.domain.vocabularies import ACTOR_KIND, EVENT_TYPE, VIOLATION_TYPE
from hrdoc.gui.background import run_in_background
from hrdoc.gui.forms import RecordDialog, kind_name
from hrdoc.gui.record_table import ColumnSpec, RecordFilterProxy, RecordTableModel, Role
from hrdoc.gui.undo import RecordUndoStack
from hrdoc.services import audit
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.exchange.conflicts import ConflictService
from hrdoc.services.records import RecordService
from hrdoc.services.serialize import record_dict
from hrdoc.services.vocab import VocabularyService
from hrdoc.storage.errors import StoreError

CaseData = dict[str, Any]
PageT = TypeVar("PageT", bound="Page")
_ROOT = QModelIndex()


def tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def consent_badges(consent: dict[str, Any] | None) -> str:
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


def _short(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def date_text(record: dict[str, Any]) -> str:
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


def record_names(data: CaseData, labels: Callable[[str], dict[str, str]]) -> dict[str, str]:
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


def record_label(record: dict[str, Any]) -> str:
    for key in ("reference", "title", "name", "label", "pseudonym", "original_filename", "violation_type"):
        if record.get(key):
            return str(record[key])
    return str(record.get("relation") or record.get("involvement") or record.get("id", ""))


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

    def active_table(self) -> TablePage | None:
        """The table the user worked in last (the first one if none yet)."""
        tables = self.tables()
        if not tables:
            return None
        focused = [t for t in tables if t.table.hasFocus()]
        return focused[0] if focused else max(tables, key=lambda t: t.touched)


class TablePage(Page):
    """A filterable table of one section of the case; with New / Edit / Delete when ``kind`` is given."""

    new_requested = Signal(str)  # kind
    edit_requested = Signal(str, str)  # kind, record id
    delete_requested = Signal(str, str)  # kind, record id

    def __init__(
        self,
        title: str,
        section: str,
        columns: list[ColumnSpec],
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.section = section
        self.kind = kind
        self.touched = 0
        self.model = RecordTableModel(columns, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Column widths are measured on the first rows only: a case with thousands of records opens at once.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.horizontalHeader().setStretchLastSection(True)
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
            self.new_button.setToolTip(tr("Add a new {0}").format(what))
            self.edit_button = QPushButton(tr("Edit…"))
            self.edit_button.setObjectName(f"edit_{kind}")
            self.edit_button.setToolTip(tr("Edit the selected {0} (Enter, F2 or double-click)").format(what))
            self.delete_button = QPushButton(tr("Delete…"))
            self.delete_button.setObjectName(f"delete_{kind}")
            self.delete_button.setToolTip(tr("Delete the selected {0} (asks first; cannot be undone)").format(what))
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

    def rows(self, data: CaseData) -> list[dict[str, Any]]:
        return list(data[self.section])

    def show_case(self, data: CaseData) -> None:
        self.set_rows(self.rows(data))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 360))

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
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

    def selected(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else index.data(Role.RECORD)


class OverviewPage(Page):
    edit_case_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = tr("Overview")
        self.text = QTextBrowser()
        self.text.setObjectName("overview")
        self.edit_button = QPushButton(tr("Edit case details…"))
        self.edit_button.setObjectName("edit_case")
        self.edit_button.clicked.connect(self.edit_case_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.text)

    def show_case(self, data: CaseData) -> None:
        case = data["case"]
        esc = html.escape
        best = sum(i["fatalities_best"] or 0 for i in data["incidents"])
        statuses: dict[str, int] = {}
        for allegation in data["allegations"]:
            statuses[allegation["status"]] = statuses.get(allegation["status"], 0) + 1
        figures = [
            (tr("Incidents"), len(data["incidents"])),
            (tr("Allegations"), len(data["allegations"])),
            (tr("Reported deaths, all incidents (best estimates)"), best),
            (tr("Actors"), len(data["actors"])),
            (tr("Witnesses"), len(data["witnesses"])),
            (tr("Accounts"), len(data["accounts"])),
            (tr("Sources"), len(data["sources"])),
            (tr("Evidence files"), len(data["evidence_files"])),
        ]
        rows = "".join(f"<tr><td>{esc(label)}</td><td align='right'><b>{n}</b></td></tr>" for label, n in figures)
        status_line = ", ".join(f"{esc(s)}: {n}" for s, n in sorted(statuses.items())) or "—"
        self.text.setHtml(
            f"<h2>{esc(case['reference'])} — {esc(case['title'])}</h2>"
            f"<p>{esc(tr('Status'))}: <b>{esc(case['status'])}</b> · {esc(tr('Visibility'))}: "
            f"<b>{esc(case['visibility'])}</b> · {esc(tr('Lead investigator'))}: "
            f"{esc(case['lead_investigator'] or '—')}</p>"
            f"<p>{esc(case['summary'])}</p>"
            f"<h3>{esc(tr('Key figures'))}</h3><table cellpadding='4'>{rows}</table>"
            f"<p>{esc(tr('Allegations by status'))}: {status_line}</p>"
        )

    def clear(self) -> None:
        self.text.clear()


class WitnessesPage(TablePage):
    """Witnesses with consent at a glance; identities masked, revealed only by a deliberate action."""

    reveal_requested = Signal(str, str)  # witness id, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            ColumnSpec(tr("Pseudonym"), lambda r: r["pseudonym"]),
            ColumnSpec(tr("Relation"), lambda r: r["relation"].replace("_", " ")),
            ColumnSpec(tr("Risk"), lambda r: r["risk_level"]),
            ColumnSpec(tr("Consent"), lambda r: consent_badges(r.get("consent"))),
            ColumnSpec(tr("Legal name"), lambda r: r["identity"]["legal_name"]),
            ColumnSpec(tr("Visibility"), lambda r: r["visibility"]),
        ]
        super().__init__(tr("Witnesses & accounts"), "witnesses", columns, parent, kind="witness")
        self.accounts_page = TablePage(
            tr("Accounts"),
            "accounts",
            [
                ColumnSpec(tr("Witness"), lambda r: r["_pseudonym"]),
                ColumnSpec(tr("Consent"), lambda r: consent_badges(r.get("_consent"))),
                ColumnSpec(tr("Version"), lambda r: r["current_version"], align_right=True),
                ColumnSpec(tr("Method"), lambda r: r["versions"][-1]["method"] if r["versions"] else ""),
                ColumnSpec(tr("Narrative"), lambda r: r["versions"][-1]["narrative"] if r["versions"] else ""),
            ],
            kind="account",
        )
        self.accounts = self.accounts_page.model
        self.accounts_view = self.accounts_page.table
        self.reveal_button = QPushButton(tr("Reveal identity…"))
        self.reveal_button.setObjectName("revealIdentity")
        self.reveal_button.setToolTip(tr("Show the selected witness's legal name, contact and residence (audited)"))
        self.reveal_button.clicked.connect(self._ask_reveal)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_button)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(QLabel(tr("Accounts")))
        self.layout_.addWidget(self.accounts_page, 1)

    def tables(self) -> list[TablePage]:
        return [self, self.accounts_page]

    def show_case(self, data: CaseData) -> None:
        super().show_case(data)
        witnesses = {w["id"]: w for w in data["witnesses"]}
        accounts = []
        for account in data["accounts"]:
            witness = witnesses.get(account["witness_id"], {})
            accounts.append(account | {"_pseudonym": witness.get("pseudonym", "?"), "_consent": witness.get("consent")})
        self.accounts_page.set_rows(accounts)

    def clear(self) -> None:
        super().clear()
        self.accounts_page.clear()

    def _ask_reveal(self) -> None:
        witness = self.selected()
        if witness is None:
            QMessageBox.information(self, tr("Reveal identity"), tr("Select a witness first."))
            return
        reason, ok = QInputDialog.getText(
            self,
            tr("Reveal identity"),
            tr("Revealing {0}'s identity is recorded in the audit log. Why do you need it?").format(
                witness["pseudonym"]
            ),
        )
        if ok:
            self.reveal_requested.emit(witness["id"], reason)


def _origin_id(link: dict[str, Any]) -> str:
    return str(link["source_id"] or link["account_id"] or link["evidence_id"] or "")


class MatrixModel(QAbstractTableModel):
    """The corroboration matrix as a model: cells are looked up, not stored as widgets, so a case with
    thousands of allegations and sources opens at once."""

    RELATION_COLOURS: ClassVar[dict[str, str]] = {"supports": "#d7f0d8", "contradicts": "#f7d4d4", "context": "#e6e9f0"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.row_labels: list[str] = []
        self.columns: list[tuple[str, str, str, str]] = []  # kind, id, header, tooltip
        self.cells: dict[tuple[int, int], tuple[str, str, str, str]] = {}  # text, relation, excerpt, link id

    def set_matrix(
        self,
        row_labels: list[str],
        columns: list[tuple[str, str, str, str]],
        cells: dict[tuple[int, int], tuple[str, str, str, str]],
    ) -> None:
        self.beginResetModel()
        self.row_labels, self.columns, self.cells = row_labels, columns, cells
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
            return QBrush(QColor(self.RELATION_COLOURS.get(relation, "#ffffff")))
        if role == Qt.ItemDataRole.ToolTipRole:
            return excerpt
        if role == Qt.ItemDataRole.UserRole:
            return link_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section][2]
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
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(175)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.doubleClicked.connect(lambda index: self._cell_double_clicked(index.row(), index.column()))
        self._rows: list[str] = []
        self._columns: list[tuple[str, str]] = []
        self.links = TablePage(
            tr("All links"),
            "links",
            [
                ColumnSpec(
                    tr("Evidence"), lambda r: names.get(r["source_id"] or r["account_id"] or r["evidence_id"], "")
                ),
                ColumnSpec(tr("Relation"), lambda r: tr(r["relation"])),
                ColumnSpec(tr("Bears on"), lambda r: names.get(r["allegation_id"] or r["incident_id"], "")),
                ColumnSpec(tr("Locator"), lambda r: r["locator"]),
                ColumnSpec(tr("Excerpt"), lambda r: r["excerpt"]),
            ],
            kind="link",
        )
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(
            tr(
                "Each cell: how the source or account bears on the allegation, and the source's grade. "
                "Double-click a cell to add or edit its link."
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

    def _cell_double_clicked(self, row: int, column: int) -> None:
        cell = self.model.cells.get((row, column))
        if cell is not None:
            self.links.edit_requested.emit("link", cell[3])
            return
        if 0 <= row < len(self._rows) and 0 <= column < len(self._columns):
            origin_kind, origin_id = self._columns[column]
            origin_field = "source_id" if origin_kind == "source" else "account_id"
            self.new_link_requested.emit({origin_field: origin_id, "allegation_id": self._rows[row]})

    def show_case(self, data: CaseData) -> None:
        violation = self.labels("violation_type")
        witnesses = {w["id"]: w["pseudonym"] for w in data["witnesses"]}
        columns: list[tuple[str, str, str]] = [
            ("source", s["id"], f"{_short(s['title'])} ({(s['reliability'] or '?')}{(s['credibility'] or '?')})")
            for s in data["sources"]
        ]
        full_titles = [s["title"] for s in data["sources"]]
        columns += [
            ("account", a["id"], tr("Account of {0}").format(witnesses.get(a["witness_id"], "?")))
            for a in data["accounts"]
        ]
        rows = data["allegations"]
        self._rows = [a["id"] for a in rows]
        self._columns = [(kind, rid) for kind, rid, _label in columns]
        self.links.show_case(data)
        position = {(kind, rid): i for i, (kind, rid, _label) in enumerate(columns)}
        grades = {s["id"]: f"{s['reliability'] or '?'}{s['credibility'] or '?'}" for s in data["sources"]}
        row_of = {a["id"]: i for i, a in enumerate(rows)}
        cells: dict[tuple[int, int], tuple[str, str, str, str]] = {}
        for link in data["links"]:
            if link["allegation_id"] not in row_of:
                continue
            origin = ("source", link["source_id"]) if link["source_id"] else ("account", link["account_id"])
            if origin not in position:
                continue
            grade = grades.get(origin[1], "") if origin[0] == "source" else ""
            text = f"{tr(link['relation'])} {grade}".strip()
            cells[(row_of[link["allegation_id"]], position[origin])] = (
                text,
                link["relation"],
                link["excerpt"],
                link["id"],
            )
        tooltips = full_titles + [label for _kind, _rid, label in columns[len(full_titles) :]]
        self.model.set_matrix(
            [violation.get(a["violation_type"], a["violation_type"]) for a in rows],
            [(kind, rid, label, tip) for (kind, rid, label), tip in zip(columns, tooltips, strict=True)],
            cells,
        )

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


class AuditPage(TablePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            ColumnSpec("#", lambda r: r["seq"], align_right=True),
            ColumnSpec(tr("When (UTC)"), lambda r: r["at"].replace("T", " ")[:19]),
            ColumnSpec(tr("Who"), lambda r: r["actor"]),
            ColumnSpec(tr("Action"), lambda r: r["action"]),
            ColumnSpec(tr("Record"), lambda r: r["entity_type"]),
            ColumnSpec(tr("What"), lambda r: r["summary"]),
        ]
        super().__init__(tr("Audit log"), "audit", columns, parent)

    def rows(self, data: CaseData) -> list[dict[str, Any]]:
        return list(data.get("audit", []))


def build_pages(labels: Callable[[str], dict[str, str]], names: dict[str, str] | None = None) -> list[Page]:
    """The workspace's pages. ``names`` (record id → label) is filled by the workspace before each show."""
    from hrdoc.gui.evidence_page import EvidencePage  # built on this module's pages, so imported here

    names = {} if names is None else names
    event = labels("event_type")
    violation = labels("violation_type")
    kinds = labels("actor_kind")

    def place(r: dict[str, Any]) -> str:
        return names.get(r.get("location_id") or "", "")

    incidents = TablePage(
        tr("Incidents & allegations"),
        "incidents",
        [
            ColumnSpec(tr("Incident"), lambda r: r["title"]),
            ColumnSpec(tr("Date"), date_text),
            ColumnSpec(tr("Place"), place),
            ColumnSpec(tr("Event type"), lambda r: event.get(r["event_subtype"] or r["event_type"], "")),
            ColumnSpec(tr("Fatalities"), lambda r: r["fatalities_best"], align_right=True),
            ColumnSpec(tr("Visibility"), lambda r: r["visibility"]),
        ],
        kind="incident",
    )
    allegations = TablePage(
        tr("Allegations"),
        "allegations",
        [
            ColumnSpec(tr("Violation"), lambda r: violation.get(r["violation_type"], r["violation_type"])),
            ColumnSpec(tr("Status"), lambda r: r["status"]),
            ColumnSpec(tr("Standard of proof"), lambda r: r["standard_of_proof"].replace("_", " ")),
            ColumnSpec(tr("Description"), lambda r: r["description"]),
        ],
        kind="allegation",
    )
    split = _IncidentsPage(incidents, allegations)
    places = TablePage(
        tr("Places"),
        "locations",
        [
            ColumnSpec(tr("Name"), lambda r: r["name"]),
            ColumnSpec(tr("Other spellings"), lambda r: ", ".join(r["alt_spellings"])),
            ColumnSpec(tr("Region"), lambda r: r["admin1"]),
            ColumnSpec(tr("Country"), lambda r: r["country_code"]),
            ColumnSpec(tr("Precision"), lambda r: r["geo_precision"]),
        ],
        kind="location",
    )
    actors = TablePage(
        tr("Actors"),
        "actors",
        [
            ColumnSpec(tr("Name"), lambda r: r["name"]),
            ColumnSpec(tr("Also known as"), lambda r: ", ".join(r["aliases"])),
            ColumnSpec(tr("Kind"), lambda r: kinds.get(r["kind"], r["kind"])),
            ColumnSpec(tr("Affiliation"), lambda r: r["affiliation"]),
        ],
        kind="actor",
    )
    victims = TablePage(
        tr("Victims"),
        "victims",
        [
            ColumnSpec(tr("Victim"), lambda r: r["label"]),
            ColumnSpec(tr("Kind"), lambda r: r["kind"]),
            ColumnSpec(tr("Status"), lambda r: r["status"]),
            ColumnSpec(tr("Count (best)"), lambda r: r["count_best"], align_right=True),
            ColumnSpec(tr("Women"), lambda r: r["count_women"], align_right=True),
            ColumnSpec(tr("Children"), lambda r: r["count_children"], align_right=True),
            ColumnSpec(tr("Description"), lambda r: r["description"]),
        ],
        kind="victim",
    )
    perpetrators = TablePage(
        tr("Alleged perpetrators"),
        "allegation_perpetrators",
        [
            ColumnSpec(tr("Actor"), lambda r: names.get(r["actor_id"], "")),
            ColumnSpec(tr("Involvement"), lambda r: r["involvement"]),
            ColumnSpec(tr("Allegation"), lambda r: names.get(r["allegation_id"], "")),
        ],
        kind="perpetrator",
    )
    victims_of = TablePage(
        tr("Victims of allegations"),
        "allegation_victims",
        [
            ColumnSpec(tr("Victim"), lambda r: names.get(r["victim_id"], "")),
            ColumnSpec(tr("Allegation"), lambda r: names.get(r["allegation_id"], "")),
        ],
        kind="allegation_victim",
    )
    sources = TablePage(
        tr("Sources"),
        "sources",
        [
            ColumnSpec(tr("Title"), lambda r: r["title"]),
            ColumnSpec(tr("Kind"), lambda r: r["kind"].replace("_", " ")),
            ColumnSpec(tr("Stance"), lambda r: r["stance"]),
            ColumnSpec(tr("Grade"), lambda r: f"{r['reliability'] or '?'}{r['credibility'] or '?'}"),
            ColumnSpec(tr("Publisher"), lambda r: r["publisher"] or r["author"]),
            ColumnSpec(tr("URL"), lambda r: r["url"]),
        ],
        kind="source",
    )
    chronology = TablePage(
        tr("Chronology"),
        "incidents",
        [
            ColumnSpec(tr("Date"), date_text),
            ColumnSpec(tr("Precision"), lambda r: r["date_precision"].replace("_", " ")),
            ColumnSpec(tr("As reported"), lambda r: r["date_as_reported"]),
            ColumnSpec(tr("Incident"), lambda r: r["title"]),
        ],
        kind="incident",
    )
    chronology.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    pages: list[tuple[Page, str]] = [
        (OverviewPage(), "overview"),
        (split, "incidents"),
        (places, "places"),
        (actors, "actors"),
        (victims, "victims"),
        (_SplitPage(tr("Responsibility"), perpetrators, victims_of), "responsibility"),
        (WitnessesPage(), "witnesses"),
        (sources, "sources"),
        (EvidencePage(names), "evidence"),
        (MatrixPage(labels, names), "links"),
        (chronology, "chronology"),
        (AuditPage(), "audit"),
    ]
    for page, name in pages:
        page.icon_name = name
    return [page for page, _name in pages]


class _SplitPage(Page):
    """Two tables, one above the other, each showing its own section of the case."""

    def __init__(self, title: str, upper: TablePage, lower: TablePage) -> None:
        super().__init__()
        self.title = title
        self.first = upper
        self.second = lower
        splitter = QSplitter(Qt.Orientation.Vertical)
        for page in (upper, lower):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(page.title))
            box_layout.addWidget(page, 1)
            splitter.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def tables(self) -> list[TablePage]:
        return [self.first, self.second]

    def show_case(self, data: CaseData) -> None:
        self.first.show_case(data)
        self.second.show_case(data)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class _IncidentsPage(Page):
    """Incidents above, the selected incident's allegations below."""

    def __init__(self, incidents: TablePage, allegations: TablePage) -> None:
        super().__init__()
        self.title = incidents.title
        self.incidents = incidents
        self.allegations = allegations
        self._data: CaseData | None = None
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(incidents)
        splitter.addWidget(allegations)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        incidents.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_allegations())

    def tables(self) -> list[TablePage]:
        return [self.incidents, self.allegations]

    def show_case(self, data: CaseData) -> None:
        self._data = data
        self.incidents.show_case(data)
        if self.incidents.selected() is None and self.incidents.proxy.rowCount():
            self.incidents.table.selectRow(0)
        self._show_allegations()

    def _show_allegations(self) -> None:
        incident = self.incidents.selected()
        if self._data is None or incident is None:
            self.allegations.model.clear()
            return
        self.allegations.set_rows([a for a in self._data["allegations"] if a["incident_id"] == incident["id"]])

    def clear(self) -> None:
        self._data = None
        self.incidents.clear()
        self.allegations.clear()


class CaseWorkspace(QWidget):
    """Navigation on the left, the chosen view on the right; records are created and edited from here."""

    loaded = Signal()
    cases_changed = Signal()  # a case was created, edited or deleted: the case list should be refreshed
    conflicts_requested = Signal()  # the user asked to see the open case's merge conflicts

    def __init__(
        self, ctx: StoreContext, parent: QWidget | None = None, *, undo_stack: RecordUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack if undo_stack is not None else RecordUndoStack(ctx, self)
        self.undo_stack.changed.connect(self._undone_or_redone)
        self.case_id: uuid.UUID | None = None
        self.data: CaseData | None = None
        self.names: dict[str, str] = {}
        self._generation = 0
        self.nav = QListWidget()
        self.nav.setObjectName("workspaceNavigation")
        self.nav.setMaximumWidth(170)
        self.stack = QStackedWidget()
        self.pages = build_pages(self._labels, self.names)
        from hrdoc.gui.evidence_page import EvidencePage

        self.evidence_page = next(p for p in self.pages if isinstance(p, EvidencePage))
        self.evidence_page.bind(self)
        for page in self.pages:
            self.nav.addItem(page.title)
            self.stack.addWidget(page)
            if isinstance(page, WitnessesPage):
                page.reveal_requested.connect(self.reveal_witness)
            if isinstance(page, OverviewPage):
                page.edit_case_requested.connect(self.edit_case)
            if isinstance(page, MatrixPage):
                page.new_link_requested.connect(lambda defaults: self.new_record("link", defaults))
            for table in page.tables():
                table.new_requested.connect(self._new_from_table)
                table.edit_requested.connect(self._edit_from_table)
                table.delete_requested.connect(self._delete_from_table)
        self._stale: set[int] = set()
        self.nav.currentRowChanged.connect(self._page_changed)
        self.nav.setCurrentRow(0)
        self.heading = QLabel()
        self.heading.setObjectName("caseHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold; padding: 4px 0;")
        # Shown while the open case has merge conflicts left by an import or a sync.
        self.conflicts_banner = QPushButton()
        self.conflicts_banner.setObjectName("conflictsBanner")
        self.conflicts_banner.setStyleSheet(
            "QPushButton { background: #ffe8a3; color: #1a1a1a; border: 1px solid #d9b44a; border-radius: 3px;"
            " padding: 5px 10px; text-align: left; }"
        )
        self.conflicts_banner.setToolTip(tr("Open Case → Conflicts to choose which version of each record to keep"))
        self.conflicts_banner.clicked.connect(self.conflicts_requested)
        self.conflicts_banner.hide()
        self.conflict_count = 0
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.conflicts_banner)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)

    def _labels(self, vocabulary: str) -> dict[str, str]:
        return VocabularyService(self.ctx).labels(vocabulary)

    def set_context(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.undo_stack.set_context(ctx)

    def open_case(self, case_id: uuid.UUID) -> None:
        """Load the case off the GUI thread, then show it on every page."""
        self.case_id = case_id
        self._generation += 1
        generation = self._generation
        ctx = self.ctx

        labels = {v: VocabularyService(ctx).labels(v) for v in (VIOLATION_TYPE, EVENT_TYPE, ACTOR_KIND)}

        def load(_progress: object) -> tuple[int, CaseData]:
            data = CaseService(ctx).export(str(case_id))
            with ctx.read() as session:
                data["audit"] = [record_dict(e) for e in audit.entries_for_case(session, case_id)]
            data["_names"] = record_names(data, labels.__getitem__)  # off the GUI thread too
            data["_open_conflicts"] = ConflictService(ctx).count_open(case_id)
            return generation, data

        run_in_background(self, tr("Opening the case…"), load, self._loaded, self._failed)

    def reload(self) -> None:
        if self.case_id is not None:
            self.open_case(self.case_id)

    def _loaded(self, result: tuple[int, CaseData]) -> None:
        generation, data = result
        if generation != self._generation:
            return  # a newer load was started meanwhile (or the store was locked): this one is stale
        self._show(data)

    def _show(self, data: CaseData) -> None:
        self.data = data
        self.names.clear()
        self.names.update(data.get("_names") or record_names(data, self._labels))
        self.heading.setText(f"{data['case']['reference']} — {data['case']['title']}")
        self._show_conflict_count(int(data.get("_open_conflicts") or 0))
        # Only the page on screen is filled now; the others when the user goes to them.
        self._stale = set(range(len(self.pages)))
        self._fill_page(self.nav.currentRow())
        self.loaded.emit()

    def _page_changed(self, row: int) -> None:
        self._fill_page(row)
        self.stack.setCurrentIndex(row)

    def _fill_page(self, row: int) -> None:
        if self.data is not None and row in self._stale:
            self._stale.discard(row)
            self.pages[row].show_case(self.data)

    def go_to(self, page_type: type[PageT]) -> PageT:
        """Show the first page of this type (filled with the case's data) and return it."""
        row = next(i for i, page in enumerate(self.pages) if isinstance(page, page_type))
        self.nav.setCurrentRow(row)
        self._fill_page(row)
        page = self.pages[row]
        assert isinstance(page, page_type)
        return page

    def _show_conflict_count(self, count: int) -> None:
        self.conflict_count = count
        text = tr("⚠ {0} record(s) in this case were changed both here and in another copy. Review the conflicts…")
        self.conflicts_banner.setText(text.format(count))
        self.conflicts_banner.setVisible(count > 0)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, tr("Cannot open the case"), str(error))

    # -- creating, editing, deleting ------------------------------------------------------------------

    def current_page(self) -> Page:
        return self.pages[max(self.nav.currentRow(), 0)]

    def current_kind(self) -> str | None:
        """The kind of record that New makes on the current page."""
        page = self.current_page()
        if isinstance(page, OverviewPage):
            return "case"
        table = page.active_table()
        return table.kind if table is not None else None

    def current_selection(self) -> tuple[str, str] | None:
        """(kind, id) of the record selected on the current page."""
        page = self.current_page()
        if isinstance(page, OverviewPage):
            return ("case", str(self.case_id)) if self.case_id is not None else None
        table = page.active_table()
        record = table.selected() if table is not None else None
        if table is None or table.kind is None or record is None:
            return None
        return table.kind, record["id"]

    def new_record(self, kind: str, defaults: dict[str, Any] | None = None) -> uuid.UUID | None:
        if self.case_id is None and kind != "case":
            return None
        if kind == "evidence":  # files enter through the vault, not a form
            self.evidence_page.add_files()
            return None
        if defaults is None:
            defaults = self._defaults_for(kind)
        saved = RecordDialog.ask(
            self.ctx, kind, self.case_id, None, self, defaults=defaults, undo_stack=self.undo_stack
        )
        if saved is not None:
            self._changed(kind)
        return saved

    def edit_record(self, kind: str, record_id: uuid.UUID | str) -> uuid.UUID | None:
        if kind == "evidence":
            return self.evidence_page.edit_details(record_id)
        saved = RecordDialog.ask(
            self.ctx, kind, self.case_id, uuid.UUID(str(record_id)), self, undo_stack=self.undo_stack
        )
        if saved is not None:
            self._changed(kind)
        return saved

    def edit_case(self) -> None:
        if self.case_id is not None:
            self.edit_record("case", self.case_id)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Go to the page listing records of ``kind`` and select the record (the case must be loaded)."""
        if self.data is None:
            return False
        if kind == "allegation":  # allegations are listed under their incident
            allegation = next((a for a in self.data["allegations"] if a["id"] == record_id), None)
            if allegation is not None:
                self.show_record("incident", allegation["incident_id"])
        for row, page in enumerate(self.pages):
            for table in page.tables():
                if table.kind == kind:
                    self.nav.setCurrentRow(row)
                    found = table.select_record(record_id)
                    if found:
                        table.table.setFocus()
                    return found
        self.nav.setCurrentRow(0)
        return kind == "case"

    def new_in_current_page(self) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.new_record(kind)

    def edit_selected(self) -> None:
        selection = self.current_selection()
        if selection is not None:
            self.edit_record(*selection)

    def delete_selected(self) -> None:
        selection = self.current_selection()
        if selection is not None:
            self.delete_record(*selection)

    def delete_record(self, kind: str, record_id: uuid.UUID | str) -> bool:
        """Delete after confirmation. Not undoable, and the question says so."""
        if kind == "evidence":  # removal from the vault asks for a reason and enters the chain of custody
            return self.evidence_page.remove(record_id)
        records = RecordService(self.ctx)
        try:
            record = record_dict(records.get(kind, record_id))
        except NotFound as err:
            QMessageBox.warning(self, tr("Cannot delete"), str(err))
            return False
        label = self.names.get(str(record_id)) or record_label(record)
        question = tr(
            "Delete the {0} “{1}”?\n\nThis cannot be undone (Undo does not bring deleted records back). "
            "Records that depend on it are deleted with it."
        ).format(kind_name(kind), label)
        if kind == "case":
            question = tr(
                "Delete the whole case “{0}” with every record in it?\n\nThis cannot be undone (Undo does not "
                "bring deleted records back)."
            ).format(label)
        answer = QMessageBox.question(
            self,
            tr("Delete {0}").format(kind_name(kind)),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            records.delete(kind, record_id)
        except (ValidationError, NotFound, StoreError) as err:
            QMessageBox.warning(self, tr("Cannot delete"), str(err))
            return False
        if kind == "case":
            self.case_id = None
        self._changed(kind)
        return True

    def _defaults_for(self, kind: str) -> dict[str, Any]:
        """Pre-fill a new record from what is selected: a new allegation belongs to the selected incident."""
        page = self.current_page()
        if isinstance(page, _IncidentsPage) and kind == "allegation":
            incident = page.incidents.selected()
            return {"incident_id": incident["id"]} if incident else {}
        if isinstance(page, WitnessesPage) and kind == "account":
            witness = page.selected()
            return {"witness_id": witness["id"]} if witness else {}
        return {}

    def _new_from_table(self, kind: str) -> None:
        self.new_record(kind)

    def _edit_from_table(self, kind: str, record_id: str) -> None:
        self.edit_record(kind, record_id)

    def _delete_from_table(self, kind: str, record_id: str) -> None:
        self.delete_record(kind, record_id)

    def _changed(self, kind: str) -> None:
        if kind == "case":
            self.cases_changed.emit()
        self.reload()

    def _undone_or_redone(self, kind: str, case_id: object) -> None:
        if kind == "case":
            self.cases_changed.emit()
            if case_id == self.case_id:
                self.reload()
        elif case_id is None or case_id == self.case_id:
            self.reload()

    # -- protected identities ---------------------------------------------------------------------

    def reveal_witness(self, witness_id: str, reason: str) -> None:
        identity = RecordService(self.ctx).reveal_identity("witness", witness_id, reason)
        text = "\n".join(f"{key.replace('_', ' ')}: {value or '—'}" for key, value in identity.items())
        box = QMessageBox(self)
        box.setObjectName("revealedIdentity")
        box.setWindowTitle(tr("Protected identity (access recorded)"))
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Warning)
        box.open()
        if self.case_id is not None:
            self.open_case(self.case_id)  # the audit page shows the reveal

    def clear(self) -> None:
        self.case_id = None
        self.data = None
        self._generation += 1
        self.heading.clear()
        self._show_conflict_count(0)
        for page in self.pages:
            page.clear()
