"""Conflicts left by merges: a record changed on both sides, both versions kept until a person decides.

Deciding produces a new version that descends from both sides' versions, so that the next merge, on either
side, takes the decision instead of finding the conflict again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.validation import ValidationError
from hrdoc.services import audit, versions
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.exchange.snapshot import from_json, to_json
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import spec_for
from hrdoc.storage import models as m
from hrdoc.storage.base import utcnow

CHOICES = ("local", "incoming")


@dataclass(frozen=True)
class ConflictView:
    """One open conflict, both sides side by side (``None``: that side deleted the record)."""

    id: uuid.UUID
    kind: str
    record_id: uuid.UUID
    label: str
    local: dict[str, Any] | None
    incoming: dict[str, Any] | None
    origin: str
    detected_at: str

    def differing_fields(self) -> list[str]:
        if self.local is None or self.incoming is None:
            return []
        skip = {"version", "updated_at", "created_at"}
        return sorted(k for k in self.incoming if k not in skip and self.local.get(k) != self.incoming.get(k))


class ConflictService:
    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.records = RecordService(ctx)

    def open_conflicts(self, case_id: uuid.UUID | None = None) -> list[ConflictView]:
        with self.ctx.read() as session:
            query = select(m.Conflict).where(m.Conflict.resolved_at.is_(None)).order_by(m.Conflict.detected_at)
            if case_id is not None:
                query = query.where(m.Conflict.case_id == case_id)
            return [self._view(session, c) for c in session.scalars(query)]

    def count_open(self, case_id: uuid.UUID) -> int:
        """How many conflicts of a case are waiting for a decision (one query, no records loaded)."""
        with self.ctx.read() as session:
            query = select(func.count()).where(m.Conflict.resolved_at.is_(None), m.Conflict.case_id == case_id)
            return int(session.scalar(query) or 0)

    def _view(self, session: Session, conflict: m.Conflict) -> ConflictView:
        spec = spec_for(conflict.kind)
        local = session.get(spec.model, conflict.record_id)
        local_data = to_json(local) if local is not None else None
        source = local_data or conflict.incoming or {}
        return ConflictView(
            id=conflict.id,
            kind=conflict.kind,
            record_id=conflict.record_id,
            label=str(source.get(spec.label_field, conflict.record_id)),
            local=local_data,
            incoming=conflict.incoming,
            origin=conflict.origin,
            detected_at=conflict.detected_at.isoformat(),
        )

    def resolve(self, conflict_id: uuid.UUID, choice: str) -> None:
        """Keep this side's version (``local``) or take the other side's (``incoming``)."""
        if choice not in CHOICES:
            raise ValidationError.single("choice", f"choose {' or '.join(CHOICES)}")
        with self.ctx.write() as session:
            conflict = session.get(m.Conflict, conflict_id)
            if conflict is None:
                raise NotFound(f"no conflict with id {conflict_id}")
            if conflict.resolved_at is not None:
                raise ValidationError.single("choice", "this conflict was already resolved")
            spec = spec_for(conflict.kind)
            rid = conflict.record_id
            local: Any = session.get(spec.model, rid)
            if choice == "incoming":
                _check_same_case(conflict, local)
            theirs = [str(v) for v in conflict.incoming_lineage]
            if choice == "incoming":
                if conflict.incoming is None:  # they deleted it
                    self.records._delete_in(session, conflict.kind, rid, system=True)
                    stone = session.get(m.Tombstone, rid)
                    if stone is not None:
                        stone.version = conflict.incoming_version
                    versions.remember(session, rid, theirs[:-1])
                else:
                    values = from_json(spec.model, conflict.incoming)
                    stone = session.get(m.Tombstone, rid)
                    if local is None:  # we deleted it: it comes back
                        if stone is not None:
                            versions.remember(session, rid, [stone.version])
                            session.delete(stone)
                            session.flush()
                        local = spec.model(**values)
                        session.add(local)
                    else:
                        versions.remember(session, rid, [local.version])  # ours, which theirs replaces
                        for key, value in values.items():
                            if key != "id":
                                setattr(local, key, value)
                    session.flush()
                    versions.remember(session, rid, theirs[:-1])
                    versions.bump(session, local)
                    self.records._reindex(session, spec, local)
            else:  # keep ours
                if local is None:
                    stone = session.get(m.Tombstone, rid)
                    if stone is not None:  # still deleted, by a deletion that follows their change too
                        versions.remember(session, rid, [*theirs, stone.version])
                        stone.version = versions.deletion_version()
                else:
                    versions.remember(session, rid, theirs)
                    versions.bump(session, local)
            conflict.resolved_at = utcnow()
            conflict.resolved_by = self.ctx.user
            conflict.resolution = choice
            audit.record(
                session,
                self.ctx.user,
                AuditAction.UPDATE,
                entity_type=conflict.kind,
                entity_id=rid,
                case_id=conflict.case_id,
                summary=f"resolved a merge conflict on {conflict.kind}: kept the {choice} version",
                details={"conflict": str(conflict.id), "choice": choice, "origin": conflict.origin},
            )


def _check_same_case(conflict: m.Conflict, local: Any) -> None:
    """Deciding a conflict never moves a record between cases (a hostile copy may have filed one that would)."""
    case_id = str(conflict.case_id)

    def case_of(data: dict[str, Any] | None, obj: Any) -> str | None:
        if obj is not None:
            return str(obj.id if conflict.kind == "case" else obj.case_id)
        if data is not None:
            return str(data.get("id") if conflict.kind == "case" else data.get("case_id"))
        return None

    for side in (case_of(None, local), case_of(conflict.incoming, None)):
        if side is not None and side != case_id:
            raise ValidationError.single(
                "refused",
                "taking the incoming version would move a record between cases; keep the local version instead",
            )
