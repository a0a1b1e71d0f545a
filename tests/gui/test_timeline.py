"""The timeline on the Chronology page (issue 17, point 4): each incident drawn over the span its date precision
allows, undated ones set apart, zoomed from years to hours, a period chosen on it narrowing the chronology and the
incidents' list (Esc shows everything again), and dates never written as a day that was not given."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from hrdoc.domain.dates import APPROXIMATE_DAY_MARGIN
from hrdoc.domain.registry import Kind
from hrdoc.gui.forms.fields import index_of
from hrdoc.gui.forms.form import RecordForm
from hrdoc.gui.forms.specs import field_text
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.rows import select_row
from hrdoc.gui.workspace.chronology_page import ChronologyPage
from hrdoc.gui.workspace.map_page import MapPage
from hrdoc.gui.workspace.map_words import incident_line
from hrdoc.gui.workspace.pages import IncidentsPage
from hrdoc.gui.workspace.period import period_text
from hrdoc.gui.workspace.timeline import Item, TimelineView, lay_out, span_tip
from hrdoc.services.chronology import Period, incident_spans, span_period
from hrdoc.services.context import StoreContext
from hrdoc.services.map_data import read_case_map
from hrdoc.services.record_pages import Listing, RecordPages
from hrdoc.services.records import RecordService

pytestmark = pytest.mark.gui

D = dt.date


@pytest.fixture
def dated(demo_ctx: StoreContext) -> dict[str, Any]:
    """The demo case (two incidents of unknown date precision) with five dated incidents more: a day, an
    approximate day, March 2022, the year 2021, and a bar from 10 to 20 June 2022."""
    records = RecordService(demo_ctx)
    case = records.records(Kind.CASE)[0].id

    def incident(title: str, start: dt.date, precision: str, end: dt.date | None = None) -> str:
        made = records.create(
            Kind.INCIDENT, case_id=case, title=title, start_date=start, end_date=end, date_precision=precision
        )
        return str(made)

    return {
        "case": case,
        "day": incident("Shelling of the market", D(2022, 4, 20), "exact"),
        "approx": incident("Arrests at the checkpoint", D(2022, 5, 2), "approximate_day"),
        "month": incident("Burning of the village", D(2022, 3, 1), "month"),
        "year": incident("Disappearances in the camp", D(2021, 1, 1), "year"),
        "bar": incident("Siege of the town", D(2022, 6, 10), "exact", D(2022, 6, 20)),
    }


def test_each_precision_spans_what_it_allows() -> None:
    month = (Period(D(2022, 3, 1), D(2022, 3, 31)), Period(D(2022, 3, 1), D(2022, 3, 1)))
    assert span_period(D(2022, 3, 1), None, "month") == month
    assert span_period(D(2021, 1, 1), None, "year")[0] == Period(D(2021, 1, 1), D(2021, 12, 31))  # type: ignore[index]
    margin = APPROXIMATE_DAY_MARGIN
    spans = span_period(D(2022, 5, 2), None, "approximate_day")
    assert spans == (Period(D(2022, 5, 2) - margin, D(2022, 5, 2) + margin), Period(D(2022, 5, 2), D(2022, 5, 2)))
    assert span_period(D(2022, 6, 10), D(2022, 6, 20), "exact")[0] == Period(D(2022, 6, 10), D(2022, 6, 20))  # type: ignore[index]
    assert span_period(None, None, "exact") is None  # undated: set apart
    assert span_period(D(2022, 3, 1), None, "unknown") is None  # a day of unknown precision: set apart too


def test_lanes_keep_bars_apart_and_undated_incidents_apart(demo_ctx: StoreContext, dated: dict[str, Any]) -> None:
    spans = incident_spans(demo_ctx, dated["case"])
    items, lanes = lay_out(spans)
    by_id = {i.span.id: i for i in items}
    assert set(by_id) == {dated[k] for k in ("day", "approx", "month", "year", "bar")}  # the demo's two: apart
    month = by_id[dated["month"]]
    assert (month.first, month.last) == (D(2022, 3, 1).toordinal(), D(2022, 4, 1).toordinal())  # the whole month
    year = by_id[dated["year"]]
    assert (year.first, year.last) == (D(2021, 1, 1).toordinal(), D(2022, 1, 1).toordinal())  # the whole year
    approx = by_id[dated["approx"]]
    assert approx.first < approx.core_first < approx.core_last < approx.last  # its margin either side
    for lane in range(lanes):
        on_lane = sorted((i for i in items if i.lane == lane), key=lambda i: i.first)
        assert all(a.last <= b.first for a, b in itertools.pairwise(on_lane))


def test_a_period_lists_the_incidents_that_may_have_happened_in_it(
    demo_ctx: StoreContext, dated: dict[str, Any]
) -> None:
    """The lists' filter (SQL) and the timeline's spans agree: 12-31 March 2022 meets the month-precision incident
    (it may have happened then) and no other; 28 April - 1 May meets the approximate day of 2 May (its margin)."""
    pages = RecordPages(demo_ctx)

    def listed(first: dt.date, last: dt.date) -> set[str]:
        return set(pages.order(Listing(Kind.INCIDENT, dated["case"], period=Period(first, last))))

    assert listed(D(2022, 3, 12), D(2022, 3, 31)) == {dated["month"]}
    assert listed(D(2022, 4, 28), D(2022, 5, 1)) == {dated["approx"]}
    assert listed(D(2021, 7, 1), D(2021, 7, 1)) == {dated["year"]}
    assert listed(D(2022, 6, 20), D(2022, 6, 25)) == {dated["bar"]}
    everything = listed(D(1900, 1, 1), D(2100, 1, 1))
    spans = incident_spans(demo_ctx, dated["case"])
    assert everything == {s.id for s in spans if s.period is not None}  # never the undated ones


def open_window(qtbot: Any, ctx: StoreContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    return window


def open_chronology(qtbot: Any, ctx: StoreContext) -> tuple[MainWindow, ChronologyPage]:
    window = open_window(qtbot, ctx)
    page = window.workspace.go_to(ChronologyPage)
    qtbot.waitUntil(lambda: bool(page.timeline.items), timeout=10_000)
    return window, page


def test_undated_incidents_are_listed_apart(qtbot: Any, demo_ctx: StoreContext, dated: dict[str, Any]) -> None:
    _window, page = open_chronology(qtbot, demo_ctx)
    assert len(page.timeline.items) == 5
    assert page.undated.count() == 2 and page.undated.isVisibleTo(page)
    assert page.undated.item(0).text() == "Clashes between the FLA and government forces near Annefif"


def test_zooming_changes_the_axis_unit_from_years_to_hours(
    qtbot: Any, demo_ctx: StoreContext, dated: dict[str, Any]
) -> None:
    _window, page = open_chronology(qtbot, demo_ctx)
    view = page.timeline
    view.setFocus()
    for _ in range(12):
        QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.axis_unit() == "year"
    units = [view.axis_unit()]
    for _ in range(60):
        QTest.keyClick(view, Qt.Key.Key_Plus)
        if view.axis_unit() != units[-1]:
            units.append(view.axis_unit())
    assert units == ["year", "month", "day", "hour"]
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.axis_unit() in ("year", "month")


def day_x(view: TimelineView, day: dt.date) -> int:
    return round(view.x_of(float(day.toordinal())))


def test_dragging_a_period_filters_the_lists_and_esc_clears_it(
    qtbot: Any, demo_ctx: StoreContext, dated: dict[str, Any]
) -> None:
    window, page = open_chronology(qtbot, demo_ctx)
    view, chronology = page.timeline, page.table_page.model
    assert chronology.rowCount() == 7
    y = view.viewport().height() - 10
    start, end = QPoint(day_x(view, D(2022, 4, 10)), y), QPoint(day_x(view, D(2022, 4, 25)), y)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(view.viewport(), QPoint((start.x() + end.x()) // 2, y))
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    period = window.workspace.period.period
    assert period is not None and D(2022, 4, 8) <= period.first <= D(2022, 4, 12)
    qtbot.waitUntil(lambda: chronology.rowCount() == 1, timeout=5_000)
    assert chronology.record_id(0) == dated["day"]
    bar = window.workspace.period_bar
    assert bar.isVisible() and period_text(period) in bar.label.text()
    incidents = window.workspace.go_to(IncidentsPage).incidents.model
    qtbot.waitUntil(lambda: incidents.rowCount() == 1, timeout=5_000)  # the incidents' list too
    assert bar.isVisible()
    incidents_view = window.workspace.go_to(IncidentsPage).incidents.table
    incidents_view.setFocus()
    QTest.keyClick(incidents_view, Qt.Key.Key_Escape)
    assert window.workspace.period.period is None and not bar.isVisible()
    qtbot.waitUntil(lambda: incidents.rowCount() == 7, timeout=5_000)
    assert chronology.rowCount() == 7


def test_clicking_an_incident_shows_the_days_it_may_have_happened_on(
    qtbot: Any, demo_ctx: StoreContext, dated: dict[str, Any]
) -> None:
    window, page = open_chronology(qtbot, demo_ctx)
    view = page.timeline
    month = next(i for i in view.items if i.span.id == dated["month"])
    point = bar_centre(view, month)
    assert view.item_at(point) is month
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.workspace.period.period == Period(D(2022, 3, 1), D(2022, 3, 31))
    assert "March 2022" in window.workspace.period_bar.label.text()
    the_map = window.workspace.go_to(MapPage)  # the map follows the period too
    assert the_map.filters()[:2] == (D(2022, 3, 1), D(2022, 3, 31))
    window.workspace.go_to(ChronologyPage)
    qtbot.waitUntil(lambda: page.table_page.model.rowCount() == 1, timeout=5_000)
    assert page.table_page.selected()["id"] == dated["month"]  # type: ignore[index]


def bar_centre(view: TimelineView, item: Item) -> QPoint:
    rect = view.bar_rect(item.first, item.last, item.lane)
    return rect.center().toPoint()


def test_dates_are_never_written_as_a_day_that_was_not_given(
    qtbot: Any, demo_ctx: StoreContext, dated: dict[str, Any]
) -> None:
    _window, page = open_chronology(qtbot, demo_ctx)
    tips = {i.span.id: span_tip(i.span) for i in page.timeline.items}
    assert tips[dated["month"]].splitlines()[1] == "March 2022"
    assert tips[dated["year"]].splitlines()[1] == "2021"
    assert "2 May 2022 (approx.)" in tips[dated["approx"]]
    model = page.table_page.model
    shown = {model.record_id(r): model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert shown[dated["month"]] == "March 2022" and shown[dated["year"]] == "2021"
    assert period_text(Period(D(2022, 3, 1), D(2022, 3, 31))) == "March 2022"
    assert period_text(Period(D(2021, 1, 1), D(2021, 12, 31))) == "2021"
    assert period_text(Period(D(2022, 3, 12), D(2022, 4, 30))) == "12 March 2022 – 30 April 2022"


def test_the_time_axis_reads_right_to_left_in_a_right_to_left_interface(
    qtbot: Any, demo_ctx: StoreContext, dated: dict[str, Any]
) -> None:
    _window, page = open_chronology(qtbot, demo_ctx)
    view = page.timeline
    assert day_x(view, D(2021, 6, 1)) < day_x(view, D(2022, 6, 1))
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert day_x(view, D(2021, 6, 1)) > day_x(view, D(2022, 6, 1))  # later to the left


def test_a_form_shows_a_month_or_a_year_and_reads_it_back(
    qtbot: Any, demo_ctx: StoreContext, dated: dict[str, Any]
) -> None:
    """The record form (and the detail pane, which is one) writes a date known to its month as "March 2022", reads
    it back as the day standing for it, writes the dates again when the precision changes, and takes a year typed
    as that precision."""
    form = RecordForm(demo_ctx, Kind.INCIDENT, dated["case"], uuid.UUID(dated["month"]))
    qtbot.addWidget(form)
    start, precision = form.widgets["start_date"], form.widgets["date_precision"]
    assert isinstance(start, QLineEdit) and isinstance(precision, QComboBox)
    assert start.text() == "March 2022" and not form.is_changed()
    assert form.collect()[0]["start_date"] == D(2022, 3, 1)
    precision.setCurrentIndex(index_of(precision, "exact"))
    assert start.text() not in ("March 2022", "") and form.collect()[0]["start_date"] == D(2022, 3, 1)
    start.setText("2021")
    start.editingFinished.emit()
    assert precision.currentData() == "year" and start.text() == "2021"
    assert form.collect()[0]["start_date"] == D(2021, 1, 1)
    year = RecordForm(demo_ctx, Kind.INCIDENT, dated["case"], uuid.UUID(dated["year"]))
    qtbot.addWidget(year)
    assert year.widgets["start_date"].text() == "2021"  # type: ignore[attr-defined]


def test_a_day_typed_in_a_new_incident_is_taken_as_exact(
    qtbot: Any, demo_ctx: StoreContext, dated: dict[str, Any]
) -> None:
    """A new incident's precision is "unknown", which the timelines set apart; a whole day typed makes it "exact" (a
    precision chosen before is kept)."""
    form = RecordForm(demo_ctx, Kind.INCIDENT, dated["case"], None)
    qtbot.addWidget(form)
    start, precision = form.widgets["start_date"], form.widgets["date_precision"]
    assert isinstance(start, QLineEdit) and isinstance(precision, QComboBox)
    assert precision.currentData() in (None, "", "unknown")
    start.setText("2025-02-14")
    start.editingFinished.emit()
    assert precision.currentData() == "exact"
    precision.setCurrentIndex(index_of(precision, "approximate_day"))
    start.setText("2025-02-15")
    start.editingFinished.emit()
    assert precision.currentData() == "approximate_day"


def test_every_table_writes_a_date_as_precisely_as_it_is_known() -> None:
    """The one helper every table's date cell goes through (a conflict's fields too)."""
    written = field_text(Kind.INCIDENT, "start_date")
    assert written({"start_date": "2022-03-01", "date_precision": "month"}) == "March 2022"
    assert written({"start_date": "2021-01-01", "date_precision": "year"}) == "2021"
    assert written({"start_date": "2022-03-27", "date_precision": "exact"}) == "27 March 2022"


def test_the_map_reads_an_incidents_dates_as_the_timeline_does(demo_ctx: StoreContext, dated: dict[str, Any]) -> None:
    """The map's list of a place's incidents writes "March 2022", and its period filter meets the same incidents as
    the lists'."""
    incidents = {i.id: i for i in read_case_map(demo_ctx, dated["case"]).incidents}
    month = incidents[dated["month"]]
    assert incident_line(month) == "March 2022: Burning of the village"
    pages = RecordPages(demo_ctx)
    for first, last in (
        (D(2022, 3, 12), D(2022, 3, 31)),
        (D(2022, 4, 28), D(2022, 5, 1)),
        (D(2021, 7, 1), D(2021, 7, 1)),
    ):
        listed = set(pages.order(Listing(Kind.INCIDENT, dated["case"], period=Period(first, last))))
        assert {i.id for i in incidents.values() if i.within(first, last)} == listed


