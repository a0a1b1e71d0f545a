"""The first desktop window: case list model, filtering, unlock dialog, and the display check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox, QWidget

from hrdoc.gui.app import AppController, IdleWatcher
from hrdoc.gui.display import display_problem
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.models.case_table import CaseFilterProxy, CaseTableModel, Column, Role
from hrdoc.gui.unlock import UnlockDialog
from hrdoc.gui.workspace.matrix import MatrixPage
from hrdoc.gui.workspace.overview import OverviewPage
from hrdoc.gui.workspace.pages import AuditPage
from hrdoc.gui.workspace.witnesses import WitnessesPage
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.session import unlock_store
from hrdoc.storage.errors import WrongPassphrase
from tests.helpers import PASSPHRASE, make_case

pytestmark = pytest.mark.gui


def test_case_model_passes_qt_model_tester(qtmodeltester, demo_ctx: StoreContext, records) -> None:
    make_case(records, reference="ML-2025-010", title="Second case", status="closed")
    model = CaseTableModel()
    model.set_cases(CaseService(demo_ctx).summaries())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    row = [model.case_at(r).reference for r in range(2)].index("ML-2025-004")
    assert model.data(model.index(row, Column.TITLE)) == "Annefif convoy killings"
    assert model.data(model.index(row, Column.TITLE), Qt.ItemDataRole.ToolTipRole) == "Annefif convoy killings"
    assert model.data(model.index(row, Column.INCIDENTS)) == "2"  # as the interface writes numbers
    assert model.data(model.index(row, Column.INCIDENTS), Role.SORT) == 2  # sorted as a number


def test_proxy_filters_by_text_and_status(qtbot, demo_ctx: StoreContext, records) -> None:
    make_case(records, reference="SY-2024-001", title="Aleppo detentions", status="closed")
    model = CaseTableModel()
    model.set_cases(CaseService(demo_ctx).summaries())
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 2
    proxy.set_text("annefif")
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, Column.REFERENCE)) == "ML-2025-004"
    proxy.set_text("")
    proxy.set_status("closed")
    assert [proxy.data(proxy.index(r, 0), Role.STATUS) for r in range(proxy.rowCount())] == ["closed"]


def open_window(qtbot, ctx: StoreContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    return window


def test_main_window_opens_the_case_and_masks_witness_identity(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    assert window.proxy.rowCount() == 1
    assert window.workspace.heading.text() == "ML-2025-004 — Annefif convoy killings"
    overview = window.workspace.go_to(OverviewPage)
    assert "Annefif" in overview.text.toPlainText()
    witnesses = window.workspace.go_to(WitnessesPage)
    shown = [witnesses.model.data(witnesses.model.index(0, c)) for c in range(witnesses.model.columnCount())]
    assert "W-01" in shown and "[protected]" in shown
    assert not any("Fictional Demo Person" in str(cell) for cell in shown)
    assert "✓ record" in " ".join(shown)  # consent at a glance
    window.filter_edit.setText("no such case")
    assert window.proxy.rowCount() == 0


def test_corroboration_matrix_shows_relations_and_grades(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    matrix = window.workspace.go_to(MatrixPage)
    cells = matrix.cells()
    telegraph = next(h for (_row, h) in cells if h.startswith("Accusations of Civilian"))
    assert telegraph.endswith("(B3)")
    assert cells[("Attack on civilians", telegraph)] == "Supports B3"
    military = next(h for (_row, h) in cells if h.startswith("Malian military source"))
    assert cells[("Attack on civilians", military)] == "Contradicts F4"
    assert cells[("Attack on civilians", "Account of W-01")] == "Supports"


def test_reveal_is_deliberate_and_audited(qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, demo_ctx)
    witnesses = window.workspace.go_to(WitnessesPage)
    witnesses.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("court request 12", True))
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        witnesses.reveal_button.click()
    box = window.findChild(QMessageBox, "revealedIdentity")
    assert box is not None and "Fictional Demo Person" in box.text()
    # Each detail by its registry label, as the form shows it (it said "legal name", the field's name in the code).
    assert box.text().splitlines()[0].startswith("Legal name: Fictional Demo Person")
    assert [line.split(":")[0] for line in box.text().splitlines()] == ["Legal name", "Contact", "Residence"]
    audit_page = window.workspace.go_to(AuditPage)
    newest = audit_page.model.record(0)
    assert newest["action"] == "reveal" and newest["details"] == {"reason": "court request 12"}


def test_lock_clears_everything_and_unlock_restores_the_place(
    qtbot, demo_ctx: StoreContext, store_path: Path, monkeypatch: pytest.MonkeyPatch, controllers
) -> None:
    demo_ctx.close()
    controller = controllers(str(store_path), encrypted=True, user="tester")
    assert controller.start(PASSPHRASE)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.workspace.data is not None, timeout=10_000)
    window.workspace.nav.setCurrentRow(4)
    seen_while_locked: list[str] = []

    def ask(*_args, **_kwargs):
        # What is on screen while the unlock dialog is up: nothing of the case.
        seen_while_locked.append(window.workspace.heading.text())
        seen_while_locked.append(str(window.model.rowCount()))
        assert window.central.currentWidget() is window.locked_page
        assert controller.ctx is None  # the store (and its key) is closed
        return controller._open(PASSPHRASE)

    monkeypatch.setattr(UnlockDialog, "ask", ask)
    window.lock_action.trigger()
    assert seen_while_locked == ["", "0"]
    qtbot.waitUntil(lambda: window.workspace.data is not None, timeout=10_000)
    assert window.central.currentWidget() is window.splitter
    assert window.workspace.nav.currentRow() == 4
    assert window.workspace.heading.text().startswith("ML-2025-004")
    controller.shutdown()


def test_idle_time_locks(qtbot) -> None:
    locked: list[bool] = []
    watcher = IdleWatcher(lambda: locked.append(True))
    watcher.timer.setInterval(50)
    watcher.timer.start()
    qtbot.waitUntil(lambda: locked == [True], timeout=2000)


def test_a_shut_down_controller_no_longer_watches_the_applications_events(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[int] = []

    def counting(self: IdleWatcher, watched: QObject, event: QEvent) -> bool:
        seen.append(int(event.type().value))
        return False

    monkeypatch.setattr(IdleWatcher, "eventFilter", counting)
    controller = AppController(str(tmp_path / "unused.db"), encrypted=True, user="tester")
    probe = QWidget()
    qtbot.addWidget(probe)
    QApplication.sendEvent(probe, QEvent(QEvent.Type.User))
    assert int(QEvent.Type.User.value) in seen  # it watches the whole application ...
    controller.shutdown()
    seen.clear()
    QApplication.sendEvent(probe, QEvent(QEvent.Type.User))
    assert seen == []  # ... until it is shut down, so nothing calls into it once it is collected


def test_unlock_dialog_retries_after_wrong_passphrase(qtbot, demo_ctx: StoreContext, store_path: Path) -> None:
    demo_ctx.close()
    attempts: list[str] = []
    opened: list[StoreContext] = []

    def attempt(secret: str) -> StoreContext:
        attempts.append(secret)
        ctx = unlock_store(store_path, secret, user="tester")
        opened.append(ctx)
        return ctx

    def drive() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible())
        dialog.passphrase.setText("not the passphrase")
        dialog.accept()
        error = dialog.findChild(QLabel, "error")
        assert error is not None and error.isVisible()
        assert str(WrongPassphrase()) in error.text()
        assert dialog.isVisible()  # still open: the user can try again
        dialog.passphrase.setText(PASSPHRASE)
        dialog.accept()

    QTimer.singleShot(0, drive)
    result = UnlockDialog.ask(str(store_path), attempt, create=False)
    assert attempts == ["not the passphrase", PASSPHRASE]
    assert result is opened[0]
    assert CaseService(result).resolve("ML-2025-004").title == "Annefif convoy killings"
    result.close()


def test_create_dialog_requires_matching_passphrases(qtbot) -> None:
    dialog = UnlockDialog("/tmp/new.db", create=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("long enough passphrase")
    dialog.confirm.setText("something else entirely")
    assert dialog.problem() == "The two passphrases differ."
    dialog.passphrase.setText("short")
    assert "too short" in (dialog.problem() or "")
    assert "Too short" in dialog.hint.text()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "no display"),
        ({"QT_QPA_PLATFORM": "offscreen"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
    ],
)
def test_display_problem_explains_what_is_missing(env: dict[str, str], expected: str | None) -> None:
    problem = display_problem(env, platform="linux")
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem and "xvfb" in problem


def test_display_problem_names_missing_debian_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes.util

    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else "lib.so")
    problem = display_problem({"DISPLAY": ":0"}, platform="linux")
    assert problem is not None and "apt-get install libxcb-cursor0" in problem


def test_search_hit_jumps_to_the_record_in_its_case(qtbot, demo_ctx: StoreContext, monkeypatch) -> None:
    from hrdoc.gui.search_dialog import SearchDialog
    from hrdoc.services.search import SearchService

    window = open_window(qtbot, demo_ctx)
    hit = next(h for h in SearchService(demo_ctx).search("FAMa") if h.kind == "actor")
    monkeypatch.setattr(SearchDialog, "ask", lambda *a, **k: (str(hit.case_id), hit.kind, str(hit.record_id)))
    window.search_action.trigger()
    page = window.workspace.pages[window.workspace.nav.currentRow()]
    tables = [t for t in page.tables() if t.kind == "actor"]
    assert tables, "the actors page is shown"
    selected = tables[0].selected()
    assert selected is not None and selected["name"] == "Malian Armed Forces"


def test_first_run_creates_an_encrypted_store_through_the_dialog(qtbot, tmp_path: Path, controllers) -> None:
    path = tmp_path / "first-run.db"
    controller = controllers(str(path), encrypted=True, user="tester")

    def fill_in() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible())
        assert dialog.creating and "cannot be recovered" in " ".join(
            label.text() for label in dialog.findChildren(QLabel)
        )
        dialog.passphrase.setText("a long enough first passphrase")
        dialog.confirm.setText("a long enough first passphrase typo")
        dialog.accept()
        assert dialog.isVisible() and not path.exists()  # mismatch: nothing created, the user can retry
        dialog.confirm.setText("a long enough first passphrase")
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    assert controller.start()
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    assert path.exists() and not path.read_bytes().startswith(b"SQLite format 3")
    assert controller.window.model.rowCount() == 0
    controller.shutdown()
    reopened = unlock_store(path, "a long enough first passphrase")
    reopened.close()


def test_matrix_model_passes_qt_model_tester(qtmodeltester, demo_ctx: StoreContext, qtbot) -> None:
    window = open_window(qtbot, demo_ctx)
    matrix = window.workspace.go_to(MatrixPage)
    assert matrix.model.rowCount() == 2 and matrix.model.columnCount() == 5  # 4 sources, 1 account
    qtmodeltester.check(matrix.model, force_py=True)


def test_crash_handler_shows_where_but_not_what(qtbot, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from hrdoc.gui import crash

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    try:
        raise ValueError("Fictional Demo Person lives at Nowhere-ville")  # record content in a message
    except ValueError as err:
        crash.handle(type(err), err, err.__traceback__)
    assert shown and "What you saved before is safe" in shown[0].text()
    assert "builtins.ValueError" in shown[0].detailedText()
    assert "test_crash_handler_shows_where_but_not_what" in shown[0].detailedText()
    assert "Fictional Demo Person" not in shown[0].detailedText() + capsys.readouterr().err


def test_a_store_that_cannot_be_written_says_so_for_as_long_as_it_is_open(qtbot, demo_ctx: StoreContext) -> None:
    """Opened from a write-protected key, the window says so in its status bar (and keeps saying it), so that
    the investigator knows before typing that nothing can be saved here."""
    note = "read-only store: this unlock is not recorded in the audit log"
    demo_ctx.notes.append(note)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.refresh()  # the ordinary status message changes; the note stays
    label = window.findChild(QLabel, "storeNotes")
    assert label is not None and label.isVisible() and label.text() == note


def test_a_writable_store_shows_no_note(qtbot, demo_ctx: StoreContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    label = window.findChild(QLabel, "storeNotes")
    assert label is not None and not label.isVisible()
