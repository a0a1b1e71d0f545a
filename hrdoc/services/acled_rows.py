"""Mapping ACLED rows to records of a case: what the case holds is read once from the store (:class:`Lookups`,
in the store's process); then one :class:`_Importer` per import, pure Python (in the reading process), looks
places, actors, sources and vocabulary up in memory, validates each row with the forms' domain checks and
builds the inserts.
"""

from __future__ import annotations

import operator
import os
import random
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from hrdoc.domain import validation
from hrdoc.domain.enums import DatePrecision, GeoPrecision, LinkRelation, SourceKind, Stance
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.services.acled_read import AcledImportReport, RowProblem
from hrdoc.services.acled_values import (
    _PARSE_INTER,
    _PARSE_NAMES,
    ACTOR_COLUMNS,
    EVENT_ID_PREFIX,
    GEO_PRECISION,
    INTER_KIND,
    INTER_LABELS,
    LIMITS,
    NOTE_PREFIX,
    PLACE_COLUMNS,
    SOURCE_NOTE,
    _clean,
    _country,
    _key,
    _number,
    _parse_event_date,
    _parse_fatalities,
    _parse_targeting,
    _parse_time_precision,
    _place_key,
    _Vocabulary,
    make_notes,
    read_notes,
)
from hrdoc.services.acled_write import _Step, _Writer
from hrdoc.services.records_kinds import column_defaults
from hrdoc.services.tables import unguard
from hrdoc.storage import models as m
from hrdoc.storage.base import utcnow

BATCH = 2000  # incidents inserted at a time


@dataclass
class _Place:
    id: uuid.UUID
    name: str
    precision: GeoPrecision | None


_place_texts = operator.itemgetter(*PLACE_COLUMNS)


@dataclass
class Lookups:
    """What an import needs to know of the store and the case, read once in the store's process and handed to
    the reading process (plain data): the places, actors, sources and event ids the case holds, the event
    type vocabulary, who imports, when, and with what visibility."""

    case_id: uuid.UUID
    user: str
    visibility: str
    now: Any
    dialect: type[Dialect] | None  # the store's SQLite dialect class; None for another database
    vocab: _Vocabulary
    places: dict[tuple[str, str, float | None, float | None], _Place]
    # What an incident's search document says of its place: name, other spellings, admin1, admin2.
    place_text: dict[uuid.UUID, tuple[Any, ...]]
    actors: dict[str, uuid.UUID]
    sources: dict[str, uuid.UUID]
    known_events: set[str]

    @classmethod
    def load(cls, session: Session, case_id: uuid.UUID, user: str, visibility: str) -> Lookups:
        places: dict[tuple[str, str, float | None, float | None], _Place] = {}
        place_text: dict[uuid.UUID, tuple[Any, ...]] = {}
        for loc in session.execute(
            select(
                m.Location.id,
                m.Location.name,
                m.Location.alt_spellings,
                m.Location.admin1,
                m.Location.admin2,
                m.Location.latitude,
                m.Location.longitude,
                m.Location.geo_precision,
            ).where(m.Location.case_id == case_id)
        ):
            place = _Place(loc.id, loc.name, GeoPrecision(loc.geo_precision))
            places.setdefault(_place_key(loc.name, loc.admin1, loc.latitude, loc.longitude), place)
            place_text[loc.id] = (loc.name, loc.alt_spellings, loc.admin1, loc.admin2)
        actors: dict[str, uuid.UUID] = {}
        for actor_id, name, aliases in session.execute(
            select(m.Actor.id, m.Actor.name, m.Actor.aliases).where(m.Actor.case_id == case_id)
        ):
            actors.setdefault(_key(name), actor_id)
            for alias in aliases or []:
                actors.setdefault(_key(alias), actor_id)
        sources = {
            _key(title): sid
            for sid, title in session.execute(select(m.Source.id, m.Source.title).where(m.Source.case_id == case_id))
        }
        known_events: set[str] = set()
        for notes in session.scalars(
            select(m.Incident.notes).where(m.Incident.case_id == case_id, m.Incident.notes.contains(EVENT_ID_PREFIX))
        ):
            if event := read_notes(notes)[0]:
                known_events.add(event)
        dialect = session.connection().dialect
        return cls(
            case_id,
            user,
            visibility,
            utcnow(),
            type(dialect) if dialect.name == "sqlite" else None,
            _Vocabulary.load(session),
            places,
            place_text,
            actors,
            sources,
            known_events,
        )