def test_the_view_stays_as_it_was_when_the_case_is_read_again(
    qtbot: Any, demo_ctx: StoreContext, dated: dict[str, Any]
) -> None:
    """A change saved reads the case again: the timeline keeps its zoom and the days in view."""
    window, page = open_chronology(qtbot, demo_ctx)
    view = page.timeline
    view.setFocus()
    for _ in range(15):
        QTest.keyClick(view, Qt.Key.Key_Plus)
    (before, _end), scale, items = view.shown(), view.scale, view.items
    window.workspace.reload()
    qtbot.waitUntil(lambda: view.items is not items and not page.busy(), timeout=10_000)
    assert abs(view.shown()[0] - before) < 1 and view.scale == scale  # (the pane beside may take another width)


def test_the_record_beside_the_list_is_never_one_the_period_took_out_of_it(
    qtbot: Any, demo_ctx: StoreContext, dated: dict[str, Any]
) -> None:
    """A period (or a filter) that takes the incident shown beside the list out of it: the pane shows the list's
    first incident instead, or nothing when the period lists none."""
    window, page = open_chronology(qtbot, demo_ctx)
    pane, table = window.workspace.detail, page.table_page
    table.select_record(dated["bar"])
    qtbot.waitUntil(lambda: pane.showing() == (Kind.INCIDENT, dated["bar"]), timeout=5_000)
    window.workspace.period.set(Period(D(2022, 4, 10), D(2022, 4, 25)))  # only the market's shelling
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: pane.showing() == (Kind.INCIDENT, dated["day"]), timeout=5_000)
    assert table.selected()["id"] == dated["day"]  # type: ignore[index]
    window.workspace.period.set(Period(D(2019, 1, 1), D(2019, 12, 31)))  # nothing then
    qtbot.waitUntil(lambda: table.model.rowCount() == 0, timeout=5_000)
    qtbot.waitUntil(lambda: pane.showing() is None, timeout=5_000)
    window.workspace.period.set(None)
    qtbot.waitUntil(lambda: table.model.rowCount() == 7, timeout=5_000)
    qtbot.waitUntil(lambda: pane.showing() is not None, timeout=5_000)


