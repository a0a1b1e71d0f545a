"""Validation rules for records, stated in words a user can act on.

Each rule names the field it concerns and says what the rule is, so the GUI can show the message beside the
field and the CLI can print it. Rules that need the database (vocabulary codes, a pseudonym unique within a
case, the consent recorded for a witness) live in :mod:`hrdoc.services.records` and raise the same
:class:`ValidationError`; forms and merges call the same functions.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from hrdoc.domain import countries, enums, registry
from hrdoc.domain.errors import Number, Phrase, Term, UserError
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind


@dataclass(frozen=True, slots=True)
class FieldError:
    """What is wrong with one field. ``message`` is English; a :class:`Phrase` (a template and its parameters)
    or a text marked with ``N_`` can also be said in the user's language (:meth:`said`, :meth:`words`)."""

    field: str
    message: str
    label: str = ""  # what people call the field (its label in the record registry); its name if not given

    def __str__(self) -> str:
        return f"{self.label or self.field}: {self.message}"

    def said(self, translate: Callable[[str], str], write: Callable[[object], object] | None = None) -> str:
        """The message alone (shown beside its field) in the language ``translate`` looks texts up in; ``write``
        puts each parameter as that language writes it (a day, a :class:`Number`: "1 500" in French), as the GUI
        and the CLI each do."""
        message = self.message
        if not isinstance(message, Phrase):
            return translate(message)
        if write is not None:
            message = Phrase(message.template, **{k: write(v) for k, v in message.params.items()})
        return message.words(translate)

    def words(self, translate: Callable[[str], str], write: Callable[[object], object] | None = None) -> str:
        """``str(self)`` in the language ``translate`` looks texts up in (``write``: as :meth:`said`)."""
        return Phrase(
            N_("{label}: {message}"), label=Term(self.label or self.field), message=self.said(translate, write)
        ).words(translate)


def field_error(kind: str, field: str, message: str) -> FieldError:
    """An error of the field ``field`` of a record of ``kind``, labelled as the record registry labels the field."""
    declared = registry.KINDS.get(kind)
    label = declared.field(field).label if declared is not None and field in declared.names else ""
    return FieldError(field, message, label)


class ValidationError(UserError, ValueError):
    """One or more fields break a rule. ``errors`` says which and why."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def words(self, translate: Callable[[str], str], write: Callable[[object], object] | None = None) -> str:
        """Each field's message in the language ``translate`` looks texts up in, joined as it joins them
        (``write``: as :meth:`FieldError.said`)."""
        said = [e.words(translate, write) for e in self.errors]
        if not said:
            return super().words(translate)
        joined = said[0]
        for more in said[1:]:
            joined = Phrase(N_("{first}; {second}"), first=joined, second=more).words(translate)
        return joined

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls([FieldError(field, message)])

    def for_field(self, field: str) -> list[str]:
        return [e.message for e in self.errors if e.field == field]


@functools.cache
def _values_of(enum_cls: type[StrEnum]) -> tuple[str, ...]:
    """An enum's values, worked out once (validation runs per field of every record, bulk imports included)."""
    return tuple(e.value for e in enum_cls)


