"""The bundle's JSON Schema follows the data model, and the fast checks agree with jsonschema."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import CheckConstraint, String, Table

from hrdoc.services.exchange.bundle import schema as bundle_schema
from hrdoc.services.exchange.bundle.schema import _inline
from hrdoc.storage import models  # noqa: F401  (registers the tables)
from hrdoc.storage.base import Base, RecordMixin

SCHEMA = bundle_schema.load()
DEFS: dict[str, Any] = SCHEMA.document["$defs"]
RECORDS: dict[str, Any] = DEFS["records"]


def _table(kind: str) -> Table | None:
    return Base.metadata.tables.get("cases" if kind == "case" else kind)


def _is_record_table(table: Table) -> bool:
    return any(m.local_table is table and issubclass(m.class_, RecordMixin) for m in Base.registry.mappers)


def _enums(table: Table) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint):
            match = re.fullmatch(r"(?:\w+ IS NULL OR )?(\w+) IN \((.*)\)", str(constraint.sqltext))
            if match:
                out[match.group(1)] = set(re.findall(r"'([^']*)'", match.group(2)))
    return out


def test_the_schema_has_the_kinds_of_the_format() -> None:
    assert SCHEMA.record_kinds == (
        "case", "locations", "incidents", "actors", "allegations", "allegation_perpetrators", "victims",
        "victim_identities", "allegation_victims", "witnesses", "witness_identities", "consents", "accounts",
        "account_versions", "sources", "evidence_files", "links", "reported_figures", "tombstones",
        "vocabulary_terms",
    )  # fmt: skip


@pytest.mark.parametrize("kind", SCHEMA.record_kinds)
def test_every_column_is_in_the_schema_and_nothing_else(kind: str) -> None:
    table = _table(kind)
    if table is None:
        pytest.skip(f"no table {kind} in this data model yet")
    properties = set(RECORDS[kind]["properties"])
    columns = {column.name for column in table.columns}
    assert columns <= properties, f"columns missing from the schema: {columns - properties}"
    merging = {"version", "lineage"} if _is_record_table(table) or kind == "tombstones" else set()
    assert properties - columns <= merging, f"schema fields that are not columns: {properties - columns - merging}"
    if _is_record_table(table):
        assert {"version", "lineage"} <= set(RECORDS[kind]["required"])


@pytest.mark.parametrize("kind", SCHEMA.record_kinds)
def test_lengths_and_closed_values_are_those_of_the_columns(kind: str) -> None:
    table = _table(kind)
    if table is None:
        pytest.skip(f"no table {kind} in this data model yet")
    inlined = _inline(RECORDS[kind], DEFS)["properties"]
    for column_name, allowed in _enums(table).items():
        assert set(inlined[column_name]["enum"]) - {None} == allowed, column_name
    for column in table.columns:
        prop = inlined[column.name]
        if isinstance(column.type, String) and column.type.length and "enum" not in prop:
            if "pattern" in prop:  # fixed-length forms: sha256, version — exactly as long as the column
                fits = re.compile(prop["pattern"])
                assert fits.search("a" * column.type.length) or fits.search("0" * column.type.length), column.name
                assert not fits.search("a" * (column.type.length + 1)), column.name
            else:
                assert prop.get("maxLength") == column.type.length, column.name
        nullable = column.nullable and not column.primary_key
        allows_null = "null" in prop.get("type", []) or None in prop.get("enum", [])
        assert allows_null == nullable, f"{kind}.{column.name}: null {'not ' if nullable else ''}expected"


def test_tombstone_kinds_are_the_kinds_of_records() -> None:
    from hrdoc.services.records_kinds import KINDS

    assert set(RECORDS["tombstones"]["properties"]["kind"]["enum"]) == set(KINDS)


# ------------------------------------------------------------------------------------------ fast == jsonschema


def _sample(schema: dict[str, Any]) -> Any:
    """A valid instance of an inlined schema."""
    samples = {
        DEFS["uuid"]["pattern"]: str(uuid.UUID(int=7, version=4)),
        DEFS["date"]["pattern"]: "2026-05-01",
        DEFS["datetime"]["pattern"]: "2026-05-01T12:00:00Z",
        DEFS["sha256"]["pattern"]: "a" * 64,
        DEFS["version"]["pattern"]: "b" * 32,
    }
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema["type"] if isinstance(schema["type"], str) else schema["type"][0]
    if kind == "string":
        return samples.get(schema.get("pattern", ""), "text"[: schema.get("maxLength", 4)])
    if kind == "integer":
        return max(0, schema.get("minimum", 0))
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [_sample(schema["items"])] * schema.get("minItems", 0)
    if kind == "object":
        return {
            key: _sample(sub) for key, sub in schema.get("properties", {}).items() if key in schema.get("required", ())
        }
    raise AssertionError(kind)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**60), 2**60) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40) | st.sampled_from(["2026-02-30", "b" * 32, "B" * 32, "open", "", "x" * 301]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=6,
)  # fmt: skip

MEMBERS = [f"records/{kind}.json" for kind in SCHEMA.record_kinds] + ["logs/audit.json", "logs/custody.json"]


def _item_schema(member: str) -> dict[str, Any]:
    if member.startswith("records/"):
        return dict(_inline(RECORDS[member.removeprefix("records/").removesuffix(".json")], DEFS))
    return dict(_inline(DEFS["audit_entry" if member == "logs/audit.json" else "custody_entry"], DEFS))


@pytest.mark.parametrize("member", MEMBERS)
def test_a_sample_of_each_kind_is_valid(member: str) -> None:
    assert SCHEMA.item_problem(member, _sample(_item_schema(member))) is None


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    member=st.sampled_from(MEMBERS),
    changes=st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["set", "delete", "add"]), JSON_VALUES), max_size=3),
)
def test_the_fast_checks_agree_with_jsonschema(member: str, changes: list[tuple[int, str, Any]]) -> None:
    item = _sample(_item_schema(member))
    keys = sorted(item)
    for index, action, value in changes:
        key = keys[index % len(keys)]
        if action == "set":
            item[key] = value
        elif action == "delete":
            item.pop(key, None)
        else:
            item[f"extra_{index}"] = value
    checker = SCHEMA._items[member]
    assert checker.fast(item) == checker.full.is_valid(item), (member, item)


def test_the_fast_checks_agree_on_manifests() -> None:
    manifest = _sample(dict(_inline(DEFS["manifest"], DEFS)))
    manifest["members"] = {"records/case.json": {"sha256": "a" * 64, "size": 3}}
    checker = SCHEMA._manifest
    assert checker.fast(manifest) and checker.full.is_valid(manifest)
    for bad in ({"members": {"../x": {"sha256": "a" * 64, "size": 3}}}, {"format_version": True}, {"audience": "all"}):
        assert not checker.fast(manifest | bad) and not checker.full.is_valid(manifest | bad)


def test_the_fast_checks_refuse_keywords_they_do_not_know() -> None:
    with pytest.raises(ValueError, match="uniqueItems"):
        bundle_schema._compile({"type": "array", "uniqueItems": True})


def test_the_audiences_are_those_of_the_manifest() -> None:
    from hrdoc.services.exchange.bundle import AUDIENCES

    assert list(AUDIENCES) == DEFS["manifest"]["properties"]["audience"]["enum"]


def test_a_record_requires_only_what_every_audience_may_receive() -> None:
    """The schema and the sharing policy agree: a field the policy may withhold from some audience (or a
    witness's words, withheld without consent) is optional; everything else of a record is required, except
    a field added since format 1 (bundles written before lack it: see schema_gen), of which there is none
    yet."""
    import json
    from importlib import resources

    from hrdoc.domain import registry
    from hrdoc.services import sharing

    shipped = resources.files("hrdoc.services.exchange.bundle").joinpath("bundle.schema.json")
    schema = json.loads(shipped.read_text("utf-8"))
    internal_only = {"victim_identities", "witness_identities", "consents", "tombstones"}
    for table, definition in schema["$defs"]["records"].items():
        if table in internal_only:
            continue
        kind = registry.by_table("cases" if table == "case" else table).name
        always = sharing.fields(kind, sharing.Audience.PUBLIC) - sharing.quoted_words(kind)
        if kind == registry.Kind.CASE:  # a case hidden from the public goes with only what names it
            always &= sharing.case_fields("confidential", sharing.Audience.PUBLIC)
        required = set(definition["required"]) - {"lineage"}
        assert required <= always, f"{table}: required, but some audience does not receive {required - always}"
        assert always - required <= ADDED_SINCE_FORMAT_1.get(table, set()), table


# Public fields added to a kind since format 1 of the bundle: optional, as bundles written before lack them.
ADDED_SINCE_FORMAT_1: dict[str, set[str]] = {
    "vocabulary_terms": {"label_ar"},  # migration 0010: a term's Arabic label (left out when empty)
    "incidents": {"estimate_reasoning"},  # migration 0012: the reasoning of the analyst's estimate
}
