"""ACLED-style CSV: import events as incidents (with their places, actors and sources), export them back.

The mapping, field by field, is in docs/acled.md. In short:

* each row is an incident: ``event_date``/``time_precision`` give its date and date precision,
  ``event_type``/``sub_event_type`` its event type (the labels of vocabulary ``event_type``), ``notes`` its
  description, ``fatalities`` its best estimate of deaths, ``civilian_targeting`` its civilian targeting;
* ``location``, ``admin1``-``admin3``, ``iso``/``country``, ``latitude``/``longitude`` and ``geo_precision``
  find or create a place of the case (same name, admin1 and coordinates);
* ``actor1``, ``actor2`` and the associated actors find or create actors of the case by name or alias
  (letter case does not count); ``inter1``/``inter2`` give a new actor its kind;
* each name in ``source`` finds or creates a source of the case, linked to the incident (``supports``);
* what hrdoc has no field for (``event_id_cnty``, the actors' roles, ``source_scale``, ``region``, ``tags``,
  ``timestamp``, an event's own ``geo_precision``) is kept in the incident's notes as ``acled:ID`` and
  ``ACLED field: value`` lines, searchable and read back by the export.

An import is one unit of work: every valid row is imported, in one transaction, with ONE audit entry (file
name, SHA-256, counts, rejected lines); rows that cannot be mapped are reported as "line N: what is wrong"
(lines counted as a spreadsheet shows them: the header is line 1; a row with line breaks inside a quoted
cell is numbered by the line it starts on). With ``strict``, nothing is imported if any row is rejected.
Rows are validated with the same domain checks as the forms (:mod:`hrdoc.domain.validation`) and inserted
in batches, with places, actors, sources and vocabulary looked up in memory, so 100,000 rows take seconds.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import json
import math
import operator
import os
import queue
import random
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hrdoc.domain import countries, validation
from hrdoc.domain.enums import (
    AuditAction,
    DatePrecision,
    GeoPrecision,
    LinkRelation,
    SourceKind,
    Stance,
    Visibility,
)
from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.domain.vocabularies import EVENT_TYPE
from hrdoc.services import audit
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.records import column_defaults
from hrdoc.services.sharing import Audience
from hrdoc.services.tables import CsvError, CsvSink, Scope, TableExport, cell, output, record_export, unguard
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from hrdoc.storage.base import utcnow

# The columns of an ACLED export, in ACLED's order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
# Columns of ACLED's own files that follow from others (or are gone from ACLED): read, not reported.
DERIVED_COLUMNS = frozenset({"year", "event_id_no_cnty", "data_id", "iso3"})
REQUIRED_COLUMNS = ("event_date", "event_type")

TIME_PRECISION = {"1": DatePrecision.EXACT, "2": DatePrecision.APPROXIMATE_DAY, "3": DatePrecision.MONTH}
TIME_PRECISION_OUT = {
    DatePrecision.EXACT.value: "1",
    DatePrecision.APPROXIMATE_DAY.value: "2",
    DatePrecision.MONTH.value: "3",
    DatePrecision.YEAR.value: "3",  # ACLED's coarsest precision is the month
    DatePrecision.UNKNOWN.value: "3",
}
GEO_PRECISION = {"1": GeoPrecision.EXACT, "2": GeoPrecision.NEAR, "3": GeoPrecision.REGION}
GEO_PRECISION_OUT = {p.value: code for code, p in GEO_PRECISION.items()}

# ACLED actor types (inter1, inter2): numeric codes in older files, labels in newer ones.
INTER_LABELS = {
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}
INTER_KIND = {
    1: "state_force",
    2: "non_state_armed_group",
    3: "militia",
    4: "militia",
    5: "civilian_group",
    6: "civilian_group",
    7: "civilian_group",
    8: "foreign_military_or_mercenary",
}
KIND_INTER = {"state_force": 1, "non_state_armed_group": 2, "militia": 3, "civilian_group": 7}
KIND_INTER["foreign_military_or_mercenary"] = 8
_INTER_BY_TEXT = {label.casefold(): code for code, label in INTER_LABELS.items()} | {
    "state forces": 1,
    "rebel groups": 2,
    "political militias": 3,
    "identity militias": 4,
    "rioter": 5,
    "protester": 6,
    "civilian": 7,
    "external/other force": 8,
    "external/other": 8,
}
CIVILIAN_TARGETING = "Civilian targeting"
DISORDER = {
    "battles": "Political violence",
    "explosions_remote_violence": "Political violence",
    "violence_against_civilians": "Political violence",
    "protests": "Demonstrations",
    "riots": "Demonstrations",
    "strategic_developments": "Strategic developments",
}
DISORDER_BY_SUBTYPE = {"excessive_force_against_protesters": "Political violence; Demonstrations"}

# What the incident's notes keep of a row (besides the event id), in this order.
NOTE_FIELDS = (
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "geo_precision",
    "source_scale",
    "region",
    "tags",
    "timestamp",
)
NOTE_PREFIX = "ACLED "
EVENT_ID_PREFIX = "acled:"
_NOTE_LINE = re.compile(r"^ACLED (\w+): (.*)$")
_EVENT_ID_LINE = re.compile(r"^acled:(\S+)$")
SOURCE_NOTE = "Named as a source by ACLED, which gives the outlet, not the article."

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[ \-/.]([A-Za-z]+|\d{1,2})[ \-/.,]+(\d{4})")
DATE_WORDS = "a date (YYYY-MM-DD, or day month year such as 26 July 2025 or 26/07/2025)"

BATCH = 2000
HEAD_BYTES = 64 * 1024
BOM = "\ufeff"
_LINE_END = re.compile(rb"\r\n|\r|\n")
LIMITS = {"name": 300, "admin1": 200, "admin2": 200, "actor": 300, "source": 500}


# -- reading the file ---------------------------------------------------------------------------------------


class _HashingReader(io.RawIOBase):
    """Serves ``head`` then the rest of ``raw``, hashing and counting every byte."""

    def __init__(self, head: bytes, raw: BinaryIO) -> None:
        self._head = head
        self._raw = raw
        self.sha = hashlib.sha256(head)
        self.size = len(head)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.sha.update(data)
        self.size += n
        return n


def _not_utf8(name: str, line: int) -> CsvError:
    return CsvError(
        f"{name} is not UTF-8 text (first bad character on line {line}); save it as UTF-8 CSV "
        "(Excel: 'CSV UTF-8'; LibreOffice: character set 'Unicode (UTF-8)') and import it again"
    )


def _check_head(name: str, head: bytes) -> str:
    """Refuse what is clearly not a UTF-8 CSV file; return the delimiter its first line uses."""
    if not head:
        raise CsvError(f"{name} is empty")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "UTF-32"),
        (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if head.startswith(bom):
            raise CsvError(f"{name} is {encoding} text; save it as UTF-8 CSV (Excel: 'CSV UTF-8') and import it again")
    if b"\x00" in head:
        raise CsvError(f"{name} is not a CSV file: it holds binary data")
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        text = decoder.decode(head, final=False)
    except UnicodeDecodeError as err:
        raise _not_utf8(name, len(_LINE_END.findall(head[: err.start])) + 1) from None
    first = re.split("\r\n|\r|\n", text, maxsplit=1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class AcledImportReport:
    """What an import did: counts, every rejected row with its line, and whether anything was kept."""

    file_name: str
    sha256: str = ""
    size: int = 0
    rows: int = 0
    imported: int = 0
    created: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("incidents", "locations", "actors", "sources", "links"), 0)
    )
    rejected: list[RowProblem] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    strict: bool = False
    committed: bool = False
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    """Processor time of the thread that read and checked the rows, and of the one that wrote them."""

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        if not self.rows:
            return f"{self.file_name} has no rows to import (only its first line, the column names)"
        if not self.committed:
            why = " (--strict: nothing is imported while any row is rejected)" if self.strict and self.rejected else ""
            return f"imported nothing from {self.file_name}: {len(self.rejected)} of {self.rows} rows rejected{why}"
        c = self.created
        return (
            f"imported {self.imported} of {self.rows} rows from {self.file_name} as incidents; created "
            f"{c['locations']} places, {c['actors']} actors, {c['sources']} sources, {c['links']} source links"
            + (f"; {len(self.rejected)} rows rejected" if self.rejected else "")
        )

    def lines(self) -> list[str]:
        out = [self.summary()]
        if self.ignored_columns:
            out.append(f"ignored columns (not ACLED columns): {', '.join(self.ignored_columns)}")
        out += [str(p) for p in self.rejected]
        out += [f"{p} (skipped)" for p in self.skipped]
        return out


class _Rollback(Exception):
    """Leave the unit of work without committing anything."""


class ImportCancelled(Exception):
    """The user cancelled the import: nothing was imported."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was imported")


