"""Moving cases through the GUI: File → Export case / Import case / Sync with team store, and Case → Conflicts.

Real stores (encrypted files in a temporary folder) and real widgets; only the file choosers and the small
asking dialogs are replaced, through their ``ask`` classmethods, so the flows run without a person.
"""

from __future__ import annotations

import io
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from hrdoc.domain.progress import Progress
from hrdoc.gui.exchange import common, export_dialog, import_dialog, sync_dialog
from hrdoc.gui.exchange import result as result_dialog
from hrdoc.gui.exchange import transfers as transfer
from hrdoc.gui.exchange.conflict_views import ConflictListModel
from hrdoc.gui.exchange.conflicts import ConflictsDialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange import bundles
from hrdoc.services.exchange.bundle import is_encrypted_bundle
from hrdoc.services.exchange.conflicts import ConflictService
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage.engine import StoreLocation
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.gui

TIMEOUT = 30_000
BUNDLE_PASSPHRASE = "a bundle passphrase for the office"


# -- fixtures and helpers ------------------------------------------------------------------------------------


def open_window(qtbot: Any, ctx: StoreContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    if CaseService(ctx).summaries():
        qtbot.waitUntil(lambda: win.workspace.data is not None, timeout=TIMEOUT)
    return win


@pytest.fixture
def window(qtbot: Any, demo_ctx: StoreContext) -> MainWindow:
    return open_window(qtbot, demo_ctx)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[StoreContext]:
    """A second laptop's store, empty."""
    ctx = new_store(tmp_path / "office.db", PASSPHRASE, user="bakary")
    yield ctx
    ctx.close()


def case_id_of(window: MainWindow) -> uuid.UUID:
    case_id = window.current_case_id()
    assert case_id is not None
    return case_id


def records_of(ctx: StoreContext, case_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    return take_snapshot(ctx, case_id).records


class Recorder:
    """Stands in for a dialog's ``ask``: records how it was called, gives the prepared answers in turn."""

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)
        self.calls: list[dict[str, Any]] = []

    def __call__(self, _cls: Any, *args: Any, **kwargs: Any) -> Any:
        self.calls.append({"args": args, **kwargs})
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def replace_ask(monkeypatch: pytest.MonkeyPatch, dialog: type, *answers: Any) -> Recorder:
    recorder = Recorder(*answers)
    monkeypatch.setattr(dialog, "ask", classmethod(recorder))
    return recorder


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def choose(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return asked


def open_from(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def run_flow(qtbot: Any, window: MainWindow, start: Callable[[], None], flow: str) -> None:
    with qtbot.waitSignal(window.transfers.finished, timeout=TIMEOUT, check_params_cb=lambda name: name == flow):
        start()


def when_shown(dialog_type: type[QWidget], act: Callable[[Any], None]) -> None:
    """Run ``act`` on the dialog of ``dialog_type`` once it is shown (modal dialogs block the test)."""

    def attempt(tries: int = 0) -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, dialog_type) and w.isVisible()]
        if found:
            act(found[0])
        elif tries < 500:
            QTimer.singleShot(20, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)


def cancel_midway(
    qtbot: Any, window: MainWindow, action: Any, reached: threading.Event, pressed: threading.Event
) -> None:
    """Start ``action``; once the work reports ``reached`` (and waits for ``pressed``), press the progress
    dialog's Cancel button, then let the work go on and wait for the flow to finish."""
    with qtbot.waitSignal(window.transfers.finished, timeout=TIMEOUT):
        action.trigger()
        qtbot.waitUntil(reached.is_set, timeout=TIMEOUT)
        operation = window.transfers.operation
        assert operation is not None
        cancel = operation.dialog.findChild(QPushButton)
        assert cancel is not None and cancel.isEnabled()
        cancel.click()
        pressed.set()


def export_through_the_gui(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path, choice: export_dialog.ExportChoice
) -> Recorder:
    replace_ask(monkeypatch, export_dialog.ExportDialog, choice)
    save_to(monkeypatch, path)
    result = replace_ask(monkeypatch, result_dialog.TransferResultDialog, False)
    run_flow(qtbot, window, window.export_action.trigger, "export")
    return result


# -- the menus -------------------------------------------------------------------------------------------


def test_the_file_and_case_menus_offer_the_transfers_with_shortcuts_that_do_not_clash(window: MainWindow) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    file_items = [a.text().replace("&", "") for a in menus["File"].actions() if not a.isSeparator()]
    assert {"Export case…", "Import case…", "Sync with team store…"} <= set(file_items)
    assert "Conflicts…" in [a.text().replace("&", "") for a in menus["Case"].actions()]
    shortcuts: dict[str, str] = {}
    for action in window.findChildren(type(window.export_action)):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in shortcuts, f"{text} is both {shortcuts[text]!r} and {action.text()!r}"
            shortcuts[text] = action.text()
    assert window.export_action.shortcut().toString() == "Ctrl+Shift+S"
    assert all(a.isEnabled() for a in (window.export_action, window.import_action, window.sync_action))
    window.set_locked(True)
    assert not any(
        a.isEnabled() for a in (window.export_action, window.import_action, window.sync_action, window.conflicts_action)
    )


# -- export ----------------------------------------------------------------------------------------------


def test_the_export_dialog_encrypts_by_default_except_for_the_public(qtbot) -> None:
    dialog = export_dialog.ExportDialog("ML-2025-004 — Annefif convoy killings")
    qtbot.addWidget(dialog)
    assert dialog.audience() == "internal" and dialog.encrypt.isChecked()
    assert dialog.findChild(QWidget, "identitiesWarning") is not None
    dialog.set_audience("public")
    assert not dialog.encrypt.isChecked() and not dialog.passphrase.isEnabled()
    assert dialog.check() == "" and dialog.choice() == export_dialog.ExportChoice("public", None)
    dialog.set_audience("partners")
    assert dialog.encrypt.isChecked()
    dialog.passphrase.setText("short")
    assert "too short" in dialog.check()
    assert dialog.hint.text().startswith("Too short")
    dialog.passphrase.setText("four unrelated words here")
    dialog.confirm.setText("four unrelated words HERE")
    assert dialog.check() == "The two passphrases differ."
    dialog.confirm.setText("four unrelated words here")
    assert dialog.check() == ""
    assert dialog.choice() == export_dialog.ExportChoice("partners", "four unrelated words here")
    assert "four unrelated" not in repr(dialog.choice())  # never in a log line or a traceback
    dialog.set_audience("internal")
    dialog.encrypt.setChecked(False)
    assert "identities" in dialog.plain_warning.text() and not dialog.plain_warning.isHidden()


def test_export_encrypted_then_import_into_another_store_through_the_gui(
    qtbot, window: MainWindow, office: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = case_id_of(window)
    target = tmp_path / "convoy"  # the suffix is added
    result = export_through_the_gui(
        qtbot, window, monkeypatch, target, export_dialog.ExportChoice("internal", BUNDLE_PASSPHRASE)
    )
    bundle = tmp_path / "convoy.hrdoc"
    assert bundle.is_file() and is_encrypted_bundle(bundle)
    [shown] = result.calls
    headline = shown["args"][1]
    assert str(bundle) in headline and "ML-2025-004" in headline and "encrypted" in headline
    assert "NOT encrypted" not in headline
    assert "witnesses" in shown["warning"]  # an internal bundle holds identities
    assert common.BUNDLE_FOLDER.get() == str(tmp_path)

    second = open_window(qtbot, office)
    open_from(monkeypatch, bundle)
    passphrases = replace_ask(monkeypatch, export_dialog.BundlePassphraseDialog, BUNDLE_PASSPHRASE)
    confirm = replace_ask(monkeypatch, import_dialog.ImportConfirmDialog, True)
    imported = replace_ask(monkeypatch, result_dialog.TransferResultDialog, False)
    with qtbot.waitSignal(second.workspace.loaded, timeout=TIMEOUT):
        run_flow(qtbot, second, second.import_action.trigger, "import")
    assert len(passphrases.calls) == 1 and passphrases.calls[0]["error"] == ""
    [confirmed] = confirm.calls
    info: bundles.BundleInfo = confirmed["args"][0]
    assert info.case_reference == "ML-2025-004" and info.encrypted and confirmed["known_here"] is False
    assert records_of(office, case_id) == records_of(window.ctx, case_id)  # every record arrived
    assert second.current_case_id() == case_id and second.model.rowCount() == 1
    assert second.workspace.data is not None and second.workspace.data["case"]["reference"] == "ML-2025-004"
    [report] = imported.calls
    lines = report["args"][2]
    assert lines[0].startswith("Records added: ") and "× incident" in lines[0] and report["conflicts"] == 0
    assert "was added to this store" in report["args"][1]


def test_giving_up_at_the_export_dialog_asks_for_no_file_and_writes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replace_ask(monkeypatch, export_dialog.ExportDialog, None)
    out = tmp_path / "out"
    out.mkdir()
    asked = save_to(monkeypatch, out / "never.hrdoc")
    run_flow(qtbot, window, window.export_action.trigger, "export")
    assert asked == [] and list(out.iterdir()) == []


def test_the_import_confirmation_shows_what_the_bundle_says(qtbot, demo_ctx: StoreContext, tmp_path: Path) -> None:
    [case] = CaseService(demo_ctx).summaries()
    bundle = tmp_path / "partners.hrdoc"
    bundles.export_case(demo_ctx, case.id, bundle, audience="partners")
    info = bundles.inspect_bundle(bundle)
    dialog = import_dialog.ImportConfirmDialog(info, known_here=True)
    qtbot.addWidget(dialog)
    assert dialog.values["Case"] == "ML-2025-004 — " + case.title
    assert dialog.values["Exported by"] == "not named in this copy"  # an investigator's name stays internal
    assert dialog.values["Exported on"].endswith(" UTC")
    assert dialog.values["Audience"].startswith("Partners: ")
    assert dialog.values["Encrypted"] == "no"
    assert "incident: 2" in dialog.values["Records"] and "witness identities" not in dialog.values["Records"]
    texts = [label.text() for label in dialog.findChildren(type(dialog.problem))]
    assert any("already has this case" in text for text in texts)


def test_cancel_during_export_leaves_no_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = case_id_of(window)
    EvidenceService(window.ctx).intake(case_id, io.BytesIO(b"\xff\xd8\xff" + b"p" * 300_000), original_name="p.jpg")
    reached, pressed = threading.Event(), threading.Event()
    real_export = bundles.export_case

    def export_waiting_for_cancel(*args: Any, progress: Progress, **kwargs: Any) -> bundles.ExportSummary:
        def tell(done: int, total: int, text: str) -> None:
            if text.startswith("adding") and not reached.is_set():
                reached.set()  # the file is being written: now the user presses Cancel
                pressed.wait(TIMEOUT / 1000)
            progress(done, total, text)

        return real_export(*args, progress=tell, **kwargs)

    monkeypatch.setattr(bundles, "export_case", export_waiting_for_cancel)
    replace_ask(monkeypatch, export_dialog.ExportDialog, export_dialog.ExportChoice("internal", BUNDLE_PASSPHRASE))
    target = tmp_path / "out" / "convoy.hrdoc"
    target.parent.mkdir()
    save_to(monkeypatch, target)
    result = replace_ask(monkeypatch, result_dialog.TransferResultDialog, False)
    cancel_midway(qtbot, window, window.export_action, reached, pressed)
    assert not target.exists() and list(target.parent.iterdir()) == []  # no bundle, no partial file
    assert result.calls == []
    assert "cancelled" in window.statusBar().currentMessage()
    [item] = EvidenceService(window.ctx).items(case_id)
    assert [e.action for e in EvidenceService(window.ctx).custody(item.id)] == ["intake"]  # nothing left


# -- import: passphrases and damaged bundles ---------------------------------------------------------------


def test_cancel_while_the_bundle_is_checked_imports_nothing(
    qtbot, demo_ctx: StoreContext, office: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [case] = CaseService(demo_ctx).summaries()
    bundle = tmp_path / "convoy.hrdoc"
    bundles.export_case(demo_ctx, case.id, bundle)
    second = open_window(qtbot, office)
    reached, pressed = threading.Event(), threading.Event()
    real_inspect = bundles.inspect_bundle
    steps: list[tuple[str, int, int]] = []

    def inspect_waiting_for_cancel(*args: Any, progress: Progress, **kwargs: Any) -> bundles.BundleInfo:
        def tell(done: int, total: int, text: str) -> None:
            steps.append((text, done, total))
            if not reached.is_set():
                reached.set()  # the bundle is being checked: now the user presses Cancel
                pressed.wait(TIMEOUT / 1000)
            progress(done, total, text)

        return real_inspect(*args, progress=tell, **kwargs)

    monkeypatch.setattr(bundles, "inspect_bundle", inspect_waiting_for_cancel)
    open_from(monkeypatch, bundle)
    confirm = replace_ask(monkeypatch, import_dialog.ImportConfirmDialog, True)
    cancel_midway(qtbot, second, second.import_action, reached, pressed)
    assert confirm.calls == []  # never got as far as asking
    assert steps[0][0] == "checking the bundle" and steps[0][2] > 0  # a real amount of bytes to check
    assert "cancelled" in second.statusBar().currentMessage()
    assert CaseService(office).summaries() == []


def test_a_wrong_bundle_passphrase_is_asked_again_with_the_error(
    qtbot, window: MainWindow, office: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = case_id_of(window)
    bundle = tmp_path / "case.hrdoc"
    bundles.export_case(window.ctx, case_id, bundle, passphrase=BUNDLE_PASSPHRASE)
    second = open_window(qtbot, office)
    open_from(monkeypatch, bundle)
    passphrases = replace_ask(
        monkeypatch, export_dialog.BundlePassphraseDialog, "not the passphrase", BUNDLE_PASSPHRASE
    )
    confirm = replace_ask(monkeypatch, import_dialog.ImportConfirmDialog, True)
    replace_ask(monkeypatch, result_dialog.TransferResultDialog, False)
    run_flow(qtbot, second, second.import_action.trigger, "import")
    assert [call["error"] for call in passphrases.calls[:1]] == [""]
    assert len(passphrases.calls) == 2
    assert "wrong bundle passphrase" in passphrases.calls[1]["error"].lower()
    assert len(confirm.calls) == 1
    assert [c.reference for c in CaseService(office).summaries()] == ["ML-2025-004"]


def test_giving_up_on_the_passphrase_imports_nothing(
    qtbot, window: MainWindow, office: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "case.hrdoc"
    bundles.export_case(window.ctx, case_id_of(window), bundle, passphrase=BUNDLE_PASSPHRASE)
    second = open_window(qtbot, office)
    open_from(monkeypatch, bundle)
    passphrases = replace_ask(monkeypatch, export_dialog.BundlePassphraseDialog, "wrong", None)
    confirm = replace_ask(monkeypatch, import_dialog.ImportConfirmDialog, True)
    run_flow(qtbot, second, second.import_action.trigger, "import")
    assert len(passphrases.calls) == 2 and confirm.calls == []
    assert CaseService(office).summaries() == []


def test_a_damaged_bundle_shows_the_bundle_error_and_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = case_id_of(window)
    good = tmp_path / "good.hrdoc"
    bundles.export_case(window.ctx, case_id, good, audience="public")
    damaged = tmp_path / "damaged.hrdoc"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])  # cut short, as by a failed copy
    before = records_of(window.ctx, case_id)
    audit_before = len(take_snapshot(window.ctx, case_id).audit)
    shown = warnings(monkeypatch)
    open_from(monkeypatch, damaged)
    confirm = replace_ask(monkeypatch, import_dialog.ImportConfirmDialog, True)
    run_flow(qtbot, window, window.import_action.trigger, "import")
    [message] = shown
    try:
        bundles.inspect_bundle(damaged)
    except bundles.BundleError as err:
        expected = transfer.error_text(err)
    else:  # pragma: no cover
        pytest.fail("the damaged bundle was accepted")
    assert message.startswith("Import case: The bundle was not imported; nothing was changed.")
    assert expected in message
    assert confirm.calls == []
    assert records_of(window.ctx, case_id) == before
    assert len(take_snapshot(window.ctx, case_id).audit) == audit_before


# -- sync and conflicts ----------------------------------------------------------------------------------


def test_sync_with_a_team_store_file_then_resolve_the_conflict_in_the_conflicts_view(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = case_id_of(window)
    team_file = tmp_path / "team.db"
    new_store(team_file, PASSPHRASE, user="team").close()
    asked = replace_ask(monkeypatch, sync_dialog.SyncDialog, sync_dialog.SyncTarget(str(team_file), PASSPHRASE))
    results = replace_ask(monkeypatch, result_dialog.TransferResultDialog, False)
    run_flow(qtbot, window, window.sync_action.trigger, "sync")
    first_lines = results.calls[0]["args"][2]
    assert first_lines[:2] == [
        "From the team store, into this store:",
        "  nothing: the team store did not have this case yet",
    ]
    assert "From this store, into the team store:" in first_lines
    assert common.TEAM_STORE.get() == str(team_file)  # remembered; the passphrase is not
    stored = QSettings()
    stored.sync()
    assert PASSPHRASE not in Path(stored.fileName()).read_text(encoding="utf-8")

    # A colleague's laptop takes the case from the team store and changes an incident's title ...
    laptop_b = new_store(tmp_path / "b.db", PASSPHRASE, user="bakary")
    team = unlock_store(team_file, PASSPHRASE, user="bakary")
    try:
        sync_case(laptop_b, team, case_id)
        incident = RecordService(laptop_b).records("incident", case_id)[0]
        RecordService(laptop_b).update("incident", incident.id, title="Title from the second laptop")
        sync_case(laptop_b, team, case_id)
    finally:
        team.close()
        laptop_b.close()
    # ... while this laptop changes the same title.
    RecordService(window.ctx).update("incident", incident.id, title="Title from this laptop")

    with qtbot.waitSignal(window.workspace.loaded, timeout=TIMEOUT):
        run_flow(qtbot, window, window.sync_action.trigger, "sync")
    assert asked.calls[1]["location"] == str(team_file)  # offered again
    second = results.calls[1]
    assert second["conflicts"] == 1
    assert "  Conflicts (changed on both sides, both versions kept): 1" in second["args"][2]
    qtbot.waitUntil(lambda: window.workspace.conflicts_banner.isVisible(), timeout=TIMEOUT)
    assert "1 record(s)" in window.workspace.conflicts_banner.text()

    seen: dict[str, Any] = {}

    def decide(dialog: ConflictsDialog) -> None:
        assert len(dialog.conflicts()) == 1
        seen["state"] = dialog.state.text()
        seen["rows"] = dialog.comparison.rows()
        dialog.take_button.click()
        seen["left"] = dialog.conflicts()
        seen["status"] = dialog.status.text()
        dialog.reject()

    when_shown(ConflictsDialog, decide)
    with qtbot.waitSignal(window.workspace.loaded, timeout=TIMEOUT):
        window.workspace.conflicts_banner.click()
    title_row = next(row for row in seen["rows"] if row[0] == "title")
    assert title_row == ("title", "Title from this laptop", "Title from the second laptop", True)
    assert seen["rows"][0][0] == "title"  # what differs comes first
    assert not any(differs for name, _h, _t, differs in seen["rows"] if name != "title")
    assert "changed on this laptop and in the other version" in seen["state"]
    assert seen["left"] == [] and "Took the other version" in seen["status"]
    assert RecordService(window.ctx).get("incident", incident.id).title == "Title from the second laptop"
    assert ConflictService(window.ctx).open_conflicts(case_id) == []
    assert not window.workspace.conflicts_banner.isVisible()


def test_cancelling_a_sync_before_it_sends_leaves_the_team_store_without_the_case(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team_file = tmp_path / "team.db"
    new_store(team_file, PASSPHRASE, user="team").close()
    replace_ask(monkeypatch, sync_dialog.SyncDialog, sync_dialog.SyncTarget(str(team_file), PASSPHRASE))
    results = replace_ask(monkeypatch, result_dialog.TransferResultDialog, False)
    reached, pressed = threading.Event(), threading.Event()
    real_sync = transfer.sync_case

    def sync_waiting_for_cancel(*args: Any, progress: Progress, **kwargs: Any) -> Any:
        def tell(done: int, total: int, text: str) -> None:
            if text == "reading this copy" and not reached.is_set():
                reached.set()  # about to send this laptop's copy: now the user presses Cancel
                pressed.wait(TIMEOUT / 1000)
            progress(done, total, text)

        return real_sync(*args, progress=tell, **kwargs)

    monkeypatch.setattr(transfer, "sync_case", sync_waiting_for_cancel)
    cancel_midway(qtbot, window, window.sync_action, reached, pressed)
    assert results.calls == []
    assert "Sync cancelled" in window.statusBar().currentMessage()
    team = unlock_store(team_file, PASSPHRASE, user="team")
    try:
        assert CaseService(team).summaries() == []  # nothing was sent
    finally:
        team.close()


def test_a_wrong_team_store_passphrase_is_asked_again(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team_file = tmp_path / "team.db"
    new_store(team_file, PASSPHRASE, user="team").close()
    asked = replace_ask(
        monkeypatch, sync_dialog.SyncDialog, sync_dialog.SyncTarget(str(team_file), "not the team passphrase"), None
    )
    results = replace_ask(monkeypatch, result_dialog.TransferResultDialog, False)
    run_flow(qtbot, window, window.sync_action.trigger, "sync")
    assert len(asked.calls) == 2
    assert asked.calls[1]["location"] == str(team_file)
    assert "Wrong passphrase" in asked.calls[1]["error"]
    assert results.calls == []
    assert common.TEAM_STORE.get() == ""  # nothing remembered from a sync that did not happen


def test_the_sync_dialog_refuses_this_laptops_own_store_and_missing_files(qtbot, tmp_path: Path) -> None:
    own = StoreLocation.parse(tmp_path / "mine.db")
    dialog = sync_dialog.SyncDialog("ML-2025-004 — Annefif convoy killings", own)
    qtbot.addWidget(dialog)
    assert "Give the team store" in dialog.check()
    dialog.location.setText(str(tmp_path / "mine.db"))
    assert "this laptop's own store" in dialog.check()
    dialog.location.setText(str(tmp_path / "nowhere.db"))
    assert "There is no store file" in dialog.check()
    dialog.location.setText("postgresql://amina:secret@team.example/hrdoc")
    assert dialog.check() == "" and dialog.passphrase_label.text() == "Your password:"  # optional for a server
    assert dialog.target() == sync_dialog.SyncTarget("postgresql://amina:secret@team.example/hrdoc", None)
    dialog.passphrase.setText("database password")
    assert dialog.target().passphrase == "database password"
    assert common.without_password(dialog.target().location) == "postgresql://amina@team.example/hrdoc"
    assert common.without_password("postgresql://team.example/hrdoc?password=x&sslmode=require") == (
        "postgresql://team.example/hrdoc?sslmode=require"
    )
    dialog.location.setText("mysql://team.example/hrdoc")
    assert "Unsupported store URL scheme" in dialog.check()


def test_the_conflicts_view_says_when_a_record_was_deleted_on_one_side(
    qtbot, demo_ctx: StoreContext, tmp_path: Path
) -> None:
    [case] = CaseService(demo_ctx).summaries()
    team_file = tmp_path / "team.db"
    team = new_store(team_file, PASSPHRASE, user="team")
    laptop_b = new_store(tmp_path / "b.db", PASSPHRASE, user="bakary")
    try:
        sync_case(demo_ctx, team, case.id)
        sync_case(laptop_b, team, case.id)
        witness = RecordService(demo_ctx).records("witness", case.id)[0]
        RecordService(laptop_b).update("witness", witness.id, risk_level="extreme")
        sync_case(laptop_b, team, case.id)
        RecordService(demo_ctx).delete("witness", witness.id)
        report = sync_case(demo_ctx, team, case.id)
    finally:
        team.close()
        laptop_b.close()
    assert report.conflicts_here == 1
    dialog = ConflictsDialog(demo_ctx, case.id, case_label=case.reference)
    qtbot.addWidget(dialog)
    assert len(dialog.conflicts()) == 1
    assert dialog.model.data(dialog.model.index(0, 2)) == "deleted here, changed there"
    assert "deleted on this laptop" in dialog.state.text() and "brings it back" in dialog.state.text()
    rows = {name: (here, there) for name, here, there, _d in dialog.comparison.rows()}
    assert rows["pseudonym"] == ("(deleted)", witness.pseudonym)
    assert rows["risk_level"][1] == "Extreme"  # in words, as the forms show it
    assert dialog.resolve_selected("incoming")
    assert RecordService(demo_ctx).get("witness", witness.id).risk_level == "extreme"  # brought back
    assert dialog.conflicts() == [] and not dialog.keep_button.isEnabled()
    assert "No open conflicts" in dialog.state.text()


def test_the_conflict_list_model_passes_qt_model_tester(qtmodeltester, demo_ctx: StoreContext, tmp_path: Path) -> None:
    [case] = CaseService(demo_ctx).summaries()
    other = new_store(tmp_path / "b.db", PASSPHRASE, user="bakary")
    try:
        sync_case(other, demo_ctx, case.id)  # other takes the case from demo_ctx (used as its "team store")
        incident = RecordService(demo_ctx).records("incident", case.id)[0]
        RecordService(demo_ctx).update("incident", incident.id, title="here")
        RecordService(other).update("incident", incident.id, title="there")
        sync_case(demo_ctx, other, case.id)
    finally:
        other.close()
    model = ConflictListModel()
    model.set_conflicts(ConflictService(demo_ctx).open_conflicts(case.id))
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Incident"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole) == "here"
    qtmodeltester.check(model, force_py=True)
