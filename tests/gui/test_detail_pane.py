"""The workspace as a workbench: the record selected in a list is shown beside it and edited in place (Ctrl+Enter
saves, Esc reverts, undo undoes), with its related records under it; leaving a changed record asks, and nothing
typed is lost; a new record is selected once saved; a new case opens on an Overview saying what to do next."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from hrdoc.domain.registry import Kind
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.workspace.detail import DetailPane
from hrdoc.gui.workspace.overview import OverviewPage
from hrdoc.gui.workspace.page import TablePage
from hrdoc.gui.workspace.pages import IncidentsPage
from hrdoc.services.context import StoreContext
from hrdoc.services.drafts import DraftService
from hrdoc.services.records import RecordService
from tests.gui.case_data import case_data
from tests.gui.modal import press, when_modal

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
LOAD = 10_000


def open_window(qtbot, ctx: StoreContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD):
        window.show()
        window.refresh()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=LOAD)  # shortcuts work in it
    return window


def table_of(window: MainWindow, kind: str) -> TablePage:
    """Go to the first page listing records of ``kind``; its table."""
    for row, page in enumerate(window.workspace.pages):
        for table in page.tables():
            if table.kind == kind:
                window.workspace.nav.setCurrentRow(row)
                window.workspace.follower.flush()  # its record beside it now, not in the next turn of the loop
                return table
    raise AssertionError(kind)


def line(pane: DetailPane, name: str) -> QLineEdit:
    assert pane.form is not None
    widget = pane.form.widgets[name]
    assert isinstance(widget, QLineEdit)
    return widget


def retype(qtbot, widget: QLineEdit, text: str) -> None:
    """Type over what a field holds, as a user would."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def names(table: TablePage, key: str) -> list[str]:
    return [table.model.record(r)[key] for r in range(table.model.rowCount())]


def test_the_selected_record_shows_beside_the_list_with_its_related_records(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    pane = window.workspace.detail
    page = window.workspace.go_to(IncidentsPage)
    assert not pane.isHidden()
    incident = page.incidents.selected()  # the page selects the first incident
    assert incident is not None
    assert pane.showing() == (Kind.INCIDENT, incident["id"])
    assert incident["title"] in pane.heading.text()
    assert line(pane, "title").text() == incident["title"]
    assert window.workspace.data is not None
    allegations = [a for a in case_data(window)["allegations"] if a["incident_id"] == incident["id"]]
    # The related records are read off the GUI thread: listed once they arrive.
    qtbot.waitUntil(lambda: bool(pane.related.texts()), timeout=10_000)  # type: ignore[attr-defined]
    related = pane.related.texts()  # type: ignore[attr-defined]
    heading = next(h for h in related if h.startswith("Allegations"))
    assert heading == f"Allegations ({len(allegations)})" and len(related[heading]) == len(allegations)
    assert pane.related.add_buttons[Kind.ALLEGATION].text().replace("&", "") == "Add allegation…"  # type: ignore[attr-defined]

    accused = case_data(window)["allegations"][0]
    page.incidents.select_record(accused["incident_id"])
    assert pane.showing() == (Kind.INCIDENT, accused["incident_id"])
    page.allegations.table.selectRow(0)  # an allegation: its perpetrators, victims and corroboration under it
    allegation = page.allegations.selected()
    assert allegation is not None and pane.showing() == (Kind.ALLEGATION, allegation["id"])
    assert pane.form is not None and pane.form.related is not None  # its perpetrators and victims, in its form
    qtbot.waitUntil(lambda: bool(pane.related.texts()), timeout=10_000)  # type: ignore[attr-defined]
    headings = list(pane.related.texts())  # type: ignore[attr-defined]
    assert [h.split(" (")[0] for h in headings] == [
        "Corroborating sources, accounts and files",
        "Figures reported by sources",
    ]
    window.workspace.nav.setCurrentRow(0)  # the Overview has no list: no pane
    assert pane.isHidden()


def test_edited_in_place_saved_with_ctrl_enter_and_undone(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    records = RecordService(demo_ctx)
    actors = table_of(window, Kind.ACTOR)
    actors.table.selectRow(0)
    actors.table.setFocus()
    actor = actors.selected()
    assert actor is not None
    pane = window.workspace.detail
    qtbot.keyClick(actors.table, Qt.Key.Key_Return)  # Enter on the list: the keyboard goes to the form beside it
    name = line(pane, "name")
    assert window.focusWidget() is name
    assert not pane.save_button.isEnabled()
    qtbot.keyClicks(name, " (renamed)")
    assert pane.save_button.isEnabled() and pane.is_changed()
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD):
        qtbot.keyClick(name, Qt.Key.Key_Return, CTRL)
    assert records.get(Kind.ACTOR, actor["id"]).name == actor["name"] + " (renamed)"
    assert actor["name"] + " (renamed)" in names(actors, "name")
    assert pane.showing() == (Kind.ACTOR, actor["id"]) and not pane.is_changed()
    assert window.focusWidget() is line(pane, "name")  # the form came back as saved, the keyboard where it was

    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD):
        window.undo_action.trigger()
    assert records.get(Kind.ACTOR, actor["id"]).name == actor["name"]
    assert line(pane, "name").text() == actor["name"]  # the pane shows the record as it now is


