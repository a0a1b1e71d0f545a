"""A case's workspace: navigation between its views, each a thin view over the case's data.

The case is loaded once (off the GUI thread) as the same JSON-ready data ``hrdoc show --json`` prints, with
protected identities masked; every page reads from it. Revealing an identity is a separate, audited call.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
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
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui.background import run_in_background
from hrdoc.gui.record_table import ColumnSpec, RecordFilterProxy, RecordTableModel, Role
from hrdoc.services import audit
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.serialize import record_dict
from hrdoc.services.vocab import VocabularyService

CaseData = dict[str, Any]


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


class Page(QWidget):
    """One view of the workspace."""

    title = ""

    def show_case(self, data: CaseData) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError


class TablePage(Page):
    """A filterable table of one section of the case."""

    def __init__(self, title: str, section: str, columns: list[ColumnSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.section = section
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
        self.table.horizontalHeader().setStretchLastSection(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.filter)
        self.layout_.addWidget(self.table, 1)

    def rows(self, data: CaseData) -> list[dict[str, Any]]:
        return list(data[self.section])

    def show_case(self, data: CaseData) -> None:
        self.model.set_records(self.rows(data))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 360))

    def clear(self) -> None:
        self.model.clear()
        self.filter.clear()

    def selected(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else index.data(Role.RECORD)


class OverviewPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = tr("Overview")
        self.text = QTextBrowser()
        self.text.setObjectName("overview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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
        super().__init__(tr("Witnesses & accounts"), "witnesses", columns, parent)
        self.accounts = RecordTableModel(
            [
                ColumnSpec(tr("Witness"), lambda r: r["_pseudonym"]),
                ColumnSpec(tr("Consent"), lambda r: consent_badges(r.get("_consent"))),
                ColumnSpec(tr("Version"), lambda r: r["current_version"], align_right=True),
                ColumnSpec(tr("Method"), lambda r: r["versions"][-1]["method"] if r["versions"] else ""),
                ColumnSpec(tr("Narrative"), lambda r: r["versions"][-1]["narrative"] if r["versions"] else ""),
            ],
            self,
        )
        self.accounts_view = QTableView()
        self.accounts_view.setModel(self.accounts)
        self.accounts_view.verticalHeader().hide()
        self.accounts_view.horizontalHeader().setStretchLastSection(True)
        self.accounts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reveal_button = QPushButton(tr("Reveal identity…"))
        self.reveal_button.setObjectName("revealIdentity")
        self.reveal_button.setToolTip(tr("Show the selected witness's legal name, contact and residence (audited)"))
        self.reveal_button.clicked.connect(self._ask_reveal)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_button)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(QLabel(tr("Accounts")))
        self.layout_.addWidget(self.accounts_view, 1)

    def show_case(self, data: CaseData) -> None:
        super().show_case(data)
        witnesses = {w["id"]: w for w in data["witnesses"]}
        accounts = []
        for account in data["accounts"]:
            witness = witnesses.get(account["witness_id"], {})
            accounts.append(account | {"_pseudonym": witness.get("pseudonym", "?"), "_consent": witness.get("consent")})
        self.accounts.set_records(accounts)

    def clear(self) -> None:
        super().clear()
        self.accounts.clear()

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


class MatrixPage(Page):
    """Corroboration matrix: allegations down, sources and accounts across."""

    RELATION_COLOURS: ClassVar[dict[str, str]] = {"supports": "#d7f0d8", "contradicts": "#f7d4d4", "context": "#e6e9f0"}

    def __init__(self, labels: Callable[[str], dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = tr("Evidence links")
        self.labels = labels
        self.table = QTableWidget()
        self.table.setObjectName("corroborationMatrix")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.verticalHeader().setDefaultSectionSize(34)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(tr("Each cell: how the source or account bears on the allegation, and the source's grade."))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        layout.addWidget(self.table)

    def show_case(self, data: CaseData) -> None:
        violation = self.labels("violation_type")
        witnesses = {w["id"]: w["pseudonym"] for w in data["witnesses"]}
        columns: list[tuple[str, str, str]] = [
            ("source", s["id"], f"{s['title'][:40]} ({(s['reliability'] or '?')}{(s['credibility'] or '?')})")
            for s in data["sources"]
        ]
        columns += [
            ("account", a["id"], tr("Account of {0}").format(witnesses.get(a["witness_id"], "?")))
            for a in data["accounts"]
        ]
        rows = data["allegations"]
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([c[2] for c in columns])
        self.table.setVerticalHeaderLabels([violation.get(a["violation_type"], a["violation_type"]) for a in rows])
        position = {(kind, rid): i for i, (kind, rid, _label) in enumerate(columns)}
        grades = {s["id"]: f"{s['reliability'] or '?'}{s['credibility'] or '?'}" for s in data["sources"]}
        row_of = {a["id"]: i for i, a in enumerate(rows)}
        for link in data["links"]:
            if link["allegation_id"] not in row_of:
                continue
            origin = ("source", link["source_id"]) if link["source_id"] else ("account", link["account_id"])
            if origin not in position:
                continue
            grade = grades.get(origin[1], "") if origin[0] == "source" else ""
            item = QTableWidgetItem(f"{tr(link['relation'])} {grade}".strip())
            item.setBackground(QBrush(QColor(self.RELATION_COLOURS.get(link["relation"], "#ffffff"))))
            item.setToolTip(link["excerpt"])
            item.setData(Qt.ItemDataRole.UserRole, link["id"])
            self.table.setItem(row_of[link["allegation_id"]], position[origin], item)
        self.table.resizeRowsToContents()

    def clear(self) -> None:
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)


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


def build_pages(labels: Callable[[str], dict[str, str]]) -> list[Page]:
    event = labels("event_type")
    violation = labels("violation_type")
    kinds = labels("actor_kind")
    location_names: dict[str, str] = {}

    def place(r: dict[str, Any]) -> str:
        return location_names.get(r.get("location_id") or "", "")

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
    )
    split = _IncidentsPage(incidents, allegations, location_names)
    actors = TablePage(
        tr("Actors"),
        "actors",
        [
            ColumnSpec(tr("Name"), lambda r: r["name"]),
            ColumnSpec(tr("Also known as"), lambda r: ", ".join(r["aliases"])),
            ColumnSpec(tr("Kind"), lambda r: kinds.get(r["kind"], r["kind"])),
            ColumnSpec(tr("Affiliation"), lambda r: r["affiliation"]),
        ],
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
    )
    chronology.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return [
        OverviewPage(),
        split,
        actors,
        victims,
        WitnessesPage(),
        sources,
        MatrixPage(labels),
        chronology,
        AuditPage(),
    ]


class _IncidentsPage(Page):
    """Incidents above, the selected incident's allegations below."""

    def __init__(self, incidents: TablePage, allegations: TablePage, location_names: dict[str, str]) -> None:
        super().__init__()
        self.title = incidents.title
        self.incidents = incidents
        self.allegations = allegations
        self.location_names = location_names
        self._data: CaseData | None = None
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(incidents)
        splitter.addWidget(allegations)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        incidents.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_allegations())

    def show_case(self, data: CaseData) -> None:
        self._data = data
        self.location_names.clear()
        self.location_names.update({loc["id"]: loc["name"] for loc in data["locations"]})
        self.incidents.show_case(data)
        if self.incidents.proxy.rowCount():
            self.incidents.table.selectRow(0)
        self._show_allegations()

    def _show_allegations(self) -> None:
        incident = self.incidents.selected()
        if self._data is None or incident is None:
            self.allegations.model.clear()
            return
        self.allegations.model.set_records([a for a in self._data["allegations"] if a["incident_id"] == incident["id"]])

    def clear(self) -> None:
        self._data = None
        self.incidents.clear()
        self.allegations.clear()


