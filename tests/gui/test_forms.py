"""Record forms: every kind created through its widgets, errors beside the fields, edits, links, undo/redo."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from hrdoc.domain.validation import FieldError
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.workspace.matrix import MatrixPage
from hrdoc.gui.workspace.page import TablePage
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.records import RecordService
from tests.gui.modal import when_modal
from tests.helpers import make_case, make_incident

pytestmark = pytest.mark.gui


def fill(dialog: RecordDialog, **values: Any) -> None:
    """Type into the form as a user would. Combo values are (parts of) the labels shown."""
    for name, value in values.items():
        widget = dialog.widgets[name]
        if isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(value) if isinstance(value, list) else str(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            assert isinstance(widget, QComboBox)
            texts = [widget.itemText(i) for i in range(widget.count())]
            matches = [i for i, text in enumerate(texts) if str(value) in text]
            assert matches, f"{value!r} is not offered for {name}: {texts}"
            widget.setCurrentIndex(matches[0])


def form(qtbot, ctx: StoreContext, kind: str, case_id: uuid.UUID | None, record_id=None, **kw: Any) -> RecordDialog:
    dialog = RecordDialog(ctx, kind, case_id, record_id, **kw)
    qtbot.addWidget(dialog)
    return dialog


def save(dialog: RecordDialog) -> uuid.UUID:
    dialog.save_button.click()
    problems = {name: dialog.error_text(name) for name in dialog.errors if dialog.error_text(name)}
    assert dialog.result() == QDialog.DialogCode.Accepted, (problems, dialog.form_error.text())
    assert dialog.saved_id is not None
    return dialog.saved_id


def test_every_kind_of_record_is_created_through_its_form(qtbot, ctx: StoreContext, records: RecordService) -> None:
    d = form(qtbot, ctx, "case", None)
    fill(d, reference="ML-2025-100", title="Gao road killings", status="Under review", tags=["convoy", "gao"])
    case_id = save(d)
    case = records.get("case", case_id)
    assert (case.reference, case.status, case.tags) == ("ML-2025-100", "under_review", ["convoy", "gao"])

    def create(record_kind: str, /, **values: Any) -> Any:
        dialog = form(qtbot, ctx, record_kind, case_id)
        fill(dialog, **values)
        return records.get(record_kind, save(dialog))

    place = create("location", name="Annefif", alt_spellings=["Anefis"], latitude="18.05", longitude="0.6")
    assert (place.alt_spellings, place.latitude) == (["Anefis"], 18.05)
    incident = create(
        "incident",
        title="Convoy attack",
        start_date="2025-02-14",
        date_precision="Exact",
        location_id="Annefif",
        event_type="Violence against civilians",
        event_subtype="Attack",
        fatalities_best="24",
        civilian_targeting="Yes",
    )
    assert incident.location_id == place.id and incident.start_date == dt.date(2025, 2, 14)
    assert (incident.event_type, incident.event_subtype) == ("violence_against_civilians", "attack")
    assert (incident.fatalities_best, incident.fatalities_low, incident.civilian_targeting) == (24, None, True)
    actor = create("actor", name="Wagner Group", aliases=["Africa Corps"], kind="Non-state armed group")
    assert actor.kind == "non_state_armed_group"
    allegation = create("allegation", incident_id="Convoy attack", violation_type="Attack on civilians")
    assert allegation.incident_id == incident.id
    perpetrator = create("perpetrator", allegation_id="Attack on civilians", actor_id="Wagner", involvement="Direct")
    assert (perpetrator.actor_id, perpetrator.involvement) == (actor.id, "direct")
    victim = create("victim", kind="Individual", label="Driver of the first vehicle", legal_name="Fictional Name")
    assert records.reveal_identity("victim", victim.id)["legal_name"] == "Fictional Name"
    link_victim = create("allegation_victim", allegation_id="Attack on civilians", victim_id="Driver")
    assert link_victim.victim_id == victim.id
    witness = create(
        "witness",
        pseudonym="W-07",
        relation="Relative of victim",
        to_be_recorded=True,
        to_be_quoted=True,
        how_given="oral, recorded",
        legal_name="Another Fictional Name",
    )
    consent = records.consent(witness.id)
    assert consent is not None and consent.to_be_quoted and consent.how_given == "oral, recorded"
    assert records.reveal_identity("witness", witness.id)["legal_name"] == "Another Fictional Name"
    account = create("account", witness_id="W-07", narrative="They stopped the vehicles.", quotable=True)
    assert records.current_version(account.id).quotable is True
    source = create("source", kind="News article", title="Telegraph report", reliability="B —", credibility="3 —")
    assert (source.kind, source.reliability, source.credibility) == ("news_article", "B", "3")
    link = create("link", origin="Telegraph report", target="Attack on civilians", relation="Supports")
    assert (link.source_id, link.allegation_id, link.relation) == (source.id, allegation.id, "supports")
    assert link.account_id is None and link.incident_id is None
    figure = create(
        "figure",
        incident_id="Convoy attack",
        counted="Killed",
        of_whom="Civilians",
        as_described="civils tués",
        qualifier="At least",
        value="90",
        claimed_on="2025-03-01",
        source_id="Telegraph report",
        in_estimate=True,
    )
    assert (figure.incident_id, figure.source_id, figure.counted, figure.of_whom) == (
        incident.id, source.id, "killed", "civilians"
    )  # fmt: skip
    assert (figure.qualifier, figure.value, figure.value_high, figure.in_estimate) == ("at_least", 90, None, True)
    assert figure.claimed_on == dt.date(2025, 3, 1) and figure.allegation_id is None


def test_errors_show_beside_their_fields_until_fixed(qtbot, ctx: StoreContext, records: RecordService) -> None:
    case_id = make_case(records)
    dialog = form(qtbot, ctx, "incident", case_id)
    dialog.show()
    fill(dialog, title="", start_date="2025-03-02", end_date="2025-03-01", fatalities_low="30", fatalities_best="24")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "cannot be empty" in dialog.error_text("title")
    assert "before the start date" in dialog.error_text("end_date")
    # The best estimate below the low one: said under it, the other field named in words (never fatalities_low).
    assert dialog.error_text("fatalities_best") == "Fatalities (best estimate) cannot be below the low estimate (30)"
    label = dialog.findChild(QLabel, "error_end_date")
    assert label is not None and label.isVisible()
    assert dialog.error_text("start_date") == ""
    assert records.records("incident", case_id) == []

    fill(dialog, title="Convoy attack", end_date="2025-03-04", fatalities_low="20", start_date="14/02/2025")
    dialog.save_button.click()  # a date the form cannot read is caught before the service is asked
    assert "YYYY-MM-DD" in dialog.error_text("start_date") and dialog.error_text("end_date") == ""

    fill(dialog, start_date="2025-03-02")
    incident_id = save(dialog)
    assert not any(dialog.error_text(name) for name in dialog.errors)
    assert records.get("incident", incident_id).end_date == dt.date(2025, 3, 4)


def test_an_error_of_a_field_the_form_does_not_show_names_it_by_its_label(
    qtbot, ctx: StoreContext, records: RecordService
) -> None:
    """Under the fields, an error about a field the form has no place for says the field's label, never its name in
    the code ('case_id: is required', 'fatalities_best: …' before)."""
    dialog = form(qtbot, ctx, "incident", make_case(records))
    dialog.show()
    dialog.show_errors(
        [
            FieldError("case_id", "is required"),  # the incident's case: no field of its form
            FieldError("fatalities_total", "must be a whole number", "Total fatalities"),  # carrying its label
            FieldError("no_such_field", "must be given"),  # unknown and unlabelled: the message alone
            FieldError("", "a link starts from a source"),
        ]
    )
    shown = dialog.form_error.text().splitlines()
    assert shown == [
        "Case is required",
        "Total fatalities must be a whole number",
        "Must be given",
        "A link starts from a source",
    ]
    assert not any("_" in line for line in shown)


def test_editing_an_account_keeps_the_old_version(qtbot, demo_ctx: StoreContext, records: RecordService) -> None:
    case_id = CaseService(demo_ctx).resolve(DEMO_REFERENCE).id
    account = records.records("account", case_id)[0]
    old = records.current_version(account.id)
    dialog = form(qtbot, demo_ctx, "account", case_id, account.id)
    narrative = dialog.widgets["narrative"]
    assert isinstance(narrative, QPlainTextEdit) and narrative.toPlainText() == old.narrative
    fill(dialog, narrative=old.narrative + " Corrected after re-interview.")
    dialog.save_button.click()
    assert "Say why the account is corrected" in dialog.error_text("correction_note")
    fill(dialog, correction_note="Re-interview on 3 March")
    save(dialog)
    versions = records.account_versions(account.id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].narrative == old.narrative
    assert versions[1].narrative.endswith("Corrected after re-interview.")
    assert versions[1].correction_note == "Re-interview on 3 March"


def test_witness_identity_is_masked_when_editing_until_revealed(
    qtbot, demo_ctx: StoreContext, records: RecordService
) -> None:
    case_id = CaseService(demo_ctx).resolve(DEMO_REFERENCE).id
    witness = records.records("witness", case_id)[0]
    dialog = form(qtbot, demo_ctx, "witness", case_id, witness.id)
    name = dialog.widgets["legal_name"]
    assert isinstance(name, QLineEdit) and name.text() == "" and name.isReadOnly()
    fill(dialog, language="Tamasheq")
    save(dialog)  # saving without revealing leaves the protected details alone
    real = "Fictional Demo Person (not a real witness)"
    assert records.reveal_identity("witness", witness.id)["legal_name"] == real

    dialog = form(qtbot, demo_ctx, "witness", case_id, witness.id)
    dialog.reveal("correcting the spelling")
    assert dialog.widgets["legal_name"].text() == real  # type: ignore[attr-defined]
    fill(dialog, legal_name="Fictional Demo Persson")
    save(dialog)
    assert records.reveal_identity("witness", witness.id)["legal_name"] == "Fictional Demo Persson"
    assert records.get("witness", witness.id).language == "Tamasheq"


def open_window(qtbot, ctx: StoreContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    return window


def drive_dialog(action: Any, **values: Any) -> None:
    """Fill the record dialog that ``action`` opens (modal), and save it."""

    def fill_and_save() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecordDialog) and w.isVisible())
        fill(dialog, **values)
        dialog.save_button.click()
        if dialog.isVisible():  # not saved: close it so the test fails on its assertions instead of hanging
            dialog.reject()

    QTimer.singleShot(0, fill_and_save)
    action()


def test_link_made_with_the_pickers_shows_in_the_matrix(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    matrix = next(p for p in window.workspace.pages if isinstance(p, MatrixPage))
    window.workspace.nav.setCurrentRow(window.workspace.pages.index(matrix))
    assert window.workspace.current_kind() == "link"
    title = "Human Rights Watch"
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        drive_dialog(
            lambda: window.new_record_action.trigger(),
            origin="Source: " + title,
            target="Allegation: Attack on civilians",
            relation="Context",
            excerpt="Earlier killings documented",
        )
    cells = matrix.cells()
    column = next(h for (_row, h) in cells if h.startswith(title[:20]))
    assert cells[("Attack on civilians", column)].startswith("Context")


def page_of_kind(window: MainWindow, kind: str) -> TablePage:
    for row, page in enumerate(window.workspace.pages):
        for table in page.tables():
            if table.kind == kind:
                window.workspace.nav.setCurrentRow(row)
                return table
    raise AssertionError(kind)


def actor_names(records: RecordService, case_id: uuid.UUID) -> list[str]:
    return sorted(a.name for a in records.records("actor", case_id))


def test_undo_and_redo_of_a_create(qtbot, demo_ctx: StoreContext, records: RecordService) -> None:
    window = open_window(qtbot, demo_ctx)
    case_id = window.workspace.case_id
    assert case_id is not None
    actors = page_of_kind(window, "actor")
    before = actor_names(records, case_id)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        drive_dialog(window.new_record_action.trigger, name="Unit 42", kind="State force")
    assert actor_names(records, case_id) == sorted([*before, "Unit 42"])
    assert "Unit 42" in [actors.model.record(r)["name"] for r in range(actors.model.rowCount())]
    assert window.undo_action.isEnabled() and "create actor" in window.undo_action.text()

    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.undo_action.trigger()
    assert actor_names(records, case_id) == before
    assert "Unit 42" not in [actors.model.record(r)["name"] for r in range(actors.model.rowCount())]

    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.redo_action.trigger()
    recreated = [a for a in records.records("actor", case_id) if a.name == "Unit 42"]
    assert len(recreated) == 1 and recreated[0].kind == "state_force"


def test_undo_of_an_update_restores_the_old_value(qtbot, demo_ctx: StoreContext, records: RecordService) -> None:
    window = open_window(qtbot, demo_ctx)
    sources = page_of_kind(window, "source")
    sources.table.selectRow(0)
    source = sources.selected()
    assert source is not None
    old_title = source["title"]
    window.edit_action.trigger()  # F2: the selected source is edited in place, in the detail pane
    pane = window.workspace.detail
    assert pane.showing() == ("source", source["id"]) and pane.form is not None
    title = pane.form.widgets["title"]
    assert isinstance(title, QLineEdit) and pane.form.isAncestorOf(window.focusWidget())  # the keyboard in the form
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Renamed source")
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        qtbot.keyClick(title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves in place
    assert records.get("source", source["id"]).title == "Renamed source"
    assert sources.selected() is not None and sources.selected()["title"] == "Renamed source"  # type: ignore[index]

    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.undo_action.trigger()
    assert records.get("source", source["id"]).title == old_title
    assert pane.form is not None and pane.form.widgets["title"].text() == old_title  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.redo_action.trigger()
    assert records.get("source", source["id"]).title == "Renamed source"


def test_new_case_and_case_edits_refresh_the_case_list(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        drive_dialog(window.new_case_action.trigger, reference="ML-2025-200", title="Kidal detentions")
    assert window.model.rowCount() == 2
    assert window.workspace.heading.text() == "ML-2025-200 — Kidal detentions"
    window.workspace.nav.setCurrentRow(0)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        drive_dialog(window.edit_action.trigger, title="Kidal detentions and disappearances")
    titles = [window.proxy.data(window.proxy.index(r, 1)) for r in range(window.proxy.rowCount())]
    assert "Kidal detentions and disappearances" in titles


def test_delete_asks_first_and_is_not_undoable(
    qtbot, demo_ctx: StoreContext, records: RecordService, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_ctx)
    case_id = window.workspace.case_id
    assert case_id is not None
    actors = page_of_kind(window, "actor")
    actors.table.selectRow(0)
    name = actors.selected()["name"]  # type: ignore[index]
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Any:
        def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    window.delete_action.trigger()
    assert name in actor_names(records, case_id)
    assert "cannot be undone" in asked[0] and name in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        actors.delete_button.click()
    assert name not in actor_names(records, case_id)
    assert window.undo_stack.count() == 0


def test_the_delete_question_keeps_the_record_by_default(qtbot, demo_ctx: StoreContext, records: RecordService) -> None:
    """The real question, answered from the keyboard: Cancel is its default button, so Return typed on keeps the
    record, as Esc does; each button has its letter (the application's keyboard guard gives them)."""
    window = open_window(qtbot, demo_ctx)
    case_id = window.workspace.case_id
    assert case_id is not None
    actors = page_of_kind(window, "actor")
    actors.table.selectRow(0)
    name = actors.selected()["name"]  # type: ignore[index]
    seen: list[tuple[str, list[str]]] = []

    def answer_with(key: Qt.Key) -> Callable[[QMessageBox], None]:
        def answer(box: QMessageBox) -> None:
            default = box.defaultButton()
            seen.append((default.text() if default is not None else "", [b.text() for b in box.buttons()]))
            qtbot.keyClick(box, key)

        return answer

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        when_modal(QMessageBox, answer_with(key))
        assert window.workspace.delete_record("actor", actors.selected()["id"]) is False  # type: ignore[index]
        assert name in actor_names(records, case_id)
    assert len(seen) == 2
    for default, texts in seen:
        assert default == "&Cancel"
        assert sorted(texts) == ["&Cancel", "&Yes"]


def test_a_new_allegation_starts_on_the_selected_incident(qtbot, ctx: StoreContext, records: RecordService) -> None:
    case_id = make_case(records)
    make_incident(records, case_id, title="First")
    second = make_incident(records, case_id, title="Second")
    dialog = form(qtbot, ctx, "allegation", case_id, defaults={"incident_id": str(second)})
    fill(dialog, violation_type="Attack on civilians")
    assert records.get("allegation", save(dialog)).incident_id == second


def test_a_new_record_starts_from_the_safe_defaults(qtbot, ctx: StoreContext, records: RecordService) -> None:
    case_id = make_case(records)
    dialog = form(qtbot, ctx, "witness", case_id)
    fill(dialog, pseudonym="W-02")
    witness = records.get("witness", save(dialog))
    assert (witness.visibility, witness.risk_level, witness.relation) == ("restricted", "high", "eyewitness")
    assert records.consent(witness.id) is None  # nothing ticked: no consent recorded, rather than a refusal
