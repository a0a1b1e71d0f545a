"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate at the wrong moment: often a
background job's (a report being typeset, a search). Qt widgets die on the GUI thread, and while Shiboken
destroys a widget tree it lets go of the interpreter part-way; a collection that starts on a worker then can
walk wrappers that are half destroyed and crash (caught under gdb in the GUI tests: ``visit_decref`` inside
Shiboken's traverse, on a pooled thread, while the GUI thread was in ``Shiboken::Object::destroy``).

So automatic collection is switched off and this object collects on the GUI thread, from a timer, with the
same generation thresholds Python would use. Reference counting still frees almost everything at once;
only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owns garbage collection while it lives (``stop()`` gives it back to Python)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    @Slot()
    def collect(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):  # the oldest due generation (collecting it collects the younger ones)
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
