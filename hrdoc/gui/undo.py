"""Undo and redo of record creation and editing.

A form saves through the services first (so validation errors show in the form), then pushes a command that
already happened: the command's first ``redo`` does nothing.

* Undoing a create deletes the record (and, as any delete does, the records that depend on it). Redoing it
  creates a new record with the same values: **the new record has a new id**. The stack remembers old id →
  new id, so later commands, and values that refer to the re-created record, follow it.
* Undoing an update writes the previous values back; redoing writes the new ones again. For an account whose
  content changed, both directions add a version (versions are never removed), with a correction note that
  says it was an undo or a redo.
* Deleting is not undoable. A command that can no longer apply (its record was deleted meanwhile, or the
  values no longer validate) reports why through :attr:`RecordUndoStack.failed` and is dropped from the stack.

The commands hold the values they write, including protected identity details typed into a form, so the
stack is cleared when the store is locked.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError
from hrdoc.gui.errors_text import error_text
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.i18n import tr
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.storage.errors import StoreError

if TYPE_CHECKING:
    from hrdoc.services.records import RecordService


class RecordUndoStack(QUndoStack):
    """The window's undo history over records."""

    changed = Signal(str, object)  # kind, case id (uuid.UUID or None): after an undo or redo
    failed = Signal(str)  # a message: an undo or redo could not be applied

    ctx: StoreContext  # given to the constructor, or by set_context (a window made before its store is open)

    def __init__(self, ctx: StoreContext | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if ctx is not None:
            self.ctx = ctx
        self.renamed: dict[uuid.UUID, uuid.UUID] = {}  # id of a record undone then re-created → its new id

    def resolve(self, record_id: uuid.UUID) -> uuid.UUID:
        seen: set[uuid.UUID] = set()
        while record_id in self.renamed and record_id not in seen:
            seen.add(record_id)
            record_id = self.renamed[record_id]
        return record_id

    def resolve_values(self, values: dict[str, Any]) -> dict[str, Any]:
        return {k: self.resolve(v) if isinstance(v, uuid.UUID) else v for k, v in values.items()}

    def set_context(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def clear(self) -> None:
        super().clear()
        self.renamed.clear()


def _case_of(kind: str, record_id: uuid.UUID, values: dict[str, Any]) -> uuid.UUID | None:
    return record_id if kind == Kind.CASE else values.get("case_id")


class _RecordCommand(QUndoCommand):
    def __init__(self, stack: RecordUndoStack, kind: str, text: str) -> None:
        super().__init__(text)
        self.stack = stack
        self.kind = kind
        self._first = True

    @property
    def records(self) -> RecordService:
        from hrdoc.services.records import RecordService  # the ORM's: imported after the main window's paint

        return RecordService(self.stack.ctx)

    def _apply(self, step: str, action: Any) -> None:
        try:
            case_id = action()
        except (ValidationError, NotFound, StoreError) as err:
            self.setObsolete(True)
            self.stack.failed.emit(
                tr("Could not {step} “{name}”: {error}").format(step=step, name=self.text(), error=error_text(err))
            )
            return
        self.stack.changed.emit(self.kind, case_id)


class CreateRecord(_RecordCommand):
    def __init__(self, stack: RecordUndoStack, kind: str, values: dict[str, Any], record_id: uuid.UUID) -> None:
        super().__init__(stack, kind, tr("create {kind}").format(kind=kind_name(kind)))
        self.values = dict(values)
        self.original_id = record_id
        self.record_id = record_id

    def undo(self) -> None:
        def run() -> uuid.UUID | None:
            rid = self.stack.resolve(self.record_id)
            case_id = _case_of(self.kind, rid, self.stack.resolve_values(self.values))
            self.records.delete(self.kind, rid)
            return case_id

        self._apply(tr("undo"), run)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return

        def run() -> uuid.UUID | None:
            values = self.stack.resolve_values(self.values)
            new_id = self.records.create(self.kind, **values)
            self.stack.renamed[self.stack.resolve(self.original_id)] = new_id
            self.record_id = new_id
            return _case_of(self.kind, new_id, values)

        self._apply(tr("redo"), run)


class UpdateRecord(_RecordCommand):
    def __init__(
        self,
        stack: RecordUndoStack,
        kind: str,
        record_id: uuid.UUID,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        super().__init__(stack, kind, tr("edit {kind}").format(kind=kind_name(kind)))
        self.record_id = record_id
        self.before = dict(before)
        self.after = dict(after)

    def _write(self, values: dict[str, Any]) -> uuid.UUID | None:
        rid = self.stack.resolve(self.record_id)
        self.records.update(self.kind, rid, **self.stack.resolve_values(values))
        record = self.records.get(self.kind, rid)
        return rid if self.kind == Kind.CASE else record.case_id

    def undo(self) -> None:
        self._apply(tr("undo"), lambda: self._write(self.before))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        values = dict(self.after)
        if "correction_note" in values:
            values["correction_note"] = tr("Redo of the correction: {note}").format(note=values["correction_note"])
        self._apply(tr("redo"), lambda: self._write(values))
