"""Workspace tables read a case's records a page at a time: the model holds the listing's order and the rows in
view, sorts and filters in SQL, orders a long listing off the GUI thread, and the workspace never reads a case
whole (issue 15, point 3)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from hrdoc.domain.registry import Kind
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.models import record_table
from hrdoc.gui.models.record_table import PAGE, PLACEHOLDER, ColumnSpec, RecordTableModel, Role
from hrdoc.gui.workspace.pages import IncidentsPage
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.record_keys import Key
from hrdoc.services.record_pages import Listing, RecordPages
from hrdoc.services.records import RecordService
from hrdoc.storage import models as m
from tests.helpers import make_case

ROWS = 3 * PAGE + 50
COLUMNS = [
    ColumnSpec("Title", lambda r: r["title"], keys=(Key.of("title"),)),
    ColumnSpec("Deaths", lambda r: r["fatalities_best"], True, keys=(Key.of("fatalities_best"),)),
]


class CountingPages(RecordPages):
    """Notes the ids each page of rows was read for."""

    def __init__(self, ctx: StoreContext) -> None:
        super().__init__(ctx)
        self.read: list[list[str]] = []

    def rows(self, listing: Listing, ids: list[str]) -> list[dict]:  # type: ignore[override]
        self.read.append(list(ids))
        return super().rows(listing, ids)


@pytest.fixture
def case(ctx: StoreContext) -> uuid.UUID:
    """A case of ROWS incidents, "row 0" ... entered in that order, row n with n deaths."""
    case_id = make_case(RecordService(ctx))
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    with ctx.write() as session:
        session.add_all(
            m.Incident(case_id=case_id, title=f"row {n}", fatalities_best=n, created_at=start + dt.timedelta(seconds=n))
            for n in range(ROWS)
        )
    return case_id


def titles(model: RecordTableModel, count: int = 3) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(count)]


def test_the_model_reads_rows_a_page_at_a_time_and_passes_qt_model_tester(
    qtmodeltester, qtbot, ctx: StoreContext, case: uuid.UUID
) -> None:
    pages = CountingPages(ctx)
    model = RecordTableModel(COLUMNS)
    model.set_listing(pages, Listing(Kind.INCIDENT, case))
    assert model.rowCount() == ROWS and pages.read == []  # the order only: no row read yet
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    qtbot.waitUntil(lambda: bool(pages.read))  # painted: the rows in view are read
    assert all(len(ids) <= PAGE for ids in pages.read)
    assert {i for ids in pages.read for i in ids} <= {model.record_id(r) for r in range(PAGE)}  # the first page
    assert model.data(model.index(ROWS - 1, 0)) == f"row {ROWS - 1}"  # the last row: its page is read then
    assert model.data(model.index(0, 0), Role.RECORD_ID) == model.record_id(0)
    qtmodeltester.check(model, force_py=True)


def test_a_views_rows_are_read_off_the_gui_thread_and_shown_once_they_arrive(
    qtbot, ctx: StoreContext, case: uuid.UUID
) -> None:
    pages = CountingPages(ctx)
    model = RecordTableModel(COLUMNS, rows_off_thread=True)
    model.set_listing(pages, Listing(Kind.INCIDENT, case))
    last = model.index(ROWS - 1, 0)
    assert model.data(last) == PLACEHOLDER and model.data(model.index(ROWS - 1, 1)) is None
    assert pages.read == []  # asked for, read once the event loop runs, on a worker thread
    with qtbot.waitSignal(model.dataChanged, timeout=10_000) as changed:
        pass
    first, end = changed.args[:2]
    assert first.row() <= ROWS - 1 <= end.row()  # the rows of its page, told to the view
    assert model.data(last) == f"row {ROWS - 1}" and model.data(model.index(ROWS - 1, 1)) == str(ROWS - 1)
    assert len(pages.read) == 1 and len(pages.read[0]) <= PAGE
    # What asks for the record itself (the record selected) reads it at once.
    assert model.data(model.index(PAGE, 0), Role.RECORD)["title"] == f"row {PAGE}"
    with qtbot.waitSignal(model.filled, timeout=10_000):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) in (PLACEHOLDER, f"row {ROWS - 1}")  # never a row of the old order
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == f"row {ROWS - 1}", timeout=10_000)


def test_filtering_sees_every_row_and_sorting_is_typed(qtbot, ctx: StoreContext, case: uuid.UUID) -> None:
    model = RecordTableModel(COLUMNS)
    model.set_listing(RecordPages(ctx), Listing(Kind.INCIDENT, case))
    model.set_text(f"row {ROWS - 1}")  # beyond the first pages
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == f"row {ROWS - 1}"
    model.set_text("")
    model.sort(1, Qt.SortOrder.DescendingOrder)  # numbers as numbers: 349 before 99
    assert titles(model) == [f"row {ROWS - 1}", f"row {ROWS - 2}", f"row {ROWS - 3}"]
    model.sort(0, Qt.SortOrder.AscendingOrder)  # text as text
    assert titles(model) == ["row 0", "row 1", "row 10"]


def test_a_long_listing_is_ordered_off_the_gui_thread_and_the_selection_follows_its_record(
    qtbot, ctx: StoreContext, case: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(record_table, "AT_ONCE", 10)
    model = RecordTableModel(COLUMNS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    with qtbot.waitSignal(model.filled, timeout=10_000):
        model.set_listing(RecordPages(ctx), Listing(Kind.INCIDENT, case))
        assert model.pending and model.rowCount() == 0  # read off the GUI thread
    assert not model.pending and model.rowCount() == ROWS
    view.setCurrentIndex(model.index(5, 0))
    chosen = model.record_id(5)
    with qtbot.waitSignal(model.filled, timeout=10_000):
        model.sort(1, Qt.SortOrder.DescendingOrder)
        assert titles(model, 1) == ["row 0"]  # the rows shown stay until the new order is known
    assert titles(model, 1) == [f"row {ROWS - 1}"]
    assert view.currentIndex().row() == ROWS - 1 - 5 and model.record_id(view.currentIndex().row()) == chosen
    with qtbot.waitSignal(model.filled, timeout=10_000):
        model.set_text("row 12")  # filtered once typing pauses
    assert sorted(titles(model, model.rowCount())) == sorted(["row 12", *(f"row {n}" for n in range(120, 130))])


def test_the_workspace_never_reads_a_case_whole(qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch) -> None:
    def whole(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the workspace read the whole case")

    monkeypatch.setattr(CaseService, "export", whole)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    for row in range(window.workspace.nav.count()):
        window.workspace.nav.setCurrentRow(row)
    page = window.workspace.go_to(IncidentsPage)
    shown = 0
    for row in range(page.incidents.model.rowCount()):  # each incident's allegations under it
        page.incidents.table.selectRow(row)
        shown += page.allegations.model.rowCount()
    assert shown == len(RecordService(demo_ctx).records(Kind.ALLEGATION, window.workspace.case_id)) > 0


def test_the_form_beside_a_list_reads_a_pickers_records_only_when_they_are_wanted(
    qtbot, demo_ctx: StoreContext
) -> None:
    from hrdoc.gui.forms.picker import RecordPicker
    from hrdoc.gui.workspace.matrix import MatrixPage

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    links = window.workspace.go_to(MatrixPage).links
    links.table.setFocus()
    links.table.selectRow(0)
    link = links.selected()
    pane = window.workspace.detail
    assert link is not None and pane.showing() == (Kind.LINK, link["id"]) and pane.form is not None
    target = pane.form.widgets["target"]
    assert isinstance(target, RecordPicker) and not target.loaded
    assert target.count() == 1 and target.currentText().endswith(link["_names"]["allegation_id"])
    assert target.currentData() == ("allegation_id", uuid.UUID(link["allegation_id"]))
    assert not pane.is_changed()  # holding its name alone changes nothing
    target.open_search("")  # the search lists every record: read now
    assert target.loaded and target.count() > 2
    assert target.currentData() == ("allegation_id", uuid.UUID(link["allegation_id"]))
    target.popup.hide()
    assert not pane.is_changed()


def test_a_tables_filter_is_applied_once_typing_pauses(qtbot, demo_ctx: StoreContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    incidents = window.workspace.go_to(IncidentsPage).incidents
    assert incidents.model.rowCount() == 2
    qtbot.keyClicks(incidents.filter, "CONVOY")  # each key would be a query
    assert incidents.model.rowCount() == 2
    qtbot.waitUntil(lambda: incidents.model.rowCount() == 1, timeout=2_000)
    assert incidents.model.data(incidents.model.index(0, 0)) == "Attack on a civilian convoy near Annefif"
    incidents.clear_filter()  # at once
    assert incidents.model.rowCount() == 2


def test_going_to_a_record_makes_its_form_alone(qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """A search hit or a related record: the records selected on the way (the page's first incident, the
    allegation's incident) are not shown beside their lists, each a form made for nothing."""
    from hrdoc.gui.workspace.detail import DetailPane

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    shown: list[tuple[str, str]] = []
    original = DetailPane.show_record

    def show_record(pane: DetailPane, kind: str, record_id: str, data: object = None) -> bool:
        shown.append((kind, record_id))
        return original(pane, kind, record_id, data)  # type: ignore[arg-type]

    monkeypatch.setattr(DetailPane, "show_record", show_record)
    case_id = window.workspace.case_id
    allegation = str(RecordService(demo_ctx).records(Kind.ALLEGATION, case_id)[-1].id)
    assert window.workspace.show_record(Kind.ALLEGATION, allegation)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)  # beside its list in the next turn of the event loop
    assert shown == [(Kind.ALLEGATION, allegation)]
    assert window.workspace.detail.showing() == (Kind.ALLEGATION, allegation)
    page = window.workspace.current_page()
    assert isinstance(page, IncidentsPage) and page.allegations.selected()["id"] == allegation  # type: ignore[index]


