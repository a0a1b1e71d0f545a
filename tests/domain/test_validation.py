"""Validation rules: each broken rule is reported on the offending field, in words a user can act on."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from hrdoc.domain import registry
from hrdoc.domain import validation as v
from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.services.records_kinds import column_defaults
from hrdoc.storage import models as m

Check = Callable[[Mapping[str, Any]], None]
ID = uuid.uuid4()


def record(model: type[m.Base], required: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """A record's values as the services validate them: column defaults, then required fields, then changes."""
    return column_defaults(model) | required | given


def fields_of(err: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [e.field for e in err.value.errors]


def messages(err: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    return " | ".join(err.value.for_field(field))


def assert_fails(check: Check, values: Mapping[str, Any], field: str) -> str:
    """``check`` raises a ValidationError naming ``field``; returns that field's message."""
    with pytest.raises(ValidationError) as err:
        check(values)
    assert field in fields_of(err), f"expected an error on {field!r}, got {err.value.errors}"
    assert all(isinstance(e, FieldError) and e.message for e in err.value.errors)
    return messages(err, field)


# -- incident: fatalities and dates ----------------------------------------------------------------------


def incident(**fields: Any) -> dict[str, Any]:
    return record(m.Incident, dict(case_id=ID, title="Convoy attack near Annefif"), fields)


@pytest.mark.parametrize(
    ("low", "best", "high"),
    [(None, None, None), (24, 24, 24), (20, 24, 30), (None, 24, None), (0, 0, 0), (20, None, 30), (None, 24, 40)],
)
def test_fatalities_in_order_are_accepted(low: int | None, best: int | None, high: int | None) -> None:
    v.check_incident(incident(fatalities_low=low, fatalities_best=best, fatalities_high=high))


@pytest.mark.parametrize(
    ("low", "best", "high", "field", "words"),
    [
        (25, 24, 30, "fatalities_best", "must be between the low and high estimates (25 and 30)"),
        (20, 31, 30, "fatalities_best", "must be between the low and high estimates (20 and 30)"),
        (25, 24, None, "fatalities_best", "cannot be below the low estimate (25)"),
        (None, 31, 30, "fatalities_best", "cannot be above the high estimate (30)"),
        (31, None, 30, "fatalities_low", "cannot be above the high estimate (30)"),
    ],
)
def test_fatalities_out_of_order_name_the_field_and_the_rule_in_words(
    low: int | None, best: int | None, high: int | None, field: str, words: str
) -> None:
    """The best estimate outside the others is what is wrong; the message names the others in words."""
    values = incident(fatalities_low=low, fatalities_best=best, fatalities_high=high)
    with pytest.raises(ValidationError) as err:
        v.check_incident(values)
    assert fields_of(err) == [field] and messages(err, field) == words
    label = "Fatalities (best estimate)" if field == "fatalities_best" else "Fatalities (low)"
    assert str(err.value) == f"{label}: {words}"  # as the command line and message boxes say it


@pytest.mark.parametrize("field", v.FATALITIES)
def test_fatalities_cannot_be_negative_or_non_numbers(field: str) -> None:
    assert "cannot be negative" in assert_fails(v.check_incident, incident(**{field: -1}), field)
    assert "whole number" in assert_fails(v.check_incident, incident(**{field: "24"}), field)
    assert "whole number" in assert_fails(v.check_incident, incident(**{field: True}), field)
    assert "whole number" in assert_fails(v.check_incident, incident(**{field: 2.5}), field)


def test_end_date_before_start_date() -> None:
    message = assert_fails(
        v.check_incident, incident(start_date=dt.date(2025, 3, 10), end_date=dt.date(2025, 3, 9)), "end_date"
    )
    assert "2025-03-09" in message and "2025-03-10" in message
    assert "cannot be before the start date" in message


@pytest.mark.parametrize(
    ("start", "end"), [(dt.date(2025, 3, 10), dt.date(2025, 3, 10)), (dt.date(2025, 3, 10), dt.date(2025, 3, 12))]
)
def test_end_date_on_or_after_start_date_is_accepted(start: dt.date, end: dt.date) -> None:
    v.check_incident(incident(start_date=start, end_date=end))


def test_an_end_date_needs_a_start_date() -> None:
    assert "required" in assert_fails(v.check_incident, incident(end_date=dt.date(2025, 3, 10)), "start_date")


def test_an_exact_date_precision_needs_a_date() -> None:
    message = assert_fails(v.check_incident, incident(date_precision="exact"), "start_date")
    assert "exact" in message


def test_a_date_and_time_is_not_a_date() -> None:
    when = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
    assert "not a date and time" in assert_fails(v.check_incident, incident(start_date=when), "start_date")
    assert "YYYY-MM-DD" in assert_fails(v.check_incident, incident(start_date="2025-03-10"), "start_date")


def test_several_broken_rules_are_reported_together() -> None:
    values = incident(title="", fatalities_low=-1, start_date=dt.date(2025, 3, 10), end_date=dt.date(2025, 1, 1))
    with pytest.raises(ValidationError) as err:
        v.check_incident(values)
    assert {"title", "fatalities_low", "end_date"} <= set(fields_of(err))
    assert "Title: is required" in str(err.value)


# -- URLs -----------------------------------------------------------------------------------------------

GOOD_URLS = [
    "https://www.telegraph.co.uk/world-news/2025/01/01/wagner-mali-civilians/",
    "http://example.org",
    "https://hrw.org/report?id=12&lang=fr#section-2",
    "https://localhost:8080/case",
    "http://[2001:db8::1]/statement",
    "https://web.archive.org/web/2025/https://example.org/page",
    "https://例え.jp/記事",
    "https://user@example.org:443/path",
]
BAD_URLS = [
    "www.telegraph.co.uk/world-news",  # no scheme
    "telegraph",
    "ftp://example.org/file",
    "javascript:alert(1)",
    "mailto:press@example.org",
    "file:///home/investigator/notes.txt",
    "https://",
    "https:///path-only",
    "http://intranet/page",  # a bare name, not a host on the internet
    "https://exa mple.org",
    "https://example.org/a b",
    " https://example.org",
    "https://example.org\n",
    "https://example.org:99999/",
    "https://example.org:port/",
    "http://[::1/",
]


@pytest.mark.parametrize("url", GOOD_URLS)
def test_well_formed_urls_are_accepted(url: str) -> None:
    assert v.is_well_formed_url(url)
    v.check_source(source(url=url, archived_url=url))


@pytest.mark.parametrize("url", BAD_URLS)
def test_malformed_urls_are_refused_on_their_field(url: str) -> None:
    assert not v.is_well_formed_url(url)
    message = assert_fails(v.check_source, source(url=url), "url")
    assert "not a well-formed URL" in message and "http://" in message
    assert_fails(v.check_source, source(archived_url=url), "archived_url")


@pytest.mark.parametrize("url", ["http://.", "https://.com", "http://example..org"])
def test_urls_whose_host_is_not_a_host_name_are_refused(url: str) -> None:
    """The message promises the URL must "name a host": dots alone or empty labels do not."""
    assert not v.is_well_formed_url(url)


def test_an_empty_url_is_allowed() -> None:
    v.check_source(source(url="", archived_url=""))


# -- sources --------------------------------------------------------------------------------------------


def source(**fields: Any) -> dict[str, Any]:
    return record(m.Source, dict(case_id=ID, kind="news_article", title="Telegraph article"), fields)


def test_access_date_before_publication_date() -> None:
    values = source(publication_date=dt.date(2025, 6, 2), access_date=dt.date(2025, 6, 1))
    assert "publication date" in assert_fails(v.check_source, values, "access_date")
    v.check_source(source(publication_date=dt.date(2025, 6, 2), access_date=dt.date(2025, 6, 2)))


@pytest.mark.parametrize(("field", "value"), [("reliability", "G"), ("credibility", "7"), ("reliability", "a")])
def test_admiralty_grades(field: str, value: str) -> None:
    v.check_source(source(reliability="B", credibility="2"))
    v.check_source(source(reliability=None, credibility=None))
    assert repr(value) in assert_fails(v.check_source, source(**{field: value}), field)


# -- locations: country and coordinates -------------------------------------------------------------------


def location(**fields: Any) -> dict[str, Any]:
    return record(m.Location, dict(case_id=ID, name="Annefif"), fields)


@pytest.mark.parametrize("code", ["ML", "DZ", ""])
def test_valid_country_codes(code: str) -> None:
    v.check_location(location(country_code=code))
    v.check_actor(actor(country_code=code))


@pytest.mark.parametrize("code", ["ml", "Ml", "MLI", "M", "M1", "Mali", " ML"])
def test_invalid_country_codes_are_refused(code: str) -> None:
    message = assert_fails(v.check_location, location(country_code=code), "country_code")
    assert "ISO 3166-1 alpha-2" in message and repr(code) in message
    assert_fails(v.check_actor, actor(country_code=code), "country_code")


@pytest.mark.parametrize(("lat", "lon"), [(16.27, 0.05), (-90, -180), (90, 180), (0, 0), (90.0, 0.0)])
def test_coordinates_in_range_are_accepted(lat: float, lon: float) -> None:
    v.check_location(location(latitude=lat, longitude=lon))


@pytest.mark.parametrize("lat", [90.0001, -90.5, 91, 180, -1000, math.inf, math.nan])
def test_latitude_out_of_range(lat: float) -> None:
    message = assert_fails(v.check_location, location(latitude=lat, longitude=0.05), "latitude")
    assert "between -90 and 90" in message


@pytest.mark.parametrize("lon", [180.01, -181, math.nan])
def test_longitude_out_of_range(lon: float) -> None:
    assert "between -180 and 180" in assert_fails(v.check_location, location(latitude=16.0, longitude=lon), "longitude")


def test_latitude_must_be_a_number_and_come_with_a_longitude() -> None:
    assert "number" in assert_fails(v.check_location, location(latitude="16.27", longitude=0.05), "latitude")
    assert "number" in assert_fails(v.check_location, location(latitude=True, longitude=0.05), "latitude")
    assert "both" in assert_fails(v.check_location, location(latitude=16.27), "longitude")
    assert "both" in assert_fails(v.check_location, location(longitude=0.05), "latitude")


# -- victims: counts and breakdown ------------------------------------------------------------------------


def victim(**fields: Any) -> dict[str, Any]:
    return record(m.Victim, dict(case_id=ID, label="Civilians in the convoy"), fields)


def test_breakdown_adding_up_to_more_than_the_count() -> None:
    values = victim(count_best=24, count_women=10, count_children=20)
    message = assert_fails(v.check_victim, values, "count_women")
    assert "30" in message and "24" in message and "best" in message


def test_breakdown_is_checked_against_the_high_count_when_given() -> None:
    v.check_victim(victim(count_low=20, count_best=24, count_high=30, count_women=10, count_children=20))
    values = victim(count_best=24, count_high=30, count_women=10, count_men=11, count_children=10)
    message = assert_fails(v.check_victim, values, "count_women")
    assert "31" in message and "high estimate of the count (30)" in message


def test_breakdown_equal_to_the_count_is_accepted() -> None:
    v.check_victim(victim(count_best=24, count_women=4, count_men=10, count_children=8, count_unknown=2))


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"count_low": 30, "count_best": 24}, "count_best"),
        ({"count_low": 30, "count_high": 24}, "count_low"),
        ({"count_best": 31, "count_high": 30}, "count_best"),
        ({"count_children": -2}, "count_children"),
        ({"kind": "individual", "count_best": 3}, "count_best"),
        ({"kind": "crowd"}, "kind"),
        ({"status": "dead"}, "status"),
    ],
)
def test_victim_rules(fields: dict[str, Any], field: str) -> None:
    assert_fails(v.check_victim, victim(**fields), field)


