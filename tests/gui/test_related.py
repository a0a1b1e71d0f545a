"""The allegation form takes its alleged perpetrators and its victims directly, driven with key events as a person
types: a new allegation with a perpetrator and two victims (one made from what was typed) is saved in one go, or —
if one row breaks a rule — not at all, keeping every row; a saved allegation's victims are edited row by row, each
change one step of undo. The tables' columns and labels are the record registry's."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QMainWindow

from hrdoc.domain import registry
from hrdoc.domain.registry import Kind
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.forms.related import RelatedRecords, related_widget, relations
from hrdoc.gui.forms.related_table import RelatedTable
from hrdoc.gui.keyboard import mnemonic_of
from hrdoc.gui.undo import RecordUndoStack
from hrdoc.services.context import StoreContext
from hrdoc.services.drafts import DraftService
from hrdoc.services.records import RecordService
from tests.gui.by_keys import focused, press, quietly, type_keys
from tests.helpers import make_allegation, make_case, make_incident

pytestmark = pytest.mark.gui
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def open_form(qtbot, ctx: StoreContext, case_id: uuid.UUID, record_id=None, **kw) -> RecordDialog:
    """The allegation form as the app opens it: shown and active, so keys go where its focus is."""
    dialog = RecordDialog(ctx, Kind.ALLEGATION, case_id, record_id, **kw)
    qtbot.addWidget(dialog, before_close_func=quietly)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def tables(dialog: RecordDialog) -> tuple[RelatedTable, RelatedTable]:
    related = dialog.form.related
    assert isinstance(related, RelatedRecords)
    perpetrators, victims = related.tables
    return perpetrators, victims


def add_row(qtbot, table: RelatedTable, letter: Qt.Key) -> None:
    """Alt+letter, the table's Add button's mnemonic: a row, with the keyboard in its picker."""
    count = len(table.rows)
    press(qtbot, letter, ALT)
    qtbot.waitUntil(lambda: len(table.rows) == count + 1)  # a mnemonic presses its button as a click shown
    assert focused() is table.rows[-1].picker


def seed(records: RecordService) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    case_id = make_case(records)
    incident_id = make_incident(records, case_id, title="Kobe market shooting")
    actor_id = records.create(Kind.ACTOR, case_id=case_id, name="FAMa", aliases=["Forces armees maliennes"])
    return case_id, incident_id, actor_id


def enter_allegation(qtbot, dialog: RecordDialog) -> None:
    """The allegation's own fields, from the keyboard: its incident (searched), its violation."""
    assert focused() is dialog.widgets["incident_id"]
    type_keys(qtbot, "kobe")
    press(qtbot, Qt.Key.Key_Return)  # the incident found
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "tor")  # Torture or ill-treatment
    violation = dialog.widgets["violation_type"]
    assert isinstance(violation, QComboBox) and violation.currentData() == "torture"


def enter_rows(qtbot, dialog: RecordDialog, *, individual_count: str = "") -> None:
    """One perpetrator (FAMa, found by its alias, directly involved) and two victims made from what is typed: an
    individual, and a group of twelve added with Insert."""
    perpetrators, victims = tables(dialog)
    add_row(qtbot, perpetrators, Qt.Key.Key_P)
    type_keys(qtbot, "forces armees")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "d")  # Direct
    add_row(qtbot, victims, Qt.Key.Key_V)
    type_keys(qtbot, "Moussa A.")
    press(qtbot, Qt.Key.Key_Return)  # New victim "Moussa A."…, the only entry found
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "i")  # Individual
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, individual_count)
    press(qtbot, Qt.Key.Key_Insert)
    assert len(victims.rows) == 2 and focused() is victims.rows[1].picker
    type_keys(qtbot, "Villagers of Kobe")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "g")  # Group
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "12")


def test_a_new_allegation_is_saved_with_its_perpetrator_and_victims_in_one_go(
    qtbot, ctx: StoreContext, records: RecordService
) -> None:
    case_id, _incident_id, actor_id = seed(records)
    stack = RecordUndoStack(ctx)
    dialog = open_form(qtbot, ctx, case_id, undo_stack=stack)
    enter_allegation(qtbot, dialog)
    enter_rows(qtbot, dialog)
    assert records.records(Kind.ALLEGATION, case_id) == []  # nothing written before the form is saved
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.form_error.text()

    [allegation] = records.records(Kind.ALLEGATION, case_id)
    [link] = records.records(Kind.PERPETRATOR, case_id)
    assert (link.allegation_id, link.actor_id, link.involvement) == (allegation.id, actor_id, "direct")
    assert link.visibility == allegation.visibility  # a link is as visible as its allegation
    victims = {v.id: v for v in records.records(Kind.VICTIM, case_id)}
    assert sorted((v.label, v.kind, v.count_best) for v in victims.values()) == [
        ("Moussa A.", "individual", None),
        ("Villagers of Kobe", "group", 12),
    ]
    linked = [v.victim_id for v in records.records(Kind.ALLEGATION_VICTIM, case_id)]
    assert sorted(linked) == sorted(victims) and all(v.allegation_id == allegation.id for v in [link])

    # One step of undo: the allegation, the victims typed in with it and every link go, and come back.
    assert stack.count() == 1 and stack.undoText() == "create allegation"
    stack.undo()
    assert [records.records(k, case_id) for k in (Kind.ALLEGATION, Kind.VICTIM, Kind.PERPETRATOR)] == [[], [], []]
    assert [a.name for a in records.records(Kind.ACTOR, case_id)] == ["FAMa"]  # chosen, not made: it stays
    stack.redo()
    [again] = records.records(Kind.ALLEGATION, case_id)
    assert [p.allegation_id for p in records.records(Kind.PERPETRATOR, case_id)] == [again.id]
    assert len(records.records(Kind.ALLEGATION_VICTIM, case_id)) == 2


