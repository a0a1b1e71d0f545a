"""Starting the app imports only what its first window needs (issue 15, point 1): the unlock dialog is on screen
before anything heavy is imported, and the main window is painted with its case list before the workspace,
the reports, the transfers and the migrations are. No timing: each start runs ``hrdoc gui`` in a fresh
interpreter and lists ``sys.modules`` when the window is first painted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hrdoc.services.demo import build_demo_case
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# Runs `hrdoc gui` as the command does, and once a top-level window of the class named in argv[2] has been
# painted, prints the modules imported then (and the case list's rows, for the main window) and quits.
DRIVER = """
import json, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

wanted = sys.argv[2]
app = QApplication(["hrdoc"])

class Watch(QObject):
    done = False
    def eventFilter(self, watched, event):
        if (not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.isWindow() and type(watched).__name__ == wanted):
            self.done = True
            QTimer.singleShot(0, lambda: report(watched))
        return False

def report(window):
    model = getattr(window, "model", None)
    print(json.dumps({"modules": sorted(sys.modules), "cases": model.rowCount() if model is not None else None}))
    sys.stdout.flush()
    app.removeEventFilter(watch)
    QCoreApplication.exit(0)

watch = Watch(app)
app.installEventFilter(watch)
from hrdoc.cli import main
main(["gui", "--db", sys.argv[1]])
"""

# Imported where first used, never on the way to the unlock dialog (the families, with their parts).
HEAVY = (
    "reportlab",  # reports and their charts
    "alembic",  # migrations, with Mako and Pygments
    "mako",
    "pygments",
    "jsonschema",  # bundles
    "PIL",  # evidence metadata
    "sqlalchemy",  # the store, opened once the passphrase is known
    "hrdoc.storage.models",
    "hrdoc.storage.migrate",
    "hrdoc.services.reporting",
    "hrdoc.services.exchange",
    "hrdoc.services.evidence",  # capture, intake
    "hrdoc.gui.exchange",  # the transfer dialogs
    "hrdoc.gui.report_dialog",
    "hrdoc.gui.workspace",
    "hrdoc.gui.forms",
    "hrdoc.gui.main_window",
)
# Still not imported when the main window is first painted: its case list needs the store and its models only.
NOT_BEFORE_THE_MAIN_WINDOW = (
    "reportlab",
    "alembic",
    "mako",
    "pygments",
    "jsonschema",
    "PIL",
    "hrdoc.services.reporting",
    "hrdoc.services.exchange.bundle",
    "hrdoc.services.exchange.merge",
    "hrdoc.services.exchange.sync",
    "hrdoc.services.evidence",
    "hrdoc.gui.exchange",
    "hrdoc.gui.report_dialog",
    "hrdoc.gui.search_dialog",
    "hrdoc.gui.workspace",
    "hrdoc.gui.forms.dialog",
)


def among(modules: list[str], families: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules for f in families if m == f or m.startswith(f + "."))


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "demo.db"
    ctx = new_store(path, PASSPHRASE, user="tester")
    build_demo_case(ctx)
    ctx.close()
    return path


def start(store: Path, window: str, tmp_path: Path, **env: str) -> dict[str, object]:
    home = tmp_path / "home"  # the app's settings (QSettings) in a folder of this test's own
    run_env = {k: v for k, v in os.environ.items() if not k.startswith("HRDOC_")}
    run_env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
        "HRDOC_USER": "tester",  # who is working: the app does not ask first
        **env,
    }
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(store), window],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=run_env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the {window} was never painted: {done.stdout[-2000:]} {done.stderr[-2000:]}"
    result: dict[str, object] = json.loads(lines[-1])
    return result


def test_the_unlock_dialog_comes_before_anything_heavy(demo_store: Path, tmp_path: Path) -> None:
    seen = start(demo_store, "UnlockDialog", tmp_path)
    modules = seen["modules"]
    assert isinstance(modules, list) and "hrdoc.gui.unlock" in modules
    assert among(modules, HEAVY) == []


def test_the_main_window_is_painted_before_the_rest_is_imported(demo_store: Path, tmp_path: Path) -> None:
    seen = start(demo_store, "MainWindow", tmp_path, HRDOC_PASSPHRASE=PASSPHRASE)
    modules = seen["modules"]
    assert isinstance(modules, list) and "hrdoc.gui.main_window" in modules
    assert seen["cases"] == 1  # painted with its case list
    assert among(modules, NOT_BEFORE_THE_MAIN_WINDOW) == []
