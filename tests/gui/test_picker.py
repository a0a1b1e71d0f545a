"""The record picker of every reference field, driven with key events as a person types: found by label and by
other spellings, never showing an id, and making the record it lacks ("New place…") in a form pre-filled with what
was typed, which comes back chosen. And the corroboration matrix: an empty cell opens a link form already holding
its source and allegation; a cell with a link opens that link."""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from hrdoc.domain.registry import Kind
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.forms.fields import PICKERS
from hrdoc.gui.forms.picker import Choice, Creatable, RecordPicker, match, typed_defaults
from hrdoc.gui.forms.specs import form_kinds
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.workspace.matrix import MatrixPage
from hrdoc.gui.workspace.pages import IncidentsPage
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.records import RecordService
from tests.gui.by_keys import focused, press, quietly, type_keys
from tests.gui.modal import when_modal

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.IGNORECASE)


def open_form(qtbot, ctx: StoreContext, kind: str, case_id: uuid.UUID, record_id=None) -> RecordDialog:
    """A form as the app opens it: shown and active, so keys go where its focus is."""
    dialog = RecordDialog(ctx, kind, case_id, record_id)
    qtbot.addWidget(dialog, before_close_func=quietly)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def picker(dialog: RecordDialog, name: str) -> RecordPicker:
    widget = dialog.widgets[name]
    assert isinstance(widget, RecordPicker)
    return widget


def demo_case(ctx: StoreContext) -> uuid.UUID:
    return CaseService(ctx).resolve(DEMO_REFERENCE).id


# -- finding ---------------------------------------------------------------------------------------------------


def test_an_entry_is_found_by_every_word_of_its_label_or_of_another_name_accents_and_case_aside() -> None:
    assert match("", "Annefif") == (0, "")
    assert match("anne", "Annefif") == (0, "")
    assert match("armed forces", "Malian Armed Forces") == (1, "")
    assert match("lian", "Malian Armed Forces") == (2, "")
    assert match("armees", "Malian Armed Forces", ["FAMa", "Forces Armées Maliennes"]) == (4, "Forces Armées Maliennes")
    assert match("ANÉF", "Annefif", ["Anefis"]) == (3, "Anefis")
    assert match("gao", "Annefif", ["Anefis"]) is None
    assert match("armed navy", "Malian Armed Forces") is None  # every word, not any


def test_arabic_is_found_without_its_vowel_marks_or_tatweel_as_country_names_are() -> None:
    # The picker folds typed text as the country-name search does (hrdoc.domain.folding), one function for both.
    assert match("الجيش", "القوات المسلحة المالية", ["الجَيْش المالي"]) == (3, "الجَيْش المالي")
    assert match("انـفـيـف", "أنفيف") == (0, "")  # tatweel typed, hamza over the alif in the name
    assert match("أنفيف", "انـفيـف") == (0, "")  # tatweel in the name
    assert match("مَالِي", "مالي") == (0, "")
    assert match("غاو", "أنفيف") is None


def test_typed_text_fills_the_name_field_of_the_new_record(demo_ctx: StoreContext) -> None:
    assert typed_defaults(demo_ctx, Kind.LOCATION, " Tessit ") == {"name": "Tessit"}
    assert typed_defaults(demo_ctx, Kind.ACTOR, "Katiba Macina") == {"name": "Katiba Macina"}
    assert typed_defaults(demo_ctx, Kind.INCIDENT, "Ambush") == {"title": "Ambush"}
    assert typed_defaults(demo_ctx, Kind.WITNESS, "W-09") == {"pseudonym": "W-09"}
    assert typed_defaults(demo_ctx, Kind.SOURCE, "Radio report") == {"title": "Radio report"}
    assert typed_defaults(demo_ctx, Kind.ALLEGATION, "torture") == {"violation_type": "torture"}
    assert typed_defaults(demo_ctx, Kind.LOCATION, "  ") == {}


