"""What the map page says of what it draws, in the interface's language: an incident in a list, a place, a region
of places known only to it, and how far a photo was taken from the place of the incident it bears on."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale

from hrdoc.domain.enums import GeoPrecision
from hrdoc.gui.i18n import number_text, tr
from hrdoc.gui.workspace.page import date_text
from hrdoc.services.map_data import MapIncident, MapPhoto, MapPlace, distance_km

SHOWN_NAMES = 8  # a region's tooltip names this many of its places, then "…"


def incident_line(incident: MapIncident) -> str:
    """An incident in the list of a place's incidents: its dates as precisely as they are known ("March 2022"), its
    title."""
    if incident.start is None:
        return tr("{title} (undated)").format(title=incident.title)
    when = date_text({"start_date": incident.start, "end_date": incident.end, "date_precision": incident.precision})
    return tr("{when}: {title}").format(when=when, title=incident.title)


def place_lines(places: Sequence[tuple[MapPlace, int]]) -> list[str]:
    """The list of places shown, each with its incidents within the filters (the words read once: thousands)."""
    template, locale = tr("{place} ({count})"), QLocale()
    return [template.format(place=place.name, count=locale.toString(count)) for place, count in places]


def precision_words(precision: str) -> str:
    words = {
        GeoPrecision.EXACT: tr("exact position"),
        GeoPrecision.NEAR: tr("near this position"),
        GeoPrecision.REGION: tr("known only to its region"),
    }
    return words.get(GeoPrecision(precision) if precision in set(GeoPrecision) else GeoPrecision.REGION, "")


def place_tip(place: MapPlace, count: int) -> str:
    where = ", ".join(part for part in (place.admin1, place.country) if part)
    return tr("{place} ({where}), {precision} · Incidents: {count}").format(
        place=place.name, where=where or "—", precision=precision_words(place.precision), count=number_text(count)
    )


def region_tip(region: str, places: Sequence[MapPlace]) -> str:
    names = ", ".join(p.name for p in places[:SHOWN_NAMES]) + (" …" if len(places) > SHOWN_NAMES else "")
    return tr("{region}: places known only to this region: {places}").format(region=region, places=names)


def distance_line(photo: MapPhoto, incident: MapIncident, place: MapPlace) -> str:
    """Where a photo was taken against the place of the incident it bears on: the distance when the place has a
    position, else that the incident is placed only in its region."""
    if place.latitude is None or place.longitude is None or place.precision == GeoPrecision.REGION:
        return tr("Photo {photo}: taken at {lat}, {lon}; “{incident}” is placed only in the region of {place}").format(
            photo=photo.name,
            lat=number_text(photo.latitude, 4),
            lon=number_text(photo.longitude, 4),
            incident=incident.title,
            place=place.name,
        )
    km = distance_km(photo.latitude, photo.longitude, place.latitude, place.longitude)
    return tr("Photo {photo}: taken {km} km from {place}, where “{incident}” is placed").format(
        photo=photo.name, km=number_text(km, 1), place=place.name, incident=incident.title
    )
