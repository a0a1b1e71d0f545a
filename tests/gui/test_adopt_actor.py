"""An actor entered in one case is chosen in another from the actor picker: typing its name or an alias finds it
"— from" the case that holds it, and picking it copies it into the form's case. Driven with key events."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from hrdoc.domain.registry import Kind
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.forms.picker import RecordPicker
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from tests.helpers import make_allegation, make_case, make_incident

pytestmark = pytest.mark.gui


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClicks(focused(), char)


def quietly(dialog: QWidget) -> None:
    assert isinstance(dialog, RecordDialog)
    dialog.keep_draft = True


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
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

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
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert records.get(Kind.ACTOR, original).case_id == other
