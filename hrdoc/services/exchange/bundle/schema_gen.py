"""The record definitions of ``bundle.schema.json``, made from the record registry.

Each ``$defs/records/TABLE`` lists exactly the fields the registry declares for that kind (plus ``lineage``
for records that have a version history), each with the JSON form of what the registry says of it:

- a closed set of values (``choices``) → ``enum``, with ``null`` if the choice may be left empty;
- a reference, the record's own ``id``, or any other UUID column → ``$defs/uuid``, or ``null`` if optional;
- a date or a time → ``$defs/date`` / ``$defs/datetime`` (with a ``format``), or ``null`` if not known;
- text → a string with the registry's ``max_length`` as ``maxLength``; a list → ``$defs/strings``;
- counts → integers from 0, yes/no/unknown → booleans, coordinates → numbers in range.

The fields the registry declares without a widget (set by the program: versions, hashes, sizes) take their
JSON type from their column in the data model. ``required`` is what the sharing policy lets reach every
audience (everything else may be withheld from someone; ``tests/services/bundle/test_schema.py`` holds the
two together); the parts that travel only in internal bundles (identities, consents, deletions) require
every field. A field is never added to ``required`` within a format version, though: a bundle written
before the field existed lacks it, and must still import (the import treats it as a field withheld from
an audience).

Everything else in the file — the manifest, the logs, the shared definitions, each definition's
``description`` and any property's own ``description`` — is written by hand and kept as it is. After adding
a field (``docs/adding-a-field.md``)::

    python -m hrdoc.services.exchange.bundle.schema_gen --write

``--check`` (and ``tests/services/bundle/test_schema_gen.py``) fails while the file is out of date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, Final

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    TypeDecorator,
    Uuid,
)

from hrdoc.domain import registry
from hrdoc.domain.enums import Visibility
from hrdoc.domain.registry import FieldDef, Kind, KindDef, Widget
from hrdoc.services import sharing
from hrdoc.storage import models  # noqa: F401  (registers every table)
from hrdoc.storage.atomic import atomic_write
from hrdoc.storage.base import Base

SCHEMA_PATH: Final = Path(__file__).with_name("bundle.schema.json")
WIDTH: Final = 120  # a JSON object or array goes on one line if it fits
MAX_INTEGER: Final = 2**53 - 1  # the largest integer every JSON reader holds exactly

# The parts of a case that travel only in internal bundles, whole (sharing.identities_travel, logs_travel).
WHOLE_ROWS: Final = frozenset({"victim_identities", "witness_identities", "consents", "tombstones"})

# Numbers the data model does not bound with a CHECK constraint, but a record cannot hold otherwise.
_MINIMUM: Final[dict[tuple[str, str], int]] = {("account", "current_version"): 1}

_REF = "#/$defs/"


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": _REF + name}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    return {**schema, "type": [schema["type"], "null"]}


def _range(table: Table, column: str) -> tuple[float | None, float | None]:
    """The bounds a CHECK constraint of the table puts on a number column (``x >= 1``, ``x <= 90``)."""
    low: float | None = None
    high: float | None = None
    for constraint in table.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        sql = str(constraint.sqltext)
        for op, number in re.findall(rf"\b{re.escape(column)} (>=|<=) (-?[0-9]+(?:\.[0-9]+)?)\b", sql):
            value = float(number) if "." in number else int(number)
            if op == ">=":
                low = value
            else:
                high = value
    return low, high


def _bounded(kind: KindDef, table: Table, column: Column[Any], json_type: str) -> dict[str, Any]:
    low, high = _range(table, column.name)
    low = _MINIMUM.get((kind.name, column.name), low)
    out: dict[str, Any] = {"type": json_type}
    if json_type == "integer":
        out.update(minimum=0 if low is None else low, maximum=MAX_INTEGER if high is None else high)
    else:
        out.update({k: v for k, v in (("minimum", low), ("maximum", high)) if v is not None})
    return out


def property_schema(kind: KindDef, fld: FieldDef, table: Table) -> dict[str, Any]:
    """The JSON Schema of one field of a record, from its declaration and its column."""
    column = table.columns[fld.name]
    kind_of = column.type
    if isinstance(kind_of, TypeDecorator):  # UTCDateTime
        kind_of = kind_of.impl_instance
    schema = _declared_schema(fld, kind_of)
    if schema is None:
        schema = _column_schema(kind, fld, table, column, kind_of)
    if column.nullable and not column.primary_key:
        schema = _nullable(schema)
    return schema


def _declared_schema(fld: FieldDef, kind_of: Any) -> dict[str, Any] | None:
    """The schema a field's declaration decides (choices, a reference, a named format), if it decides one."""
    if fld.choices is not None:
        return {"enum": [member.value for member in fld.choices]}
    if isinstance(kind_of, Uuid) or fld.ref is not None:
        return _ref("uuid")
    if fld.name == "sha256":
        return _ref("sha256")
    if fld.name == "version" and isinstance(kind_of, String):
        return _ref("version")  # a record version (an account version's number is an integer)
    if isinstance(kind_of, DateTime) or fld.widget is Widget.DATETIME:
        return _ref("datetime")
    if isinstance(kind_of, Date) or fld.widget is Widget.DATE:
        return _ref("date")
    if fld.widget is Widget.LIST:
        return _ref("strings")
    return None