class Checker:
    """Collects the field errors of one record of ``kind``; ``raise_if_any`` raises them together. A message
    says what is wrong after the field's label ("must be between the low and high estimates"), and names any
    other field in words, never by its name in the code."""

    def __init__(self, values: Mapping[str, Any], kind: str) -> None:
        self.values = values
        self.kind = kind
        self.errors: list[FieldError] = []

    def fail(self, field: str, message: str) -> None:
        self.errors.append(field_error(self.kind, field, message))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

    def required(self, *fields: str) -> None:
        for field in fields:
            value = self.values.get(field)
            if value is None or (isinstance(value, str) and not value.strip()):
                self.fail(field, N_("is required and cannot be empty"))

    def one_of(self, field: str, enum_cls: type[StrEnum], *, optional: bool = False) -> None:
        value = self.values.get(field)
        if value is None and optional:
            return
        allowed = _values_of(enum_cls)
        if value not in allowed:
            self.fail(field, Phrase(N_("{given} is not one of: {names}"), given=repr(value), names=", ".join(allowed)))

    def max_length(self, field: str, limit: int) -> None:
        value = self.values.get(field)
        if isinstance(value, str) and len(value) > limit:
            self.fail(
                field,
                Phrase(N_("is {count} characters long; at most {limit} are allowed"), count=len(value), limit=limit),
            )

    def of_type(self, field: str, kind: type | tuple[type, ...], words: str) -> bool:
        value = self.values.get(field)
        if value is None:
            return True
        # bool is an int in Python, but a count of True victims is a bug.
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            self.fail(field, Phrase(N_("must be {words}"), words=Term(words)))
            return False
        if not isinstance(value, kind):
            self.fail(field, Phrase(N_("must be {words}"), words=Term(words)))
            return False
        return True

    def count(self, field: str) -> None:
        value = self.values.get(field)
        if self.of_type(field, int, N_("a whole number")) and value is not None and value < 0:
            self.fail(field, N_("cannot be negative"))

    def _whole(self, field: str) -> int | None:
        value = self.values.get(field)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def estimates(self, low: str, best: str, high: str) -> None:
        """A low, a best and a high estimate (of fatalities, of victims), where given: low ≤ best ≤ high. The best
        estimate outside the others is wrong; with none, a low estimate above the high one."""
        lo, be, hi = (self._whole(f) for f in (low, best, high))
        if be is not None and lo is not None and hi is not None and not lo <= be <= hi:
            self.fail(best, Phrase(N_("must be between the low and high estimates ({lo} and {hi})"), lo=lo, hi=hi))
        elif be is not None and lo is not None and lo > be:
            self.fail(best, Phrase(N_("cannot be below the low estimate ({lo})"), lo=lo))
        elif be is not None and hi is not None and be > hi:
            self.fail(best, Phrase(N_("cannot be above the high estimate ({hi})"), hi=hi))
        elif be is None and lo is not None and hi is not None and lo > hi:
            self.fail(low, Phrase(N_("cannot be above the high estimate ({hi})"), hi=hi))

    def date(self, field: str) -> None:
        value = self.values.get(field)
        if isinstance(value, dt.datetime):
            self.fail(field, N_("must be a date (YYYY-MM-DD), not a date and time"))
        else:
            self.of_type(field, dt.date, N_("a date (YYYY-MM-DD)"))

    def url(self, field: str) -> None:
        value = self.values.get(field)
        if value and not is_well_formed_url(value):
            self.fail(
                field,
                Phrase(
                    N_(
                        "{given} is not a well-formed URL: it must start with http:// or https:// and name a "
                        "host, with no spaces"
                    ),
                    given=repr(value),
                ),
            )

    def country(self, field: str) -> None:
        """A country as stored: its ISO 3166-1 alpha-2 code (Kosovo's user-assigned XK included). What a person
        types (``bf``, ``Burkina Faso``) the record service turns into the code first (countries.resolve)."""
        value = self.values.get(field)
        if value and not (re.fullmatch(r"[A-Z]{2}", str(value)) and countries.by_alpha2(str(value))):
            self.fail(
                field,
                Phrase(
                    N_(
                        "{given} is not an ISO 3166-1 alpha-2 country code (two capital letters naming a "
                        "country, e.g. ML for Mali)"
                    ),
                    given=repr(value),
                ),
            )


_HOST_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")


def is_well_formed_url(value: str) -> bool:
    if not isinstance(value, str) or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
        _ = parts.port  # raises on a malformed port
    except ValueError:
        return False
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        return False
    if ":" in host or host == "localhost":  # an IPv6 literal, or this machine
        return True
    labels = host.split(".")
    return len(labels) >= 2 and all(_HOST_LABEL.fullmatch(label) for label in labels)


def _common(c: Checker) -> None:
    c.one_of("visibility", enums.Visibility)
    c.of_type("notes", str, N_("text"))


def check_case(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.CASE)
    _common(c)
    c.required("reference", "title")
    c.max_length("reference", 40)
    c.max_length("title", 300)
    ref = v.get("reference")
    if isinstance(ref, str) and ref.strip() and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/-]*", ref):
        c.fail("reference", N_("may contain only letters, digits and . _ / - (for example ML-2025-004)"))
    c.one_of("status", enums.CaseStatus)
    tags = v.get("tags")
    if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        c.fail("tags", N_("must be a list of words"))
    c.raise_if_any()


def check_location(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.LOCATION)
    _common(c)
    c.required("name")
    c.one_of("geo_precision", enums.GeoPrecision)
    c.country("country_code")
    lat, lon = v.get("latitude"), v.get("longitude")
    if c.of_type("latitude", (int, float), N_("a number of degrees")) and lat is not None and not -90 <= lat <= 90:
        c.fail("latitude", N_("must be between -90 and 90 degrees"))
    if c.of_type("longitude", (int, float), N_("a number of degrees")) and lon is not None and not -180 <= lon <= 180:
        c.fail("longitude", N_("must be between -180 and 180 degrees"))
    if (lat is None) != (lon is None):
        c.fail("latitude" if lat is None else "longitude", N_("give both latitude and longitude, or neither"))
    spellings = v.get("alt_spellings")
    if spellings is not None and not (isinstance(spellings, list) and all(isinstance(s, str) for s in spellings)):
        c.fail("alt_spellings", N_("must be a list of names"))
    c.raise_if_any()


