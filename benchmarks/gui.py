"""Desktop responsiveness: time to first paint of a large case, and the longest GUI-thread stall.

Goal (issue: opening a case with 5,000 incidents and searching the benchmark store never freezes the window):
no GUI-thread stall over ~100 ms. A stall is measured with a 5 ms repeating timer on the GUI thread: the
largest gap between two of its ticks is the longest time the event loop could not run (no paint, no input).

Steps, each compared with baselines taken in the same run:

* the stall monitor on an idle event loop (its own jitter);
* opening a generated store holding one large case in :class:`hrdoc.gui.main_window.MainWindow`: time from
  selecting the case to the workspace's ``loaded`` signal and to the first paint after it, and the longest
  stall meanwhile; the same re-selecting the case a few times (warm);
* switching to each workspace page (``CaseWorkspace.nav.setCurrentRow``; pages are filled lazily): time to
  the page's first paint and the longest stall;
* typing queries into :class:`hrdoc.gui.search_dialog.SearchDialog` on the full benchmark store (one
  character every ~120 ms) until the results are on screen, against the same ``SearchService`` call timed
  off the GUI thread (and the stall it causes there).

Usage (from the repository root; needs benchmarks/out/encrypted.db from ``benchmarks.run`` for the search)::

    .venv/bin/python -m benchmarks.gui                       # ~2 minutes with existing stores
    .venv/bin/python -m benchmarks.gui --profile             # also cProfile every step that stalls > 100 ms

Results are printed and written to ``benchmarks/out/gui-results.json``; with ``--profile``, the GUI thread's
profile of each slow step goes to ``benchmarks/out/gui-profile-<step>.txt``.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import os
import pstats
import re
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QModelIndex, QObject, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks import generate as gen
from benchmarks.run import DEFAULT_OUT, ensure_store, log, machine_info, table
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.search_dialog import LIMIT, SearchDialog
from hrdoc.services.context import StoreContext
from hrdoc.services.search import SearchService
from hrdoc.services.session import unlock_store

GOAL_STALL_MS = 100.0
TICK_MS = 5
TYPING_INTERVAL_MS = 120
SETTLE_MS = 300
WORDS = ("anefis", "civilians", "Wagner")
CASE_SIZES = gen.Sizes(
    cases=1, locations=20, actors=12, incidents=5_000, allegations=12_500, witnesses=500, accounts=1_000, sources=2_000
)


class StallMonitor(QObject):
    """A 5 ms timer on the GUI thread; the largest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.gaps: list[float] = []
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.gaps = []

    def longest(self) -> float:
        return max(self.gaps, default=0.0)

    def over(self, limit: float) -> int:
        return sum(1 for g in self.gaps if g > limit)


class PaintWatch(QObject):
    """Notes when a widget (or any of its descendants) is painted after :meth:`arm`."""

    def __init__(self) -> None:
        super().__init__()
        self.target: QWidget | None = None
        self.any = False  # note paints of every widget
        self.paints: list[float] = []

    def arm(self, target: QWidget | None, *, any_widget: bool = False) -> None:
        self.target = target
        self.any = any_widget
        self.paints = []

    def first_after(self, t: float) -> float | None:
        return next((p for p in self.paints if p >= t), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (
                self.any or (self.target is not None and (watched is self.target or self.target.isAncestorOf(watched)))
            )
        ):
            self.paints.append(time.perf_counter())
        return False


