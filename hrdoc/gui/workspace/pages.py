"""The workspace's pages in navigation order: the record tables of each section of the case, and the pages
made of two tables (incidents with their allegations, responsibility).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.registry import Kind
from hrdoc.gui.evidence.page import EvidencePage
from hrdoc.gui.forms.specs import choice_label, kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.models.record_table import ColumnSpec, Role
from hrdoc.gui.provenance import arrived_text, when_text, where_text
from hrdoc.gui.rows import select_row
from hrdoc.gui.workspace.chronology_page import ChronologyPage
from hrdoc.gui.workspace.map_page import MapPage
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
            ColumnSpec(tr("When (UTC)"), lambda r: when_text(r["at"], r["details"]), keys=(Key.of("at"),), whole=True),
            ColumnSpec(tr("Arrived here (UTC)"), lambda r: arrived_text(r["details"], r["at"]), whole=True),
            ColumnSpec(tr("Who"), lambda r: r["actor"], keys=(Key.of("actor"),), whole=True),
            ColumnSpec(tr("Where"), lambda r: where_text(r["details"])),
            ColumnSpec(tr("Action"), lambda r: choice_label(r["action"], AuditAction), keys=(Key.of("action"),)),
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


@dataclass(frozen=True)
class PageMaker:
    """A page of the workspace before it is made: what the navigation shows of it (its title, its icon), the kinds
    of record its tables list (a record is shown on the page listing its kind), and how to make it. The workspace
    makes its pages in small steps from the event loop (each a few tens of milliseconds), the page asked for first."""

    title: str
    icon_name: str
    kinds: tuple[str, ...]
    make: Callable[[], Page]

    def build(self) -> Page:
        page = self.make()
        page.icon_name = self.icon_name
        if not page.objectName():  # where its splitters' sizes are kept, whichever page was made first
            page.setObjectName(f"page_{self.icon_name}")
        return page


def build_pages(labels: Callable[[str], dict[str, str]]) -> list[Page]:
    """The workspace's pages, all made now."""
    return [maker.build() for maker in page_makers(labels)]


def page_makers(labels: Callable[[str], dict[str, str]]) -> list[PageMaker]:
    """The workspace's pages in navigation order, each made when :meth:`PageMaker.build` is called. A column
    referring to other records shows their names, read with each row; a vocabulary's labels are read when the page
    showing them is made."""
    return [
        PageMaker(tr("Overview"), "overview", (), OverviewPage),
        PageMaker(
            tr("Incidents & allegations"),
            "incidents",
            (Kind.INCIDENT, Kind.ALLEGATION),
            lambda: IncidentsPage(_incidents(labels("event_type")), _allegations(labels("violation_type"))),
        ),
        PageMaker(tr("Places"), "places", (Kind.LOCATION,), _places),
        PageMaker(tr("Actors"), "actors", (Kind.ACTOR,), lambda: _actors(labels("actor_kind"))),
        PageMaker(tr("Victims"), "victims", (Kind.VICTIM,), _victims),
        PageMaker(
            tr("Responsibility"),
            "responsibility",
            (Kind.PERPETRATOR, Kind.ALLEGATION_VICTIM),
            lambda: SplitPage(tr("Responsibility"), _perpetrators(), _victims_of()),
        ),
        PageMaker(tr("Witnesses & accounts"), "witnesses", (Kind.WITNESS, Kind.ACCOUNT), WitnessesPage),
        PageMaker(tr("Sources"), "sources", (Kind.SOURCE,), _sources),
        PageMaker(tr("Evidence files"), "evidence", (Kind.EVIDENCE,), EvidencePage),
        PageMaker(tr("Evidence links"), "links", (Kind.LINK,), lambda: MatrixPage(labels)),
        # The map and the timeline (Chronology) work together: a period chosen on the timeline shows on the map.
        # Both come after the ten pages with an Alt+digit key, which keep the keys they always had.
        PageMaker(tr("Map"), "map", (), lambda: MapPage(labels("violation_type"))),
        PageMaker(tr("Chronology"), "chronology", (Kind.INCIDENT,), _chronology),
        PageMaker(tr("Audit log"), "audit", (), AuditPage),
    ]


DATES = (Key.of("start_date"), Key.of("end_date"))


def _incidents(event: dict[str, str]) -> TablePage:
    return TablePage(
        tr("Incidents"),
        "incidents",
        [
            field_column(Kind.INCIDENT, "title"),
            ColumnSpec(tr(DATE_HEADER), date_text, keys=DATES),
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


def _allegations(violation: dict[str, str]) -> TablePage:
    return TablePage(
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


def _places() -> TablePage:
    return TablePage(
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


def _actors(kinds: dict[str, str]) -> TablePage:
    return TablePage(
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


def _victims() -> TablePage:
    return TablePage(
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


def _perpetrators() -> TablePage:
    return TablePage(
        tr("Alleged perpetrators"),
        "allegation_perpetrators",
        [
            field_column(Kind.PERPETRATOR, "actor_id"),
            field_column(Kind.PERPETRATOR, "involvement"),
            field_column(Kind.PERPETRATOR, "allegation_id"),
        ],
        kind=Kind.PERPETRATOR,
    )


def _victims_of() -> TablePage:
    return TablePage(
        tr("Victims of allegations"),
        "allegation_victims",
        [
            field_column(Kind.ALLEGATION_VICTIM, "victim_id"),
            field_column(Kind.ALLEGATION_VICTIM, "allegation_id"),
        ],
        kind=Kind.ALLEGATION_VICTIM,
    )


def _sources() -> TablePage:
    return TablePage(
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


def _chronology() -> ChronologyPage:
    chronology = TablePage(
        tr("Chronology"),
        "incidents",
        [
            ColumnSpec(tr(DATE_HEADER), date_text, keys=DATES),
            field_column(Kind.INCIDENT, "date_precision"),
            field_column(Kind.INCIDENT, "date_as_reported"),
            field_column(Kind.INCIDENT, "title"),
        ],
        kind=Kind.INCIDENT,
    )
    chronology.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return ChronologyPage(chronology)  # the timeline above the table


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
        incidents.model.filled.connect(self._incidents_filled)

    def tables(self) -> list[TablePage]:
        return [self.incidents, self.allegations]

    def show_case(self, data: CaseData) -> None:
        self._data = data
        self.incidents.show_case(data)
        if not self.incidents.table.currentIndex().isValid() and self.incidents.model.rowCount():
            select_row(self.incidents.table, 0)
        self._show_allegations()

    def _incidents_filled(self) -> None:
        """The incidents listed again: if a filter or a period took out the one selected (Qt then drops the
        selection without a signal), its allegations go with it."""
        if not self.incidents.table.currentIndex().isValid():
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