# -- consent ----------------------------------------------------------------------------------------------


def consent(**fields: Any) -> dict[str, Any]:
    return column_defaults(m.Consent) | fields


@pytest.mark.parametrize("given", ["to_be_recorded", "to_be_quoted", "to_be_named", "share_with_partners"])
@pytest.mark.parametrize("how", ["", "   ", None])
def test_consent_requires_saying_how_it_was_given(given: str, how: str | None) -> None:
    message = assert_fails(v.check_consent, consent(**{given: True, "how_given": how}), "how_given")
    assert "how consent was given" in message


def test_consent_with_how_given_or_without_any_consent_is_accepted() -> None:
    v.check_consent(consent(to_be_quoted=True, how_given="oral, recorded at the start of the interview"))
    v.check_consent(consent())
    v.check_consent(consent(contact_again=True))  # agreeing to be contacted is not consent to any use


def test_consent_answers_must_be_yes_or_no() -> None:
    assert "yes or no" in assert_fails(v.check_consent, consent(to_be_quoted="yes", how_given="oral"), "to_be_quoted")
    assert_fails(v.check_consent, consent(given_on="2025-06-01"), "given_on")


# -- every check_* function --------------------------------------------------------------------------------


def actor(**fields: Any) -> dict[str, Any]:
    return record(m.Actor, dict(case_id=ID, name="Wagner Group"), fields)


