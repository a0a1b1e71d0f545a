"""An actor entered in one case is chosen in another from the actor picker: typing its name or an alias finds it
"— from" the case that holds it, and picking it copies it into the form's case. Driven with key events."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt

from hrdoc.domain.registry import Kind
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.forms.picker import RecordPicker
from hrdoc.gui.forms.related import RelatedRecords
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from tests.gui.by_keys import focused, press, quietly, type_keys
from tests.helpers import make_allegation, make_case, make_incident

pytestmark = pytest.mark.gui


def open_form(qtbot, ctx: StoreContext, kind: str, case_id: uuid.UUID) -> RecordDialog:
    dialog = RecordDialog(ctx, kind, case_id, None)
    qtbot.addWidget(dialog, before_close_func=quietly)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def test_an_actor_of_another_case_is_found_by_alias_and_copied_into_this_one(
    qtbot, ctx: StoreContext, records: RecordService
) -> None:
    other = make_case(records, reference="ML-2024-001")
    original = records.create(
        "actor", case_id=other, name="Forces Armées Maliennes", aliases=["FAMa"], country_code="ML", visibility="public"
    )
    here = make_case(records, reference="ML-2025-004")
    make_allegation(records, here, make_incident(records, here))
    records.create("actor", case_id=here, name="Famagouda self-defence group")

    dialog = open_form(qtbot, ctx, Kind.PERPETRATOR, here)
    picker = dialog.widgets["actor_id"]
    assert isinstance(picker, RecordPicker)
    picker.setFocus()
    type_keys(qtbot, "fama")
    assert picker.popup.texts() == [
        "Famagouda self-defence group",
        "Forces Armées Maliennes — from ML-2024-001",
        "New actor “fama”…",
    ]
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)

    [copy] = [a for a in records.records(Kind.ACTOR, here) if a.name == "Forces Armées Maliennes"]
    assert copy.id != original and copy.aliases == ["FAMa"] and copy.country_code == "ML"
    assert picker.currentData() == copy.id and picker.currentText() == "Forces Armées Maliennes"
    assert focused() is picker
    type_keys(qtbot, "fama")  # now an actor of this case: no longer offered from the other
    assert picker.popup.texts() == [
        "Famagouda self-defence group",
        "Forces Armées Maliennes (also FAMa)",
        "New actor “fama”…",
    ]
    press(qtbot, Qt.Key.Key_Escape)
    assert records.get(Kind.ACTOR, original).case_id == other


def test_the_allegation_forms_perpetrator_rows_adopt_too(qtbot, ctx: StoreContext, records: RecordService) -> None:
    other = make_case(records, reference="ML-2024-001")
    original = records.create("actor", case_id=other, name="Katiba Macina", aliases=["FLM"], visibility="public")
    here = make_case(records, reference="ML-2025-004")
    make_incident(records, here, title="Kobe market shooting")
    dialog = RecordDialog(ctx, Kind.ALLEGATION, here, None)
    qtbot.addWidget(dialog, before_close_func=quietly)
    with qtbot.waitActive(dialog):
        dialog.show()
    type_keys(qtbot, "kobe")  # the incident, searched
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "tor")  # Torture or ill-treatment
    related = dialog.form.related
    assert isinstance(related, RelatedRecords)
    perpetrators = related.tables[0]
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Add a perpetrator
    qtbot.waitUntil(lambda: len(perpetrators.rows) == 1)
    row = perpetrators.rows[0]
    assert focused() is row.picker
    type_keys(qtbot, "flm")
    assert row.picker.popup.texts() == ["Katiba Macina — from ML-2024-001", "New actor “flm”…"]
    press(qtbot, Qt.Key.Key_Return)
    [copy] = records.records(Kind.ACTOR, here)
    assert row.picker.currentData() == copy.id and copy.id != original and copy.aliases == ["FLM"]
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "d")  # directly involved
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [link] = records.records(Kind.PERPETRATOR, here)
    assert (link.actor_id, link.involvement) == (copy.id, "direct")
