"""The workspace's pages in navigation order: the record tables of each section of the case, and the pages
made of two tables (incidents with their allegations, responsibility).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.enums import AuditAction, label
from hrdoc.domain.registry import Kind
from hrdoc.gui.evidence.page import EvidencePage
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.models.record_table import ColumnSpec, Role
from hrdoc.gui.provenance import arrived_text, when_text, where_text
from hrdoc.gui.workspace.matrix import MatrixPage
from hrdoc.gui.workspace.overview import OverviewPage
from hrdoc.gui.workspace.page import (
    DATE_HEADER,
    GRADE_HEADER,
    CaseData,
    Page,
    TablePage,
    date_text,
    field_column,
    listing,
    tr,
)
from hrdoc.gui.workspace.witnesses import WitnessesPage
from hrdoc.services.audit_words import capitalised
from hrdoc.services.record_keys import Key


class AuditPage(TablePage):
    """The case's audit log, in words: what was done by its label, the record's kind by its registry name, and
    what each entry says with the codes and ids older versions wrote read as names (services.audit_words)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            ColumnSpec("#", lambda r: r["seq"], align_right=True, keys=(Key.of("seq"),)),
            # An entry merged from another store: when and by whom it happened there, when it arrived here,
            # and which store wrote it first (gui.provenance).
            ColumnSpec(tr("When (UTC)"), lambda r: when_text(r["at"], r["details"]), keys=(Key.of("at"),)),
            ColumnSpec(tr("Arrived here (UTC)"), lambda r: arrived_text(r["details"], r["at"])),
            ColumnSpec(tr("Who"), lambda r: r["actor"], keys=(Key.of("actor"),)),
            ColumnSpec(tr("Where"), lambda r: where_text(r["details"])),
            ColumnSpec(tr("Action"), lambda r: tr(label(r["action"], AuditAction)), keys=(Key.of("action"),)),
            ColumnSpec(tr("Record"), lambda r: capitalised(kind_name(r["entity_type"])), keys=(Key.of("entity_type"),)),
            # What the entry says in words (services.audit_words), read with the entry.
            ColumnSpec(tr("What"), lambda r: r["_shown"], keys=(Key.of("summary"),)),
        ]
        super().__init__(tr("Audit log"), "audit", columns, parent)

    PROVENANCE = (2, 4)  # where an entry was first written, when it arrived here

    def show_case(self, data: CaseData) -> None:
        """A log written in this store alone leaves out where each entry was written and when it arrived ("this
        store", nothing): what each entry says has their room. They show once an entry came from elsewhere."""
        merged = data["figures"].merged_log
        for column in self.PROVENANCE:
            self.table.setColumnHidden(column, not merged)
        super().show_case(data)


