"""The report's locator map: the case's country, its first-level regions outlined and named, its neighbours faint,
and the incidents' places as markers numbered as the incidents are in the text (I3), drawn with ReportLab graphics
from the shipped atlas (:mod:`hrdoc.services.atlas`), never from a screenshot of the app.

A place is drawn as the report's audience may see it: its position as the sharing policy rounds it for that
audience (:data:`hrdoc.services.sharing.POSITIONS`: the report's records hold it rounded already) and its precision
as the policy states it, so a public report's map never shows more than its tables would. A place with a position
is a dot (a ring around it when the position is only near the place); a place known only to its region, or with no
position but a region the atlas knows, shades its region. One map per report, whatever the number of incidents:
the plan (:func:`locator_plan`) holds a few numbers per place, and labels of markers that would overlap are merged.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import FILL_EVEN_ODD, Circle, Drawing, Path, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from hrdoc.domain import countries
from hrdoc.domain.enums import GeoPrecision
from hrdoc.domain.marks import N_
from hrdoc.services import sharing
from hrdoc.services.atlas import ATTRIBUTION, Area, Polygon, atlas
from hrdoc.services.locale_format import format_number
from hrdoc.services.reporting.blocks import ReportBlocks
from hrdoc.services.reporting.fonts import SANS, SANS_BOLD, text_width
from hrdoc.services.reporting.layout import ACCENT, FRAME_W, INK, MUTED, RULE

MAP_MAX_H = 125 * mm  # the map's greatest height: with its caption, it keeps to the upper two thirds of a page
MARGIN_DEGREES = 0.6  # around the country and the places, so that a marker at a border is seen whole
NEAR_COUNTRY = 5.0  # degrees: a place farther than this from the country's box is listed, not drawn
LABEL_SIZE = 7.5
MERGE = 9.0  # points: markers closer than this share one label
MAX_NUMBERS = 6  # numbers written in one label; "+N" for the rest

_LAND = colors.HexColor("#f6f3ec")
_NEIGHBOUR = colors.HexColor("#f4f5f7")
_REGION_LINE = colors.HexColor("#9aa5b1")
_SHADE = colors.HexColor("#c9d8e8")
_FAINT = colors.HexColor("#8a939e")


@dataclass(frozen=True, slots=True)
class Projection:
    """Longitude and latitude to points on the map: equirectangular, a degree of longitude shortened by the cosine of
    the middle latitude (over one country, straight enough and easy to check)."""

    bbox: tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat shown
    scale: float  # points per degree of latitude
    squeeze: float  # the cosine of the middle latitude
    x0: float  # where the box's west edge is drawn
    y0: float  # where its south edge is drawn

    @classmethod
    def fit(cls, bbox: tuple[float, float, float, float], width: float, max_height: float) -> Projection:
        min_lon, min_lat, max_lon, max_lat = bbox
        squeeze = math.cos(math.radians((min_lat + max_lat) / 2))
        wide, high = max((max_lon - min_lon) * squeeze, 1e-6), max(max_lat - min_lat, 1e-6)
        scale = min(width / wide, max_height / high)
        return cls(bbox, scale, squeeze, (width - wide * scale) / 2, 0.0)

    @property
    def width(self) -> float:
        return self.x0 * 2 + (self.bbox[2] - self.bbox[0]) * self.squeeze * self.scale

    @property
    def height(self) -> float:
        return (self.bbox[3] - self.bbox[1]) * self.scale

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (
            self.x0 + (lon - self.bbox[0]) * self.squeeze * self.scale,
            self.y0 + (lat - self.bbox[1]) * self.scale,
        )


@dataclass(frozen=True, slots=True)
class Marker:
    """Incidents at one position, as the audience may see it: their numbers, the position, and whether it is
    only near the place (a ring around the dot)."""

    numbers: tuple[int, ...]
    lon: float
    lat: float
    near: bool


@dataclass(frozen=True, slots=True)
class Shaded:
    """Incidents at places known only to a region: the region shaded, their numbers in it."""

    numbers: tuple[int, ...]
    region: Area


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A country beside the map's, with those of its polygons the map shows and their bounding box (a country's
    box may span the world: France's or the United States' overseas lands)."""

    area: Area
    polygons: tuple[Polygon, ...]
    bbox: tuple[float, float, float, float]