def test_a_refused_row_saves_nothing_and_keeps_every_row(qtbot, ctx: StoreContext, records: RecordService) -> None:
    case_id, _incident_id, _actor_id = seed(records)
    dialog = open_form(qtbot, ctx, case_id)
    enter_allegation(qtbot, dialog)
    enter_rows(qtbot, dialog, individual_count="3")  # an individual victim counted as three: refused
    perpetrators, victims = tables(dialog)
    typed = [[row.raw() for row in table.rows] for table in (perpetrators, victims)]
    press(qtbot, Qt.Key.Key_Return, CTRL)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.form_error.text()
    assert message.startswith("Victim 1: ") and "individual" in message and "\n" not in message
    assert focused() is victims.rows[0].picker  # the keyboard is in the row to put right
    for kind in (Kind.ALLEGATION, Kind.VICTIM, Kind.PERPETRATOR, Kind.ALLEGATION_VICTIM):
        assert records.records(kind, case_id) == [], kind  # nothing half-saved
    assert [[row.raw() for row in table.rows] for table in (perpetrators, victims)] == typed  # nothing lost

    count = victims.rows[0].fields["count_best"]
    assert isinstance(count, QLineEdit)
    count.setFocus()
    press(qtbot, Qt.Key.Key_Backspace)  # the count put right
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.form_error.text()
    assert len(records.records(Kind.ALLEGATION_VICTIM, case_id)) == 2
    assert len(records.records(Kind.PERPETRATOR, case_id)) == 1


def test_the_same_actor_twice_is_said_before_anything_is_written(
    qtbot, ctx: StoreContext, records: RecordService
) -> None:
    case_id, _incident_id, _actor_id = seed(records)
    dialog = open_form(qtbot, ctx, case_id)
    enter_allegation(qtbot, dialog)
    perpetrators, _victims = tables(dialog)
    for _ in range(2):
        add_row(qtbot, perpetrators, Qt.Key.Key_P)
        type_keys(qtbot, "fama")
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.form_error.text() == "Perpetrator 2: FAMa is named in Perpetrator 1 already; remove one of the rows"
    assert records.records(Kind.ALLEGATION, case_id) == []
    press(qtbot, Qt.Key.Key_Delete, CTRL)  # the row the keyboard is in goes
    assert len(perpetrators.rows) == 1 and focused() is perpetrators.rows[0].picker
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.form_error.text()
    assert len(records.records(Kind.PERPETRATOR, case_id)) == 1


def test_a_saved_allegations_victims_are_edited_row_by_row_with_undo(
    qtbot, ctx: StoreContext, records: RecordService
) -> None:
    case_id, incident_id, _actor_id = seed(records)
    allegation_id = make_allegation(records, case_id, incident_id, visibility="public")
    group = records.create(Kind.VICTIM, case_id=case_id, label="Villagers of Kobe", count_best=10)
    records.create(Kind.ALLEGATION_VICTIM, case_id=case_id, allegation_id=allegation_id, victim_id=group)
    stack = RecordUndoStack(ctx)
    dialog = open_form(qtbot, ctx, case_id, allegation_id, undo_stack=stack)
    _perpetrators, victims = tables(dialog)
    [row] = victims.rows
    assert row.picker.currentText() == "Villagers of Kobe" and not dialog.is_changed()
    count = row.fields["count_best"]
    assert isinstance(count, QLineEdit) and count.text() == "10"

    count.setFocus()
    count.selectAll()
    type_keys(qtbot, "15")
    assert records.get(Kind.VICTIM, group).count_best == 10  # not yet: the keyboard is still in the row
    add_row(qtbot, victims, Qt.Key.Key_V)  # leaving the row saves it
    assert records.get(Kind.VICTIM, group).count_best == 15 and stack.undoText() == "edit victim"
    type_keys(qtbot, "Moussa A.")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "i")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # out of the row: the victim and its link are written
    links = records.records(Kind.ALLEGATION_VICTIM, case_id)
    assert len(links) == 2 and {link.visibility for link in links[1:]} == {"public"}
    assert stack.undoText() == "add victim"

    victims.rows[0].picker.setFocus()
    press(qtbot, Qt.Key.Key_Delete, CTRL)  # the group's link removed: undoable
    assert group not in {link.victim_id for link in records.records(Kind.ALLEGATION_VICTIM, case_id)}
    assert records.get(Kind.VICTIM, group).label == "Villagers of Kobe"  # the victim stays, unlinked
    stack.undo()
    assert group in {link.victim_id for link in records.records(Kind.ALLEGATION_VICTIM, case_id)}
    assert sorted(r.picker.currentText() for r in victims.rows) == ["Moussa A.", "Villagers of Kobe"]
    stack.undo()  # the victim added from the form
    assert [v.label for v in records.records(Kind.VICTIM, case_id)] == ["Villagers of Kobe"]
    stack.undo()
    assert records.get(Kind.VICTIM, group).count_best == 10 and len(victims.rows) == 1

    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.form_error.text()


