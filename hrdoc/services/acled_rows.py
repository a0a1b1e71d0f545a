"""Mapping ACLED rows to records of a case: what the case holds is read once from the store
(:class:`~hrdoc.services.acled_lookups.Lookups`, in the store's process); then one :class:`_Importer` per
import, pure Python (in the reading process), looks places, actors, sources and vocabulary up in memory,
validates each row with the forms' domain checks and builds the inserts.
"""

from __future__ import annotations

import functools
import operator
import os
import random
import uuid
from collections.abc import Callable
from typing import Any

from hrdoc.domain import validation
from hrdoc.domain.enums import (
    DatePrecision,
    FigureGroup,
    FigureQualifier,
    GeoPrecision,
    LinkRelation,
    SourceKind,
    Stance,
)
from hrdoc.domain.errors import Phrase, Term
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.services.acled_lookups import Lookups, _Place
from hrdoc.services.acled_read import AcledImportReport, RowProblem
from hrdoc.services.acled_values import (
    _PARSE_INTER,
    _PARSE_NAMES,
    ACLED_COLUMNS,
    ACTOR_COLUMNS,
    EVENT_ID_PREFIX,
    GEO_PRECISION,
    INTER_KIND,
    INTER_LABELS,
    LIMITS,
    NOTE_FIELDS,
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
    note_lines,
)
from hrdoc.services.acled_write import _Statement, _Step, _Writer
from hrdoc.services.records_kinds import column_defaults
from hrdoc.services.tables import unguard
from hrdoc.storage import models as m

BATCH = 2000  # incidents inserted at a time


# Where each ACLED column is in a row (the rows are tuples in ACLED_COLUMNS' order).
_AT = {name: n for n, name in enumerate(ACLED_COLUMNS)}
_place_texts = operator.itemgetter(*(_AT[c] for c in PLACE_COLUMNS))
_actor_texts = operator.itemgetter(*(_AT[c] for c in ACTOR_COLUMNS))
_kept_texts = operator.itemgetter(*(_AT[c] for c in ("source_scale", "region", "tags", "timestamp")))

# The columns an import gives each record (its id first); the others are the same for every record of the import.
INCIDENT_COLUMNS = (
    "id",
    "title",
    "description",
    "start_date",
    "date_precision",
    "location_id",
    "event_type",
    "event_subtype",
    "fatalities_best",
    "civilian_targeting",
    "notes",
)
LOCATION_COLUMNS = (
    "id",
    "name",
    "admin1",
    "admin2",
    "country_code",
    "latitude",
    "longitude",
    "geo_precision",
    "notes",
)
ACTOR_FIELDS = ("id", "name", "kind")
SOURCE_COLUMNS = ("id", "title", "publisher")
LINK_COLUMNS = ("id", "source_id", "incident_id")
# ACLED's fatalities, as ACLED gives them: a reported figure of the killed, with ACLED as its source and where in
# ACLED it is (the event id and the sources the row cites, ACLED's own words of where the figure comes from).
FIGURE_COLUMNS = ("id", "source_id", "incident_id", "value", "locator")
ACLED_SOURCE = "ACLED"


