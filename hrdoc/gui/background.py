"""One small helper for slow work: run it off the GUI thread, with progress and Cancel.

The operation receives only a :class:`Progress` (and whatever services it closed over); it never touches
widgets. Success and failure callbacks run on the GUI thread. A progress dialog appears if the work takes
longer than a moment, and Cancel asks the operation to stop at its next ``progress.step()``.
"""

from __future__ import annotations

import collections
import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 300


class Cancelled(Exception):
    """Raised inside an operation when the user pressed Cancel."""


class Progress:
    """Handed to the operation: report progress, and learn whether to stop."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int = 0, total: int = 0, message: str = "") -> None:
        """Report progress; raises :class:`Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        self._report(done, total, message)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


def _spent(progress: Progress) -> Any:
    raise RuntimeError("this background job has already run")


class _Job(QRunnable):
    def __init__(self, operation: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.operation = operation
        self.signals = signals
        self.progress = Progress(lambda d, t, m: signals.progressed.emit(d, t, m))

    def run(self) -> None:
        operation, self.operation = self.operation, _spent  # a retired job keeps nothing the operation held
        try:
            result = operation(self.progress)
        except Cancelled:
            self._emit(self.signals.cancelled)
        except BaseException as err:  # reported on the GUI thread, where the crash handler lives
            self._emit(self.signals.failed, err, traceback.format_exc())
        else:
            self._emit(self.signals.succeeded, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        # If the window that asked is gone (the app is closing), nobody is waiting for the result.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


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
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)  # owned by the operation on the C++ side too
        self._job = _Job(operation, self._signals)
        # The pool must not delete the job: its Python wrapper would then be freed a second time when it is
        # collected on the GUI thread (a segfault in the garbage collector, seen in the GUI tests). Python
        # owns it; finished jobs are kept a while in _retired, so none is freed while its thread returns.
        self._job.setAutoDelete(False)
        self._on_success = on_success
        self._on_failure = on_failure
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("Working…"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self._signals.progressed.connect(self._progressed)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.cancelled.connect(self._done)
        self.running = False

    def start(self) -> BackgroundOperation[T]:
        self.running = True
        # The dialog shows itself after SHOW_AFTER_MS if the work is still going on.
        QTimer.singleShot(0, lambda: self.dialog.setValue(0) if self.running else None)
        QThreadPool.globalInstance().start(self._job)
        return self

    def cancel(self) -> None:
        self._job.progress.cancel()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int, message: str) -> None:
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message:
            self.dialog.setLabelText(message)

    def _succeeded(self, result: object) -> None:
        self._done()
        self._on_success(result)  # type: ignore[arg-type]

    def _failed(self, error: BaseException, trace: str) -> None:
        self._done()
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            raise error

    def _done(self) -> None:
        self.running = False
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
) -> BackgroundOperation[T]:
    """Start ``operation`` on the thread pool; callbacks run on the GUI thread."""
    op = BackgroundOperation(parent, label, operation, on_success, on_failure, cancellable=cancellable)
    _live.add(op)
    # Released on the next turn of the event loop, never inside one of its own signal deliveries (freeing
    # the sender while Qt is still delivering its signal crashes).
    op.finished.connect(lambda: QTimer.singleShot(0, lambda: _release(op)))
    return op.start()