def test_the_picker_alone_searches_picks_and_makes_with_the_keyboard(qtbot) -> None:
    records = [Choice("— none —", None), Choice("Annefif", 1, ("Anefis", "Anéfis")), Choice("Gao", 2)]
    made: list[tuple[str, str]] = []

    def create(kind: str, text: str) -> uuid.UUID | None:
        made.append((kind, text))
        records.append(Choice(text, 3))
        return uuid.UUID(int=3)

    host = QDialog()
    qtbot.addWidget(host)
    chooser = RecordPicker(
        lambda: list(records), creatable=[Creatable(Kind.LOCATION, lambda rid: rid.int)], create_inline=create
    )
    chooser.setParent(host)
    with qtbot.waitActive(host):
        host.show()
    chooser.setFocus()
    type_keys(qtbot, "aNef")
    assert chooser.popup.isVisible() and focused() is chooser.popup.search
    assert chooser.popup.texts() == ["Annefif (also Anefis)", "New place “aNef”…"]
    press(qtbot, Qt.Key.Key_Return)
    assert not chooser.popup.isVisible() and focused() is chooser
    assert (chooser.currentText(), chooser.currentData()) == ("Annefif", 1)

    press(qtbot, Qt.Key.Key_Space)  # opens the search on every entry, the one chosen current
    assert chooser.popup.texts() == ["— none —", "Annefif", "Gao", "New place…"]
    assert chooser.popup.results.currentRow() == 1
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert chooser.currentData() == 2

    type_keys(qtbot, "Tessit")
    assert chooser.popup.texts() == ["New place “Tessit”…"]  # nothing found: Return makes it
    press(qtbot, Qt.Key.Key_Return)
    assert made == [(Kind.LOCATION, "Tessit")]
    assert (chooser.currentText(), chooser.currentData()) == ("Tessit", 3) and focused() is chooser

    type_keys(qtbot, "Gao")
    press(qtbot, Qt.Key.Key_Escape)  # nothing chosen
    assert not chooser.popup.isVisible() and chooser.currentData() == 3
    press(qtbot, Qt.Key.Key_Up)  # closed, the arrows step through the entries as in any drop-down
    assert chooser.currentData() == 2


def test_a_picker_with_no_maker_offers_no_new_record(qtbot) -> None:
    chooser = RecordPicker(lambda: [Choice("Annefif", 1)], creatable=[Creatable(Kind.LOCATION, lambda rid: rid)])
    qtbot.addWidget(chooser)
    chooser.popup.open("x")
    assert chooser.popup.texts() == []
    chooser.popup.hide()


# -- in the forms ----------------------------------------------------------------------------------------------


def tab_to(qtbot, dialog: RecordDialog, name: str) -> RecordPicker:
    """Tab from field to field until the keyboard is in the field ``name``."""
    target = picker(dialog, name)
    for _ in range(len(dialog.widgets) + 2):
        if focused() is target:
            return target
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def test_a_place_typed_in_the_incident_form_is_made_there_and_comes_back_chosen(
    qtbot, demo_ctx: StoreContext, records: RecordService
) -> None:
    case_id = demo_case(demo_ctx)
    places_before = {p.id for p in records.records(Kind.LOCATION, case_id)}
    incident = open_form(qtbot, demo_ctx, Kind.INCIDENT, case_id)
    type_keys(qtbot, "Night raid on Tessit")
    place = tab_to(qtbot, incident, "location_id")
    type_keys(qtbot, "Tessit")
    assert place.popup.isVisible() and place.popup.texts() == ["New place “Tessit”…"]  # not in the case yet
    made: list[dict[str, str]] = []

    def fill_place(form: RecordDialog) -> None:
        name = form.widgets["name"]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is name)  # the form is active, its first field focused
        assert isinstance(name, QLineEdit) and name.text() == "Tessit"  # pre-filled, the keyboard after it
        type_keys(qtbot, " village")
        made.append({"title": form.windowTitle(), "case": str(form.case_id)})
        press(qtbot, Qt.Key.Key_Return, CTRL)

    when_modal(RecordDialog, fill_place, other_than=incident)
    press(qtbot, Qt.Key.Key_Return)  # the one entry, "New place “Tessit”…"
    assert made == [{"title": "New place", "case": str(case_id)}]
    [new_place] = [p for p in records.records(Kind.LOCATION, case_id) if p.id not in places_before]
    assert new_place.name == "Tessit village"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is place)  # back in the incident form, in the field
    assert not place.popup.isVisible()
    assert (place.currentText(), place.currentData()) == ("Tessit village", new_place.id)

    press(qtbot, Qt.Key.Key_Return, CTRL)  # the incident saves, in that place
    assert incident.result() == QDialog.DialogCode.Accepted and incident.saved_id is not None
    saved = records.get(Kind.INCIDENT, incident.saved_id)
    assert (saved.title, saved.location_id) == ("Night raid on Tessit", new_place.id)


def test_cancelling_the_new_record_form_leaves_the_picker_as_it_was(qtbot, demo_ctx: StoreContext) -> None:
    incident = open_form(qtbot, demo_ctx, Kind.INCIDENT, demo_case(demo_ctx))
    place = picker(incident, "location_id")
    place.setFocus()
    before = place.currentData()

    def cancel(form: RecordDialog) -> None:
        qtbot.waitUntil(lambda: form.isAncestorOf(QApplication.focusWidget()))
        press(qtbot, Qt.Key.Key_Escape)  # unchanged since it opened pre-filled: closes without asking

    type_keys(qtbot, "Kidal")
    when_modal(RecordDialog, cancel, other_than=incident)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is place)
    assert place.currentData() == before