ImportProgress = Callable[[int, int], bool | None]
"""Told (bytes of the file read, its size or 0 if unknown) while an import reads; returning False cancels."""
PROGRESS_EVERY = 1000  # rows


# -- parsing one row ----------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return unguard(" ".join(text.split())) if text else ""


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def parse_date(text: str) -> dt.date:
    """An ACLED event date: ISO (2025-07-26), or day first (26 July 2025, 26-Jul-2025, 26/07/2025)."""
    value = text.strip()
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 and value[4] == "-" else _day_first(value)
    except (ValueError, IndexError):
        raise ValueError(f"{text!r} is not {DATE_WORDS}") from None


def _day_first(value: str) -> dt.date:
    match = _DAY_MONTH_YEAR.fullmatch(value)
    if match is None:
        raise ValueError(value)
    day, month_text, year = match.groups()
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.casefold())
    if month is None:
        raise ValueError(value)
    return dt.date(int(year), month, int(day))


def _inter(text: str) -> int | None:
    value = text.strip()
    if not value or value == "0":
        return None
    if value.isdigit() and int(value) in INTER_LABELS:
        return int(value)
    code = _INTER_BY_TEXT.get(_key(value))
    if code is None:
        raise ValueError(f"{value!r} is not an ACLED actor type (1-8, or {', '.join(INTER_LABELS.values())})")
    return code


def _names(text: str) -> list[str]:
    return list(dict.fromkeys(n for n in (_clean(p) for p in text.split(";")) if n))


def _number(text: str) -> float | None:
    value = text.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a number of degrees (use a point for decimals: 16.27)") from None
    if not math.isfinite(number):
        raise ValueError(f"{value!r} is not a number of degrees")
    return number


