"""Builds hrdoc's offline atlas (hrdoc/resources/atlas/atlas.bin.gz) from Natural Earth's 1:10m boundaries.

The shipped atlas holds every country (admin-0) and every first-level region (admin-1: Mali's Gao, Kidal,
Timbuktu...), simplified for maps at country scale, with the names a place's free-text region may be written in.
hrdoc reads it with hrdoc/services/atlas.py and never fetches anything at run time.

Where to obtain the source files (nothing is downloaded by this script):

* The shipped atlas is built from ``world_map.gpkg``, the GeoPackage QGIS ships (Natural Earth 1:10m admin-1
  states and provinces v4.1.0, generalised by QGIS, with the countries dissolved from the same regions, so that
  country and region borders coincide). It is in Debian's package ``qgis-common``:

      apt-get download qgis-common && dpkg -x qgis-common_*.deb /tmp/qgis
      python tools/build_atlas.py /tmp/qgis/usr/share/qgis/resources/data/world_map.gpkg

* Natural Earth's own GeoJSON files (``ne_10m_admin_0_countries.geojson`` and
  ``ne_10m_admin_1_states_provinces.geojson``, in the geojson/ folder of the natural-earth-vector repository)
  are read too, plain or gzipped:

      python tools/build_atlas.py --countries ne_10m_admin_0_countries.geojson \\
          --regions ne_10m_admin_1_states_provinces.geojson

The geometry is quantised to 1/10,000 degree, then simplified (Douglas-Peucker) along the arcs between the
points where borders meet, each arc once whichever area draws it, so that neighbouring areas keep a common
border and countries and regions the same one. The file format is described in hrdoc/services/atlas.py.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import math
import sqlite3
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # hrdoc's atlas module: the file format and the point-in-polygon test

from hrdoc.services.atlas import MAGIC, in_polygon  # noqa: E402

OUT = ROOT / "hrdoc" / "resources" / "atlas"
SCALE = 10_000  # units per degree: about 11 m

Point = tuple[int, int]
Ring = list[Point]
Shape = list[list[Ring]]  # polygons, each its outer ring then its holes

# Regions created after the source's edition: the name points to the dataset's region that held them, so that a
# place written "Ménaka" finds the outline of the former Gao region, which contains it (a documented compromise:
# docs/atlas.md). Added only where the source has no region of that name.
SUCCESSORS: dict[tuple[str, str], tuple[str, ...]] = {
    ("ML", "Gao"): ("Ménaka",),
    ("ML", "Timbuktu"): ("Taoudénit", "Taoudeni"),
}

_GENERIC = ("Region", "Province", "State", "Governorate", "Department")


@dataclass
class Area:
    code: str
    name: str
    country: str
    level: int
    names: list[str]
    shape: Shape
    label: tuple[float, float] | None = None
    simplified: Shape = field(default_factory=list)


# ---- reading -------------------------------------------------------------------------------------------------


def _ring_from_coords(coords: Iterable[Sequence[float]]) -> Ring:
    ring = [(round(float(c[0]) * SCALE), round(float(c[1]) * SCALE)) for c in coords]
    out: Ring = []
    for p in ring:
        if not out or out[-1] != p:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def _shape_from_geojson(geometry: dict[str, Any] | None) -> Shape:
    if not geometry:
        return []
    if geometry["type"] == "Polygon":
        polygons = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["coordinates"]
    else:
        return []
    return [[_ring_from_coords(ring) for ring in polygon] for polygon in polygons]


def _read_geojson(path: Path) -> Iterator[tuple[dict[str, Any], Shape]]:
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    collection = json.loads(raw)
    for feature in collection.get("features", []):
        yield feature.get("properties") or {}, _shape_from_geojson(feature.get("geometry"))


class _Wkb:
    """A reader of the well-known binary geometry that a GeoPackage stores after its own header."""

    def __init__(self, data: bytes, at: int) -> None:
        self.data, self.at = data, at

    def _unpack(self, fmt: str, order: str) -> tuple[Any, ...]:
        values = struct.unpack_from(order + fmt, self.data, self.at)
        self.at += struct.calcsize(fmt)
        return values

    def geometry(self) -> Shape:
        order = "<" if self.data[self.at] == 1 else ">"
        self.at += 1
        (kind,) = self._unpack("I", order)
        dims = 3 if kind // 1000 in (1, 2) else 4 if kind // 1000 == 3 else 2
        kind %= 1000
        if kind == 3:
            return [self._polygon(order, dims)]
        if kind == 6:
            (count,) = self._unpack("I", order)
            shape: Shape = []
            for _ in range(count):
                shape.extend(self.geometry())
            return shape
        raise ValueError(f"unexpected geometry type {kind}")

    def _polygon(self, order: str, dims: int) -> list[Ring]:
        (rings,) = self._unpack("I", order)
        polygon = []
        for _ in range(rings):
            (count,) = self._unpack("I", order)
            values = self._unpack(f"{count * dims}d", order)
            polygon.append(_ring_from_coords(values[i : i + 2] for i in range(0, len(values), dims)))
        return polygon


def _shape_from_gpkg(blob: bytes | None) -> Shape:
    if not blob or blob[:2] != b"GP":
        return []
    envelope = (0, 32, 48, 48, 64)[(blob[3] >> 1) & 7]
    return _Wkb(blob, 8 + envelope).geometry()


def _read_gpkg(path: Path, layer: str) -> Iterator[tuple[dict[str, Any], Shape]]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (column,) = db.execute(
            "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)
        ).fetchone()
        cursor = db.execute(f'SELECT * FROM "{layer}"')  # the layer is named by the command line
        names = [d[0] for d in cursor.description]
        for row in cursor:
            props = dict(zip(names, row, strict=True))
            yield props, _shape_from_gpkg(props.pop(column))
    finally:
        db.close()


def read(source: str, default_layer: str) -> list[tuple[dict[str, Any], Shape]]:
    """The features of ``source``: a GeoJSON file (plain or gzipped) or ``file.gpkg[:layer]``."""
    path_text, _, layer = source.partition(".gpkg:")
    if layer or source.endswith(".gpkg"):
        return list(_read_gpkg(Path(path_text + ".gpkg" if layer else source), layer or default_layer))
    return list(_read_geojson(Path(source)))


# ---- attributes ----------------------------------------------------------------------------------------------


def _prop(props: dict[str, Any], *keys: str) -> str:
    lowered = {k.lower(): v for k, v in props.items()}
    for key in keys:
        value = lowered.get(key.lower())
        if isinstance(value, str) and value.strip() and value.strip() not in ("-99", "-1"):
            return value.strip()
    return ""


def _iso2(props: dict[str, Any]) -> str:
    code = _prop(props, "iso_a2_eh", "iso_a2", "wb_a2")
    return code.upper() if len(code) == 2 and code.isalpha() else ""


def _names(props: dict[str, Any], name: str) -> list[str]:
    """Every name the source gives a region: its alternative names, its names in French, Arabic and the local
    language, and Yahoo's and GeoNames' ("Tombouctou Region"), with and without the generic word."""
    found = [name]
    for key in ("name_alt", "name_en", "name_fr", "name_ar", "name_local", "woe_name", "gn_name"):
        found.extend(part.strip() for part in _prop(props, key).split("|"))
    label = _prop(props, "woe_label")
    if label:
        found.append(label.split(",")[0].strip())
    plain = []
    for text in found:
        for word in _GENERIC:
            if text.endswith(" " + word):
                plain.append(text[: -len(word) - 1])
    out: list[str] = []
    for text in found + plain:
        if text and text not in out:
            out.append(text)
    return out


def _label(props: dict[str, Any]) -> tuple[float, float] | None:
    for x_key, y_key in (("label_x", "label_y"), ("longitude", "latitude")):
        x, y = props.get(x_key), props.get(y_key)
        if isinstance(x, (int, float)) and isinstance(y, (int, float)):
            return float(x), float(y)
    return None


def countries(features: list[tuple[dict[str, Any], Shape]]) -> list[Area]:
    areas: dict[str, Area] = {}
    for props, shape in features:
        code = _iso2(props)
        if not code or not shape:
            continue  # areas Natural Earth gives no ISO code (Somaliland, Northern Cyprus...) hold no country
        if code in areas:
            areas[code].shape.extend(shape)
            continue
        name = _prop(props, "name_en", "name", "admin", "name_long") or code
        areas[code] = Area(code, name, code, 0, [name], shape, _label(props))
    return list(areas.values())


def regions(features: list[tuple[dict[str, Any], Shape]], known: set[str]) -> list[Area]:
    areas: list[Area] = []
    codes: dict[str, int] = {}
    for props, shape in features:
        country = _iso2(props)
        name = _prop(props, "name", "name_en", "woe_name", "gn_name")
        if not shape or not name or country not in known:
            continue
        code = _prop(props, "iso_3166_2", "adm1_code", "fips") or f"{country}-{len(areas) + 1}"
        codes[code] = codes.get(code, 0) + 1
        areas.append(Area(code, name, country, 1, _names(props, name), shape, _label(props)))
    repeated = {code for code, n in codes.items() if n > 1}
    seen: dict[str, int] = {}
    for area in areas:
        if area.code in repeated:  # the source's code is not unique (fips): number them in the source's order
            seen[area.code] = seen.get(area.code, 0) + 1
            area.code = f"{area.code}-{seen[area.code]}"
    names = {(a.country, a.name) for a in areas}
    for area in areas:
        for (country, name), later in SUCCESSORS.items():
            if (area.country, area.name) == (country, name):
                area.names.extend(n for n in later if (country, n) not in names)
    return areas


# ---- simplification ------------------------------------------------------------------------------------------


def _douglas_peucker(points: Sequence[Point], tolerance: float) -> list[Point]:
    """The points of an open line kept by Douglas-Peucker within ``tolerance`` (in quantised units)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    limit = tolerance * tolerance
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        worst, worst_at = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d: float
            if length == 0:
                d = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
                d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if d > worst:
                worst, worst_at = d, i
        if worst > limit:
            keep[worst_at] = True
            stack.append((first, worst_at))
            stack.append((worst_at, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _junctions(areas: Iterable[Area]) -> set[Point]:
    """The points where more than two borders meet, or where one stops following another: the ends of the arcs
    that are simplified once for every area that draws them."""
    neighbours: dict[Point, set[Point]] = {}
    for area in areas:
        for polygon in area.shape:
            for ring in polygon:
                n = len(ring)
                for i, p in enumerate(ring):
                    seen = neighbours.setdefault(p, set())
                    seen.add(ring[i - 1])
                    seen.add(ring[(i + 1) % n])
    return {p for p, seen in neighbours.items() if len(seen) > 2}


def _simplify_arc(arc: list[Point], tolerance: float, done: dict[tuple[Point, ...], list[Point]]) -> list[Point]:
    forward = (arc[0], arc[-1]) < (arc[-1], arc[0]) or (arc[0] == arc[-1] and arc[1] <= arc[-2])
    key = tuple(arc) if forward else tuple(reversed(arc))
    if key not in done:
        done[key] = _douglas_peucker(key, tolerance)
    kept = done[key]
    return kept if forward else kept[::-1]


def _simplify_ring(
    ring: Ring, junctions: set[Point], tolerance: float, done: dict[tuple[Point, ...], list[Point]]
) -> Ring:
    starts = [i for i, p in enumerate(ring) if p in junctions]
    if not starts:  # an island or a border no other area shares: start from its least point, split at its far end
        first = ring.index(min(ring))
        ring = ring[first:] + ring[:first]
        far = max(range(len(ring)), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
        starts = [0, far] if far else [0]
    else:
        ring = ring[starts[0] :] + ring[: starts[0]]
        starts = [i - starts[0] for i in starts]
    out: Ring = []
    bounds = [*starts, len(ring)]
    for a, b in itertools.pairwise(bounds):
        arc = ring[a : b + 1] if b < len(ring) else [*ring[a:], ring[0]]
        out.extend(_simplify_arc(arc, tolerance, done)[:-1])
    return out


def _ring_area(ring: Ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def simplify(areas: list[Area], tolerance_degrees: float) -> None:
    tolerance = tolerance_degrees * SCALE
    junctions = _junctions(areas)
    done: dict[tuple[Point, ...], list[Point]] = {}
    for area in areas:
        for polygon in area.shape:
            rings = [_simplify_ring(r, junctions, tolerance, done) if len(r) > 2 else r for r in polygon]
            if len(rings[0]) < 3 or _ring_area(rings[0]) == 0:
                continue
            area.simplified.append([r for r in rings[:1] + [h for h in rings[1:] if len(h) >= 3]])
        if not area.simplified:  # too small for the tolerance (Monaco, Nauru): its largest outline as it is
            largest = max(area.shape, key=lambda polygon: _ring_area(polygon[0]))
            area.simplified.append([largest[0]])


# ---- labels --------------------------------------------------------------------------------------------------


def _edge_distance(x: float, y: float, rings: Sequence[Ring]) -> float:
    best = math.inf
    for ring in rings:
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True):
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
            best = min(best, (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2)
    return math.sqrt(best)


def label_point(shape: Shape) -> tuple[float, float]:
    """Where a name is best written: in the largest polygon, the point farthest from its edges among the middles
    of the polygon's inner stretches along 15 parallels (an approximation of the pole of inaccessibility)."""
    polygon = max(shape, key=lambda p: _ring_area(p[0]))
    xs = [x for x, _ in polygon[0]]
    ys = [y for _, y in polygon[0]]
    best, best_at = -1.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    for k in range(1, 16):
        y = min(ys) + (max(ys) - min(ys)) * k / 16 + 0.5
        crossings = sorted(
            (xj - xi) * (y - yi) / (yj - yi) + xi
            for ring in polygon
            for (xi, yi), (xj, yj) in zip(ring, ring[1:] + ring[:1], strict=True)
            if (yi > y) != (yj > y)
        )
        for a, b in zip(crossings[0::2], crossings[1::2], strict=False):
            x = (a + b) / 2
            if in_polygon(x, y, polygon):
                d = _edge_distance(x, y, polygon)
                if d > best:
                    best, best_at = d, (x, y)
    return best_at[0] / SCALE, best_at[1] / SCALE


# ---- writing -------------------------------------------------------------------------------------------------


def encode(areas_by_level: Sequence[list[Area]], source: str) -> bytes:
    """The atlas file: gzip of MAGIC, the header's length (4 bytes, little-endian), the JSON header, then the
    coordinates as little-endian int32 pairs (x, y), each the difference from the point before it in the same area
    (the area's first point from (0, 0), so that one area is read without the others)."""
    stream = array("i")
    header: dict[str, Any] = {"scale": SCALE, "source": source, "areas": []}
    for areas in areas_by_level:
        for area in areas:
            rings = [ring for polygon in area.simplified for ring in polygon]
            last = (0, 0)
            xs = [x for ring in rings for x, _ in ring]
            ys = [y for ring in rings for _, y in ring]
            label = area.label or label_point(area.simplified)
            header["areas"].append(
                [
                    area.code,
                    area.name,
                    area.country,
                    area.level,
                    area.names[1:] if area.names[:1] == [area.name] else area.names,
                    [min(xs), min(ys), max(xs), max(ys)],
                    [round(label[0] * SCALE), round(label[1] * SCALE)],
                    [[len(ring) for ring in polygon] for polygon in area.simplified],
                ]
            )
            for ring in rings:
                for p in ring:
                    stream.append(p[0] - last[0])
                    stream.append(p[1] - last[1])
                    last = p
    if sys.byteorder == "big":
        stream.byteswap()
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    return gzip.compress(MAGIC + struct.pack("<I", len(head)) + head + stream.tobytes(), compresslevel=9, mtime=0)


def build(countries_source: str, regions_source: str, out: Path, tolerance: float) -> tuple[int, int, int]:
    level0 = countries(read(countries_source, "countries"))
    level1 = regions(read(regions_source, "states_provinces"), {a.code for a in level0})
    simplify(level0 + level1, tolerance)
    source = f"{Path(countries_source).name} + {Path(regions_source).name}, tolerance {tolerance} degrees"
    data = encode([level0, level1], source)
    out.mkdir(parents=True, exist_ok=True)
    (out / "atlas.bin.gz").write_bytes(data)
    points = sum(len(r) for a in level0 + level1 for p in a.simplified for r in p)
    return len(level0), len(level1), points


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], epilog=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gpkg", nargs="?", help="QGIS's world_map.gpkg (both layers)")
    parser.add_argument("--countries", help="the countries: GeoJSON or file.gpkg:layer")
    parser.add_argument("--regions", help="the first-level regions: GeoJSON or file.gpkg:layer")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the folder written (default: {OUT})")
    parser.add_argument("--tolerance", type=float, default=0.02, help="in degrees (default: 0.02, about 2 km)")
    args = parser.parse_args(argv)
    countries_source = args.countries or (args.gpkg and f"{args.gpkg}:countries")
    regions_source = args.regions or (args.gpkg and f"{args.gpkg}:states_provinces")
    if not countries_source or not regions_source:
        parser.error("give world_map.gpkg, or --countries and --regions")
    try:
        n0, n1, points = build(countries_source, regions_source, args.out, args.tolerance)
    except (OSError, ValueError, KeyError, TypeError, sqlite3.Error) as exc:  # a missing or unexpected source
        print(f"build_atlas: cannot read the sources: {exc}", file=sys.stderr)
        return 1
    size = (args.out / "atlas.bin.gz").stat().st_size
    print(f"{n0} countries, {n1} regions, {points} points, {size} bytes in {args.out / 'atlas.bin.gz'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
