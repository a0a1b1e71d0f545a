"""The timeline on a case of 5,000 incidents (issue 17, point 4): the longest GUI-thread stall while the Chronology
page is first shown (its lanes read and laid out), zoomed from the whole case to hours, panned, a period chosen on
it (the chronology and the incidents' list narrowed to it) and cleared, measured as ``benchmarks/gui.py`` measures
its steps (a 5 ms timer on the GUI thread), beside the idle loop's longest gap and a baseline step of the same run:
going to the Incidents page, a table of the same 5,000 incidents.

Usage (from the repository root; the store is ``benchmarks/gui.py``'s "map" case, generated if missing)::

    .venv/bin/python -m benchmarks.gui_timeline
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks import generate as gen
from benchmarks.gui import CASES, STORE_NAMES
from benchmarks.gui_steps import Bench, PaintWatch, StallMonitor, bench_open, busy, isolate_settings, page_of, settle
from benchmarks.run import DEFAULT_OUT, ensure_store, log
from hrdoc.gui.workspace.chronology_page import ChronologyPage
from hrdoc.services.chronology import Period
from hrdoc.services.session import unlock_store

CASE = "map"
# benchmarks/gui.py's "map" case, the same store: 5,000 incidents dated at every precision
STORE = STORE_NAMES[CASE]
SIZES = CASES[CASE]


def repeated(act: Callable[[], None], times: int, every_ms: int = 60) -> Callable[[], None]:
    """``act`` ``times`` times, ``every_ms`` apart, as a held key repeats."""

    def start() -> None:
        for i in range(times):
            QTimer.singleShot(i * every_ms, act)

    return start


def after(ms: int) -> Callable[[float], float | None]:
    return lambda t0: time.perf_counter() if time.perf_counter() - t0 > ms / 1000 else None


def main() -> int:
    out = DEFAULT_OUT
    source = ensure_store(
        out, STORE, encrypted=True, sizes=SIZES, seed=gen.DEFAULT_SEED, batch=2000, regenerate=False
    ).path
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="hrdoc-bench-timeline-") as folder:
        store = Path(folder) / "case.db"
        shutil.copy(source, store)  # opened by the app as a user would: never the shared store
        isolate_settings(Path(folder))
        monitor, paint = StallMonitor(), PaintWatch()
        app.installEventFilter(paint)
        bench = Bench(CASE, monitor, paint, out, profile=False)
        settle(300)
        monitor.reset()
        settle(3000)
        idle, idle_median = monitor.longest(), statistics.median(monitor.gaps)
        ctx = unlock_store(store, gen.BENCH_PASSPHRASE, encrypted=True, user=gen.BENCH_USER, record_unlock=False)
        window = bench_open(bench, ctx, 0)
        settle(500)
        incidents_row, incidents_page = page_of(window, "Incidents")
        table = incidents_page.incidents.table
        baseline = bench.measure(
            "baseline: go to the Incidents page (5,000 incidents)",
            lambda: window.workspace.nav.setCurrentRow(incidents_row),
            done_at=lambda _t0: None if busy(table) else time.perf_counter(),
            paint_target=table,
        )
        row, page = page_of(window, "Chronology")
        assert isinstance(page, ChronologyPage)
        view = page.timeline
        bench.measure(
            "go to the Chronology page: its timeline read and laid out",
            lambda: window.workspace.nav.setCurrentRow(row),
            done_at=lambda _t0: None if page.busy() or busy(page.table_page.table) else time.perf_counter(),
            paint_target=view.viewport(),
        )
        log(f"{CASE}: {len(view.items)} incidents drawn on {view.lanes} lanes, {page.undated.count()} apart")
        view.setFocus()

        def key(name: Qt.Key) -> Callable[[], None]:
            return lambda: QTest.keyClick(view, name)

        bench.measure(
            "timeline: zoom in x40 (+), years to hours", repeated(key(Qt.Key.Key_Plus), 40), done_at=after(2600)
        )
        log(f"{CASE}: the axis counts {view.axis_unit()}s")
        bench.measure("timeline: pan x16 (arrow keys)", repeated(key(Qt.Key.Key_Right), 16), done_at=after(1100))
        bench.measure("timeline: everything (Home)", key(Qt.Key.Key_Home), paint_target=view.viewport())
        bench.measure(
            "timeline: scroll the lanes x16 (PageDown)", repeated(key(Qt.Key.Key_PageDown), 16), done_at=after(1100)
        )
        chronology = page.table_page.table
        first = dt.date.fromordinal(int(sum(view.shown()) / 2))
        bench.measure(
            "choose a period of two months: the chronology narrowed",
            lambda: page.period_picked.emit(Period(first, first + dt.timedelta(days=60))),
            done_at=lambda _t0: None if busy(chronology) else time.perf_counter(),
            paint_target=chronology,
        )
        bench.measure(
            "the incidents' list in that period",
            lambda: window.workspace.nav.setCurrentRow(incidents_row),
            done_at=lambda _t0: None if busy(table) else time.perf_counter(),
            paint_target=table,
        )
        bench.measure(
            "clear the period (Esc)",
            lambda: QTest.keyClick(table, Qt.Key.Key_Escape),
            done_at=lambda _t0: None if busy(table) else time.perf_counter(),
            paint_target=table,
        )
        worst = max(bench.steps[bench.steps.index(baseline) + 1 :], key=lambda s: s.stall_ms)
        log(
            f"{CASE}: idle loop's longest gap {idle:.1f} ms (median {idle_median:.1f}); baseline step's stall "
            f"{baseline.stall_ms:.0f} ms; worst timeline step: {worst.name}: {worst.stall_ms:.0f} ms "
            f"({worst.stall_ms / max(baseline.stall_ms, 1):.2f}x the baseline)"
        )
        for step in bench.steps:
            print(f"{step.stall_ms:7.0f} ms  (CPU {step.stall_cpu_ms:4.0f})  {step.name}")
        window.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
