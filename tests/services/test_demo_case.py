"""The demo case holds the facts of the Annefif press report, each in its natural place."""

from __future__ import annotations

from typing import Any

import pytest

from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.records import RecordService
from hrdoc.services.verify import verify_store
from tests.services.support import audit_log


@pytest.fixture(scope="module")
def demo(demo_store: StoreContext) -> dict[str, Any]:
    return CaseService(demo_store).export(DEMO_REFERENCE)


def _one(rows: list[dict[str, Any]], **match: Any) -> dict[str, Any]:
    found = [r for r in rows if all(r[k] == v for k, v in match.items())]
    assert len(found) == 1, (match, found)
    return found[0]


def _by_id(demo: dict[str, Any], section: str) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in demo[section]}


def test_case(demo: dict[str, Any]) -> None:
    assert demo["case"]["reference"] == "ML-2025-004"
    assert demo["case"]["title"] == "Annefif convoy killings"
    assert "24" in demo["case"]["summary"]


def test_location_annefif_also_spelled_anefis(demo: dict[str, Any]) -> None:
    place = _one(demo["locations"], name="Annefif")
    assert "Anefis" in place["alt_spellings"]
    assert (place["admin1"], place["country_code"]) == ("Gao", "ML")


def test_convoy_incident(demo: dict[str, Any]) -> None:
    convoy = _one(demo["incidents"], event_type="violence_against_civilians")
    assert convoy["event_subtype"] == "attack"
    assert convoy["fatalities_best"] == 24
    assert convoy["civilian_targeting"] is True
    assert convoy["date_precision"] == "unknown"
    assert convoy["start_date"] is None  # the report gives no date
    place = _one(demo["locations"], name="Annefif")
    assert convoy["location_id"] == place["id"]


def test_allegations_and_their_alleged_perpetrators(demo: dict[str, Any]) -> None:
    convoy = _one(demo["incidents"], event_type="violence_against_civilians")
    actors = _by_id(demo, "actors")
    perpetrators: dict[str, set[str]] = {}
    for p in demo["allegation_perpetrators"]:
        perpetrators.setdefault(p["allegation_id"], set()).add(actors[p["actor_id"]]["name"])

    for violation in ("extrajudicial_execution", "attack_on_civilians"):
        allegation = _one(demo["allegations"], violation_type=violation)
        assert allegation["incident_id"] == convoy["id"]
        assert perpetrators[allegation["id"]] == {"Wagner Group", "Malian Armed Forces"}, violation


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Wagner Group", "Africa Corps"),
        ("Azawad Liberation Front", "FLA"),
        ("Azawad Liberation Front", "Front de Libération de l'Azawad"),
        ("Malian Armed Forces", "FAMa"),
    ],
)
def test_actors_with_aliases(demo: dict[str, Any], name: str, alias: str) -> None:
    assert alias in _one(demo["actors"], name=name)["aliases"]


def test_victim_group_of_24_killed_in_both_allegations(demo: dict[str, Any]) -> None:
    group = _one(demo["victims"], kind="group")
    assert group["count_best"] == 24
    assert group["status"] == "killed"
    allegations = {av["allegation_id"] for av in demo["allegation_victims"] if av["victim_id"] == group["id"]}
    assert allegations == {a["id"] for a in demo["allegations"]}


def test_witness_w01_relative_of_victim_with_consent(demo: dict[str, Any]) -> None:
    witness = _one(demo["witnesses"], pseudonym="W-01")
    assert witness["relation"] == "relative_of_victim"
    consent = witness["consent"]
    assert consent is not None
    assert consent["to_be_recorded"] is True
    assert consent["how_given"].strip()
    assert consent["to_be_quoted"] is False  # so the account is not quotable


def test_his_account(demo: dict[str, Any]) -> None:
    witness = _one(demo["witnesses"], pseudonym="W-01")
    [account] = demo["accounts"]
    assert account["witness_id"] == witness["id"]
    [version] = account["versions"]
    assert "cousin" in version["narrative"]
    assert version["quotable"] is False


@pytest.mark.parametrize(
    ("kind", "stance", "word"),
    [
        ("news_article", "accuses", "Accusations of Civilian Executions"),
        ("party_claim", "accuses", "Azawad Liberation Front"),
        ("official_statement", "denies", "military source"),
        ("ngo_report", "context", "Human Rights Watch"),
    ],
)
def test_sources_and_their_stance(demo: dict[str, Any], kind: str, stance: str, word: str) -> None:
    source = _one(demo["sources"], kind=kind)
    assert source["stance"] == stance
    assert word in source["title"]


def test_telegraph_article(demo: dict[str, Any]) -> None:
    telegraph = _one(demo["sources"], kind="news_article")
    assert telegraph["publisher"] == "The Telegraph"
    assert telegraph["url"].startswith("https://www.telegraph.co.uk")


def test_links_support_contradict_and_give_context(demo: dict[str, Any]) -> None:
    sources = _by_id(demo, "sources")
    allegations = _by_id(demo, "allegations")
    relations = {
        (sources[ln["source_id"]]["kind"], allegations[ln["allegation_id"]]["violation_type"], ln["relation"])
        for ln in demo["links"]
        if ln["source_id"] and ln["allegation_id"]
    }
    assert ("news_article", "attack_on_civilians", "supports") in relations
    assert ("party_claim", "extrajudicial_execution", "supports") in relations
    assert ("official_statement", "extrajudicial_execution", "contradicts") in relations
    assert ("official_statement", "attack_on_civilians", "contradicts") in relations
    assert ("ngo_report", "extrajudicial_execution", "context") in relations
    [account] = demo["accounts"]
    account_links = [ln for ln in demo["links"] if ln["account_id"] == account["id"]]
    assert [(allegations[ln["allegation_id"]]["violation_type"], ln["relation"]) for ln in account_links] == [
        ("attack_on_civilians", "supports")
    ]


def test_witness_protected_details_are_obviously_fictional(demo_store: StoreContext, demo: dict[str, Any]) -> None:
    witness = _one(demo["witnesses"], pseudonym="W-01")
    identity = RecordService(demo_store).reveal_identity("witness", witness["id"], reason="test")
    assert set(identity) == {"legal_name", "contact", "residence"}
    for field, value in identity.items():
        assert "fictional" in value.lower(), field


def test_demo_is_built_through_the_audited_services(demo_store: StoreContext) -> None:
    entries = audit_log(demo_store)
    created = {e["entity_type"] for e in entries if e["action"] == "create"}
    assert {"case", "location", "incident", "allegation", "witness", "account", "source", "link"} <= created
    report = verify_store(demo_store)
    assert report.ok, report.problems
