"""The app from the keyboard, and who is working: Ctrl+L locks with a form open (the form comes back after the
unlock), quitting from the lock screen asks first, a new case is opened at once and the case list's counts
follow every change, the investigator's name (asked on the first run, changed in Preferences) is who acts in
the audit log, the chain of custody, evidence intake and the status bar; and every menu and button of the main
window has a mnemonic."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMessageBox, QPushButton, QToolButton
from sqlalchemy import select

from hrdoc.domain.registry import Kind
from hrdoc.gui import app as app_module
from hrdoc.gui import settings
from hrdoc.gui.app import AppController
from hrdoc.gui.evidence import dialogs as evidence_dialogs
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.keyboard import mnemonic_of
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.models.case_table import Column, Role
from hrdoc.gui.preferences import InvestigatorDialog, PreferencesDialog
from hrdoc.gui.unlock import UnlockDialog
from hrdoc.gui.workspace.pages import IncidentsPage
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.drafts import DraftService
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from hrdoc.storage.models import AuditEntry
from tests.gui.modal import button, press, when_modal
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
LOAD_TIMEOUT = 10_000
TYPED = "Second convoy stopped near Anefis"


def started(qtbot, controller: AppController) -> MainWindow:
    assert controller.start(PASSPHRASE)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.workspace.data is not None, timeout=LOAD_TIMEOUT)
    return window


def type_in(dialog: RecordDialog, text: str, qtbot, *, save: bool = True) -> None:
    """Type into the field that has the keyboard when the form opens, and save with Ctrl+Enter."""
    field = dialog.focusWidget()
    assert isinstance(field, QLineEdit), field
    qtbot.keyClicks(field, text)
    if save:
        qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)


def newest_entry(ctx: StoreContext) -> AuditEntry:
    with ctx.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    return entry


def go_to_incidents(window: MainWindow) -> None:
    window.workspace.go_to(IncidentsPage)


# -- locking -------------------------------------------------------------------------------------------------


def test_ctrl_l_in_an_open_form_locks_and_the_form_comes_back_after_the_unlock(
    qtbot, demo_ctx: StoreContext, store_path: Path, monkeypatch: pytest.MonkeyPatch, controllers
) -> None:
    demo_ctx.close()
    controller = controllers(str(store_path), encrypted=True, user="tester")
    window = started(qtbot, controller)
    go_to_incidents(window)
    seen_locked: list[bool] = []

    def unlock(*_args: object, **kwargs: object) -> StoreContext:
        seen_locked.append(window.central.currentWidget() is window.locked_page and controller.ctx is None)
        assert kwargs.get("locked") is True  # the lock screen: its Cancel asks before quitting
        return controller._open(PASSPHRASE)

    monkeypatch.setattr(UnlockDialog, "ask", unlock)
    monkeypatch.setattr(app_module, "ask_about_drafts", lambda parent, count: "restore")
    restored: list[str] = []

    def finish(form: RecordDialog) -> None:
        field = form.widgets["title"]
        assert isinstance(field, QLineEdit)
        assert form.focusWidget() is field
        qtbot.keyClicks(field, " at dawn")  # typing on adds to what came back, replacing none of it
        restored.append(field.text())
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)

    def type_then_lock(form: RecordDialog) -> None:
        type_in(form, TYPED, qtbot, save=False)
        when_modal(RecordDialog, finish, other_than=form)  # the form that comes back after the unlock
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_L, CTRL)

    first = when_modal(RecordDialog, type_then_lock)
    assert window.workspace.new_record(Kind.INCIDENT) is None  # this form closed when the app locked ...
    assert first and seen_locked == [True]
    assert restored == [TYPED + " at dawn"]  # ... and came back, holding what was typed, and was saved
    ctx = controller.ctx
    assert ctx is not None
    case_id = CaseService(ctx).resolve(DEMO_REFERENCE).id
    assert TYPED + " at dawn" in [i.title for i in RecordService(ctx).records(Kind.INCIDENT, case_id)]
    assert DraftService(ctx).pending() == []


def test_quitting_from_the_lock_screen_asks_first(qtbot, demo_ctx: StoreContext, store_path: Path, controllers) -> None:
    demo_ctx.close()
    controller = controllers(str(store_path), encrypted=True, user="tester")
    window = started(qtbot, controller)
    answers: list[str] = []

    def stay(box: QMessageBox) -> None:
        answers.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: stay locked

    def escape_then_unlock(dialog: UnlockDialog) -> None:
        asked = when_modal(QMessageBox, stay, name="confirmQuit")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
        assert asked and dialog.isVisible()  # still locked, still asking for the passphrase
        dialog.passphrase.setText(PASSPHRASE)  # (QTest types ASCII only)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    when_modal(UnlockDialog, escape_then_unlock)
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_L, CTRL)
    assert answers == ["&Stay locked"] and controller.ctx is not None and not window.is_locked()
    qtbot.waitUntil(lambda: window.workspace.data is not None, timeout=LOAD_TIMEOUT)

    def cancel_then_quit(dialog: UnlockDialog) -> None:
        asked = when_modal(QMessageBox, press("Quit"), name="confirmQuit")
        button(dialog, "Quit hrdoc").click()
        assert asked

    when_modal(UnlockDialog, cancel_then_quit)
    window.lock_action.trigger()
    assert controller.ctx is None and not window.isVisible()  # quit, as confirmed


def test_unlocking_at_start_can_be_cancelled_without_a_question(qtbot) -> None:
    dialog = UnlockDialog("store.db", create=False)
    qtbot.addWidget(dialog)
    dialog.show()
    never = when_modal(QMessageBox, press("Stay"), name="confirmQuit", wait_s=1)
    button(dialog, "Cancel").click()
    qtbot.wait(100)
    assert not dialog.isVisible() and never == []


# -- cases ---------------------------------------------------------------------------------------------------


def open_window(qtbot, ctx: StoreContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.show()
        window.refresh()
    return window


def incidents_listed(window: MainWindow, case_id: uuid.UUID) -> int:
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), Role.CASE_ID) == str(case_id))
    return int(model.data(model.index(row, Column.INCIDENTS)))


def test_a_new_case_is_opened_at_once_and_the_case_list_counts_follow(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    demo = CaseService(demo_ctx).resolve(DEMO_REFERENCE).id
    window.workspace.nav.setCurrentRow(4)

    def new_case(form: RecordDialog) -> None:
        assert form.widgets["lead_investigator"].text() == "tester"  # type: ignore[attr-defined]
        type_in(form, "ML-2025-100", qtbot, save=False)
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return)  # on to the title
        qtbot.keyClicks(form.focusWidget(), "Gao road killings")
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)

    when_modal(RecordDialog, new_case)
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.new_case_action.trigger()
    case_id = CaseService(demo_ctx).resolve("ML-2025-100").id
    assert window.current_case_id() == case_id == window.workspace.case_id
    assert window.workspace.heading.text() == "ML-2025-100 — Gao road killings"
    assert window.workspace.nav.currentRow() == 0  # its Overview
    assert incidents_listed(window, case_id) == 0

    go_to_incidents(window)
    when_modal(RecordDialog, lambda form: type_in(form, "Checkpoint shooting", qtbot))
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.new_record_action.trigger()  # Ctrl+N: into the new case, not the one open before
    assert [i.title for i in RecordService(demo_ctx).records(Kind.INCIDENT, case_id)] == ["Checkpoint shooting"]
    assert incidents_listed(window, case_id) == 1  # without a restart
    before = incidents_listed(window, demo)
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.undo_action.trigger()
    assert incidents_listed(window, case_id) == 0 and incidents_listed(window, demo) == before
    assert window.current_case_id() == case_id


def test_a_page_key_puts_the_keyboard_in_the_page_list(qtbot, demo_ctx: StoreContext) -> None:
    """Alt+digit shows a page with its list taking the keyboard (arrows and Enter work at once); on the evidence
    links page, the corroboration matrix."""
    from hrdoc.gui.workspace.matrix import MatrixPage

    window = open_window(qtbot, demo_ctx)
    qtbot.waitActive(window)
    window.table.setFocus()  # the case list has it: Return there would edit the case
    for row, page in enumerate(window.workspace.pages[:10]):
        qtbot.keyClick(window, str((row + 1) % 10), Qt.KeyboardModifier.AltModifier)
        assert window.workspace.nav.currentRow() == row
        target = page.focus_target()
        if isinstance(page, MatrixPage):
            assert target is page.table
        if page.tables():
            assert target is not None and target in [t.table for t in page.tables()] + [getattr(page, "table", None)]
        if target is not None:
            qtbot.waitUntil(target.hasFocus, timeout=2_000)


def test_reading_the_open_case_again_takes_no_keys_typed_ahead(
    qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow reload after a change shows no progress window: a window-modal one took the keys typed ahead (and
    Space or Return there cancelled the reload). Opening a case still shows one, as its Cancel is useful then."""
    import time

    from hrdoc.gui.workspace import shell

    window = open_window(qtbot, demo_ctx)
    slow_figures = shell.RecordPages.figures

    def figures(self: shell.RecordPages, *args: object, **kwargs: object) -> object:
        time.sleep(0.8)  # longer than the progress window's delay
        return slow_figures(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shell.RecordPages, "figures", figures)
    seen: list[object] = []
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.workspace.reload()
        qtbot.wait(600)
        seen.append(QApplication.activeModalWidget())
    assert seen == [None]
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.workspace.open_case(CaseService(demo_ctx).resolve(DEMO_REFERENCE).id)
        qtbot.wait(600)
        seen.append(QApplication.activeModalWidget())
    assert seen[1] is not None  # the test sees a progress window when there is one