def case(**fields: Any) -> dict[str, Any]:
    return record(m.Case, dict(reference="ML-2025-004", title="Annefif convoy killings"), fields)


def allegation(**fields: Any) -> dict[str, Any]:
    return record(m.Allegation, dict(case_id=ID, incident_id=ID, violation_type="extrajudicial_execution"), fields)


def perpetrator(**fields: Any) -> dict[str, Any]:
    return record(m.AllegationPerpetrator, dict(case_id=ID, allegation_id=ID, actor_id=ID), fields)


def allegation_victim(**fields: Any) -> dict[str, Any]:
    return record(m.AllegationVictim, dict(case_id=ID, allegation_id=ID, victim_id=ID), fields)


def witness(**fields: Any) -> dict[str, Any]:
    return record(m.Witness, dict(case_id=ID, pseudonym="W-01"), fields)


def account(**fields: Any) -> dict[str, Any]:
    return record(m.Account, dict(case_id=ID, witness_id=ID), fields)


def account_version(**fields: Any) -> dict[str, Any]:
    values = {k: val for k, val in column_defaults(m.AccountVersion).items() if k not in ("account_id", "version")}
    return values | {"narrative": "My cousin was in the second vehicle."} | fields


def evidence(**fields: Any) -> dict[str, Any]:
    return record(m.EvidenceFile, dict(case_id=ID, original_filename="photo.jpg", sha256="ab" * 32, size=1024), fields)


