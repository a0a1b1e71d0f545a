"""The first desktop window: case list model, filtering, unlock dialog, and the display check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from hrdoc.gui.case_table import CaseFilterProxy, CaseTableModel, Column, Role
from hrdoc.gui.display import display_problem
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.unlock import UnlockDialog
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
    assert model.data(model.index(row, Column.INCIDENTS)) == 2


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


def test_main_window_lists_cases_and_masks_witness_identity(qtbot, demo_ctx: StoreContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.proxy.rowCount() == 1
    text = window.detail.toPlainText()
    assert "Annefif convoy killings" in text and "W-01" in text
    assert "Fictional Demo Person" not in text  # protected: masked unless deliberately revealed
    assert "[protected]" in text
    window.filter_edit.setText("no such case")
    assert window.proxy.rowCount() == 0


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