FATALITIES = ("fatalities_low", "fatalities_best", "fatalities_high")
COUNTS = ("count_low", "count_best", "count_high")
BREAKDOWN = ("count_women", "count_men", "count_children", "count_unknown")


def check_incident(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.INCIDENT)
    _common(c)
    c.required("title")
    c.max_length("title", 300)
    c.one_of("date_precision", enums.DatePrecision)
    c.date("start_date")
    c.date("end_date")
    start, end = v.get("start_date"), v.get("end_date")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        c.fail(
            "end_date",
            Phrase(
                N_("{end} is before the start date {start}; the end date cannot be before the start date"),
                end=end,  # days, which the interface writes as its language does (str: YYYY-MM-DD)
                start=start,
            ),
        )
    if end is not None and start is None:
        c.fail("start_date", N_("is required when an end date is given"))
    if v.get("date_precision") == enums.DatePrecision.EXACT.value and start is None:
        c.fail("start_date", N_("is required when the date is known exactly"))
    for field in FATALITIES:
        c.count(field)
    c.estimates(*FATALITIES)
    c.of_type("civilian_targeting", bool, N_("yes, no or unknown"))
    c.raise_if_any()


def check_actor(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.ACTOR)
    _common(c)
    c.required("name")
    c.country("country_code")
    aliases = v.get("aliases")
    if aliases is not None and not (isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)):
        c.fail("aliases", N_("must be a list of names"))
    c.raise_if_any()


def check_allegation(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.ALLEGATION)
    _common(c)
    c.required("violation_type", "incident_id")
    c.one_of("status", enums.AllegationStatus)
    c.one_of("standard_of_proof", enums.StandardOfProof)
    c.raise_if_any()


def check_perpetrator(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.PERPETRATOR)
    _common(c)
    c.required("allegation_id", "actor_id")
    c.one_of("involvement", enums.Involvement)
    c.raise_if_any()


def check_allegation_victim(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.ALLEGATION_VICTIM)
    _common(c)
    c.required("allegation_id", "victim_id")
    c.raise_if_any()


def check_victim(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.VICTIM)
    _common(c)
    c.required("label")
    c.one_of("kind", enums.VictimKind)
    c.one_of("sex", enums.Sex)
    c.one_of("age_group", enums.AgeGroup)
    c.one_of("status", enums.VictimStatus)
    for field in (*COUNTS, *BREAKDOWN):
        c.count(field)
    c.estimates(*COUNTS)
    parts = [v.get(f) for f in BREAKDOWN]
    known = [p for p in parts if isinstance(p, int) and not isinstance(p, bool)]
    high = v.get("count_high") if v.get("count_high") is not None else v.get("count_best")
    if known and isinstance(high, int) and sum(known) > high:
        more_than = (
            N_(
                "the breakdown (women, men, children, unknown) adds up to {total}, more than the high estimate of "
                "the count ({high})"
            )
            if v.get("count_high") is not None
            else N_(
                "the breakdown (women, men, children, unknown) adds up to {total}, more than the best estimate of "
                "the count ({high})"
            )
        )
        c.fail("count_women", Phrase(more_than, total=Number(sum(known)), high=Number(high)))
    if v.get("kind") == enums.VictimKind.INDIVIDUAL.value and any(v.get(f) not in (None, 1) for f in COUNTS):
        c.fail("count_best", N_("an individual victim counts as one; record several people as a group"))
    c.raise_if_any()


def check_witness(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.WITNESS)
    _common(c)
    c.required("pseudonym")
    c.max_length("pseudonym", 40)
    c.one_of("sex", enums.Sex)
    c.one_of("age_group", enums.AgeGroup)
    c.one_of("relation", enums.WitnessRelation)
    c.one_of("risk_level", enums.RiskLevel)
    c.max_length("interview_language", 60)
    c.raise_if_any()


def check_consent(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.CONSENT)
    for field in ("to_be_recorded", "to_be_quoted", "to_be_named", "share_with_partners", "contact_again"):
        c.of_type(field, bool, N_("yes or no"))
    c.date("given_on")
    if (
        any(v.get(f) for f in ("to_be_recorded", "to_be_quoted", "to_be_named", "share_with_partners"))
        and not (v.get("how_given") or "").strip()
    ):
        c.fail(
            "how_given",
            N_("say how consent was given (for example: oral, recorded at the start of the interview)"),
        )
    c.raise_if_any()


