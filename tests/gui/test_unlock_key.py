"""The app derives the store's key once per unlock attempt (in a thread, while it imports what the open store
needs), and a wrong passphrase is still the one-line error in the unlock dialog, retried there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from hrdoc.gui.unlock import UnlockDialog
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.storage.errors import WrongPassphrase
from hrdoc.storage.store_key import StoreKey
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.gui


def test_each_unlock_attempt_derives_the_key_once(
    qtbot, demo_ctx: StoreContext, store_path: Path, controllers, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_ctx.close()
    derivations: list[str] = []
    derive = StoreKey.derive.__func__  # type: ignore[attr-defined]

    def counting(cls: type[StoreKey], passphrase: str, salt: bytes) -> StoreKey:
        derivations.append(passphrase)
        key: StoreKey = derive(cls, passphrase, salt)
        return key

    monkeypatch.setattr(StoreKey, "derive", classmethod(counting))
    errors: list[str] = []

    def drive() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible())
        dialog.passphrase.setText("not the passphrase")
        dialog.accept()
        error = dialog.findChild(QLabel, "error")
        assert error is not None and error.isVisible()
        errors.append(error.text())
        dialog.passphrase.setText(PASSPHRASE)
        dialog.accept()

    controller = controllers(str(store_path), encrypted=True, user="tester")
    QTimer.singleShot(0, drive)
    ctx = controller._ask(None)
    assert ctx is not None
    try:
        assert errors == [str(WrongPassphrase())]
        assert derivations == ["not the passphrase", PASSPHRASE]  # once per attempt, whatever the pool opens
        assert CaseService(ctx).resolve("ML-2025-004").title == "Annefif convoy killings"
        with ctx.engine.connect() as first, ctx.engine.connect() as second:  # two more pooled connections
            first.exec_driver_sql("SELECT 1").one()
            second.exec_driver_sql("SELECT 1").one()
        assert len(derivations) == 2
    finally:
        ctx.close()
