"""Full-text search: spellings and diacritics, ranking, snippets, filters, safe queries, and re-indexing."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, SearchService
from tests.helpers import make_account, make_allegation, make_case, make_incident, make_source, make_witness

# -- the demo case (shared, read-only) ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_search(demo_store: StoreContext) -> SearchService:
    return SearchService(demo_store)


def _titles(hits: list[SearchHit], kind: str) -> list[str]:
    return [h.title for h in hits if h.kind == kind]


CONVOY = "Attack on a civilian convoy near Annefif"


@pytest.mark.parametrize("query", ["Anefis", "anefis", "ANEFIS", "Anéfis", "anéfis", "Ane\u0301fis"])
def test_spellings_and_diacritics_find_the_convoy_incident(demo_search: SearchService, query: str) -> None:
    hits = demo_search.search(query)
    assert CONVOY in _titles(hits, "incident")
    assert "Annefif" in _titles(hits, "location")


def test_a_place_spelled_only_with_an_accent_is_found_without_it(shared_ctx: StoreContext) -> None:
    r = RecordService(shared_ctx)
    case = make_case(r)
    place = r.create("location", case_id=case, name="Ménaka")
    incident = make_incident(r, case, title="Shelling of the market", location_id=place)

    hits = SearchService(shared_ctx).search("menaka", case_id=case)

    assert incident in [h.record_id for h in hits if h.kind == "incident"]


def test_hits_name_their_case(demo_search: SearchService) -> None:
    hits = demo_search.search("anefis", kinds=("incident",))
    assert hits
    assert {h.case_reference for h in hits} == {"ML-2025-004"}


def test_snippet_marks_the_match(demo_search: SearchService) -> None:
    [hit] = demo_search.search("abandoned", kinds=("allegation",))
    assert f"{HIGHLIGHT_START}abandoned{HIGHLIGHT_END}" in hit.snippet
    assert "[abandoned]" in hit.snippet_marked()
    assert hit.as_json()["snippet"] == hit.snippet_marked()


def test_snippet_marks_the_accented_spelling_found_by_a_plain_query(demo_search: SearchService) -> None:
    hits = demo_search.search("anefis", kinds=("location",))
    [hit] = hits
    assert f"{HIGHLIGHT_START}Anéfis{HIGHLIGHT_END}" in hit.snippet
    assert f"{HIGHLIGHT_START}Anefis{HIGHLIGHT_END}" in hit.snippet


@pytest.mark.parametrize(
    ("query", "kind", "title"),
    [
        ("Africa Corps", "actor", "Wagner Group"),
        ("FAMa", "actor", "Malian Armed Forces"),
        ("Front de Libération de l'Azawad", "actor", "Azawad Liberation Front"),
        ("cousin", "account", "Account of W-01"),
        ("The Telegraph", "source", "Accusations of Civilian Executions by Wagner Troops in Mali"),
    ],
)
def test_demo_records_are_found_by_what_a_user_remembers(
    demo_search: SearchService, query: str, kind: str, title: str
) -> None:
    assert title in _titles(demo_search.search(query), kind)


def test_the_last_word_matches_as_a_prefix(demo_search: SearchService) -> None:
    assert CONVOY in _titles(demo_search.search("civilian conv"), "incident")


def test_all_words_must_match(demo_search: SearchService) -> None:
    assert demo_search.search("Annefif xylophone") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        'anefis"',
        '"anefis',
        "*",
        "anefis*",
        "-",
        "-anefis",
        "AND",
        "anefis AND",
        "OR NOT",
        "NEAR",
        "NEAR(anefis convoy)",
        "(",
        ")",
        "(anefis",
        "anefis)",
        "title:anefis",
        "{title}: anefis",
        "^anefis",
        "+",
        ":",
        "'",
        "\\",
        "_",
        "convoy's",
        "",
        "   ",
        "\x00",
        "é́́",
    ],
)
def test_fts_syntax_typed_by_a_user_never_raises(demo_search: SearchService, query: str) -> None:
    hits = demo_search.search(query)
    assert isinstance(hits, list)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_any_text_typed_by_a_user_never_raises(demo_search: SearchService, query: str) -> None:
    """Quotes, backslashes, colons, NUL, operators of either engine: none reaches the engine as syntax."""
    hits = demo_search.search(query + " " + query[::-1])
    assert isinstance(hits, list)


@pytest.mark.parametrize("query", ['"anefis', "anefis*", "-anefis", "(anefis", "anefis)", "^anefis", "anefis:"])
def test_punctuation_around_a_word_still_finds_it(demo_search: SearchService, query: str) -> None:
    assert CONVOY in _titles(demo_search.search(query), "incident")


def test_operator_words_are_searched_as_words(demo_search: SearchService) -> None:
    # As FTS5 syntax "Wagner NOT" would exclude records; as words it narrows the hits for "Wagner".
    wagner = {h.record_id for h in demo_search.search("Wagner")}
    wagner_not = {h.record_id for h in demo_search.search("Wagner NOT")}
    assert wagner_not and wagner_not < wagner
    # "did not comment" is in the case summary.
    assert "case" in {h.kind for h in demo_search.search("did not comment")}


# -- ranking, filters and re-indexing (each test in its own case of a shared store) ---------------------


@pytest.fixture
def r(shared_ctx: StoreContext) -> RecordService:
    return RecordService(shared_ctx)


@pytest.fixture
def search(shared_ctx: StoreContext) -> SearchService:
    return SearchService(shared_ctx)


def test_a_match_in_the_title_ranks_above_a_match_in_the_body(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    in_body = make_source(r, case, title="Report on the northern road", notes="Mentions the Tabankort checkpoint.")
    in_title = make_source(r, case, title="Tabankort checkpoint report", notes="Describes the northern road.")

    hits = search.search("Tabankort", case_id=case)

    assert [h.record_id for h in hits] == [in_title, in_body]
    assert hits[0].score > hits[1].score


def test_filter_by_case(r: RecordService, search: SearchService) -> None:
    a, b = make_case(r), make_case(r)
    in_a = make_incident(r, a, title="Grumblewick ambush")
    in_b = make_incident(r, b, title="Grumblewick ambush")

    assert {h.record_id for h in search.search("Grumblewick")} >= {in_a, in_b}
    assert [h.record_id for h in search.search("Grumblewick", case_id=a)] == [in_a]
    assert [h.record_id for h in search.search("Grumblewick", case_id=b)] == [in_b]


def test_filter_by_kind(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    incident = make_incident(r, case, title="Pendlemoor raid")
    source = make_source(r, case, title="Pendlemoor raid: witness statements")

    assert {h.kind for h in search.search("Pendlemoor", case_id=case)} == {"incident", "source"}
    assert [h.record_id for h in search.search("Pendlemoor", case_id=case, kinds=("source",))] == [source]
    assert [h.record_id for h in search.search("Pendlemoor", case_id=case, kinds=("incident",))] == [incident]
    hits = search.search("Pendlemoor", case_id=case, kinds=("incident", "source"))
    assert {h.record_id for h in hits} == {incident, source}
    assert search.search("Pendlemoor", case_id=case, kinds=("actor",)) == []


def test_limit_caps_the_number_of_hits(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    for i in range(5):
        make_incident(r, case, title=f"Quintessa event {i}")
    assert len(search.search("Quintessa", case_id=case, limit=3)) == 3


def test_an_updated_record_is_reindexed(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    source = make_source(r, case, title="Snodgrass report")

    r.update("source", source, title="Wimbleton report")

    assert search.search("Snodgrass", case_id=case) == []
    [hit] = search.search("Wimbleton", case_id=case)
    assert (hit.record_id, hit.title) == (source, "Wimbleton report")


def test_a_deleted_record_is_no_longer_found(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    source = make_source(r, case, title="Fizzlewink report")
    r.delete("source", source)
    assert search.search("Fizzlewink") == []


def test_actor_aliases_are_searchable_and_follow_updates(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    actor = r.create("actor", case_id=case, name="Wagner Group", aliases=["Africa Corps"])

    assert actor in [h.record_id for h in search.search("Africa Corps", case_id=case)]
    r.update("actor", actor, aliases=["Grompel Legion"])
    assert search.search("Africa Corps", case_id=case) == []
    assert [h.record_id for h in search.search("Grompel", case_id=case)] == [actor]


def test_account_narrative_and_key_quotes_are_searchable(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    witness = make_witness(r, case, "W-05")
    account = make_account(
        r, case, witness, narrative="The trucks stopped at the Oglethorp well.", key_quotes=["they burned everything"]
    )

    for query in ("Oglethorp", "burned everything"):
        hits = search.search(query, case_id=case)
        assert [(h.kind, h.record_id, h.title) for h in hits] == [("account", account, "Account of W-05")], query


def test_a_corrected_account_is_found_by_its_current_text_only(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    account = make_account(r, case, make_witness(r, case), narrative="They came from Brindlemoss.")

    r.update("account", account, narrative="They came from Quaverton.", correction_note="place misheard")

    assert search.search("Brindlemoss", case_id=case) == []
    assert [h.record_id for h in search.search("Quaverton", case_id=case)] == [account]


def test_renaming_a_witness_reindexes_their_accounts(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    witness = make_witness(r, case, "W-08")
    account = make_account(r, case, witness)

    r.update("witness", witness, pseudonym="W-09")

    [hit] = search.search("account W-09", case_id=case, kinds=("account",))
    assert (hit.record_id, hit.title) == (account, "Account of W-09")


def test_updating_a_location_reindexes_its_incidents(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    place = r.create("location", case_id=case, name="Ber", alt_spellings=["Bir"])
    incident = make_incident(r, case, title="Shooting at the market", location_id=place)
    assert incident in [h.record_id for h in search.search("Bir", case_id=case, kinds=("incident",))]

    r.update("location", place, name="Tarkint", alt_spellings=["Tarkinte"])

    assert search.search("Bir", case_id=case, kinds=("incident",)) == []
    assert [h.record_id for h in search.search("Tarkinte", case_id=case, kinds=("incident",))] == [incident]


def test_deleting_a_location_reindexes_its_former_incidents(r: RecordService, search: SearchService) -> None:
    """BUG: RecordService.delete never re-indexes; an incident whose location was deleted (location_id set to
    NULL by the database) is still found by the deleted place's name."""
    case = make_case(r)
    place = r.create("location", case_id=case, name="Dorblingen")
    incident = make_incident(r, case, title="Shooting at the market", location_id=place)
    assert incident in [h.record_id for h in search.search("Dorblingen", case_id=case)]

    r.delete("location", place)

    assert r.get("incident", incident).location_id is None
    assert search.search("Dorblingen", case_id=case) == []


def test_allegations_are_found_by_the_violation_label(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    allegation = make_allegation(r, case, make_incident(r, case), violation_type="extrajudicial_execution")
    hits = search.search("summary execution", case_id=case)
    assert [(h.kind, h.record_id, h.title) for h in hits] == [
        ("allegation", allegation, "Extrajudicial or summary execution")
    ]


def test_hit_as_json(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    incident = make_incident(r, case, title="Vexbridge attack")
    [hit] = search.search("vexbridge", case_id=case)
    data = hit.as_json()
    assert data["kind"] == "incident"
    assert uuid.UUID(data["id"]) == incident
    assert uuid.UUID(data["case_id"]) == case
    assert data["title"] == "Vexbridge attack"
    assert "[Vexbridge]" in data["snippet"]