def test_records_are_found_by_their_other_spellings_and_aliases(qtbot, demo_ctx: StoreContext) -> None:
    case_id = demo_case(demo_ctx)
    incident = open_form(qtbot, demo_ctx, Kind.INCIDENT, case_id)
    place = picker(incident, "location_id")
    place.setFocus()
    type_keys(qtbot, "anefis")
    assert place.popup.texts()[0] == "Annefif (also Anefis)"
    press(qtbot, Qt.Key.Key_Return)
    assert place.currentText() == "Annefif"

    perpetrator = open_form(qtbot, demo_ctx, Kind.PERPETRATOR, case_id)
    actor = picker(perpetrator, "actor_id")
    actor.setFocus()
    type_keys(qtbot, "fama")
    assert place.popup.isHidden() and actor.popup.texts()[0] == "Malian Armed Forces (also FAMa)"
    press(qtbot, Qt.Key.Key_Down)  # past the last record to "New actor “fama”…", then back
    assert actor.popup.results.currentItem().text() == "New actor “fama”…"
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Return)
    assert actor.currentText() == "Malian Armed Forces"


def test_tab_and_ctrl_enter_in_the_search_keep_the_record_found_and_go_on(
    qtbot, demo_ctx: StoreContext, records: RecordService
) -> None:
    incident = open_form(qtbot, demo_ctx, Kind.INCIDENT, demo_case(demo_ctx))
    type_keys(qtbot, "Convoy ambush")
    place = tab_to(qtbot, incident, "location_id")
    type_keys(qtbot, "anef")
    press(qtbot, Qt.Key.Key_Tab)  # on to the next field, the place found kept
    assert place.currentText() == "Annefif" and not place.popup.isVisible()
    assert focused() is incident.widgets["event_type"]

    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is place
    press(qtbot, Qt.Key.Key_Space)
    type_keys(qtbot, "zzz")  # nothing found: Ctrl+Enter saves what the picker held, and makes nothing
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert incident.result() == QDialog.DialogCode.Accepted and incident.saved_id is not None
    saved = records.get(Kind.INCIDENT, incident.saved_id)
    assert saved.title == "Convoy ambush" and records.get(Kind.LOCATION, saved.location_id).name == "Annefif"


def test_no_picker_shows_an_id(qtbot, demo_ctx: StoreContext, records: RecordService) -> None:
    """Every picker of every form, new and editing each record of the demo case: its entries and its search."""
    case_id = demo_case(demo_ctx)
    checked = 0
    for kind in form_kinds():
        if kind == Kind.CASE:
            continue
        for record_id in [None, *(r.id for r in records.records(kind, case_id))]:
            dialog = RecordDialog(demo_ctx, kind, case_id, record_id)
            qtbot.addWidget(dialog, before_close_func=quietly)
            for spec in dialog.specs:
                if spec.input not in PICKERS:
                    continue
                chooser = picker(dialog, spec.name)
                chooser.popup.open("")
                texts = [chooser.itemText(i) for i in range(chooser.count())] + chooser.popup.texts()
                chooser.popup.hide()
                shown = [t for t in texts if UUID.search(t)]
                assert not shown, (kind, spec.name, shown)
                checked += 1
            quietly(dialog)
            dialog.close()
    assert checked > 20


def test_a_reference_to_a_record_of_another_case_shows_in_words(qtbot, demo_ctx: StoreContext) -> None:
    other = RecordService(demo_ctx).create(Kind.CASE, reference="T-OTHER", title="Another case")
    stranger = RecordService(demo_ctx).create(Kind.LOCATION, case_id=other, name="Elsewhere")
    dialog = RecordDialog(demo_ctx, Kind.INCIDENT, demo_case(demo_ctx), defaults={"location_id": stranger})
    qtbot.addWidget(dialog, before_close_func=quietly)
    place = picker(dialog, "location_id")
    assert place.currentData() == stranger and place.currentText() == "— a record not in this case —"


# -- the matrix ------------------------------------------------------------------------------------------------