@dataclass(frozen=True)
class LocatorPlan:
    """What the locator map draws (see the module's docstring); :meth:`points` says where each marker goes."""

    country: Area
    shown: tuple[Polygon, ...]  # the country's polygons the map shows (France's mainland, not its overseas lands)
    regions: tuple[Area, ...]  # the country's regions within the map
    neighbours: tuple[Neighbour, ...]
    projection: Projection
    markers: tuple[Marker, ...]
    shaded: tuple[Shaded, ...]
    unplaced: tuple[int, ...]  # incidents with no place, or one the map cannot show (no position or region; afar)
    rounded_to: int | None  # the decimals of a degree positions are rounded to for the audience (None: as recorded)

    def points(self) -> list[tuple[tuple[int, ...], float, float]]:
        """Each marker's incident numbers and where its dot is drawn (points from the map's lower left corner)."""
        return [(m.numbers, *self.projection.xy(m.lon, m.lat)) for m in self.markers]


def locator_plan(blocks: ReportBlocks) -> LocatorPlan | None:
    """The locator map of the report's incidents, or None when none of them has a place the atlas can show (no
    place, or places in no country the atlas has)."""
    data = blocks.data
    places: dict[str, list[int]] = {}  # place id -> incident numbers, in the text's order
    unplaced: list[int] = []  # incidents with no place (for the audience), then those the map cannot show
    for inc in data.incidents:
        if inc.get("location_id") and inc["location_id"] in data.locations:
            places.setdefault(inc["location_id"], []).append(blocks.incident_numbers[inc["id"]])
        else:
            unplaced.append(blocks.incident_numbers[inc["id"]])
    if not places:
        return None
    world = atlas()
    country = _main_country(world, [(data.locations[pid], len(numbers)) for pid, numbers in places.items()])
    if country is None:
        return None
    at: dict[tuple[float, float, bool], list[int]] = {}
    shade: dict[str, tuple[Area, list[int]]] = {}
    for pid, numbers in places.items():
        place = data.locations[pid]
        lat, lon = place.get("latitude"), place.get("longitude")
        precision = place.get("geo_precision") or GeoPrecision.EXACT.value
        region = _region_of(world, place, country)
        if region is not None and (precision == GeoPrecision.REGION or lat is None or lon is None):
            shade.setdefault(region.code, (region, []))[1].extend(numbers)
        elif lat is not None and lon is not None and _close(country.bbox, float(lon), float(lat)):
            at.setdefault((float(lon), float(lat), precision != GeoPrecision.EXACT), []).extend(numbers)
        else:
            unplaced.extend(numbers)
    shown = _home(country, [(lon, lat) for lon, lat, _near in at], [r.bbox for r, _n in shade.values()])
    view = [*_union(box for _polygon, box in shown)]
    for lon, lat, _near in at:
        view = [min(view[0], lon), min(view[1], lat), max(view[2], lon), max(view[3], lat)]
    bbox = (
        view[0] - MARGIN_DEGREES,
        view[1] - MARGIN_DEGREES,
        view[2] + MARGIN_DEGREES,
        view[3] + MARGIN_DEGREES,
    )
    projection = Projection.fit(bbox, float(FRAME_W), float(MAP_MAX_H))
    neighbours = tuple(
        n for n in (_neighbour(c, bbox) for c in world.countries if c is not country and _meets(c.bbox, bbox)) if n
    )
    return LocatorPlan(
        country=country,
        shown=tuple(polygon for polygon, _box in shown),
        regions=tuple(r for r in world.regions_of(country.code) if _meets(r.bbox, bbox)),
        neighbours=neighbours,
        projection=projection,
        markers=tuple(Marker(tuple(sorted(n)), lon, lat, near) for (lon, lat, near), n in at.items()),
        shaded=tuple(Shaded(tuple(sorted(n)), region) for region, n in shade.values()),
        unplaced=tuple(sorted(unplaced)),
        rounded_to=sharing.POSITIONS[data.audience].decimals,
    )


Box = tuple[float, float, float, float]


def _boxes(area: Area) -> list[tuple[Polygon, Box]]:
    """Each of the area's polygons with the bounding box of its outer ring."""
    out = []
    for polygon in area.polygons:
        lons, lats = [p[0] for p in polygon[0]], [p[1] for p in polygon[0]]
        out.append((polygon, (min(lons), min(lats), max(lons), max(lats))))
    return out


