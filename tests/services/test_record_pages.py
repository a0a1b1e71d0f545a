"""A case's records a page at a time: listings sorted and filtered by the database as tables show them, rows read
by id with the names of what they refer to, identities masked, and a case's figures counted."""

from __future__ import annotations

import uuid

import pytest

from hrdoc.domain.registry import Kind
from hrdoc.services.context import StoreContext
from hrdoc.services.record_keys import Key, Resolver, table_of
from hrdoc.services.record_pages import AUDIT, Listing, RecordPages
from hrdoc.services.records import RecordService
from hrdoc.services.vocab import VocabularyService
from tests.helpers import make_account, make_allegation, make_case, make_incident, make_source, make_witness

MARKER = "ZZ-IDENTITY-MARKER-5521"


@pytest.fixture
def pages(shared_ctx: StoreContext) -> RecordPages:
    return RecordPages(shared_ctx)


def titles(pages: RecordPages, listing: Listing) -> list[str]:
    return [r["title"] for r in pages.rows(listing, pages.order(listing))]


def test_a_listing_is_sorted_by_what_a_column_shows_in_the_database(r: RecordService, pages: RecordPages) -> None:
    case = make_case(r)
    gao = r.create("location", case_id=case, name="gao")  # lower case: sorted without regard to case
    bamako = r.create("location", case_id=case, name="Bamako")
    for title, place, deaths in (("C", gao, 3), ("A", None, 12), ("B", bamako, None), ("D", bamako, 100)):
        make_incident(r, case, title=title, location_id=place, fatalities_best=deaths)
    listed = Listing(Kind.INCIDENT, case)
    assert titles(pages, listed) == ["C", "A", "B", "D"]  # as entered
    by_place = Listing(Kind.INCIDENT, case, sort=((Key.of("location_id"), False),))
    assert titles(pages, by_place) == ["B", "D", "C", "A"]  # by the place's name; none last; ties as entered
    by_place_down = Listing(Kind.INCIDENT, case, sort=((Key.of("location_id"), True),))
    assert titles(pages, by_place_down) == ["A", "C", "B", "D"]  # none first, then gao, then Bamako as entered
    by_deaths = Listing(Kind.INCIDENT, case, sort=((Key.of("fatalities_best"), True),))
    assert titles(pages, by_deaths) == ["B", "D", "A", "C"]  # numbers as numbers: 100 before 12 before 3
    ids = pages.order(by_deaths)
    asked = [ids[2], str(uuid.uuid4()), ids[0]]  # rows come in the order asked; a record gone is left out
    assert [row["id"] for row in pages.rows(by_deaths, asked)] == [ids[2], ids[0]]


def test_codes_are_sorted_and_filtered_by_their_words(shared_ctx: StoreContext, r: RecordService) -> None:
    pages = RecordPages(shared_ctx)
    case = make_case(r)
    incident = make_incident(r, case, title="Attack on the market")
    words = VocabularyService(shared_ctx).labels("violation_type")
    codes = sorted(words, key=lambda c: words[c].casefold())[:3]
    for code in reversed(codes):
        make_allegation(r, case, incident, violation_type=code, status="likely")
    key = Key.of("violation_type")
    listed = Listing(Kind.ALLEGATION, case, sort=((key, False),))
    assert [a["violation_type"] for a in pages.rows(listed, pages.order(listed))] == codes
    word = words[codes[1]].split()[0]
    wanted = [c for c in codes if word.casefold() in words[c].casefold()]
    found = Listing(Kind.ALLEGATION, case, text=word.upper(), search=(key,))
    assert sorted(a["violation_type"] for a in pages.rows(found, pages.order(found))) == sorted(wanted)
    status = Listing(Kind.ALLEGATION, case, text="likel", search=(Key.of("status"),))  # "Likely", the words
    assert len(pages.order(status)) == 3
    assert pages.order(Listing(Kind.ALLEGATION, case, text="likely_", search=(Key.of("status"),))) == []
    by_incident = Listing(Kind.ALLEGATION, case, text="MARKET", search=(Key.of("incident_id"),))
    assert len(pages.order(by_incident)) == 3  # a reference by the name of the record it refers to
    assert pages.count(by_incident) == 3
    percent = Listing(Kind.ALLEGATION, case, text="%", search=(Key.of("description"),))
    assert pages.order(percent) == []  # the text is matched as it is, not as a pattern