def test_esc_reverts_after_asking(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    sources = table_of(window, Kind.SOURCE)
    sources.table.selectRow(0)
    source = sources.selected()
    assert source is not None
    pane = window.workspace.detail
    title = line(pane, "title")
    retype(qtbot, title, "Typed, not saved")
    kept = when_modal(QMessageBox, press("Keep"), name="discardChanges")
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert kept and line(pane, "title").text() == "Typed, not saved"
    discarded = when_modal(QMessageBox, press("Discard"), name="discardChanges")
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert discarded and line(pane, "title").text() == source["title"] and not pane.is_changed()
    field = window.focusWidget()
    assert field is not None and pane.isAncestorOf(field)
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # nothing to revert: back to the list
    assert window.focusWidget() is sources.table


def test_leaving_a_changed_record_asks_and_loses_nothing(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    records = RecordService(demo_ctx)
    actors = table_of(window, Kind.ACTOR)
    actors.table.selectRow(0)
    first = actors.selected()
    assert first is not None and actors.model.rowCount() >= 2
    pane = window.workspace.detail
    retype(qtbot, line(pane, "name"), "Typed before moving on")

    # Keep editing: the selection goes back to the record being typed in, with what was typed.
    asked = when_modal(QMessageBox, press("Keep"), name="leaveChanged")
    actors.table.selectRow(1)
    assert asked
    assert actors.selected() == first and pane.showing() == (Kind.ACTOR, first["id"])
    assert line(pane, "name").text() == "Typed before moving on"

    # Another page: asked too.
    asked = when_modal(QMessageBox, press("Keep"), name="leaveChanged")
    window.workspace.nav.setCurrentRow(0)
    assert asked and window.workspace.current_page() is not window.workspace.pages[0]
    assert line(pane, "name").text() == "Typed before moving on"

    # Save: saved, then on to the record chosen.
    asked = when_modal(QMessageBox, press("Save"), name="leaveChanged")
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD):
        actors.table.selectRow(1)
    assert asked and records.get(Kind.ACTOR, first["id"]).name == "Typed before moving on"
    second = actors.selected()
    assert second is not None and pane.showing() == (Kind.ACTOR, second["id"])

    # Discard: not saved, on to the record chosen.
    retype(qtbot, line(pane, "name"), "Thrown away")
    asked = when_modal(QMessageBox, press("Discard"), name="leaveChanged")
    actors.table.selectRow(0)
    assert asked and records.get(Kind.ACTOR, second["id"]).name == second["name"]
    assert DraftService(demo_ctx).pending() == []  # the draft went with what was thrown away


def test_changes_left_by_another_case_or_a_lock_are_kept_as_drafts(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    workspace = window.workspace
    actors = table_of(window, Kind.ACTOR)
    actors.table.selectRow(0)
    actor = actors.selected()
    assert actor is not None and workspace.case_id is not None
    demo = workspace.case_id
    pane = workspace.detail
    retype(qtbot, line(pane, "name"), "Typed, then another case")
    other = RecordService(demo_ctx).create(Kind.CASE, reference="ML-2025-300", title="Another")
    with qtbot.waitSignal(workspace.loaded, timeout=LOAD):
        workspace.open_case(other)  # cannot wait for an answer: kept as a draft
    drafts = DraftService(demo_ctx).pending()
    assert [d.fields["name"] for d in drafts] == ["Typed, then another case"]
    with qtbot.waitSignal(workspace.loaded, timeout=LOAD):
        workspace.open_case(demo)
    actors.table.selectRow(0)
    assert pane.showing() == (Kind.ACTOR, actor["id"])
    assert line(pane, "name").text() == "Typed, then another case" and pane.is_changed()
    assert not pane.notice.isHidden()  # says the unsaved changes are back

    window.set_locked(True)  # the app locking: a draft, offered back after the unlock
    assert pane.showing() is None
    drafts = DraftService(demo_ctx).pending()
    assert [(d.record_id, d.fields["name"]) for d in drafts] == [(uuid.UUID(actor["id"]), "Typed, then another case")]


def drive_new(qtbot, action: Any, **texts: str) -> None:
    """Type into the form dialog that ``action`` opens and save it with Ctrl+Enter."""

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecordDialog) and w.isVisible())
        for name, text in texts.items():
            widget = dialog.widgets[name]
            assert isinstance(widget, QLineEdit)
            qtbot.keyClicks(widget, text)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, CTRL)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)
    action()


