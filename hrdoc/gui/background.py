"""One small helper for slow work: run it off the GUI thread, with progress and Cancel.

The operation receives only a :class:`Progress` (and whatever services it closed over); it never touches
widgets. Success and failure callbacks run on the GUI thread. A progress dialog appears if the work takes
longer than a moment, and Cancel asks the operation to stop the next time it tells its progress.

:class:`Progress` is a :data:`hrdoc.domain.progress.Progress`: the operation passes it to a service as it is
(the service's own words for its steps are shown in the user's language, :func:`step_text`), or wraps it with
the helpers there (a part of a larger whole; the dialog's own words). Once Cancel was pressed it raises
:class:`Cancelled`, which the service lets through and the helper here takes as "cancelled".
"""

from __future__ import annotations

import collections
import contextlib
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from hrdoc.domain.errors import Cancelled  # raised inside an operation when the user pressed Cancel
from hrdoc.gui.i18n import tr

T = TypeVar("T")
SHOW_AFTER_MS = 300
STEPS = 1000  # the dialog counts in thousandths: its range is a C int, and evidence can pass 2 GiB


def step_text(what: str) -> str:
    """The services' own words for their steps (hrdoc.domain.progress), in the user's language."""
    fixed = {
        "reading the case": tr("Reading the case…"),
        "checking the bundle": tr("Checking every part of the bundle…"),
        "adding evidence files": tr("Adding the evidence files…"),
        "merging": tr("Merging the case into this store…"),
        "reading the team's copy": tr("Reading the team's copy of the case…"),
        "merging the team's changes here": tr("Merging the team's changes into this store…"),
        "reading this copy": tr("Reading this laptop's copy…"),
        "sending the changes to the team store": tr("Sending the changes to the team store…"),
        "writing the copy": tr("Writing the copy…"),
        "re-hashing the vault's files": tr("Re-hashing the vault's files…"),
    }
    if what in fixed:
        return fixed[what]
    if what.startswith("adding "):
        return tr("Adding {what}…").format(what=what.removeprefix("adding "))
    return what


