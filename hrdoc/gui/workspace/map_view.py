"""What the map page draws and how (issue 17, point 3): the projection of the atlas's outlines to the scene, what
a case's map is made of (:func:`prepare`, run off the GUI thread), the markers, and the view that zooms, pans and
picks. Items ignore the view's scale where they are marks (a dot is as wide at any zoom) and draw with cosmetic
pens, so that zooming and panning are Qt's own work, with no Python per paint (:mod:`.map_page` says more).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from hrdoc.domain import countries
from hrdoc.domain.enums import GeoPrecision
from hrdoc.gui import colours
from hrdoc.gui.accessibility import name
from hrdoc.gui.i18n import tr
from hrdoc.gui.vocab_language import interface_language
from hrdoc.services.atlas import Area, atlas
from hrdoc.services.map_data import CaseMap

SCALE = 100.0  # scene units per degree of latitude
STEP_MS = 20  # the longest the GUI thread adds items in one turn of the event loop
ZOOM_STEP = 1.25
MAX_ZOOM = 400.0  # times the scale at which the case's countries fill the view
MIN_ZOOM = 0.5
NEIGHBOUR_MARGIN = 0.6  # countries within this share of the case's extent around it are drawn faintly

NAME_Z, COUNTRY_NAME_Z = 12.0, 13.0  # names are drawn above everything else

ROLE = 0  # an item's data: what it stands for, ("place", i), ("region", code), ("photo", i), ("line", i, j)

MAP = colours.MAP
SEA, LAND, NEIGHBOUR_LAND = MAP["sea"], MAP["land"], MAP["neighbour_land"]
NEIGHBOUR_EDGE, COUNTRY_EDGE, REGION_EDGE = MAP["neighbour_edge"], MAP["country_edge"], MAP["region_edge"]
REGION_NAME, NEIGHBOUR_NAME = MAP["region_name"], MAP["neighbour_name"]
MARKER, PHOTO, HALO, SELECTED = MAP["marker"], MAP["photo"], MAP["halo"], MAP["selected"]


def _faded(colour: QColor, alpha: int) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded


REGION_FILL = _faded(MARKER, 60)  # a region a place is known only to
NAME_GROUND = _faded(HALO, 170)  # under a name
NEAR_FILL = _faded(MARKER, 45)  # the circle of a position near a place: many overlapping read as denser

EXACT_PX = 7.0  # a place's exact position: a dot this wide
NEAR_PX = 16.0  # a position near a place: a circle this wide
PHOTO_PX = 9.0


def _pen(colour: QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen as wide on screen at any zoom."""
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)
    return pen


@dataclass(frozen=True)
class Projection:
    """Longitude and latitude to scene units: equirectangular, its scale along the parallels true at ``latitude``
    (the middle of the case's countries). North is up."""

    latitude: float

    def point(self, lon: float, lat: float) -> QPointF:
        return QPointF(lon * SCALE * math.cos(math.radians(self.latitude)), -lat * SCALE)

    def rect(self, bbox: tuple[float, float, float, float]) -> QRectF:
        min_lon, min_lat, max_lon, max_lat = bbox
        return QRectF(self.point(min_lon, max_lat), self.point(max_lon, min_lat))

    def path(self, area: Area) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for polygon in area.polygons:
            for ring in polygon:
                path.addPolygon(QPolygonF([self.point(lon, lat) for lon, lat in ring]))
                path.closeSubpath()
        return path


@dataclass
class Drawn:
    """An area of the atlas as the scene draws it."""

    area: Area
    path: QPainterPath
    label_at: QPointF
    rect: QRectF


@dataclass
class Prepared:
    """What the map of a case is made of, read and projected off the GUI thread."""

    case_map: CaseMap
    projection: Projection
    countries: list[Drawn] = field(default_factory=list)  # the case's
    neighbours: list[Drawn] = field(default_factory=list)
    regions: dict[str, Drawn] = field(default_factory=dict)  # the case's countries' regions, by code
    where: list[QPointF | None] = field(default_factory=list)  # each place's position, if it has one
    region_of: list[str | None] = field(default_factory=list)  # each place's region drawn, if known only to it
    extent: QRectF = field(default_factory=QRectF)  # the case's countries (else its places)


def _country_codes(case_map: CaseMap) -> list[str]:
    """The case's countries: each place's country as entered, else the country its position is in."""
    book = atlas()
    codes: dict[str, None] = {}
    for place in case_map.places:
        if place.country and book.country(place.country) is not None:
            codes[place.country] = None
        elif place.latitude is not None and place.longitude is not None:
            found = book.country_at(place.longitude, place.latitude)
            if found is not None:
                codes[found.country] = None
    return list(codes)


