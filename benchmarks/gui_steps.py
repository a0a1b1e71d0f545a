"""The steps of ``benchmarks/gui.py``, run in a child process with Qt: one case opened in ``MainWindow``, then
scrolled, sorted, filtered and searched while a 5 ms timer measures the GUI thread's stalls (see gui.py)."""

from __future__ import annotations

import cProfile
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QModelIndex, QObject, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from benchmarks import generate as gen
from benchmarks.gui import (
    FILTER_WORD,
    GOAL_STALL_MS,
    SETTLE_MS,
    TICK_MS,
    TYPING_INTERVAL_MS,
    WORDS,
    Step,
    peak_rss_mib,
    rss_mib,
    write_profile,
)
from benchmarks.run import log
from hrdoc.domain.registry import Kind
from hrdoc.gui import runtime
from hrdoc.gui.collector import GuiThreadCollector
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.search_dialog import SearchDialog
from hrdoc.services.session import unlock_store


class StallMonitor(QObject):
    """A 5 ms timer on the GUI thread; the largest gap between its ticks is the longest stall. With each gap, the
    GUI thread's CPU time in it (``time.thread_time``): a long gap the thread spent little CPU in was the machine's
    load (or another thread holding the interpreter), not work done on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.gaps: list[float] = []
        self.cpu: list[float] = []  # the GUI thread's CPU time in each gap, ms
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append((now - self.last) * 1000)
        self.cpu.append((cpu - self.last_cpu) * 1000)
        self.last, self.last_cpu = now, cpu

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.gaps = []
        self.cpu = []

    def longest(self) -> float:
        return max(self.gaps, default=0.0)

    def longest_cpu(self) -> float:
        """The GUI thread's CPU time in the longest gap."""
        return self.cpu[self.gaps.index(self.longest())] if self.gaps else 0.0

    def most_cpu(self) -> float:
        """The most CPU time the GUI thread spent in one gap (the longest the work itself held it)."""
        return max(self.cpu, default=0.0)

    def over(self, limit: float) -> int:
        return sum(1 for g in self.gaps if g > limit)


class PaintWatch(QObject):
    """Notes when a widget (or any of its descendants) is painted after :meth:`arm`."""

    def __init__(self) -> None:
        super().__init__()
        self.target: QWidget | None = None
        self.any = False
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


class Changes(QObject):
    """When a table's model last told its view that its rows changed (reset, re-sorted, filtered)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.times: list[float] = []
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_: self.times.append(time.perf_counter()))

    def last_after(self, t: float) -> float | None:
        after = [x for x in self.times if x >= t]
        return after[-1] if after else None


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


def busy(view: QTableView) -> bool:
    """Whether the view's model is still reading what it was asked for (a model that reads off the GUI thread
    says so; one that does everything at once never is)."""
    return bool(getattr(view.model(), "pending", False))


class Bench:
    def __init__(self, case: str, monitor: StallMonitor, paint: PaintWatch, out: Path, profile: bool) -> None:
        self.case = case
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
        done_at: Callable[[float], float | None] | None = None,
        paint_target: QWidget | Callable[[], QWidget] | None = None,
        timeout_s: float = 120.0,
        quiet_ms: int = 0,
        state: Callable[[], str] = lambda: "",
    ) -> Step:
        """Run ``action`` from the event loop; wait until ``done_at(start)`` gives a time (and, with ``quiet_ms``,
        until it has not changed for that long), then for a paint after it."""
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
            if done_at is None:
                return started[0]
            at = done_at(started[0])
            if at is None or (quiet_ms and time.perf_counter() - at < quiet_ms / 1000):
                return None
            return at

        self.paint.arm(
            *((paint_target,) if isinstance(paint_target, QWidget) else (None,)),
            any_widget=callable(paint_target) and not isinstance(paint_target, QWidget),
        )
        self.monitor.reset()
        QTimer.singleShot(0, run)
        if not spin(lambda: finished() is not None, timeout_s):
            raise TimeoutError(f"{name}: not done after {timeout_s} s {state()}")
        t0, t_done = started[0], finished()
        assert t_done is not None
        step.to_signal_ms = None if done_at is None else (t_done - t0) * 1000
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
        step.stall_cpu_ms = self.monitor.longest_cpu()
        step.most_cpu_ms = self.monitor.most_cpu()
        step.ticks_over_goal = self.monitor.over(GOAL_STALL_MS)
        step.rss_mib = rss_mib()
        if profiler is not None and step.stall_ms > GOAL_STALL_MS:
            write_profile(self.out, f"{self.case}-{name}", profiler)
        self.steps.append(step)
        log(
            f"{self.case}: {name}: stall {step.stall_ms:.0f} ms (CPU {step.stall_cpu_ms:.0f}, most CPU in a gap "
            f"{step.most_cpu_ms:.0f}), done {fmt_ms(step.to_signal_ms)}, "
            f"paint {fmt_ms(step.to_paint_ms)}, RSS {step.rss_mib:.0f} MiB"
        )
        return step


def fmt_ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def isolate_settings(folder: Path) -> None:
    """Keep QSettings (window geometry, preferences) out of the user's own settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / scope.name))
    QCoreApplication.setOrganizationName("hrdoc-bench")
    QCoreApplication.setApplicationName("hrdoc-bench")