def link(**fields: Any) -> dict[str, Any]:
    return record(m.Link, dict(case_id=ID, source_id=ID, allegation_id=ID, relation="supports"), fields)


def figure(**fields: Any) -> dict[str, Any]:
    values = dict(case_id=ID, source_id=ID, incident_id=ID, counted="killed", qualifier="about", value=60)
    return record(m.ReportedFigure, values, fields)


def vocabulary_term(**fields: Any) -> dict[str, Any]:
    values = {"vocabulary": "violation_type", "code": "forced_labour", "label_en": "Forced labour"}
    return record(m.VocabularyTerm, values | {"label_fr": "Travail forcé"}, fields)


# check function -> (a valid record, [(an invalid one, the field that must be named)])
CASES: dict[str, tuple[Check, Callable[..., dict[str, Any]], list[tuple[dict[str, Any], str]]]] = {
    "check_case": (
        v.check_case,
        case,
        [
            ({"reference": ""}, "reference"),
            ({"reference": "ML 2025 004"}, "reference"),
            ({"reference": "-ML"}, "reference"),
            ({"reference": "X" * 41}, "reference"),
            ({"title": "   "}, "title"),
            ({"title": "t" * 301}, "title"),
            ({"status": "pending"}, "status"),
            ({"tags": "wagner, mali"}, "tags"),
            ({"tags": ["wagner", 3]}, "tags"),
            ({"visibility": "secret"}, "visibility"),
            ({"notes": 5}, "notes"),
        ],
    ),
    "check_location": (
        v.check_location,
        location,
        [
            ({"name": ""}, "name"),
            ({"geo_precision": "city"}, "geo_precision"),
            ({"alt_spellings": "Anefis"}, "alt_spellings"),
            ({"country_code": "mli"}, "country_code"),
            ({"latitude": 95, "longitude": 0}, "latitude"),
        ],
    ),
    "check_incident": (
        v.check_incident,
        incident,
        [
            ({"title": ""}, "title"),
            ({"date_precision": "roughly"}, "date_precision"),
            ({"civilian_targeting": "yes"}, "civilian_targeting"),
            ({"fatalities_best": 25, "fatalities_high": 24}, "fatalities_best"),
        ],
    ),
    "check_actor": (
        v.check_actor,
        actor,
        [({"name": ""}, "name"), ({"aliases": "Africa Corps"}, "aliases"), ({"country_code": "RUS"}, "country_code")],
    ),
    "check_allegation": (
        v.check_allegation,
        allegation,
        [
            ({"violation_type": ""}, "violation_type"),
            ({"incident_id": None}, "incident_id"),
            ({"status": "proven"}, "status"),
            ({"standard_of_proof": "certain"}, "standard_of_proof"),
        ],
    ),
    "check_perpetrator": (
        v.check_perpetrator,
        perpetrator,
        [({"actor_id": None}, "actor_id"), ({"involvement": "indirect"}, "involvement")],
    ),
    "check_allegation_victim": (
        v.check_allegation_victim,
        allegation_victim,
        [({"victim_id": None}, "victim_id"), ({"allegation_id": None}, "allegation_id")],
    ),
    "check_victim": (v.check_victim, victim, [({"label": ""}, "label"), ({"sex": "f"}, "sex")]),
    "check_witness": (
        v.check_witness,
        witness,
        [
            ({"pseudonym": ""}, "pseudonym"),
            ({"pseudonym": "W" * 41}, "pseudonym"),
            ({"relation": "neighbour"}, "relation"),
            ({"risk_level": "none"}, "risk_level"),
            ({"age_group": "teen"}, "age_group"),
        ],
    ),
    "check_consent": (
        v.check_consent,
        consent,
        [({"to_be_named": True}, "how_given"), ({"contact_again": 1}, "contact_again")],
    ),
    "check_account_version": (
        v.check_account_version,
        account_version,
        [
            ({"narrative": "  ", "key_quotes": []}, "narrative"),
            ({"key_quotes": "He said they fired"}, "key_quotes"),
            ({"method": "telepathy"}, "method"),
            ({"quotable": "yes"}, "quotable"),
            ({"interview_date": "2025-06-01"}, "interview_date"),
        ],
    ),
    "check_account": (v.check_account, account, [({"witness_id": None}, "witness_id")]),
    "check_source": (
        v.check_source,
        source,
        [
            ({"title": ""}, "title"),
            ({"kind": "rumour"}, "kind"),
            ({"stance": "neutral"}, "stance"),
            ({"url": "telegraph.co.uk"}, "url"),
        ],
    ),
    "check_evidence": (
        v.check_evidence,
        evidence,
        [
            ({"sha256": "AB" * 32}, "sha256"),
            ({"sha256": "ab" * 31}, "sha256"),
            ({"sha256": ""}, "sha256"),
            ({"original_filename": ""}, "original_filename"),
            ({"size": -1}, "size"),
            ({"size": None}, "size"),
        ],
    ),
    "check_link": (
        v.check_link,
        link,
        [
            ({"account_id": ID}, "source_id"),
            ({"source_id": None}, "source_id"),
            ({"incident_id": ID}, "allegation_id"),
            ({"allegation_id": None}, "allegation_id"),
            ({"relation": "proves"}, "relation"),
        ],
    ),
    "check_figure": (
        v.check_figure,
        figure,
        [
            ({"account_id": ID}, "source_id"),
            ({"source_id": None}, "source_id"),
            ({"allegation_id": ID}, "incident_id"),
            ({"incident_id": None}, "incident_id"),
            ({"counted": ""}, "counted"),
            ({"value": None}, "value"),
            ({"value": -3}, "value"),
            ({"value": True}, "value"),
            ({"qualifier": "roughly"}, "qualifier"),
            ({"of_whom": "rebels"}, "of_whom"),
            ({"qualifier": "range"}, "value_high"),
            ({"qualifier": "range", "value_high": 50}, "value_high"),
            ({"value_high": 90}, "value_high"),
            ({"as_described": "x" * 301}, "as_described"),
            ({"in_estimate": "yes"}, "in_estimate"),
        ],
    ),
    "check_vocabulary_term": (
        v.check_vocabulary_term,
        vocabulary_term,
        [
            ({"code": "Forced-Labour"}, "code"),
            ({"code": "1st"}, "code"),
            ({"label_fr": ""}, "label_fr"),
            ({"vocabulary": ""}, "vocabulary"),
        ],
    ),
}


