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


def test_the_main_window_is_made_while_the_key_is_derived_and_given_the_store_once_it_is_open(
    qtbot, demo_ctx: StoreContext, store_path: Path, controllers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15, point 1: after Return the window's actions, menus and case list are built while the key is derived
    (once, whatever the attempts), before the store is opened; the store is given to that window once unlocked."""
    from hrdoc.gui import main_window
    from hrdoc.services import session

    demo_ctx.close()
    order: list[str] = []
    made: list[main_window.MainWindow] = []
    build = main_window.MainWindow.__init__
    unlock = session.unlock_store

    def building(window: main_window.MainWindow, ctx: StoreContext | None, *args: object, **kwargs: object) -> None:
        order.append("window without a store" if ctx is None else "window with its store")
        build(window, ctx, *args, **kwargs)  # type: ignore[arg-type]
        made.append(window)

    def unlocking(*args: object, **kwargs: object) -> StoreContext:
        order.append("store opened")
        return unlock(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(main_window.MainWindow, "__init__", building)
    monkeypatch.setattr(session, "unlock_store", unlocking)

    def drive() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible())
        dialog.passphrase.setText("not the passphrase")
        dialog.accept()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.accept()

    controller = controllers(str(store_path), encrypted=True, user="tester")
    QTimer.singleShot(0, drive)
    assert controller.start()
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    assert order == ["window without a store", "store opened", "store opened"]  # one window for both attempts
    assert made == [window] and window.isVisible()
    assert window.ctx is controller.ctx and window.undo_stack.ctx is controller.ctx
    assert str(store_path) in window.windowTitle()
    assert [window.model.index(row, 0).data() for row in range(window.model.rowCount())] == ["ML-2025-004"]


def test_the_app_bounds_sqlite_s_memory_before_it_opens_its_store(
    qtbot, demo_ctx: StoreContext, store_path: Path, controllers
) -> None:
    """All the app's connections together keep at most ``runtime.SQLITE_MEMORY_KIB`` of SQLite's memory (the
    process's soft heap limit), set before the store is opened (issue 15, point 3: memory with a large case open)."""
    import sqlcipher3.dbapi2 as sqlcipher

    from hrdoc.gui import runtime
    from hrdoc.storage.engine import bound_memory

    def limit() -> int:
        conn = sqlcipher.connect(":memory:")
        try:
            return int(conn.execute("PRAGMA soft_heap_limit").fetchone()[0])
        finally:
            conn.close()

    demo_ctx.close()
    bound_memory(0)
    controller = controllers(str(store_path), encrypted=True, user="tester")
    try:
        ctx = controller._open(PASSPHRASE)
        ctx.close()
        assert limit() == runtime.SQLITE_MEMORY_KIB * 1024
    finally:
        bound_memory(0)  # the process's: the other tests run without it


def test_a_thread_importing_beside_the_gui_thread_hands_the_interpreter_lock_over_quickly() -> None:
    """While the store's modules are imported as the passphrase is typed (and the workspace's once the window is
    painted), the GUI thread waits at most ``preload.SWITCH_S`` for the interpreter lock; as it was afterwards."""
    import sys
    import threading

    from hrdoc.gui import preload

    switching = sys.getswitchinterval()
    seen: list[float] = []
    with preload.handing_over():
        worker = threading.Thread(target=lambda: seen.append(sys.getswitchinterval()))
        worker.start()
        worker.join()
    assert seen == [pytest.approx(preload.SWITCH_S)]
    thread = preload.Preload()
    thread.start()
    thread.wait()
    assert sys.getswitchinterval() == switching