def open_window(qtbot, ctx: StoreContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    return window


@contextlib.contextmanager
def no_dialog() -> Iterator[None]:
    """Fails (instead of waiting forever) if a form dialog opens inside the block: it is closed at once."""
    opened: list[object] = []
    watching = True

    def close(form: RecordDialog) -> None:
        if watching:
            opened.append(form.record_id)
            quietly(form)
            form.reject()

    when_modal(RecordDialog, close, wait_s=2.0)
    yield
    watching = False
    assert not opened, "a form dialog opened"


def double_click(qtbot, matrix: MatrixPage, index: QModelIndex) -> None:
    """As a person double-clicks: a click, then the second press (Qt's test double click is that press alone)."""
    where = matrix.table.visualRect(index).center()
    qtbot.mouseClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_matrix_cell_opens_the_link_form_with_its_source_and_allegation(
    qtbot, demo_ctx: StoreContext, records: RecordService
) -> None:
    window = open_window(qtbot, demo_ctx)
    matrix = window.workspace.go_to(MatrixPage)
    model = matrix.model
    row, column = next(
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if (r, c) not in model.cells and model.columns[c][0] == Kind.SOURCE
    )
    source_id, allegation_id = uuid.UUID(model.columns[column][1]), uuid.UUID(matrix.allegation_id(row))
    index = model.index(row, column)
    matrix.table.scrollTo(index)
    seen: list[tuple[object, str]] = []

    def new_link(form: RecordDialog) -> None:
        assert form.record_id is None
        seen.extend((picker(form, end).currentData(), picker(form, end).currentText()) for end in ("origin", "target"))
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)  # saved as it opened

    when_modal(RecordDialog, new_link)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        double_click(qtbot, matrix, index)
    source = records.get(Kind.SOURCE, source_id)
    (origin, origin_text), (target, target_text) = seen
    assert (origin, origin_text) == (("source_id", source_id), f"Source: {source.title}")
    assert target == ("allegation_id", allegation_id) and target_text.startswith("Allegation: ")
    [link] = [
        ln
        for ln in records.records(Kind.LINK, demo_case(demo_ctx))
        if ln.source_id == source_id and ln.allegation_id == allegation_id
    ]
    assert (row, column) in model.cells  # saved with the form's defaults, and shown

    # A cell with a link opens that link: selected in the list of links, edited in the detail pane beside it.
    other_row, other_column = next(key for key in model.cells if key != (row, column))
    other = model.cells[(other_row, other_column)][3]
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(model.index(other_row, other_column))  # (the model was read again: a new index)
    with no_dialog():
        qtbot.keyClick(matrix.table, Qt.Key.Key_Return)  # from the keyboard as by a double-click
    detail = window.workspace.detail
    selected = matrix.links.selected()
    assert selected is not None and selected["id"] == other and detail.showing() == (Kind.LINK, other)
    assert detail.isAncestorOf(window.focusWidget())  # the keyboard is in its form
    assert link.id != uuid.UUID(other)


# -- the workspace's lists -------------------------------------------------------------------------------------


def listed_places(window: MainWindow) -> list[str]:
    places = next(t for page in window.workspace.pages for t in page.tables() if t.kind == Kind.LOCATION)
    window.workspace.go_to(type(next(p for p in window.workspace.pages if places in p.tables())))
    return [places.model.record(row)["name"] for row in range(places.model.total())]


def test_a_record_made_from_a_picker_is_listed_at_once_even_if_its_form_is_cancelled(
    qtbot, demo_ctx: StoreContext
) -> None:
    """ "New place…" saves the place at once: the workspace reads the case again then, not only when the form it was
    made from is saved (cancelled, the lists missed the place until the next reload). From a form dialog and from the
    form beside a list alike."""
    window = open_window(qtbot, demo_ctx)
    workspace = window.workspace

    def make_place(name: str) -> Callable[[QWidget], None]:
        def then(form: QWidget) -> None:
            assert isinstance(form, RecordDialog) and form.kind == Kind.LOCATION
            form.widgets["name"].setText(name)  # type: ignore[attr-defined]
            form.accept()

        return then

    def in_the_incident_form(incident: RecordDialog) -> None:
        made = when_modal(RecordDialog, make_place("Tessit"), other_than=incident)
        assert incident.form.create_inline is not None
        assert incident.form.create_inline(Kind.LOCATION, "Tessit") is not None  # as the place picker's "New place…"
        assert made and not incident.is_changed()
        incident.reject()  # cancelled: nothing to ask, the incident is not saved

    when_modal(RecordDialog, in_the_incident_form)
    with qtbot.waitSignal(workspace.loaded, timeout=10_000):
        assert workspace.new_record(Kind.INCIDENT) is None
    assert "Tessit" in listed_places(window)

    incidents = workspace.go_to(IncidentsPage)
    incidents.incidents.table.selectRow(0)
    pane = workspace.detail
    qtbot.waitUntil(lambda: pane.form is not None and pane.kind == Kind.INCIDENT)
    assert pane.form is not None and pane.form.create_inline is not None
    when_modal(RecordDialog, make_place("Kidal"))
    with qtbot.waitSignal(workspace.loaded, timeout=10_000):
        assert pane.form.create_inline(Kind.LOCATION, "Kidal") is not None  # the pane's form is not saved
    assert "Kidal" in listed_places(window)