def test_rows_carry_names_of_what_they_refer_to_and_never_an_identity(
    shared_ctx: StoreContext, r: RecordService
) -> None:
    pages = RecordPages(shared_ctx)
    case = make_case(r)
    incident = make_incident(r, case, title="Attack on the market")
    allegation = make_allegation(r, case, incident)
    witness = make_witness(r, case, "W-07")
    r.set_identity("witness", witness, legal_name=MARKER, contact=MARKER, residence=MARKER)
    r.set_consent(witness, to_be_recorded=True, to_be_quoted=False, how_given="oral")
    account = make_account(r, case, witness)
    source = make_source(r, case, title="Report")
    link = r.create("link", case_id=case, account_id=account, allegation_id=allegation, relation="supports")
    violation = VocabularyService(shared_ctx).labels("violation_type")["attack_on_civilians"]

    [witness_row] = pages.rows(Listing(Kind.WITNESS, case), [str(witness)])
    assert witness_row["identity"]["legal_name"] == "[protected]"
    assert witness_row["consent"]["to_be_recorded"] is True
    assert MARKER not in repr(witness_row)
    consent = Listing(
        Kind.ACCOUNT, case, shown=("witness_id.consent.to_be_recorded", "witness_id.consent.to_be_quoted")
    )
    [account_row] = pages.rows(consent, [str(account)])
    assert account_row["_names"] == {"witness_id": "W-07"}
    assert account_row["witness_id.consent.to_be_recorded"] is True
    assert account_row["witness_id.consent.to_be_quoted"] is False
    assert [v["narrative"] for v in account_row["versions"]] == ["What the witness said."]
    [link_row] = pages.rows(Listing(Kind.LINK, case), [str(link)])
    assert link_row["_names"] == {
        "account_id": "Account of W-07",
        "allegation_id": f"{violation} — Attack on the market",
    }
    names = pages.names({Kind.ALLEGATION: [str(allegation)], Kind.SOURCE: [str(source)], Kind.LINK: [str(link)]})
    assert names == {str(allegation): f"{violation} — Attack on the market", str(source): "Report"}
    assert pages.rows(Listing(Kind.WITNESS, case), [str(uuid.uuid4())]) == []  # gone: left out
    assert pages.referring(Kind.LINK, "allegation_id", [str(allegation)])[0]["id"] == str(link)
    assert pages.origins(case) == [(Kind.SOURCE, str(source), "Report", "??"), (Kind.ACCOUNT, str(account), "W-07", "")]


def test_a_protected_field_is_never_sorted_or_filtered_by(shared_ctx: StoreContext) -> None:
    with shared_ctx.read() as session:
        resolver = Resolver(session)
        with pytest.raises(ValueError, match="protected"):
            resolver.terms(Kind.WITNESS_IDENTITY, table_of(Kind.WITNESS_IDENTITY), Key.of("legal_name"))
        with pytest.raises(KeyError):  # a witness's identity is no part a path goes through
            resolver.terms(Kind.WITNESS, table_of(Kind.WITNESS), Key.of("identity.legal_name"))


def test_listing_the_records_of_one_incident_and_the_audit_log(r: RecordService, pages: RecordPages) -> None:
    case = make_case(r)
    first, second = make_incident(r, case, title="First"), make_incident(r, case, title="Second")
    mine = [make_allegation(r, case, second) for _ in range(3)]
    make_allegation(r, case, first)
    listed = Listing(Kind.ALLEGATION, case, where=(("incident_id", str(second)),))
    assert pages.order(listed) == [str(a) for a in mine]
    total, head = pages.head(listed, 2)
    assert total == 3 and [a["id"] for a in head] == [str(a) for a in mine[:2]]
    log = Listing(AUDIT, case)
    entries = pages.rows(log, pages.order(log))
    assert [int(e["id"]) for e in entries] == sorted((int(e["id"]) for e in entries), reverse=True)  # newest first
    assert entries[0]["_shown"].startswith("Created allegation")
    assert [e["seq"] for e in entries] == [int(e["id"]) for e in entries]


def test_figures_are_counted_by_the_database(r: RecordService, pages: RecordPages) -> None:
    case = make_case(r)
    incident = make_incident(r, case, fatalities_best=4)
    make_incident(r, case, fatalities_best=None)
    make_incident(r, case, fatalities_best=3)
    for status in ("likely", "likely", "confirmed"):
        make_allegation(r, case, incident, status=status)
    figures = pages.figures(case)
    assert figures.counts["incidents"] == 3 and figures.counts["allegations"] == 3 and figures.counts["links"] == 0
    assert figures.fatalities == 7
    assert figures.statuses == {"likely": 2, "confirmed": 1}
    assert figures.audit_entries == 7  # the case, three incidents, three allegations
    assert figures.merged_log is False
