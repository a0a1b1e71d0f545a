"""Starting the app imports only what its first window needs (issue 15, point 1): the unlock dialog is on screen
before anything heavy is imported; while the passphrase is typed, what unlocking needs is imported and nothing
else is done (the store is not even opened); the main window is painted with its case list, the unlock already
in the audit log, before the workspace, the reports, the transfers and the migrations are imported. No timing:
each start runs ``hrdoc gui`` in a fresh interpreter and lists ``sys.modules`` when the window is first painted.
The store file is opened, the unlock recorded and the case list read on a connection of the store's own
(storage.first_connection), so SQLAlchemy, the ORM and the models, with the services built on them, are imported
after that paint too."""

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

# As a person does: once the unlock dialog is painted, waits until the app has imported what unlocking needs
# (its preload thread is done), then notes the modules imported and the store's files, types the passphrase
# and presses Return; once the main window is painted, notes the modules imported, the case list's rows and the
# audit log's newest entry, and quits.
TYPED_DRIVER = """
import json, os, sys, threading
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

store = Path(sys.argv[1])
app = QApplication(["hrdoc"])
seen = {}

def files():
    found = {}
    for suffix in ("", "-wal", "-shm", ".lock"):
        path = store.with_name(store.name + suffix)
        found[suffix] = [path.stat().st_size, path.stat().st_mtime_ns] if path.exists() else None
    return found

class Person(QObject):
    dialog = main = False
    polls = 0
    preload_seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            name = type(watched).__name__
            if name == "UnlockDialog" and not self.dialog:
                self.dialog = True
                QTimer.singleShot(0, lambda: self.type_once_ready(watched))
            elif name == "MainWindow" and not self.main:
                self.main = True
                QTimer.singleShot(0, lambda: self.report(watched))
        return False
    def type_once_ready(self, dialog):
        running = any(t.name == "hrdoc-preload" for t in threading.enumerate())
        self.preload_seen = self.preload_seen or running
        self.polls += 1
        if running or (not self.preload_seen and self.polls < 500):  # started from the dialog's first paint
            QTimer.singleShot(10, lambda: self.type_once_ready(dialog))
            return
        from PySide6.QtTest import QTest
        seen["typing"] = {"modules": sorted(sys.modules), "files": files(), "preload_seen": self.preload_seen}
        field = dialog.findChild(QLineEdit, "passphrase")
        field.setText(os.environ["TEST_PASSPHRASE"])
        QTest.keyClick(field, Qt.Key.Key_Return)
    def report(self, window):
        modules = sorted(sys.modules)  # before the models are imported here, to read the audit log
        engine_made = window.ctx.engine_made
        from sqlalchemy import select
        from hrdoc.storage.models import AuditEntry
        with window.ctx.read() as session:
            newest = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        seen["main"] = {"modules": modules, "cases": window.model.rowCount(), "engine_made": engine_made,
                        "newest_entry": [newest.action, newest.actor]}
        seen["before"] = files_before
        print(json.dumps(seen))
        sys.stdout.flush()
        app.removeEventFilter(person)
        QCoreApplication.exit(0)

files_before = files()
person = Person(app)
app.installEventFilter(person)
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
# Still not imported when the main window is first painted: its case list and the unlock's audit entry need the
# store file's first connection only.
ORM = (
    "sqlalchemy",
    "hrdoc.storage.base",
    "hrdoc.storage.models",
    "hrdoc.services.audit",
    "hrdoc.services.cases",
    "hrdoc.services.records",
    "hrdoc.services.vocab",
)
NOT_BEFORE_THE_MAIN_WINDOW = (
    *ORM,
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


def start(store: Path, window: str, tmp_path: Path, driver: str = DRIVER, **env: str) -> dict[str, object]:
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
        [sys.executable, "-c", driver, str(store), window],
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
    # Nor what only unlocking and the main window need, imported while the passphrase is typed: the key's
    # derivation, the record registry (the app prints no stored text on the terminal).
    assert among(modules, ("hrdoc.storage.store_key", "hrdoc.domain.registry", "hrdoc.cli.render")) == []


def test_the_main_window_is_painted_before_the_rest_is_imported(demo_store: Path, tmp_path: Path) -> None:
    seen = start(demo_store, "MainWindow", tmp_path, HRDOC_PASSPHRASE=PASSPHRASE)
    modules = seen["modules"]
    assert isinstance(modules, list) and "hrdoc.gui.main_window" in modules
    assert seen["cases"] == 1  # painted with its case list
    assert among(modules, NOT_BEFORE_THE_MAIN_WINDOW) == []


def test_while_the_passphrase_is_typed_what_unlocking_needs_is_imported_and_nothing_opened(
    demo_store: Path, tmp_path: Path
) -> None:
    seen = start(demo_store, "", tmp_path, driver=TYPED_DRIVER, TEST_PASSPHRASE=PASSPHRASE)
    typing, main = seen["typing"], seen["main"]
    assert isinstance(typing, dict) and isinstance(main, dict)
    assert typing["preload_seen"], "no import began once the unlock dialog was painted"
    # Before the passphrase: the store's modules and the main window's are imported (not SQLAlchemy)...
    for module in (
        "hrdoc.storage.first_connection",
        "hrdoc.storage.store",
        "hrdoc.services.session",
        "hrdoc.services.case_summaries",
        "hrdoc.gui.main_window",
    ):
        assert module in typing["modules"]
    # ...but nothing else the first paint does not need, and the store is not touched: no connection made,
    # no -wal or lock file, nothing written.
    assert among(typing["modules"], NOT_BEFORE_THE_MAIN_WINDOW) == []
    assert typing["files"] == seen["before"]
    # The main window is painted with its case list, the unlock recorded in the audit log before that paint,
    # and still without the rest.
    assert main["cases"] == 1
    assert main["newest_entry"] == ["unlock", "tester"]
    assert main["engine_made"] is False  # opened, recorded and read on the store file's first connection
    assert among(main["modules"], NOT_BEFORE_THE_MAIN_WINDOW) == []


# Runs `python -m hrdoc gui` as the command line does (Qt not imported first), with the startup probe, which
# quits once the first window is painted; records every module in the order its import began, and the
# threads that derived a key.
SCRIPTED_DRIVER = """
import json, runpy, sys, threading

