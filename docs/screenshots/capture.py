"""Capture the main screens at 1366×768 (a common field laptop) for docs/screenshots.

Run with a display or offscreen:  QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/capture.py
It builds a throwaway demo store in a temporary folder; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
SIZE = (1366, 768)


def settle(app: QApplication, ms: int = 400) -> None:
    QTimer.singleShot(ms, app.quit)
    app.exec()


def shoot(widget: QWidget, name: str) -> None:
    path = HERE / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="hrdoc-shots-"))
    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    QCoreApplication.setOrganizationName("hrdoc-screenshots")

    from hrdoc.gui.forms import RecordDialog
    from hrdoc.gui.main_window import MainWindow
    from hrdoc.gui.search_dialog import SearchDialog
    from hrdoc.services.demo import DEMO_PASSPHRASE, build_demo_case
    from hrdoc.services.session import new_store

    ctx = new_store(tmp / "demo.db", DEMO_PASSPHRASE, user="demo investigator")
    case_id = build_demo_case(ctx)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    settle(app, 800)
    names = [
        "overview",
        "incidents",
        "places",
        "actors",
        "victims",
        "responsibility",
        "witnesses",
        "sources",
        "matrix",
        "chronology",
        "audit",
    ]
    for row, name in enumerate(names[: len(window.workspace.pages)]):
        window.workspace.nav.setCurrentRow(row)
        settle(app)
        shoot(window, f"main-{row + 1:02d}-{name}")
    incident = RecordDialog(ctx, "incident", case_id, parent=window)
    incident.show()
    settle(app)
    shoot(incident, "form-incident")
    search = SearchDialog(ctx, window)
    search.show()
    search.query.setText("anefis")
    settle(app, 1200)
    shoot(search, "search")
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
