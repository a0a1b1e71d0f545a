"""The services read what a field refers to and which vocabulary it draws from in the record registry, so a
reference or a vocabulary field declared there is checked (same case, known term) with no second list to keep."""

from __future__ import annotations

import dataclasses

import pytest

from hrdoc.domain import registry
from hrdoc.domain.registry import FieldDef, Group, Sensitivity, Widget
from hrdoc.domain.vocabularies import ACTOR_KIND, EVENT_TYPE
from hrdoc.services import records_kinds


def test_a_sub_type_draws_from_its_parent_fields_vocabulary() -> None:
    assert records_kinds.KINDS["incident"].vocab == {"event_type": EVENT_TYPE, "event_subtype": EVENT_TYPE}
    assert records_kinds.KINDS["link"].refs == {
        "source_id": "source",
        "account_id": "account",
        "evidence_id": "evidence",
        "allegation_id": "allegation",
        "incident_id": "incident",
    }


def test_a_reference_or_vocabulary_added_to_the_registry_is_known_to_the_services(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = registry.kind("source")
    extra = (
        FieldDef("incident_id", "Incident", Sensitivity.PUBLIC, Widget.PICK, ref="incident", optional=True),
        FieldDef("actor_kind", "Kind of actor", Sensitivity.PUBLIC, Widget.VOCAB, vocabulary=ACTOR_KIND),
    )
    monkeypatch.setitem(registry.KINDS, "source", dataclasses.replace(source, fields=(*source.fields, *extra)))
    assert records_kinds.KINDS["source"].refs == {"incident_id": "incident"}
    assert records_kinds.KINDS["source"].vocab == {"actor_kind": ACTOR_KIND}


def test_the_parts_a_record_is_saved_with_are_the_registrys() -> None:
    def editable(kind: str) -> tuple[str, ...]:
        return tuple(f.name for f in registry.kind(kind).fields if not f.system)

    assert records_kinds.IDENTITY_FIELDS == editable("witness_identity") == editable("victim_identity")
    assert editable("consent") == records_kinds.CONSENT_FIELDS
    content = tuple(f.name for f in registry.kind("account_version").fields if f.group is Group.CONTENT)
    assert content == records_kinds.ACCOUNT_CONTENT_FIELDS
    assert set(records_kinds.KINDS["account"].extra_fields) == {*content, "correction_note"}