class _Importer:
    """One import, read in one place: the lookups (growing as rows make records), batches of rows to insert,
    the report. Pure Python: it never touches the store, it hands ready statements to ``ready``."""

    def __init__(self, known: Lookups, report: AcledImportReport) -> None:
        self.case_id = known.case_id
        self.report = report
        self.now = known.now
        self.vocab = known.vocab
        self.record = {
            "created_at": self.now,
            "updated_at": self.now,
            "created_by": known.user,
            "visibility": known.visibility,
        }
        self.places = known.places
        self.place_text = known.place_text
        self.actors = known.actors
        self.new_actors: dict[uuid.UUID, dict[str, Any]] = {}
        self.sources = known.sources
        self.known_events = known.known_events
        self.seen_events: dict[str, int] = {}
        self.defaults = {
            Kind.LOCATION: _static_defaults(m.Location),
            Kind.INCIDENT: _static_defaults(m.Incident),
            Kind.ACTOR: _static_defaults(m.Actor),
            Kind.SOURCE: _static_defaults(m.Source),
            Kind.LINK: _static_defaults(m.Link),
        }
        self.has_targeting = True
        self.id_counter = 0
        self.id_base = int(self.now.timestamp() * 1000) << 80 | 0x7 << 76 | 0b10 << 62
        self.random = random.Random(os.urandom(16))
        dialect = known.dialect() if known.dialect is not None else None
        self.writer = _Writer(dialect, {"case_id": self.case_id, **self.record})
        self.memo: dict[str, dict[Any, tuple[Any, tuple[FieldError, ...]]]] = {}
        self.batch = _new_batch()
        self.ready: Callable[[list[_Step]], None] = lambda steps: None
        # Places made for a row wait here until a valid row uses them.
        self.pending_places: dict[uuid.UUID, dict[str, Any]] = {}

    def new_id(self) -> uuid.UUID:
        """A time-ordered UUID (version 7, RFC 9562: milliseconds, a counter, random bits): consecutive records
        land side by side in every index on their ids, so a bulk insert appends to the indexes instead of
        writing all over them."""
        self.id_counter += 1
        n = self.id_counter
        return uuid.UUID(int=self.id_base | (n >> 30) << 64 | (n & 0x3FFFFFFF) << 32 | self.random.getrandbits(32))

    # -- one row --

    def header(self, columns: list[str]) -> None:
        # An ACLED file without the column says nothing of civilian targeting; an empty cell says "no".
        self.has_targeting = "civilian_targeting" in columns

    def row(self, line: int, values: Mapping[str, str]) -> None:
        """Check one row (every ACLED column present) and queue its records, or reject it with its line."""
        errors: list[FieldError] = []
        parsed = self._parsed
        event_id = _clean(values["event_id_cnty"])
        if event_id:
            if event_id in self.known_events:
                errors.append(FieldError("event_id_cnty", f"{event_id} is already in this case (imported before)"))
            elif event_id in self.seen_events:
                first = self.seen_events[event_id]
                errors.append(
                    FieldError("event_id_cnty", f"{event_id} appears twice in the file (first on line {first})")
                )
        start = parsed("date", values["event_date"], _parse_event_date, errors)
        precision = parsed("time_precision", values["time_precision"], _parse_time_precision, errors)
        types = parsed("types", (values["event_type"], values["sub_event_type"]), self.vocab.resolve, errors)
        event_type, subtype = types or ("", "")
        inter1 = parsed("inter1", values["inter1"], _PARSE_INTER["inter1"], errors)
        inter2 = parsed("inter2", values["inter2"], _PARSE_INTER["inter2"], errors)
        fatalities = parsed("fatalities", values["fatalities"], _parse_fatalities, errors)
        targeting: bool | None = None
        if self.has_targeting:
            targeting = parsed("targeting", values["civilian_targeting"], _parse_targeting, errors)
        place = parsed("place", _place_texts(values), self._place, errors)
        actors = [parsed(c, values[c], _PARSE_NAMES[c], errors) or [] for c in ACTOR_COLUMNS]
        sources = parsed("source", values["source"], _PARSE_NAMES["source"], errors) or []
        if errors:
            self._reject(line, errors)
            return

        label = self.vocab.labels.get(subtype or event_type, event_type)
        title = f"{label} in {place.name}" if place is not None else label
        kept = dict(zip(ACTOR_COLUMNS, ("; ".join(names) for names in actors), strict=True))
        kept["inter1"] = INTER_LABELS.get(inter1 or 0, "")
        kept["inter2"] = INTER_LABELS.get(inter2 or 0, "")
        geo = values["geo_precision"].strip()
        if place is not None and geo and GEO_PRECISION.get(geo) != place.precision:
            kept["geo_precision"] = geo  # this event's own, where it differs from its place's
        for name in ("source_scale", "region", "tags", "timestamp"):
            kept[name] = _clean(values[name])
        incident = self.defaults[Kind.INCIDENT] | {
            "case_id": self.case_id,
            "title": title[:300],
            "description": unguard(values["notes"].strip()),
            "start_date": start,
            "date_precision": precision or DatePrecision.EXACT.value,
            "location_id": place.id if place else None,
            "event_type": event_type,
            "event_subtype": subtype,
            "fatalities_best": fatalities,
            "civilian_targeting": targeting,
            "notes": make_notes(event_id, kept),
            **self.record,
        }
        try:
            validation.check_incident(incident)
        except ValidationError as err:
            self._reject(line, err.errors)
            return
        incident["id"] = incident_id = self.new_id()
        if place is not None and place.id in self.pending_places:
            self.batch[Kind.LOCATION].append(self.pending_places.pop(place.id))
        self.batch[Kind.INCIDENT].append(incident)
        for names, kind in zip(
            actors, (INTER_KIND.get(inter1 or 0, ""), "", INTER_KIND.get(inter2 or 0, ""), ""), strict=True
        ):
            for name in names:
                self._actor(name, kind)
        for source in sources:
            self.batch[Kind.LINK].append(
                self.defaults[Kind.LINK]
                | {
                    "id": self.new_id(),
                    "case_id": self.case_id,
                    "source_id": self._source(source),
                    "incident_id": incident_id,
                    "relation": LinkRelation.SUPPORTS.value,
                    **self.record,
                }
            )
        if event_id:
            self.seen_events[event_id] = line
        self.report.imported += 1
        if len(self.batch[Kind.INCIDENT]) >= BATCH:
            self.hand_over()

    def _parsed(self, what: str, text: Any, parse: Callable[[Any], Any], errors: list[FieldError]) -> Any:
        """``parse(text)``, remembered: ACLED files repeat the same places, actors, types and dates."""
        memo = self.memo.setdefault(what, {})
        found = memo.get(text)
        if found is None:
            try:
                found = (parse(text), ())
            except ValidationError as err:
                found = (None, tuple(err.errors))
            memo[text] = found
        value, problems = found
        if problems:
            errors.extend(problems)
        return value

    def _place(self, texts: tuple[str, ...]) -> _Place:
        """The place of a row (found, or made and kept pending until a valid row uses it)."""
        values = dict(zip(PLACE_COLUMNS, texts, strict=True))
        errors: list[FieldError] = []
        lat = lon = None
        for name in ("latitude", "longitude"):
            try:
                number = _number(values[name])
            except ValueError as err:
                errors.append(FieldError(name, str(err)))
                continue
            if name == "latitude":
                lat = number
            else:
                lon = number
        admin1, admin2, admin3 = (_clean(values[n]) for n in ("admin1", "admin2", "admin3"))
        name = _clean(values["location"]) or admin3 or admin2 or admin1
        if not name and lat is not None and lon is not None:
            name = f"{lat:g}, {lon:g}"
        if not name:
            errors.append(FieldError("location", "no place: give location, or latitude and longitude"))
        country = _country(values["iso"], _clean(values["country"]), errors)
        precision_text = values["geo_precision"].strip()
        precision = GEO_PRECISION.get(precision_text) if precision_text else GeoPrecision.REGION
        if precision is None:
            errors.append(FieldError("geo_precision", f"{precision_text!r} is not 1 (exact), 2 (near) or 3 (region)"))
        for fld, value in (("location", name), ("admin1", admin1), ("admin2", admin2)):
            limit = LIMITS["name" if fld == "location" else fld]
            if len(value) > limit:
                errors.append(FieldError(fld, f"is at most {limit} characters long"))
        if errors:
            raise ValidationError(errors)
        key = _place_key(name, admin1, lat, lon)
        found = self.places.get(key)
        if found is not None:
            return found
        location = self.defaults[Kind.LOCATION] | {
            "case_id": self.case_id,
            "name": name,
            "admin1": admin1,
            "admin2": admin2,
            "country_code": country,
            "latitude": lat,
            "longitude": lon,
            "geo_precision": (precision or GeoPrecision.REGION).value,
            "notes": f"{NOTE_PREFIX}admin3: {admin3}" if admin3 else "",
            **self.record,
        }
        validation.check_location(location)
        location["id"] = self.new_id()
        place = _Place(location["id"], name, precision)
        self.places[key] = place
        self.place_text[place.id] = (name, location["alt_spellings"], admin1, admin2)
        self.pending_places[place.id] = location
        return place

    def _actor(self, name: str, kind: str) -> None:
        actor_id = self.actors.get(name)  # most names come again exactly as written before
        if actor_id is None:
            actor_id = self.actors.get(key := _key(name))
            if actor_id is not None:
                self.actors[name] = actor_id
        if actor_id is None:
            actor_id = self.new_id()
            self.actors[key] = self.actors[name] = actor_id
            self.new_actors[actor_id] = self.defaults[Kind.ACTOR] | {
                "id": actor_id,
                "case_id": self.case_id,
                "name": name,
                "kind": kind,
                "aliases": [],
                **self.record,
            }
        elif kind and actor_id in self.new_actors and not self.new_actors[actor_id]["kind"]:
            self.new_actors[actor_id]["kind"] = kind

    def _source(self, name: str) -> uuid.UUID:
        source_id = self.sources.get(name)
        if source_id is None:
            source_id = self.sources.get(key := _key(name))
            if source_id is not None:
                self.sources[name] = source_id
        if source_id is None:
            source_id = self.new_id()
            self.sources[key] = self.sources[name] = source_id
            self.batch[Kind.SOURCE].append(
                self.defaults[Kind.SOURCE]
                | {
                    "id": source_id,
                    "case_id": self.case_id,
                    "kind": SourceKind.DOCUMENT.value,
                    "title": name,
                    "publisher": name,
                    "stance": Stance.CONTEXT.value,
                    **self.record,
                    "notes": SOURCE_NOTE,
                }
            )
        return source_id

    def _reject(self, line: int, errors: list[FieldError]) -> None:
        # By the file's columns (ACLED's names: latitude, event_type), which the person importing it reads.
        self.report.rejected.append(RowProblem(line, "; ".join(f"{e.field}: {e.message}" for e in errors)))

    # -- handing over --

    def hand_over(self) -> None:
        """Pass the rows queued so far on to be written (unless nothing will be kept anyway), as statements
        ready to run: the store's process then only runs them."""
        batch, self.batch = self.batch, _new_batch()
        if self.report.strict and self.report.rejected:
            return
        steps: list[_Step] = []
        for kind, model, counter in (  # places and sources first: incidents and links refer to them
            (Kind.LOCATION, m.Location, "locations"),
            (Kind.SOURCE, m.Source, "sources"),
            (Kind.INCIDENT, m.Incident, "incidents"),
            (Kind.LINK, m.Link, "links"),
        ):
            rows = batch[kind]
            if not rows:
                continue
            step = _Step([self.writer.statement(model, rows)], counter, len(rows))
            if kind == Kind.INCIDENT and (documents := self.writer.documents(rows, self.place_text)) is not None:
                step.statements.append(documents)
            elif kind != Kind.LINK:  # a link made here has no text to find (no excerpt, locator or notes)
                step.reindex = (kind, [r["id"] for r in rows])
            steps.append(step)
        if steps:
            self.ready(steps)

    def finish(self) -> None:
        """Hand over the last rows, then the actors, once every row has been read (a later row may give an
        actor its kind); the actors only if the import will be kept."""
        self.hand_over()
        actors = list(self.new_actors.values())
        if actors and self.report.imported and not (self.report.strict and self.report.rejected):
            statement = self.writer.statement(m.Actor, actors)
            self.ready([_Step([statement], "actors", len(actors), (Kind.ACTOR, [a["id"] for a in actors]))])


def _static_defaults(model: Any) -> dict[str, Any]:
    """A new record's values for the columns a row leaves out, as the record service gives them, except
    those computed afresh for each record (such as a version token): the insert computes those row by row.
    Empty lists and dicts are shared, which is safe: rows are written, never changed here."""
    computed = {c.key for c in model.__table__.columns if c.default is not None and c.default.is_callable}
    return {k: v for k, v in column_defaults(model).items() if k not in computed or isinstance(v, list | dict)}


def _new_batch() -> dict[str, list[dict[str, Any]]]:
    return {kind: [] for kind in (Kind.LOCATION, Kind.SOURCE, Kind.INCIDENT, Kind.LINK)}