def test_the_allegations_listed_are_never_those_of_an_incident_a_filter_took_out(
    qtbot: Any, demo_ctx: StoreContext
) -> None:
    """The Incidents page lists the selected incident's allegations; an incident the filter takes out of the list
    takes its allegations with it (the list's first incident's are shown, or none)."""
    window = open_window(qtbot, demo_ctx)
    page = window.workspace.go_to(IncidentsPage)
    incidents, allegations = page.incidents, page.allegations
    qtbot.waitUntil(lambda: incidents.model.rowCount() == 2, timeout=5_000)
    attack = next(r for r in range(2) if incidents.model.record(r)["title"].startswith("Attack"))  # type: ignore[index]
    select_row(incidents.table, attack)
    qtbot.waitUntil(lambda: allegations.model.rowCount() == 2, timeout=5_000)  # the convoy attack's two
    incidents.model.set_text("nothing is called this")  # straight from the convoy attack to no incident
    qtbot.waitUntil(lambda: incidents.model.rowCount() == 0, timeout=5_000)
    qtbot.waitUntil(lambda: window.workspace.detail.showing() is None, timeout=5_000)
    assert allegations.model.rowCount() == 0
    incidents.model.set_text("")
    qtbot.waitUntil(lambda: incidents.model.rowCount() == 2, timeout=5_000)
    select_row(incidents.table, attack)
    qtbot.waitUntil(lambda: allegations.model.rowCount() == 2, timeout=5_000)
    incidents.model.set_text("Clashes")  # the FLA's clashes, which have none, shown in its place
    qtbot.waitUntil(lambda: incidents.model.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: allegations.model.rowCount() == 0, timeout=5_000)