def _union(rects: Sequence[QRectF]) -> QRectF:
    out = QRectF()
    for rect in rects:
        out = rect if out.isNull() else out.united(rect)
    return out


def prepare(case_map: CaseMap) -> Prepared:
    """Which countries and regions to draw, projected, and where each place goes (no widget is touched: this runs
    off the GUI thread)."""
    book = atlas()
    codes = _country_codes(case_map)
    countries = [c for c in (book.country(code) for code in codes) if c is not None]
    positions = [
        (p.latitude, p.longitude) for p in case_map.places if p.latitude is not None and p.longitude is not None
    ]
    lats = [b for c in countries for b in (c.bbox[1], c.bbox[3])] + [lat for lat, _ in positions]
    projection = Projection((min(lats) + max(lats)) / 2 if lats else 0.0)

    def drawn(area: Area) -> Drawn:
        return Drawn(area, projection.path(area), projection.point(*area.label_at), projection.rect(area.bbox))

    out = Prepared(case_map, projection, countries=[drawn(c) for c in countries])
    for country in countries:
        for its_region in book.regions_of(country.country):
            out.regions[its_region.code] = drawn(its_region)
    extent = _union([d.rect for d in out.countries])
    for place in case_map.places:
        point = None
        if place.latitude is not None and place.longitude is not None and place.precision != GeoPrecision.REGION:
            point = projection.point(place.longitude, place.latitude)
        region: str | None = None
        if point is None:
            known = book.region_named(place.country, place.admin1) if place.country and place.admin1 else None
            if known is None and place.latitude is not None and place.longitude is not None:
                known = book.region_at(place.longitude, place.latitude)
            if known is not None:
                region = known.code
                if region not in out.regions:
                    out.regions[region] = drawn(known)
        out.where.append(point)
        out.region_of.append(region)
        if point is not None and not extent.contains(point):
            extent = extent.united(QRectF(point, point)) if not extent.isNull() else QRectF(point, point)
    out.extent = extent
    if not extent.isNull():
        margin = max(extent.width(), extent.height()) * NEIGHBOUR_MARGIN
        around = extent.adjusted(-margin, -margin, margin, margin)
        drawn_codes = {c.country for c in countries}
        for country in book.countries:
            if country.country not in drawn_codes and projection.rect(country.bbox).intersects(around):
                out.neighbours.append(drawn(country))
    return out


def _marker(precision: str) -> QGraphicsEllipseItem:
    size = EXACT_PX if precision == GeoPrecision.EXACT else NEAR_PX
    item = QGraphicsEllipseItem(-size / 2, -size / 2, size, size)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    if precision == GeoPrecision.EXACT:
        item.setBrush(QBrush(MARKER))
        item.setPen(_pen(HALO, 1.0))
    else:
        item.setBrush(QBrush(NEAR_FILL))
        item.setPen(_pen(MARKER, 1.0))  # a 1-pixel line is drawn the fastest: thousands of them
    return item


def label_item(
    drawn: Drawn, colour: QColor, font: QFont, *, italic: bool = False, bold: bool = False
) -> QGraphicsSimpleTextItem:
    """The name of an area, centred where it is best written, as large at any zoom: a country's in the interface's
    language (as every form names it), a region's as the dataset writes it."""
    area = drawn.area
    known = countries.by_alpha2(area.code) if area.level == 0 else None
    item = QGraphicsSimpleTextItem(known.name_in(interface_language()) if known is not None else area.name)
    font = QFont(font)
    font.setItalic(italic)
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * (1.05 if bold else 0.9))
    item.setFont(font)
    item.setBrush(QBrush(colour))
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    box = item.boundingRect()
    item.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() / 2))
    # A pale ground under the name, so that it reads over markers and highlighted regions too.
    ground = QGraphicsRectItem(box.adjusted(-2, 0, 2, 0), item)
    ground.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
    ground.setPen(QPen(Qt.PenStyle.NoPen))
    ground.setBrush(QBrush(NAME_GROUND))
    item.setPos(drawn.label_at)
    item.setZValue(COUNTRY_NAME_Z if bold else NAME_Z)  # above the markers: a crowded region still says its name
    return item


def photo_item(at: QPointF) -> QGraphicsRectItem:
    """Where a photo was taken: a small square."""
    square = QGraphicsRectItem(-PHOTO_PX / 2, -PHOTO_PX / 2, PHOTO_PX, PHOTO_PX)
    square.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    square.setBrush(QBrush(PHOTO))
    square.setPen(_pen(HALO, 1.0))
    square.setPos(at)
    square.setZValue(10)
    return square


