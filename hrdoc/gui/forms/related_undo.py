"""Undo and redo of what the related-records tables of a form write (:mod:`hrdoc.gui.forms.related`).

A batch written together (an allegation with its perpetrators and victims, or a perpetrator with the actor typed
in for it) is one step on the undo stack: a macro of the window's own create and update commands
(:mod:`hrdoc.gui.undo`), undone in reverse order. Removing a link (an alleged perpetrator from an allegation) is
undoable too, unlike deleting a record: a link has no records depending on it, so making it again with the same
values gives it back whole (with a new id, which the stack follows as for any record made again).
"""

from __future__ import annotations

import uuid
from typing import Any

from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.undo import CreateRecord, RecordUndoStack, UpdateRecord, _RecordCommand
from hrdoc.services.related import Written


def push_written(stack: RecordUndoStack, written: list[Written], text: str) -> None:
    """Put a batch that has been written on the undo stack, as one step called ``text`` (a single record: the step
    its own command names)."""
    if len(written) > 1:
        stack.beginMacro(text)
    for item in written:
        if item.created:
            stack.push(CreateRecord(stack, item.kind, item.fields, item.record_id))
        else:
            stack.push(UpdateRecord(stack, item.kind, item.record_id, item.before, item.fields))
    if len(written) > 1:
        stack.endMacro()


class RemoveLink(_RecordCommand):
    """A link removed (already deleted when pushed): undone, it is made again from ``values``; redone, deleted."""

    def __init__(self, stack: RecordUndoStack, kind: str, record_id: uuid.UUID, values: dict[str, Any]) -> None:
        super().__init__(stack, kind, tr("remove {kind}").format(kind=kind_name(kind)))
        self.values = dict(values)
        self.record_id = record_id

    def undo(self) -> None:
        def run() -> uuid.UUID | None:
            values = self.stack.resolve_values(self.values)
            new_id = self.records.create(self.kind, **values)
            self.stack.renamed[self.stack.resolve(self.record_id)] = new_id
            self.record_id = new_id
            return values.get("case_id")

        self._apply(tr("undo"), run)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return

        def run() -> uuid.UUID | None:
            values = self.stack.resolve_values(self.values)
            self.records.delete(self.kind, self.stack.resolve(self.record_id))
            return values.get("case_id")

        self._apply(tr("redo"), run)