def page_of(window: MainWindow, title_start: str) -> tuple[int, Any]:
    workspace = window.workspace
    row = next(r for r in range(workspace.nav.count()) if workspace.nav.item(r).text().startswith(title_start))
    return row, workspace.pages[row]


def settled_table(bench: Bench, view: QTableView) -> Callable[[float], float | None]:
    """Done once the view's model has said its rows changed after the start and reads nothing more."""
    changes = Changes(view)
    # (a change made at once, inside the action, is before the first check; nothing changes in an empty table)
    return lambda t0: None if busy(view) else (changes.last_after(t0) or t0)


def bench_open(bench: Bench, ctx: Any, reopens: int) -> MainWindow:
    holder: dict[str, MainWindow] = {}
    loaded: list[float] = []

    def build() -> None:
        holder["window"] = MainWindow(ctx)

    def show() -> None:
        window = holder["window"]
        window.painted.connect(lambda: window.workspace.loaded.connect(lambda: loaded.append(time.perf_counter())))
        window.show()

    def shown(_t0: float) -> float | None:
        window = holder.get("window")
        if window is None or not loaded:
            return None
        page = window.workspace.current_page()
        tables = [t.table for t in page.tables()]
        return None if any(busy(v) for v in tables) else loaded[-1]

    def all_made(t0: float) -> float | None:
        """Once the case is shown and the workspace has made its other pages and its forms ahead."""
        done = shown(t0)
        made_ahead = getattr(holder["window"].workspace, "made_ahead", lambda: True)  # (code before: all at once)
        return None if done is None or not made_ahead() else time.perf_counter()

    # As the app does: the window is made (its case list read), then shown; once painted, it builds the workspace
    # (its modules imported in a thread), which opens the case selected and then makes the rest in small steps.
    bench.measure("make the main window (not shown yet)", build)
    first = bench.measure(
        "show the window: first paint, workspace, first open of the case",
        show,
        done_at=shown,
        paint_target=lambda: holder["window"].workspace.stack.currentWidget(),
    )
    rest = bench.measure("then: the other pages and forms made ahead", lambda: None, done_at=all_made)
    rest.extra = {"since_shown_ms": None if first.to_signal_ms is None else round(first.to_signal_ms, 1)}
    window = holder["window"]
    for i in range(reopens):
        window.table.setCurrentIndex(QModelIndex())  # deselect: the workspace is cleared
        settle(200)
        loaded.clear()
        bench.measure(
            f"re-select the case ({i + 1})",
            lambda: window.table.selectRow(0),
            done_at=shown,
            paint_target=window.workspace.stack.currentWidget(),
        )
    return window


def bench_pages(bench: Bench, window: MainWindow) -> None:
    workspace = window.workspace
    for row in [*range(1, workspace.nav.count()), 0]:
        page = workspace.pages[row]
        views = [t.table for t in page.tables()]
        drawing = getattr(page, "busy", lambda: False)  # the map: read and drawn in steps

        def done(_t0: float, views: list[QTableView] = views, drawing: Callable[[], bool] = drawing) -> float | None:
            return None if any(busy(v) for v in views) or drawing() else time.perf_counter()

        bench.measure(
            f"page: {workspace.nav.item(row).text()}",
            lambda row=row: workspace.nav.setCurrentRow(row),  # type: ignore[misc]
            done_at=done,
            paint_target=page,
        )


