"""A case bundle opened from a file manager (``hrdoc gui BUNDLE``, the desktop entry's ``%f``, or a file-open
event from the macOS Finder): once the main window is on screen, Import case… runs on that file, without its
file chooser, and asks before merging as always.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from hrdoc.gui.desktop_opens import DesktopOpens, offer_bundle
from hrdoc.gui.exchange import import_dialog
from hrdoc.gui.exchange import result as result_dialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange import bundles
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.gui


def test_a_bundle_given_at_start_is_offered_for_import_once_the_window_shows(
    qtbot, demo_ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = CaseService(demo_ctx).resolve("ML-2025-004")
    bundle = tmp_path / "convoy.hrdoc"
    bundles.export_case(demo_ctx, case.id, bundle, audience="partners")
    office = new_store(tmp_path / "office.db", PASSPHRASE, user="bakary")
    try:
        chooser: list[Any] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chooser.append(a) or ("", ""))
        asked: list[Any] = []
        monkeypatch.setattr(
            import_dialog.ImportConfirmDialog, "ask", classmethod(lambda _cls, info, **_k: asked.append(info) or True)
        )
        monkeypatch.setattr(result_dialog.TransferResultDialog, "ask", classmethod(lambda *_a, **_k: False))
        window = MainWindow(office)
        qtbot.addWidget(window)
        offer_bundle(window, bundle)
        with qtbot.waitSignal(window.transfers.finished, timeout=30_000):
            window.show()
        assert chooser == []  # the file was given: no chooser
        assert [info.case_reference for info in asked] == ["ML-2025-004"]  # confirmed first, as always
        assert [c.reference for c in CaseService(office).summaries()] == ["ML-2025-004"]
    finally:
        office.close()


def test_a_bundle_the_finder_opens_while_hrdoc_runs_is_offered_too(
    qtbot, qapp, demo_ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The macOS Finder sends a file-open event, not an argument: before the window shows it waits for it."""
    case = CaseService(demo_ctx).resolve("ML-2025-004")
    bundle = tmp_path / "convoy.hrdoc"
    bundles.export_case(demo_ctx, case.id, bundle, audience="partners")
    office = new_store(tmp_path / "office.db", PASSPHRASE, user="bakary")
    opens = DesktopOpens(qapp)
    try:
        asked: list[Any] = []
        monkeypatch.setattr(
            import_dialog.ImportConfirmDialog, "ask", classmethod(lambda _cls, info, **_k: asked.append(info) or True)
        )
        monkeypatch.setattr(result_dialog.TransferResultDialog, "ask", classmethod(lambda *_a, **_k: False))
        QApplication.sendEvent(qapp, QFileOpenEvent(str(bundle)))  # before any window: kept
        assert opens.pending == bundle and asked == []
        window = MainWindow(office)
        qtbot.addWidget(window)
        opens.attach(window)
        with qtbot.waitSignal(window.transfers.finished, timeout=30_000):
            window.show()
        assert [info.case_reference for info in asked] == ["ML-2025-004"] and opens.pending is None
    finally:
        qapp.removeEventFilter(opens)
        opens.deleteLater()
        office.close()
