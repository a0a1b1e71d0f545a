"""Nothing typed is lost if the app is killed mid-edit: the form comes back as a draft after unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from hrdoc.gui import app as app_module
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.drafts import DraftService
from hrdoc.services.records import RecordService
from hrdoc.services.session import unlock_store
from tests.gui.modal import press, when_modal
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.gui
TYPED = "Second convoy stopped near Anefis"  # QTest types ASCII only


def test_form_killed_mid_edit_is_offered_back_and_saved(
    qtbot, demo_ctx: StoreContext, store_path: Path, monkeypatch: pytest.MonkeyPatch, controllers
) -> None:
    case_id = CaseService(demo_ctx).resolve("ML-2025-004").id
    dialog = RecordDialog(demo_ctx, "incident", case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    title = dialog.widgets["title"]
    assert isinstance(title, QLineEdit)
    qtbot.keyClicks(title, TYPED)
    qtbot.waitUntil(lambda: bool(DraftService(demo_ctx).pending()), timeout=5000)
    # The process dies: no Save, no Cancel, the store is simply gone.
    dialog.hide()
    demo_ctx.close()

    monkeypatch.setattr(app_module, "ask_about_drafts", lambda parent, count: "restore")
    restored: list[str] = []

    def finish_the_form() -> None:
        form = next((w for w in QApplication.topLevelWidgets() if isinstance(w, RecordDialog) and w.isVisible()), None)
        if form is None:
            QTimer.singleShot(50, finish_the_form)
            return
        field = form.widgets["title"]
        assert isinstance(field, QLineEdit)
        restored.append(field.text())
        form.accept()

    QTimer.singleShot(0, finish_the_form)
    controller = controllers(str(store_path), encrypted=True, user="tester")
    assert controller.start(PASSPHRASE)
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: restored == [TYPED], timeout=10_000)
    controller.shutdown()

    ctx = unlock_store(store_path, PASSPHRASE, user="tester")
    try:
        titles = [i.title for i in RecordService(ctx).records("incident", case_id)]
        assert TYPED in titles
        assert DraftService(ctx).pending() == []
    finally:
        ctx.close()


def test_cancel_discards_the_draft(qtbot, demo_ctx: StoreContext) -> None:
    case_id = CaseService(demo_ctx).resolve("ML-2025-004").id
    dialog = RecordDialog(demo_ctx, "actor", case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.widgets["name"], "Unnamed militia")
    dialog.save_draft()
    assert DraftService(demo_ctx).pending()
    asked = when_modal(QMessageBox, press("Discard"), name="discardChanges")
    dialog.reject()
    assert asked and DraftService(demo_ctx).pending() == []
