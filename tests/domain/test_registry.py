"""The record registry declares every table and column the store has, once, with a sensitivity each."""

from __future__ import annotations

import pytest

from hrdoc.domain import registry
from hrdoc.domain.registry import Sensitivity, Widget
from hrdoc.services.records_kinds import KINDS as SERVICE_KINDS
from hrdoc.storage import models  # noqa: F401  (registers every table)
from hrdoc.storage.base import Base


def test_every_table_is_a_kind_and_every_column_a_field() -> None:
    declared = {k.table: k for k in registry.KINDS.values()}
    assert set(declared) == set(Base.metadata.tables), "a table without a kind, or a kind without a table"
    for table in Base.metadata.sorted_tables:
        kind = declared[table.name]
        columns = {c.name for c in table.columns}
        assert set(kind.names) == columns, f"{kind.name}: registry {sorted(kind.names)} vs columns {sorted(columns)}"
        assert len(kind.names) == len(set(kind.names)), f"{kind.name} declares a field twice"


@pytest.mark.parametrize("name", list(registry.KINDS))
def test_text_limits_are_the_columns_limits(name: str) -> None:
    kind = registry.kind(name)
    table = Base.metadata.tables[kind.table]
    for fld in kind.fields:
        length = getattr(table.columns[fld.name].type, "length", None)
        if fld.max_length is not None:
            assert fld.max_length == length, f"{name}.{fld.name}: {fld.max_length} vs column {length}"


def test_identities_are_protected_and_investigators_names_internal() -> None:
    for name in ("witness_identity", "victim_identity"):
        for field in ("legal_name", "contact", "residence"):
            assert registry.kind(name).field(field).sensitivity is Sensitivity.PROTECTED
    for name, field in (
        ("case", "lead_investigator"),
        ("case", "created_by"),
        ("account_version", "interviewer"),
        ("account_version", "created_by"),
        ("evidence", "acquired_by"),
        ("evidence", "file_metadata"),
    ):
        assert registry.kind(name).field(field).sensitivity is Sensitivity.INTERNAL, f"{name}.{field}"


def test_references_name_kinds_and_services_agree() -> None:
    for kind, fld in registry.all_fields():
        if fld.ref is not None:
            assert fld.ref in registry.KINDS, f"{kind.name}.{fld.name} refers to an unknown kind"
        if fld.widget is Widget.VOCAB:
            assert fld.vocabulary, f"{kind.name}.{fld.name} names no vocabulary"
    for name, spec in SERVICE_KINDS.items():
        declared = {f.name: f.ref for f in registry.kind(name).fields if f.ref}
        assert declared == spec.refs, f"{name}: registry refs {declared} vs services {spec.refs}"
        vocab = {f.name: f.vocabulary for f in registry.kind(name).fields if f.widget is Widget.VOCAB}
        assert vocab == {k: v for k, v in spec.vocab.items() if k in vocab}, name


def test_protected_fields_live_in_the_identities_of_witnesses_and_victims() -> None:
    """Who a witness or victim is stays in a part of its own: the code that keeps it apart (masked columns,
    reveals recorded in the audit log) finds that part through :func:`registry.identity_of`."""
    with_identity = {name: part.name for name in registry.KINDS if (part := registry.identity_of(name))}
    assert with_identity == {"witness": "witness_identity", "victim": "victim_identity"}
    for kind, fld in registry.all_fields():
        if fld.sensitivity is Sensitivity.PROTECTED:
            assert kind.name in with_identity.values(), f"{kind.name}.{fld.name} is protected outside an identity"
