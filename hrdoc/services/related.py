"""Several records written in one unit of work: a record and the records linked to it, all saved or none.

An allegation entered with its alleged perpetrators and its victims is one piece of work for the person typing
it: the allegation, the actors and victims typed in for the first time, and the links between them are written
together (:meth:`RelatedService.write`), so a link that breaks a rule leaves nothing half-saved — no allegation
without the perpetrators that were typed with it. A record written later in the batch refers to one written
earlier, before that one has an id, by :class:`Earlier`.

Each record goes through the same rules as when it is written alone (:class:`~hrdoc.services.records.RecordService`):
validation, references within the case, the audit entry, the search index.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import editable_columns, spec_for

__all__ = ["Earlier", "PartRefused", "RelatedService", "Write", "Written"]


@dataclass(frozen=True)
class Earlier:
    """In a field of a record of the batch: the id of the ``index``-th record written before it."""

    index: int


@dataclass(frozen=True)
class Write:
    """One record of a batch: created from ``fields`` (with the id ``record_id``, if given: a form that offers a
    record before it is saved names it so), or, with ``update``, those fields of the record ``record_id`` updated."""

    kind: str
    fields: dict[str, Any]
    record_id: uuid.UUID | None = None
    update: bool = False


@dataclass(frozen=True)
class Written:
    """What a write did: the record's id, the fields written (references resolved to ids) and, for an update,
    what those fields held before (what an undo writes back)."""

    kind: str
    record_id: uuid.UUID
    fields: dict[str, Any]
    created: bool
    before: dict[str, Any] = field(default_factory=dict)


class PartRefused(ValidationError):
    """The ``index``-th record of a batch broke a rule (``errors`` says which and why); nothing was written."""

    def __init__(self, index: int, kind: str, error: ValidationError) -> None:
        super().__init__(error.errors)
        self.index = index
        self.kind = kind


class RelatedService:
    """Writes a record together with the records linked to it."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.records = RecordService(ctx)

    def write(self, writes: Sequence[Write]) -> list[Written]:
        """Write ``writes`` in order, in one unit of work: all of them, or — if one is refused — none
        (:class:`PartRefused` names it)."""
        done: list[Written] = []
        with self.ctx.write() as session:
            for index, item in enumerate(writes):
                values = {key: _resolved(value, done) for key, value in item.fields.items()}
                spec = spec_for(item.kind)
                try:
                    if not item.update:
                        record_id = self.records._create(session, spec, dict(values), record_id=item.record_id)
                        done.append(Written(item.kind, record_id, values, created=True))
                    else:
                        assert item.record_id is not None, "an update names its record"
                        record = self.records._load(session, spec, item.record_id)
                        own = set(editable_columns(spec.model))
                        before = {key: getattr(record, key) for key in values if key in own}
                        self.records._update(session, spec, item.record_id, dict(values))
                        done.append(Written(item.kind, item.record_id, values, created=False, before=before))
                except ValidationError as err:
                    raise PartRefused(index, item.kind, err) from None
        return done


def _resolved(value: Any, done: list[Written]) -> Any:
    if not isinstance(value, Earlier):
        return value
    if not 0 <= value.index < len(done):
        raise ValueError(f"a batch refers to its record {value.index} before it is written")
    return done[value.index].record_id
