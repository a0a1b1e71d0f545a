"""The JSON Schema of ``hrdoc show --json`` (docs/cli-json/show.schema.json), made from the models and the
record registry: each section's records have exactly their table's columns, typed as ``record_dict`` writes
them. ``python -m tests.cli.cli_json_schemas`` writes the file again after a field is added (see
docs/adding-a-field.md); tests/cli/test_cli_json.py checks that the file is what this makes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, Integer, Uuid

from hrdoc.domain import registry
from hrdoc.domain.registry import Widget
from hrdoc.services.cases import CASE_SECTIONS
from hrdoc.storage import models as m

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "cli-json"
SHOW = SCHEMAS / "show.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def column_schema(table: str, column: Column[Any]) -> dict[str, Any]:
    """What ``record_dict`` writes for ``column``: ids and times as strings, lists as arrays."""
    kind = column.type
    schema: dict[str, Any]
    if isinstance(kind, Uuid):
        schema = {"type": "string", "format": "uuid"}
    elif isinstance(kind, Boolean):
        schema = {"type": "boolean"}
    elif isinstance(kind, Integer):
        schema = {"type": "integer"}
    elif isinstance(kind, Float):
        schema = {"type": "number"}
    elif isinstance(kind, Date):
        schema = {"type": "string", "format": "date"}
    elif type(kind).__name__ == "UTCDateTime":
        schema = {"type": "string", "format": "date-time"}
    elif type(kind).__name__ == "JSON":
        declared = registry.by_table(table)
        widget = declared.field(column.key).widget if column.key in declared.names else None
        schema = {"type": "array", "items": {"type": "string"}} if widget is Widget.LIST else {"type": "object"}
    else:
        schema = {"type": "string"}
    if column.nullable:
        schema["type"] = [schema["type"], "null"]
    return schema


def record_schema(
    model: type[Any], *, exclude: tuple[str, ...] = (), extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    table = model.__table__
    properties = {c.key: column_schema(table.name, c) for c in table.columns if c.key not in exclude}
    required = list(properties)
    for name, schema in (extra or {}).items():
        optional = name.endswith("?")
        properties[name.rstrip("?")] = schema
        if not optional:
            required.append(name)
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def show_schema() -> dict[str, Any]:
    identity = {
        "type": "object",
        "description": "masked ([protected]) unless --reveal",
        "properties": {name: {"type": ["string", "null"]} for name in ("legal_name", "contact", "residence")},
        "required": ["legal_name", "contact", "residence"],
        "additionalProperties": False,
    }
    consent = record_schema(m.Consent, exclude=("witness_id",))
    extras: dict[str, dict[str, Any]] = {
        "witnesses": {"consent": {"oneOf": [consent, {"type": "null"}]}, "identity": identity},
        "victims": {"identity?": identity | {"description": "individual victims only; masked unless --reveal"}},
        "accounts": {"versions": {"type": "array", "items": record_schema(m.AccountVersion, exclude=("account_id",))}},
    }
    sections = {
        name: {"type": "array", "items": record_schema(model, extra=extras.get(name))}
        for name, model in CASE_SECTIONS.items()
    }
    return {
        "$schema": DRAFT,
        "title": "hrdoc show CASE --json",
        "description": (
            "A whole case: the case record, then each section's records in creation order, every field by its "
            "name in docs/data-model.md. Made by tests/cli/cli_json_schemas.py from the models; do not edit by hand."
        ),
        "type": "object",
        "properties": {"case": record_schema(m.Case), **sections},
        "required": ["case", *sections],
        "additionalProperties": False,
    }


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SHOW.write_text(schema_text(show_schema()), encoding="utf-8")
    print(f"wrote {SHOW}")
