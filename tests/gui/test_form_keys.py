"""Record forms from the keyboard, driven with key events: every form takes the first key typed in its first field,
Return moves on and never saves, Ctrl+Enter saves, Esc on a changed form asks (keeping on editing by default),
the wheel changes no drop-down without the focus, and a "required" error goes once the field is filled."""

from __future__ import annotations

import html
import uuid

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from hrdoc.domain.registry import Kind
from hrdoc.gui import shortcuts
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.forms.specs import form_kinds
from hrdoc.gui.keyboard import first_input, is_input, mnemonic_of
from hrdoc.gui.main_window import MainWindow
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.drafts import DraftService
from hrdoc.services.records import RecordService
from tests.gui.modal import button, press, when_modal

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def quietly(dialog: QWidget) -> None:
    """Closed by the test's end, not by a user: nothing to ask."""
    assert isinstance(dialog, RecordDialog)
    dialog.keep_draft = True


def open_form(qtbot, ctx: StoreContext, kind: str, case_id: uuid.UUID | None, record_id=None) -> RecordDialog:
    """A form as the app opens it: shown and active, so keys go where its focus is."""
    dialog = RecordDialog(ctx, kind, case_id, record_id)
    qtbot.addWidget(dialog, before_close_func=quietly)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_every_form_takes_the_first_key_typed_in_its_first_field(qtbot, demo_ctx: StoreContext) -> None:
    case_id = CaseService(demo_ctx).resolve(DEMO_REFERENCE).id
    for kind in form_kinds():
        for record_id in (None, RecordService(demo_ctx).records(kind, case_id)[0].id if kind != Kind.CASE else None):
            dialog = open_form(qtbot, demo_ctx, kind, None if kind == Kind.CASE else case_id, record_id)
            first = next(dialog.widgets[s.name] for s in dialog.specs if is_input(dialog.widgets[s.name]))
            assert focused() is first is first_input(dialog), (kind, record_id, first.objectName())
            if isinstance(first, QLineEdit | QPlainTextEdit):
                before = first.text() if isinstance(first, QLineEdit) else first.toPlainText()
                qtbot.wait(10)  # what the dialog's showing does once it is on screen
                qtbot.keyClicks(focused(), "Gao")
                text = first.text() if isinstance(first, QLineEdit) else first.toPlainText()
                assert text == before + "Gao", (kind, text)  # added to an edited record's text, replacing nothing
            elif isinstance(first, QComboBox):
                before = first.currentIndex()
                qtbot.keyClick(focused(), Qt.Key.Key_Down)
                assert first.currentIndex() == min(before + 1, first.count() - 1), kind
            else:
                assert isinstance(first, QCheckBox)
                qtbot.keyClick(focused(), Qt.Key.Key_Space)
            quietly(dialog)
            dialog.close()


def test_return_moves_on_and_never_saves_ctrl_enter_saves(qtbot, ctx: StoreContext, records: RecordService) -> None:
    case_id = records.create("case", reference="ML-2025-100", title="Gao road killings")
    dialog = open_form(qtbot, ctx, Kind.LOCATION, case_id)
    name, spellings = dialog.widgets["name"], dialog.widgets["alt_spellings"]
    qtbot.keyClicks(focused(), "Annefif")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a one-line field: on to the next field, nothing saved
    assert focused() is spellings and dialog.isVisible() and records.records(Kind.LOCATION, case_id) == []
    qtbot.keyClicks(focused(), "Anefis")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a multi-line field: a new line
    qtbot.keyClicks(focused(), "Anefif")
    assert isinstance(spellings, QPlainTextEdit) and spellings.toPlainText() == "Anefis\nAnefif"
    assert dialog.isVisible() and records.records(Kind.LOCATION, case_id) == []
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    after = focused()
    assert isinstance(after, QLineEdit | QComboBox), after
    qtbot.keyClick(after, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter too
    assert focused() is not after and dialog.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    place = records.get(Kind.LOCATION, dialog.saved_id)
    assert isinstance(name, QLineEdit) and (place.name, place.alt_spellings) == ("Annefif", ["Anefis", "Anefif"])

    again = open_form(qtbot, ctx, Kind.LOCATION, case_id)
    qtbot.keyClicks(focused(), "Kidal")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)  # from a multi-line field
    assert again.result() == QDialog.DialogCode.Accepted
    assert sorted(p.name for p in records.records(Kind.LOCATION, case_id)) == ["Annefif", "Kidal"]