def test_moving_through_a_list_by_keys_shows_the_record_reached_once_they_pause(qtbot, demo_ctx: StoreContext) -> None:
    from hrdoc.gui.workspace.follow import KEYS_PAUSE_MS

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    actors = next(t for p in window.workspace.pages for t in p.tables() if t.kind == Kind.ACTOR)
    window.workspace.nav.setCurrentRow(window.workspace.pages.index(actors))
    actors.table.selectRow(0)
    pane = window.workspace.detail
    first = actors.selected()
    assert first is not None and actors.model.total() >= 3
    qtbot.waitUntil(lambda: pane.showing() == (Kind.ACTOR, first["id"]), timeout=5_000)  # in the next turn
    actors.table.setFocus()
    qtbot.keyClick(actors.table, Qt.Key.Key_Down)
    qtbot.keyClick(actors.table, Qt.Key.Key_Down)
    reached = actors.selected()
    assert reached is not None and reached["id"] != first["id"]
    assert pane.showing() == (Kind.ACTOR, first["id"])  # not yet: a form for each key would hold the window
    qtbot.waitUntil(lambda: pane.showing() == (Kind.ACTOR, reached["id"]), timeout=KEYS_PAUSE_MS * 8)
    qtbot.keyClick(actors.table, Qt.Key.Key_Up)
    back = actors.selected()
    assert back is not None and pane.showing() == (Kind.ACTOR, reached["id"])
    qtbot.keyClick(actors.table, Qt.Key.Key_Return)  # editing shows the record reached at once, in the pane
    assert pane.showing() == (Kind.ACTOR, back["id"]) and pane.form is not None
    assert pane.form.isAncestorOf(QApplication.focusWidget())
