"""The map of the open case (issue 17, point 3): its places on its countries and their first-level regions, drawn
from the atlas shipped with the app (:mod:`hrdoc.services.atlas`, no network), with the photos whose GPS position
says where they were taken beside the place of the incident they bear on.

A place is drawn as precisely as it is known: an exact position as a small dot, a position near a place as a larger
circle, a place known only to its region (or without a position) as its region's outline highlighted. The case's
countries are drawn with their regions outlined and named, the countries around them faintly. Filters by date and
by violation hide the places none of whose incidents match; :meth:`MapPage.set_period` filters from elsewhere (the
timeline). Clicking a place lists its incidents below the map; double-clicking it, or Enter on an incident, goes to
the incident.

The map of a case of 5,000 places opens without holding the GUI thread: the case is read and the outlines projected
off the GUI thread (:func:`~hrdoc.services.map_data.read_case_map`, a few whole-table selects), then the items are
added to the scene a few hundred at a time from the event loop. Items are made once per case; their pens are
cosmetic and markers ignore the view's scale, so zooming and panning are Qt's own work: nothing in Python runs per
paint, and what runs per zoom step (the labels shown) grows with the regions, not the places. The map is drawn
left to right whatever the interface's direction (north is up, east is right).
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeySequence,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.enums import GeoPrecision
from hrdoc.domain.registry import Kind
from hrdoc.gui import colours
from hrdoc.gui.accessibility import name
from hrdoc.gui.background import run_in_background
from hrdoc.gui.errors_text import error_text
from hrdoc.gui.i18n import number_text, tr
from hrdoc.gui.workspace.map_view import (
    COUNTRY_EDGE,
    COUNTRY_NAME_Z,
    LAND,
    MARKER,
    NEIGHBOUR_EDGE,
    NEIGHBOUR_LAND,
    NEIGHBOUR_NAME,
    PHOTO,
    REGION_EDGE,
    REGION_FILL,
    REGION_NAME,
    ROLE,
    SCALE,
    STEP_MS,
    ZOOM_STEP,
    Drawn,
    MapView,
    Prepared,
    _date_edit,
    _day,
    _marker,
    _pen,
    _set_day,
    _union,
    label_item,
    photo_item,
    prepare,
    ring_item,
)
from hrdoc.gui.workspace.map_words import distance_line, incident_line, place_lines, place_tip, region_tip
from hrdoc.gui.workspace.page import CaseData, Page
from hrdoc.services.atlas import ATTRIBUTION
from hrdoc.services.map_data import MapPhoto, MapPlace, read_case_map


class MapPage(Page):
    """The case on a map (see the module's docstring)."""

    record_requested = Signal(str, str)  # kind, record id: go to the record (the workspace's show_record)
    built = Signal()  # the case's map is drawn whole

    def __init__(self, violations: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = tr("Map")
        self.violations = violations
        self.scene = QGraphicsScene(self)
        self.view = MapView(self.scene)
        name(self.view, tr("Map of the case's places"))
        self.view.tip = self._tip
        self.view.picked.connect(self._picked)
        self.view.opened.connect(self._opened)
        self.view.zoomed.connect(self._show_labels)
        self.view.entered.connect(self._enter)
        self.date_from = _date_edit(tr("Incidents from"))
        self.date_to = _date_edit(tr("Incidents to"))
        self.violation = QComboBox()
        name(self.violation, tr("Violation alleged"))
        self.violation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        every_violation = tr("All violations")
        # Wide enough for "All violations" in any language ("Toutes les violations" was cut at 12 characters);
        # the longest violations' names are read whole in its list, which is as wide as they need.
        self.violation.setMinimumContentsLength(max(12, len(every_violation)))
        self.violation.addItem(every_violation, "")
        for code, label in sorted(violations.items(), key=lambda item: item[1].casefold()):
            self.violation.addItem(label, code)
        popup = self.violation.view()
        popup.setMinimumWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width())
        self.reset_button = QPushButton(tr("All incidents"))
        self.reset_button.setToolTip(tr("Show every incident: any date, any violation"))
        self.reset_button.clicked.connect(lambda: self.set_filters(None, None, ""))
        zoom_in, zoom_out = QToolButton(), QToolButton()  # map controls: a sign each, no letter
        zoom_in.setText("+")
        zoom_out.setText("−")
        fit = QPushButton(tr("Whole case"))
        name(zoom_in, tr("Zoom in"))
        name(zoom_out, tr("Zoom out"))
        zoom_in.setToolTip(tr("Zoom in (+, or the mouse wheel)"))
        zoom_out.setToolTip(tr("Zoom out (−)"))
        fit.setToolTip(tr("Show the whole case (Ctrl+0)"))
        zoom_in.clicked.connect(lambda: self.view.zoom(ZOOM_STEP))
        zoom_out.clicked.connect(lambda: self.view.zoom(1 / ZOOM_STEP))
        fit.clicked.connect(self.view.fit)
        for button in (zoom_in, zoom_out):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") * 4 + 12)
        shortcut = QShortcut(QKeySequence("Ctrl+0"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.view.fit)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _day: self._filter())
        self.violation.currentIndexChanged.connect(lambda _i: self._filter())
        # The filters on two rows, the zoom below the map: the page is as narrow as the workspace's other pages
        # (its list beside the detail pane on a 1280-pixel screen).
        dates, kinds = QHBoxLayout(), QHBoxLayout()
        fields: tuple[tuple[QHBoxLayout, str, QWidget], ...] = (
            (dates, tr("From:"), self.date_from),
            (dates, tr("To:"), self.date_to),
            (kinds, tr("Violation:"), self.violation),
        )
        for row, text, field_widget in fields:
            buddy = QLabel(text)
            buddy.setBuddy(field_widget)
            row.addWidget(buddy)
            row.addWidget(field_widget)
        dates.addStretch(1)
        kinds.addWidget(self.reset_button)
        kinds.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("mapStatus")
        self.attribution = QLabel(tr(ATTRIBUTION))
        self.attribution.setObjectName("mapAttribution")
        colours.style(self.attribution, colours.SECONDARY_STYLE)
        self.attribution.setWordWrap(True)
        self.status.setWordWrap(True)
        # Below the map: the places shown (Enter or a click centres the map on one), the chosen place's incidents.
        self.place_model = QStringListModel(self)
        self.place_list = QListView()
        self.place_list.setModel(self.place_model)
        self.place_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.place_list.setUniformItemSizes(True)
        name(self.place_list, tr("Places on the map"))
        # A place is chosen when it is selected (a click, the arrow keys), not when it merely becomes current: Qt
        # makes the first row current when the list gets the keyboard back, after a period hid the place chosen.
        self.place_list.selectionModel().selectionChanged.connect(lambda *_: self._place_selected())
        self.incident_list = QListWidget()
        name(self.incident_list, tr("Incidents at the chosen place"))
        self.incident_list.itemActivated.connect(self._incident_activated)
        lists = QSplitter(Qt.Orientation.Horizontal)
        parts: tuple[tuple[str, QWidget], ...] = (
            (tr("Places"), self.place_list),
            (tr("Incidents"), self.incident_list),
        )
        for title, widget in parts:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(title)
            heading.setBuddy(widget)
            box_layout.addWidget(heading)
            box_layout.addWidget(widget, 1)
            lists.addWidget(box)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mapSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(lists)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 140])
        words = QVBoxLayout()
        words.addWidget(self.status)
        words.addWidget(self.attribution)
        foot = QHBoxLayout()
        foot.addLayout(words, 1)
        controls: tuple[QWidget, ...] = (zoom_out, zoom_in, fit)
        for control in controls:
            foot.addWidget(control, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(dates)
        layout.addLayout(kinds)
        # The places and their incidents below the map, the zoom's buttons and the counts under them.
        layout.addWidget(self.splitter, 1)
        layout.addLayout(foot)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.violation)
        self.setTabOrder(self.violation, self.reset_button)
        self.setTabOrder(self.reset_button, self.view)
        self.setTabOrder(self.view, self.place_list)
        self.setTabOrder(self.place_list, self.incident_list)
        self.setTabOrder(self.incident_list, zoom_out)
        self.setTabOrder(zoom_out, zoom_in)
        self.setTabOrder(zoom_in, fit)
        self._generation = 0
        self._steps: list[Callable[[], bool]] = []
        self._stepper = QTimer(self)
        self._stepper.setSingleShot(True)
        self._stepper.timeout.connect(self._step)
        self._filtering = QTimer(self)  # dates typed a digit at a time: filtered once the typing pauses
        self._filtering.setSingleShot(True)
        self._filtering.setInterval(120)
        self._filtering.timeout.connect(self._apply_filters)
        self._clear_state()

    def _clear_state(self) -> None:
        self.prepared: Prepared | None = None
        self.markers: list[QGraphicsEllipseItem | None] = []  # by place
        self.highlights: dict[str, QGraphicsPathItem] = {}  # regions of places known only to their region
        self.region_places: dict[str, list[int]] = {}
        self.photo_items: list[QGraphicsRectItem] = []
        self.lines: list[tuple[QGraphicsLineItem, int, int]] = []  # (line, photo, incident)
        # A name, what it names (scene), and the name's size on screen.
        self.labels: list[tuple[QGraphicsSimpleTextItem, QRectF, QRectF]] = []
        self.marker_layer: QGraphicsRectItem | None = None  # the markers, shown once all are added
        self.incidents_at: dict[str, list[int]] = {}  # place id -> its incidents
        self.incident_index: dict[str, int] = {}
        self.place_index: dict[str, int] = {}
        self.passing: list[bool] = []  # each incident: within the filters
        self.shown_places: list[int] = []  # in the place list's order
        self.chosen: list[int] = []  # the places whose incidents are listed
        self.ready = False
        self._loading = False
        self.selection_ring: QGraphicsEllipseItem | None = None

    # -- the page -------------------------------------------------------------------------------------

    def show_case(self, data: CaseData) -> None:
        self.clear()
        generation = self._generation
        ctx = data["pages"].ctx
        case_id = uuid.UUID(str(data["case"]["id"]))
        self.status.setText(tr("Drawing the map…"))
        self._loading = True

        def work(_progress: object) -> tuple[int, Prepared]:
            return generation, prepare(read_case_map(ctx, case_id))

        run_in_background(self, "", work, self._prepared, self._failed, quiet=True)

    def clear(self) -> None:
        self._generation += 1
        self._stepper.stop()
        self._steps = []
        self.scene.clear()
        self._clear_state()
        self.place_model.setStringList([])
        self.incident_list.clear()
        self.status.clear()

    def busy(self) -> bool:
        """Whether the map is still being read or drawn."""
        return self._loading

    def set_period(self, start: dt.date | None, end: dt.date | None) -> None:
        """Show only the places of incidents within the period (either end open; both None: every incident), as
        the timeline chooses it."""
        self.set_filters(start, end, None)

    def set_filters(self, start: dt.date | None, end: dt.date | None, violation: str | None) -> None:
        """The filters at once (``violation`` None: as it is; "": any)."""
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            _set_day(edit, day)
            edit.blockSignals(False)
        if violation is not None:
            self.violation.blockSignals(True)
            self.violation.setCurrentIndex(max(self.violation.findData(violation), 0))
            self.violation.blockSignals(False)
        self._apply_filters()

    def focus_target(self) -> QWidget | None:
        return self.view

    # -- building, in steps ---------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.status.setText(tr("The map cannot be drawn: {error}").format(error=error_text(error)))

    def _prepared(self, result: tuple[int, Prepared]) -> None:
        generation, prepared = result
        if generation != self._generation:
            return
        self.prepared = prepared
        case_map = prepared.case_map
        self.place_index = {p.id: i for i, p in enumerate(case_map.places)}
        self.incident_index = {inc.id: i for i, inc in enumerate(case_map.incidents)}
        for i, incident in enumerate(case_map.incidents):
            if incident.location_id is not None:
                self.incidents_at.setdefault(incident.location_id, []).append(i)
        self.markers = [None] * len(case_map.places)
        self.view.extent = prepared.extent
        self.scene.setSceneRect(
            _union([prepared.extent, *(d.rect for d in prepared.neighbours)]).adjusted(-SCALE, -SCALE, SCALE, SCALE)
        )
        self._steps = [self._draw_areas, self._draw_highlights, self._draw_markers(), self._draw_photos, self._done]
        self._stepper.start(0)

    def _step(self) -> None:
        """One step of drawing per turn of the event loop (the markers' step adds them for STEP_MS at most)."""
        if self._steps and self._steps[0]():
            self._steps.pop(0)
        if self._steps:
            self._stepper.start(0)

    def _draw_areas(self) -> bool:
        prepared = self.prepared
        assert prepared is not None
        for drawn in prepared.neighbours:
            item = self.scene.addPath(drawn.path, _pen(NEIGHBOUR_EDGE, 0.8), QBrush(NEIGHBOUR_LAND))
            item.setZValue(0)
            self._label(drawn, NEIGHBOUR_NAME, italic=True)
        for drawn in prepared.countries:
            self.scene.addPath(drawn.path, QPen(Qt.PenStyle.NoPen), QBrush(LAND)).setZValue(1)
        countries = {d.area.country for d in prepared.countries}
        for drawn in prepared.regions.values():
            if drawn.area.country in countries:
                self.scene.addPath(drawn.path, _pen(REGION_EDGE, 0.8)).setZValue(2)
                self._label(drawn, REGION_NAME)
        for drawn in prepared.countries:
            self.scene.addPath(drawn.path, _pen(COUNTRY_EDGE, 1.6)).setZValue(3)
            self._label(drawn, COUNTRY_EDGE, bold=True)
        self.view.fit()
        return True

    def _label(self, drawn: Drawn, colour: QColor, *, italic: bool = False, bold: bool = False) -> None:
        item = label_item(drawn, colour, self.font(), italic=italic, bold=bold)
        self.scene.addItem(item)
        self.labels.append((item, drawn.rect, item.boundingRect()))

    def _draw_highlights(self) -> bool:
        prepared = self.prepared
        assert prepared is not None
        for i, region in enumerate(prepared.region_of):
            if region is not None:
                self.region_places.setdefault(region, []).append(i)
        for code in self.region_places:
            item = self.scene.addPath(prepared.regions[code].path, _pen(MARKER, 2.0), QBrush(REGION_FILL))
            item.setZValue(4)
            item.setData(ROLE, ("region", code))
            self.highlights[code] = item
        return True

    def _draw_markers(self) -> Callable[[], bool]:
        """A step adding the places' markers a few hundred at a time; True once all are added."""
        next_place = [0]

        def step() -> bool:
            prepared = self.prepared
            assert prepared is not None
            places = prepared.case_map.places
            began = time.perf_counter()
            layer = self.marker_layer
            if layer is None:  # hidden until every marker is in it: the view is not painted again for each step
                layer = self.marker_layer = QGraphicsRectItem()
                layer.setPen(QPen(Qt.PenStyle.NoPen))
                layer.setZValue(7)
                layer.hide()
                self.scene.addItem(layer)
            i = next_place[0]
            while i < len(places) and (time.perf_counter() - began) * 1000 < STEP_MS:
                for j in range(i, min(i + 100, len(places))):
                    point = prepared.where[j]
                    if point is not None:
                        item = _marker(places[j].precision)
                        item.setPos(point)
                        item.setZValue(1 if places[j].precision == GeoPrecision.EXACT else 0)
                        item.setData(ROLE, ("place", j))
                        item.setParentItem(layer)
                        self.markers[j] = item
                i = min(i + 100, len(places))
            next_place[0] = i
            return i >= len(places)

        return step

    def _photo_target(self, incident: int) -> QPointF | None:
        """Where an incident is drawn: its place's marker, else the middle of its place's region."""
        prepared = self.prepared
        assert prepared is not None
        place_id = prepared.case_map.incidents[incident].location_id
        place = self.place_index.get(place_id or "")
        if place is None:
            return None
        region = prepared.region_of[place]
        if prepared.where[place] is not None:
            return prepared.where[place]
        return prepared.regions[region].label_at if region is not None else None

    def _draw_photos(self) -> bool:
        prepared = self.prepared
        assert prepared is not None
        for p, photo in enumerate(prepared.case_map.photos):
            at = prepared.projection.point(photo.longitude, photo.latitude)
            for incident_id in photo.incidents:
                incident = self.incident_index.get(incident_id)
                target = None if incident is None else self._photo_target(incident)
                if incident is None or target is None:
                    continue
                line = self.scene.addLine(
                    at.x(), at.y(), target.x(), target.y(), _pen(PHOTO, 1.5, Qt.PenStyle.DashLine)
                )
                line.setZValue(9)
                line.setData(ROLE, ("line", p, incident))
                self.lines.append((line, p, incident))
            square = photo_item(at)
            square.setData(ROLE, ("photo", p))
            self.scene.addItem(square)
            self.photo_items.append(square)
        return True

    def _done(self) -> bool:
        self.ready = True
        ring = ring_item()
        self.scene.addItem(ring)
        self.selection_ring = ring
        # The labels in the order they claim room: the case's countries, then regions and neighbours, largest first.
        self.labels.sort(key=lambda label: (label[0].zValue() < COUNTRY_NAME_Z, -label[1].width() * label[1].height()))
        self._apply_filters()
        self._show_labels()
        self._steps.append(self._show_markers)  # in a turn of its own: the view is painted whole after it
        return True

    def _show_markers(self) -> bool:
        if self.marker_layer is not None:
            self.marker_layer.show()
        self._loading = False
        self.built.emit()
        return True

    # -- filters --------------------------------------------------------------------------------------

    def _filter(self) -> None:
        self._filtering.start()

    def filters(self) -> tuple[dt.date | None, dt.date | None, str]:
        return _day(self.date_from), _day(self.date_to), str(self.violation.currentData() or "")

    def _apply_filters(self) -> None:
        self._filtering.stop()
        prepared = self.prepared
        if prepared is None or not self.ready:
            return
        start, end, violation = self.filters()
        filtered = start is not None or end is not None or bool(violation)
        self.passing = [
            inc.within(start, end) and (not violation or violation in inc.violations)
            for inc in prepared.case_map.incidents
        ]
        places = prepared.case_map.places
        shown = [not filtered or any(self.passing[i] for i in self.incidents_at.get(place.id, ())) for place in places]
        for marker, visible in zip(self.markers, shown, strict=True):
            if marker is not None:
                marker.setVisible(visible)
        for code, members in self.region_places.items():
            self.highlights[code].setVisible(any(shown[i] for i in members))
        photo_shown = [
            not filtered
            or any(self.passing[self.incident_index[i]] for i in photo.incidents if i in self.incident_index)
            for photo in prepared.case_map.photos
        ]
        for item, visible in zip(self.photo_items, photo_shown, strict=True):
            item.setVisible(visible)
        for line, photo, incident in self.lines:
            line.setVisible(photo_shown[photo] and (not filtered or self.passing[incident]))
        self.shown_places = [i for i, visible in enumerate(shown) if visible]
        self.place_model.setStringList(place_lines([(places[i], self._count(places[i])) for i in self.shown_places]))
        drawn = sum(1 for i in self.shown_places if self.markers[i] is not None or prepared.region_of[i] is not None)
        unplaced = sum(1 for i in self.shown_places if self.markers[i] is None and prepared.region_of[i] is None)
        incidents = sum(self.passing)
        text = tr("Places shown: {places} of {total} · Incidents: {incidents}").format(
            places=number_text(drawn), total=number_text(len(places)), incidents=number_text(incidents)
        )
        if unplaced:
            text += " · " + tr("Without a position or a known region: {count}").format(count=number_text(unplaced))
        self.status.setText(text)
        self._choose([i for i in self.chosen if shown[i]])

    def _count(self, place: MapPlace) -> int:
        """The place's incidents within the filters."""
        return sum(1 for i in self.incidents_at.get(place.id, ()) if self.passing and self.passing[i])

    # -- labels: each shown once what it names is wide enough on screen for it -------------------------

    def _show_labels(self) -> None:
        """A label is shown where what it names is wide enough on screen for it and it overlaps no label shown
        before it: countries first, then the regions, the largest first (a few dozen labels, whatever the
        places)."""
        scale = self.view.scale_now()
        taken: list[QRectF] = []
        for item, rect, box in self.labels:
            room = rect.width() * scale >= box.width() * 1.15 and rect.height() * scale >= box.height() * 2
            centre = self.view.mapFromScene(item.pos())
            on_screen = QRectF(centre.x() - box.width() / 2, centre.y() - box.height() / 2, box.width(), box.height())
            shown = room and not any(on_screen.intersects(other) for other in taken)
            if shown:
                taken.append(on_screen.adjusted(-4, -2, 4, 2))
            item.setVisible(shown)

    # -- choosing and opening -------------------------------------------------------------------------

    def _picked(self, what: Any) -> None:
        if what is None:
            return
        if what[0] == "place":
            self._choose([what[1]])
        elif what[0] == "region":
            self._choose([i for i in self.region_places.get(what[1], []) if self._shown(i)])
        elif what[0] == "line":
            place = self._place_of_incident(what[2])
            self._choose([] if place is None else [place])
        elif what[0] == "photo" and self.prepared is not None:  # the places of the incidents it bears on
            found = (self.incident_index.get(i) for i in self.prepared.case_map.photos[what[1]].incidents)
            places = (self._place_of_incident(i) for i in found if i is not None)
            self._choose(list(dict.fromkeys(p for p in places if p is not None and self._shown(p))))

    def _shown(self, place: int) -> bool:
        return place in set(self.shown_places)

    def _place_of_incident(self, incident: int) -> int | None:
        assert self.prepared is not None
        return self.place_index.get(self.prepared.case_map.incidents[incident].location_id or "")

    def _enter(self) -> None:
        """Enter on the map: the keyboard to the chosen place's incidents (Enter there opens one), else to the
        list of places (choosing one centres the map on it)."""
        target = self.incident_list if self.incident_list.count() else self.place_list
        if target is self.incident_list:
            self.incident_list.setCurrentRow(0)
        elif self.place_model.rowCount() and not self.place_list.currentIndex().isValid():
            self.place_list.setCurrentIndex(self.place_model.index(0, 0))
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _opened(self, what: Any) -> None:
        self._picked(what)
        if self.incident_list.count():
            self._incident_activated(self.incident_list.item(0))

    def _place_selected(self) -> None:
        selected = self.place_list.selectionModel().selectedRows()
        if selected:
            self._place_chosen(selected[0].row())

    def _place_chosen(self, row: int) -> None:
        if 0 <= row < len(self.shown_places):
            place = self.shown_places[row]
            self._choose([place], from_list=True)
            marker = self.markers[place]
            if marker is not None:
                self.view.centerOn(marker)
            elif self.prepared is not None and self.prepared.region_of[place] is not None:
                self.view.centerOn(self.prepared.regions[str(self.prepared.region_of[place])].label_at)

    def _choose(self, places: list[int], *, from_list: bool = False) -> None:
        """List the incidents (within the filters) of ``places``; ring the first if it has a marker."""
        self.chosen = places
        self.incident_list.clear()
        prepared = self.prepared
        if prepared is None:
            return
        for place in places:
            for i in self.incidents_at.get(prepared.case_map.places[place].id, ()):
                if self.passing and self.passing[i]:
                    item = QListWidgetItem(incident_line(prepared.case_map.incidents[i]))
                    item.setData(Qt.ItemDataRole.UserRole, prepared.case_map.incidents[i].id)
                    self.incident_list.addItem(item)
        marker = self.markers[places[0]] if places else None
        if self.selection_ring is not None:
            self.selection_ring.setVisible(marker is not None)
            if marker is not None:
                self.selection_ring.setPos(marker.pos())
        if places and not from_list and places[0] in self.shown_places:
            row = self.shown_places.index(places[0])
            self.place_list.selectionModel().blockSignals(True)
            self.place_list.setCurrentIndex(self.place_model.index(row, 0))
            self.place_list.selectionModel().blockSignals(False)

    def _incident_activated(self, item: QListWidgetItem) -> None:
        self.record_requested.emit(Kind.INCIDENT.value, str(item.data(Qt.ItemDataRole.UserRole)))

    # -- tooltips -------------------------------------------------------------------------------------

    def _tip(self, what: Any) -> str:
        prepared = self.prepared
        if prepared is None:
            return ""
        case_map = prepared.case_map
        if what[0] == "place":
            place = case_map.places[what[1]]
            return place_tip(place, self._count(place))
        if what[0] == "region":
            members = [case_map.places[i] for i in self.region_places.get(what[1], []) if self._shown(i)]
            return region_tip(prepared.regions[what[1]].area.name, members)
        if what[0] == "photo":
            photo = case_map.photos[what[1]]
            found = (self.incident_index.get(i) for i in photo.incidents)
            return "\n".join(self._distance(photo, i) for i in found if i is not None).strip() or photo.name
        if what[0] == "line":
            return self._distance(case_map.photos[what[1]], what[2])
        return ""

    def _distance(self, photo: MapPhoto, incident: int) -> str:
        assert self.prepared is not None
        place = self._place_of_incident(incident)
        if place is None:
            return ""
        case_map = self.prepared.case_map
        return distance_line(photo, case_map.incidents[incident], case_map.places[place])