def _union(boxes: Iterable[Box]) -> Box:
    west, south, east, north = zip(*boxes, strict=True)
    return min(west), min(south), max(east), max(north)


def _home(country: Area, points: Sequence[tuple[float, float]], regions: Sequence[Box]) -> list[tuple[Polygon, Box]]:
    """The country's polygons the map is drawn around: those with a marker or a shaded region in them, else the
    largest (a country's box may span the world: France's overseas lands, the United States' Aleutians)."""
    boxes = _boxes(country)
    home = [
        (polygon, box)
        for polygon, box in boxes
        if any(_meets(box, (x, y, x, y)) for x, y in points) or any(_meets(box, r) for r in regions)
    ]
    return home or [max(boxes, key=lambda item: (item[1][2] - item[1][0]) * (item[1][3] - item[1][1]))]


def _neighbour(area: Area, view: Box) -> Neighbour | None:
    """``area`` as the map shows it: its polygons within ``view``; None if none is."""
    shown = [(polygon, box) for polygon, box in _boxes(area) if _meets(box, view)]
    if not shown:
        return None
    return Neighbour(area, tuple(polygon for polygon, _box in shown), _union(box for _polygon, box in shown))


def _main_country(world: Any, places: Sequence[tuple[dict[str, Any], int]]) -> Area | None:
    """The country most of the incidents' places are in: by their country, else by their position."""
    weight: dict[str, int] = {}
    for place, incidents in places:
        code = (place.get("country_code") or "").upper()
        if not code and place.get("latitude") is not None and place.get("longitude") is not None:
            found = world.country_at(float(place["longitude"]), float(place["latitude"]))
            code = found.code if found is not None else ""
        if code and world.country(code) is not None:
            weight[code] = weight.get(code, 0) + incidents
    if not weight:
        return None
    code = max(sorted(weight), key=weight.__getitem__)
    area: Area | None = world.country(code)
    return area


def _region_of(world: Any, place: dict[str, Any], country: Area) -> Area | None:
    """The place's region, by the region its record names (within the map's country), else by its position."""
    code = (place.get("country_code") or country.code).upper()
    if place.get("admin1"):
        named: Area | None = world.region_named(code, str(place["admin1"]))
        if named is not None:
            return named
    if place.get("latitude") is not None and place.get("longitude") is not None:
        found: Area | None = world.region_at(float(place["longitude"]), float(place["latitude"]))
        return found
    return None


def _close(bbox: tuple[float, float, float, float], lon: float, lat: float) -> bool:
    west, south, east, north = bbox
    return west - NEAR_COUNTRY <= lon <= east + NEAR_COUNTRY and south - NEAR_COUNTRY <= lat <= north + NEAR_COUNTRY


