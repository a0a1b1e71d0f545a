"""The map page (issue 17, point 3): the case's places drawn as precisely as they are known on the shipped atlas's
countries and regions, filtered by date, violation and the timeline's period, a place's incidents opened from it,
and a photo's GPS position beside the place of the incident it bears on."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsLineItem, QStyle, QStyleOptionComboBox

from hrdoc.domain.registry import Kind
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.workspace.map_page import ROLE, MapPage
from hrdoc.gui.workspace.page import CaseData
from hrdoc.gui.workspace.pages import IncidentsPage
from hrdoc.services.atlas import atlas
from hrdoc.services.chronology import Period
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.map_data import distance_km
from hrdoc.services.record_pages import RecordPages
from hrdoc.services.records import RecordService
from hrdoc.services.serialize import record_dict
from hrdoc.services.vocab import VocabularyService
from tests.services.evidence.samples import jpeg_with_gps

pytestmark = pytest.mark.gui

GAO = (16.2717, -0.0447)  # the town of Gao, in the Gao region
PHOTO_AT = (16.9526, -0.3496)  # Bourem, about 80 km up the river from Gao


@pytest.fixture
def mapped(demo_ctx: StoreContext) -> dict[str, Any]:
    """The demo case (its one place, Annefif, near a position not entered: drawn as its region, Gao) with three
    places more: one exact, one near, one known only to its region; an incident at each, of two violations and
    two dates; and a photo taken at Bourem linked to the incident in Gao."""
    records = RecordService(demo_ctx)
    case = records.records(Kind.CASE)[0].id

    def place(name: str, precision: str, admin1: str, at: tuple[float, float] | None) -> uuid.UUID:
        lat, lon = at if at else (None, None)
        return records.create(
            Kind.LOCATION,
            case_id=case,
            name=name,
            admin1=admin1,
            country_code="ML",
            latitude=lat,
            longitude=lon,
            geo_precision=precision,
        )

    def incident(title: str, where: uuid.UUID, day: dt.date, violation: str) -> uuid.UUID:
        made = records.create(
            Kind.INCIDENT, case_id=case, title=title, location_id=where, start_date=day, date_precision="exact"
        )
        records.create(Kind.ALLEGATION, case_id=case, incident_id=made, violation_type=violation)
        return made

    gao = place("Gao", "exact", "Gao", GAO)
    kidal = place("Outside Kidal", "near", "Kidal", (18.4411, 1.4078))
    ber = place("Ber", "region", "Timbuktu", None)
    market = incident("Shelling of the market", gao, dt.date(2023, 3, 10), "pillage")
    camp = incident("Detentions at the camp", kidal, dt.date(2024, 6, 2), "arbitrary_detention")
    raid = incident("Raid on Ber", ber, dt.date(2024, 8, 20), "arbitrary_detention")
    photo = EvidenceService(demo_ctx).intake(
        case, io.BytesIO(jpeg_with_gps(lat=PHOTO_AT[0], lon=PHOTO_AT[1])), original_name="IMG_0042.jpg"
    )
    records.create(Kind.LINK, case_id=case, evidence_id=photo.evidence_id, incident_id=market, relation="supports")
    return {"case": case, "gao": gao, "kidal": kidal, "ber": ber, "market": market, "camp": camp, "raid": raid}


def _data(ctx: StoreContext, case: uuid.UUID) -> CaseData:
    pages = RecordPages(ctx)
    return {
        "case": record_dict(RecordService(ctx).get(Kind.CASE, case)),
        "figures": pages.figures(case),
        "open_conflicts": 0,
        "pages": pages,
    }


@pytest.fixture
def page(qtbot, demo_ctx: StoreContext, mapped: dict[str, Any]) -> MapPage:
    made = MapPage(VocabularyService(demo_ctx).labels("violation_type"))
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    made.show_case(_data(demo_ctx, mapped["case"]))
    qtbot.waitUntil(lambda: made.ready and not made.busy(), timeout=15_000)
    return made


def _places_shown(page: MapPage) -> set[str]:
    assert page.prepared is not None
    return {page.prepared.case_map.places[i].name for i in page.shown_places}


def _marker(page: MapPage, name: str) -> Any:
    assert page.prepared is not None
    [index] = [i for i, p in enumerate(page.prepared.case_map.places) if p.name == name]
    return page.markers[index]


def test_the_map_shows_each_place_as_precisely_as_it_is_known(page: MapPage) -> None:
    drawn = [m for m in page.markers if m is not None]
    assert len(drawn) == 2  # Gao (exact) and outside Kidal (near); Annefif and Ber only as their regions
    assert _marker(page, "Gao").rect().width() < _marker(page, "Outside Kidal").rect().width()
    book = atlas()
    timbuktu, gao = book.region_named("ML", "Timbuktu"), book.region_named("ML", "Gao")
    assert timbuktu is not None and gao is not None
    assert set(page.highlights) == {timbuktu.code, gao.code}
    assert all(item.isVisible() for item in page.highlights.values())
    assert page.place_model.rowCount() == 4
    # Mali's regions are drawn and named.
    names = {item.text() for item, _rect, _box in page.labels}
    assert {"Mali", gao.name, timbuktu.name} <= names


def test_filters_by_date_and_violation_hide_places(page: MapPage, qtbot) -> None:
    page.set_filters(dt.date(2024, 1, 1), None, None)
    assert _places_shown(page) == {"Outside Kidal", "Ber"}
    assert not _marker(page, "Gao").isVisible()
    page.set_filters(None, None, "pillage")
    assert _places_shown(page) == {"Gao"}
    assert not _marker(page, "Outside Kidal").isVisible()
    assert not any(item.isVisible() for item in page.highlights.values())
    # Typed in the page's own filters: applied once the typing pauses.
    page.set_filters(None, None, "")
    page.date_to.setDate(page.date_to.date().fromString("2023-12-31", "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: _places_shown(page) == {"Gao"}, timeout=2_000)


def test_set_period_filters_and_none_shows_all(page: MapPage) -> None:
    page.set_period(dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    assert _places_shown(page) == {"Outside Kidal"}
    page.set_period(None, None)
    assert _places_shown(page) == {"Gao", "Outside Kidal", "Ber", "Annefif"}


def test_the_map_is_worked_by_keys(page: MapPage, qtbot) -> None:
    page.view.setFocus()
    scale = page.view.scale_now()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.scale_now() > scale
    qtbot.keyClick(page.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.view.scale_now() == pytest.approx(scale)
    # Enter: to the places (the first chosen, its incidents listed); Enter again from the map: to its incidents.
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.place_list.hasFocus() and page.chosen == [page.shown_places[0]]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.incident_list.hasFocus() and page.incident_list.currentRow() == 0
    asked: list[tuple[str, str]] = []
    page.record_requested.connect(lambda kind, rid: asked.append((kind, rid)))
    qtbot.keyClick(page.incident_list, Qt.Key.Key_Return)
    assert asked and asked[0][0] == Kind.INCIDENT


def _at(page: MapPage, item: Any) -> QPoint:
    return page.view.mapFromScene(item.scenePos())


def test_clicking_a_place_lists_its_incidents_and_a_double_click_opens_one(page: MapPage, qtbot) -> None:
    marker = _marker(page, "Outside Kidal")
    page.view.centerOn(marker)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_at(page, marker))
    assert page.incident_list.count() == 1
    assert page.incident_list.item(0).text().endswith("Detentions at the camp")
    asked: list[tuple[str, str]] = []
    page.record_requested.connect(lambda kind, rid: asked.append((kind, rid)))
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_at(page, marker))
    assert asked and asked[0][0] == Kind.INCIDENT
    assert page.prepared is not None
    [camp] = [i for i in page.prepared.case_map.incidents if i.title == "Detentions at the camp"]
    assert asked[0][1] == camp.id


def test_a_photo_with_gps_is_drawn_apart_from_its_incident_s_place(page: MapPage) -> None:
    [(line, photo, incident)] = page.lines
    assert isinstance(line, QGraphicsLineItem) and line.isVisible()
    assert page.prepared is not None
    assert page.prepared.case_map.incidents[incident].title == "Shelling of the market"
    ends = {(round(p.x(), 3), round(p.y(), 3)) for p in (line.line().p1(), line.line().p2())}
    assert (round(_marker(page, "Gao").pos().x(), 3), round(_marker(page, "Gao").pos().y(), 3)) in ends
    tip = page._tip(line.data(ROLE))
    km = distance_km(*PHOTO_AT, *GAO)
    assert 70 < km < 90
    assert "IMG_0042.jpg" in tip and f"{km:.1f}" in tip and "Gao" in tip
    assert page.photo_items[photo].isVisible()
    page._picked(page.photo_items[photo].data(ROLE))  # clicked: the incident it bears on is listed
    assert [page.incident_list.item(i).text() for i in range(page.incident_list.count())] == [
        "10 March 2023: Shelling of the market"
    ]
    page.set_filters(dt.date(2024, 1, 1), None, None)  # its incident filtered out: the photo with it
    assert not line.isVisible() and not page.photo_items[photo].isVisible()


def test_the_workspace_opens_the_incident_asked_for_from_the_map(qtbot, demo_ctx: StoreContext, mapped) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._workspace is not None and window.workspace.data is not None, timeout=15_000)
    workspace = window.workspace
    titles = [workspace.nav.item(r).text() for r in range(workspace.nav.count())]
    # Beside the timeline it works with, after the ten pages that have an Alt+digit key (they keep theirs).
    assert titles.index("Map") == titles.index("Chronology") - 1 == 10
    map_page = workspace.go_to(MapPage)
    qtbot.waitUntil(lambda: map_page.ready and not map_page.busy(), timeout=15_000)
    # The period chosen on the timeline filters the map too.
    workspace.period.set(Period(dt.date(2024, 6, 1), dt.date(2024, 6, 30)))
    assert _places_shown(map_page) == {"Outside Kidal"}
    workspace.period.clear()
    assert len(_places_shown(map_page)) == 4
    map_page.record_requested.emit(Kind.INCIDENT, str(mapped["raid"]))
    assert isinstance(workspace.current_page(), IncidentsPage)
    assert workspace.current_page().incidents.selected()["id"] == str(mapped["raid"])


def test_a_country_is_named_in_the_interface_s_language(monkeypatch) -> None:
    """Countries are named as the forms name them (Mali, مالي); a region as the dataset writes it."""
    from PySide6.QtGui import QColor, QFont

    from hrdoc.gui import i18n
    from hrdoc.gui.workspace.map_view import Drawn, label_item

    book = atlas()
    mali, gao = book.country("ML"), book.region_named("ML", "Gao")
    assert mali is not None and gao is not None

    def named(area: Any) -> str:
        drawn = Drawn(area, QPainterPath(), QPointF(0, 0), QRectF())
        return label_item(drawn, QColor("black"), QFont()).text()

    monkeypatch.setattr(i18n, "running", "ar")
    assert named(mali) == "مالي" and named(gao) == gao.name
    monkeypatch.setattr(i18n, "running", "fr")
    assert named(mali) == "Mali"


def test_the_violation_filter_shows_all_violations_whole_in_french(qtbot, monkeypatch) -> None:
    """The filter's first choice is read whole in every language ("Toutes les violations" was cut)."""
    from hrdoc.gui import i18n

    monkeypatch.setattr(i18n, "tr", lambda text, *args: "Toutes les violations" if text == "All violations" else text)
    import hrdoc.gui.workspace.map_page as map_page_module

    monkeypatch.setattr(map_page_module, "tr", i18n.tr)
    page = map_page_module.MapPage({"killing": "Killing"})
    qtbot.addWidget(page)
    box = page.violation
    text = box.itemText(0)
    assert text == "Toutes les violations"
    box.resize(box.sizeHint())  # as narrow as the layout may make it
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    assert field.width() >= box.fontMetrics().horizontalAdvance(text)


def test_a_place_hidden_by_a_period_is_not_replaced_by_another_when_the_list_gets_the_keyboard(page: MapPage) -> None:
    """A place is chosen by the user (a click, the arrow keys), never by Qt making the first row current when the
    list of places gets the keyboard back after a period hid the place chosen."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFocusEvent

    rows = [page.prepared.case_map.places[i].name for i in page.shown_places]  # type: ignore[union-attr]
    page.place_list.setCurrentIndex(page.place_model.index(rows.index("Gao"), 0))
    assert page.incident_list.count() == 1  # the shelling of the market
    page.set_period(dt.date(2024, 6, 1), dt.date(2024, 6, 30))  # Gao's incident is outside it
    assert page.chosen == [] and page.incident_list.count() == 0
    QCoreApplication.sendEvent(page.place_list, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert page.chosen == [] and page.incident_list.count() == 0
    assert page.selection_ring is None or not page.selection_ring.isVisible()
