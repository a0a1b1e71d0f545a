"""A country is picked by its name, in English or French, or by its code, with the keyboard alone, and shown by
its name; the form stores its ISO code. Driven with key events as a person types."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from hrdoc.domain.registry import Kind
from hrdoc.gui import i18n
from hrdoc.gui.forms.country import CountryPicker, country_choices
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.forms.specs import field_text
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.records import RecordService
from tests.gui.by_keys import focused, press, quietly, type_keys

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def open_form(qtbot, ctx: StoreContext, kind: str, case_id: uuid.UUID, record_id=None) -> RecordDialog:
    dialog = RecordDialog(ctx, kind, case_id, record_id)
    qtbot.addWidget(dialog, before_close_func=quietly)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def country(dialog: RecordDialog) -> CountryPicker:
    widget = dialog.widgets["country_code"]
    assert isinstance(widget, CountryPicker)
    return widget


def test_every_country_is_offered_by_name_with_its_code_and_none_first() -> None:
    choices = country_choices()
    assert choices[0].value is None and len(choices) == 251
    assert ("Burkina Faso (BF)", "BF") in [(c.label, c.value) for c in choices]
    germany = next(c for c in choices if c.value == "DE")
    assert germany.label == "Germany (DE)" and "Allemagne" in germany.names


def test_a_place_takes_its_country_by_a_french_name_typed_and_shows_it_by_name(qtbot, demo_ctx: StoreContext) -> None:
    case_id = CaseService(demo_ctx).resolve(DEMO_REFERENCE).id
    dialog = open_form(qtbot, demo_ctx, Kind.LOCATION, case_id)
    type_keys(qtbot, "Tessalit")  # the first field has the keyboard
    picker = country(dialog)
    picker.setFocus()
    type_keys(qtbot, "allem")
    assert picker.popup.isVisible() and picker.popup.texts() == ["Germany (DE) (also Allemagne)"]
    press(qtbot, Qt.Key.Key_Return)
    assert (picker.currentText(), picker.currentData()) == ("Germany (DE)", "DE") and focused() is picker

    type_keys(qtbot, "cote")
    assert picker.popup.texts() == ["Côte d'Ivoire (CI)"]
    press(qtbot, Qt.Key.Key_Escape)  # nothing chosen: it keeps Germany
    assert picker.currentData() == "DE"

    type_keys(qtbot, "bf")
    assert picker.popup.texts()[0] == "Burkina Faso (BF)"
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    records = RecordService(demo_ctx)
    [saved] = [p for p in records.records(Kind.LOCATION, case_id) if p.name == "Tessalit"]
    assert saved.country_code == "BF"

    again = open_form(qtbot, demo_ctx, Kind.LOCATION, case_id, saved.id)
    assert country(again).currentText() == "Burkina Faso (BF)"
    country(again).setFocus()
    press(qtbot, Qt.Key.Key_Space)  # the whole list, the current country current
    assert country(again).popup.results.currentItem().text() == "Burkina Faso (BF)"
    press(qtbot, Qt.Key.Key_Escape)


def test_an_actor_with_no_country_keeps_none(qtbot, demo_ctx: StoreContext) -> None:
    case_id = CaseService(demo_ctx).resolve(DEMO_REFERENCE).id
    dialog = open_form(qtbot, demo_ctx, Kind.ACTOR, case_id)
    type_keys(qtbot, "Katiba Serma")
    assert country(dialog).currentText() == "— none —"
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = [a for a in RecordService(demo_ctx).records(Kind.ACTOR, case_id) if a.name == "Katiba Serma"]
    assert saved.country_code == ""


def test_tables_show_a_country_by_its_name() -> None:
    shown = field_text(Kind.LOCATION, "country_code")
    assert [shown({"country_code": code}) for code in ("ML", "CI", "", None)] == ["Mali", "Côte d'Ivoire", "", ""]


def type_arabic(qtbot, text: str) -> None:
    """Type letters QTest cannot (it types ASCII only): a key event with the letter as its text, as an Arabic
    keyboard sends, a key at a time into whatever has the keyboard."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        qtbot.wait(1)


def test_in_arabic_a_country_is_offered_found_and_shown_by_its_arabic_name(
    qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "running", "ar")  # the interface in Arabic, as i18n.install puts it at start
    choices = country_choices()
    mali = next(c for c in choices if c.value == "ML")
    assert mali.label == "مالي (ML)" and "Mali" in mali.names
    assert field_text(Kind.LOCATION, "country_code")({"country_code": "ML"}) == "مالي"  # in tables

    case_id = CaseService(demo_ctx).resolve(DEMO_REFERENCE).id
    dialog = open_form(qtbot, demo_ctx, Kind.LOCATION, case_id)
    type_keys(qtbot, "Kidal")
    picker = country(dialog)
    picker.setFocus()
    type_arabic(qtbot, "مالي")
    assert picker.popup.isVisible() and picker.popup.texts()[0] == "مالي (ML)"
    press(qtbot, Qt.Key.Key_Return)
    assert (picker.currentText(), picker.currentData()) == ("مالي (ML)", "ML")
    type_keys(qtbot, "germany")  # an English name finds it too
    assert picker.popup.texts()[0] == "\u2068ألمانيا (DE)\u2069 (also \u2068Germany\u2069)"  # each part isolated
    press(qtbot, Qt.Key.Key_Escape)
