"""Conflicts left by merges: a record changed on both sides, both versions kept until a person decides.

A conflict is about a record as a whole (services.exchange.parts): its row, its parts (a witness's identity
and consent, an account's versions) and, when one side deleted it, the records deleted with it (or, when this
side deleted it, the other side's records that come back with it). :class:`ConflictView` shows both sides of
all of it; a protected identity stays masked unless revealed (:meth:`ConflictService.reveal`, audited as every
reveal is).

Deciding (services.exchange.conflicts_decide) produces a new version that descends from both sides' versions,
so that the next merge, on either side, takes the decision instead of finding the conflict again, and settles
any copy of the same conflict on another store.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.marks import N_
from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.exchange.parts import DELETED_KEY, PARTS_KEY, WITH_KEY, local_dependents, local_parts, parts_of
from hrdoc.services.exchange.snapshot import to_json
from hrdoc.services.records_kinds import KINDS, spec_for
from hrdoc.services.serialize import MASK
from hrdoc.storage import models as m

CHOICES = ("local", "incoming")
# Fields of either side that say nothing about what differs.
_BOOKKEEPING = frozenset({"version", "updated_at", "created_at"})


@dataclass(frozen=True)
class Stored:
    """What a conflict keeps of the other side (services.exchange.merge_records): its record (None: it deleted
    it), its parts, and the records that go with it (rows that come back with it, or deletions made with it)."""

    row: dict[str, Any] | None
    parts: dict[str, Any]
    with_: list[dict[str, Any]]
    stone: dict[str, Any] | None  # the other side's deletion of the record, when it deleted it

    @classmethod
    def of(cls, conflict: m.Conflict) -> Stored:
        data = conflict.incoming
        if data is None:  # a deletion, as conflicts were kept before they kept what went with it
            return cls(None, {}, [], None)
        with_ = list(data.get(WITH_KEY) or [])
        if data.get(DELETED_KEY):
            stone = data[DELETED_KEY] if isinstance(data[DELETED_KEY], dict) else None
            return cls(None, {}, with_, stone)
        row = {k: v for k, v in data.items() if not k.startswith("__")}
        return cls(row, dict(data.get(PARTS_KEY) or {}), with_, None)


@dataclass(frozen=True)
class Related:
    """A record that goes with the one in conflict: deleted with it, or coming back with it."""

    kind: str
    record_id: str
    label: str


@dataclass(frozen=True)
class ConflictView:
    """One open conflict, both sides side by side (``None``: that side deleted the record).

    ``local_parts`` and ``incoming_parts`` map each part's kind (``witness_identity``, ``consent``,
    ``account_version``) to its value on that side (a row, None, or a list of versions); a protected identity's
    fields read ``[protected]`` unless ``revealed``. ``local_with`` are the records here that depend on the
    record (deleted with it if the other side's deletion is taken); ``incoming_with`` those the other side
    deleted with it, or that come back with it.
    """

    id: uuid.UUID
    kind: str
    record_id: uuid.UUID
    label: str
    local: dict[str, Any] | None
    incoming: dict[str, Any] | None
    origin: str
    detected_at: str
    local_parts: dict[str, Any] = field(default_factory=dict)
    incoming_parts: dict[str, Any] = field(default_factory=dict)
    local_with: tuple[Related, ...] = ()
    incoming_with: tuple[Related, ...] = ()
    revealed: bool = False
    part_differences: tuple[str, ...] = ()

    @property
    def protected_parts(self) -> tuple[str, ...]:
        """The parts of this record that hold a protected identity (shown masked until revealed)."""
        return tuple(p.kind for p in parts_of(self.kind) if p.protected)

    def differing_fields(self) -> list[str]:
        """The fields that differ: the record's own, then its parts' (``part.field``; an account's versions as
        ``account_version``), an identity's among them even while masked."""
        if self.local is None or self.incoming is None:
            return []
        own = sorted(k for k in self.incoming if k not in _BOOKKEEPING and self.local.get(k) != self.incoming.get(k))
        return own + list(self.part_differences)


def part_differences(kind: str, mine: dict[str, Any], theirs: dict[str, Any]) -> tuple[str, ...]:
    """The parts' fields that differ between two sides (only the parts the other side carried)."""
    out: list[str] = []
    for part in parts_of(kind):
        if part.kind not in theirs:
            continue
        a, b = mine.get(part.kind), theirs.get(part.kind)
        if part.many:
            if _version_keys(a) != _version_keys(b):
                out.append(part.kind)
            continue
        for name in sorted({*(a or {}), *(b or {})} - {part.key}):
            if (a or {}).get(name, "") != (b or {}).get(name, ""):
                out.append(f"{part.kind}.{name}")
    return tuple(out)


def _version_keys(rows: Any) -> set[tuple[Any, Any]]:
    return {(r.get("id"), r.get("version")) for r in rows or []}


class ConflictService:
    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def open_conflicts(self, case_id: uuid.UUID | None = None) -> list[ConflictView]:
        """The open conflicts (of one case), oldest first; protected identities masked."""
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

    def reveal(self, conflict_id: uuid.UUID, reason: str = "") -> ConflictView:
        """The conflict with the protected identity of both sides shown; the reveal is recorded in the audit
        log, with the reason given, as every reveal is."""
        with self.ctx.write() as session:
            conflict = session.get(m.Conflict, conflict_id)
            if conflict is None:
                raise NotFound(N_("no conflict with id {conflict_id}"), conflict_id=conflict_id)
            view = self._view(session, conflict, reveal=True)
            if view.protected_parts:
                audit.record(
                    session,
                    self.ctx.user,
                    AuditAction.REVEAL,
                    entity_type=conflict.kind,
                    entity_id=conflict.record_id,
                    case_id=conflict.case_id,
                    summary=f"revealed the protected identity of {conflict.kind} {view.label} in a merge conflict "
                    "(both versions)",
                    details={"reason": reason, "conflict": str(conflict.id)},
                )
            return view

    def resolve(self, conflict_id: uuid.UUID, choice: str) -> list[str]:
        """Keep this side's version (``local``) or take the other side's (``incoming``), the record whole.
        Returns what else was done or could not be done, in words (nothing for a plain decision)."""
        from hrdoc.services.exchange.conflicts_decide import decide

        return decide(self.ctx, conflict_id, choice)

    def _view(self, session: Session, conflict: m.Conflict, *, reveal: bool = False) -> ConflictView:
        spec = spec_for(conflict.kind)
        local = session.get(spec.model, conflict.record_id)
        local_data = to_json(local) if local is not None else None
        stored = Stored.of(conflict)
        source = local_data or stored.row or {}
        mine = local_parts(session, conflict.kind, [conflict.record_id])[conflict.record_id] if local else {}
        theirs = {k: v for k, v in stored.parts.items() if k in {p.kind for p in parts_of(conflict.kind)}}
        differences = part_differences(conflict.kind, mine, theirs) if local is not None and stored.row else ()
        if not reveal:
            mine, theirs = _masked(conflict.kind, mine), _masked(conflict.kind, theirs)
        here: tuple[Related, ...] = ()
        if local is not None:
            found = local_dependents(session, {conflict.record_id: conflict.kind})[conflict.record_id]
            here = tuple(_related(session, kind, rid) for rid, kind in found)
        view = ConflictView(
            id=conflict.id,
            kind=conflict.kind,
            record_id=conflict.record_id,
            label=str(source.get(spec.label_field, conflict.record_id)),
            local=local_data,
            incoming=stored.row,
            origin=conflict.origin,
            detected_at=conflict.detected_at.isoformat(),
            local_parts=mine,
            incoming_parts=theirs,
            local_with=here,
            incoming_with=tuple(_related_stored(session, item) for item in stored.with_),
        )
        return replace(view, revealed=reveal, part_differences=differences)


def _masked(kind: str, parts: dict[str, Any]) -> dict[str, Any]:
    out = dict(parts)
    for part in parts_of(kind):
        value = out.get(part.kind)
        if part.protected and isinstance(value, dict):
            out[part.kind] = {k: (MASK if k in part.protected and v else v) for k, v in value.items()}
    return out


def _related(session: Session, kind: str, rid: uuid.UUID) -> Related:
    obj = session.get(KINDS[kind].model, rid)
    label = str(getattr(obj, KINDS[kind].label_field, "") or rid) if obj is not None else str(rid)
    return Related(kind, str(rid), label)


def _related_stored(session: Session, item: dict[str, Any]) -> Related:
    """A record kept in a conflict: a row of the other side's, or its deletion (named as this store knows it)."""
    kind = str(item.get("kind"))
    rid = str(item.get("id") or item.get("record_id"))
    if kind not in KINDS:
        return Related(kind, rid, rid)
    spec = KINDS[kind]
    if "id" in item:
        label = item.get(spec.label_field)
        return Related(kind, rid, str(label) if label else rid)
    return _related(session, kind, uuid.UUID(rid))