def test_a_new_record_is_selected_and_shown_once_saved(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    actors = table_of(window, Kind.ACTOR)
    actors.table.selectRow(0)
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD):
        drive_new(qtbot, window.new_record_action.trigger, name="Zz new armed group")
    selected = actors.selected()
    assert selected is not None and selected["name"] == "Zz new armed group"
    assert window.workspace.detail.showing() == (Kind.ACTOR, selected["id"])
    assert window.focusWidget() is actors.table  # the keyboard in the list, on the new record
    index = actors.table.currentIndex()
    assert actors.table.visualRect(index).intersects(actors.table.viewport().rect())  # scrolled to


def test_related_records_are_added_from_the_pane(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    page = window.workspace.go_to(IncidentsPage)
    incident = page.incidents.selected()
    assert incident is not None
    pane = window.workspace.detail
    buttons = pane.related.add_buttons  # type: ignore[attr-defined]

    incident_id = uuid.UUID(incident["id"])

    def check(dialog: RecordDialog) -> None:
        assert dialog.collect()[0]["incident_id"] == incident_id  # pre-filled with the incident
        dialog.reject()

    seen = when_modal(RecordDialog, check)
    buttons[Kind.ALLEGATION].click()
    assert seen


def test_a_new_empty_case_says_what_to_do_next(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD):
        drive_new(qtbot, window.new_case_action.trigger, reference="ML-2025-201", title="Empty so far")
    overview = window.workspace.current_page()
    assert isinstance(overview, OverviewPage)
    assert not overview.steps.isHidden()
    shown = [k for k, b in overview.step_buttons.items() if not b.isHidden()]
    assert shown[0] == Kind.INCIDENT and len(shown) == 6
    assert overview.step_buttons[Kind.INCIDENT].isEnabled()
    assert not overview.step_buttons[Kind.ALLEGATION].isEnabled()  # an allegation needs an incident first
    assert "Add the first incident" in overview.step_labels[Kind.INCIDENT].text()
    assert "(Ctrl+N on Incidents && allegations)" in overview.step_labels[Kind.INCIDENT].text()  # shows one "&"
    qtbot.waitUntil(lambda: window.focusWidget() is overview.step_buttons[Kind.INCIDENT], timeout=LOAD)

    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD):
        drive_new(qtbot, overview.step_buttons[Kind.INCIDENT].click, title="First incident")
    page = window.workspace.current_page()
    assert isinstance(page, IncidentsPage)  # the step went to the incidents and added one there, selected
    selected = page.incidents.selected()
    assert selected is not None and selected["title"] == "First incident"
    window.workspace.nav.setCurrentRow(0)
    assert overview.step_buttons[Kind.INCIDENT].isHidden() and overview.step_buttons[Kind.ALLEGATION].isEnabled()


