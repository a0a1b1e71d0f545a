"""The children of :mod:`benchmarks.scaling` that are not an ``hrdoc`` command: making a store, and opening the
desktop app on one. Each prints one line of JSON.

    .venv/bin/python -m benchmarks.scaling_child store 1000 [--out DIR] [--regenerate]
    .venv/bin/python -m benchmarks.scaling_child gui benchmarks/out/scaling-1000.db
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.scaling import DEFAULT_OUT, USER, case_sizes


def child_store(n: int, out: Path, regenerate: bool) -> int:
    """Make (or reuse) the store of ``n`` allegations; print where it is, its case and its rows, as JSON."""
    from sqlalchemy import func, select

    from benchmarks import generate as gen
    from benchmarks.run import ensure_store, open_store
    from hrdoc.storage import models as m

    sizes = gen.Sizes(**case_sizes(n))
    store = ensure_store(
        out,
        f"scaling-{n}",
        encrypted=True,
        sizes=sizes,
        seed=gen.DEFAULT_SEED,
        batch=gen.DEFAULT_BATCH,
        regenerate=regenerate,
    )
    ctx, _ = open_store(store)
    try:
        with ctx.read() as session:
            case = session.scalars(select(m.Case.reference)).one()
            rows = {
                str(model.__tablename__): int(session.scalar(select(func.count()).select_from(model)) or 0)
                for model in (m.Incident, m.Allegation, m.Witness, m.Account, m.Source, m.Link)
            }
    finally:
        ctx.close()
    made = {
        "path": str(store.path),
        "case": case,
        "rows": rows,
        "reused": store.reused,
        "passphrase": gen.BENCH_PASSPHRASE,
    }
    print(json.dumps(made | {"file_bytes": store.path.stat().st_size}))
    return 0


def child_gui(db: Path) -> int:
    """Open the desktop's main window offscreen on ``db``; print, as JSON, how long until the case it opens (the
    store's only one) is shown: loaded (the workspace's ``loaded`` signal) and painted (the first paint of its
    page after that)."""
    t0 = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from benchmarks.generate import BENCH_PASSPHRASE
    from hrdoc.gui.main_window import MainWindow
    from hrdoc.services.session import unlock_store

    imported = time.perf_counter()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    ctx = unlock_store(db, BENCH_PASSPHRASE, encrypted=True, user=USER, record_unlock=False)
    unlocked = time.perf_counter()
    painted: list[tuple[float, QWidget]] = []

    class Paints(QObject):
        """Notes every paint of a widget in the workspace (which page is the case's is known once loaded)."""

        workspace: QWidget | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and self.workspace is not None
                and isinstance(watched, QWidget)
                and self.workspace.isAncestorOf(watched)
            ):
                painted.append((time.perf_counter(), watched))
            return False

    def spin(done: Callable[[], bool], timeout_s: float) -> None:
        deadline = time.perf_counter() + timeout_s
        loop = QEventLoop()
        check = QTimer()
        check.timeout.connect(lambda: loop.quit() if done() or time.perf_counter() > deadline else None)
        check.start(2)
        if not done():
            loop.exec()
        check.stop()
        if not done():
            raise TimeoutError(f"the case was not shown within {timeout_s} s")

    def page_painted() -> float | None:
        page = window.workspace.stack.currentWidget()
        if page is None:
            return None
        return next((t for t, w in painted if t >= loaded[0] and (w is page or page.isAncestorOf(w))), None)

    paints = Paints()
    app.installEventFilter(paints)
    loaded: list[float] = []
    built = time.perf_counter()
    window = MainWindow(ctx)
    paints.workspace = window.workspace
    window.workspace.loaded.connect(lambda: loaded.append(time.perf_counter()))
    window.show()
    spin(lambda: bool(loaded), 1200)
    spin(lambda: page_painted() is not None, 60)
    shown = page_painted()
    assert shown is not None
    app.removeEventFilter(paints)
    window.close()
    ctx.close()
    print(
        json.dumps(
            {
                "import_s": round(imported - t0, 3),
                "unlock_s": round(unlocked - imported, 3),
                "window_to_loaded_s": round(loaded[0] - built, 3),
                "window_to_shown_s": round(shown - built, 3),
            }
        )
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="what", required=True)
    store = sub.add_parser("store", help="make (or reuse) the store of N allegations")
    store.add_argument("allegations", type=int)
    store.add_argument("--out", type=Path, default=DEFAULT_OUT)
    store.add_argument("--regenerate", action="store_true")
    gui = sub.add_parser("gui", help="open the main window on a store until its case is shown")
    gui.add_argument("db", type=Path)
    args = parser.parse_args(argv)
    if args.what == "store":
        return child_store(args.allegations, args.out.absolute(), args.regenerate)
    return child_gui(args.db)


if __name__ == "__main__":
    raise SystemExit(main())
