"""Starting the desktop app: check the screen, unlock (or create) the store, show the main window."""

from __future__ import annotations

import sys

from hrdoc.gui.display import display_problem
from hrdoc.storage.engine import StoreLocation


def launch(*, db: str | None, encrypted: bool, user: str, passphrase: str | None = None) -> int:
    problem = display_problem()
    if problem:
        print(f"hrdoc: {problem}", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication, QMessageBox

    from hrdoc.gui.main_window import MainWindow
    from hrdoc.gui.unlock import UnlockDialog
    from hrdoc.services.context import StoreContext
    from hrdoc.services.session import new_store, unlock_store
    from hrdoc.storage.errors import StoreError

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("hrdoc")
    app.setOrganizationName("hrdoc")
    location = StoreLocation.parse(db)
    create = location.path is not None and not location.path.exists()

    def attempt(secret: str) -> StoreContext:
        if create:
            return new_store(db, secret, encrypted=encrypted, user=user)
        return unlock_store(db, secret, encrypted=encrypted, user=user)

    try:
        if passphrase is not None or not encrypted or location.url is not None:
            ctx: StoreContext | None = attempt(passphrase or "")
        else:
            ctx = UnlockDialog.ask(location.describe(), attempt, create=create)
    except StoreError as err:
        QMessageBox.critical(None, "hrdoc", str(err))
        return 1
    if ctx is None:
        return 0
    window = MainWindow(ctx)
    window.show()
    try:
        return int(app.exec())
    finally:
        ctx.close()