# -- who is working ------------------------------------------------------------------------------------------


def test_the_first_run_asks_who_is_working_and_that_name_acts_everywhere(
    qtbot, demo_ctx: StoreContext, store_path: Path, tmp_path: Path, controllers
) -> None:
    demo_ctx.close()
    assert settings.INVESTIGATOR.get() == ""  # nothing set, and nothing guessed from the login name

    quit_at_once = when_modal(InvestigatorDialog, press("Quit"))
    assert controllers(str(store_path), encrypted=True).start(PASSPHRASE) is False
    assert quit_at_once and settings.INVESTIGATOR.get() == ""

    def name(dialog: InvestigatorDialog) -> None:
        assert dialog.focusWidget() is dialog.name
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # empty: refused, said why
        assert dialog.isVisible() and "Enter your name" in dialog.error.text()
        qtbot.keyClicks(dialog.name, "A. Diallo")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    asked = when_modal(InvestigatorDialog, name)
    controller = controllers(str(store_path), encrypted=True)
    window = started(qtbot, controller)
    ctx = controller.ctx
    assert ctx is not None and asked and settings.INVESTIGATOR.get() == "A. Diallo" == ctx.user
    assert "working as A. Diallo" in window.statusBar().currentMessage()
    unlock = newest_entry(ctx)
    assert (unlock.action, unlock.actor) == ("unlock", "A. Diallo")

    go_to_incidents(window)
    when_modal(RecordDialog, lambda form: type_in(form, "Checkpoint shooting", qtbot))
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.new_record_action.trigger()
    created = newest_entry(ctx)
    assert (created.action, created.actor) == ("create", "A. Diallo")

    photo = tmp_path / "checkpoint.txt"
    photo.write_text("a statement")
    shown: list[str] = []

    def acquired_by(dialog: evidence_dialogs.IntakeDialog) -> None:
        shown.append(dialog.acquired_by.text())
        dialog.accept()

    when_modal(evidence_dialogs.IntakeDialog, acquired_by)
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.workspace.evidence_page.add_paths([photo])
    assert shown == ["A. Diallo"]
    assert window.workspace.case_id is not None
    [item] = [i for i in EvidenceService(ctx).items(window.workspace.case_id) if i.original_filename == photo.name]
    assert item.acquired_by == "A. Diallo"
    assert [e.actor for e in EvidenceService(ctx).custody(item.id)] == ["A. Diallo"]

    def rename(dialog: PreferencesDialog) -> None:
        dialog.investigator.selectAll()
        qtbot.keyClicks(dialog.investigator, "B. Keita")
        button(dialog, "Save").click()

    when_modal(PreferencesDialog, rename)
    window.preferences_action.trigger()
    assert ctx.user == "B. Keita" and "working as B. Keita" in window.statusBar().currentMessage()
    when_modal(RecordDialog, lambda form: type_in(form, "Second checkpoint", qtbot))
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.new_record_action.trigger()
    assert newest_entry(ctx).actor == "B. Keita"