order = []

class Recorder:
    def find_spec(self, name, path=None, target=None):
        order.append(name)
        return None

derivations = []
started = threading.Thread.start
def start(thread):
    if thread.name == "hrdoc-key-derivation":
        derivations.append(len(order))
    started(thread)
threading.Thread.start = start
sys.meta_path.insert(0, Recorder())
sys.argv = ["hrdoc", "gui", "--db", sys.argv[1]]
try:
    runpy.run_module("hrdoc", run_name="__main__")
except SystemExit:
    pass
print(json.dumps({"order": order, "derivations": derivations}))
"""


def test_a_scripted_start_derives_the_key_and_imports_the_store_before_qt(demo_store: Path, tmp_path: Path) -> None:
    """With the passphrase given up front there is no dialog: the key's derivation starts before Qt is imported,
    and so do the services that open the store and read its case list (after Qt, PySide6's import hook would read
    each one's source file: hrdoc.gui.preload); SQLAlchemy, the ORM and the models come after the main window's
    paint."""
    home = tmp_path / "home"
    run_env = {k: v for k, v in os.environ.items() if not k.startswith("HRDOC_")}
    run_env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
        "HRDOC_USER": "tester",
        "HRDOC_PASSPHRASE": PASSPHRASE,
        "HRDOC_STARTUP_PROBE": "1",  # quits once the main window is painted
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPTED_DRIVER, str(demo_store)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=run_env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    painted = next(line for line in done.stdout.splitlines() if line.startswith("hrdoc-startup MainWindow"))
    heavy = painted.split()[-1].split(",")  # the heavy modules imported by then
    assert "hrdoc.storage.models" not in heavy and "sqlalchemy" not in heavy
    seen = json.loads(done.stdout.splitlines()[-1])
    order: list[str] = seen["order"]
    qt = order.index("PySide6")
    assert seen["derivations"] and len(seen["derivations"]) == 1  # once, for the one unlock
    assert seen["derivations"][0] < qt
    for module in ("hrdoc.storage.first_connection", "hrdoc.services.session", "hrdoc.services.case_summaries"):
        assert order.index(module) < qt, module
