"""ACLED's columns and values: the column list, the vocabularies (interaction codes, disorder types, precisions),
parsing a cell (dates, numbers, names, actor kinds) and the ``ACLED field: value`` lines kept in an incident's notes.

Used by the import (:mod:`hrdoc.services.acled_rows`) and the export (:mod:`hrdoc.services.acled`); the mapping,
field by field, is in docs/acled.md.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain import countries
from hrdoc.domain.enums import DatePrecision, GeoPrecision
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.domain.vocabularies import EVENT_TYPE
from hrdoc.services.tables import unguard
from hrdoc.storage import models as m

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


LIMITS = {"name": 300, "admin1": 200, "admin2": 200, "actor": 300, "source": 500}


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
            raise ValidationError.single("event_type", N_("is required"))
        code = self.types.get(_norm_label(event))
        if code is None:
            known = ", ".join(self.labels[c] for c in dict.fromkeys(self.types.values()))
            raise ValidationError.single(
                "event_type", Phrase(N_("{event} is not an ACLED event type ({known})"), event=repr(event), known=known)
            )
        if not sub:
            return code, ""
        children = self.subtypes.get(code, {})
        sub_code = children.get(_norm_label(sub))
        if sub_code is None:
            known = ", ".join(self.labels[c] for c in dict.fromkeys(children.values()))
            raise ValidationError.single(
                "sub_event_type",
                Phrase(
                    N_("{sub} is not a sub-event type of {labels} ({known})"),
                    sub=repr(sub),
                    labels=self.labels[code],
                    known=known,
                ),
            )
        return code, sub_code


def _norm_label(text: str) -> str:
    return _key(text).replace("protestors", "protesters")


def _parse_event_date(text: str) -> dt.date:
    if not text.strip():
        raise ValidationError.single("event_date", N_("is required"))
    try:
        return parse_date(text)
    except ValueError as err:
        raise ValidationError.single("event_date", Phrase.of(err)) from None


def _parse_time_precision(text: str) -> str:
    precision = TIME_PRECISION.get(text.strip() or "1")
    if precision is None:
        raise ValidationError.single(
            "time_precision", Phrase(N_("{text} is not 1 (day), 2 (week) or 3 (month)"), text=repr(text))
        )
    return precision.value


def _inter_parser(column: str) -> Callable[[str], int | None]:
    def parse(text: str) -> int | None:
        try:
            return _inter(text)
        except ValueError as err:
            raise ValidationError.single(column, Phrase.of(err)) from None

    return parse


def _parse_fatalities(text: str) -> int | None:
    value = text.strip()
    if not value:
        return None
    if not re.fullmatch(r"[0-9]+", value):
        raise ValidationError.single(
            "fatalities", Phrase(N_("{given} is not a whole number of deaths (0 or more)"), given=repr(value))
        )
    return int(value)


def _parse_targeting(text: str) -> bool:
    value = _key(text)
    if value in ("civilian targeting", "yes", "true", "1"):
        return True
    if value in ("", "no", "false", "0"):
        return False
    raise ValidationError.single(
        "civilian_targeting", Phrase(N_("{text} is not 'Civilian targeting' or empty"), text=repr(text))
    )


def _names_parser(column: str, limit: int) -> Callable[[str], list[str]]:
    def parse(text: str) -> list[str]:
        names = _names(text)
        if any(len(n) > limit for n in names):
            raise ValidationError.single(column, Phrase(N_("a name is at most {limit} characters long"), limit=limit))
        return names

    return parse


PLACE_COLUMNS = ("location", "admin1", "admin2", "admin3", "latitude", "longitude", "iso", "country", "geo_precision")
ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
_PARSE_INTER = {c: _inter_parser(c) for c in ("inter1", "inter2")}
_PARSE_NAMES = {c: _names_parser(c, LIMITS["actor"]) for c in ACTOR_COLUMNS} | {
    "source": _names_parser("source", LIMITS["source"])
}


def _country(iso_text: str, name: str, errors: list[FieldError]) -> str:
    iso = iso_text.strip()
    if iso:
        found = countries.by_numeric(int(iso)) if iso.isdigit() else None
        if found is None:
            errors.append(
                FieldError(
                    "iso", Phrase(N_("{iso} is not an ISO 3166 numeric country code (Mali is 466)"), iso=repr(iso))
                )
            )
            return ""
        return found.alpha2
    if name:
        by_name = countries.by_name(name)
        if by_name is None:
            errors.append(
                FieldError(
                    "country", Phrase(N_("{name} is not a country name hrdoc knows; give iso too"), name=repr(name))
                )
            )
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
    return "\n".join(lines + note_lines(fields))


def note_lines(fields: Mapping[str, str], names: tuple[str, ...] = NOTE_FIELDS) -> list[str]:
    """The ``ACLED field: value`` lines of the notes for ``fields`` (of ``names``, in NOTE_FIELDS' order)."""
    return [f"{NOTE_PREFIX}{name}: {value}" for name in names if (value := fields.get(name))]


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