def test_hrdoc_gui_passes_a_user_only_when_one_is_given(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """'hrdoc gui' hands the app no login name: without --user or HRDOC_USER, the app asks who is working."""
    from hrdoc.cli import main
    from hrdoc.cli.common import PASSPHRASE_ENV, USER_ENV
    from hrdoc.gui import launch

    given: list[object] = []
    monkeypatch.setattr(launch, "launch", lambda **kwargs: given.append(kwargs["user"]) or 0)
    for name in (USER_ENV, PASSPHRASE_ENV):
        monkeypatch.delenv(name, raising=False)
    db = str(tmp_path / "store.db")
    assert main(["gui", "--db", db]) == 0
    assert main(["gui", "--db", db, "--user", "field-laptop-3"]) == 0
    monkeypatch.setenv(USER_ENV, "A. Diallo")
    assert main(["gui", "--db", db]) == 0
    assert given == [None, "field-laptop-3", "A. Diallo"]


def test_a_user_given_on_the_command_line_acts_until_preferences_name_someone(controllers) -> None:
    settings.INVESTIGATOR.set("A. Diallo")
    controller = controllers(None, encrypted=True, user="field-laptop-3")
    assert controller.user == "field-laptop-3"
    controller.name_changed()
    assert controller.user == "A. Diallo"


# -- mnemonics -----------------------------------------------------------------------------------------------


def test_every_menu_and_button_of_the_main_window_has_a_mnemonic(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    bar = [mnemonic_of(a.text()) for a in window.menuBar().actions()]
    assert all(bar) and len(set(bar)) == len(bar)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]  # type: ignore[attr-defined]
        letters = [mnemonic_of(t) for t in texts]
        assert all(letters), (menu_action.text(), texts)
        assert len(set(letters)) == len(letters), (menu_action.text(), texts)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert "&Incidents && allegations" in [a.text() for a in view.actions()]  # type: ignore[attr-defined]
    for row in range(window.workspace.nav.count()):
        window.workspace.nav.setCurrentRow(row)
        buttons = [
            b
            for b in window.findChildren(QAbstractButton)
            if b.isVisible() and not isinstance(b, QToolButton) and b.text()  # tool buttons show menu actions
        ]
        for b in buttons:
            letter = mnemonic_of(b.text())
            assert letter and letter not in bar, (row, b.text())
        # the evidence page: tool buttons; the audit log: no button
        assert any(isinstance(b, QPushButton) for b in buttons) or window.workspace.page(row).icon_name in (
            "evidence",
            "audit",
        )