def _meets(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def numbers_label(numbers: Iterable[int]) -> str:
    """Incident numbers as a marker's label: "I3", "I3, I7", "I3–I5, I9", at most :data:`MAX_NUMBERS` of them and
    "+N" for the rest."""
    ordered = sorted(set(numbers))
    runs: list[str] = []
    k = 0
    while k < len(ordered):
        j = k
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        runs.append(f"I{ordered[k]}–I{ordered[j]}" if j - k >= 2 else ", ".join(f"I{n}" for n in ordered[k : j + 1]))
        k = j + 1
    words = ", ".join(runs).split(", ")
    if len(words) > MAX_NUMBERS:
        return ", ".join(words[:MAX_NUMBERS]) + f" +{len(words) - MAX_NUMBERS}"
    return ", ".join(words)


class LocatorMap(Flowable):  # type: ignore[misc]
    """The map of :func:`locator_plan`, drawn when laid out."""

    def __init__(self, blocks: ReportBlocks, plan: LocatorPlan) -> None:
        super().__init__()
        self.blocks = blocks
        self.plan = plan
        self.taken: list[tuple[float, float, float, float]] = []  # boxes of the names and labels drawn

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return FRAME_W, self.plan.projection.height

    def draw(self) -> None:
        canv, plan = self.canv, self.plan
        self.taken = []
        width, height = float(FRAME_W), plan.projection.height
        canv.saveState()
        frame = canv.beginPath()
        frame.rect(0, 0, width, height)
        canv.clipPath(frame, stroke=0, fill=0)  # the neighbours are cut at the map's edge
        drawing = Drawing(width, height)
        drawing.initialFontName = SANS
        for neighbour in plan.neighbours:
            drawing.add(self._path(neighbour.polygons, _NEIGHBOUR, RULE, 0.5))
        drawing.add(self._path(plan.shown, _LAND, None, 0))
        for shaded in plan.shaded:
            drawing.add(self._path(shaded.region.polygons, _SHADE, None, 0))
        for region in plan.regions:
            drawing.add(self._path(region.polygons, None, _REGION_LINE, 0.5))
        drawing.add(self._path(plan.shown, None, INK, 1.0))
        renderPDF.draw(drawing, canv, 0, 0)
        self._names()
        canv.restoreState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.rect(0, 0, width, height, stroke=1, fill=0)
        self._markers()

    def _path(self, polygons: Sequence[Polygon], fill: Any, stroke: Any, width: float) -> Path:
        project = self.plan.projection.xy
        path = Path(fillColor=fill, strokeColor=stroke, strokeWidth=width, fillMode=FILL_EVEN_ODD)
        path.strokeLineJoin = 1
        for polygon in polygons:
            for ring in polygon:
                last: tuple[float, float] | None = None
                for k, (lon, lat) in enumerate(ring):
                    x, y = project(lon, lat)
                    if k == 0:
                        path.moveTo(x, y)
                    elif last is None or abs(x - last[0]) + abs(y - last[1]) >= 0.4 or k == len(ring) - 1:
                        path.lineTo(x, y)  # points closer than 0.4 pt to the last drawn add nothing at print size
                    else:
                        continue
                    last = (x, y)
                path.closePath()
        return path

    def _names(self) -> None:
        """The regions' names where they fit, as the dataset writes them; the neighbours' in the report's language,
        where a part of them large enough shows. Each name's box is kept, so that no marker's label covers it."""
        blocks, plan, project = self.blocks, self.plan, self.plan.projection.xy
        for region in plan.regions:
            x, y = project(*region.label_at)
            x0, y0 = project(region.bbox[0], region.bbox[1])
            x1, y1 = project(region.bbox[2], region.bbox[3])
            width = text_width(region.name, 7)
            box = (x - width / 2 - 3, y - 5, x + width / 2 + 3, y + 6)  # with room around it
            if width < (x1 - x0) * 0.9 and y1 - y0 > 12 and self._free(box):
                blocks.furniture(self.canv, region.name, x, "centre", y - 2.5, size=7, color=MUTED)
                self.taken.append(box)
        for neighbour in plan.neighbours:
            name = (countries.name(neighbour.area.code, blocks.language) or neighbour.area.name).upper()
            width = text_width(name, 6.5)
            spot = self._room_in(neighbour, width + 4)
            box = (spot[0] - width / 2, spot[1] - 4, spot[0] + width / 2, spot[1] + 5) if spot else (-1, 0, 0, 0)
            if spot is not None and self._free(box):
                blocks.furniture(self.canv, name, spot[0], "centre", spot[1] - 2.5, size=6.5, color=_FAINT)
                self.taken.append(box)

    def _free(self, box: tuple[float, float, float, float]) -> bool:
        """Whether ``box`` is within the map and meets no name or label drawn so far."""
        left, bottom, right, top = box
        inside = min(left, bottom) >= 0 and right <= float(FRAME_W) and top <= self.plan.projection.height
        return inside and not any(left < r[2] and r[0] < right and bottom < r[3] and r[1] < top for r in self.taken)

    def _room_in(self, neighbour: Neighbour, width: float) -> tuple[float, float] | None:
        """Where a neighbour's name of ``width`` fits within its part of the map and outside the map's country: the
        point nearest the middle of that part, of a grid over it, that has room for it either side."""
        plan, project = self.plan, self.plan.projection.xy
        view = plan.projection.bbox
        west, south = max(neighbour.bbox[0], view[0]), max(neighbour.bbox[1], view[1])
        east, north = min(neighbour.bbox[2], view[2]), min(neighbour.bbox[3], view[3])
        if east <= west or north <= south:
            return None
        half = width / 2 / (plan.projection.scale * plan.projection.squeeze)  # in degrees of longitude
        rise = 5 / plan.projection.scale  # half the name's height and a little, in degrees of latitude
        grid = [
            (west + (east - west) * i / 6, south + (north - south) * j / 6) for i in range(1, 6) for j in range(1, 6)
        ]
        middle = ((west + east) / 2, (south + north) / 2)
        grid.sort(key=lambda p: (p[0] - middle[0]) ** 2 + (p[1] - middle[1]) ** 2)
        for lon, lat in grid:
            ends = [(lon + half * i / 2, lat + rise * j) for i in range(-2, 3) for j in (-1, 0, 1)]
            if all(
                west <= e[0] <= east and neighbour.area.contains(*e) and not plan.country.contains(*e) for e in ends
            ):
                return project(lon, lat)
        return None

    def _markers(self) -> None:
        """Each place's marker, then the labels: merged where markers are close, beside them on the reading side."""
        plan, canv = self.plan, self.canv
        drawing = Drawing(float(FRAME_W), plan.projection.height)
        drawing.initialFontName = SANS
        groups: list[tuple[float, float, list[int]]] = []
        for marker, (numbers, x, y) in zip(plan.markers, plan.points(), strict=True):
            if marker.near:
                drawing.add(Circle(x, y, 6, fillColor=None, strokeColor=ACCENT, strokeWidth=0.7))
            drawing.add(Circle(x, y, 3, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.6))
            close = next((g for g in groups if abs(g[0] - x) < MERGE and abs(g[1] - y) < MERGE), None)
            if close is None:
                groups.append((x, y, list(numbers)))
            else:
                close[2].extend(numbers)
        for shaded in plan.shaded:
            x, y = plan.projection.xy(*shaded.region.label_at)
            groups.append((x, y - 10, list(shaded.numbers)))
        for x, y, together in groups:
            self._label(drawing, numbers_label(together), x, y, self.taken)
        renderPDF.draw(drawing, canv, 0, 0)

    def _label(
        self, drawing: Drawing, text: str, x: float, y: float, taken: list[tuple[float, float, float, float]]
    ) -> None:
        """A label beside (x, y): after it in reading order if there is room, else before, above or below it."""
        width, height = text_width(text, LABEL_SIZE, SANS_BOLD) + 3, LABEL_SIZE + 3
        after, before = (x + 8, y - height / 2), (x - 8 - width, y - height / 2)
        spots = [before, after] if self.blocks.rtl else [after, before]
        spots += [(x - width / 2, y + 7), (x - width / 2, y - 7 - height)]
        left, bottom = next((s for s in spots if self._free((s[0], s[1], s[0] + width, s[1] + height))), spots[0])
        left = min(max(left, 0.0), float(FRAME_W) - width)
        taken.append((left, bottom, left + width, bottom + height))
        drawing.add(Rect(left, bottom, width, height, fillColor=colors.white, fillOpacity=0.85, strokeColor=None))
        drawing.add(String(left + 1.5, bottom + 2.6, text, fontName=SANS_BOLD, fontSize=LABEL_SIZE, fillColor=INK))


class LocatorSection(ReportBlocks):
    """The locator map with its caption and the dataset's attribution, for the head of the incidents' chapter."""

    def locator_map(self) -> list[Any]:
        plan = locator_plan(self)
        if plan is None:
            return []
        say = self.say
        caption = say(
            N_(
                "Map 1. Where the incidents took place, numbered as in the text: a dot for a known position, a ring "
                "for a position near the place, a shaded region for a place known only to its region."
            )
        )
        notes = [caption]
        if plan.rounded_to is not None:
            degrees = format_number(10**-plan.rounded_to, self.language, plan.rounded_to)
            km = self.number(round(111.32 * 10**-plan.rounded_to))
            notes.append(
                say(N_("Positions are shown to {degrees}° (about {km} km) for this audience.")).format(
                    degrees=degrees, km=km
                )
            )
        out: list[Any] = [
            Spacer(1, 4),
            KeepTogether(
                [
                    LocatorMap(self, plan),
                    Spacer(1, 3),
                    self.fixed(say(ATTRIBUTION), "Small"),
                    self.fixed(" ".join(notes), "Figure"),
                ]
            ),
        ]
        if plan.unplaced:  # as long as the case is: apart from the map, as the timeline's undated are
            numbers = self.comma().join(f"I{n}" for n in plan.unplaced)
            note = N_("Not on the map (no place, or neither a position nor a known region): {numbers}.")
            out.append(self.fixed(say(note).format(numbers=numbers), "Small"))
        return [*out, Spacer(1, 6)]
