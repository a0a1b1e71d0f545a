"""The offline atlas: every country and first-level region (Mali's Gao, Kidal, Timbuktu...) as simplified polygons,
for the map page and the reports' locator maps (issue 17, point 3), read from package data and never from the
network.

The data is Natural Earth's (public domain), built by ``tools/build_atlas.py`` into
``hrdoc/resources/atlas/atlas.bin.gz`` (docs/atlas.md says where from and how). That file is gzip of:

* ``HRDOC-ATLAS-1\\n``, then the length of the header (4 bytes, little-endian), then the header: UTF-8 JSON
  ``{"scale": units per degree, "source": text, "areas": [area...]}`` where an area is ``[code, name, country,
  level, [other names], [min x, min y, max x, max y], [label x, label y], [[point count of each ring] for each
  polygon]]`` (countries first, then regions; coordinates in units of 1/scale degree);
* then the points of every ring of every area in that order, as little-endian int32 pairs (x, y), each the
  difference from the point before it in the same area (an area's first point from (0, 0)).

An area's polygons are decoded the first time they are asked for (the bounding boxes answer most questions), so
loading the atlas takes a few tens of milliseconds (docs/atlas.md).

Coordinates are (longitude, latitude) pairs in degrees (WGS 84), as GeoJSON writes them.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import struct
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from hrdoc.domain.folding import fold
from hrdoc.domain.marks import N_
from hrdoc.shipped import shipped

Ring = tuple[tuple[float, float], ...]  # (longitude, latitude) pairs, closed or not
Polygon = tuple[Ring, ...]  # outer ring first, then holes

ATTRIBUTION = N_("Boundaries and names: Natural Earth (public domain)")

MAGIC = b"HRDOC-ATLAS-1\n"
_CELL = 5.0  # degrees: the side of the grid cells that index areas by their bounding boxes

# Words that name the kind of region rather than the region: "Gao Region", "Région de Kidal", "Province of Herat".
_GENERIC = frozenset(
    {
        *("region", "province", "state", "governorate", "department", "departement", "prefecture", "district"),
        *("territory", "wilaya", "of", "de", "du", "des", "la", "le", "l", "d"),
    }
)


@dataclass(frozen=True, eq=False)
class Area:
    """A country (level 0) or a first-level region (level 1). Compared and hashed by identity: an atlas holds one
    of each, and hashing its polygons would be slow."""

    code: str  # "ML" for a country; the dataset's code for a region (ISO 3166-2, adm1_code or FIPS: docs/atlas.md)
    name: str  # the dataset's English name ("Gao")
    country: str  # ISO 3166-1 alpha-2 ("ML")
    level: int  # 0 country, 1 first-level region
    polygons: tuple[Polygon, ...] = field(repr=False)
    bbox: tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat
    label_at: tuple[float, float]  # (lon, lat) where its name is best written

    def contains(self, lon: float, lat: float) -> bool:
        """Whether the point is inside one of the area's polygons (and not in one of their holes)."""
        min_x, min_y, max_x, max_y = self.bbox
        if not (min_x <= lon <= max_x and min_y <= lat <= max_y):
            return False
        return any(in_polygon(lon, lat, polygon) for polygon in self.polygons)


def in_polygon(x: float, y: float, polygon: Sequence[Sequence[tuple[float, float]]]) -> bool:
    """Whether (x, y) is in a polygon given as its outer ring then its holes: by the even-odd rule over all its
    rings, inside the outer ring and in none of the holes."""
    inside = False
    for ring in polygon:
        xj, yj = ring[-1]
        for xi, yi in ring:
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            xj, yj = xi, yi
    return inside


def name_key(text: str) -> str:
    """A region's name as it is matched: folded (accents, case, hyphens, apostrophes) and without the words that
    name the kind of region ("Région de Ménaka" and "menaka" give the same key)."""
    words = re.sub(r"[.,()/]", " ", fold(text)).split()
    kept = [w for w in words if w not in _GENERIC]
    return " ".join(kept or words)