class CaseWorkspace(QWidget):
    """Navigation on the left, the chosen view on the right."""

    loaded = Signal()

    def __init__(self, ctx: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: uuid.UUID | None = None
        self.data: CaseData | None = None
        self._generation = 0
        self.nav = QListWidget()
        self.nav.setObjectName("workspaceNavigation")
        self.nav.setMaximumWidth(190)
        self.stack = QStackedWidget()
        self.pages = build_pages(self._labels)
        for page in self.pages:
            self.nav.addItem(page.title)
            self.stack.addWidget(page)
            if isinstance(page, WitnessesPage):
                page.reveal_requested.connect(self.reveal_witness)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.heading = QLabel()
        self.heading.setObjectName("caseHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold; padding: 4px 0;")
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)

    def _labels(self, vocabulary: str) -> dict[str, str]:
        return VocabularyService(self.ctx).labels(vocabulary)

    def set_context(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def open_case(self, case_id: uuid.UUID) -> None:
        """Load the case off the GUI thread, then show it on every page."""
        self.case_id = case_id
        self._generation += 1
        generation = self._generation
        ctx = self.ctx

        def load(_progress: object) -> tuple[int, CaseData]:
            data = CaseService(ctx).export(str(case_id))
            with ctx.read() as session:
                data["audit"] = [record_dict(e) for e in audit.entries_for_case(session, case_id)]
            return generation, data

        run_in_background(self, tr("Opening the case…"), load, self._loaded, self._failed)

    def _loaded(self, result: tuple[int, CaseData]) -> None:
        generation, data = result
        if generation != self._generation:
            return  # a newer load was started meanwhile (or the store was locked): this one is stale
        self._show(data)

    def _show(self, data: CaseData) -> None:
        self.data = data
        self.heading.setText(f"{data['case']['reference']} — {data['case']['title']}")
        for page in self.pages:
            page.show_case(data)
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, tr("Cannot open the case"), str(error))

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
        for page in self.pages:
            page.clear()
