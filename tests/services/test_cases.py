"""CaseService: case summaries with counts, finding a case, and a whole case as JSON-ready data."""

from __future__ import annotations

import json

import pytest

from hrdoc.services.cases import CASE_SECTIONS, COUNTED, CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.records import RecordService
from hrdoc.services.serialize import MASK
from tests.helpers import make_case

SECTIONS = (
    "case",
    "locations",
    "incidents",
    "allegations",
    "allegation_perpetrators",
    "actors",
    "victims",
    "allegation_victims",
    "witnesses",
    "accounts",
    "sources",
    "evidence_files",
    "links",
    "reported_figures",
)


def test_summaries_count_the_records_of_each_case(ctx: StoreContext, demo_ctx: StoreContext) -> None:
    records = RecordService(ctx)
    empty = make_case(records, reference="AA-0001", title="An empty case")

    summaries = CaseService(ctx).summaries()

    assert [s.reference for s in summaries] == ["AA-0001", "ML-2025-004"]  # ordered by reference
    first, demo = summaries
    assert first.id == empty
    assert first.counts == dict.fromkeys(COUNTED, 0)
    assert demo.title == "Annefif convoy killings"
    assert demo.status == "open"
    assert demo.counts == {
        "incidents": 2,
        "allegations": 2,
        "actors": 3,
        "victims": 2,
        "witnesses": 1,
        "accounts": 1,
        "sources": 4,
        "evidence_files": 0,
    }


def test_summaries_follow_new_and_deleted_records(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    source = records.create("source", case_id=case, kind="news_article", title="A")
    records.create("source", case_id=case, kind="news_article", title="B")
    records.create("evidence", case_id=case, original_filename="a.jpg", sha256="c" * 64, size=3)
    records.delete("source", source)

    [summary] = CaseService(ctx).summaries()

    assert summary.counts["sources"] == 1
    assert summary.counts["evidence_files"] == 1


def test_summary_as_json(demo_store: StoreContext) -> None:
    [summary] = CaseService(demo_store).summaries()
    data = summary.as_json()
    assert data["id"] == str(summary.id)
    assert data["reference"] == "ML-2025-004"
    assert data["counts"]["sources"] == 4
    assert data["updated_at"].endswith("Z")
    json.dumps(data)


def test_no_cases(ctx: StoreContext) -> None:
    assert CaseService(ctx).summaries() == []


@pytest.mark.parametrize("ref", ["ML-2025-004", "ml-2025-004", "Ml-2025-004", "  ML-2025-004  "])
def test_resolve_by_reference_ignores_letter_case(demo_store: StoreContext, ref: str) -> None:
    case = CaseService(demo_store).resolve(ref)
    assert case.reference == "ML-2025-004"
    assert case.title == "Annefif convoy killings"


def test_resolve_by_uuid(demo_store: StoreContext) -> None:
    service = CaseService(demo_store)
    [summary] = service.summaries()
    for text in (str(summary.id), summary.id.hex, str(summary.id).upper()):
        assert service.resolve(text).id == summary.id


@pytest.mark.parametrize("ref", ["ML-2025-404", "00000000-0000-0000-0000-000000000000", ""])
def test_unknown_case_is_not_found_with_a_helpful_message(demo_store: StoreContext, ref: str) -> None:
    with pytest.raises(NotFound) as err:
        CaseService(demo_store).resolve(ref)
    message = str(err.value)
    assert f"no case with reference or id {ref!r}" in message
    assert "hrdoc cases" in message
    with pytest.raises(NotFound):
        CaseService(demo_store).export(ref)


def test_export_has_every_section(demo_store: StoreContext) -> None:
    data = CaseService(demo_store).export("ML-2025-004")

    assert set(data) == set(SECTIONS)
    assert set(CASE_SECTIONS) | {"case"} == set(SECTIONS)
    assert data["case"]["reference"] == "ML-2025-004"
    counts = {name: len(data[name]) for name in SECTIONS if name != "case"}
    assert counts == {
        "locations": 1,
        "incidents": 2,
        "allegations": 2,
        "allegation_perpetrators": 4,
        "actors": 3,
        "victims": 2,
        "allegation_victims": 3,
        "witnesses": 1,
        "accounts": 1,
        "sources": 4,
        "evidence_files": 0,
        "links": 9,
        "reported_figures": 4,
    }
    json.dumps(data, ensure_ascii=False)  # JSON-ready throughout


def test_export_field_names_are_the_model_columns(demo_store: StoreContext) -> None:
    data = CaseService(demo_store).export("ML-2025-004")

    extras = {"witnesses": {"consent", "identity"}, "accounts": {"versions"}, "victims": {"identity"}}
    for name, model in CASE_SECTIONS.items():
        columns = {c.key for c in model.__table__.columns}
        for row in data[name]:
            assert set(row) - extras.get(name, set()) == columns, name


def test_export_witnesses_carry_consent_and_masked_identity(demo_store: StoreContext) -> None:
    data = CaseService(demo_store).export("ML-2025-004")

    [witness] = data["witnesses"]
    assert witness["consent"]["to_be_recorded"] is True
    assert witness["consent"]["to_be_quoted"] is False
    assert "witness_id" not in witness["consent"]
    assert witness["identity"] == {"legal_name": MASK, "contact": MASK, "residence": MASK}


def test_export_accounts_carry_their_versions(demo_store: StoreContext) -> None:
    data = CaseService(demo_store).export("ML-2025-004")

    [account] = data["accounts"]
    [version] = account["versions"]
    assert version["version"] == 1
    assert "cousin" in version["narrative"]
    assert "account_id" not in version


def test_export_only_holds_the_records_of_that_case(ctx: StoreContext, records: RecordService) -> None:
    mine = make_case(records, reference="XX-1")
    other = make_case(records, reference="XX-2")
    records.create("incident", case_id=mine, title="My incident")
    records.create("incident", case_id=other, title="Unrelated incident")
    records.create("source", case_id=other, kind="news_article", title="Unrelated source")

    data = CaseService(ctx).export("xx-1")

    assert data["case"]["id"] == str(mine)
    assert [i["title"] for i in data["incidents"]] == ["My incident"]
    assert all(data[name] == [] for name in CASE_SECTIONS if name != "incidents")