def test_the_tables_are_read_from_the_registry(qtbot, ctx: StoreContext, records: RecordService) -> None:
    perpetrators, victims = relations(Kind.ALLEGATION)
    assert (perpetrators.link, perpetrators.parent_field, perpetrators.other_field) == (
        Kind.PERPETRATOR,
        "allegation_id",
        "actor_id",
    )
    assert (perpetrators.other_kind, perpetrators.own) == (Kind.ACTOR, ("involvement",))
    assert (victims.other_kind, victims.own) == (Kind.VICTIM, ())
    case_id = make_case(records)
    for kind in registry.RECORD_KINDS:
        if kind != Kind.ALLEGATION:
            assert related_widget(ctx, case_id, kind, None) is None, kind
    widget = related_widget(ctx, case_id, Kind.ALLEGATION, None)
    assert isinstance(widget, RelatedRecords)
    qtbot.addWidget(widget)
    widget.tables[1].add_row(focus=False)
    headers = [label.text() for label in widget.tables[1].headers]
    fields = registry.kind(Kind.VICTIM)
    assert headers == [
        registry.kind(Kind.ALLEGATION_VICTIM).field("victim_id").label,
        fields.field("kind").label,
        fields.field("count_best").label,
    ]
    kinds = widget.tables[1].rows[0].fields["kind"]
    assert isinstance(kinds, QComboBox)
    assert [kinds.itemText(i) for i in range(kinds.count())] == ["Individual", "Group"]
    names = [w.accessibleName() for w in widget.tables[1].rows[0].widgets()]
    assert names == ["Victim 1", "Individual or group 1", "Count (best estimate) 1"]
    assert all(isinstance(label, QLabel) for label in widget.tables[1].headers)


def test_rows_typed_in_a_new_allegation_are_kept_in_its_draft(qtbot, ctx: StoreContext, records: RecordService) -> None:
    case_id, _incident_id, actor_id = seed(records)
    dialog = open_form(qtbot, ctx, case_id)
    enter_allegation(qtbot, dialog)
    enter_rows(qtbot, dialog)
    drafts = DraftService(ctx)
    qtbot.waitUntil(lambda: bool(drafts.pending()), timeout=5000)  # saved after a pause in typing
    dialog.keep_as_draft()  # as when the app locks or is killed: what is typed now is kept
    [draft] = drafts.pending()
    dialog.close()

    again = open_form(qtbot, ctx, case_id, draft=draft)  # after a crash: the form offered back
    perpetrators, victims = tables(again)
    assert [row.other() for row in perpetrators.rows] == [actor_id]
    assert [row.picker.currentText() for row in victims.rows] == ["Moussa A. (new)", "Villagers of Kobe (new)"]
    count = victims.rows[1].fields["count_best"]
    assert isinstance(count, QLineEdit) and count.text() == "12" and again.is_changed()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert again.result() == QDialog.DialogCode.Accepted, again.form_error.text()
    assert sorted(v.label for v in records.records(Kind.VICTIM, case_id)) == ["Moussa A.", "Villagers of Kobe"]
    assert len(records.records(Kind.ALLEGATION_VICTIM, case_id)) == 2 and drafts.pending() == []


def test_an_add_buttons_letter_taken_by_the_window_gives_way(qtbot, ctx: StoreContext, records: RecordService) -> None:
    """In the main window, Alt+V is the View menu's: the victims' Add button takes another letter of its text."""
    case_id = make_case(records)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&View")
    widget = related_widget(ctx, case_id, Kind.ALLEGATION, None)
    assert isinstance(widget, RelatedRecords)
    window.setCentralWidget(widget)
    with qtbot.waitExposed(window):
        window.show()
    letters = [mnemonic_of(table.add_button.text()) for table in widget.tables]
    assert letters[0] == "p" and letters[1] not in ("", "p", "v")
    assert letters[1] in widget.tables[1].add_button.text().replace("&", "").lower()