def scroll_jumps(bench: Bench, name: str, view: QTableView, jumps: int = 10) -> None:
    """Drag the scroll bar top to bottom in ``jumps`` jumps 100 ms apart, as a hand on the mouse would."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    settle(200)
    last: list[float] = []

    def act() -> None:
        for i in range(1, jumps + 1):
            value = bar.maximum() * i // jumps

            def jump(value: int = value, final: bool = i == jumps) -> None:
                bar.setValue(value)
                if final:
                    last.append(time.perf_counter())

            QTimer.singleShot(i * 100, jump)

    step = bench.measure(name, act, done_at=lambda _t0: last[0] if last else None, paint_target=view.viewport())
    step.extra = {"rows": view.model().rowCount(), "jumps": jumps}


def page_down(bench: Bench, name: str, view: QTableView, presses: int = 15) -> None:
    view.setFocus()
    if view.model().rowCount():
        view.setCurrentIndex(view.model().index(0, 0))
    settle(200)
    last: list[float] = []

    def act() -> None:
        for i in range(presses):

            def press(final: bool = i == presses - 1) -> None:
                QTest.keyClick(view, Qt.Key.Key_PageDown)
                if final:
                    last.append(time.perf_counter())

            QTimer.singleShot(i * 60, press)

    bench.measure(name, act, done_at=lambda _t0: last[0] if last else None, paint_target=view.viewport())


def sort_by(bench: Bench, name: str, view: QTableView, column: int, order: Qt.SortOrder) -> None:
    bench.measure(
        name,
        lambda: view.sortByColumn(column, order),
        done_at=settled_table(bench, view),
        paint_target=view.viewport(),
        quiet_ms=100,
    )


def type_filter(bench: Bench, name: str, page: Any, word: str) -> None:
    """Type ``word`` into a table's filter a key every 120 ms; done once the table shows the filtered rows."""
    view: QTableView = page.table
    page.filter.setFocus()
    changes = Changes(view)
    last_key: list[float] = []

    def act() -> None:
        for i, ch in enumerate(word):
            QTimer.singleShot(i * TYPING_INTERVAL_MS, lambda ch=ch: QTest.keyClick(page.filter, ch))
        QTimer.singleShot((len(word) - 1) * TYPING_INTERVAL_MS + 1, lambda: last_key.append(time.perf_counter()))

    def done(t0: float) -> float | None:
        if not last_key or busy(view) or page.filter.text() != word:
            return None
        # The rows shown change once typing pauses (nothing changes in an empty table: done a second later).
        changed = changes.last_after(last_key[0])
        return changed if changed is not None or time.perf_counter() - last_key[0] < 1 else last_key[0]

    def state() -> str:
        return f"(typed {page.filter.text()!r}, reading {busy(view)}, {len(changes.times)} changes)"

    step = bench.measure(name, act, done_at=done, paint_target=view.viewport(), quiet_ms=150, state=state)
    step.extra = {"rows_shown": view.model().rowCount()}


def clear_filter(bench: Bench, name: str, page: Any) -> None:
    view: QTableView = page.table
    changes = Changes(view)

    def done(t0: float) -> float | None:
        if busy(view):
            return None
        changed = changes.last_after(t0)  # once typing pauses, as for typing
        return changed if changed is not None or time.perf_counter() - t0 < 1 else t0

    bench.measure(name, page.filter.clear, done_at=done, paint_target=view.viewport(), quiet_ms=150)


def go_to_record(bench: Bench, window: MainWindow, kind: str, record_id: str) -> None:
    """What opening a search hit does in the case open: its page, the record selected and in view."""
    workspace = window.workspace

    def selected(_t0: float) -> float | None:
        page = workspace.current_page()
        for t in page.tables():
            if t.kind == kind and not busy(t.table):
                record = t.selected()
                if record is not None and record["id"] == record_id:
                    return time.perf_counter()
        return None

    bench.measure(
        f"go to a search hit: the last {kind}",
        lambda: workspace.show_record(kind, record_id),
        done_at=selected,
        paint_target=workspace.stack,
    )


def bench_search(bench: Bench, ctx: Any) -> None:
    dialog = SearchDialog(ctx)
    dialog.show()
    settle(200)
    searched: list[float] = []
    dialog.searched.connect(lambda: searched.append(time.perf_counter()))
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

        def done(_t0: float, word: str = word) -> float | None:
            return searched[-1] if last_key and searched and dialog.query.text() == word else None

        step = bench.measure(f"type {word!r} in the search dialog", type_word, done_at=done, paint_target=dialog)
        step.extra = {"hits_shown": dialog.model.hit_count(), "searches_run": len(searched)}
    dialog.close()
    dialog.deleteLater()


def last_allegation(ctx: Any) -> str:
    from sqlalchemy import select

    from hrdoc.storage import models as m

    with ctx.read() as session:
        found = session.scalar(select(m.Allegation.id).order_by(m.Allegation.created_at.desc(), m.Allegation.id.desc()))
    return str(found)