class _Grid:
    """The areas whose bounding box meets each cell of a 5-degree grid."""

    def __init__(self, areas: tuple[Area, ...]) -> None:
        self.cells: dict[tuple[int, int], list[Area]] = {}
        for area in areas:
            min_x, min_y, max_x, max_y = area.bbox
            for i in range(int(min_x // _CELL), int(max_x // _CELL) + 1):
                for j in range(int(min_y // _CELL), int(max_y // _CELL) + 1):
                    self.cells.setdefault((i, j), []).append(area)

    def at(self, lon: float, lat: float) -> Area | None:
        for area in self.cells.get((int(lon // _CELL), int(lat // _CELL)), ()):
            if area.contains(lon, lat):
                return area
        return None


class Atlas:
    """Countries and first-level regions, with lookups by code, by point and by a place's written region."""

    def __init__(
        self, countries: tuple[Area, ...], regions: tuple[Area, ...], other_names: dict[str, tuple[str, ...]]
    ) -> None:
        self.countries = countries
        self.regions = regions
        self._other_names = other_names
        self._by_code = {a.code: a for a in countries}
        self._regions_of: dict[str, list[Area]] = {}
        for region in regions:
            self._regions_of.setdefault(region.country, []).append(region)
        self._names: dict[str, dict[str, list[Area]]] = {}  # built for a country when first asked

    @functools.cached_property
    def _country_grid(self) -> _Grid:
        return _Grid(self.countries)

    @functools.cached_property
    def _region_grid(self) -> _Grid:
        return _Grid(self.regions)

    def _named(self, country: str) -> dict[str, list[Area]]:
        """A country's regions by the keys of their names and codes: a region's own name first, so that it wins
        over another region's other name."""
        if country not in self._names:
            named: dict[str, list[Area]] = {}
            regions = self._regions_of.get(country, [])
            for region in regions:
                named.setdefault(region.code.casefold(), []).append(region)
            for texts in ([r.name] for r in regions), (self._other_names.get(r.code, ()) for r in regions):
                for region, names in zip(regions, texts, strict=True):
                    for text in names:
                        found = named.setdefault(name_key(text), [])
                        if region not in found:
                            found.append(region)
            self._names[country] = named
        return self._names[country]

    def country(self, code: str) -> Area | None:
        """The country of an ISO 3166-1 alpha-2 code ("ML", "ml"), or None."""
        return self._by_code.get(code.strip().upper())

    def regions_of(self, country: str) -> tuple[Area, ...]:
        """A country's first-level regions, in the dataset's order."""
        return tuple(self._regions_of.get(country.strip().upper(), ()))

    def country_at(self, lon: float, lat: float) -> Area | None:
        """The country a point is in, or None (at sea, or in an area no country is given for)."""
        return self._country_grid.at(lon, lat)

    def region_at(self, lon: float, lat: float) -> Area | None:
        """The first-level region a point is in, or None."""
        return self._region_grid.at(lon, lat)

    def region_named(self, country: str, name: str) -> Area | None:
        """The region of ``country`` (alpha-2) that a place's free-text first-level region names: its English
        name, another name the dataset gives it (French, local, former: "Tombouctou" for Timbuktu), its code,
        regardless of accents, case and words such as "Region" ("région de Ménaka", "MENAKA"). Where the dataset
        predates a region (Ménaka, 2016), the region that held it. None when no region or more than one matches;
        with no country, a name only one region in the world has."""
        key = name_key(name)
        if not key:
            return None
        country = country.strip().upper()
        code = name.strip().casefold()
        if country:
            named = self._named(country)
            found = named.get(code) or named.get(key, [])
        else:
            found = [r for c in self._regions_of for r in self._named(c).get(code) or self._named(c).get(key, [])]
        if len(found) > 1:  # several regions answer to it: the one whose own name it is, if only one
            found = [r for r in found if name_key(r.name) == key]
        return found[0] if len(found) == 1 else None


class _StoredArea(Area):
    """An area of a stored atlas, whose polygons are decoded from the file's numbers when first asked for."""

    def __init__(
        self,
        fields: tuple[str, str, str, int],
        bbox: tuple[float, float, float, float],
        label_at: tuple[float, float],
        points: array[int],
        counts: list[list[int]],
        scale: float,
    ) -> None:
        code, name, country, level = fields
        # a frozen dataclass's fields, set as its own __init__ does (object.__setattr__), all at once
        self.__dict__.update(
            code=code,
            name=name,
            country=country,
            level=level,
            bbox=bbox,
            label_at=label_at,
            _points=points,
            _counts=counts,
            _scale=scale,
        )

    @functools.cached_property
    def polygons(self) -> tuple[Polygon, ...]:
        points: array[int] = self.__dict__["_points"]
        scale: float = self.__dict__["_scale"]
        xs = [v / scale for v in accumulate(points[0::2])]
        ys = [v / scale for v in accumulate(points[1::2])]
        polygons = []
        start = 0
        for polygon_counts in self.__dict__["_counts"]:
            rings = []
            for count in polygon_counts:
                rings.append(tuple(zip(xs[start : start + count], ys[start : start + count], strict=True)))
                start += count
            polygons.append(tuple(rings))
        return tuple(polygons)


def load(path: Path) -> Atlas:
    """The atlas stored in ``path`` (a file ``tools/build_atlas.py`` wrote)."""
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(MAGIC):
        raise ValueError(f"{path} is not an hrdoc atlas")
    at = len(MAGIC)
    (length,) = struct.unpack_from("<I", data, at)
    at += 4
    header = json.loads(data[at : at + length].decode("utf-8"))
    stream = array("i")
    stream.frombytes(data[at + length :])
    if sys.byteorder == "big":
        stream.byteswap()
    scale = float(header["scale"])
    countries: list[Area] = []
    regions: list[Area] = []
    other_names: dict[str, tuple[str, ...]] = {}
    start = 0
    for code, name, country, level, names, bbox, label, counts in header["areas"]:
        end = start + 2 * sum(sum(ring_counts) for ring_counts in counts)
        area = _StoredArea(
            (code, name, country, level),
            (bbox[0] / scale, bbox[1] / scale, bbox[2] / scale, bbox[3] / scale),
            (label[0] / scale, label[1] / scale),
            stream[start:end],
            counts,
            scale,
        )
        start = end
        if level == 0:
            countries.append(area)
        else:
            regions.append(area)
            other_names[code] = tuple(names)
    return Atlas(tuple(countries), tuple(regions), other_names)


@functools.cache
def atlas() -> Atlas:
    """The shipped atlas, read once (package data: ``hrdoc/resources/atlas/atlas.bin.gz``)."""
    return load(shipped("atlas", "atlas.bin.gz"))