@dataclass
class _Vocabulary:
    """Event types and sub-types by label (English or French) or code, from the store's vocabulary."""

    types: dict[str, str]
    subtypes: dict[str, dict[str, str]]
    labels: dict[str, str]

    @classmethod
    def load(cls, session: Session) -> _Vocabulary:
        types: dict[str, str] = {}
        subtypes: dict[str, dict[str, str]] = {}
        labels: dict[str, str] = {}
        rows = session.execute(
            select(
                m.VocabularyTerm.code,
                m.VocabularyTerm.parent_code,
                m.VocabularyTerm.label_en,
                m.VocabularyTerm.label_fr,
            )
            .where(m.VocabularyTerm.vocabulary == EVENT_TYPE)
            .order_by(m.VocabularyTerm.builtin.desc())
        )
        for code, parent, label_en, label_fr in rows:
            labels[code] = label_en
            target = types if parent is None else subtypes.setdefault(parent, {})
            for name in (label_fr, code, label_en):
                target.setdefault(_norm_label(name), code)
        return cls(types, subtypes, labels)

    def resolve(self, texts: tuple[str, str]) -> tuple[str, str]:
        """The codes of an event type and sub-type given by label; ValidationError if unknown."""
        event, sub = _clean(texts[0]), _clean(texts[1])
        if not event:
            raise ValidationError.single("event_type", "is required")
        code = self.types.get(_norm_label(event))
        if code is None:
            known = ", ".join(self.labels[c] for c in dict.fromkeys(self.types.values()))
            raise ValidationError.single("event_type", f"{event!r} is not an ACLED event type ({known})")
        if not sub:
            return code, ""
        children = self.subtypes.get(code, {})
        sub_code = children.get(_norm_label(sub))
        if sub_code is None:
            known = ", ".join(self.labels[c] for c in dict.fromkeys(children.values()))
            raise ValidationError.single(
                "sub_event_type", f"{sub!r} is not a sub-event type of {self.labels[code]} ({known})"
            )
        return code, sub_code


def _norm_label(text: str) -> str:
    return _key(text).replace("protestors", "protesters")


def _parse_event_date(text: str) -> dt.date:
    if not text.strip():
        raise ValidationError.single("event_date", "is required")
    try:
        return parse_date(text)
    except ValueError as err:
        raise ValidationError.single("event_date", str(err)) from None


def _parse_time_precision(text: str) -> str:
    precision = TIME_PRECISION.get(text.strip() or "1")
    if precision is None:
        raise ValidationError.single("time_precision", f"{text!r} is not 1 (day), 2 (week) or 3 (month)")
    return precision.value


def _inter_parser(column: str) -> Callable[[str], int | None]:
    def parse(text: str) -> int | None:
        try:
            return _inter(text)
        except ValueError as err:
            raise ValidationError.single(column, str(err)) from None

    return parse


def _parse_fatalities(text: str) -> int | None:
    value = text.strip()
    if not value:
        return None
    if not re.fullmatch(r"[0-9]+", value):
        raise ValidationError.single("fatalities", f"{value!r} is not a whole number of deaths (0 or more)")
    return int(value)


def _parse_targeting(text: str) -> bool:
    value = _key(text)
    if value in ("civilian targeting", "yes", "true", "1"):
        return True
    if value in ("", "no", "false", "0"):
        return False
    raise ValidationError.single("civilian_targeting", f"{text!r} is not 'Civilian targeting' or empty")


def _names_parser(column: str, limit: int) -> Callable[[str], list[str]]:
    def parse(text: str) -> list[str]:
        names = _names(text)
        if any(len(n) > limit for n in names):
            raise ValidationError.single(column, f"a name is at most {limit} characters long")
        return names

    return parse


PLACE_COLUMNS = ("location", "admin1", "admin2", "admin3", "latitude", "longitude", "iso", "country", "geo_precision")
ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
_PARSE_INTER = {c: _inter_parser(c) for c in ("inter1", "inter2")}
_PARSE_NAMES = {c: _names_parser(c, LIMITS["actor"]) for c in ACTOR_COLUMNS} | {
    "source": _names_parser("source", LIMITS["source"])
}


# -- import -------------------------------------------------------------------------------------------------


@dataclass
class _Place:
    id: uuid.UUID
    name: str
    precision: GeoPrecision | None


_place_texts = operator.itemgetter(*PLACE_COLUMNS)