def test_escape_on_a_changed_form_asks_and_keeps_editing_by_default(qtbot, demo_ctx: StoreContext) -> None:
    case_id = CaseService(demo_ctx).resolve(DEMO_REFERENCE).id
    unchanged = open_form(qtbot, demo_ctx, Kind.ACTOR, case_id)
    never = when_modal(QMessageBox, press("Keep"), name="discardChanges", wait_s=1)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert unchanged.result() == QDialog.DialogCode.Rejected and not unchanged.isVisible()
    qtbot.wait(100)
    assert never == []

    dialog = open_form(qtbot, demo_ctx, Kind.ACTOR, case_id)
    qtbot.keyClicks(focused(), "Unnamed militia")
    dialog.save_draft()
    defaults: list[str] = []

    def keep_by_default(box: QMessageBox) -> None:
        defaults.append(box.defaultButton().text())
        defaults.append(box.escapeButton().text())  # type: ignore[union-attr]
        qtbot.keyClick(box, Qt.Key.Key_Return)

    asked = when_modal(QMessageBox, keep_by_default, name="discardChanges")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert asked and defaults == ["&Keep editing", "&Keep editing"]
    assert dialog.isVisible() and dialog.widgets["name"].text() == "Unnamed militia"  # type: ignore[attr-defined]
    assert dialog.focusWidget() is dialog.widgets["name"]  # back where the typing was

    asked = when_modal(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), name="discardChanges")
    button(dialog, "Cancel").click()  # Cancel asks too; Esc in the question keeps editing
    assert asked and dialog.isVisible()

    asked = when_modal(QMessageBox, press("Discard"), name="discardChanges")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)  # (offscreen, no window manager gives the focus back)
    assert asked and not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert DraftService(demo_ctx).pending() == []  # discarding throws the draft away


def wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the mouse wheel over ``widget`` (down by default)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_changes_no_drop_down_without_the_focus(qtbot, demo_ctx: StoreContext) -> None:
    case_id = CaseService(demo_ctx).resolve(DEMO_REFERENCE).id
    dialog = open_form(qtbot, demo_ctx, Kind.INCIDENT, case_id)
    combos = [w for w in dialog.widgets.values() if isinstance(w, QComboBox)]
    assert len(combos) >= 4 and focused() is dialog.widgets["title"]
    before = [c.currentIndex() for c in combos]
    for combo in combos:
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not give it the focus
        wheel(combo)
    assert [c.currentIndex() for c in combos] == before and focused() is dialog.widgets["title"]
    precision = dialog.widgets["date_precision"]
    assert isinstance(precision, QComboBox)
    precision.setFocus()  # once chosen (Tab or a click), the wheel changes it as usual
    wheel(precision, +1)
    assert precision.currentIndex() == before[combos.index(precision)] - 1


def test_a_required_error_goes_once_the_field_is_filled(qtbot, ctx: StoreContext) -> None:
    dialog = open_form(qtbot, ctx, Kind.CASE, None)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)  # nothing filled in
    assert dialog.isVisible()
    assert dialog.error_text("reference") and dialog.error_text("title")
    dialog.widgets["reference"].setFocus()
    qtbot.keyClicks(focused(), "ML-2025-100")
    assert dialog.error_text("reference") == "" and dialog.error_text("title")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "Gao road killings")
    assert not any(dialog.error_text(name) for name in dialog.errors)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_form_buttons_have_mnemonics_and_say_how_to_save(qtbot, ctx: StoreContext) -> None:
    dialog = open_form(qtbot, ctx, Kind.CASE, None)
    letters = [mnemonic_of(b.text()) for b in dialog.buttons.buttons()]
    assert all(letters) and len(set(letters)) == len(letters)
    assert dialog.save_button.text() == "&Save" and "Ctrl+Enter" in dialog.save_button.toolTip()


def test_a_form_and_the_detail_pane_save_with_the_keys_declared_once(
    qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The forms' and the detail pane's save keys are read from hrdoc.gui.shortcuts, where Help lists them: declared
    otherwise there, they are other keys here too (forms.keys had its own copy of them)."""
    case_id = CaseService(demo_ctx).resolve(DEMO_REFERENCE).id
    form = RecordDialog(demo_ctx, Kind.INCIDENT, case_id)
    qtbot.addWidget(form, before_close_func=quietly)
    assert {s.key() for s in form.findChildren(QShortcut)} >= set(shortcuts.SAVE_FORM.sequences())
    other = shortcuts.Keys("Save", ("Ctrl+S",))
    monkeypatch.setattr(shortcuts, "SAVE_FORM", other)
    monkeypatch.setattr(shortcuts, "SAVE_IN_PLACE", other)
    form = RecordDialog(demo_ctx, Kind.INCIDENT, case_id)
    qtbot.addWidget(form, before_close_func=quietly)
    assert QKeySequence("Ctrl+S") in [s.key() for s in form.findChildren(QShortcut)]
    assert "(Ctrl+S)" in form.save_button.toolTip()
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    pane = window.workspace.detail
    assert [s.key() for s in pane.findChildren(QShortcut)] == [QKeySequence("Ctrl+S")]
    assert "(Ctrl+S)" in pane.save_button.toolTip()


def test_the_detail_pane_keys_are_listed_with_the_others(qtbot, demo_ctx: StoreContext) -> None:
    """Help and the user guide list the keys of the record shown beside a list, and its buttons say them."""
    listed = shortcuts.shortcuts_html()
    for keys in (shortcuts.INTO_PANE, shortcuts.SAVE_IN_PLACE, shortcuts.PANE_ESCAPE):
        assert keys in [k for _heading, section in shortcuts.sections() for k in section]
        assert html.escape(keys.description()) in listed
    assert "back to the list" in shortcuts.PANE_ESCAPE.description() and shortcuts.PANE_ESCAPE.text() == "Esc"
    assert shortcuts.SAVE_IN_PLACE.text() == "Ctrl+Enter" and "F2" in shortcuts.INTO_PANE.text()
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    pane = window.workspace.detail
    assert pane.save_button.toolTip().endswith("(Ctrl+Enter)")
    assert pane.revert_button.toolTip().endswith("(Esc)")
