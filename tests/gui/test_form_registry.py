"""Record forms are read from the record registry: every field it declares for a kind is in that kind's form,
under its label, in its order, and a field added to the registry appears in the form with no change to the
form code."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QWidget

from hrdoc.domain import enums, registry
from hrdoc.domain.registry import FieldDef, Group, Sensitivity, Widget
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.forms.specs import field_specs, form_kinds
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.records import RecordService
from tests.helpers import make_case, make_witness

pytestmark = pytest.mark.gui

# The link's compound pickers stand for these fields (declared in hrdoc.gui.forms).
COMPOUND = {"source_id": "origin", "account_id": "origin", "evidence_id": "origin"} | {
    "allegation_id": "target",
    "incident_id": "target",
}


def form_fields(kind: str) -> list[FieldDef]:
    """What the registry says a form for ``kind`` edits: its own fields and its parts' (not the program's)."""
    parts = [p for p in registry.KINDS.values() if p.owner == kind]
    return [f for k in (registry.kind(kind), *parts) for f in k.fields if not f.system]


def shown_label(dialog: RecordDialog, name: str) -> str:
    """The label the form shows beside a field (its buddy is the field itself, so a screen reader names it)."""
    field = dialog.widgets[name]
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is field]
    assert len(labels) == 1, f"{name} has {len(labels)} labels"
    return labels[0].text()


def section(widget: QWidget) -> str:
    """The object name of the group box the widget sits in ("" for the record's own fields)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QGroupBox):
        parent = parent.parentWidget()
    return parent.objectName() if parent is not None else ""


@pytest.mark.parametrize("kind", form_kinds())
def test_every_field_the_registry_declares_is_in_its_form(
    qtbot, ctx: StoreContext, records: RecordService, kind: str
) -> None:
    case_id = make_case(records)
    declared = form_fields(kind)
    specs = {s.name: s for s in field_specs(kind)}
    for fld in declared:
        name = COMPOUND.get(fld.name, fld.name) if kind == "link" else fld.name
        assert name in specs, f"{kind}.{fld.name} is declared in the registry but not in the form"
        if name == fld.name:
            assert (specs[name].label, specs[name].hint) == (fld.label, fld.hint), f"{kind}.{fld.name}"
            assert specs[name].input.value == fld.widget.value, f"{kind}.{fld.name}"
            assert specs[name].group is fld.group
    own = [f.name for f in registry.kind(kind).fields if not f.system and f.name not in COMPOUND]
    in_form = [s.name for s in field_specs(kind) if s.name in own]
    assert in_form == own, f"{kind}: the form's order is not the registry's"

    dialog = RecordDialog(ctx, kind, None if kind == "case" else case_id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"New {registry.kind(kind).label}"
    for fld in declared:
        if fld.group is Group.NOTE or (kind == "link" and fld.name in COMPOUND):
            continue  # a correction note is asked for when editing an account; a link's pickers are compound
        assert shown_label(dialog, fld.name) == fld.label, f"{kind}.{fld.name}"


def test_a_field_added_to_the_registry_appears_in_its_form(
    qtbot, ctx: StoreContext, records: RecordService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The recipe for a new field touches the model, a migration, the registry and the docs: not the form."""
    witness = registry.kind("witness")
    names = list(witness.names)
    language = FieldDef(
        "preferred_interview_language",
        "Preferred interview language",
        Sensitivity.PARTNERS,
        max_length=60,
        hint="the language the witness wants to be interviewed in",
    )
    at = names.index("risk_level") + 1
    fields = (*witness.fields[:at], language, *witness.fields[at:])
    monkeypatch.setitem(registry.KINDS, "witness", dataclasses.replace(witness, fields=fields))
    version = registry.kind("account_version")
    interpreter = FieldDef("interpreter_needed", "Interpreter", Sensitivity.INTERNAL, Widget.CHOICE, enums.RiskLevel)
    at = version.names.index("quotable") + 1
    fields = (*version.fields[:at], dataclasses.replace(interpreter, group=Group.CONTENT), *version.fields[at:])
    monkeypatch.setitem(registry.KINDS, "account_version", dataclasses.replace(version, fields=fields))

    case_id = make_case(records)
    dialog = RecordDialog(ctx, "witness", case_id)
    qtbot.addWidget(dialog)
    order = [s.name for s in dialog.specs]
    assert order[order.index("risk_level") + 1] == "preferred_interview_language"
    widget = dialog.widgets["preferred_interview_language"]
    assert isinstance(widget, QLineEdit)
    assert widget.placeholderText() == "the language the witness wants to be interviewed in"
    assert shown_label(dialog, "preferred_interview_language") == "Preferred interview language"
    assert section(widget) == ""  # with the witness's own fields, not in the consent or identity box
    widget.setText("Tamasheq")
    assert dialog.collect()[0]["preferred_interview_language"] == "Tamasheq"

    make_witness(records, case_id)
    account = RecordDialog(ctx, "account", case_id)
    qtbot.addWidget(account)
    combo = account.widgets["interpreter_needed"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == [e.value for e in enums.RiskLevel]
    assert section(combo) == "section_content"  # with what the witness said: a new version when changed
    assert shown_label(account, "interpreter_needed") == "Interpreter"


def test_a_kind_without_a_form_says_so() -> None:
    with pytest.raises(NotFound, match="no form for 'evidence' records"):
        field_specs("evidence")