class _Importer:
    """One import: caches of what the case holds, batches of rows to insert, the report."""

    def __init__(self, session: Session, case_id: uuid.UUID, user: str, visibility: str, report: AcledImportReport):
        self.session = session
        self.case_id = case_id
        self.user = user
        self.visibility = visibility
        self.report = report
        self.now = utcnow()
        self.vocab = _Vocabulary.load(session)
        self.record = {"created_at": self.now, "updated_at": self.now, "created_by": user, "visibility": visibility}
        self.places: dict[tuple[str, str, float | None, float | None], _Place] = {}
        # What an incident's search document says of its place: name, other spellings, admin1, admin2.
        self.place_text: dict[uuid.UUID, tuple[Any, ...]] = {}
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
            self.places.setdefault(_place_key(loc.name, loc.admin1, loc.latitude, loc.longitude), place)
            self.place_text[loc.id] = (loc.name, loc.alt_spellings, loc.admin1, loc.admin2)
        self.actors: dict[str, uuid.UUID] = {}
        for actor_id, name, aliases in session.execute(
            select(m.Actor.id, m.Actor.name, m.Actor.aliases).where(m.Actor.case_id == case_id)
        ):
            self.actors.setdefault(_key(name), actor_id)
            for alias in aliases or []:
                self.actors.setdefault(_key(alias), actor_id)
        self.new_actors: dict[uuid.UUID, dict[str, Any]] = {}
        self.sources: dict[str, uuid.UUID] = {
            _key(title): sid
            for sid, title in session.execute(select(m.Source.id, m.Source.title).where(m.Source.case_id == case_id))
        }
        self.known_events: set[str] = set()
        for notes in session.scalars(
            select(m.Incident.notes).where(m.Incident.case_id == case_id, m.Incident.notes.contains(EVENT_ID_PREFIX))
        ):
            if event := read_notes(notes)[0]:
                self.known_events.add(event)
        self.seen_events: dict[str, int] = {}
        self.defaults = {
            "location": _static_defaults(m.Location),
            "incident": _static_defaults(m.Incident),
            "actor": _static_defaults(m.Actor),
            "source": _static_defaults(m.Source),
            "link": _static_defaults(m.Link),
        }
        self.has_targeting = True
        self.id_counter = 0
        self.id_base = int(self.now.timestamp() * 1000) << 80 | 0x7 << 76 | 0b10 << 62
        self.random = random.Random(os.urandom(16))
        self.writer = _Writer(session, {"case_id": case_id, **self.record})
        self.memo: dict[str, dict[Any, tuple[Any, tuple[FieldError, ...]]]] = {}
        self.batch = _new_batch()
        self.ready: Callable[[list[_Step]], None] = self.write
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
        incident = self.defaults["incident"] | {
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
            self.batch["location"].append(self.pending_places.pop(place.id))
            self.report.created["locations"] += 1
        self.batch["incident"].append(incident)
        for names, kind in zip(
            actors, (INTER_KIND.get(inter1 or 0, ""), "", INTER_KIND.get(inter2 or 0, ""), ""), strict=True
        ):
            for name in names:
                self._actor(name, kind)
        for source in sources:
            self.batch["link"].append(
                self.defaults["link"]
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
        if len(self.batch["incident"]) >= BATCH:
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
        location = self.defaults["location"] | {
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
            self.new_actors[actor_id] = self.defaults["actor"] | {
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
            self.batch["source"].append(
                self.defaults["source"]
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
        self.report.rejected.append(RowProblem(line, "; ".join(str(e) for e in errors)))

    # -- writing --

    def hand_over(self) -> None:
        """Pass the rows queued so far on to be written (unless nothing will be kept anyway), as statements
        ready to run: the database thread then only runs them."""
        batch, self.batch = self.batch, _new_batch()
        if self.report.strict and self.report.rejected:
            return
        steps: list[_Step] = []
        for kind, model, counter in (  # places and sources first: incidents and links refer to them
            ("location", m.Location, ""),
            ("source", m.Source, "sources"),
            ("incident", m.Incident, "incidents"),
            ("link", m.Link, "links"),
        ):
            rows = batch[kind]
            if not rows:
                continue
            step = _Step([self.writer.statement(model, rows)], counter, len(rows))
            if kind == "incident" and (documents := self.writer.documents(rows, self.place_text)) is not None:
                step.statements.append(documents)
            elif kind != "link":  # a link made here has no text to find (no excerpt, locator or notes)
                step.reindex = (kind, [r["id"] for r in rows])
            steps.append(step)
        self.ready(steps)

    def write(self, steps: list[_Step]) -> None:
        """Run the statements of one batch, in the database's thread."""
        for step in steps:
            for statement in step.statements:
                self.writer.run(statement)
            if step.reindex is not None:
                search_index.index_records(self.session.connection(), *step.reindex)
            if step.counter:
                self.report.created[step.counter] += step.count

    def finish(self) -> None:
        """Write the actors, once every row has been read (a later row may give an actor its kind)."""
        actors = list(self.new_actors.values())
        if actors:
            self.writer.run(self.writer.statement(m.Actor, actors))
            search_index.index_records(self.session.connection(), "actor", [a["id"] for a in actors])
        self.report.created["actors"] = len(actors)


@dataclass
class _Statement:
    """Rows to insert: on SQLite one JSON array of driver-ready rows for ``sql``; elsewhere dicts for a Core
    insert."""

    model: Any
    sql: str = ""
    array: str = ""
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Step:
    statements: list[_Statement]
    counter: str
    count: int
    reindex: tuple[str, list[uuid.UUID]] | None = None


class _Writer:
    """Inserts many rows fast, in the caller's transaction.

    On SQLite a batch is ONE statement, ``INSERT INTO t (...) SELECT value->>0, value->>1, ... FROM
    json_each(?)``, bound to a JSON array of rows whose values went through each column's own SQLAlchemy
    bind processor (values shared by every row — case, timestamps, author, visibility — converted once).
    One statement, not ``executemany``: the driver lets go of the interpreter once per batch instead of once
    per row, so the thread that reads the file is not made to wait on the database thread row by row (the
    two threads then really run side by side), and SQLite reads the array in C. JSON carries every value
    the bind processors give (text, whole numbers, decimals — read back exactly — and NULL); a test holds
    the stored values to those of an ORM insert. Elsewhere the rows go through SQLAlchemy Core ``insert``.
    """

    def __init__(self, session: Session, shared: Mapping[str, Any]) -> None:
        self.conn = session.connection()
        self.shared = dict(shared)
        self.sqlite = self.conn.dialect.name == "sqlite"
        self.plans: dict[Any, _Plan] = {}
        self.place_bodies: dict[uuid.UUID, str] = {}

    def _plan(self, model: Any, sample: Mapping[str, Any]) -> _Plan:
        plan = self.plans.get(model)
        if plan is None:
            dialect = self.conn.dialect
            given: list[str] = []
            processors: list[tuple[int, Any]] = []
            computed: list[tuple[str, Any]] = []
            shared_names: list[str] = []
            shared_values: list[Any] = []
            for col in model.__table__.columns:
                default = col.default
                if col.key not in sample and (default is None or not default.is_callable):
                    continue  # left to the database (a server default), as an ORM insert leaves it
                process = col.type.dialect_impl(dialect).bind_processor(dialect)
                if col.key in self.shared:
                    value = self.shared[col.key]
                    shared_names.append(col.name)
                    shared_values.append(process(value) if process else value)
                elif col.key in sample:
                    if process is not None:
                        processors.append((len(given), process))
                    given.append(col.key)
                else:  # computed for each record, such as a version token
                    computed.append((col.key, lambda make=default.arg, process=process: _bind(make(None), process)))
            names = [*given, *(k for k, _ in computed), *shared_names]
            sql = _json_insert(model.__table__.name, names)
            plan = self.plans[model] = _Plan(
                sql, operator.itemgetter(*given), processors, [make for _, make in computed], tuple(shared_values)
            )
        return plan

    def statement(self, model: Any, rows: list[dict[str, Any]]) -> _Statement:
        """The insert of ``rows``, its values converted for the driver (pure Python: any thread)."""
        if not self.sqlite:
            return _Statement(model, rows=rows)
        plan = self._plan(model, rows[0])
        params = []
        for row in rows:
            values = list(plan.get(row))
            for index, process in plan.processors:
                if (value := values[index]) is not None:
                    values[index] = process(value)
            values += [make() for make in plan.computed]
            values += plan.shared
            params.append(values)
        return _Statement(model, plan.sql, json.dumps(params, allow_nan=False))

    def documents(self, rows: list[dict[str, Any]], places: Mapping[uuid.UUID, tuple[Any, ...]]) -> _Statement | None:
        """The incidents' search documents, built as :func:`search_index.index_records` builds them (a test
        holds the two to the same result) without reading the incidents back; None off SQLite, where the
        index reads them back."""
        if not self.sqlite:
            return None
        docs = []
        bodies = self.place_bodies
        for row in rows:
            place_id = row["location_id"]
            place = bodies.get(place_id) if place_id is not None else ""
            if place is None:
                place = bodies[place_id] = _doc_body(list(places.get(place_id, ())))
            body = _doc_body([row["description"], row["date_as_reported"], place, row["notes"]])
            docs.append((row["id"].hex, "incident", row["case_id"].hex, row["title"] or "", body))
        sql = _json_insert("search_docs", ["record_id", "kind", "case_id", "title", "body"])
        return _Statement(None, sql, json.dumps(docs))

    def run(self, statement: _Statement) -> None:
        """Run one statement, in the database's thread."""
        if statement.sql:
            self.conn.exec_driver_sql(statement.sql, (statement.array,))
        else:
            self.conn.execute(insert(statement.model), statement.rows)


@dataclass(frozen=True, slots=True)
class _Plan:
    sql: str
    get: Callable[[Mapping[str, Any]], tuple[Any, ...]]
    processors: list[tuple[int, Any]]
    computed: list[Callable[[], Any]]
    shared: tuple[Any, ...]


def _json_insert(table: str, columns: list[str]) -> str:
    """An insert of the rows of one JSON array (each row an array of the columns' values, in order)."""
    values = ", ".join(f"value->>{n}" for n in range(len(columns)))
    return f"INSERT INTO {table} ({', '.join(columns)}) SELECT {values} FROM json_each(?)"


def _bind(value: Any, process: Any) -> Any:
    return value if process is None or value is None else process(value)


def _doc_body(parts: list[Any]) -> str:
    """Text parts (lists flattened) stripped, the empty ones left out, one per line: a search document's body."""
    return "\n".join(p for p in (_doc_text(x) for x in _doc_parts(parts)) if p)


def _doc_parts(parts: list[Any]) -> Iterator[Any]:
    for part in parts:
        if isinstance(part, list):
            yield from part
        else:
            yield part


def _doc_text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _static_defaults(model: Any) -> dict[str, Any]:
    """A new record's values for the columns a row leaves out, as the record service gives them, except
    those computed afresh for each record (such as a version token): the insert computes those row by row.
    Empty lists and dicts are shared, which is safe: rows are written, never changed here."""
    computed = {c.key for c in model.__table__.columns if c.default is not None and c.default.is_callable}
    return {k: v for k, v in column_defaults(model).items() if k not in computed or isinstance(v, list | dict)}


def _country(iso_text: str, name: str, errors: list[FieldError]) -> str:
    iso = iso_text.strip()
    if iso:
        found = countries.by_numeric(int(iso)) if iso.isdigit() else None
        if found is None:
            errors.append(FieldError("iso", f"{iso!r} is not an ISO 3166 numeric country code (Mali is 466)"))
            return ""
        return found.alpha2
    if name:
        by_name = countries.by_name(name)
        if by_name is None:
            errors.append(FieldError("country", f"{name!r} is not a country name hrdoc knows; give iso too"))
            return ""
        return by_name.alpha2
    return ""


def _place_key(
    name: str, admin1: str, lat: float | None, lon: float | None
) -> tuple[str, str, float | None, float | None]:
    return (_key(name), _key(admin1), None if lat is None else round(lat, 5), None if lon is None else round(lon, 5))


def make_notes(event_id: str, fields: Mapping[str, str]) -> str:
    """The lines an imported incident's notes keep: ``acled:ID``, then ``ACLED field: value``."""
    lines = [f"{EVENT_ID_PREFIX}{event_id}"] if event_id else []
    lines += [f"{NOTE_PREFIX}{name}: {value}" for name in NOTE_FIELDS if (value := fields.get(name))]
    return "\n".join(lines)


def read_notes(notes: str) -> tuple[str, dict[str, str]]:
    """The event id (or "") and the ``ACLED field: value`` lines of an incident's notes."""
    event_id = ""
    fields: dict[str, str] = {}
    for raw in (notes or "").splitlines():
        text = raw.strip()
        if found := _EVENT_ID_LINE.match(text):
            event_id = event_id or found.group(1)
        elif found := _NOTE_LINE.match(text):
            fields.setdefault(found.group(1), found.group(2).strip())
    return event_id, fields


def _open(source: str | os.PathLike[str] | BinaryIO) -> tuple[BinaryIO, str, bool]:
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            return path.open("rb"), path.name, True
        except OSError as err:
            raise CsvError(f"cannot read {path}: {err.strerror or err}") from None
    return source, str(getattr(source, "name", "") or "the file"), False


def _size_of(raw: BinaryIO) -> int:
    try:
        return os.fstat(raw.fileno()).st_size
    except (OSError, AttributeError, io.UnsupportedOperation):
        size = getattr(raw, "getbuffer", None)  # an in-memory file
        return len(size()) if size is not None else 0


def _read_rows(
    raw: BinaryIO,
    name: str,
    report: AcledImportReport,
    on_header: Callable[[list[str]], None],
    progress: ImportProgress | None = None,
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, values by column) for each row of the file, every ACLED column present (empty where the file
    has no such column); the header is checked first and given to ``on_header``. ``progress`` is told the
    bytes read every thousand rows; if it returns False, :class:`ImportCancelled` is raised."""
    total = _size_of(raw) if progress is not None else 0
    head = raw.read(HEAD_BYTES)
    delimiter = _check_head(name, head)
    hashing = _HashingReader(head, raw)

    def lines() -> Iterator[str]:
        # Split as the csv module wants (newline=""): at LF, CR LF or a lone CR (the line end of old Mac
        # spreadsheets), each line keeping its end. Latin-1 maps bytes to characters one to one, so this is
        # the splitting only; each line is then decoded as UTF-8 on its own (a line end is never part of
        # another character in UTF-8), so that a character that is not UTF-8 is reported on its line.
        split = io.TextIOWrapper(io.BufferedReader(hashing, 1 << 16), encoding="latin-1", newline="")
        for number, text in enumerate(split, 1):
            line = text.encode("latin-1")
            if b"\x00" in line:
                raise CsvError(f"{name} is not a CSV file: it holds binary data (a NUL byte on line {number})")
            try:
                decoded = line.decode("utf-8")
            except UnicodeDecodeError:
                raise _not_utf8(name, number) from None
            # A file saved twice with a byte-order mark has two: either would hide the first column's name
            # (and with event_id_cnty, the check for duplicates).
            yield decoded if number > 1 else decoded.lstrip(BOM)

    reader = csv.reader(lines(), delimiter=delimiter)
    try:
        header = next(reader, [])
        columns = [h.strip().casefold() for h in header]
        missing = [c for c in REQUIRED_COLUMNS if c not in columns]
        if "location" not in columns and not {"latitude", "longitude"} <= set(columns):
            missing.append("location (or latitude and longitude)")
        if missing:
            shown = ", ".join(repr(h) for h in header[:6]) or "nothing"
            raise CsvError(
                f"{name} is not an ACLED CSV file: its first line must name the columns, and it lacks "
                f"{', '.join(missing)} (it begins with {shown})"
            )
        report.ignored_columns = [
            h for h, c in zip(header, columns, strict=True) if c and c not in ACLED_COLUMNS and c not in DERIVED_COLUMNS
        ]
        on_header(columns)
        blank = dict.fromkeys(ACLED_COLUMNS, "")
        width = len(columns)
        previous = reader.line_num
        for cells in reader:
            line = previous + 1
            previous = reader.line_num
            report.rows += 1
            if progress is not None and report.rows % PROGRESS_EVERY == 0 and progress(hashing.size, total) is False:
                raise ImportCancelled()
            if not "".join(cells).strip():
                report.skipped.append(RowProblem(line, "empty row"))
                continue
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                report.rejected.append(
                    RowProblem(
                        line,
                        f"{len(cells)} cells but the first line names {width} columns (a comma or quote out of place?)",
                    )
                )
                continue
            values = blank.copy()
            values.update(zip(columns, cells, strict=False))  # a short row leaves the rest empty
            yield line, values
    except csv.Error as err:
        if "field larger than field limit" in str(err):
            raise CsvError(
                f"{name}, line {reader.line_num}: a cell longer than {csv.field_size_limit():,} characters "
                "(a quote opened and never closed?)"
            ) from None
        raise CsvError(f"{name}, line {reader.line_num}: not readable as CSV ({err})") from None
    if progress is not None and progress(hashing.size, total) is False:
        raise ImportCancelled()
    report.sha256 = hashing.sha.hexdigest()
    report.size = hashing.size


def import_acled(
    ctx: StoreContext,
    case: str | uuid.UUID,
    source: str | os.PathLike[str] | BinaryIO,
    *,
    strict: bool = False,
    visibility: Visibility | str = Visibility.RESTRICTED,
    file_name: str | None = None,
    progress: ImportProgress | None = None,
) -> AcledImportReport:
    """Import an ACLED-style CSV file (a path or a binary stream) into ``case`` (reference or id).

    Every valid row is imported in one transaction; every rejected row is in the report, with its line.
    With ``strict``, nothing is imported if any row is rejected. A file that is not a UTF-8 CSV with ACLED's
    required columns is refused with :class:`CsvError` and nothing is imported. ``progress`` is told how
    far the reading got (bytes, file size); when it returns False the import stops, nothing is kept, and
    :class:`ImportCancelled` is raised.
    """
    vis = Visibility(visibility).value
    case_obj = CaseService(ctx).resolve(str(case))
    raw, name, close = _open(source)
    report = AcledImportReport(file_name=file_name or name, strict=strict)
    try:
        with ctx.write() as session:
            importer = _Importer(session, case_obj.id, ctx.user, vis, report)
            _run(importer, _read_rows(raw, report.file_name, report, importer.header, progress))
            if (strict and report.rejected) or not report.imported:
                raise _Rollback
            importer.finish()
            audit.record(
                session,
                ctx.user,
                AuditAction.IMPORT,
                entity_type="case",
                entity_id=case_obj.id,
                case_id=case_obj.id,
                summary=(
                    f"imported {report.imported} incidents into case {case_obj.reference} from the ACLED file "
                    f"{report.file_name}" + (f" ({len(report.rejected)} rows rejected)" if report.rejected else "")
                ),
                details={
                    "format": "acled",
                    "file": report.file_name,
                    "sha256": report.sha256,
                    "bytes": report.size,
                    "rows": report.rows,
                    "imported": report.imported,
                    "rejected": len(report.rejected),
                    "skipped": len(report.skipped),
                    "rejected_lines": [p.line for p in report.rejected[:200]],
                    "created": dict(report.created),
                    "visibility": vis,
                    "strict": strict,
                },
            )
        report.committed = True
    except _Rollback:
        report.committed = False
        report.created = dict.fromkeys(report.created, 0)
    finally:
        if close:
            raw.close()
    return report


def _new_batch() -> dict[str, list[dict[str, Any]]]:
    return {kind: [] for kind in ("location", "source", "incident", "link")}


_DONE = object()


def _run(importer: _Importer, rows: Iterator[tuple[int, dict[str, str]]]) -> None:
    """Read and check the rows in a second thread while this one writes them.

    Checking is Python and writing is mostly SQLite, which lets go of the interpreter while it runs a batch
    (one statement per table, see :class:`_Writer`), so on two cores the two overlap. The database is only
    ever touched from this thread; the reader hands over batches of ready statements through a short queue.
    """
    batches: queue.Queue[Any] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def put(item: Any) -> None:
        while not stop.is_set():
            try:
                batches.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def read() -> None:
        try:
            for line, values in rows:
                if stop.is_set():
                    return
                importer.row(line, values)
            importer.hand_over()
            importer.report.cpu_seconds["reading"] = time.thread_time()
            put(_DONE)
        except BaseException as err:  # handed to the writing thread, which raises it
            put(err)

    importer.ready = put
    reader = threading.Thread(target=read, name="acled-reader", daemon=True)
    reader.start()
    started = time.thread_time()
    try:
        while (item := batches.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            importer.write(item)
        importer.report.cpu_seconds["writing"] = time.thread_time() - started
    finally:
        stop.set()
        reader.join()


# -- export -------------------------------------------------------------------------------------------------


def _interaction(inter1: int | None, inter2: int | None) -> str:
    # ACLED names the lower type first, except that civilians always come last.
    codes = sorted((c for c in (inter1, inter2) if c), key=lambda c: 9 if c == 7 else c)
    if not codes:
        return ""
    if len(codes) == 1:
        return f"{INTER_LABELS[codes[0]]} only"
    return f"{INTER_LABELS[codes[0]]}-{INTER_LABELS[codes[1]]}"


_TEXT_COLUMNS = frozenset(ACLED_COLUMNS) - {
    "event_date",
    "time_precision",
    "iso",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "timestamp",
}


def export_acled_csv(
    ctx: StoreContext,
    case: str | uuid.UUID,
    out: TextIO | str | os.PathLike[str],
    *,
    audience: Audience | str = Audience.INTERNAL,
) -> TableExport:
    """Write the incidents of ``case`` that ``audience`` may see as ACLED-style CSV (UTF-8 with BOM, CRLF).

    Importing the file into another case gives the same incidents, places, actors, sources, fatalities,
    dates and precisions (docs/acled.md lists what ACLED cannot say).
    """
    who = Audience(audience)
    case_obj = CaseService(ctx).resolve(str(case))
    with ctx.read() as session:
        scope = Scope(session, case_obj.id, who)
        places = {
            row.id: row
            for row in session.execute(
                select(
                    m.Location.id,
                    m.Location.name,
                    m.Location.admin1,
                    m.Location.admin2,
                    m.Location.country_code,
                    m.Location.latitude,
                    m.Location.longitude,
                    m.Location.geo_precision,
                    m.Location.notes,
                ).where(scope.visible(m.Location))
            )
        }
        visible_actors = {
            _key(name): kind
            for name, kind in session.execute(select(m.Actor.name, m.Actor.kind).where(scope.visible(m.Actor)))
        }
        sources_of: dict[uuid.UUID, list[str]] = {}
        for incident_id, title in session.execute(
            select(m.Link.incident_id, m.Source.title)
            .join(m.Source, m.Source.id == m.Link.source_id)
            .where(scope.visible(m.Link), scope.visible(m.Source), m.Link.incident_id.is_not(None))
        ):
            if incident_id is not None:
                sources_of.setdefault(incident_id, []).append(title)
        perpetrators: dict[uuid.UUID, list[tuple[str, str]]] = {}
        for incident_id, allegation_id, name, kind in session.execute(
            select(m.Allegation.incident_id, m.Allegation.id, m.Actor.name, m.Actor.kind)
            .join(m.AllegationPerpetrator, m.AllegationPerpetrator.allegation_id == m.Allegation.id)
            .join(m.Actor, m.Actor.id == m.AllegationPerpetrator.actor_id)
            .where(scope.visible(m.AllegationPerpetrator), scope.visible(m.Actor))
        ):
            if allegation_id in scope.ids("allegation"):
                perpetrators.setdefault(incident_id, []).append((name, kind))
        with output(out) as stream:
            sink = CsvSink(stream)
            sink.header(ACLED_COLUMNS)
            query = (
                select(m.Incident.__table__)
                .where(scope.visible(m.Incident))
                .order_by(m.Incident.created_at, m.Incident.id)  # as recorded; imported ones as in their file
                .execution_options(yield_per=1000)
            )
            for inc in session.execute(query).mappings():
                row = _acled_row(dict(inc), places, visible_actors, sources_of, perpetrators, scope)
                sink.row(cell(row.get(c), text=c in _TEXT_COLUMNS) for c in ACLED_COLUMNS)
    record_export(
        ctx,
        case_obj.id,
        out,
        f"exported the incidents of case {case_obj.reference} as ACLED CSV for the {who.value} audience",
        {"format": "acled", "audience": who.value, "rows": sink.rows, "sha256": sink.sha256},
    )
    return TableExport("incident", who, sink.rows, list(ACLED_COLUMNS), sink.sha256)


def _acled_row(
    inc: Mapping[str, Any],
    places: Mapping[uuid.UUID, Any],
    visible_actors: Mapping[str, str],
    sources_of: Mapping[uuid.UUID, list[str]],
    perpetrators: Mapping[uuid.UUID, list[tuple[str, str]]],
    scope: Scope,
) -> dict[str, Any]:
    event_id, kept = read_notes(inc["notes"])
    internal = scope.internal

    def shown(names: str) -> str:
        return "; ".join(n for n in _names(names) if internal or _key(n) in visible_actors)

    row: dict[str, Any] = {"event_id_cnty": event_id}
    if kept.get("actor1") or kept.get("actor2"):
        for name in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"):
            row[name] = shown(kept.get(name, ""))
        for actor, inter in (("actor1", "inter1"), ("actor2", "inter2")):
            row[inter] = kept.get(inter, "") if row[actor] else ""
    else:  # an incident recorded in hrdoc: its alleged perpetrators stand for ACLED's actor 1
        alleged = sorted(dict.fromkeys(perpetrators.get(inc["id"], [])))
        if alleged:
            row["actor1"] = alleged[0][0]
            row["assoc_actor_1"] = "; ".join(n for n, _ in alleged[1:])
            row["inter1"] = INTER_LABELS.get(KIND_INTER.get(alleged[0][1], 0), "")
    codes = [_INTER_BY_TEXT.get(_key(row.get(f) or "")) for f in ("inter1", "inter2")]
    row["interaction"] = _interaction(codes[0], codes[1])
    start = inc["start_date"]
    row["event_date"] = start
    row["time_precision"] = TIME_PRECISION_OUT.get(inc["date_precision"], "") if start else ""
    event_type, subtype = inc["event_type"], inc["event_subtype"]
    row["disorder_type"] = DISORDER_BY_SUBTYPE.get(subtype) or DISORDER.get(event_type, "")
    row["event_type"] = scope.vocab_label(EVENT_TYPE, event_type)
    row["sub_event_type"] = scope.vocab_label(EVENT_TYPE, subtype)
    row["civilian_targeting"] = CIVILIAN_TARGETING if inc["civilian_targeting"] else ""
    place = places.get(inc["location_id"]) if inc["location_id"] is not None else None
    if place is not None:
        country = countries.by_alpha2(place.country_code) if place.country_code else None
        row |= {
            "iso": country.numeric if country else None,
            "country": country.name if country else "",
            "admin1": place.admin1,
            "admin2": place.admin2,
            "admin3": read_notes(place.notes)[1].get("admin3", "") if place.notes else "",
            "location": place.name,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "geo_precision": kept.get("geo_precision") or GEO_PRECISION_OUT.get(place.geo_precision, ""),
        }
    for name in ("source_scale", "region", "tags"):
        row[name] = kept.get(name, "")
    row["timestamp"] = kept.get("timestamp", "")
    row["source"] = "; ".join(sorted(dict.fromkeys(sources_of.get(inc["id"], [])), key=str.casefold))
    row["notes"] = inc["description"]
    best, low = inc["fatalities_best"], inc["fatalities_low"]
    row["fatalities"] = best if best is not None else low
    return row