def _column_schema(kind: KindDef, fld: FieldDef, table: Table, column: Column[Any], kind_of: Any) -> dict[str, Any]:
    """The schema of a plain column, from its SQL type."""
    if isinstance(kind_of, JSON):
        return {"type": "object"}
    if isinstance(kind_of, Boolean):
        return {"type": "boolean"}
    if isinstance(kind_of, Integer):
        return _bounded(kind, table, column, "integer")
    if isinstance(kind_of, Float):
        return _bounded(kind, table, column, "number")
    if isinstance(kind_of, String):
        schema: dict[str, Any] = {"type": "string"}
        length = fld.max_length if fld.max_length is not None else kind_of.length
        if length:
            schema["maxLength"] = length
        return schema
    raise TypeError(f"{kind.name}.{fld.name}: no JSON form for a column of type {kind_of!r}")


def _has_lineage(kind: KindDef, table: Table) -> bool:
    """Records with a version history (a 32-digit version) carry it in a bundle as ``lineage``."""
    return "version" in kind.names and isinstance(table.columns["version"].type, String)


def record_definition(member: str, current: dict[str, Any]) -> dict[str, Any]:
    """The definition of ``records/MEMBER.json``'s elements; ``current`` gives the hand-written parts."""
    kind = registry.by_table("cases" if member == "case" else member)
    table = Base.metadata.tables[kind.table]
    properties: dict[str, dict[str, Any]] = {f.name: property_schema(kind, f, table) for f in kind.fields}
    if member == "tombstones":
        from hrdoc.services.records_kinds import KINDS  # the kinds of records a deletion can name

        properties["kind"] = {"enum": list(KINDS)}
    if _has_lineage(kind, table):
        properties["lineage"] = _ref("lineage")
    for name, prop in current.get("properties", {}).items():  # a property's own words are kept
        if name in properties and "description" in prop:
            properties[name] = {"description": prop["description"], **properties[name]}
    required: set[str]
    if member in WHOLE_ROWS:
        required = set(kind.names)
    else:
        required = set(sharing.fields(kind.name, sharing.Audience.PUBLIC) - sharing.quoted_words(kind.name))
        if kind.name == Kind.CASE:  # a case hidden from the audience goes with only what names it
            required &= sharing.case_fields(Visibility.CONFIDENTIAL, sharing.Audience.PUBLIC)
        if _has_lineage(kind, table):
            required.add("lineage")
    if "required" in current:
        # Within a format version a field is never made required: bundles written before it was added (or
        # made public) lack it and must keep importing. It can stop being required (the policy withholds it).
        required &= set(current["required"])
    definition = {k: v for k, v in current.items() if k not in ("required", "properties")}
    definition.setdefault("type", "object")
    definition.setdefault("additionalProperties", False)
    definition["required"] = sorted(required)
    keys = {column.name for column in table.primary_key.columns}  # the record's key first, then by name
    definition["properties"] = {name: properties[name] for name in sorted(properties, key=lambda n: (n not in keys, n))}
    return definition


def generate(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with every record definition remade from the registry (the rest untouched)."""
    records = document["$defs"]["records"]
    remade = {member: record_definition(member, current) for member, current in records.items()}
    return {**document, "$defs": {**document["$defs"], "records": remade}}


def dumps(value: Any) -> str:
    """JSON as the schema file is laid out: two spaces, an object or array on one line where it fits."""
    lines: list[str] = []

    def put(node: Any, indent: int, prefix: str, suffix: str) -> None:
        pad = " " * indent
        flat = json.dumps(node, ensure_ascii=False)
        if not isinstance(node, dict | list) or not node or len(pad + prefix + flat + suffix) <= WIDTH:
            lines.append(pad + prefix + flat + suffix)
            return
        items = list(node.items()) if isinstance(node, dict) else [(None, item) for item in node]
        lines.append(pad + prefix + ("{" if isinstance(node, dict) else "["))
        for i, (key, item) in enumerate(items):
            label = "" if key is None else json.dumps(key, ensure_ascii=False) + ": "
            put(item, indent + 2, label, "," if i < len(items) - 1 else "")
        lines.append(pad + ("}" if isinstance(node, dict) else "]") + suffix)

    put(value, 0, "", "")
    return "\n".join(lines) + "\n"


def expected_text(path: Path = SCHEMA_PATH) -> str:
    """What the schema file should hold."""
    return dumps(generate(json.loads(path.read_text(encoding="utf-8"))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m hrdoc.services.exchange.bundle.schema_gen",
        description="Remake the record definitions of bundle.schema.json from the record registry.",
    )
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help="rewrite the schema file")
    action.add_argument("--check", action="store_true", help="exit 1 if the schema file is out of date")
    parser.add_argument("--file", type=Path, default=SCHEMA_PATH, help="the schema file (default: hrdoc's own)")
    args = parser.parse_args(argv)
    path: Path = args.file
    try:
        current = path.read_text(encoding="utf-8")
        wanted = expected_text(path)
    except (OSError, ValueError, KeyError) as err:
        print(f"{path} cannot be read as the bundle schema ({type(err).__name__}: {err}); give the right --file")
        return 2
    if current == wanted:
        print(f"{path.name} is up to date")
        return 0
    if args.check:
        print(f"{path.name} is out of date: run python -m hrdoc.services.exchange.bundle.schema_gen --write")
        return 1
    with atomic_write(path, mode=0o644) as out:
        out.write(wanted.encode("utf-8"))
    print(f"{path.name} rewritten from the record registry")
    return 0


if __name__ == "__main__":
    sys.exit(main())
