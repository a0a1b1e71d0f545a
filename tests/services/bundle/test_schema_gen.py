"""The bundle schema's record definitions follow from the record registry (issue 12, point 1).

A field added to a kind (model, migration, registry entry) reaches the schema by running the generator; the
file shipped must be what it makes, and what it makes must say of each field what the registry says.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Date, Integer, MetaData, String, Table, Text, Uuid

from hrdoc.domain import enums, registry
from hrdoc.domain.registry import FieldDef, Sensitivity, Widget
from hrdoc.services.exchange.bundle import schema_gen
from hrdoc.services.exchange.bundle.schema import _inline, load

DOCUMENT: dict[str, Any] = json.loads(schema_gen.SCHEMA_PATH.read_text(encoding="utf-8"))
DEFS: dict[str, Any] = DOCUMENT["$defs"]
MEMBERS = list(DEFS["records"])


def test_the_schema_file_is_what_the_registry_makes() -> None:
    assert schema_gen.SCHEMA_PATH.read_text(encoding="utf-8") == schema_gen.expected_text(), (
        "bundle.schema.json is out of date: run python -m hrdoc.services.exchange.bundle.schema_gen --write"
    )


@pytest.mark.parametrize("member", MEMBERS)
def test_each_record_definition_has_exactly_the_registrys_fields(member: str) -> None:
    kind = registry.by_table("cases" if member == "case" else member)
    properties = set(DEFS["records"][member]["properties"])
    assert properties - {"lineage"} == set(kind.names)


@pytest.mark.parametrize("member", MEMBERS)
def test_each_field_says_what_the_registry_says(member: str) -> None:
    kind = registry.by_table("cases" if member == "case" else member)
    inlined = _inline(DEFS["records"][member], DEFS)["properties"]
    for fld in kind.fields:
        prop = inlined[fld.name]
        where = f"{member}.{fld.name}"
        types = [prop["type"]] if isinstance(prop.get("type"), str) else prop.get("type", [])
        if fld.choices is not None and member != "tombstones":
            assert set(prop["enum"]) - {None} == {c.value for c in fld.choices}, where
            assert (None in prop["enum"]) == fld.optional, where
        if fld.max_length is not None:
            assert prop["maxLength"] == fld.max_length, where
        if fld.ref is not None:
            assert prop["format"] == "uuid", where
            assert ("null" in types) == fld.optional, where
        if fld.widget is Widget.DATE:
            assert prop["format"] == "date", where
        if fld.widget is Widget.DATETIME:
            assert prop["format"] == "date-time", where
        if fld.widget in (Widget.TEXT, Widget.LONG, Widget.VOCAB, Widget.SUBVOCAB):
            assert "string" in types, where
        if fld.widget is Widget.LIST:
            assert types == ["array"] and prop["items"] == {"type": "string"}, where
        if fld.widget in (Widget.CHECK, Widget.TRISTATE):
            assert "boolean" in types and (("null" in types) == (fld.widget is Widget.TRISTATE)), where
        if fld.widget is Widget.INT:
            assert "integer" in types and prop["minimum"] == 0, where


def _widget_table() -> Table:
    """A witnesses table as it would be after a migration that adds three fields."""
    return Table(
        "witnesses",
        MetaData(),
        Column("id", Uuid(), primary_key=True),
        Column("interview_language", String(60), nullable=False),
        Column("risk_at_home", String(10), nullable=True),
        Column("first_met", Date(), nullable=True),
        Column("minutes", Integer(), nullable=True),
        Column("statement", Text(), nullable=False),
    )


def test_a_new_field_gets_its_json_form_from_its_declaration() -> None:
    """What a new field's declaration turns into, without writing a line of schema by hand."""
    table = _widget_table()
    kind = registry.kind("witness")
    new = {
        "interview_language": FieldDef("interview_language", "Interview language", Sensitivity.PARTNERS, max_length=60),
        "risk_at_home": FieldDef(
            "risk_at_home", "Risk at home", Sensitivity.INTERNAL, Widget.CHOICE, enums.RiskLevel, optional=True
        ),
        "first_met": FieldDef("first_met", "First met", Sensitivity.INTERNAL, Widget.DATE),
        "minutes": FieldDef("minutes", "Minutes", Sensitivity.PUBLIC, Widget.INT),
        "statement": FieldDef("statement", "Statement", Sensitivity.PUBLIC, Widget.LONG),
    }
    made = {name: schema_gen.property_schema(kind, fld, table) for name, fld in new.items()}
    assert made == {
        "interview_language": {"type": "string", "maxLength": 60},
        "risk_at_home": {"enum": ["low", "medium", "high", "extreme", None]},
        "first_met": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]},
        "minutes": {"type": ["integer", "null"], "minimum": 0, "maximum": 2**53 - 1},
        "statement": {"type": "string"},
    }


def test_the_generator_keeps_the_layout_and_the_hand_written_words(tmp_path: Path) -> None:
    """A stale copy (a field missing, a description added by hand) is refused by --check in one line, and
    --write brings the field back and keeps the description; the rest of the file is untouched."""
    stale = json.loads(json.dumps(DOCUMENT))
    witnesses = stale["$defs"]["records"]["witnesses"]
    del witnesses["properties"]["language"]
    witnesses["properties"]["pseudonym"]["description"] = "the code reports show"
    path = tmp_path / "bundle.schema.json"
    path.write_text(schema_gen.dumps(stale), encoding="utf-8")
    command = [sys.executable, "-P", "-m", "hrdoc.services.exchange.bundle.schema_gen", "--file", str(path)]
    check = subprocess.run([*command, "--check"], capture_output=True, text=True, check=False)
    assert check.returncode == 1
    assert check.stdout.strip().splitlines() == [
        "bundle.schema.json is out of date: run python -m hrdoc.services.exchange.bundle.schema_gen --write"
    ]
    write = subprocess.run([*command, "--write"], capture_output=True, text=True, check=False)
    assert write.returncode == 0, write.stderr
    written = json.loads(path.read_text(encoding="utf-8"))
    fixed = written["$defs"]["records"]["witnesses"]["properties"]
    assert fixed["language"] == {"type": "string", "maxLength": 60}
    assert fixed["pseudonym"] == {"description": "the code reports show", "type": "string", "maxLength": 40}
    del written["$defs"]["records"]["witnesses"]["properties"]["pseudonym"]["description"]
    assert schema_gen.dumps(written) == schema_gen.SCHEMA_PATH.read_text(encoding="utf-8")


def test_a_field_is_never_made_required_within_a_format_version() -> None:
    """A public field missing from ``required`` (as a field added since format 1 would be) stays optional, so
    that bundles written before it existed keep importing; a field the policy withholds from the public (the
    witness's risk level) is never required."""
    document = json.loads(json.dumps(DOCUMENT))
    witnesses = document["$defs"]["records"]["witnesses"]
    witnesses["required"] = [f for f in witnesses["required"] if f != "relation"] + ["risk_level"]
    remade = schema_gen.generate(document)["$defs"]["records"]["witnesses"]["required"]
    assert "relation" not in remade and "risk_level" not in remade
    assert remade == sorted(set(DEFS["records"]["witnesses"]["required"]) - {"relation"})


def test_the_shipped_file_is_the_one_the_validators_load() -> None:
    assert load().document == DOCUMENT