def test_typing_is_in_the_store_as_soon_as_the_window_goes(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    actors = table_of(window, Kind.ACTOR)
    actors.table.selectRow(0)
    pane = window.workspace.detail
    retype(qtbot, line(pane, "name"), "Typed just before a crash")
    assert DraftService(demo_ctx).pending() == []  # not yet: a draft is saved after a pause in the typing
    window.hide()  # closing (or a kill right after): the draft is written at once
    assert [d.fields["name"] for d in DraftService(demo_ctx).pending()] == ["Typed just before a crash"]


def test_the_form_beside_a_list_is_filled_with_each_record_and_a_revealed_one_is_not_kept(
    qtbot, demo_ctx: StoreContext
) -> None:
    """Moving from record to record fills the same form (made once per kind: a tenth of a second or more each),
    which edits and undoes as a new one would; a form whose protected identity was revealed is not kept, so the
    next witness shows masked."""
    window = open_window(qtbot, demo_ctx)
    records = RecordService(demo_ctx)
    pane = window.workspace.detail
    actors = table_of(window, Kind.ACTOR)
    assert actors.model.total() >= 2
    actors.table.selectRow(0)
    form, first = pane.form, actors.selected()
    actors.table.selectRow(1)
    second = actors.selected()
    assert first is not None and second is not None and first["id"] != second["id"]
    assert pane.form is form and pane.showing() == (Kind.ACTOR, second["id"])
    assert line(pane, "name").text() == second["name"] and not pane.is_changed()
    retype(qtbot, line(pane, "name"), "Renamed in a kept form")
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD):
        qtbot.keyClick(line(pane, "name"), Qt.Key.Key_Return, CTRL)
    assert records.get(Kind.ACTOR, second["id"]).name == "Renamed in a kept form"
    assert records.get(Kind.ACTOR, first["id"]).name == first["name"]
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD):
        window.undo_action.trigger()
    assert records.get(Kind.ACTOR, second["id"]).name == second["name"]
    actors.table.selectRow(0)
    assert pane.form is form and line(pane, "name").text() == first["name"] and not pane.is_changed()

    records.create(
        Kind.WITNESS, case_id=window.workspace.case_id, pseudonym="W-2", identity={"legal_name": "Second Fictional"}
    )
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD):
        window.workspace.reload()
    witnesses = table_of(window, Kind.WITNESS)
    assert witnesses.model.total() >= 2
    witnesses.table.selectRow(0)
    assert pane.form is not None and pane.form.kind == Kind.WITNESS
    masked = line(pane, "legal_name")
    assert masked.isReadOnly() and masked.text() == ""
    witness = pane.form
    witness.reveal("checking the spelling")
    assert line(pane, "legal_name").text() != ""
    witnesses.table.selectRow(1)
    assert pane.form is not witness  # made again: its identity fields masked
    masked = line(pane, "legal_name")
    assert masked.isReadOnly() and masked.text() == ""
    witnesses.table.selectRow(0)
    assert line(pane, "legal_name").isReadOnly() and line(pane, "legal_name").text() == ""


def test_a_reported_figure_is_added_and_opened_from_its_incident(qtbot, demo_ctx: StoreContext) -> None:
    """No page lists figures: they are added under their incident, and a figure opened from the pane (or a search
    hit) opens in its form over the page, which stays where it was."""
    window = open_window(qtbot, demo_ctx)
    page = window.workspace.go_to(IncidentsPage)
    incident = page.incidents.selected()
    assert incident is not None
    pane = window.workspace.detail
    incident_id = uuid.UUID(incident["id"])

    def new(dialog: RecordDialog) -> None:
        assert dialog.kind == Kind.FIGURE and dialog.collect()[0]["incident_id"] == incident_id
        dialog.reject()

    seen = when_modal(RecordDialog, new)
    pane.related.add_buttons[Kind.FIGURE].click()  # type: ignore[attr-defined]
    assert seen
    figure = next(f for f in case_data(window)["reported_figures"] if f["incident_id"] == incident["id"])

    def opened(dialog: RecordDialog) -> None:
        assert (dialog.kind, dialog.record_id) == (Kind.FIGURE, uuid.UUID(figure["id"]))
        dialog.reject()

    seen = when_modal(RecordDialog, opened)
    assert window.workspace.show_record(Kind.FIGURE, figure["id"])
    assert seen and window.workspace.current_page() is page