class Progress:
    """Handed to the operation: a :data:`hrdoc.domain.progress.Progress` for the services it calls, and
    :meth:`step` for its own steps; both raise :class:`Cancelled` once the user pressed Cancel."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def __call__(self, done: int, total: int, what: str) -> None:
        """A service's progress: its step shown in the user's language; raises :class:`Cancelled` on Cancel."""
        self.step(done, total, step_text(what))

    def step(self, done: int = 0, total: int = 0, message: str = "") -> None:
        """Report progress (``message`` already in the user's language, shown as it is; ``total`` 0 while it
        is not known); raises :class:`Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if total > 0:
            done, total = min(done, total) * STEPS // total, STEPS
        self._report(done, total, message)


class _Signals(QObject):
    # Only plain values cross threads in these signals: the result or the error waits on the job (see
    # _Job.outcome) and is picked up on the GUI thread, so no Python object travels inside a queued event.
    progressed = Signal(int, int, str)
    ended = Signal()


def _spent(progress: Progress) -> Any:
    raise RuntimeError("this background job has already run")


@dataclass
class _Outcome:
    """How a job ended: its result, or the error and its traceback, or cancelled."""

    result: Any = None
    error: BaseException | None = None
    trace: str = ""
    cancelled: bool = False


class _Job(QRunnable):
    def __init__(self, operation: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.operation = operation
        self.signals = signals
        self.progress = Progress(lambda d, t, m: signals.progressed.emit(d, t, m))
        self.outcome: _Outcome | None = None

    def run(self) -> None:
        operation, self.operation = self.operation, _spent  # a retired job keeps nothing the operation held
        try:
            outcome = _Outcome(result=operation(self.progress))
        except Cancelled:
            outcome = _Outcome(cancelled=True)
        except BaseException as err:  # noqa: BLE001 - any failure is reported on the GUI thread (crash handler)
            outcome = _Outcome(error=err, trace=traceback.format_exc())
        self.outcome = outcome
        del outcome
        # If the window that asked is gone (the app is closing), nobody is waiting for the result.
        with contextlib.suppress(RuntimeError):
            self.signals.ended.emit()

    def take_outcome(self) -> _Outcome:
        """The outcome, once: a retired job keeps no result (a report's PDF, say)."""
        outcome, self.outcome = self.outcome, None
        return outcome or _Outcome(error=RuntimeError("the background job ended without an outcome"))


class BackgroundOperation(QObject, Generic[T]):
    """A running operation. Keep a reference until ``finished`` (the helper below does)."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        operation: Callable[[Progress], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        cancellable: bool = True,
        quiet: bool = False,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self._signals = _Signals(self)  # owned by the operation on the C++ side too
        self._job = _Job(operation, self._signals)
        # The pool must not delete the job: its Python wrapper would then be freed a second time when it is
        # collected on the GUI thread (a segfault in the garbage collector, seen in the GUI tests). Python
        # owns it; finished jobs are kept a while in _retired, so none is freed while its thread returns.
        self._job.setAutoDelete(False)
        self._on_success = on_success
        self._on_failure = on_failure
        # ``quiet`` work (a search while the user types) shows no progress dialog.
        self.dialog: QProgressDialog | None = None if quiet else self._progress_dialog(label, cancellable, parent)
        self._signals.progressed.connect(self._progressed)
        self._signals.ended.connect(self._ended)
        self.running = False

    def _progress_dialog(self, label: str, cancellable: bool, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(label, tr("Cancel") if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle(tr("Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        return dialog

    def start(self) -> BackgroundOperation[T]:
        self.running = True
        # The dialog shows itself after SHOW_AFTER_MS if the work is still going on. The dialog is the call's
        # context: if its window is closed (and the dialog deleted with it) before the event loop turns, Qt
        # drops the call rather than run it on a deleted dialog.
        dialog = self.dialog
        if dialog is not None:
            QTimer.singleShot(0, dialog, lambda: dialog.setValue(0) if self.running else None)
        (self._pool or QThreadPool.globalInstance()).start(self._job)
        return self

    @Slot()
    def cancel(self) -> None:
        self._job.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(tr("Cancelling…"))

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, message: str) -> None:
        if self.dialog is None:
            return
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message:
            self.dialog.setLabelText(message)

    @Slot()
    def _ended(self) -> None:
        outcome = self._job.take_outcome()
        self._done()
        if outcome.cancelled:
            return
        if outcome.error is None:
            self._on_success(outcome.result)
        elif self._on_failure is not None:
            self._on_failure(outcome.error)
        else:
            raise outcome.error

    def _done(self) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
        self.finished.emit()


_live: set[BackgroundOperation[Any]] = set()
_retired: collections.deque[_Job] = collections.deque(maxlen=256)


def _release(op: BackgroundOperation[Any]) -> None:
    _retired.append(op._job)
    _live.discard(op)


def run_in_background(
    parent: QWidget | None,
    label: str,
    operation: Callable[[Progress], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    cancellable: bool = True,
    quiet: bool = False,
    pool: QThreadPool | None = None,
) -> BackgroundOperation[T]:
    """Start ``operation`` on the thread pool (``pool``, if given); callbacks run on the GUI thread."""
    op = BackgroundOperation(
        parent, label, operation, on_success, on_failure, cancellable=cancellable, quiet=quiet, pool=pool
    )
    _live.add(op)
    # Released on the next turn of the event loop, never inside one of its own signal deliveries (freeing
    # the sender while Qt is still delivering its signal crashes).
    op.finished.connect(lambda: QTimer.singleShot(0, lambda: _release(op)))
    return op.start()


_reads: QThreadPool | None = None


def one_at_a_time() -> QThreadPool:
    """A pool of one thread, for what the views of the open case read as they show it (a list's order and rows, the
    records under the one shown): one read at a time, so those reads hold one of the store's connections besides
    the GUI thread's, not one each (each connection fills a page cache of its own)."""
    global _reads
    if _reads is None:
        _reads = QThreadPool()
        _reads.setMaxThreadCount(1)
    return _reads
