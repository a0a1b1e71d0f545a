"""The workspace's tables head each column that shows a field with the field's label in the record registry
(as its form shows it); only the few computed columns declared in hrdoc.gui.workspace.page have labels of
their own."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hrdoc.domain import registry
from hrdoc.gui.forms.specs import field_label, field_specs, form_kinds
from hrdoc.gui.workspace.page import CONSENT_HEADER, DATE_HEADER, GRADE_HEADER, TablePage
from hrdoc.gui.workspace.pages import build_pages

pytestmark = pytest.mark.gui


def registry_labels(kind: str) -> set[str]:
    """The labels of the kind's fields and of the parts stored beside it, and its form's compound pickers."""
    kinds = [kind, *(k.name for k in registry.KINDS.values() if k.owner == kind)]
    labels = {field_label(k, f.name) for k in kinds for f in registry.kind(k).fields}
    if kind in form_kinds():  # evidence files have no form, and so no compound picker
        labels |= {spec.label for spec in field_specs(kind)}
    return labels


def test_every_record_table_column_is_headed_by_a_registry_label(qtbot: QtBot) -> None:
    pages = build_pages(lambda _vocabulary: {})
    for page in pages:
        qtbot.addWidget(page)
    tables: list[TablePage] = [t for page in pages for t in page.tables()]
    assert {t.kind for t in tables} >= {"incident", "allegation", "witness", "account", "link", "evidence"}
    computed = {DATE_HEADER, GRADE_HEADER, CONSENT_HEADER}
    for table in tables:
        assert table.kind is not None
        headers = [column.header for column in table.model.columns]
        assert set(headers) - registry_labels(table.kind) - computed == set(), table.title
    # Spot checks: the registry's wording, not the tables' old own ("Fatalities", "Relation", "Kind").
    incidents = next(t for t in tables if t.kind == "incident")
    assert "Fatalities (best estimate)" in [c.header for c in incidents.model.columns]
    witnesses = next(t for t in tables if t.kind == "witness")
    assert [c.header for c in witnesses.model.columns][:3] == ["Pseudonym", "How they know", "Risk to the witness"]