def test_every_check_function_is_covered_here() -> None:
    assert {name for name in dir(v) if name.startswith("check_")} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_accepts_a_valid_record(name: str) -> None:
    check, valid, _ = CASES[name]
    check(valid())


@pytest.mark.parametrize(
    ("name", "changes", "field"),
    [(name, changes, field) for name, (_, _, bad) in CASES.items() for changes, field in bad],
    ids=lambda x: x if isinstance(x, str) else None,
)
def test_check_names_the_offending_field(name: str, changes: dict[str, Any], field: str) -> None:
    check, valid, _ = CASES[name]
    with pytest.raises(ValidationError) as err:
        check(valid(**changes))
    assert set(fields_of(err)) == {field}, f"{name}: expected only {field!r}, got {err.value.errors}"
    label = registry.kind(name.removeprefix("check_")).field(field).label
    assert str(err.value).startswith(f"{label}: {err.value.errors[0].message}")  # the field as people call it


@pytest.mark.parametrize("name", sorted(n for n in CASES if n not in ("check_consent", "check_account_version")))
def test_every_record_check_refuses_an_unknown_visibility(name: str) -> None:
    check, valid, _ = CASES[name]
    message = assert_fails(check, valid(visibility="top-secret"), "visibility")
    assert "public, restricted, confidential" in message


def test_validation_error_helpers() -> None:
    err = ValidationError(
        [FieldError("title", "is required"), FieldError("title", "is too long"), FieldError("x", "y")]
    )
    assert err.for_field("title") == ["is required", "is too long"]
    assert str(err) == "title: is required; title: is too long; x: y"
    single = ValidationError.single("url", "is bad")
    assert single.errors == [FieldError("url", "is bad")]
    assert isinstance(single, ValueError)