class _Importer:
    """One import, read in one place: the lookups (growing as rows make records), batches of rows to insert,
    the report. Pure Python: it never touches the store, it hands ready statements to ``ready``."""

    def __init__(self, known: Lookups, report: AcledImportReport) -> None:
        self.case_id = known.case_id
        self.report = report
        self.now = known.now
        self.vocab = known.vocab
        record = {
            "created_at": self.now,
            "updated_at": self.now,
            "created_by": known.user,
            "visibility": known.visibility,
        }
        self.places = known.places
        self.place_text = known.place_text
        self.actors = known.actors
        self.new_actors: dict[int, dict[str, Any]] = {}
        self.sources = known.sources
        self.known_events = known.known_events
        self.seen_events: dict[str, int] = {}
        # What every record of a kind made by this import has alike (its defaults, case, timestamps, author,
        # visibility): given to the writer once; the rows hold the rest (*_COLUMNS).
        mine = {"case_id": self.case_id, **record}
        self.constant = {
            Kind.LOCATION: _static_defaults(m.Location) | mine,
            Kind.INCIDENT: _static_defaults(m.Incident) | mine,
            Kind.ACTOR: _static_defaults(m.Actor) | mine | {"aliases": []},
            Kind.SOURCE: _static_defaults(m.Source)
            | mine
            | {"kind": SourceKind.DOCUMENT.value, "stance": Stance.CONTEXT.value, "notes": SOURCE_NOTE},
            Kind.LINK: _static_defaults(m.Link) | mine | {"relation": LinkRelation.SUPPORTS.value},
            Kind.FIGURE: _static_defaults(m.ReportedFigure)
            | mine
            | {
                "counted": "killed",
                "of_whom": FigureGroup.UNKNOWN.value,  # ACLED counts every death of the event, whoever died
                "qualifier": FigureQualifier.EXACT.value,
                "as_described": "",
            },
        }
        self.incident_base = self.constant[Kind.INCIDENT]
        self.incident_row = operator.itemgetter(*INCIDENT_COLUMNS)
        self.has_targeting = True
        self.id_counter = 0
        self.id_base = int(self.now.timestamp() * 1000) << 80 | 0x7 << 76 | 0b10 << 62
        self.random = random.Random(os.urandom(16))
        dialect = known.dialect() if known.dialect is not None else None
        self.writer = _Writer(dialect, mine)
        self.memo: dict[str, dict[Any, tuple[Any, tuple[FieldError, ...]]]] = {}
        self.actor_lines: dict[tuple[Any, ...], list[str]] = {}
        self.actors_found: set[tuple[Any, ...]] = set()
        self.batch = _new_batch()
        self.ready: Callable[[list[_Step]], None] = lambda steps: None
        # Places made for a row wait here until a valid row uses them.
        self.pending_places: dict[int, tuple[Any, ...]] = {}

    def new_id(self) -> int:
        """A time-ordered UUID (version 7, RFC 9562: milliseconds, a counter, random bits), as a whole number
        (:func:`~hrdoc.services.acled_lookups.as_number`): consecutive records land side by side in every index
        on their ids, so a bulk insert appends to the indexes instead of writing all over them."""
        self.id_counter += 1
        n = self.id_counter
        return self.id_base | (n >> 30) << 64 | (n & 0x3FFFFFFF) << 32 | self.random.getrandbits(32)

    # -- one row --

    def header(self, columns: list[str]) -> None:
        # An ACLED file without the column says nothing of civilian targeting; an empty cell says "no".
        self.has_targeting = "civilian_targeting" in columns

    def row(self, line: int, values: tuple[str, ...]) -> None:
        """Check one row (a cell for every ACLED column, in ACLED_COLUMNS' order) and queue its records, or
        reject it with its line."""
        (
            event_id_cell,
            date_cell,
            precision_cell,
            _disorder,
            type_cell,
            subtype_cell,
            _actor1,
            _assoc1,
            inter1_cell,
            _actor2,
            _assoc2,
            inter2_cell,
            _interaction,
            targeting_cell,
            _iso,
            _region,
            _country_cell,
            _admin1,
            _admin2,
            _admin3,
            _location,
            _latitude,
            _longitude,
            geo_cell,
            source_cell,
            _scale,
            notes_cell,
            fatalities_cell,
            _tags,
            _timestamp,
        ) = values
        errors: list[FieldError] = []
        parsed = self._parsed
        event_id = _clean(event_id_cell)
        if event_id:
            if event_id in self.known_events:
                errors.append(
                    FieldError(
                        "event_id_cnty",
                        Phrase(N_("{event_id} is already in this case (imported before)"), event_id=event_id),
                    )
                )
            elif event_id in self.seen_events:
                first = self.seen_events[event_id]
                errors.append(
                    FieldError(
                        "event_id_cnty",
                        Phrase(
                            N_("{event_id} appears twice in the file (first on line {first})"),
                            event_id=event_id,
                            first=first,
                        ),
                    )
                )
        start = parsed("date", date_cell, _parse_event_date, errors)
        # Cells that come again together, checked together (their problems in the same order).
        codes = parsed(
            "codes", (precision_cell, type_cell, subtype_cell, inter1_cell, inter2_cell), self._codes, errors
        )
        precision, (event_type, subtype), inter1, inter2 = codes or (None, ("", ""), None, None)
        fatalities = parsed("fatalities", fatalities_cell, _parse_fatalities, errors)
        targeting: bool | None = None
        if self.has_targeting:
            targeting = parsed("targeting", targeting_cell, _parse_targeting, errors)
        place = parsed("place", _place_texts(values), self._place, errors)
        actor_cells = _actor_texts(values)
        actors = parsed("actors", actor_cells, _parse_actors, errors)
        sources = parsed("source", source_cell, _PARSE_NAMES["source"], errors) or []
        if errors:
            self._reject(line, errors)
            return

        label = self.vocab.labels.get(subtype or event_type, event_type)
        title = f"{label} in {place.name}" if place is not None else label
        # The actors of a row come again together, with the same lines in the notes.
        actor_lines = self.actor_lines.get(group := (actor_cells, inter1, inter2))
        if actor_lines is None:
            actor_lines = self.actor_lines[group] = _actor_notes(actors, inter1, inter2)
        kept: dict[str, str] = {}
        geo = geo_cell.strip()
        if place is not None and geo and GEO_PRECISION.get(geo) != place.precision:
            kept["geo_precision"] = geo  # this event's own, where it differs from its place's
        for name, text in zip(("source_scale", "region", "tags", "timestamp"), _kept_texts(values), strict=True):
            kept[name] = _clean(text)
        notes = [f"{EVENT_ID_PREFIX}{event_id}"] if event_id else []
        notes += actor_lines
        notes += note_lines(kept, _NOTES_AFTER_ACTORS)
        incident = self.incident_base | {
            "title": title[:300],
            "description": unguard(notes_cell.strip()),
            "start_date": start,
            "date_precision": precision or DatePrecision.EXACT.value,
            "location_id": place.id if place else None,
            "event_type": event_type,
            "event_subtype": subtype,
            "fatalities_best": fatalities,
            "civilian_targeting": targeting,
            "notes": "\n".join(notes),  # as make_notes(event_id, fields) makes them
        }
        try:
            validation.check_incident(incident)
        except ValidationError as err:
            self._reject(line, err.errors)
            return
        incident["id"] = incident_id = self.new_id()
        if place is not None and place.id in self.pending_places:
            self.batch[Kind.LOCATION].append(self.pending_places.pop(place.id))
        self.batch[Kind.INCIDENT].append(self.incident_row(incident))
        if group not in self.actors_found:  # the first valid row with these actors finds or makes them
            self.actors_found.add(group)
            self._actors(actors, inter1, inter2)
        links = self.batch[Kind.LINK]
        for source in sources:
            links.append((self.new_id(), self._source(source), incident_id))
        self._figure(incident_id, fatalities, event_id, sources)
        if event_id:
            self.seen_events[event_id] = line
        self.report.imported += 1
        if len(self.batch[Kind.INCIDENT]) >= BATCH:
            self.hand_over()

    def _figure(self, incident_id: int, fatalities: int | None, event_id: str, sources: list[str]) -> None:
        """ACLED's fatalities of a row as a figure of the killed, given by ACLED, where in ACLED: the event id
        and the sources the row cites (its source text, as ACLED wrote it)."""
        if fatalities is None:
            return
        cited = "; ".join(sources)
        where = f"{event_id}: {cited}" if event_id and cited else event_id or cited
        figure = (self.new_id(), self._source(ACLED_SOURCE), incident_id, fatalities, where[:200])
        self.batch[Kind.FIGURE].append(figure)

    def _codes(self, cells: tuple[str, str, str, str, str]) -> tuple[Any, ...]:
        """The date precision, the event type and sub-type, and the two actor types of a row; ValidationError
        with the problems of every one of them."""
        precision_cell, type_cell, subtype_cell, inter1_cell, inter2_cell = cells
        errors: list[FieldError] = []
        found = (
            _checked(_parse_time_precision, precision_cell, errors),
            _checked(self.vocab.resolve, (type_cell, subtype_cell), errors),
            _checked(_PARSE_INTER["inter1"], inter1_cell, errors),
            _checked(_PARSE_INTER["inter2"], inter2_cell, errors),
        )
        if errors:
            raise ValidationError(errors)
        return found

    def _actors(self, actors: list[list[str]], inter1: int | None, inter2: int | None) -> None:
        """Find or make the actors of a valid row."""
        for names, kind in zip(
            actors, (INTER_KIND.get(inter1 or 0, ""), "", INTER_KIND.get(inter2 or 0, ""), ""), strict=True
        ):
            for name in names:
                self._actor(name, kind)

    def _parsed(self, what: str, text: Any, parse: Callable[[Any], Any], errors: list[FieldError]) -> Any:
        """``parse(text)``, remembered: ACLED files repeat the same places, actors, types and dates."""
        memo = self.memo.get(what)
        if memo is None:
            memo = self.memo[what] = {}
        found = memo.get(text)
        if found is None:
            try:
                found = (parse(text), ())
            except ValidationError as err:
                found = (None, tuple(err.errors))
            memo[text] = found
        if found[1]:
            errors.extend(found[1])
        return found[0]

    def _place(self, texts: tuple[str, ...]) -> _Place:
        """The place of a row (found, or made and kept pending until a valid row uses it)."""
        values = dict(zip(PLACE_COLUMNS, texts, strict=True))
        errors: list[FieldError] = []
        lat = lon = None
        for name in ("latitude", "longitude"):
            try:
                number = _number(values[name])
            except ValueError as err:
                errors.append(FieldError(name, Phrase.of(err)))
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
            errors.append(FieldError("location", N_("no place: give location, or latitude and longitude")))
        country = _country(values["iso"], _clean(values["country"]), errors)
        precision_text = values["geo_precision"].strip()
        precision = GEO_PRECISION.get(precision_text) if precision_text else GeoPrecision.REGION
        if precision is None:
            errors.append(
                FieldError(
                    "geo_precision",
                    Phrase(
                        N_("{precision_text} is not 1 (exact), 2 (near) or 3 (region)"),
                        precision_text=repr(precision_text),
                    ),
                )
            )
        for fld, value in (("location", name), ("admin1", admin1), ("admin2", admin2)):
            limit = LIMITS["name" if fld == "location" else fld]
            if len(value) > limit:
                errors.append(FieldError(fld, Phrase(N_("is at most {limit} characters long"), limit=limit)))
        if errors:
            raise ValidationError(errors)
        key = _place_key(name, admin1, lat, lon)
        found = self.places.get(key)
        if found is not None:
            return found
        location = self.constant[Kind.LOCATION] | {
            "name": name,
            "admin1": admin1,
            "admin2": admin2,
            "country_code": country,
            "latitude": lat,
            "longitude": lon,
            "geo_precision": (precision or GeoPrecision.REGION).value,
            "notes": f"{NOTE_PREFIX}admin3: {admin3}" if admin3 else "",
        }
        validation.check_location(location)
        location["id"] = self.new_id()
        place = _Place(location["id"], name, precision)
        self.places[key] = place
        self.place_text[place.id] = (name, location["alt_spellings"], admin1, admin2)
        self.pending_places[place.id] = tuple(location[c] for c in LOCATION_COLUMNS)
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
            self.new_actors[actor_id] = {"id": actor_id, "name": name, "kind": kind}
        elif kind and actor_id in self.new_actors and not self.new_actors[actor_id]["kind"]:
            self.new_actors[actor_id]["kind"] = kind

    def _source(self, name: str) -> int:
        source_id = self.sources.get(name)
        if source_id is None:
            source_id = self.sources.get(key := _key(name))
            if source_id is not None:
                self.sources[name] = source_id
        if source_id is None:
            source_id = self.new_id()
            self.sources[key] = self.sources[name] = source_id
            self.batch[Kind.SOURCE].append((source_id, name, name))
        return source_id

    def _reject(self, line: int, errors: list[FieldError]) -> None:
        # By the file's columns (ACLED's names: latitude, event_type), which the person importing it reads.
        said = [Phrase(N_("{column}: {message}"), column=e.field, message=_message(e)) for e in errors]
        self.report.rejected.append(RowProblem(line, functools.reduce(_and, said)))

    # -- handing over --

    def hand_over(self) -> None:
        """Pass the rows queued so far on to be written (unless nothing will be kept anyway), as statements
        ready to run: the store's process then only runs them."""
        batch, self.batch = self.batch, _new_batch()
        if self.report.strict and self.report.rejected:
            return
        steps: list[_Step] = []
        for kind, model, columns, counter in (  # places and sources first: incidents and links refer to them
            (Kind.LOCATION, m.Location, LOCATION_COLUMNS, "locations"),
            (Kind.SOURCE, m.Source, SOURCE_COLUMNS, "sources"),
            (Kind.INCIDENT, m.Incident, INCIDENT_COLUMNS, "incidents"),
            (Kind.LINK, m.Link, LINK_COLUMNS, "links"),
            (Kind.FIGURE, m.ReportedFigure, FIGURE_COLUMNS, "figures"),
        ):
            rows = batch[kind]
            if not rows:
                continue
            step = _Step([self.writer.statement(model, columns, self.constant[kind], rows)], counter, len(rows))
            if kind == Kind.INCIDENT and (documents := self._documents(rows)) is not None:
                step.statements.append(documents)
            elif kind != Kind.LINK:  # a link made here has no text to find (no excerpt, locator or notes)
                step.reindex = (kind, [uuid.UUID(int=r[0]) for r in rows])
            steps.append(step)
        if steps:
            self.ready(steps)

    def _documents(self, rows: list[tuple[Any, ...]]) -> _Statement | None:
        reported = self.incident_base["date_as_reported"]
        return self.writer.documents(
            self.case_id,
            [(r[0], r[1], r[2], reported, r[5], r[10]) for r in rows],  # id, title, description, place, notes
            self.place_text,
        )

    def finish(self) -> None:
        """Hand over the last rows, then the actors, once every row has been read (a later row may give an
        actor its kind); the actors only if the import will be kept."""
        self.hand_over()
        actors = [(a["id"], a["name"], a["kind"]) for a in self.new_actors.values()]
        if actors and self.report.imported and not (self.report.strict and self.report.rejected):
            statement = self.writer.statement(m.Actor, ACTOR_FIELDS, self.constant[Kind.ACTOR], actors)
            reindex = (Kind.ACTOR, [uuid.UUID(int=a[0]) for a in actors])
            self.ready([_Step([statement], "actors", len(actors), reindex)])