def spin(predicate: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``predicate()`` holds (checked every 2 ms) or the timeout passes."""
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(2)
    check.timeout.connect(lambda: loop.quit() if predicate() or time.perf_counter() > deadline else None)
    check.start()
    if not predicate():
        loop.exec()
    check.stop()
    return predicate()


def settle(ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    spin(lambda: time.perf_counter() >= end, ms / 1000 + 1)


@dataclasses.dataclass(slots=True)
class Step:
    """One measured user action: the action runs as an event-loop callback, as a click would."""

    name: str
    stall_ms: float = 0.0
    ticks_over_goal: int = 0
    to_signal_ms: float | None = None  # to the step's completion signal (loaded, searched)
    to_paint_ms: float | None = None  # to the first paint of the widget after that
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        for key in ("stall_ms", "to_signal_ms", "to_paint_ms"):
            if out[key] is not None:
                out[key] = round(out[key], 1)
        return out


class Bench:
    def __init__(self, monitor: StallMonitor, paint: PaintWatch, out: Path, profile: bool) -> None:
        self.monitor = monitor
        self.paint = paint
        self.out = out
        self.profile = profile
        self.steps: list[Step] = []

    def measure(
        self,
        name: str,
        action: Callable[[], None],
        *,
        done_at: Callable[[], float | None] | None = None,
        paint_target: QWidget | Callable[[], QWidget] | None = None,
        timeout_s: float = 120.0,
    ) -> Step:
        """Run ``action`` from the event loop, wait until ``done_at()`` gives a time, then for a paint after it."""
        step = Step(name)
        settle(50)
        profiler = cProfile.Profile() if self.profile else None
        started: list[float] = []

        def run() -> None:
            if profiler is not None:
                profiler.enable()
            started.append(time.perf_counter())
            action()

        def finished() -> float | None:
            if not started:
                return None
            return started[0] if done_at is None else done_at()

        # a widget made by the action itself cannot be named before: note every widget's paints then
        self.paint.arm(
            *((paint_target,) if isinstance(paint_target, QWidget) else (None,)),
            any_widget=callable(paint_target) and not isinstance(paint_target, QWidget),
        )
        self.monitor.reset()
        QTimer.singleShot(0, run)
        if not spin(lambda: finished() is not None, timeout_s):
            raise TimeoutError(f"{name}: not done after {timeout_s} s")
        t0, t_done = started[0], finished()
        assert t_done is not None
        step.to_signal_ms = (t_done - t0) * 1000
        if done_at is None:
            step.to_signal_ms = None
        if paint_target is not None:
            spin(lambda: self.paint.first_after(t_done) is not None, 10)
            painted = self.paint.first_after(t_done)
            if painted is not None:
                step.to_paint_ms = (painted - t0) * 1000
        settle(SETTLE_MS)
        self.paint.arm(None)
        if profiler is not None:
            profiler.disable()
        step.stall_ms = self.monitor.longest()
        step.ticks_over_goal = self.monitor.over(GOAL_STALL_MS)
        if profiler is not None and step.stall_ms > GOAL_STALL_MS:
            self.write_profile(name, profiler)
        self.steps.append(step)
        log(f"{name}: stall {step.stall_ms:.0f} ms, done {fmt_ms(step.to_signal_ms)}, paint {fmt_ms(step.to_paint_ms)}")
        return step

    def write_profile(self, name: str, profiler: cProfile.Profile) -> None:
        buffer = io.StringIO()
        stats = pstats.Stats(profiler, stream=buffer)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(20)
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        (self.out / f"gui-profile-{slug}.txt").write_text(buffer.getvalue(), encoding="utf-8")


def fmt_ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def isolate_settings(folder: Path) -> None:
    """Keep QSettings (window geometry, preferences) out of the user's own settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / scope.name))
    QCoreApplication.setOrganizationName("hrdoc-bench")
    QCoreApplication.setApplicationName("hrdoc-bench")


def idle_baseline(bench: Bench, seconds: float) -> Step:
    step = Step("idle event loop (baseline)")
    bench.monitor.reset()
    settle(int(seconds * 1000))
    step.stall_ms = bench.monitor.longest()
    step.extra = {"median_gap_ms": round(statistics.median(bench.monitor.gaps), 2), "ticks": len(bench.monitor.gaps)}
    bench.steps.append(step)
    return step


def bench_case(bench: Bench, ctx: StoreContext, reopens: int) -> dict[str, Any]:
    """MainWindow on the large case: first open, re-opens, then every workspace page."""
    results: dict[str, Any] = {}
    holder: dict[str, MainWindow] = {}
    loaded: list[float] = []

    def build() -> None:
        window = MainWindow(ctx)
        window.workspace.loaded.connect(lambda: loaded.append(time.perf_counter()))
        window.show()
        holder["window"] = window

    # The window selects the first (only) case while it is built, so the first open includes building it.
    bench.measure(
        "build the window + first open of the case",
        build,
        done_at=lambda: loaded[0] if loaded else None,
        paint_target=lambda: holder["window"].workspace.stack.currentWidget(),
    )
    window = holder["window"]
    workspace = window.workspace

    for i in range(reopens):
        window.table.setCurrentIndex(QModelIndex())  # deselect: the workspace is cleared
        settle(200)
        loaded.clear()
        bench.measure(
            f"re-select the case ({i + 1})",
            lambda: window.table.selectRow(0),
            done_at=lambda: loaded[0] if loaded else None,
            paint_target=workspace.stack.currentWidget(),
        )

    for row in [*range(1, workspace.nav.count()), 0]:
        title = workspace.nav.item(row).text()
        page = workspace.pages[row]
        bench.measure(
            f"page: {title}",
            lambda row=row: workspace.nav.setCurrentRow(row),  # type: ignore[misc]
            paint_target=page,
        )
    results["counts"] = {k: len(v) for k, v in (workspace.data or {}).items() if isinstance(v, list)}
    window.close()
    window.deleteLater()
    return results


def bench_search(bench: Bench, ctx: StoreContext) -> dict[str, Any]:
    """Type into SearchDialog; compare with the same SearchService call off the GUI thread."""
    service = SearchService(ctx)
    off_thread: dict[str, dict[str, float]] = {}
    result: list[float] = []
    for word in WORDS:
        service.search(word, limit=LIMIT)  # warm, as the dialog's will be after the first keystrokes
        times: list[float] = []

        def call(word: str = word) -> None:
            t0 = time.perf_counter()
            service.search(word, limit=LIMIT)
            result.append((time.perf_counter() - t0) * 1000)

        stalls: list[float] = []
        for _ in range(3):
            result.clear()
            thread = threading.Thread(target=call)
            bench.monitor.reset()
            thread.start()
            spin(lambda thread=thread: not thread.is_alive(), 60)  # type: ignore[misc]
            thread.join()
            times.append(result[0])
            stalls.append(bench.monitor.longest())
        off_thread[word] = {
            "service_ms": round(statistics.median(times), 1),
            "stall_while_running_ms": round(max(stalls), 1),
        }
        log(f"SearchService.search({word!r}) off the GUI thread: {off_thread[word]}")

    dialog = SearchDialog(ctx)
    dialog.show()
    settle(200)
    searched: list[float] = []
    dialog.searched.connect(lambda: searched.append(time.perf_counter()))
    typing: dict[str, Step] = {}
    last_key: list[float] = []
    for word in WORDS:
        dialog.query.clear()
        settle(400)
        searched.clear()
        last_key.clear()

        def type_word(word: str = word) -> None:
            for i, ch in enumerate(word):
                QTimer.singleShot(i * TYPING_INTERVAL_MS, lambda ch=ch: QTest.keyClick(dialog.query, ch))
            QTimer.singleShot((len(word) - 1) * TYPING_INTERVAL_MS + 1, lambda: last_key.append(time.perf_counter()))

        step = bench.measure(
            f"type {word!r} in SearchDialog",
            type_word,
            done_at=lambda word=word: searched[-1] if last_key and searched and dialog.query.text() == word else None,  # type: ignore[misc]
            paint_target=dialog.tree.viewport(),
        )
        step.extra = {
            "results_after_last_key_ms": round((searched[-1] - last_key[0]) * 1000, 1),
            "hits_shown": dialog.model.hit_count(),
            "searches_run": len(searched),
        }
        typing[word] = step
    dialog.close()
    dialog.deleteLater()
    return {"off_thread": off_thread, "typing": {w: s.as_json() for w, s in typing.items()}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure hrdoc's desktop responsiveness (docs/benchmarks.md).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--search-store", type=Path, default=DEFAULT_OUT / "encrypted.db", help="the full store to search"
    )
    parser.add_argument("--regenerate", action="store_true", help="generate the large-case store even if it matches")
    parser.add_argument("--reopens", type=int, default=3, help="times the case is re-selected")
    parser.add_argument("--profile", action="store_true", help="cProfile the GUI thread; write slow steps' profiles")
    for f in dataclasses.fields(gen.Sizes):
        parser.add_argument(f"--{f.name}", type=int, default=getattr(CASE_SIZES, f.name))
    parser.add_argument("--seed", type=int, default=gen.DEFAULT_SEED)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is created
    out: Path = args.out.absolute()
    out.mkdir(parents=True, exist_ok=True)
    sizes = gen.Sizes(**{f.name: getattr(args, f.name) for f in dataclasses.fields(gen.Sizes)})

    case_store = ensure_store(
        out,
        "gui-case",
        encrypted=True,
        sizes=sizes,
        seed=args.seed,
        batch=gen.DEFAULT_BATCH,
        regenerate=args.regenerate,
    )
    search_side = gen.read_sidecar(args.search_store)
    if search_side is None:
        parser.error(f"{args.search_store} is not a generated store: run benchmarks.run first")

    with tempfile.TemporaryDirectory(prefix="hrdoc-bench-settings-") as settings_dir:
        isolate_settings(Path(settings_dir))
        app = QApplication.instance() or QApplication([sys.argv[0]])
        monitor = StallMonitor()
        paint = PaintWatch()
        app.installEventFilter(paint)
        bench = Bench(monitor, paint, out, args.profile)
        settle(300)
        idle = idle_baseline(bench, 3.0)
        log(f"idle: longest gap {idle.stall_ms:.1f} ms")

        ctx_case = unlock_store(
            case_store.path, gen.BENCH_PASSPHRASE, encrypted=True, user=gen.BENCH_USER, record_unlock=False
        )
        try:
            case_results = bench_case(bench, ctx_case, args.reopens)
        finally:
            ctx_case.close()
        settle(300)
        ctx_full = unlock_store(
            args.search_store,
            gen.BENCH_PASSPHRASE,
            encrypted=search_side["parameters"]["encrypted"],
            user=gen.BENCH_USER,
            record_unlock=False,
        )
        try:
            search_results = bench_search(bench, ctx_full)
        finally:
            ctx_full.close()
        app.removeEventFilter(paint)

    worst = max((s for s in bench.steps if s is not idle), key=lambda s: s.stall_ms)
    results = {
        "machine": machine_info(),
        "platform": os.environ.get("QT_QPA_PLATFORM"),
        "case_store": {"path": str(case_store.path), "sizes": sizes.as_dict(), "reused": case_store.reused},
        "search_store": str(args.search_store),
        "profiled": args.profile,
        "goal_stall_ms": GOAL_STALL_MS,
        "idle": idle.as_json(),
        "steps": [s.as_json() for s in bench.steps],
        "case_counts": case_results["counts"],
        "search": search_results,
        "worst": {"step": worst.name, "stall_ms": round(worst.stall_ms, 1), "met": worst.stall_ms <= GOAL_STALL_MS},
    }
    path = out / ("gui-results-profiled.json" if args.profile else "gui-results.json")
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_report(results)
    print(f"\nresults written to {path}")
    return 0


def print_report(r: dict[str, Any]) -> None:
    idle = r["idle"]["stall_ms"]
    print()
    print(
        table(
            f"GUI-thread stalls (goal: none over {r['goal_stall_ms']:.0f} ms; idle loop's longest gap {idle:.1f} ms)",
            ["step", "longest stall ms", "x idle", "ticks > goal", "to signal ms", "to paint ms", ""],
            [
                [
                    s["name"],
                    f"{s['stall_ms']:.1f}",
                    f"{s['stall_ms'] / idle:.1f}" if idle else "-",
                    s["ticks_over_goal"],
                    "-" if s["to_signal_ms"] is None else f"{s['to_signal_ms']:.0f}",
                    "-" if s["to_paint_ms"] is None else f"{s['to_paint_ms']:.0f}",
                    "ok" if s["stall_ms"] <= r["goal_stall_ms"] else "STALL",
                ]
                for s in r["steps"]
            ],
        )
    )
    print()
    off = r["search"]["off_thread"]
    typing = r["search"]["typing"]
    print(
        table(
            "Search while typing vs the same SearchService call off the GUI thread",
            ["query", "service ms", "stall, service in a thread", "stall, typing", "results after last key ms"],
            [
                [
                    w,
                    f"{off[w]['service_ms']:.1f}",
                    f"{off[w]['stall_while_running_ms']:.1f}",
                    f"{typing[w]['stall_ms']:.1f}",
                    f"{typing[w]['extra']['results_after_last_key_ms']:.0f}",
                ]
                for w in typing
            ],
        )
    )


if __name__ == "__main__":
    raise SystemExit(main())