def ring_item() -> QGraphicsEllipseItem:
    """The ring around the place chosen (hidden until one is)."""
    ring = QGraphicsEllipseItem(-NEAR_PX, -NEAR_PX, 2 * NEAR_PX, 2 * NEAR_PX)
    ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    ring.setPen(_pen(SELECTED, 3.0))
    ring.setZValue(11)
    ring.hide()
    return ring


class MapView(QGraphicsView):
    """The map: zoomed by the wheel, +/- and Ctrl+0 (the whole case), panned by dragging and the arrow keys; a
    click picks what is under the pointer, a double-click opens it."""

    picked = Signal(object)  # the item clicked (its data: ROLE), or None
    opened = Signal(object)  # the item double-clicked
    zoomed = Signal()
    entered = Signal()  # Enter: to the chosen place's incidents

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a map is not mirrored
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QBrush(SEA))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.extent = QRectF()
        self.tip: Callable[[Any], str] = lambda _what: ""
        self._pressed_at: QPoint | None = None
        self.moved = False  # zoomed or panned by the user: a resize keeps the view where it is

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.moved:
            self.fit()

    # -- zoom and pan ---------------------------------------------------------------------------------

    def fit(self) -> None:
        """The case's countries in view, whole."""
        self.moved = False
        if not self.extent.isNull():
            margin = max(self.extent.width(), self.extent.height()) * 0.04
            self.fitInView(self.extent.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)
            self.zoomed.emit()

    def scale_now(self) -> float:
        return self.transform().m11()

    def _fit_scale(self) -> float:
        if self.extent.isNull() or self.extent.width() <= 0 or self.extent.height() <= 0:
            return 1.0
        view = self.viewport().rect()
        return min(view.width() / self.extent.width(), view.height() / self.extent.height())

    def zoom(self, factor: float, *, at_pointer: bool = False) -> None:
        fit = self._fit_scale()
        wanted = min(max(self.scale_now() * factor, fit * MIN_ZOOM), fit * MAX_ZOOM)
        factor = wanted / self.scale_now()
        if abs(factor - 1) < 1e-6:
            return
        self.moved = True
        self.setTransformationAnchor(
            QGraphicsView.ViewportAnchor.AnchorUnderMouse
            if at_pointer
            else QGraphicsView.ViewportAnchor.AnchorViewCenter
        )
        self.scale(factor, factor)
        self.zoomed.emit()

    def pan(self, dx: float, dy: float) -> None:
        """Move the view by a share of its width and height."""
        view = self.viewport().rect()
        self.moved = True
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(dx * view.width()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(dy * view.height()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps, at_pointer=True)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-0.125, 0.0),
            Qt.Key.Key_Right: (0.125, 0.0),
            Qt.Key.Key_Up: (0.0, -0.125),
            Qt.Key.Key_Down: (0.0, 0.125),
        }
        if key in moves:
            self.pan(*moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
        else:
            super().keyPressEvent(event)

    # -- picking --------------------------------------------------------------------------------------

    def what_at(self, pos: QPoint) -> Any:
        """What is drawn under ``pos`` (viewport pixels, a few pixels around it): a place, a photo, a line, a
        region highlighted, in that order; None if nothing."""
        found = [item.data(ROLE) for item in self.items(QRect(pos.x() - 3, pos.y() - 3, 7, 7))]
        found = [f for f in found if f]
        for kind in ("photo", "place", "line", "region"):
            for what in found:
                if what[0] == kind:
                    return what
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()
        self.moved = True  # perhaps dragged
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._pressed_at = self._pressed_at, None
        pos = event.position().toPoint()
        if start is not None and (pos - start).manhattanLength() < 5 and event.button() == Qt.MouseButton.LeftButton:
            self.picked.emit(self.what_at(pos))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        what = self.what_at(event.position().toPoint())
        if what is not None:
            self.opened.emit(what)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            what = self.what_at(pos)
            text = self.tip(what) if what is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def _date_edit(label: str) -> QDateEdit:
    """A day of the filter, "any" at its lowest value (no limit)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setSpecialValueText(tr("any"))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(edit.minimumDate())
    name(edit, label)
    return edit


def _day(edit: QDateEdit) -> dt.date | None:
    day = edit.date()
    return None if day == edit.minimumDate() else dt.date(day.year(), day.month(), day.day())


def _set_day(edit: QDateEdit, day: dt.date | None) -> None:
    edit.setDate(edit.minimumDate() if day is None else QDate(day.year, day.month, day.day))