assert INCIDENT_COLUMNS.index("location_id") == 5 and INCIDENT_COLUMNS.index("notes") == 10  # _documents


def _checked(parse: Callable[[Any], Any], text: Any, errors: list[FieldError]) -> Any:
    """``parse(text)``, or None with its problems added to ``errors``."""
    try:
        return parse(text)
    except ValidationError as err:
        errors.extend(err.errors)
        return None


def _actor_notes(actors: list[list[str]], inter1: int | None, inter2: int | None) -> list[str]:
    """The lines an incident's notes keep of its actors."""
    kept = dict(zip(ACTOR_COLUMNS, ("; ".join(names) for names in actors), strict=True))
    kept["inter1"] = INTER_LABELS.get(inter1 or 0, "")
    kept["inter2"] = INTER_LABELS.get(inter2 or 0, "")
    return note_lines(kept, _NOTES_OF_ACTORS)


def _parse_actors(cells: tuple[str, str, str, str]) -> list[list[str]]:
    """The names in each of a row's actor columns (ACTOR_COLUMNS); ValidationError with every column's problems."""
    errors: list[FieldError] = []
    names = [_checked(_PARSE_NAMES[c], text, errors) or [] for c, text in zip(ACTOR_COLUMNS, cells, strict=True)]
    if errors:
        raise ValidationError(errors)
    return names