def bench_map(bench: Bench, window: MainWindow) -> None:
    """Zoom and pan the map (drawn when its page was first shown), and filter it by a violation: keys 60 ms apart,
    as a held key repeats."""
    row, page = page_of(window, "Map")
    window.workspace.nav.setCurrentRow(row)
    spin(lambda: not page.busy(), 120)
    settle(300)
    view = page.view
    view.setFocus()

    def repeated(act: Callable[[], None], times: int) -> Callable[[], None]:
        def start() -> None:
            for i in range(times):
                QTimer.singleShot(i * 60, act)

        return start

    def after(ms: int) -> Callable[[float], float | None]:
        return lambda t0: time.perf_counter() if time.perf_counter() - t0 > ms / 1000 else None

    def key(name: Qt.Key) -> Callable[[], None]:
        return lambda: QTest.keyClick(view, name)

    bench.measure("map: zoom in x12 (as the wheel does)", repeated(key(Qt.Key.Key_Plus), 12), done_at=after(900))
    bench.measure("map: pan x16 (arrow keys)", repeated(key(Qt.Key.Key_Right), 16), done_at=after(1100))
    bench.measure("map: the whole case (Ctrl+0)", view.fit, paint_target=view)
    bench.measure("map: pan x16 over the whole case", repeated(key(Qt.Key.Key_Down), 16), done_at=after(1100))
    bench.measure(
        "map: filter by a violation",
        lambda: page.violation.setCurrentIndex(1),
        done_at=lambda _t0: None if page._filtering.isActive() else time.perf_counter(),
        paint_target=view,
    )
    bench.measure("map: every incident again", lambda: page.set_filters(None, None, ""), paint_target=view)


def bench_actions(bench: Bench, window: MainWindow, ctx: Any) -> None:
    workspace = window.workspace
    links_row, matrix_page = page_of(window, "Evidence links")
    incidents_row, incidents_page = page_of(window, "Incidents")
    workspace.nav.setCurrentRow(links_row)
    links = matrix_page.links
    spin(lambda: not busy(links.table), 60)
    settle(300)
    scroll_jumps(bench, "scroll the list of all links (10 jumps)", links.table)
    page_down(bench, "PageDown x15 in the list of all links", links.table)
    scroll_jumps(bench, "scroll the corroboration matrix (10 jumps)", matrix_page.table)
    sort_by(bench, "sort the links by their origin", links.table, 0, Qt.SortOrder.AscendingOrder)
    sort_by(bench, "sort the links by their origin, descending", links.table, 0, Qt.SortOrder.DescendingOrder)
    scroll_jumps(bench, "scroll the sorted links (10 jumps)", links.table)
    type_filter(bench, f"type {FILTER_WORD!r} in the links' filter", links, FILTER_WORD)
    clear_filter(bench, "clear the links' filter", links)
    workspace.nav.setCurrentRow(incidents_row)
    incidents = incidents_page.incidents
    spin(lambda: not busy(incidents.table), 60)
    settle(300)
    scroll_jumps(bench, "scroll the incidents (10 jumps)", incidents.table)
    sort_by(bench, "sort the incidents by title", incidents.table, 0, Qt.SortOrder.AscendingOrder)
    sort_by(bench, "sort the incidents by date, descending", incidents.table, 1, Qt.SortOrder.DescendingOrder)
    type_filter(bench, "type 'attack' in the incidents' filter", incidents, "attack")
    clear_filter(bench, "clear the incidents' filter", incidents)
    go_to_record(bench, window, Kind.ALLEGATION, last_allegation(ctx))


def measure_case(name: str, store: Path, out: Path, *, reopens: int, profile: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="hrdoc-bench-settings-") as settings_dir:
        isolate_settings(Path(settings_dir))
        app = QApplication.instance() or QApplication([sys.argv[0]])
        collector = GuiThreadCollector(app)  # as hrdoc.gui.launch: cycles collected on the GUI thread only
        runtime.bound_sqlite()  # and SQLite's memory bounded, as the app does before it opens its store
        monitor = StallMonitor()
        paint = PaintWatch()
        app.installEventFilter(paint)
        bench = Bench(name, monitor, paint, out, profile)
        settle(300)
        monitor.reset()
        settle(3000)
        idle = monitor.longest()
        idle_median = statistics.median(monitor.gaps)
        log(f"{name}: idle loop's longest gap {idle:.1f} ms")
        rss_before = rss_mib()
        ctx = unlock_store(store, gen.BENCH_PASSPHRASE, encrypted=True, user=gen.BENCH_USER, record_unlock=False)
        try:
            window = bench_open(bench, ctx, reopens)
            settle(500)
            rss_open = rss_mib()
            bench_pages(bench, window)
            bench_map(bench, window)
            bench_actions(bench, window, ctx)
            bench_search(bench, ctx)
            rss_end = rss_mib()
            window.close()
            window.deleteLater()
            settle(200)
        finally:
            ctx.close()
        app.removeEventFilter(paint)
        collector.stop()
    worst = max(bench.steps, key=lambda s: s.stall_ms)
    return {
        "idle_ms": round(idle, 1),
        "idle_median_gap_ms": round(idle_median, 2),
        "rss_unlocked_mib": round(rss_before, 1),
        "rss_open_mib": round(rss_open, 1),
        "rss_end_mib": round(rss_end, 1),
        "rss_peak_mib": round(peak_rss_mib(), 1),
        "steps": [s.as_json() for s in bench.steps],
        "worst": {"step": worst.name, "stall_ms": round(worst.stall_ms, 1), "met": worst.stall_ms <= GOAL_STALL_MS},
    }
