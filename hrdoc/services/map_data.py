"""What the map of a case shows, read in one short session: its places with their positions and how precise they
are, its incidents (where, when, which violations are alleged), and the photos whose files hold a GPS position,
with the incidents they bear on (through evidence links to an incident or to one of its allegations, or the
incident or allegation they were filed under).

A few whole-table selects of the case's rows, never a query per place: a case of 5,000 places is read in one go,
off the GUI thread. Positions of places and photos are the investigator's own data, shown in the app to whoever
opened the store; what an audience may see of them is decided in :mod:`hrdoc.services.sharing`, not here.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass

from sqlalchemy import String, cast, or_, select

from hrdoc.domain.dates import span_of
from hrdoc.domain.enums import GeoPrecision
from hrdoc.domain.registry import Kind
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.metadata import gps_of
from hrdoc.storage import models as m

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class MapPlace:
    id: str
    name: str
    admin1: str
    country: str  # ISO 3166-1 alpha-2 as entered, "" if not
    latitude: float | None
    longitude: float | None
    precision: str  # GeoPrecision's value


@dataclass(frozen=True, slots=True)
class MapIncident:
    id: str
    title: str
    location_id: str | None
    start: dt.date | None
    end: dt.date | None
    violations: frozenset[str]  # the violation_type of each of its allegations
    precision: str  # how precisely its dates are known (DatePrecision)

    def within(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Whether the days the incident's dates stand for (``span_of``: a month-precision date the whole month)
        meet the period from ``start`` to ``end`` (either open), as the timeline and the lists read them; an
        undated incident, or one whose date's precision is unknown, is within no period but the whole."""
        if start is None and end is None:
            return True
        days = span_of(self.start, self.end, self.precision)
        if days is None:
            return False
        first, last = days
        return (start is None or last >= start) and (end is None or first <= end)


@dataclass(frozen=True, slots=True)
class MapPhoto:
    id: str
    name: str  # the file's original name
    latitude: float
    longitude: float
    incidents: tuple[str, ...]  # the incidents it bears on


@dataclass(frozen=True, slots=True)
class CaseMap:
    places: tuple[MapPlace, ...]
    incidents: tuple[MapIncident, ...]
    photos: tuple[MapPhoto, ...]


def _text(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def read_case_map(ctx: StoreContext, case_id: uuid.UUID) -> CaseMap:
    """The places, incidents and photos with a position of the case (see the module's docstring)."""
    loc, inc, alg, ev, link = m.Location, m.Incident, m.Allegation, m.EvidenceFile, m.Link
    with ctx.read() as session:
        places = tuple(
            MapPlace(str(i), name, admin1 or "", (country or "").upper(), lat, lon, precision or GeoPrecision.REGION)
            for i, name, admin1, country, lat, lon, precision in session.execute(
                select(loc.id, loc.name, loc.admin1, loc.country_code, loc.latitude, loc.longitude, loc.geo_precision)
                .where(loc.case_id == case_id)
                .order_by(loc.name, loc.id)
            )
        )
        violations: dict[str, set[str]] = {}
        incident_of: dict[str, str] = {}  # allegation -> its incident
        for allegation, incident, violation in session.execute(
            select(alg.id, alg.incident_id, alg.violation_type).where(alg.case_id == case_id)
        ):
            violations.setdefault(str(incident), set()).add(violation)
            incident_of[str(allegation)] = str(incident)
        incidents = tuple(
            MapIncident(str(i), title, _text(place), start, end, frozenset(violations.get(str(i), ())), precision)
            for i, title, place, start, end, precision in session.execute(
                select(inc.id, inc.title, inc.location_id, inc.start_date, inc.end_date, inc.date_precision)
                .where(inc.case_id == case_id)
                .order_by(inc.start_date, inc.created_at, inc.id)
            )
        )
        # Only files whose metadata name a GPS position: the others are not read.
        files = session.execute(
            select(ev.id, ev.original_filename, ev.file_metadata, ev.attached_kind, ev.attached_id).where(
                ev.case_id == case_id, cast(ev.file_metadata, String).contains('"gps"')
            )
        )
        positioned: dict[str, tuple[str, tuple[float, float], set[str]]] = {}
        for i, filename, metadata, attached_kind, attached_id in files:
            gps = gps_of(metadata or {})
            if gps is None:
                continue
            bears_on: set[str] = set()
            attached = _text(attached_id)
            if attached and attached_kind == Kind.INCIDENT:
                bears_on.add(attached)
            elif attached and attached_kind == Kind.ALLEGATION and attached in incident_of:
                bears_on.add(incident_of[attached])
            positioned[str(i)] = (filename, gps, bears_on)
        if positioned:
            links = session.execute(
                select(link.evidence_id, link.incident_id, link.allegation_id).where(
                    link.case_id == case_id,
                    link.evidence_id.is_not(None),
                    or_(link.incident_id.is_not(None), link.allegation_id.is_not(None)),
                )
            )
            for evidence, on_incident, on_allegation in links:
                held = positioned.get(str(evidence))
                target = _text(on_incident) or incident_of.get(str(on_allegation))
                if held is not None and target is not None:
                    held[2].add(target)
        photos = tuple(
            MapPhoto(i, filename, lat, lon, tuple(sorted(bears_on)))
            for i, (filename, (lat, lon), bears_on) in positioned.items()
        )
    return CaseMap(places, incidents, photos)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two positions (haversine, on a sphere of the Earth's mean radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