# An incident's notes: the lines of its actors (made once for each set of actors), then the others.
_NOTES_OF_ACTORS = NOTE_FIELDS[:6]
_NOTES_AFTER_ACTORS = NOTE_FIELDS[6:]
assert set(_NOTES_OF_ACTORS) == {*ACTOR_COLUMNS, "inter1", "inter2"}


def _static_defaults(model: Any) -> dict[str, Any]:
    """A new record's values for the columns a row leaves out, as the record service gives them, except
    those computed afresh for each record (such as a version token): the insert computes those row by row.
    Empty lists and dicts are shared, which is safe: rows are written, never changed here."""
    computed = {c.key for c in model.__table__.columns if c.default is not None and c.default.is_callable}
    return {k: v for k, v in column_defaults(model).items() if k not in computed or isinstance(v, list | dict)}


def _new_batch() -> dict[str, list[tuple[Any, ...]]]:
    return {kind: [] for kind in (Kind.LOCATION, Kind.SOURCE, Kind.INCIDENT, Kind.LINK, Kind.FIGURE)}


def _and(first: str, second: str) -> Phrase:
    """Two problems of a row, one after the other ("; " in English)."""
    return Phrase(N_("{first}; {second}"), first=first, second=second)


def _message(error: FieldError) -> str:
    """A field's message as a parameter put into words with the line's: a phrase as it is, a text marked ``N_``
    ("is required") looked up as a term."""
    return error.message if isinstance(error.message, Phrase) else Term(error.message)
