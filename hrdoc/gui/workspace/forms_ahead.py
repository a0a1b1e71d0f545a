"""Forms made ahead for the detail pane, in small steps from the event loop (issue 15, point 3).

The first record of a kind shown beside a list needs a form made: its widgets, their styles, the application's
event filters seeing each (0.1–0.2 s on this machine for most kinds, in one go). Once the workspace's pages are
made, :class:`FormsAhead` makes a form for each kind a page lists, a field or two at a time, each step holding the
GUI thread about :data:`STEP_S`, with the event loop running between steps; the first record of the kind then fills
that form (:meth:`RecordForm.show_other`, a few milliseconds). A form asked for while it is still being made is
made whole at once: nothing waits for the steps.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from hrdoc.gui.forms.form import RecordForm
from hrdoc.services.context import StoreContext

STEP_S = 0.015  # the most one step holds the GUI thread, about (a field, or an allegation's tables, is made whole)


class FormsAhead(QObject):
    """Makes a blank form (``make(kind)``, made in steps: ``RecordForm(blank=True, in_steps=True)``) for each kind
    asked for, one after the other, and hands each out once (:meth:`take`)."""

    def __init__(self, make: Callable[[str], RecordForm], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._made: dict[str, RecordForm] = {}
        self._making: RecordForm | None = None
        self._to_make: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    def prepare(
        self, kinds: list[str], ctx: StoreContext, case_id: uuid.UUID | None, skip: set[str] | frozenset[str]
    ) -> None:
        """Make forms of ``kinds`` (but those in ``skip``, which the pane holds already) for the case ``case_id`` of
        the store ``ctx``; forms made for another case or store are dropped."""
        stale = [k for k, f in self._made.items() if f.ctx is not ctx or f.case_id != case_id]
        for kind in stale:
            self._made.pop(kind).deleteLater()
        if self._making is not None and (self._making.ctx is not ctx or self._making.case_id != case_id):
            self._making.deleteLater()
            self._making = None
        self._to_make = [k for k in dict.fromkeys(kinds) if k not in skip and k not in self._made]
        if case_id is not None and (self._to_make or self._making is not None):
            self._timer.start(0)

    @property
    def busy(self) -> bool:
        """Whether forms are still to be made."""
        return self._making is not None or bool(self._to_make)

    def made(self) -> list[str]:
        """The kinds whose forms are made and not handed out yet."""
        return list(self._made)

    def _step(self) -> None:
        until = time.perf_counter() + STEP_S
        while time.perf_counter() < until:
            form = self._making
            if form is None:
                if not self._to_make:
                    return
                kind = self._to_make.pop(0)
                if kind not in self._made:
                    self._making = self._make(kind)
                continue
            if form.make_more(until):
                self._making = None
                self._made[form.kind] = form
        self._timer.start(0)  # the rest once the event loop has run

    def take(self, kind: str) -> RecordForm | None:
        """The form made ahead for ``kind``, if any (made whole now if it is still being made); handed out once."""
        form = self._made.pop(kind, None)
        if form is None and self._making is not None and self._making.kind == kind:
            form, self._making = self._making, None
            form.finish()
            if self._to_make:
                self._timer.start(0)
        return form

    def drop(self) -> None:
        """Forget every form made or being made (the store is locking)."""
        self._to_make.clear()
        self._timer.stop()
        for form in [*self._made.values(), *([self._making] if self._making is not None else [])]:
            form.deleteLater()
        self._made.clear()
        self._making = None