def build_pages(labels: Callable[[str], dict[str, str]]) -> list[Page]:
    """The workspace's pages. A column referring to other records shows their names, read with each row."""
    event = labels("event_type")
    violation = labels("violation_type")
    kinds = labels("actor_kind")
    dates = (Key.of("start_date"), Key.of("end_date"))

    incidents = TablePage(
        tr("Incidents"),
        "incidents",
        [
            field_column(Kind.INCIDENT, "title"),
            ColumnSpec(tr(DATE_HEADER), date_text, keys=dates),
            field_column(Kind.INCIDENT, "location_id"),
            field_column(
                Kind.INCIDENT,
                "event_type",
                lambda r: event.get(r["event_subtype"] or r["event_type"], ""),
                keys=(Key.of("event_subtype", "event_type"),),
            ),
            field_column(Kind.INCIDENT, "fatalities_best", align_right=True),
            field_column(Kind.INCIDENT, "visibility"),
        ],
        kind=Kind.INCIDENT,
    )
    allegations = TablePage(
        tr("Allegations"),
        "allegations",
        [
            field_column(
                Kind.ALLEGATION, "violation_type", lambda r: violation.get(r["violation_type"], r["violation_type"])
            ),
            field_column(Kind.ALLEGATION, "status"),
            field_column(Kind.ALLEGATION, "standard_of_proof"),
            field_column(Kind.ALLEGATION, "description"),
        ],
        kind=Kind.ALLEGATION,
    )
    split = IncidentsPage(incidents, allegations)
    places = TablePage(
        tr("Places"),
        "locations",
        [
            field_column(Kind.LOCATION, "name"),
            field_column(Kind.LOCATION, "alt_spellings", lambda r: ", ".join(r["alt_spellings"])),
            field_column(Kind.LOCATION, "admin1"),
            field_column(Kind.LOCATION, "country_code"),
            field_column(Kind.LOCATION, "geo_precision"),
        ],
        kind=Kind.LOCATION,
    )
    actors = TablePage(
        tr("Actors"),
        "actors",
        [
            field_column(Kind.ACTOR, "name"),
            field_column(Kind.ACTOR, "aliases", lambda r: ", ".join(r["aliases"])),
            field_column(Kind.ACTOR, "kind", lambda r: kinds.get(r["kind"], r["kind"])),
            field_column(Kind.ACTOR, "affiliation"),
        ],
        kind=Kind.ACTOR,
    )
    victims = TablePage(
        tr("Victims"),
        "victims",
        [
            field_column(Kind.VICTIM, "label"),
            field_column(Kind.VICTIM, "kind"),
            field_column(Kind.VICTIM, "status"),
            field_column(Kind.VICTIM, "count_best", align_right=True),
            field_column(Kind.VICTIM, "count_women", align_right=True),
            field_column(Kind.VICTIM, "count_children", align_right=True),
            field_column(Kind.VICTIM, "description"),
        ],
        kind=Kind.VICTIM,
    )
    perpetrators = TablePage(
        tr("Alleged perpetrators"),
        "allegation_perpetrators",
        [
            field_column(Kind.PERPETRATOR, "actor_id"),
            field_column(Kind.PERPETRATOR, "involvement"),
            field_column(Kind.PERPETRATOR, "allegation_id"),
        ],
        kind=Kind.PERPETRATOR,
    )
    victims_of = TablePage(
        tr("Victims of allegations"),
        "allegation_victims",
        [
            field_column(Kind.ALLEGATION_VICTIM, "victim_id"),
            field_column(Kind.ALLEGATION_VICTIM, "allegation_id"),
        ],
        kind=Kind.ALLEGATION_VICTIM,
    )
    sources = TablePage(
        tr("Sources"),
        "sources",
        [
            field_column(Kind.SOURCE, "title"),
            field_column(Kind.SOURCE, "kind"),
            field_column(Kind.SOURCE, "stance"),
            ColumnSpec(
                tr(GRADE_HEADER),
                lambda r: f"{r['reliability'] or '?'}{r['credibility'] or '?'}",
                keys=(Key.of("reliability"), Key.of("credibility")),
            ),
            field_column(
                Kind.SOURCE, "publisher", lambda r: r["publisher"] or r["author"], keys=(Key.of("publisher", "author"),)
            ),
            field_column(Kind.SOURCE, "url"),
        ],
        kind=Kind.SOURCE,
    )
    chronology = TablePage(
        tr("Chronology"),
        "incidents",
        [
            ColumnSpec(tr(DATE_HEADER), date_text, keys=dates),
            field_column(Kind.INCIDENT, "date_precision"),
            field_column(Kind.INCIDENT, "date_as_reported"),
            field_column(Kind.INCIDENT, "title"),
        ],
        kind=Kind.INCIDENT,
    )
    chronology.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    pages: list[tuple[Page, str]] = [
        (OverviewPage(), "overview"),
        (split, "incidents"),
        (places, "places"),
        (actors, "actors"),
        (victims, "victims"),
        (SplitPage(tr("Responsibility"), perpetrators, victims_of), "responsibility"),
        (WitnessesPage(), "witnesses"),
        (sources, "sources"),
        (EvidencePage(), "evidence"),
        (MatrixPage(labels), "links"),
        (chronology, "chronology"),
        (AuditPage(), "audit"),
    ]
    for page, name in pages:
        page.icon_name = name
    return [page for page, _name in pages]


class SplitPage(Page):
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


class IncidentsPage(Page):
    """Incidents above, the selected incident's allegations below."""

    def __init__(self, incidents: TablePage, allegations: TablePage) -> None:
        super().__init__()
        self.title = tr("Incidents & allegations")
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
        if not self.incidents.table.currentIndex().isValid() and self.incidents.model.rowCount():
            self.incidents.table.selectRow(0)
        self._show_allegations()

    def _show_allegations(self) -> None:
        index = self.incidents.table.currentIndex()
        if self._data is None or not index.isValid():
            self.allegations.model.clear()
            return
        incident = str(index.data(Role.RECORD_ID))
        self.allegations.list_records(self._data, listing(self._data, Kind.ALLEGATION, incident_id=incident))

    def clear(self) -> None:
        self._data = None
        self.incidents.clear()
        self.allegations.clear()
