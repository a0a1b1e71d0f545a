"""The records a case is made of that tell what happened: the case itself, places, incidents, actors,
allegations and who is alleged to have done what to whom (victims, their identities kept apart)."""

from __future__ import annotations

from dataclasses import replace

from hrdoc.domain import enums
from hrdoc.domain.registry.base import (
    N_,
    ONE_PER_LINE,
    FieldDef,
    KindDef,
    P,
    R,
    T,
    W,
    count,
    identity,
    locator,
    record,
)
from hrdoc.domain.vocabularies import ACTOR_KIND, EVENT_TYPE, FIGURE_COUNT, VIOLATION_TYPE

# A country is stored as its ISO 3166-1 alpha-2 code and typed or picked by its name (hrdoc.domain.countries).
COUNTRY_HINT = N_("its name in English, French or Arabic, or its two-letter code: Mali or ML")

CASE_KINDS: tuple[KindDef, ...] = (
    KindDef(
        "case",
        "cases",
        N_("case"),
        record(
            FieldDef(
                "reference",
                N_("Reference"),
                P,
                max_length=40,
                searchable=True,
                hint=N_("for example ML-2025-004"),
                reported=True,
            ),
            FieldDef("title", N_("Title"), P, max_length=300, searchable=True, reported=True),
            FieldDef("status", N_("Status"), P, W.CHOICE, enums.CaseStatus),
            # An investigator's name: the team only, unless the organisation signs its outputs with it.
            FieldDef("lead_investigator", N_("Lead investigator"), T, max_length=200, searchable=True),
            FieldDef("summary", N_("Summary"), P, W.LONG, searchable=True, reported=True),
            FieldDef("tags", N_("Tags"), R, W.LIST, searchable=True, hint=ONE_PER_LINE),
            case_scoped=False,
        ),
    ),
    KindDef(
        "location",
        "locations",
        N_("place"),
        record(
            FieldDef("name", N_("Name"), P, max_length=300, searchable=True, reported=True),
            FieldDef(
                "alt_spellings", N_("Other spellings"), P, W.LIST, searchable=True, hint=ONE_PER_LINE, reported=True
            ),
            FieldDef("admin1", N_("Region (admin 1)"), P, max_length=200, searchable=True, reported=True),
            FieldDef("admin2", N_("District (admin 2)"), P, max_length=200, searchable=True, reported=True),
            FieldDef("country_code", N_("Country"), P, W.COUNTRY, max_length=2, searchable=True, hint=COUNTRY_HINT),
            FieldDef("latitude", N_("Latitude"), P, W.FLOAT, hint=N_("degrees, for example 16.27")),
            FieldDef("longitude", N_("Longitude"), P, W.FLOAT, hint=N_("degrees, for example -0.04")),
            FieldDef("geo_precision", N_("Precision of the place"), P, W.CHOICE, enums.GeoPrecision),
        ),
    ),
    KindDef(
        "incident",
        "incidents",
        N_("incident"),
        record(
            FieldDef("title", N_("Title"), P, max_length=300, searchable=True, reported=True),
            FieldDef("description", N_("Description"), P, W.LONG, searchable=True, reported=True),
            FieldDef("start_date", N_("Start date"), P, W.DATE),
            FieldDef("end_date", N_("End date"), P, W.DATE),
            FieldDef("date_precision", N_("Date precision"), P, W.CHOICE, enums.DatePrecision),
            FieldDef(
                "date_as_reported",
                N_("Date as reported"),
                P,
                max_length=300,
                searchable=True,
                hint=N_("the words of the source"),
                reported=True,
            ),
            FieldDef("location_id", N_("Place"), P, W.PICK, ref="location", optional=True),
            FieldDef("event_type", N_("Event type"), P, W.VOCAB, vocabulary=EVENT_TYPE, optional=True),
            FieldDef("event_subtype", N_("Sub-type"), P, W.SUBVOCAB, vocabulary="event_type", optional=True),
            count("fatalities_low", N_("Fatalities (low)")),
            count("fatalities_best", N_("Fatalities (best estimate)")),
            count("fatalities_high", N_("Fatalities (high)")),
            FieldDef(
                "estimate_reasoning",
                N_("Reasoning for the estimate"),
                P,
                W.LONG,
                hint=N_("why these numbers; mark the reported figures the estimate rests on"),
                reported=True,
            ),
            FieldDef("civilian_targeting", N_("Civilians targeted"), P, W.TRISTATE),
            notes_reported=True,
        ),
    ),
    KindDef(
        "actor",
        "actors",
        N_("actor"),
        record(
            FieldDef("name", N_("Name"), P, max_length=300, searchable=True, reported=True),
            FieldDef("aliases", N_("Also known as"), P, W.LIST, searchable=True, hint=ONE_PER_LINE, reported=True),
            FieldDef("kind", N_("Kind of actor"), P, W.VOCAB, vocabulary=ACTOR_KIND, optional=True),
            FieldDef("affiliation", N_("Affiliation"), P, max_length=300, searchable=True, reported=True),
            FieldDef("country_code", N_("Country"), P, W.COUNTRY, max_length=2, searchable=True, hint=COUNTRY_HINT),
        ),
    ),
    KindDef(
        "allegation",
        "allegations",
        N_("allegation"),
        record(
            FieldDef("incident_id", N_("Incident"), P, W.PICK, ref="incident"),
            FieldDef("violation_type", N_("Violation"), P, W.VOCAB, vocabulary=VIOLATION_TYPE, searchable=True),
            FieldDef("description", N_("Description"), P, W.LONG, searchable=True, reported=True),
            FieldDef("status", N_("Assessment"), P, W.CHOICE, enums.AllegationStatus),
            FieldDef("standard_of_proof", N_("Standard of proof met"), P, W.CHOICE, enums.StandardOfProof),
            FieldDef("reasoning", N_("Reasoning"), P, W.LONG, searchable=True, reported=True),
            notes_reported=True,
        ),
    ),
    KindDef(
        "perpetrator",
        "allegation_perpetrators",
        N_("alleged perpetrator"),
        record(
            FieldDef("allegation_id", N_("Allegation"), P, W.PICK, ref="allegation"),
            FieldDef("actor_id", N_("Actor"), P, W.PICK, ref="actor"),
            FieldDef("involvement", N_("Involvement"), P, W.CHOICE, enums.Involvement),
            notes_searchable=False,  # no search document
        ),
    ),
    KindDef(
        "victim",
        "victims",
        N_("victim"),
        record(
            FieldDef("kind", N_("Individual or group"), P, W.CHOICE, enums.VictimKind),
            FieldDef(
                "label",
                N_("Label"),
                P,
                max_length=300,
                searchable=True,
                hint=N_("how the victim is referred to, not a legal name"),
                reported=True,
            ),
            FieldDef("description", N_("Description"), P, W.LONG, searchable=True, reported=True),
            FieldDef("sex", N_("Sex"), P, W.CHOICE, enums.Sex),
            FieldDef("age_group", N_("Age group"), P, W.CHOICE, enums.AgeGroup),
            FieldDef("status", N_("What happened to them"), P, W.CHOICE, enums.VictimStatus),
            count("count_low", N_("Count (low)")),
            count("count_best", N_("Count (best estimate)")),
            count("count_high", N_("Count (high)")),
            FieldDef("count_women", N_("Of whom women"), P, W.INT),
            FieldDef("count_men", N_("Of whom men"), P, W.INT),
            FieldDef("count_children", N_("Of whom children"), P, W.INT),
            FieldDef("count_unknown", N_("Of whom unknown"), P, W.INT),
        ),
    ),
    KindDef("victim_identity", "victim_identities", N_("victim's identity"), identity("victim"), owner="victim"),
    KindDef(
        "allegation_victim",
        "allegation_victims",
        N_("victim of an allegation"),
        record(
            FieldDef("allegation_id", N_("Allegation"), P, W.PICK, ref="allegation"),
            FieldDef("victim_id", N_("Victim"), P, W.PICK, ref="victim"),
            notes_searchable=False,  # no search document
        ),
    ),
    KindDef(
        "figure",
        "reported_figures",
        N_("reported figure"),
        # Who says how many of whom: a figure as one source or account gives it, on an incident or an allegation.
        record(
            FieldDef("incident_id", N_("Incident"), P, W.PICK, ref="incident", optional=True),
            FieldDef("allegation_id", N_("Allegation"), P, W.PICK, ref="allegation", optional=True),
            FieldDef("counted", N_("What it counts"), P, W.VOCAB, vocabulary=FIGURE_COUNT),
            FieldDef("of_whom", N_("Of whom, as the source says"), P, W.CHOICE, enums.FigureGroup),
            FieldDef(
                "as_described",
                N_("In the source's words"),
                P,
                max_length=300,
                searchable=True,
                quoted_words=True,  # from an account, a witness's words: quoted only with consent
                hint=N_("how the source describes them, for example “terrorists neutralised”"),
                reported=True,
            ),
            FieldDef("qualifier", N_("Figure given as"), P, W.CHOICE, enums.FigureQualifier),
            FieldDef("value", N_("Figure"), P, W.INT),
            FieldDef("value_high", N_("Upper figure"), P, W.INT, hint=N_("only for a range")),
            FieldDef("claimed_on", N_("Claimed on"), P, W.DATE),
            FieldDef("source_id", N_("Source"), P, W.PICK, ref="source", optional=True),
            FieldDef("account_id", N_("Account"), P, W.PICK, ref="account", optional=True),
            replace(locator(N_("Where in the source")), reported=True),
            FieldDef("in_estimate", N_("The analyst's estimate rests on it"), P, W.CHECK),
        ),
    ),
)