def require_consent_to_quote(content: Mapping[str, Any], consent: Mapping[str, Any] | None) -> None:
    """An account's words may be marked quotable only if its witness consented to be quoted (``consent``: the
    witness's consent record, None when none is recorded)."""
    if content.get("quotable") and not (consent and consent.get("to_be_quoted")):
        raise ValidationError(
            [
                field_error(
                    Kind.ACCOUNT_VERSION,
                    "quotable",
                    N_(
                        "the witness has not consented to be quoted; record that consent before marking the "
                        "account quotable"
                    ),
                )
            ]
        )


def check_account_version(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.ACCOUNT_VERSION)
    c.one_of("method", enums.InterviewMethod)
    c.date("interview_date")
    c.of_type("quotable", bool, N_("yes or no"))
    quotes = v.get("key_quotes")
    if quotes is not None and not (isinstance(quotes, list) and all(isinstance(q, str) for q in quotes)):
        c.fail("key_quotes", N_("must be a list of quotations"))
    if not (v.get("narrative") or "").strip() and not quotes:
        c.fail("narrative", N_("is required: an account must say what the witness said"))
    c.raise_if_any()


def check_account(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.ACCOUNT)
    _common(c)
    c.required("witness_id")
    c.raise_if_any()


def check_source(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.SOURCE)
    _common(c)
    c.required("title")
    c.one_of("kind", enums.SourceKind)
    c.one_of("stance", enums.Stance)
    c.one_of("reliability", enums.SourceReliability, optional=True)
    c.one_of("credibility", enums.InformationCredibility, optional=True)
    c.url("url")
    c.url("archived_url")
    c.date("publication_date")
    c.date("access_date")
    pub, acc = v.get("publication_date"), v.get("access_date")
    if isinstance(pub, dt.date) and isinstance(acc, dt.date) and acc < pub:
        c.fail("access_date", N_("cannot be before the publication date"))
    c.raise_if_any()


def check_evidence(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.EVIDENCE)
    _common(c)
    c.required("original_filename", "sha256")
    sha = v.get("sha256")
    if isinstance(sha, str) and not re.fullmatch(r"[0-9a-f]{64}", sha):
        c.fail("sha256", N_("must be 64 lowercase hexadecimal digits"))
    c.count("size")
    if v.get("size") is None:
        c.fail("size", N_("is required"))
    c.raise_if_any()


def check_link(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.LINK)
    _common(c)
    c.one_of("relation", enums.LinkRelation)
    origins = [f for f in ("source_id", "account_id", "evidence_id") if v.get(f) is not None]
    targets = [f for f in ("allegation_id", "incident_id") if v.get(f) is not None]
    if len(origins) != 1:
        c.fail("source_id", N_("a link starts from exactly one source, account or evidence file"))
    if len(targets) != 1:
        c.fail("allegation_id", N_("a link points to exactly one allegation or incident"))
    c.raise_if_any()


def check_figure(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.FIGURE)
    _common(c)
    c.required("counted")
    c.max_length("counted", 60)
    c.one_of("of_whom", enums.FigureGroup)
    c.one_of("qualifier", enums.FigureQualifier)
    c.max_length("as_described", 300)
    c.max_length("locator", 200)
    c.date("claimed_on")
    c.count("value")
    c.count("value_high")
    if v.get("value") is None:
        c.fail("value", N_("is required and cannot be empty"))
    low, high = c._whole("value"), c._whole("value_high")
    if v.get("qualifier") == enums.FigureQualifier.RANGE.value:
        if v.get("value_high") is None:
            c.fail("value_high", N_("is required for a range"))
        elif low is not None and high is not None and high < low:
            c.fail("value_high", Phrase(N_("cannot be below the figure ({low})"), low=low))
    elif v.get("value_high") is not None:
        c.fail("value_high", N_("is given only for a range"))
    if sum(v.get(f) is not None for f in ("source_id", "account_id")) != 1:
        c.fail("source_id", N_("a figure is given by exactly one source or account"))
    if sum(v.get(f) is not None for f in ("incident_id", "allegation_id")) != 1:
        c.fail("incident_id", N_("a figure is on exactly one incident or allegation"))
    c.of_type("in_estimate", bool, N_("yes or no"))
    c.raise_if_any()


def check_vocabulary_term(v: Mapping[str, Any]) -> None:
    c = Checker(v, Kind.VOCABULARY_TERM)
    _common(c)
    c.required("vocabulary", "code", "label_en", "label_fr")
    c.max_length("code", 60)
    c.max_length("label_en", 200)
    c.max_length("label_fr", 200)
    c.max_length("label_ar", 200)  # may be empty: the English label is shown instead
    code = v.get("code")
    if isinstance(code, str) and code and not re.fullmatch(r"[a-z][a-z0-9_]*", code):
        c.fail("code", N_("must be lowercase letters, digits and underscores, starting with a letter"))
    c.raise_if_any()
